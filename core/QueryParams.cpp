// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueryParams.h"

#include "JsonFormat.h"
#include "Validation.h"

#include <QRegularExpression>
#include <QSet>

namespace keydesk::QueryParams {

namespace {
using Items = QList<std::pair<QString, QString>>;

const QString kInvalidParameter = QStringLiteral("bad-request/invalid-parameter");
const QString kInvalidSort = QStringLiteral("bad-request/invalid-sort-field");
const QString kInvalidFilter = QStringLiteral("bad-request/invalid-filter-field");

std::unexpected<Error> invalid(const Text& message, const QString& type = kInvalidParameter)
{
    return fail(ErrorCode::InvalidInput, message, type);
}

// A non-negative decimal integer without sign, spaces or leading junk.
std::optional<qint64> parseCount(const QString& text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    return text.toLongLong();
}

// The decoded parameters; a name given twice is an error (which one would win is a guess).
Result<Items> uniqueItems(const QUrlQuery& query)
{
    const Items items = query.queryItems(QUrl::FullyDecoded);
    QSet<QString> seen;
    for (const auto& [name, value] : items) {
        if (seen.contains(name))
            return invalid(
                translatable(QT_TRANSLATE_NOOP("keydesk::Error", "Parameter %1 is given twice"),
                             Validation::echo(name)));
        seen.insert(name);
    }
    return items;
}

// "sort_by[name]" with prefix "sort_by" -> "name"; nullopt when not PREFIX[FIELD].
std::optional<QString> bracketed(const QString& name, const QString& prefix)
{
    if (!name.startsWith(prefix + QLatin1Char('[')) || !name.endsWith(QLatin1Char(']')))
        return std::nullopt;
    return name.mid(prefix.size() + 1, name.size() - prefix.size() - 2);
}

Result<int> perPage(const QString& value)
{
    const auto n = parseCount(value);
    if (!n || *n < 1 || *n > kMaxPerPage)
        return invalid(translatable(
            QT_TRANSLATE_NOOP("keydesk::Error", "per_page must be an integer from 1 to %1"),
            kMaxPerPage));
    return static_cast<int>(*n);
}

Result<qint64> positiveId(const QString& name, const QString& value, const QString& type)
{
    const auto n = parseCount(value);
    if (!n || *n < 1)
        return invalid(
            translatable(QT_TRANSLATE_NOOP("keydesk::Error", "%1 must be a positive integer"),
                         name),
            type);
    return *n;
}

Result<void> applySort(KeyQuery& q, const QString& field, const QString& direction, bool& sorted)
{
    const auto parsed = parseKeySortField(field);
    if (!parsed)
        return invalid(
            translatable(QT_TRANSLATE_NOOP("keydesk::Error",
                                           "Cannot sort by %1; sort by id, name, created_at, "
                                           "expires_at or last_use_at"),
                         Validation::echo(field)),
            kInvalidSort);
    if (sorted)
        return invalid(
            translatable(QT_TRANSLATE_NOOP("keydesk::Error", "Only one sort_by field is allowed")),
            kInvalidSort);
    if (direction != QLatin1String("asc") && direction != QLatin1String("desc"))
        return invalid(
            translatable(QT_TRANSLATE_NOOP("keydesk::Error", "sort_by[%1] must be asc or desc"),
                         field),
            kInvalidSort);
    q.sortBy = *parsed;
    q.descending = direction == QLatin1String("desc");
    sorted = true;
    return {};
}

Result<void> applyFilter(KeyQuery& q, const QString& field, const QString& value)
{
    if (field == QLatin1String("status")) {
        q.status = parseKeyStatus(value);
        if (!q.status)
            return invalid(translatable(QT_TRANSLATE_NOOP(
                "keydesk::Error", "filter[status] must be active, expiring, expired or disabled")));
    } else if (field == QLatin1String("kind")) {
        q.kind = parseKeyKindFilter(value);
        if (!q.kind)
            return invalid(translatable(
                QT_TRANSLATE_NOOP("keydesk::Error", "filter[kind] must be site_wide, user or s3")));
    } else if (field == QLatin1String("search")) {
        if (value.size() > Validation::kMaxNameLength)
            return invalid(translatable(
                QT_TRANSLATE_NOOP("keydesk::Error", "filter[search] is longer than %1 characters"),
                Validation::kMaxNameLength));
        q.text = value;
    } else {
        return invalid(
            translatable(QT_TRANSLATE_NOOP("keydesk::Error",
                                           "Cannot filter by %1; filter by status, kind or search"),
                         Validation::echo(field)),
            kInvalidFilter);
    }
    return {};
}

// An ISO 8601 date-time with a zone (Z or an offset), as JsonFormat writes them.
Result<QDateTime> parseTime(const QString& name, const QString& value)
{
    const QDateTime t = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        return invalid(translatable(
            QT_TRANSLATE_NOOP(
                "keydesk::Error",
                "%1 must be an ISO 8601 date-time with a zone, e.g. 2026-12-31T00:00:00Z"),
            Validation::echo(name)));
    return t.toUTC();
}

// filter_lt[expires_at], filter_gteq[expires_at], filter_lt[last_use_at] (never-used keys
// count from their creation). False: not one of them.
Result<bool> applyTimeFilter(KeyQuery& q, const QString& name, const QString& value)
{
    std::optional<QDateTime>* target = nullptr;
    if (name == QLatin1String("filter_lt[expires_at]"))
        target = &q.expiresBefore;
    else if (name == QLatin1String("filter_gteq[expires_at]"))
        target = &q.expiresAtOrAfter;
    else if (name == QLatin1String("filter_lt[last_use_at]"))
        target = &q.unusedSince;
    else
        return false;
    auto t = parseTime(name, value);
    if (!t)
        return std::unexpected(t.error());
    *target = *t;
    return true;
}

// per_page, cursor and site_id, shared by both lists. False: not one of them.
Result<bool> applyPaging(const QString& name, const QString& value, int& limit, QString& cursor,
                         qint64& siteId)
{
    if (name == QLatin1String("per_page")) {
        auto n = perPage(value);
        if (!n)
            return std::unexpected(n.error());
        limit = *n;
    } else if (name == QLatin1String("cursor")) {
        cursor = value;
    } else if (name == QLatin1String("site_id")) {
        auto id = positiveId(name, value, kInvalidParameter);
        if (!id)
            return std::unexpected(id.error());
        siteId = *id;
    } else {
        return false;
    }
    return true;
}

std::unexpected<Error> unknownParameter(const QString& name)
{
    if (name.startsWith(QLatin1String("filter")))
        return invalid(translatable(QT_TRANSLATE_NOOP("keydesk::Error", "Unknown filter %1"),
                                    Validation::echo(name)),
                       kInvalidFilter);
    if (name.startsWith(QLatin1String("sort_by")))
        return invalid(
            translatable(QT_TRANSLATE_NOOP("keydesk::Error", "Unknown sort parameter %1"),
                         Validation::echo(name)),
            kInvalidSort);
    return invalid(translatable(QT_TRANSLATE_NOOP("keydesk::Error", "Unknown parameter %1"),
                                Validation::echo(name)));
}

Result<void> applyKeyItem(KeyQuery& q, const QString& name, const QString& value, bool& sorted)
{
    auto paging = applyPaging(name, value, q.limit, q.cursor, q.siteId);
    if (!paging)
        return std::unexpected(paging.error());
    if (*paging)
        return {};
    if (name == QLatin1String("user_id")) {
        const auto id = parseCount(value);
        if (!id)
            return invalid(translatable(QT_TRANSLATE_NOOP(
                               "keydesk::Error", "user_id must be a user id, or 0 for yourself")),
                           QStringLiteral("bad-request/user-id-invalid"));
        q.userId = *id;
        return {};
    }
    auto timeFilter = applyTimeFilter(q, name, value);
    if (!timeFilter)
        return std::unexpected(timeFilter.error());
    if (*timeFilter)
        return {};
    if (const auto field = bracketed(name, QStringLiteral("sort_by")))
        return applySort(q, *field, value, sorted);
    if (const auto field = bracketed(name, QStringLiteral("filter")))
        return applyFilter(q, *field, value);
    return unknownParameter(name);
}
} // namespace

QString nameOf(KeyKindFilter kind)
{
    switch (kind) {
    case KeyKindFilter::SiteWide:
        return QStringLiteral("site_wide");
    case KeyKindFilter::User:
        return QStringLiteral("user");
    case KeyKindFilter::S3:
        return QStringLiteral("s3");
    }
    return QStringLiteral("user");
}

Result<KeyQuery> keyQuery(const QUrlQuery& query)
{
    auto items = uniqueItems(query);
    if (!items)
        return std::unexpected(items.error());
    KeyQuery q;
    q.limit = kDefaultPerPage;
    bool sorted = false;
    for (const auto& [name, value] : *items) {
        if (auto ok = applyKeyItem(q, name, value, sorted); !ok)
            return std::unexpected(ok.error());
    }
    return q;
}

QUrlQuery fromKeyQuery(const KeyQuery& q)
{
    QUrlQuery out;
    if (q.siteId != 0)
        out.addQueryItem(QStringLiteral("site_id"), QString::number(q.siteId));
    if (q.userId)
        out.addQueryItem(QStringLiteral("user_id"), QString::number(*q.userId));
    const std::optional<KeyKindFilter> kind =
        q.kind ? q.kind : (q.userKeysOnly ? std::optional(KeyKindFilter::User) : std::nullopt);
    if (kind)
        out.addQueryItem(QStringLiteral("filter[kind]"), nameOf(*kind));
    if (q.status)
        out.addQueryItem(QStringLiteral("filter[status]"), keydesk::nameOf(*q.status));
    if (!q.text.isEmpty())
        out.addQueryItem(QStringLiteral("filter[search]"), q.text);
    if (q.expiresBefore)
        out.addQueryItem(QStringLiteral("filter_lt[expires_at]"),
                         JsonFormat::time(*q.expiresBefore));
    if (q.expiresAtOrAfter)
        out.addQueryItem(QStringLiteral("filter_gteq[expires_at]"),
                         JsonFormat::time(*q.expiresAtOrAfter));
    if (q.unusedSince)
        out.addQueryItem(QStringLiteral("filter_lt[last_use_at]"),
                         JsonFormat::time(*q.unusedSince));
    out.addQueryItem(QStringLiteral("sort_by[%1]").arg(keydesk::nameOf(q.sortBy)),
                     q.descending ? QStringLiteral("desc") : QStringLiteral("asc"));
    out.addQueryItem(QStringLiteral("per_page"), QString::number(q.limit));
    if (!q.cursor.isEmpty())
        out.addQueryItem(QStringLiteral("cursor"), q.cursor);
    return out;
}

namespace {
// An ISO 8601 time with a zone; a zoneless time would mean the server's local time.
Result<QDateTime> zonedTime(const QString& name, const QString& value)
{
    const QDateTime t = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime || !value.contains(QLatin1Char('T')))
        return invalid(translatable(
            QT_TRANSLATE_NOOP("keydesk::Error",
                              "%1 must be an ISO 8601 time with a zone, e.g. 2026-11-28T15:14:00Z"),
            name));
    return t.toUTC();
}

Result<void> applyAuditFilter(AuditQuery& q, const QString& name, const QString& value)
{
    if (name == QLatin1String("api_key_id") || name == QLatin1String("actor_user_id")) {
        auto id = positiveId(name, value, kInvalidParameter);
        if (!id)
            return std::unexpected(id.error());
        (name == QLatin1String("api_key_id") ? q.keyId : q.actorUserId) = *id;
        return {};
    }
    if (name == QLatin1String("action")) {
        if (value.isEmpty() || value.size() > 64)
            return invalid(translatable(QT_TRANSLATE_NOOP(
                "keydesk::Error", "action must be an action name, e.g. key.revoke")));
        q.action = value;
        return {};
    }
    if (name == QLatin1String("start_at") || name == QLatin1String("end_at")) {
        auto t = zonedTime(name, value);
        if (!t)
            return std::unexpected(t.error());
        (name == QLatin1String("start_at") ? q.since : q.until) = *t;
        return {};
    }
    return unknownParameter(name);
}
} // namespace

