// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKey.h"

#include "ErrorResponse.h"
#include "JsonInput.h"
#include "Principal.h"
#include "Route.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QUrlQuery>
#include <optional>

namespace keydesk {
class LocalBackend;
}

namespace keydesk::server {

class RateLimiter;
class SiteResolver;

// What every handler works with, shared by all requests.
struct ServerServices {
    LocalBackend& backend;
    SiteResolver& sites;
    RateLimiter& limiter;
};

// One request on its way through a route: authentication (Host -> site, X-FilesAPI-Key ->
// principal, the rate limit on failures), and its parameters checked against the route.
class RequestContext {
public:
    RequestContext(ServerServices& services, const QHttpServerRequest& request, const Route& route,
                   QString pathArgument);

    // In this order, each only after the previous succeeded.
    std::expected<void, ApiError> authenticate();
    std::expected<void, ApiError> checkQuery() const;
    std::expected<void, ApiError> parseBody();

    LocalBackend& backend() { return m_services.backend; }
    ServerServices& services() { return m_services; }
    const QHttpServerRequest& request() const { return m_request; }
    const Principal& principal() const { return *m_principal; }
    bool isAuthenticated() const { return m_principal.has_value(); }
    // The calling key's metadata as authentication read it (GET /api_key answers from it).
    const ApiKey& callingKey() const { return m_callingKey; }
    const JsonInput& body() const { return *m_body; }
    const QUrlQuery& query() const { return m_query; }
    std::optional<qint64> queryInteger(const QString& name) const;
    QDateTime now() const { return m_now; }

    // The {id} of the path; an id that cannot exist is "not found" like an unknown one.
    std::expected<qint64, ApiError> pathId(const QString& notFoundType, const QString& what) const;
    // E3: site_id from the query (GET, DELETE) or the body (POST, PATCH), else the caller's site.
    qint64 siteId() const;

private:
    std::expected<void, ApiError> checkKeyPermission(const Principal& principal) const;

    ServerServices& m_services;
    const QHttpServerRequest& m_request;
    const Route& m_route;
    QString m_pathArgument;
    QUrlQuery m_query;
    QDateTime m_now;
    std::optional<Principal> m_principal;
    ApiKey m_callingKey;
    std::optional<JsonInput> m_body;
};

} // namespace keydesk::server
