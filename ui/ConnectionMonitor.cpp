// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionMonitor.h"

#include "BackendFactory.h"
#include "PolicyText.h"

namespace keydesk::ui {

void ConnectionMonitor::report(const Error* error)
{
    if (error && isConnectionProblem(*error)) {
        m_problem = errorText(*error);
        emit lost(m_problem);
    } else if (!error && isLost()) {
        m_problem.clear();
        emit restored();
    }
}

WatchedSession::WatchedSession(std::unique_ptr<Session> inner, ConnectionMonitor& monitor)
    : m_inner(std::move(inner))
    , m_monitor(monitor)
{}

Result<Site> WatchedSession::site(qint64 siteId)
{
    return watch(m_inner->site(siteId));
}

Result<Site> WatchedSession::siteBySubdomain(const QString& subdomain)
{
    return watch(m_inner->siteBySubdomain(subdomain));
}

Result<Site> WatchedSession::updateSettings(qint64 siteId, const SiteSettingsUpdate& update)
{
    return watch(m_inner->updateSettings(siteId, update));
}

Result<Site> WatchedSession::createChildSite(const QString& name, const QString& subdomain)
{
    return watch(m_inner->createChildSite(name, subdomain));
}

Result<QList<Site>> WatchedSession::childSites()
{
    return watch(m_inner->childSites());
}

Result<User> WatchedSession::createUser(const NewUser& user)
{
    return watch(m_inner->createUser(user));
}

Result<QList<User>> WatchedSession::users(qint64 siteId)
{
    return watch(m_inner->users(siteId));
}

Result<User> WatchedSession::userByName(qint64 siteId, const QString& username)
{
    return watch(m_inner->userByName(siteId, username));
}

Result<User> WatchedSession::setUserDisabled(qint64 siteId, const QString& username, bool disabled)
{
    return watch(m_inner->setUserDisabled(siteId, username, disabled));
}

Result<CreatedKey> WatchedSession::createKey(const CreateKeyRequest& request)
{
    return watch(m_inner->createKey(request));
}

Result<ApiKey> WatchedSession::key(qint64 id)
{
    return watch(m_inner->key(id));
}

Result<KeyPage> WatchedSession::listKeys(const KeyQuery& query)
{
    return watch(m_inner->listKeys(query));
}

Result<ApiKey> WatchedSession::updateKey(qint64 id, const KeyUpdate& update)
{
    return watch(m_inner->updateKey(id, update));
}

Result<ApiKey> WatchedSession::disableKey(qint64 id)
{
    return watch(m_inner->disableKey(id));
}

Result<ApiKey> WatchedSession::enableKey(qint64 id, std::optional<PermissionSet> permissionSet)
{
    return watch(m_inner->enableKey(id, permissionSet));
}

Result<void> WatchedSession::revokeKey(qint64 id)
{
    return watch(m_inner->revokeKey(id));
}

Result<CreatedKey> WatchedSession::rotateKey(qint64 id, RotationGrace grace)
{
    return watch(m_inner->rotateKey(id, grace));
}

Result<AuditPage> WatchedSession::audit(const AuditQuery& query)
{
    return watch(m_inner->audit(query));
}

Result<BulkResult> WatchedSession::bulkChange(BulkAction action, const KeySelection& selection)
{
    return watch(m_inner->bulkChange(action, selection));
}

Result<QList<PolicyViolation>> WatchedSession::policyViolations(qint64 siteId)
{
    return watch(m_inner->policyViolations(siteId));
}

} // namespace keydesk::ui
