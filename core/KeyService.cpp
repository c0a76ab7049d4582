// SPDX-License-Identifier: GPL-3.0-or-later
// Creating, viewing and listing keys, and reading the audit log.
#include "KeyService.h"

#include "KeyMinter.h"
#include "Logging.h"
#include "ServiceSupport.h"
#include "Validation.h"

namespace keydesk {

using namespace ServiceSupport;

KeyService::KeyService(Store& store, const KekRing* keks, Clock clock)
    : m_store(store)
    , m_keks(keks)
    , m_clock(std::move(clock))
{}

Result<void> KeyService::validateNewKey(const CreateKeyRequest& r, const Site& site) const
{
    if (r.s3 && !r.userId)
        return fail(ErrorCode::InvalidInput,
                    translatable(QT_TRANSLATE_NOOP(
                        "keydesk::Error",
                        "S3-compatible credentials are only for user keys, never site-wide keys")),
                    QStringLiteral("bad-request/invalid-input"));
    if (auto name = Validation::keyName(r.name); !name)
        return std::unexpected(name.error());
    if (auto d = Validation::description(r.description); !d)
        return std::unexpected(d.error());
    const QDateTime now = m_clock();
    return Validation::expiry(r.expiresAt, site.settings, now, now);
}

Result<void> KeyService::checkOwner(const CreateKeyRequest& r, const Site& site)
{
    if (!r.userId)
        return {};
    auto owner = m_store.user(*r.userId);
    if (!owner)
        return std::unexpected(owner.error());
    if (!*owner)
        return fail(
            ErrorCode::NotFound,
            translatable(QT_TRANSLATE_NOOP("keydesk::Error", "User #%1 not found"), *r.userId),
            QStringLiteral("not-found/user-not-found"));
    if ((*owner)->siteId != site.id) // R11: a key only for a member of its own site
        return fail(ErrorCode::InvalidInput,
                    translatable(QT_TRANSLATE_NOOP(
                                     "keydesk::Error",
                                     "User %1 does not belong to site %2; a user key must be on "
                                     "its user's own site"),
                                 (*owner)->username, site.subdomain),
                    QStringLiteral("bad-request/user-id-invalid"));
    if ((*owner)->disabled)
        return fail(ErrorCode::InvalidInput,
                    translatable(QT_TRANSLATE_NOOP("keydesk::Error", "User %1 is disabled"),
                                 (*owner)->username),
                    QStringLiteral("bad-request/user-id-invalid"));
    return {};
}

Result<CreatedKey> KeyService::createKey(const Principal& principal, const CreateKeyRequest& r)
{
    StoreTransaction tx(m_store);
    if (auto b = tx.begin(); !b)
        return std::unexpected(b.error());
    auto site = loadSite(m_store, r.siteId.value_or(principal.siteId));
    if (!site)
        return std::unexpected(site.error());
    const KeyKind kind = r.userId ? KeyKind::User : KeyKind::SiteWide;
    if (auto ok = require(principal, Action::CreateKey, siteTarget(*site, r.userId, kind)); !ok)
        return std::unexpected(ok.error());
    if (auto ok = validateNewKey(r, *site); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkOwner(r, *site); !ok)
        return std::unexpected(ok.error());
    auto created = KeyMinter::mint(kind, r.s3, m_keks);
    if (!created)
        return std::unexpected(created.error());
    ApiKey& k = created->key;
    k.siteId = site->id;
    k.userId = r.userId;
    k.name = *Validation::keyName(r.name);
    k.description = r.description;
    k.permissionSet = r.permissionSet;
    // An admin's grant bounds what non-admins may later re-enable it to; own keys are unbounded.
    const bool forOther = !r.userId || !principal.userId || *r.userId != *principal.userId;
    k.permissionCeiling = forOther ? r.permissionSet : PermissionSet::Full;
    k.createdAt = m_clock();
    k.createdBy = principal.userId;
    k.expiresAt = r.expiresAt;
    k.siteSubdomain = site->subdomain;
    auto id = m_store.insertKey(k);
    if (!id)
        return std::unexpected(id.error());
    k.id = *id;
    if (k.userId) {
        auto owner = m_store.user(*k.userId);
        k.ownerName = owner && *owner ? (*owner)->username : QString();
    }
    if (auto a = writeAudit(m_store, keyEvent(principal, k.createdAt, k,
                                              QStringLiteral("key.create"), keySnapshot(k)));
        !a)
        return std::unexpected(a.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    qCInfo(lcService) << "key" << k.id << "created on site" << k.siteId << "by key"
                      << principal.keyId;
    return std::move(*created);
}

Result<KeyService::Loaded> KeyService::loadVisible(const Principal& principal, qint64 id)
{
    auto key = loadKey(m_store, id);
    if (!key)
        return std::unexpected(key.error());
    auto site = loadSite(m_store, key->siteId);
    if (!site)
        return std::unexpected(site.error());
    const Target target = keyTarget(*site, *key);
    if (auto ok = requireVisible(principal, target, id); !ok)
        return std::unexpected(ok.error());
    return Loaded{*key, *site, AccessPolicy::effectiveRole(principal, target).value_or(Role::User)};
}

Result<ApiKey> KeyService::key(const Principal& principal, qint64 id)
{
    auto loaded = loadVisible(principal, id);
    if (!loaded)
        return std::unexpected(loaded.error());
    return loaded->key;
}

Result<KeyPage> KeyService::listKeys(const Principal& principal, KeyQuery query)
{
    if (query.siteId == 0)
        query.siteId = principal.siteId;
    auto site = loadSite(m_store, query.siteId);
    if (!site)
        return std::unexpected(site.error());
    const Target target = siteTarget(*site, principal.userId);
    if (auto ok = require(principal, Action::ViewSite, target); !ok)
        return std::unexpected(ok.error());
    const Role role = AccessPolicy::effectiveRole(principal, target).value_or(Role::User);
    if (role == Role::Helpdesk)
        query.userKeysOnly = true; // E1: metadata of user keys only
    if (role == Role::User) {
        if (query.userId && query.userId != principal.userId)
            return fail(ErrorCode::NotAuthorized,
                        translatable(
                            QT_TRANSLATE_NOOP("keydesk::Error", "You can only list your own keys")),
                        QStringLiteral("not-authorized/cant-act-for-other-user"));
        query.userId = principal.userId;
    }
    if (!query.now.isValid())
        query.now = m_clock();
    return m_store.listKeys(query);
}

Result<AuditPage> KeyService::listAudit(const Principal& principal, AuditQuery query)
{
    if (query.siteId == 0)
        query.siteId = principal.siteId;
    auto site = loadSite(m_store, query.siteId);
    if (!site)
        return std::unexpected(site.error());
    const Target target = siteTarget(*site, principal.userId);
    if (auto ok = require(principal, Action::ViewSite, target); !ok)
        return std::unexpected(ok.error());
    switch (AccessPolicy::effectiveRole(principal, target).value_or(Role::User)) {
    case Role::SiteAdmin:
        query.scope = AuditScope::All;
        break;
    case Role::Helpdesk:
        query.scope = AuditScope::UserKeys; // E2
        break;
    case Role::User:
        query.scope = AuditScope::OwnKeys;
        query.ownerUserId = principal.userId;
        break;
    }
    return m_store.listAudit(query);
}

} // namespace keydesk
