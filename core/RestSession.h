// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RestClient.h"
#include "Session.h"

#include <QHash>
#include <QJsonArray>
#include <memory>

namespace keydesk {

// A Session over the REST API of a KeyDesk server (docs/rest-api.md). Every call is one or two
// requests, sent with the session's key and Host; the server enforces the policy, so nothing
// here decides what the principal may do. Calls block in a local event loop (RestClient).
class RestSession final : public Session {
public:
    // Signs in: GET /api_key, then the user's role (GET /users/{id}) for a user key.
    // `requiredSubdomain` (the site asked for when the Host could not say it): the key's site
    // must be that one, else the key is refused as belonging to another site (R10).
    static Result<std::unique_ptr<RestSession>> open(std::unique_ptr<RestClient> client,
                                                     const QString& requiredSubdomain);

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
    RestSession(std::unique_ptr<RestClient> client, Principal principal);
    static Result<Principal> whoAmI(RestClient& client);

    Result<QJsonObject> object(HttpMethod method, const QString& path, const QueryItems& query = {},
                               const std::optional<QJsonObject>& body = std::nullopt);
    // A list endpoint, every page of it (X-Files-Cursor).
    Result<QJsonArray> everyPage(const QString& path, QueryItems query);
    Result<ApiKey> keyFrom(const Result<QJsonObject>& json);
    // A 201 with the key's JSON and its secrets (create, rotate).
    Result<CreatedKey> createdFrom(Result<RestReply> reply);
    Result<Site> siteFrom(const Result<QJsonObject>& json);
    Result<User> userFrom(const Result<QJsonObject>& json);
    // ApiKey::siteSubdomain is not on the wire: the session knows it from the sites it saw.
    void nameSite(ApiKey& key);

    std::unique_ptr<RestClient> m_client;
    Principal m_principal;
    QHash<qint64, QString> m_subdomains;
};

} // namespace keydesk
