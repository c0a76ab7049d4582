// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyHandler.h"

#include "HandlerSupport.h"
#include "JsonFormat.h"
#include "LocalBackend.h"
#include "RequestContext.h"
#include "Router.h"

namespace keydesk::server {

void PolicyHandler::addRoutes(Router& router)
{
    Route r = makeRoute(QHttpServerRequest::Method::Get, "/site/policy_violations",
                        "listPolicyViolations",
                        "Keys that break the site's key policy, for the admin to fix (read-only)",
                        "PolicyViolation", PolicyHandler::violations);
    r.query = {siteIdField()};
    r.array = true;
    router.add(r);
}

Reply PolicyHandler::violations(RequestContext& context)
{
    auto site = context.backend().admin().site(context.principal(), context.siteId());
    if (!site)
        return coreError(site.error());
    auto found = context.backend().admin().policyViolations(context.principal(), site->id);
    if (!found)
        return coreError(found.error());
    QJsonArray array;
    for (const PolicyViolation& v : std::as_const(*found))
        array.append(
            QJsonObject{{QStringLiteral("violation"), nameOf(v.kind)},
                        {QStringLiteral("explanation"), v.explanation(site->settings)},
                        {QStringLiteral("api_key"), JsonFormat::key(v.key, context.now())}});
    return jsonResponse(array);
}

} // namespace keydesk::server
