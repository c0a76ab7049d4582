// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalSession.h"

#include "LocalBackend.h"

namespace keydesk {

LocalSession::LocalSession(LocalBackend& backend, Principal principal)
    : m_backend(backend)
    , m_principal(std::move(principal))
{}

Result<void> LocalSession::refresh()
{
    auto checked = m_backend.authenticator().recheck(m_principal);
    if (!checked)
        return std::unexpected(checked.error().error);
    m_principal = *checked;
    return {};
}

Result<Site> LocalSession::site(qint64 siteId)
{
    if (auto ok = refresh(); !ok)
        return std::unexpected(ok.error());
    return m_backend.admin().site(m_principal, siteId);
}

Result<Site> LocalSession::siteBySubdomain(const QString& subdomain)
{
    if (auto ok = refresh(); !ok)
        return std::unexpected(ok.error());
    return m_backend.admin().siteBySubdomain(m_principal, subdomain);
}

Result<Site> LocalSession::updateSettings(qint64 siteId, const SiteSettingsUpdate& update)
{
    if (auto ok = refresh(); !ok)
        return std::unexpected(ok.error());
    return m_backend.admin().updateSettings(m_principal, siteId, update);
}

Result<Site> LocalSession::createChildSite(const QString& name, const QString& subdomain)
{
    if (auto ok = refresh(); !ok)
        return std::unexpected(ok.error());
    return m_backend.admin().createChildSite(m_principal, name, subdomain);
}

Result<QList<Site>> LocalSession::childSites()
{
    if (auto ok = refresh(); !ok)
        return std::unexpected(ok.error());
    return m_backend.admin().childSites(m_principal);
}

Result<User> LocalSession::createUser(const NewUser& user)
{
    if (auto ok = refresh(); !ok)
        return std::unexpected(ok.error());
    return m_backend.admin().createUser(m_principal, user);
}

Result<QList<User>> LocalSession::users(qint64 siteId)
{
    if (auto ok = refresh(); !ok)
        return std::unexpected(ok.error());
    return m_backend.admin().users(m_principal, siteId);
}

Result<User> LocalSession::userByName(qint64 siteId, const QString& username)
{
    if (auto ok = refresh(); !ok)
        return std::unexpected(ok.error());
    return m_backend.admin().userByName(m_principal, siteId, username);
}

Result<User> LocalSession::setUserDisabled(qint64 siteId, const QString& username, bool disabled)
{
    if (auto ok = refresh(); !ok)
        return std::unexpected(ok.error());
    return m_backend.admin().setUserDisabled(m_principal, siteId, username, disabled);
}

Result<CreatedKey> LocalSession::createKey(const CreateKeyRequest& request)
{
    if (auto ok = refresh(); !ok)
        return std::unexpected(ok.error());
    return m_backend.keys().createKey(m_principal, request);
}

Result<ApiKey> LocalSession::key(qint64 id)
{
    if (auto ok = refresh(); !ok)
        return std::unexpected(ok.error());
    return m_backend.keys().key(m_principal, id);
}

Result<KeyPage> LocalSession::listKeys(const KeyQuery& query)
{
    if (auto ok = refresh(); !ok)
        return std::unexpected(ok.error());
    return m_backend.keys().listKeys(m_principal, query);
}

Result<ApiKey> LocalSession::updateKey(qint64 id, const KeyUpdate& update)
{
    if (auto ok = refresh(); !ok)
        return std::unexpected(ok.error());
    return m_backend.keys().updateKey(m_principal, id, update);
}

Result<ApiKey> LocalSession::disableKey(qint64 id)
{
    if (auto ok = refresh(); !ok)
        return std::unexpected(ok.error());
    return m_backend.keys().disableKey(m_principal, id);
}

Result<ApiKey> LocalSession::enableKey(qint64 id, std::optional<PermissionSet> permissionSet)
{
    if (auto ok = refresh(); !ok)
        return std::unexpected(ok.error());
    return m_backend.keys().enableKey(m_principal, id, permissionSet);
}

Result<void> LocalSession::revokeKey(qint64 id)
{
    if (auto ok = refresh(); !ok)
        return std::unexpected(ok.error());
    return m_backend.keys().revokeKey(m_principal, id);
}

Result<CreatedKey> LocalSession::rotateKey(qint64 id, RotationGrace grace)
{
    if (auto ok = refresh(); !ok)
        return std::unexpected(ok.error());
    return m_backend.keys().rotateKey(m_principal, id, grace);
}

Result<AuditPage> LocalSession::audit(const AuditQuery& query)
{
    if (auto ok = refresh(); !ok)
        return std::unexpected(ok.error());
    return m_backend.keys().listAudit(m_principal, query);
}

Result<BulkResult> LocalSession::bulkChange(BulkAction action, const KeySelection& selection)
{
    if (auto ok = refresh(); !ok)
        return std::unexpected(ok.error());
    return m_backend.keys().bulkChange(m_principal, action, selection);
}

Result<QList<PolicyViolation>> LocalSession::policyViolations(qint64 siteId)
{
    if (auto ok = refresh(); !ok)
        return std::unexpected(ok.error());
    return m_backend.admin().policyViolations(m_principal, siteId);
}

} // namespace keydesk
