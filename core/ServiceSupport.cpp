// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceSupport.h"

namespace keydesk::ServiceSupport {

Result<Site> loadSite(Store& store, qint64 id)
{
    auto site = store.site(id);
    if (!site)
        return std::unexpected(site.error());
    if (!*site)
        return fail(
            ErrorCode::NotFound,
            translatable(QT_TRANSLATE_NOOP("keydesk::Error", "Site #%1 does not exist"), id),
            QStringLiteral("not-found/site-not-found"));
    return **site;
}

Error keyNotFound(qint64 id)
{
    return makeError(ErrorCode::NotFound,
                     translatable(QT_TRANSLATE_NOOP("keydesk::Error", "API key #%1 not found"), id),
                     QStringLiteral("not-found/api-key-not-found"));
}

Result<ApiKey> loadKey(Store& store, qint64 id)
{
    auto key = store.key(id);
    if (!key)
        return std::unexpected(key.error());
    if (!*key)
        return std::unexpected(keyNotFound(id));
    return **key;
}

Target siteTarget(const Site& site, std::optional<qint64> ownerUserId, KeyKind kind)
{
    return Target{site.id, site.parentId, site.settings.usersCanCreateApiKeys, kind, ownerUserId};
}

Target keyTarget(const Site& site, const ApiKey& key)
{
    return siteTarget(site, key.userId, key.kind());
}

Error refusal(const Decision& decision)
{
    return makeError(ErrorCode::NotAuthorized, decision.reasonMessage(), decision.filesComType());
}

Result<void> require(const Principal& principal, Action action, const Target& target)
{
    const Decision d = AccessPolicy::check(principal, action, target);
    if (!d)
        return std::unexpected(refusal(d));
    return {};
}

Result<void> requireVisible(const Principal& principal, const Target& target, qint64 keyId)
{
    const Decision d = AccessPolicy::check(principal, Action::ViewKey, target);
    if (d)
        return {};
    if (d.reason == DenyReason::KeyDisabled || d.reason == DenyReason::KeyNotForManagement)
        return std::unexpected(refusal(d));
    return std::unexpected(keyNotFound(keyId));
}

AuditEvent event(const Principal& principal, const QDateTime& at, qint64 siteId,
                 const QString& action, const QJsonObject& details)
{
    AuditEvent e;
    e.at = at;
    e.siteId = siteId;
    e.actorUserId = principal.userId;
    e.actorKeyId = principal.keyId ? std::optional<qint64>(principal.keyId) : std::nullopt;
    e.action = action;
    e.details = details;
    return e;
}

AuditEvent keyEvent(const Principal& principal, const QDateTime& at, const ApiKey& key,
                    const QString& action, const QJsonObject& details)
{
    AuditEvent e = event(principal, at, key.siteId, action, details);
    e.targetKeyId = key.id;
    e.keyKind = key.kind();
    e.keyOwnerId = key.userId;
    return e;
}

QJsonValue timeValue(const std::optional<QDateTime>& time)
{
    return time ? QJsonValue(time->toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonObject keySnapshot(const ApiKey& key)
{
    QJsonObject o{{QStringLiteral("name"), key.name},
                  {QStringLiteral("prefix"), key.prefix},
                  {QStringLiteral("kind"), nameOf(key.kind())},
                  {QStringLiteral("permission_set"), nameOf(key.permissionSet)},
                  {QStringLiteral("expires_at"), timeValue(key.expiresAt)},
                  {QStringLiteral("aws_style_credentials"), key.isS3()}};
    if (key.userId)
        o.insert(QStringLiteral("user_id"), *key.userId);
    if (key.isS3())
        o.insert(QStringLiteral("aws_access_key_id"), key.s3AccessKeyId);
    return o;
}

Result<void> writeAudit(Store& store, const AuditEvent& e)
{
    auto id = store.insertAudit(e);
    if (!id)
        return std::unexpected(id.error());
    return {};
}

} // namespace keydesk::ServiceSupport
