// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKeysHandler.h"

#include "HandlerSupport.h"
#include "JsonFormat.h"
#include "LocalBackend.h"
#include "QueryParams.h"
#include "RequestContext.h"
#include "Router.h"

#include <QJsonDocument>

namespace keydesk::server {

namespace {
using M = QHttpServerRequest::Method;

const QString kKeyNotFound = QStringLiteral("not-found/api-key-not-found");

Field field(const char* name, FieldType type, const char* description, bool nullable = false)
{
    return Field{QString::fromLatin1(name), type, QString::fromLatin1(description), false,
                 nullable};
}

// user_id 0: the caller, who must then be a user (a site-wide key has none).
std::expected<qint64, ApiError> resolveUser(const RequestContext& context, qint64 userId)
{
    if (userId > 0)
        return userId;
    if (userId == 0 && context.principal().userId)
        return *context.principal().userId;
    return std::unexpected(ErrorResponse::make(
        400, QStringLiteral("bad-request/user-id-invalid"),
        userId == 0 ? QStringLiteral("user_id 0 means your own user, but a site-wide key has none")
                    : QStringLiteral("user_id must be a user id, or 0 for yourself")));
}

// The 201 body: the key's JSON with the secrets spliced in, so they never pass through a
// QJsonObject. (QHttpServer and the socket still copy the bytes; Qt gives no way to wipe them.)
QHttpServerResponse createdResponse(const CreatedKey& created, const QDateTime& now)
{
    QByteArray json =
        QJsonDocument(JsonFormat::key(created.key, now)).toJson(QJsonDocument::Compact);
    json.chop(1); // the closing brace
    json.append(",\"key\":\"").append(created.secret.byteView()).append("\",\"aws_secret_key\":");
    if (created.s3Secret.isEmpty())
        json.append("null");
    else
        json.append('"').append(created.s3Secret.byteView()).append('"');
    json.append('}');
    return QHttpServerResponse(QByteArrayLiteral("application/json"), std::move(json),
                               QHttpServerResponse::StatusCode::Created);
}

Reply keyResponse(const Result<ApiKey>& key, const QDateTime& now)
{
    if (!key)
        return coreError(key.error());
    return jsonResponse(JsonFormat::key(*key, now));
}

KeyUpdate updateFrom(const JsonInput& in)
{
    KeyUpdate u;
    if (in.has(QStringLiteral("name")))
        u.name = in.string(QStringLiteral("name"));
    if (in.has(QStringLiteral("description")) && !in.isNull(QStringLiteral("description")))
        u.description = in.string(QStringLiteral("description"));
    if (in.has(QStringLiteral("expires_at")))
        u.expiresAt = in.time(QStringLiteral("expires_at")); // null: never expires
    u.permissionSet = in.permissionSet(QStringLiteral("permission_set"));
    return u;
}

QList<Field> keyQueryFields()
{
    return {
        field("user_id", FieldType::Integer, "Only this user's keys; 0 = the caller"),
        field("per_page", FieldType::Integer, "Page size, 1-10000 (default 1000)"),
        field("cursor", FieldType::String, "From X-Files-Cursor of the previous page"),
        field("sort_by[FIELD]", FieldType::String,
              "asc or desc; FIELD: id, name, created_at, expires_at, last_use_at"),
        field("filter[status]", FieldType::String, "active, expiring, expired or disabled"),
        field("filter[kind]", FieldType::String, "site_wide, user or s3"),
        field("filter[search]", FieldType::String, "Substring of name, description or prefix"),
        field("filter_lt[expires_at]", FieldType::DateTime, "Expires before this time"),
        field("filter_gteq[expires_at]", FieldType::DateTime, "Expires at or after this time"),
        field("filter_lt[last_use_at]", FieldType::DateTime,
              "Not used since this time (never-used keys: created before it)"),
        siteIdField(),
    };
}

QList<Field> createFields()
{
    Field name = field("name", FieldType::String, "1-255 characters");
    name.required = true;
    return {name,
            field("user_id", FieldType::Integer,
                  "Owner; 0 = the caller; absent or null = a site-wide key (site admins)", true),
            field("description", FieldType::String, "Up to 4 KiB", true),
            field("expires_at", FieldType::DateTime, "Expiry; null or absent = never", true),
            field("permission_set", FieldType::PermissionSet, "Default full"),
            field("aws_style_credentials", FieldType::Boolean,
                  "Also issue S3 credentials (user keys only)"),
            siteIdField()};
}

QList<Field> updateFields(bool withDescription)
{
    QList<Field> fields{field("name", FieldType::String, "1-255 characters"),
                        field("expires_at", FieldType::DateTime, "null = never", true),
                        field("permission_set", FieldType::PermissionSet, "none disables (R7)")};
    if (withDescription)
        fields.insert(1, field("description", FieldType::String, "Up to 4 KiB", true));
    return fields;
}

Route route(M method, const char* path, const char* id, const char* summary, Handler handler)
{
    return makeRoute(method, path, id, summary, "ApiKey", std::move(handler));
}

void addCollectionRoutes(Router& router)
{
    Route list =
        route(M::Get, "/api_keys", "listApiKeys", "List keys (paged)", ApiKeysHandler::list);
    list.query = keyQueryFields();
    list.ownQueryCheck = true;
    list.array = true;
    router.add(list);
    Route create = route(M::Post, "/api_keys", "createApiKey",
                         "Create a key; the key (and S3 secret) are in this response only",
                         ApiKeysHandler::create);
    create.body = createFields();
    create.status = 201;
    create.schema = QStringLiteral("ApiKeyCreated");
    router.add(create);
}

void addItemRoutes(Router& router)
{
    const QList<Field> ignoredSite{siteIdField(QStringLiteral("Ignored: the key knows its site"))};
    Route show = route(M::Get, "/api_keys/{id}", "getApiKey", "One key", ApiKeysHandler::show);
    show.query = ignoredSite;
    router.add(show);
    Route update =
        route(M::Patch, "/api_keys/{id}", "updateApiKey",
              "Edit name, description, expiry or permission set", ApiKeysHandler::update);
    update.body = updateFields(true);
    router.add(update);
    Route revoke = route(M::Delete, "/api_keys/{id}", "deleteApiKey", "Revoke (delete) a key",
                         ApiKeysHandler::revoke);
    revoke.query = ignoredSite;
    revoke.status = 204;
    revoke.schema.clear();
    router.add(revoke);
    router.add(route(M::Post, "/api_keys/{id}/disable", "disableApiKey",
                     "Set the permission set to none (R7)", ApiKeysHandler::disable));
    Route enable =
        route(M::Post, "/api_keys/{id}/enable", "enableApiKey",
              "Re-enable with the given or the previous permission set", ApiKeysHandler::enable);
    enable.body = {field("permission_set", FieldType::PermissionSet, "Default: the previous set")};
    router.add(enable);
    Route rotate = route(M::Post, "/api_keys/{id}/rotate", "rotateApiKey",
                         "Roll a key: a replacement (key shown once, like create); the old key "
                         "expires after the grace period",
                         ApiKeysHandler::rotate);
    rotate.body = {field("grace", FieldType::String, "now (default), 1h, 24h or 7d")};
    rotate.status = 201;
    rotate.schema = QStringLiteral("ApiKeyCreated");
    router.add(rotate);
}

void addCurrentRoutes(Router& router)
{
    router.add(
        route(M::Get, "/api_key", "getCurrentApiKey", "The calling key", ApiKeysHandler::current));
    Route update = route(M::Patch, "/api_key", "updateCurrentApiKey", "Edit the calling key",
                         ApiKeysHandler::updateCurrent);
    update.body = updateFields(false);
    router.add(update);
    Route revoke = route(M::Delete, "/api_key", "deleteCurrentApiKey", "Revoke the calling key",
                         ApiKeysHandler::revokeCurrent);
    revoke.status = 204;
    revoke.schema.clear();
    router.add(revoke);
}
} // namespace

void ApiKeysHandler::addRoutes(Router& router)
{
    addCurrentRoutes(router);
    addCollectionRoutes(router);
    addItemRoutes(router);
}

Reply ApiKeysHandler::list(RequestContext& context)
{
    auto query = QueryParams::keyQuery(context.query());
    if (!query)
        return coreError(query.error());
    if (query->userId) {
        auto user = resolveUser(context, *query->userId);
        if (!user)
            return std::unexpected(user.error());
        query->userId = *user;
    }
    query->now = context.now();
    auto page = context.backend().keys().listKeys(context.principal(), *query);
    if (!page)
        return coreError(page.error());
    QJsonArray keys;
    for (const ApiKey& k : page->keys)
        keys.append(JsonFormat::key(k, context.now()));
    QHttpServerResponse response = jsonResponse(keys);
    if (!page->nextCursor.isEmpty()) {
        response.setHeader(QByteArrayLiteral("X-Files-Cursor"), page->nextCursor.toLatin1());
        response.setHeader(QByteArrayLiteral("X-Files-Cursor-Next"), page->nextCursor.toLatin1());
    }
    return response;
}

Reply ApiKeysHandler::show(RequestContext& context)
{
    auto id = context.pathId(kKeyNotFound, QStringLiteral("API key"));
    if (!id)
        return std::unexpected(id.error());
    return keyResponse(context.backend().keys().key(context.principal(), *id), context.now());
}

Reply ApiKeysHandler::create(RequestContext& context)
{
    const JsonInput& in = context.body();
    CreateKeyRequest r;
    r.siteId = in.integer(QStringLiteral("site_id"));
    if (const auto owner = in.integer(QStringLiteral("user_id"))) {
        auto user = resolveUser(context, *owner);
        if (!user)
            return std::unexpected(user.error());
        r.userId = *user;
    }
    r.name = in.string(QStringLiteral("name"));
    r.description = in.string(QStringLiteral("description"));
    r.expiresAt = in.time(QStringLiteral("expires_at"));
    r.permissionSet =
        in.permissionSet(QStringLiteral("permission_set")).value_or(PermissionSet::Full);
    r.s3 = in.boolean(QStringLiteral("aws_style_credentials")).value_or(false);
    auto created = context.backend().keys().createKey(context.principal(), r);
    if (!created)
        return coreError(created.error());
    return createdResponse(*created, context.now());
}

Reply ApiKeysHandler::update(RequestContext& context)
{
    auto id = context.pathId(kKeyNotFound, QStringLiteral("API key"));
    if (!id)
        return std::unexpected(id.error());
    return keyResponse(
        context.backend().keys().updateKey(context.principal(), *id, updateFrom(context.body())),
        context.now());
}

Reply ApiKeysHandler::revoke(RequestContext& context)
{
    auto id = context.pathId(kKeyNotFound, QStringLiteral("API key"));
    if (!id)
        return std::unexpected(id.error());
    if (auto done = context.backend().keys().revokeKey(context.principal(), *id); !done)
        return coreError(done.error());
    return noContent();
}

Reply ApiKeysHandler::disable(RequestContext& context)
{
    auto id = context.pathId(kKeyNotFound, QStringLiteral("API key"));
    if (!id)
        return std::unexpected(id.error());
    return keyResponse(context.backend().keys().disableKey(context.principal(), *id),
                       context.now());
}

Reply ApiKeysHandler::enable(RequestContext& context)
{
    auto id = context.pathId(kKeyNotFound, QStringLiteral("API key"));
    if (!id)
        return std::unexpected(id.error());
    const auto set = context.body().permissionSet(QStringLiteral("permission_set"));
    return keyResponse(context.backend().keys().enableKey(context.principal(), *id, set),
                       context.now());
}

Reply ApiKeysHandler::rotate(RequestContext& context)
{
    auto id = context.pathId(kKeyNotFound, QStringLiteral("API key"));
    if (!id)
        return std::unexpected(id.error());
    const QString text = context.body().string(QStringLiteral("grace"));
    const auto grace =
        text.isEmpty() ? std::optional(RotationGrace::Now) : parseRotationGrace(text);
    if (!grace)
        return std::unexpected(
            ErrorResponse::make(400, QStringLiteral("bad-request/invalid-parameter"),
                                QStringLiteral("grace must be now, 1h, 24h or 7d")));
    auto created = context.backend().keys().rotateKey(context.principal(), *id, *grace);
    if (!created)
        return coreError(created.error());
    return createdResponse(*created, context.now());
}

// Every authenticated key may see itself (own key, or a site-wide key acting as the site's
// admin; the permission gate ran at authentication), so the row authentication just read is
// the answer: no second lookup.
Reply ApiKeysHandler::current(RequestContext& context)
{
    return keyResponse(Result<ApiKey>(context.callingKey()), context.now());
}

Reply ApiKeysHandler::updateCurrent(RequestContext& context)
{
    const Principal& p = context.principal();
    return keyResponse(context.backend().keys().updateKey(p, p.keyId, updateFrom(context.body())),
                       context.now());
}

Reply ApiKeysHandler::revokeCurrent(RequestContext& context)
{
    const Principal& p = context.principal();
    if (auto done = context.backend().keys().revokeKey(p, p.keyId); !done)
        return coreError(done.error());
    return noContent();
}

} // namespace keydesk::server
