// SPDX-License-Identifier: GPL-3.0-or-later
#include "Router.h"

#include "AccessLog.h"
#include "ConnectionTracker.h"
#include "RequestContext.h"

#include <QHttpServer>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QStringList>

namespace keydesk::server {

QString methodName(QHttpServerRequest::Method method)
{
    const char* key =
        QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(static_cast<int>(method));
    return key ? QString::fromLatin1(key).toUpper() : QStringLiteral("?");
}

Router::Router(ServerServices& services, const ConnectionTracker& tracker, qint64 maxBody)
    : m_services(services)
    , m_tracker(tracker)
    , m_maxBody(maxBody)
{}

void Router::add(Route route)
{
    m_routes.push_back(std::move(route));
}

QString Router::qtPattern(const Route& route)
{
    QString path = kBasePath + route.path;
    return path.replace(QStringLiteral("{id}"), QStringLiteral("<arg>"));
}

void Router::install(QHttpServer& server)
{
    for (const Route& route : m_routes) {
        const Route* r = &route;
        if (route.hasId()) {
            server.route(qtPattern(route), route.method,
                         [this, r](const QString& id, const QHttpServerRequest& request) {
                             return dispatch(*r, request, id);
                         });
        } else {
            server.route(qtPattern(route), route.method,
                         [this, r](const QHttpServerRequest& request) {
                             return dispatch(*r, request, QString());
                         });
        }
    }
    server.afterRequest([this](QHttpServerResponse&& response, const QHttpServerRequest& request) {
        finish(response, request);
        return std::move(response);
    });
    server.setMissingHandler(
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            m_clock.start();
            m_keyId = 0;
            QHttpServerResponse response = missing(request);
            finish(response, request);
            response.write(std::move(responder));
        });
}

QHttpServerResponse Router::dispatch(const Route& route, const QHttpServerRequest& request,
                                     const QString& argument)
{
    m_clock.start();
    m_keyId = 0;
    RequestContext context(m_services, request, route, argument);
    Reply reply = run(route, context);
    if (context.isAuthenticated())
        m_keyId = context.principal().keyId;
    return reply ? std::move(*reply) : ErrorResponse::response(reply.error());
}

Reply Router::run(const Route& route, RequestContext& context) const
{
    if (context.request().body().size() > m_maxBody) // the framer refuses these first
        return std::unexpected(
            ErrorResponse::make(413, QStringLiteral("bad-request/request-too-large"),
                                QStringLiteral("The request body is too large")));
    if (route.authenticated) {
        if (auto ok = context.authenticate(); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = context.checkQuery(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = context.parseBody(); !ok)
        return std::unexpected(ok.error());
    return route.handler(context);
}

QHttpServerResponse Router::missing(const QHttpServerRequest& request) const
{
    const QString path = request.url().path();
    QStringList allowed;
    for (const Route& route : m_routes) {
        QString pattern = QRegularExpression::escape(kBasePath + route.path);
        pattern.replace(QStringLiteral("\\{id\\}"), QStringLiteral("[^/]+"));
        if (QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'))
                .match(path)
                .hasMatch())
            allowed << methodName(route.method);
    }
    if (allowed.isEmpty())
        return ErrorResponse::response(ErrorResponse::make(
            404, QStringLiteral("not-found/not-found"), QStringLiteral("No such endpoint")));
    ApiError e = ErrorResponse::make(
        405, QStringLiteral("bad-request/method-not-allowed"),
        QStringLiteral("This endpoint accepts %1").arg(allowed.join(QStringLiteral(", "))));
    e.headers.append({QByteArrayLiteral("Allow"), allowed.join(QStringLiteral(", ")).toLatin1()});
    return ErrorResponse::response(e);
}

void Router::finish(QHttpServerResponse& response, const QHttpServerRequest& request)
{
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    if (m_tracker.draining())
        response.setHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    const QByteArray method = methodName(request.method()).toLatin1();
    AccessLog::write({request.remoteAddress(), method, AccessLog::safeTarget(request.url()),
                      static_cast<int>(response.statusCode()),
                      m_clock.isValid() ? m_clock.nsecsElapsed() / 1000 : 0, m_keyId});
}

Route makeRoute(QHttpServerRequest::Method method, const char* path, const char* operationId,
                const char* summary, const char* schema, Handler handler)
{
    Route r;
    r.method = method;
    r.path = QString::fromLatin1(path);
    r.operationId = QString::fromLatin1(operationId);
    r.summary = QString::fromLatin1(summary);
    r.schema = QString::fromLatin1(schema);
    r.handler = std::move(handler);
    return r;
}

} // namespace keydesk::server
