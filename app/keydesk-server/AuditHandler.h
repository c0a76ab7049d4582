// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Route.h"

namespace keydesk::server {

class Router;

// /audit_events (E2): newest first, scoped by the caller's role, cursor-paged.
namespace AuditHandler {
void addRoutes(Router& router);
Reply list(RequestContext& context);
} // namespace AuditHandler

} // namespace keydesk::server
