// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Route.h"

#include <QElapsedTimer>
#include <QHttpServerResponse>
#include <QString>
#include <deque>

class QHttpServer;

namespace keydesk::server {

class ConnectionTracker;
struct ServerServices;

// The route table and its registration with QHttpServer: every route runs through dispatch()
// (authentication, parameter checks, the handler, error JSON), every response through
// finish() (common headers and the access log). Unknown paths get 404, known paths with
// another method 405, both as Files.com error JSON.
class Router {
public:
    static inline const QString kBasePath = QStringLiteral("/api/rest/v1");

    Router(ServerServices& services, const ConnectionTracker& tracker, qint64 maxBody);

    void add(Route route);
    void install(QHttpServer& server); // after the last add()
    const std::deque<Route>& routes() const { return m_routes; }

private:
    QHttpServerResponse dispatch(const Route& route, const QHttpServerRequest& request,
                                 const QString& argument);
    Reply run(const Route& route, RequestContext& context) const;
    QHttpServerResponse missing(const QHttpServerRequest& request) const;
    void finish(QHttpServerResponse& response, const QHttpServerRequest& request);
    static QString qtPattern(const Route& route);

    ServerServices& m_services;
    const ConnectionTracker& m_tracker;
    qint64 m_maxBody;
    std::deque<Route> m_routes; // stable addresses: the registered lambdas point into it
    QElapsedTimer m_clock;      // of the request being handled (one at a time: one thread)
    qint64 m_keyId = 0;
};

} // namespace keydesk::server
