// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKey.h"
#include "Site.h"
#include "User.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>
#include <optional>

// Conversions between domain types and rows. Times are UTC milliseconds since the epoch in
// every dialect, so they sort and compare the same in SQLite and PostgreSQL.
namespace keydesk::SqlRows {

qint64 toMs(const QDateTime& time);
QDateTime fromMs(qint64 ms);
QVariant optionalTime(const std::optional<QDateTime>& time);
QVariant optionalId(const std::optional<qint64>& id);
// QtSql binds a null QString as NULL; NOT NULL text columns get "" instead.
QVariant text(const QString& value);
std::optional<QDateTime> readOptionalTime(const QVariant& value);
std::optional<qint64> readOptionalId(const QVariant& value);

extern const char* const kSiteColumns;
extern const char* const kUserColumns;
extern const char* const kKeyColumns;   // prefixed "k.", plus the owner's username
extern const char* const kOwnerColumns; // kUserColumns prefixed "u."

Site readSite(const QSqlQuery& q);
User readUser(const QSqlQuery& q, int offset = 0);
ApiKey readKey(const QSqlQuery& q);
int keyColumnCount();

// The key and user readers work on any row type with integer(i), text(i), bytes(i) and
// isNull(i): QtRow over QSqlQuery, and SqliteKeyLookup's raw statement row.
struct QtRow {
    const QSqlQuery& q;
    qint64 integer(int i) const { return q.value(i).toLongLong(); }
    QString text(int i) const { return q.value(i).toString(); }
    QByteArray bytes(int i) const { return q.value(i).toByteArray(); }
    bool isNull(int i) const { return q.value(i).isNull(); }
};

template <typename Row> std::optional<qint64> optionalInteger(const Row& r, int i)
{
    return r.isNull(i) ? std::nullopt : std::optional<qint64>(r.integer(i));
}

template <typename Row> std::optional<QDateTime> optionalTimeAt(const Row& r, int i)
{
    return r.isNull(i) ? std::nullopt : std::optional<QDateTime>(fromMs(r.integer(i)));
}

// Unknown permission text reads as None: fail closed.
template <typename Row> PermissionSet permissionAt(const Row& r, int i)
{
    return parsePermissionSet(r.text(i)).value_or(PermissionSet::None);
}

template <typename Row> User readUserRow(const Row& r, int o)
{
    User u;
    u.id = r.integer(o);
    u.siteId = r.integer(o + 1);
    u.username = r.text(o + 2);
    u.displayName = r.text(o + 3);
    u.role = parseRole(r.text(o + 4)).value_or(Role::User);
    u.disabled = r.integer(o + 5) != 0;
    u.createdAt = fromMs(r.integer(o + 6));
    return u;
}

template <typename Row> ApiKey readKeyRow(const Row& r)
{
    ApiKey k;
    k.id = r.integer(0);
    k.siteId = r.integer(1);
    k.userId = optionalInteger(r, 2);
    k.name = r.text(3);
    k.description = r.text(4);
    k.permissionSet = permissionAt(r, 5);
    if (!r.isNull(6))
        k.previousPermissionSet = parsePermissionSet(r.text(6));
    k.permissionCeiling = permissionAt(r, 7);
    k.createdAt = fromMs(r.integer(8));
    k.createdBy = optionalInteger(r, 9);
    k.expiresAt = optionalTimeAt(r, 10);
    k.lastUseAt = optionalTimeAt(r, 11);
    k.prefix = r.text(12);
    k.digest = r.bytes(13);
    k.s3AccessKeyId = r.text(14);
    k.s3SecretSealed = r.bytes(15);
    k.s3KekId = r.text(16);
    k.ownerName = r.text(17);
    k.siteSubdomain = r.text(18);
    k.replacedBy = optionalInteger(r, 19);
    return k;
}

} // namespace keydesk::SqlRows