Result<AuditQuery> auditQuery(const QUrlQuery& query)
{
    auto items = uniqueItems(query);
    if (!items)
        return std::unexpected(items.error());
    AuditQuery q;
    q.limit = kDefaultPerPage;
    for (const auto& [name, value] : *items) {
        auto paging = applyPaging(name, value, q.limit, q.cursor, q.siteId);
        if (!paging)
            return std::unexpected(paging.error());
        if (*paging)
            continue;
        auto filter = applyAuditFilter(q, name, value);
        if (!filter)
            return std::unexpected(filter.error());
    }
    return q;
}

QUrlQuery fromAuditQuery(const AuditQuery& q)
{
    QUrlQuery out;
    if (q.siteId != 0)
        out.addQueryItem(QStringLiteral("site_id"), QString::number(q.siteId));
    if (q.keyId)
        out.addQueryItem(QStringLiteral("api_key_id"), QString::number(*q.keyId));
    if (q.actorUserId)
        out.addQueryItem(QStringLiteral("actor_user_id"), QString::number(*q.actorUserId));
    if (!q.action.isEmpty())
        out.addQueryItem(QStringLiteral("action"), q.action);
    if (q.since.isValid())
        out.addQueryItem(QStringLiteral("start_at"), q.since.toUTC().toString(Qt::ISODateWithMs));
    if (q.until.isValid())
        out.addQueryItem(QStringLiteral("end_at"), q.until.toUTC().toString(Qt::ISODateWithMs));
    out.addQueryItem(QStringLiteral("per_page"), QString::number(q.limit));
    if (!q.cursor.isEmpty())
        out.addQueryItem(QStringLiteral("cursor"), q.cursor);
    return out;
}

} // namespace keydesk::QueryParams
