// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemHandler.h"

#include "Bootstrap.h"
#include "HandlerSupport.h"
#include "LocalBackend.h"
#include "RequestContext.h"
#include "Router.h"

#include <QCoreApplication>

namespace keydesk::server {

namespace {
Route route(const char* path, const char* id, const char* summary, const char* schema)
{
    Route r;
    r.method = QHttpServerRequest::Method::Get;
    r.path = QString::fromLatin1(path);
    r.operationId = QString::fromLatin1(id);
    r.summary = QString::fromLatin1(summary);
    r.schema = QString::fromLatin1(schema);
    r.authenticated = false;
    r.ownQueryCheck = true; // query ignored: health checkers may add cache busters
    return r;
}
} // namespace

void SystemHandler::addRoutes(Router& router, const QByteArray& openApi)
{
    Route health = route("/health", "health", "Liveness and store reachability (no key)", "Health");
    health.handler = SystemHandler::health;
    router.add(health);
    Route spec = route("/openapi.json", "openApi", "This document (no key)", "");
    spec.handler = [&openApi](RequestContext&) -> Reply {
        return QHttpServerResponse(QByteArrayLiteral("application/json"), openApi);
    };
    router.add(spec);
}

Reply SystemHandler::health(RequestContext& context)
{
    const auto primary = Bootstrap::primarySiteId(context.backend().store());
    const bool ok = primary && primary->has_value();
    const QJsonObject body{
        {QStringLiteral("status"), ok ? QStringLiteral("ok") : QStringLiteral("unavailable")},
        {QStringLiteral("store"), ok ? QStringLiteral("ok") : QStringLiteral("unavailable")},
        {QStringLiteral("version"), QCoreApplication::applicationVersion()}};
    return jsonResponse(body, ok ? 200 : 503);
}

} // namespace keydesk::server
