// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportsHandler.h"

#include "HandlerSupport.h"
#include "KeyReport.h"
#include "LocalBackend.h"
#include "RequestContext.h"
#include "Router.h"

namespace keydesk::server {

void ReportsHandler::addRoutes(Router& router)
{
    Route r = makeRoute(QHttpServerRequest::Method::Get, "/reports/keys.csv", "getKeyReport",
                        "The site's key inventory as CSV (RFC 4180, UTF-8; metadata only)", "",
                        ReportsHandler::keysCsv);
    r.query = {siteIdField()};
    r.contentType = QStringLiteral("text/csv");
    router.add(r);
}

Reply ReportsHandler::keysCsv(RequestContext& context)
{
    KeyQuery query;
    query.siteId = context.siteId();
    query.now = context.now();
    KeyService& keys = context.backend().keys();
    const Principal& principal = context.principal();
    auto all =
        KeyReport::collect([&](const KeyQuery& q) { return keys.listKeys(principal, q); }, query);
    if (!all)
        return coreError(all.error());
    QHttpServerResponse response(QByteArrayLiteral("text/csv; charset=utf-8"),
                                 KeyReport::csv(*all, context.now()));
    response.setHeader(QByteArrayLiteral("Content-Disposition"),
                       QByteArrayLiteral("attachment; filename=\"keys.csv\""));
    return response;
}

} // namespace keydesk::server
