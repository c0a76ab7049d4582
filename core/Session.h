// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BulkAction.h"
#include "Error.h"
#include "KeyQuery.h"
#include "PolicyViolation.h"
#include "Principal.h"
#include "Requests.h"
#include "RotationGrace.h"
#include "Site.h"
#include "User.h"

#include <QList>
#include <memory>
#include <string_view>

namespace keydesk {

// Everything a front end (console, keydeskctl) does, as the principal of one API key. The
// local implementation calls the services directly; the remote one (a KeyDesk server) sends
// the same requests over REST, and the server enforces the policy.
class Session {
public:
    virtual ~Session() = default;

    virtual const Principal& principal() const = 0;

    virtual Result<Site> site(qint64 siteId) = 0;
    virtual Result<Site> siteBySubdomain(const QString& subdomain) = 0;
    virtual Result<Site> updateSettings(qint64 siteId, const SiteSettingsUpdate& update) = 0;
    virtual Result<Site> createChildSite(const QString& name, const QString& subdomain) = 0;
    virtual Result<QList<Site>> childSites() = 0;

    virtual Result<User> createUser(const NewUser& user) = 0;
    virtual Result<QList<User>> users(qint64 siteId) = 0;
    virtual Result<User> userByName(qint64 siteId, const QString& username) = 0;
    virtual Result<User> setUserDisabled(qint64 siteId, const QString& username, bool disabled) = 0;

    virtual Result<CreatedKey> createKey(const CreateKeyRequest& request) = 0;
    virtual Result<ApiKey> key(qint64 id) = 0;
    virtual Result<KeyPage> listKeys(const KeyQuery& query) = 0;
    virtual Result<ApiKey> updateKey(qint64 id, const KeyUpdate& update) = 0;
    virtual Result<ApiKey> disableKey(qint64 id) = 0;
    virtual Result<ApiKey> enableKey(qint64 id, std::optional<PermissionSet> permissionSet) = 0;
    virtual Result<void> revokeKey(qint64 id) = 0;
    // Rolls a key (KeyService::rotateKey): the replacement, shown once.
    virtual Result<CreatedKey> rotateKey(qint64 id, RotationGrace grace) = 0;

    virtual Result<AuditPage> audit(const AuditQuery& query) = 0;

    // Issue 6: disable or revoke many keys at once, all or nothing (KeyService::bulkChange).
    virtual Result<BulkResult> bulkChange(BulkAction action, const KeySelection& selection) = 0;
    // Issue 6: keys breaking the site's key policy, for a site admin to fix.
    virtual Result<QList<PolicyViolation>> policyViolations(qint64 siteId) = 0;
};

// A store a session can be opened on.
class Backend {
public:
    virtual ~Backend() = default;

    // Authenticates `key` on the site named by `subdomain` (empty: locally the key's own site,
    // remotely the server's primary site) and returns a session acting as that key.
    virtual Result<std::unique_ptr<Session>> signIn(std::string_view key,
                                                    const QString& subdomain = {}) = 0;
    virtual QString location() const = 0; // for status lines: "sqlite:/path", "https://host"
};

} // namespace keydesk
