// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Route.h"

namespace keydesk::server {

class Router;

// /api_keys, /api_keys/{id}, their disable/enable extensions, and /api_key (the calling key).
namespace ApiKeysHandler {
void addRoutes(Router& router);

Reply list(RequestContext& context);
Reply show(RequestContext& context);
Reply create(RequestContext& context);
Reply update(RequestContext& context);
Reply revoke(RequestContext& context);
Reply disable(RequestContext& context);
Reply enable(RequestContext& context);
Reply rotate(RequestContext& context);
Reply current(RequestContext& context);
Reply updateCurrent(RequestContext& context);
Reply revokeCurrent(RequestContext& context);
} // namespace ApiKeysHandler

} // namespace keydesk::server
