// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonFormat.h"

namespace keydesk::JsonFormat {

namespace {
QJsonValue optionalTime(const std::optional<QDateTime>& t)
{
    return t ? QJsonValue(time(*t)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalId(const std::optional<qint64>& id)
{
    return id ? QJsonValue(*id) : QJsonValue(QJsonValue::Null);
}
} // namespace

QString time(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QJsonObject key(const ApiKey& k, const QDateTime& now)
{
    QJsonObject o{
        {QStringLiteral("id"), k.id},
        {QStringLiteral("name"), k.name},
        {QStringLiteral("descriptive_label"), k.descriptiveLabel()},
        {QStringLiteral("description"), k.description},
        {QStringLiteral("user_id"), optionalId(k.userId)},
        {QStringLiteral("site_id"), k.siteId},
        {QStringLiteral("permission_set"), nameOf(k.permissionSet)},
        {QStringLiteral("created_at"), time(k.createdAt)},
        {QStringLiteral("expires_at"), optionalTime(k.expiresAt)},
        {QStringLiteral("last_use_at"), optionalTime(k.lastUseAt)},
        {QStringLiteral("aws_style_credentials"), k.isS3()},
        {QStringLiteral("aws_access_key_id"),
         k.isS3() ? QJsonValue(k.s3AccessKeyId) : QJsonValue(QJsonValue::Null)},
        // KeyDesk additions
        {QStringLiteral("kind"), nameOf(k.kind())},
        {QStringLiteral("status"), nameOf(k.status(now))},
        {QStringLiteral("prefix"), k.prefix},
    };
    if (k.previousPermissionSet)
        o.insert(QStringLiteral("previous_permission_set"), nameOf(*k.previousPermissionSet));
    if (k.userId)
        o.insert(QStringLiteral("username"), k.ownerName);
    o.insert(QStringLiteral("replaced_by"), optionalId(k.replacedBy));
    return o;
}

QJsonObject site(const Site& s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("subdomain"), s.subdomain},
            {QStringLiteral("parent_site_id"), optionalId(s.parentId)},
            {QStringLiteral("users_can_create_api_keys"), s.settings.usersCanCreateApiKeys},
            {QStringLiteral("max_key_lifetime_days"),
             s.settings.maxKeyLifetimeDays ? QJsonValue(*s.settings.maxKeyLifetimeDays)
                                           : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("require_key_expiry"), s.settings.requireKeyExpiry},
            {QStringLiteral("created_at"), time(s.createdAt)}};
}

QJsonObject user(const User& u)
{
    return {{QStringLiteral("id"), u.id},
            {QStringLiteral("site_id"), u.siteId},
            {QStringLiteral("username"), u.username},
            {QStringLiteral("name"), u.displayName},
            {QStringLiteral("role"), nameOf(u.role)},
            {QStringLiteral("site_admin"), u.role == Role::SiteAdmin},
            {QStringLiteral("disabled"), u.disabled},
            {QStringLiteral("created_at"), time(u.createdAt)}};
}

QJsonObject auditEvent(const AuditEvent& e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("at"), time(e.at)},
            {QStringLiteral("site_id"), e.siteId},
            {QStringLiteral("actor_user_id"), optionalId(e.actorUserId)},
            {QStringLiteral("actor_key_id"), optionalId(e.actorKeyId)},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("api_key_id"), optionalId(e.targetKeyId)},
            {QStringLiteral("key_kind"),
             e.keyKind ? QJsonValue(nameOf(*e.keyKind)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("key_owner_id"), optionalId(e.keyOwnerId)},
            {QStringLiteral("details"), e.details}};
}

QJsonObject principal(const Principal& p)
{
    return {{QStringLiteral("site_id"), p.siteId},
            {QStringLiteral("user_id"), optionalId(p.userId)},
            {QStringLiteral("username"),
             p.userId ? QJsonValue(p.username) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("api_key_id"), p.keyId},
            {QStringLiteral("role"), nameOf(p.role)},
            {QStringLiteral("permission_set"), nameOf(p.keyPermission)},
            {QStringLiteral("kind"),
             p.isSiteWideKey() ? QStringLiteral("site_wide") : QStringLiteral("user")}};
}

} // namespace keydesk::JsonFormat
