// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Route.h"

namespace keydesk::server {

class Router;

// POST /api_keys/bulk_disable and /api_keys/bulk_revoke (issue 6): many keys in one
// transaction, all or nothing (KeyService::bulkChange).
namespace BulkHandler {
void addRoutes(Router& router);

Reply bulkDisable(RequestContext& context);
Reply bulkRevoke(RequestContext& context);
} // namespace BulkHandler

} // namespace keydesk::server
