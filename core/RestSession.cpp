// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestSession.h"

#include "AccessPolicy.h"
#include "Authenticator.h"
#include "JsonFormat.h"
#include "JsonParse.h"
#include "QueryParams.h"
#include "RestErrors.h"
#include "ServiceSupport.h"
#include "Validation.h"

namespace keydesk {

namespace {
constexpr int kMaxPages = 10000;

QString number(qint64 n)
{
    return QString::number(n);
}

QString idPath(const char* collection, qint64 id)
{
    return QLatin1Char('/') + QLatin1String(collection) + QLatin1Char('/') + number(id);
}

void addSite(QueryItems& query, qint64 siteId)
{
    if (siteId != 0)
        query.append({QStringLiteral("site_id"), number(siteId)});
}

QJsonValue timeOrNull(const std::optional<QDateTime>& t)
{
    return t ? QJsonValue(JsonFormat::time(*t)) : QJsonValue(QJsonValue::Null);
}

Error siteNotFound(const QString& subdomain)
{
    return makeError(ErrorCode::NotFound,
                     translatable(QT_TRANSLATE_NOOP("keydesk::Error", "Site %1 not found"),
                                  Validation::echo(subdomain)),
                     QStringLiteral("not-found/site-not-found"));
}

Error userNotFound(const QString& username)
{
    return makeError(ErrorCode::NotFound,
                     translatable(QT_TRANSLATE_NOOP("keydesk::Error", "User %1 not found"),
                                  Validation::echo(username)),
                     QStringLiteral("not-found/user-not-found"));
}

// The list parameters as core/QueryParams writes them for both sides, within the server's
// bounds for per_page.
QueryItems itemsOf(const QUrlQuery& query)
{
    return query.queryItems(QUrl::FullyDecoded);
}

int perPage(int limit)
{
    return std::clamp(limit, 1, QueryParams::kMaxPerPage);
}

QJsonObject createBody(const CreateKeyRequest& r)
{
    QJsonObject body{{QStringLiteral("name"), r.name},
                     {QStringLiteral("permission_set"), nameOf(r.permissionSet)},
                     {QStringLiteral("aws_style_credentials"), r.s3}};
    if (!r.description.isEmpty())
        body.insert(QStringLiteral("description"), r.description);
    if (r.userId)
        body.insert(QStringLiteral("user_id"), *r.userId);
    if (r.expiresAt)
        body.insert(QStringLiteral("expires_at"), JsonFormat::time(*r.expiresAt));
    if (r.siteId)
        body.insert(QStringLiteral("site_id"), *r.siteId);
    return body;
}

QJsonObject updateBody(const KeyUpdate& u)
{
    QJsonObject body;
    if (u.name)
        body.insert(QStringLiteral("name"), *u.name);
    if (u.description)
        body.insert(QStringLiteral("description"), *u.description);
    if (u.expiresAt)
        body.insert(QStringLiteral("expires_at"), timeOrNull(*u.expiresAt));
    if (u.permissionSet)
        body.insert(QStringLiteral("permission_set"), nameOf(*u.permissionSet));
    return body;
}

QJsonObject settingsBody(qint64 siteId, const SiteSettingsUpdate& u)
{
    QJsonObject body;
    if (siteId != 0)
        body.insert(QStringLiteral("site_id"), siteId);
    if (u.usersCanCreateApiKeys)
        body.insert(QStringLiteral("users_can_create_api_keys"), *u.usersCanCreateApiKeys);
    if (u.maxKeyLifetimeDays)
        body.insert(QStringLiteral("max_key_lifetime_days"),
                    *u.maxKeyLifetimeDays ? QJsonValue(**u.maxKeyLifetimeDays)
                                          : QJsonValue(QJsonValue::Null));
    if (u.requireKeyExpiry)
        body.insert(QStringLiteral("require_key_expiry"), *u.requireKeyExpiry);
    return body;
}
} // namespace

RestSession::RestSession(std::unique_ptr<RestClient> client, Principal principal)
    : m_client(std::move(client))
    , m_principal(std::move(principal))
{}

Result<Principal> RestSession::whoAmI(RestClient& client)
{
    auto reply = client.send(HttpMethod::Get, QStringLiteral("/api_key"));
    if (!reply)
        return std::unexpected(reply.error());
    auto json = JsonParse::object(reply->body, client.serverText());
    auto key = json ? JsonParse::key(*json, client.serverText())
                    : Result<ApiKey>(std::unexpected(json.error()));
    if (!key)
        return std::unexpected(key.error());
    Principal p{key->siteId, key->userId, key->id, Role::SiteAdmin, key->permissionSet, {}};
    if (!key->userId)
        return p; // a site-wide key acts as a site admin with no user (R1)
    auto owner = client.send(HttpMethod::Get, idPath("users", *key->userId));
    auto ownerJson = owner ? JsonParse::object(owner->body, client.serverText())
                           : Result<QJsonObject>(std::unexpected(owner.error()));
    auto user = ownerJson ? JsonParse::user(*ownerJson, client.serverText())
                          : Result<User>(std::unexpected(ownerJson.error()));
    if (!user)
        return std::unexpected(user.error());
    p.role = user->role;
    p.username = user->username;
    return p;
}

Result<std::unique_ptr<RestSession>> RestSession::open(std::unique_ptr<RestClient> client,
                                                       const QString& requiredSubdomain)
{
    auto principal = whoAmI(*client);
    if (!principal)
        return std::unexpected(principal.error());
    std::unique_ptr<RestSession> session(new RestSession(std::move(client), *principal));
    if (requiredSubdomain.isEmpty())
        return session;
    auto own = session->site(principal->siteId);
    if (!own)
        return std::unexpected(own.error());
    if (own->subdomain != requiredSubdomain)
        return fail(ErrorCode::NotAuthenticated,
                    Authenticator::describeText(AuthFailure::WrongSite),
                    QStringLiteral("not-authenticated/invalid-credentials"));
    return session;
}

Result<QJsonObject> RestSession::object(HttpMethod method, const QString& path,
                                        const QueryItems& query,
                                        const std::optional<QJsonObject>& body)
{
    auto reply = m_client->send(method, path, query, body);
    if (!reply)
        return std::unexpected(reply.error());
    return JsonParse::object(reply->body, m_client->serverText());
}

Result<QJsonArray> RestSession::everyPage(const QString& path, QueryItems query)
{
    QJsonArray all;
    const qsizetype plain = query.size();
    for (int page = 0; page < kMaxPages; ++page) {
        auto reply = m_client->send(HttpMethod::Get, path, query);
        if (!reply)
            return std::unexpected(reply.error());
        auto items = JsonParse::array(reply->body, m_client->serverText());
        if (!items)
            return std::unexpected(items.error());
        for (const QJsonValue& item : std::as_const(*items))
            all.append(item);
        if (reply->nextCursor.isEmpty())
            return all;
        query.resize(plain);
        query.append({QStringLiteral("cursor"), reply->nextCursor});
    }
    return std::unexpected(
        RestErrors::badAnswer(m_client->serverText(), QStringLiteral("pages without end")));
}

Result<ApiKey> RestSession::keyFrom(const Result<QJsonObject>& json)
{
    if (!json)
        return std::unexpected(json.error());
    auto key = JsonParse::key(*json, m_client->serverText());
    if (key)
        nameSite(*key);
    return key;
}

Result<Site> RestSession::siteFrom(const Result<QJsonObject>& json)
{
    if (!json)
        return std::unexpected(json.error());
    auto s = JsonParse::site(*json, m_client->serverText());
    if (s)
        m_subdomains.insert(s->id, s->subdomain);
    return s;
}

Result<User> RestSession::userFrom(const Result<QJsonObject>& json)
{
    if (!json)
        return std::unexpected(json.error());
    return JsonParse::user(*json, m_client->serverText());
}

void RestSession::nameSite(ApiKey& key)
{
    if (!m_subdomains.contains(key.siteId))
        (void)site(key.siteId); // every member may read its site; failing, the name stays empty
    key.siteSubdomain = m_subdomains.value(key.siteId);
}

// --- sites and users -------------------------------------------------------------------------

Result<Site> RestSession::site(qint64 siteId)
{
    QueryItems query;
    addSite(query, siteId);
    return siteFrom(object(HttpMethod::Get, QStringLiteral("/site"), query));
}

Result<Site> RestSession::siteBySubdomain(const QString& subdomain)
{
    auto own = site(m_principal.siteId);
    if (!own || own->subdomain == subdomain)
        return own;
    auto children = childSites();
    if (!children) // only site admins list child sites; for anyone else there is none to find
        return children.error().code == ErrorCode::NotAuthorized
                   ? std::unexpected(siteNotFound(subdomain))
                   : std::unexpected(children.error());
    for (const Site& child : std::as_const(*children)) {
        if (child.subdomain == subdomain)
            return child;
    }
    return std::unexpected(siteNotFound(subdomain));
}

Result<Site> RestSession::updateSettings(qint64 siteId, const SiteSettingsUpdate& update)
{
    return siteFrom(
        object(HttpMethod::Patch, QStringLiteral("/site"), {}, settingsBody(siteId, update)));
}

Result<Site> RestSession::createChildSite(const QString& name, const QString& subdomain)
{
    const QJsonObject body{{QStringLiteral("name"), name},
                           {QStringLiteral("subdomain"), subdomain}};
    return siteFrom(object(HttpMethod::Post, QStringLiteral("/child_sites"), {}, body));
}

Result<QList<Site>> RestSession::childSites()
{
    auto items = everyPage(QStringLiteral("/child_sites"), {});
    if (!items)
        return std::unexpected(items.error());
    auto sites = JsonParse::list<Site>(*items, m_client->serverText(), &JsonParse::site);
    if (sites) {
        for (const Site& s : std::as_const(*sites))
            m_subdomains.insert(s.id, s.subdomain);
    }
    return sites;
}

Result<User> RestSession::createUser(const NewUser& user)
{
    QJsonObject body{{QStringLiteral("username"), user.username},
                     {QStringLiteral("role"), nameOf(user.role)}};
    if (!user.displayName.isEmpty())
        body.insert(QStringLiteral("name"), user.displayName);
    if (user.siteId)
        body.insert(QStringLiteral("site_id"), *user.siteId);
    return userFrom(object(HttpMethod::Post, QStringLiteral("/users"), {}, body));
}

Result<QList<User>> RestSession::users(qint64 siteId)
{
    QueryItems query;
    addSite(query, siteId);
    auto items = everyPage(QStringLiteral("/users"), query);
    if (!items)
        return std::unexpected(items.error());
    return JsonParse::list<User>(*items, m_client->serverText(), &JsonParse::user);
}

Result<User> RestSession::userByName(qint64 siteId, const QString& username)
{
    QueryItems query;
    addSite(query, siteId);
    query.append({QStringLiteral("username"), username});
    auto items = everyPage(QStringLiteral("/users"), query);
    if (!items)
        return std::unexpected(items.error());
    auto found = JsonParse::list<User>(*items, m_client->serverText(), &JsonParse::user);
    if (!found)
        return std::unexpected(found.error());
    for (const User& u : std::as_const(*found)) {
        if (u.username == username)
            return u;
    }
    return std::unexpected(userNotFound(username));
}

Result<User> RestSession::setUserDisabled(qint64 siteId, const QString& username, bool disabled)
{
    auto user = userByName(siteId, username);
    if (!user) {
        // Users see only themselves, so a user asking for someone else finds nobody; the
        // server would refuse the change itself, and says why for anyone it does show.
        if (user.error().code == ErrorCode::NotFound && m_principal.role != Role::SiteAdmin)
            return std::unexpected(ServiceSupport::refusal({false, DenyReason::SiteAdminRequired}));
        return user;
    }
    const QJsonObject body{{QStringLiteral("disabled"), disabled}};
    return userFrom(object(HttpMethod::Patch, idPath("users", user->id), {}, body));
}

// --- keys ------------------------------------------------------------------------------------

Result<CreatedKey> RestSession::createKey(const CreateKeyRequest& request)
{
    return createdFrom(
        m_client->send(HttpMethod::Post, QStringLiteral("/api_keys"), {}, createBody(request)));
}

Result<CreatedKey> RestSession::rotateKey(qint64 id, RotationGrace grace)
{
    return createdFrom(m_client->send(HttpMethod::Post,
                                      idPath("api_keys", id) + QStringLiteral("/rotate"), {},
                                      QJsonObject{{QStringLiteral("grace"), nameOf(grace)}}));
}

Result<CreatedKey> RestSession::createdFrom(Result<RestReply> reply)
{
    if (!reply)
        return std::unexpected(reply.error());
    CreatedKey created;
    created.secret = JsonParse::takeSecret(reply->body, "key");
    created.s3Secret = JsonParse::takeSecret(reply->body, "aws_secret_key");
    auto key = keyFrom(JsonParse::object(reply->body, m_client->serverText()));
    reply->wipe();
    if (!key)
        return std::unexpected(key.error());
    if (created.secret.isEmpty() || (key->isS3() && created.s3Secret.isEmpty()))
        return std::unexpected(RestErrors::badAnswer(
            m_client->serverText(), QStringLiteral("a created key without its secret")));
    created.key = std::move(*key);
    return created;
}

Result<ApiKey> RestSession::key(qint64 id)
{
    return keyFrom(object(HttpMethod::Get, idPath("api_keys", id)));
}

Result<KeyPage> RestSession::listKeys(const KeyQuery& query)
{
    if (query.userKeysOnly && query.kind == KeyKindFilter::SiteWide)
        return KeyPage{}; // site-wide keys among user keys only: none
    KeyQuery bounded = query;
    bounded.limit = perPage(query.limit);
    auto reply = m_client->send(HttpMethod::Get, QStringLiteral("/api_keys"),
                                itemsOf(QueryParams::fromKeyQuery(bounded)));
    if (!reply)
        return std::unexpected(reply.error());
    auto items = JsonParse::array(reply->body, m_client->serverText());
    if (!items)
        return std::unexpected(items.error());
    auto keys = JsonParse::list<ApiKey>(*items, m_client->serverText(), &JsonParse::key);
    if (!keys)
        return std::unexpected(keys.error());
    for (ApiKey& k : *keys)
        nameSite(k);
    return KeyPage{std::move(*keys), reply->nextCursor};
}

Result<ApiKey> RestSession::updateKey(qint64 id, const KeyUpdate& update)
{
    return keyFrom(object(HttpMethod::Patch, idPath("api_keys", id), {}, updateBody(update)));
}

Result<ApiKey> RestSession::disableKey(qint64 id)
{
    return keyFrom(object(HttpMethod::Post, idPath("api_keys", id) + QStringLiteral("/disable"), {},
                          QJsonObject()));
}

Result<ApiKey> RestSession::enableKey(qint64 id, std::optional<PermissionSet> permissionSet)
{
    QJsonObject body;
    if (permissionSet)
        body.insert(QStringLiteral("permission_set"), nameOf(*permissionSet));
    return keyFrom(
        object(HttpMethod::Post, idPath("api_keys", id) + QStringLiteral("/enable"), {}, body));
}

Result<void> RestSession::revokeKey(qint64 id)
{
    auto reply = m_client->send(HttpMethod::Delete, idPath("api_keys", id));
    if (!reply)
        return std::unexpected(reply.error());
    return {};
}

Result<AuditPage> RestSession::audit(const AuditQuery& query)
{
    AuditQuery bounded = query;
    bounded.limit = perPage(query.limit);
    auto reply = m_client->send(HttpMethod::Get, QStringLiteral("/audit_events"),
                                itemsOf(QueryParams::fromAuditQuery(bounded)));
    if (!reply)
        return std::unexpected(reply.error());
    auto array = JsonParse::array(reply->body, m_client->serverText());
    if (!array)
        return std::unexpected(array.error());
    auto events =
        JsonParse::list<AuditEvent>(*array, m_client->serverText(), &JsonParse::auditEvent);
    if (!events)
        return std::unexpected(events.error());
    return AuditPage{std::move(*events), reply->nextCursor};
}

// GET /site/policy_violations: [{"violation": KIND, "explanation", "api_key": {...}}].
Result<QList<PolicyViolation>> RestSession::policyViolations(qint64 siteId)
{
    QueryItems query;
    addSite(query, siteId);
    auto reply = m_client->send(HttpMethod::Get, QStringLiteral("/site/policy_violations"), query);
    if (!reply)
        return std::unexpected(reply.error());
    auto array = JsonParse::array(reply->body, m_client->serverText());
    if (!array)
        return std::unexpected(array.error());
    QList<PolicyViolation> found;
    for (const QJsonValue& item : std::as_const(*array)) {
        const QJsonObject o = item.toObject();
        const auto kind = parseViolationKind(o.value(QStringLiteral("violation")).toString());
        auto key = keyFrom(o.value(QStringLiteral("api_key")).toObject());
        if (!key)
            return std::unexpected(key.error());
        if (!kind)
            return std::unexpected(
                RestErrors::badAnswer(m_client->serverText(), QStringLiteral("a violation")));
        found.append(PolicyViolation{*key, *kind});
    }
    return found;
}

// POST /api_keys/bulk_disable or /bulk_revoke with {"ids": [...]} and/or {"user_id": N}.
Result<BulkResult> RestSession::bulkChange(BulkAction action, const KeySelection& selection)
{
    QJsonObject body;
    if (!selection.ids.isEmpty()) {
        QJsonArray ids;
        for (qint64 id : selection.ids)
            ids.append(id);
        body.insert(QStringLiteral("ids"), ids);
    }
    if (selection.userId)
        body.insert(QStringLiteral("user_id"), *selection.userId);
    auto json =
        object(HttpMethod::Post, QStringLiteral("/api_keys/bulk_") + nameOf(action), {}, body);
    if (!json)
        return std::unexpected(json.error());
    auto result = bulkResultFromJson(*json);
    if (!result)
        return std::unexpected(
            RestErrors::badAnswer(m_client->serverText(), QStringLiteral("a bulk result")));
    return *result;
}

} // namespace keydesk
