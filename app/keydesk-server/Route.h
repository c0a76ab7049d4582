// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ErrorResponse.h"
#include "JsonInput.h"

#include <QHttpServerRequest>
#include <QList>
#include <QString>
#include <functional>

namespace keydesk::server {

class RequestContext;

using Handler = std::function<Reply(RequestContext&)>;

// One endpoint: what the router registers with QHttpServer, what RequestContext validates
// against, and what the OpenAPI document lists. Paths are below /api/rest/v1; "{id}" is the one
// kind of path parameter.
struct Route {
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Get;
    QString path;
    QString operationId;
    QString summary;
    QList<Field> query; // GET and DELETE parameters
    QList<Field> body;  // POST and PATCH JSON fields
    int status = 200;   // on success
    QString schema;     // response schema (components/schemas), empty for none
    bool array = false; // the response is an array of `schema`
    bool authenticated = true;
    bool ownQueryCheck = false; // the handler parses the query itself (list endpoints)
    QString contentType = QStringLiteral("application/json"); // of the success response
    Handler handler;

    bool hasId() const { return path.contains(QLatin1String("{id}")); }
    bool takesBody() const
    {
        return method == QHttpServerRequest::Method::Post ||
               method == QHttpServerRequest::Method::Patch;
    }
};

QString methodName(QHttpServerRequest::Method method); // "GET", "PATCH", ...

// The common shape of a route; callers add query/body fields and flags.
Route makeRoute(QHttpServerRequest::Method method, const char* path, const char* operationId,
                const char* summary, const char* schema, Handler handler);

} // namespace keydesk::server
