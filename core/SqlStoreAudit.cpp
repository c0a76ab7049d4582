// SPDX-License-Identifier: GPL-3.0-or-later
// Audit events of SqlStore.
#include "PageCursor.h"
#include "SqlRows.h"
#include "SqlStore.h"

#include <QJsonDocument>
#include <QStringList>

namespace keydesk {

using namespace SqlRows;

namespace {
AuditEvent readEvent(const QSqlQuery& q)
{
    AuditEvent e;
    e.id = q.value(0).toLongLong();
    e.at = fromMs(q.value(1).toLongLong());
    e.siteId = q.value(2).toLongLong();
    e.actorUserId = readOptionalId(q.value(3));
    e.actorKeyId = readOptionalId(q.value(4));
    e.action = q.value(5).toString();
    e.targetKeyId = readOptionalId(q.value(6));
    if (!q.value(7).isNull())
        e.keyKind =
            q.value(7).toString() == QLatin1String("site_wide") ? KeyKind::SiteWide : KeyKind::User;
    e.keyOwnerId = readOptionalId(q.value(8));
    e.details = QJsonDocument::fromJson(q.value(9).toByteArray()).object();
    return e;
}

// The viewer's filters (issue 6): actor, action and time range.
void addFilters(const AuditQuery& q, QStringList& where, QVariantList& values)
{
    if (q.actorUserId) {
        where << QStringLiteral("actor_user_id = ?");
        values << QVariant(*q.actorUserId);
    }
    if (!q.action.isEmpty()) {
        where << QStringLiteral("action = ?");
        values << QVariant(q.action);
    }
    if (q.since.isValid()) {
        where << QStringLiteral("at >= ?");
        values << QVariant(toMs(q.since));
    }
    if (q.until.isValid()) {
        where << QStringLiteral("at < ?");
        values << QVariant(toMs(q.until));
    }
}
} // namespace

Result<qint64> SqlStore::insertAudit(const AuditEvent& e)
{
    const QVariant kind =
        e.keyKind ? QVariant(nameOf(*e.keyKind)) : QVariant(QMetaType::fromType<QString>());
    return insertReturningId(
        QStringLiteral(
            "INSERT INTO audit_events (at, site_id, actor_user_id, actor_key_id, action, "
            "target_key_id, key_kind, key_owner_id, details) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {toMs(e.at), e.siteId, optionalId(e.actorUserId), optionalId(e.actorKeyId), e.action,
         optionalId(e.targetKeyId), kind, optionalId(e.keyOwnerId),
         QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact))});
}

Result<AuditPage> SqlStore::listAudit(const AuditQuery& q)
{
    QStringList where{QStringLiteral("site_id = ?")};
    QVariantList values{q.siteId};
    if (q.scope == AuditScope::UserKeys)
        where << QStringLiteral("key_kind = 'user'");
    if (q.scope == AuditScope::OwnKeys) {
        where << QStringLiteral("key_owner_id = ?");
        values << QVariant(q.ownerUserId.value_or(-1));
    }
    if (q.keyId) {
        where << QStringLiteral("target_key_id = ?");
        values << QVariant(*q.keyId);
    }
    addFilters(q, where, values);
    if (!q.cursor.isEmpty()) {
        auto c = PageCursor::decode(q.cursor, QStringLiteral("audit"), true);
        if (!c)
            return std::unexpected(c.error());
        where << QStringLiteral("id < ?");
        values << QVariant(c->id);
    }
    const int limit = qBound(1, q.limit, 10000);
    auto query = exec(QStringLiteral("SELECT id, at, site_id, actor_user_id, actor_key_id, action, "
                                     "target_key_id, key_kind, key_owner_id, details FROM "
                                     "audit_events WHERE ") +
                          where.join(QStringLiteral(" AND ")) +
                          QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(limit + 1),
                      values);
    if (!query)
        return std::unexpected(query.error());
    AuditPage page;
    while (query->next())
        page.events << readEvent(*query);
    if (page.events.size() > limit) {
        page.events.resize(limit);
        page.nextCursor =
            PageCursor{QStringLiteral("audit"), true, qint64(0), page.events.back().id}.encode();
    }
    return page;
}

} // namespace keydesk
