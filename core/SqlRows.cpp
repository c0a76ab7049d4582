// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlRows.h"

#include <QTimeZone>

namespace keydesk::SqlRows {

const char* const kSiteColumns = "id, name, subdomain, parent_site_id, users_can_create_api_keys, "
                                 "max_key_lifetime_days, require_key_expiry, created_at";
const char* const kUserColumns = "id, site_id, username, display_name, role, disabled, created_at";
const char* const kKeyColumns =
    "k.id, k.site_id, k.user_id, k.name, k.description, k.permission_set, "
    "k.previous_permission_set, k.permission_ceiling, k.created_at, k.created_by, k.expires_at, "
    "k.last_use_at, k.prefix, k.key_digest, k.s3_access_key_id, k.s3_secret_sealed, k.s3_kek_id, "
    "u.username, s.subdomain, k.replaced_by";

const char* const kOwnerColumns =
    "u.id, u.site_id, u.username, u.display_name, u.role, u.disabled, u.created_at";

int keyColumnCount()
{
    return 20;
}

qint64 toMs(const QDateTime& time)
{
    return time.toMSecsSinceEpoch();
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

QVariant optionalTime(const std::optional<QDateTime>& time)
{
    return time ? QVariant(toMs(*time)) : QVariant(QMetaType::fromType<qint64>());
}

QVariant optionalId(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

std::optional<QDateTime> readOptionalTime(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return fromMs(value.toLongLong());
}

std::optional<qint64> readOptionalId(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

Site readSite(const QSqlQuery& q)
{
    Site s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.subdomain = q.value(2).toString();
    s.parentId = readOptionalId(q.value(3));
    s.settings.usersCanCreateApiKeys = q.value(4).toInt() != 0;
    if (!q.value(5).isNull())
        s.settings.maxKeyLifetimeDays = q.value(5).toInt();
    s.settings.requireKeyExpiry = q.value(6).toInt() != 0;
    s.createdAt = fromMs(q.value(7).toLongLong());
    return s;
}

User readUser(const QSqlQuery& q, int offset)
{
    return readUserRow(QtRow{q}, offset);
}

ApiKey readKey(const QSqlQuery& q)
{
    return readKeyRow(QtRow{q});
}

} // namespace keydesk::SqlRows
