// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkHandler.h"

#include "HandlerSupport.h"
#include "LocalBackend.h"
#include "RequestContext.h"
#include "Router.h"

namespace keydesk::server {

namespace {
constexpr qsizetype kMaxIds = 10000;

QList<Field> bulkFields()
{
    return {Field{QStringLiteral("ids"), FieldType::IntegerList,
                  QStringLiteral("The keys, up to 10000 ids")},
            Field{QStringLiteral("user_id"), FieldType::Integer,
                  QStringLiteral("Every key of this user (0 = the caller); may be combined "
                                 "with ids")}};
}

void addBulkRoute(Router& router, const char* path, const char* id, const char* summary,
                  Handler handler)
{
    Route r = makeRoute(QHttpServerRequest::Method::Post, path, id, summary, "BulkResult",
                        std::move(handler));
    r.body = bulkFields();
    router.add(r);
}

std::expected<KeySelection, ApiError> selectionOf(const RequestContext& context)
{
    const JsonInput& in = context.body();
    KeySelection selection;
    selection.ids = in.integers(QStringLiteral("ids"));
    if (selection.ids.size() > kMaxIds)
        return std::unexpected(invalidBody(QStringLiteral("ids takes at most 10000 keys")));
    if (const auto user = in.integer(QStringLiteral("user_id"))) {
        if (*user == 0 && !context.principal().userId)
            return std::unexpected(ErrorResponse::make(
                400, QStringLiteral("bad-request/user-id-invalid"),
                QStringLiteral("user_id 0 means your own user, but a site-wide key has none")));
        selection.userId = *user == 0 ? *context.principal().userId : *user;
    }
    if (selection.isEmpty())
        return std::unexpected(invalidBody(QStringLiteral("Give ids, user_id or both")));
    return selection;
}

Reply bulk(RequestContext& context, BulkAction action)
{
    auto selection = selectionOf(context);
    if (!selection)
        return std::unexpected(selection.error());
    auto result = context.backend().keys().bulkChange(context.principal(), action, *selection);
    if (!result)
        return coreError(result.error());
    return jsonResponse(toJson(*result));
}
} // namespace

void BulkHandler::addRoutes(Router& router)
{
    addBulkRoute(router, "/api_keys/bulk_disable", "bulkDisableApiKeys",
                 "Disable many keys in one transaction; all or nothing", BulkHandler::bulkDisable);
    addBulkRoute(router, "/api_keys/bulk_revoke", "bulkRevokeApiKeys",
                 "Revoke many keys in one transaction; all or nothing", BulkHandler::bulkRevoke);
}

Reply BulkHandler::bulkDisable(RequestContext& context)
{
    return bulk(context, BulkAction::Disable);
}

Reply BulkHandler::bulkRevoke(RequestContext& context)
{
    return bulk(context, BulkAction::Revoke);
}

} // namespace keydesk::server
