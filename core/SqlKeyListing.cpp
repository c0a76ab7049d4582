// SPDX-License-Identifier: GPL-3.0-or-later
// Keyset-paginated, store-side filtered and sorted key lists.
#include "PageCursor.h"
#include "SqlRows.h"
#include "SqlStore.h"

#include <QStringList>
#include <limits>

namespace keydesk {

using namespace SqlRows;

namespace {
constexpr qint64 kNeverExpires = std::numeric_limits<qint64>::max();

struct Where {
    QStringList clauses;
    QVariantList values;
    void add(const QString& clause, const QVariantList& v = {})
    {
        clauses << clause;
        values << v;
    }
};

// The ORDER BY and the keyset comparison use the same expression, so they always agree; names
// compare byte-wise in both dialects.
QString sortExpression(KeySortField field, const SqlStore& store)
{
    switch (field) {
    case KeySortField::Id:
        return QStringLiteral("k.id");
    case KeySortField::Name:
        return store.bytewise(QStringLiteral("k.name"));
    case KeySortField::CreatedAt:
        return QStringLiteral("k.created_at");
    case KeySortField::ExpiresAt:
        return QStringLiteral("COALESCE(k.expires_at, 9223372036854775807)");
    case KeySortField::LastUseAt:
        return QStringLiteral("COALESCE(k.last_use_at, 0)");
    }
    return QStringLiteral("k.id");
}

QVariant sortValue(const ApiKey& k, KeySortField field)
{
    switch (field) {
    case KeySortField::Id:
        return k.id;
    case KeySortField::Name:
        return k.name;
    case KeySortField::CreatedAt:
        return toMs(k.createdAt);
    case KeySortField::ExpiresAt:
        return k.expiresAt ? toMs(*k.expiresAt) : kNeverExpires;
    case KeySortField::LastUseAt:
        return k.lastUseAt ? toMs(*k.lastUseAt) : 0;
    }
    return k.id;
}

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

void addStatus(Where& w, KeyStatus status, const KeyQuery& q)
{
    const qint64 now = toMs(q.now);
    switch (status) {
    case KeyStatus::Disabled:
        w.add(QStringLiteral("k.permission_set = 'none'"));
        break;
    case KeyStatus::Expired:
        w.add(QStringLiteral("k.permission_set <> 'none' AND k.expires_at <= ?"), {now});
        break;
    case KeyStatus::Active:
        w.add(QStringLiteral(
                  "k.permission_set <> 'none' AND (k.expires_at IS NULL OR k.expires_at > ?)"),
              {now});
        break;
    case KeyStatus::Expiring:
        w.add(
            QStringLiteral("k.permission_set <> 'none' AND k.expires_at > ? AND k.expires_at <= ?"),
            {now, toMs(q.now.addDays(q.expiringWindowDays))});
        break;
    }
}

void addTimeFilters(Where& w, const KeyQuery& q)
{
    if (q.expiresBefore)
        w.add(QStringLiteral("k.expires_at < ?"), {toMs(*q.expiresBefore)});
    if (q.expiresAtOrAfter)
        w.add(QStringLiteral("k.expires_at >= ?"), {toMs(*q.expiresAtOrAfter)});
    if (q.unusedSince) // a never-used key counts from its creation
        w.add(QStringLiteral("COALESCE(k.last_use_at, k.created_at) < ?"), {toMs(*q.unusedSince)});
}

void addFilters(Where& w, const KeyQuery& q, const QString& like, bool searchIndex)
{
    w.add(QStringLiteral("k.site_id = ?"), {q.siteId});
    if (q.userId)
        w.add(QStringLiteral("k.user_id = ?"), {*q.userId});
    if (q.userKeysOnly || q.kind == KeyKindFilter::User)
        w.add(QStringLiteral("k.user_id IS NOT NULL"));
    if (q.kind == KeyKindFilter::SiteWide)
        w.add(QStringLiteral("k.user_id IS NULL"));
    if (q.kind == KeyKindFilter::S3)
        w.add(QStringLiteral("k.s3_access_key_id IS NOT NULL"));
    if (q.status)
        addStatus(w, *q.status, q);
    addTimeFilters(w, q);
    if (q.text.size() >= 3 && searchIndex) {
        // Trigram index: a phrase query matches the text anywhere inside one column, as LIKE
        // '%text%' does, case-insensitively, without scanning the site.
        QString phrase = q.text;
        phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
        w.add(QStringLiteral("k.id IN (SELECT rowid FROM api_keys_fts WHERE api_keys_fts MATCH ?)"),
              {QString(QLatin1Char('"') + phrase + QLatin1Char('"'))});
    } else if (!q.text.isEmpty()) {
        const QString pattern = likePattern(q.text);
        const QString one = QStringLiteral(" %1 ? ESCAPE '\\'").arg(like);
        w.add(QStringLiteral("(k.name") + one + QStringLiteral(" OR k.description") + one +
                  QStringLiteral(" OR k.prefix") + one + QStringLiteral(" OR u.username") + one +
                  QLatin1Char(')'),
              {pattern, pattern, pattern, pattern});
    }
}

Result<void> addCursor(Where& w, const KeyQuery& q, const SqlStore& store)
{
    if (q.cursor.isEmpty())
        return {};
    auto c = PageCursor::decode(q.cursor, nameOf(q.sortBy), q.descending);
    if (!c)
        return std::unexpected(c.error());
    const QString op = q.descending ? QStringLiteral("<") : QStringLiteral(">");
    if (q.sortBy == KeySortField::Id)
        w.add(QStringLiteral("k.id ") + op + QStringLiteral(" ?"), {c->id});
    else if ((q.sortBy == KeySortField::Name) != (c->value.typeId() == QMetaType::QString))
        return fail(
            ErrorCode::InvalidInput,
            translatable(QT_TRANSLATE_NOOP("keydesk::Error", "Invalid cursor: wrong value type")),
            QStringLiteral("bad-request/invalid-cursor"));
    else
        w.add(QStringLiteral("(%1, k.id) %2 (?, ?)").arg(sortExpression(q.sortBy, store), op),
              {c->value, c->id});
    return {};
}
} // namespace

Result<KeyPage> SqlStore::listKeys(const KeyQuery& q)
{
    Where w;
    addFilters(w, q, likeOperator(), m_dialect == SqlDialect::SQLite);
    if (auto r = addCursor(w, q, *this); !r)
        return std::unexpected(r.error());
    if (q.text.contains(QChar(0))) // no stored text contains NUL (and PostgreSQL's cannot)
        return KeyPage{};
    const QString dir = q.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const int limit = qBound(1, q.limit, 10000);
    QString sql = QStringLiteral("SELECT ") + QLatin1String(kKeyColumns) +
                  QStringLiteral(" FROM api_keys k JOIN sites s ON s.id = k.site_id LEFT JOIN "
                                 "users u ON u.id = k.user_id WHERE ") +
                  w.clauses.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY ") +
                  sortExpression(q.sortBy, *this) + dir;
    if (q.sortBy != KeySortField::Id)
        sql += QStringLiteral(", k.id") + dir;
    sql += QStringLiteral(" LIMIT %1").arg(limit + 1);
    auto query = exec(sql, w.values);
    if (!query)
        return std::unexpected(query.error());
    auto keys = fetchKeys(*query);
    if (!keys)
        return std::unexpected(keys.error());
    KeyPage page;
    page.keys = std::move(*keys);
    if (page.keys.size() > limit) {
        page.keys.resize(limit);
        const ApiKey& last = page.keys.back();
        page.nextCursor =
            PageCursor{nameOf(q.sortBy), q.descending, sortValue(last, q.sortBy), last.id}.encode();
    }
    return page;
}

} // namespace keydesk
