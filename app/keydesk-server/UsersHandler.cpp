// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsersHandler.h"

#include "HandlerSupport.h"
#include "JsonFormat.h"
#include "LocalBackend.h"
#include "RequestContext.h"
#include "Router.h"

namespace keydesk::server {

namespace {
using M = QHttpServerRequest::Method;

const QString kUserNotFound = QStringLiteral("not-found/user-not-found");

Route route(M method, const char* path, const char* id, const char* summary, Handler handler)
{
    return makeRoute(method, path, id, summary, "User", std::move(handler));
}

ApiError userNotFound(qint64 id)
{
    return ErrorResponse::make(404, kUserNotFound, QStringLiteral("User #%1 not found").arg(id));
}

// The user with this id as the caller may see it. Users the caller may not see, on any site,
// are "not found" alike, without their name (core's messages name them).
std::expected<User, ApiError> visibleUser(RequestContext& context, qint64 id)
{
    auto stored = context.backend().store().user(id);
    if (!stored)
        return coreError(stored.error());
    if (!*stored)
        return std::unexpected(userNotFound(id));
    auto user = context.backend().admin().userByName(context.principal(), (*stored)->siteId,
                                                     (*stored)->username);
    if (!user && user.error().code == ErrorCode::NotFound)
        return std::unexpected(userNotFound(id));
    if (!user)
        return coreError(user.error());
    return *user;
}

Reply listByName(RequestContext& context, const QString& username)
{
    auto user =
        context.backend().admin().userByName(context.principal(), context.siteId(), username);
    if (!user && user.error().type == kUserNotFound)
        return jsonResponse(QJsonArray());
    if (!user)
        return coreError(user.error());
    return jsonResponse(QJsonArray{JsonFormat::user(*user)});
}
} // namespace

void UsersHandler::addRoutes(Router& router)
{
    Route list = route(M::Get, "/users", "listUsers", "Users of the site", UsersHandler::list);
    list.query = {siteIdField(), Field{QStringLiteral("username"), FieldType::String,
                                       QStringLiteral("Only the user with this name")}};
    list.array = true;
    router.add(list);
    Route create = route(M::Post, "/users", "createUser", "Add a user", UsersHandler::create);
    create.body = {Field{QStringLiteral("username"), FieldType::String,
                         QStringLiteral("Unique per site"), true},
                   Field{QStringLiteral("role"), FieldType::Role, QStringLiteral("Default user")},
                   Field{QStringLiteral("name"), FieldType::String, QStringLiteral("Display name")},
                   siteIdField()};
    create.status = 201;
    router.add(create);
    router.add(route(M::Get, "/users/{id}", "getUser", "One user", UsersHandler::show));
    Route update = route(M::Patch, "/users/{id}", "updateUser", "Disable or re-enable a user",
                         UsersHandler::update);
    update.body = {Field{QStringLiteral("disabled"), FieldType::Boolean,
                         QStringLiteral("A disabled user's keys authenticate nothing (R11)"),
                         true}};
    router.add(update);
}

Reply UsersHandler::list(RequestContext& context)
{
    const QString username =
        context.query().queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded);
    if (context.query().hasQueryItem(QStringLiteral("username")))
        return listByName(context, username);
    auto users = context.backend().admin().users(context.principal(), context.siteId());
    if (!users)
        return coreError(users.error());
    QJsonArray out;
    for (const User& u : *users)
        out.append(JsonFormat::user(u));
    return jsonResponse(out);
}

Reply UsersHandler::create(RequestContext& context)
{
    const JsonInput& in = context.body();
    NewUser n;
    n.siteId = in.integer(QStringLiteral("site_id"));
    n.username = in.string(QStringLiteral("username"));
    n.displayName = in.string(QStringLiteral("name"));
    n.role = in.role(QStringLiteral("role")).value_or(Role::User);
    auto user = context.backend().admin().createUser(context.principal(), n);
    if (!user)
        return coreError(user.error());
    return jsonResponse(JsonFormat::user(*user), 201);
}

Reply UsersHandler::show(RequestContext& context)
{
    auto id = context.pathId(kUserNotFound, QStringLiteral("User"));
    if (!id)
        return std::unexpected(id.error());
    auto user = visibleUser(context, *id);
    if (!user)
        return std::unexpected(user.error());
    return jsonResponse(JsonFormat::user(*user));
}

Reply UsersHandler::update(RequestContext& context)
{
    auto id = context.pathId(kUserNotFound, QStringLiteral("User"));
    if (!id)
        return std::unexpected(id.error());
    auto user = visibleUser(context, *id);
    if (!user)
        return std::unexpected(user.error());
    auto updated = context.backend().admin().setUserDisabled(
        context.principal(), user->siteId, user->username,
        *context.body().boolean(QStringLiteral("disabled")));
    if (!updated)
        return coreError(updated.error());
    return jsonResponse(JsonFormat::user(*updated));
}

} // namespace keydesk::server
