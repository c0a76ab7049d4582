// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditHandler.h"

#include "HandlerSupport.h"
#include "JsonFormat.h"
#include "LocalBackend.h"
#include "QueryParams.h"
#include "RequestContext.h"
#include "Router.h"

namespace keydesk::server {

void AuditHandler::addRoutes(Router& router)
{
    Route r;
    r.method = QHttpServerRequest::Method::Get;
    r.path = QStringLiteral("/audit_events");
    r.operationId = QStringLiteral("listAuditEvents");
    r.summary = QStringLiteral("Audit events visible to the caller, newest first (E2)");
    r.query = {siteIdField(),
               Field{QStringLiteral("api_key_id"), FieldType::Integer,
                     QStringLiteral("Only events about this key")},
               Field{QStringLiteral("actor_user_id"), FieldType::Integer,
                     QStringLiteral("Only events by this user")},
               Field{QStringLiteral("action"), FieldType::String,
                     QStringLiteral("Only this action, e.g. key.revoke")},
               Field{QStringLiteral("start_at"), FieldType::DateTime,
                     QStringLiteral("Only events at or after this time")},
               Field{QStringLiteral("end_at"), FieldType::DateTime,
                     QStringLiteral("Only events before this time")},
               Field{QStringLiteral("per_page"), FieldType::Integer,
                     QStringLiteral("Page size, 1-10000 (default 1000)")},
               Field{QStringLiteral("cursor"), FieldType::String,
                     QStringLiteral("From X-Files-Cursor of the previous page")}};
    r.ownQueryCheck = true;
    r.schema = QStringLiteral("AuditEvent");
    r.array = true;
    r.handler = AuditHandler::list;
    router.add(r);
}

Reply AuditHandler::list(RequestContext& context)
{
    auto query = QueryParams::auditQuery(context.query());
    if (!query)
        return coreError(query.error());
    auto page = context.backend().keys().listAudit(context.principal(), *query);
    if (!page)
        return coreError(page.error());
    QJsonArray events;
    for (const AuditEvent& e : page->events)
        events.append(JsonFormat::auditEvent(e));
    QHttpServerResponse response = jsonResponse(events);
    if (!page->nextCursor.isEmpty()) {
        response.setHeader(QByteArrayLiteral("X-Files-Cursor"), page->nextCursor.toLatin1());
        response.setHeader(QByteArrayLiteral("X-Files-Cursor-Next"), page->nextCursor.toLatin1());
    }
    return response;
}

} // namespace keydesk::server
