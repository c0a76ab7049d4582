// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Route.h"

namespace keydesk::server {

class Router;

// GET /site/policy_violations (issue 6): keys breaking the site's key policy, site admins only.
namespace PolicyHandler {
void addRoutes(Router& router);

Reply violations(RequestContext& context);
} // namespace PolicyHandler

} // namespace keydesk::server
