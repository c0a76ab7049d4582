// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Route.h"

namespace keydesk::server {

class Router;

// /site (settings) and the child-site extension /child_sites (E3).
namespace SiteHandler {
void addRoutes(Router& router);

Reply show(RequestContext& context);
Reply update(RequestContext& context);
Reply children(RequestContext& context);
Reply createChild(RequestContext& context);
} // namespace SiteHandler

} // namespace keydesk::server
