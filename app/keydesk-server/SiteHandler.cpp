// SPDX-License-Identifier: GPL-3.0-or-later
#include "SiteHandler.h"

#include "HandlerSupport.h"
#include "JsonFormat.h"
#include "LocalBackend.h"
#include "RequestContext.h"
#include "Router.h"

namespace keydesk::server {

namespace {
using M = QHttpServerRequest::Method;

Route route(M method, const char* path, const char* id, const char* summary, Handler handler)
{
    return makeRoute(method, path, id, summary, "Site", std::move(handler));
}

QList<Field> settingsFields()
{
    return {Field{QStringLiteral("users_can_create_api_keys"), FieldType::Boolean,
                  QStringLiteral("Non-admins may create and manage their own keys")},
            Field{QStringLiteral("max_key_lifetime_days"), FieldType::Integer,
                  QStringLiteral("1-36500; null = unlimited"), false, true},
            Field{QStringLiteral("require_key_expiry"), FieldType::Boolean,
                  QStringLiteral("Every new or edited key needs an expiry")},
            siteIdField()};
}

Reply siteResponse(const Result<Site>& site, int status = 200)
{
    if (!site)
        return coreError(site.error());
    return jsonResponse(JsonFormat::site(*site), status);
}
} // namespace

void SiteHandler::addRoutes(Router& router)
{
    Route show = route(M::Get, "/site", "getSite", "The site and its settings", SiteHandler::show);
    show.query = {siteIdField()};
    router.add(show);
    Route update = route(M::Patch, "/site", "updateSite", "Change the site's key settings",
                         SiteHandler::update);
    update.body = settingsFields();
    router.add(update);
    Route children = route(M::Get, "/child_sites", "listChildSites",
                           "Child sites of the caller's site (E3)", SiteHandler::children);
    children.array = true;
    router.add(children);
    Route create = route(M::Post, "/child_sites", "createChildSite", "Create a child site (E3)",
                         SiteHandler::createChild);
    create.body = {
        Field{QStringLiteral("name"), FieldType::String, QStringLiteral("Site name"), true},
        Field{QStringLiteral("subdomain"), FieldType::String, QStringLiteral("DNS label, unique"),
              true}};
    create.status = 201;
    router.add(create);
}

Reply SiteHandler::show(RequestContext& context)
{
    return siteResponse(context.backend().admin().site(context.principal(), context.siteId()));
}

Reply SiteHandler::update(RequestContext& context)
{
    const JsonInput& in = context.body();
    SiteSettingsUpdate u;
    u.usersCanCreateApiKeys = in.boolean(QStringLiteral("users_can_create_api_keys"));
    u.requireKeyExpiry = in.boolean(QStringLiteral("require_key_expiry"));
    if (in.has(QStringLiteral("max_key_lifetime_days"))) {
        const auto days = in.integer(QStringLiteral("max_key_lifetime_days"));
        if (days && (*days < 1 || *days > 36500))
            return std::unexpected(
                invalidBody(QStringLiteral("max_key_lifetime_days must be between 1 and 36500")));
        u.maxKeyLifetimeDays = days ? std::optional<int>(static_cast<int>(*days)) : std::nullopt;
    }
    return siteResponse(
        context.backend().admin().updateSettings(context.principal(), context.siteId(), u));
}

Reply SiteHandler::children(RequestContext& context)
{
    auto sites = context.backend().admin().childSites(context.principal());
    if (!sites)
        return coreError(sites.error());
    QJsonArray out;
    for (const Site& s : *sites)
        out.append(JsonFormat::site(s));
    return jsonResponse(out);
}

Reply SiteHandler::createChild(RequestContext& context)
{
    const JsonInput& in = context.body();
    return siteResponse(context.backend().admin().createChildSite(
                            context.principal(), in.string(QStringLiteral("name")),
                            in.string(QStringLiteral("subdomain"))),
                        201);
}

} // namespace keydesk::server
