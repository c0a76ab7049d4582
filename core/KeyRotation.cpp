// SPDX-License-Identifier: GPL-3.0-or-later
// Rolling a key: a replacement now, the old key expiring after a grace period.
#include "KeyService.h"

#include "KeyMinter.h"
#include "Logging.h"
#include "ServiceSupport.h"
#include "Validation.h"

namespace keydesk {

using namespace ServiceSupport;

namespace {
// The replacement keeps the old key's lifetime, counted from now, within the site's maximum.
std::optional<QDateTime> replacementExpiry(const ApiKey& old, const SiteSettings& settings,
                                           const QDateTime& now)
{
    std::optional<QDateTime> expiry;
    if (old.expiresAt)
        expiry = now.addMSecs(old.createdAt.msecsTo(*old.expiresAt));
    if (settings.maxKeyLifetimeDays) {
        const QDateTime limit = now.addDays(*settings.maxKeyLifetimeDays);
        if (!expiry || *expiry > limit)
            expiry = limit;
    }
    return expiry;
}
} // namespace

// Who may roll: whoever may create such a key and revoke the old one.
Result<void> KeyService::checkRollable(const Principal& principal, const Loaded& l) const
{
    const ApiKey& k = l.key;
    if (auto ok = require(principal, Action::RevokeKey, keyTarget(l.site, k)); !ok)
        return ok;
    if (auto ok = require(principal, Action::CreateKey, siteTarget(l.site, k.userId, k.kind()));
        !ok)
        return ok;
    if (k.replacedBy)
        return fail(ErrorCode::Conflict,
                    translatable(QT_TRANSLATE_NOOP(
                                     "keydesk::Error",
                                     "API key #%1 was already rolled; its replacement is key #%2"),
                                 k.id, *k.replacedBy),
                    QStringLiteral("bad-request/api-key-already-rotated"));
    const QDateTime now = m_clock();
    if (k.status(now) == KeyStatus::Disabled)
        return fail(
            ErrorCode::InvalidInput,
            translatable(QT_TRANSLATE_NOOP("keydesk::Error",
                                           "API key #%1 is disabled; enable it before rolling it"),
                         k.id),
            QStringLiteral("bad-request/api-key-is-disabled"));
    if (k.isExpired(now))
        return fail(
            ErrorCode::InvalidInput,
            translatable(QT_TRANSLATE_NOOP("keydesk::Error",
                                           "API key #%1 has expired; create a new key instead"),
                         k.id),
            QStringLiteral("bad-request/api-key-expired"));
    return {};
}

Result<CreatedKey> KeyService::insertReplacement(const Principal& principal, const Loaded& l)
{
    const ApiKey& old = l.key;
    const QDateTime now = m_clock();
    const auto expiry = replacementExpiry(old, l.site.settings, now);
    if (auto ok = Validation::expiry(expiry, l.site.settings, now, now); !ok)
        return std::unexpected(ok.error());
    auto created = KeyMinter::mint(old.kind(), old.isS3(), m_keks);
    if (!created)
        return std::unexpected(created.error());
    ApiKey& k = created->key;
    k.siteId = old.siteId;
    k.userId = old.userId;
    k.name = old.name;
    k.description = old.description;
    k.permissionSet = old.permissionSet;
    k.permissionCeiling = old.permissionCeiling;
    k.createdAt = now;
    k.createdBy = principal.userId;
    k.expiresAt = expiry;
    k.siteSubdomain = old.siteSubdomain;
    k.ownerName = old.ownerName;
    auto id = m_store.insertKey(k);
    if (!id)
        return std::unexpected(id.error());
    k.id = *id;
    QJsonObject details = keySnapshot(k);
    details.insert(QStringLiteral("replaces"), old.id);
    if (auto a =
            writeAudit(m_store, keyEvent(principal, now, k, QStringLiteral("key.create"), details));
        !a)
        return std::unexpected(a.error());
    return std::move(*created);
}

Result<CreatedKey> KeyService::rotateKey(const Principal& principal, qint64 id, RotationGrace grace)
{
    StoreTransaction tx(m_store);
    if (auto b = tx.begin(); !b)
        return std::unexpected(b.error());
    auto loaded = loadVisible(principal, id);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (auto ok = checkRollable(principal, *loaded); !ok)
        return std::unexpected(ok.error());
    auto created = insertReplacement(principal, *loaded);
    if (!created)
        return std::unexpected(created.error());
    ApiKey& old = loaded->key;
    const QDateTime now = m_clock();
    const QDateTime end = now.addSecs(graceSeconds(grace));
    const QJsonValue oldExpiry = timeValue(old.expiresAt);
    if (!old.expiresAt || *old.expiresAt > end)
        old.expiresAt = end; // never extends a key that expires sooner anyway
    old.replacedBy = created->key.id;
    if (auto u = m_store.updateKey(old); !u)
        return std::unexpected(u.error());
    const QJsonObject details{
        {QStringLiteral("replaced_by"), created->key.id},
        {QStringLiteral("grace"), nameOf(grace)},
        {QStringLiteral("changes"),
         QJsonObject{{QStringLiteral("expires_at"),
                      QJsonObject{{QStringLiteral("from"), oldExpiry},
                                  {QStringLiteral("to"), timeValue(old.expiresAt)}}}}}};
    if (auto a = writeAudit(m_store,
                            keyEvent(principal, now, old, QStringLiteral("key.rotate"), details));
        !a)
        return std::unexpected(a.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    qCInfo(lcService) << "key" << id << "rolled to key" << created->key.id << "by key"
                      << principal.keyId;
    return created;
}

} // namespace keydesk
