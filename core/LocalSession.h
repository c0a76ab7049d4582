// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"

namespace keydesk {

class LocalBackend;

// A Session over the services of a LocalBackend; it adds nothing but the principal.
class LocalSession final : public Session {
public:
    LocalSession(LocalBackend& backend, Principal principal);

    const Principal& principal() const override { return m_principal; }

    Result<Site> site(qint64 siteId) override;
    Result<Site> siteBySubdomain(const QString& subdomain) override;
    Result<Site> updateSettings(qint64 siteId, const SiteSettingsUpdate& update) override;
    Result<Site> createChildSite(const QString& name, const QString& subdomain) override;
    Result<QList<Site>> childSites() override;

    Result<User> createUser(const NewUser& user) override;
    Result<QList<User>> users(qint64 siteId) override;
    Result<User> userByName(qint64 siteId, const QString& username) override;
    Result<User> setUserDisabled(qint64 siteId, const QString& username, bool disabled) override;

    Result<CreatedKey> createKey(const CreateKeyRequest& request) override;
    Result<ApiKey> key(qint64 id) override;
    Result<KeyPage> listKeys(const KeyQuery& query) override;
    Result<ApiKey> updateKey(qint64 id, const KeyUpdate& update) override;
    Result<ApiKey> disableKey(qint64 id) override;
    Result<ApiKey> enableKey(qint64 id, std::optional<PermissionSet> permissionSet) override;
    Result<void> revokeKey(qint64 id) override;
    Result<CreatedKey> rotateKey(qint64 id, RotationGrace grace) override;

    Result<AuditPage> audit(const AuditQuery& query) override;
    Result<BulkResult> bulkChange(BulkAction action, const KeySelection& selection) override;
    Result<QList<PolicyViolation>> policyViolations(qint64 siteId) override;

private:
    // Every call re-checks the session's own key: revoked, disabled or expired since sign-in
    // (or its user disabled), it authenticates nothing more (R7, R8, R11, R12).
    Result<void> refresh();

    LocalBackend& m_backend;
    Principal m_principal;
};

} // namespace keydesk
