// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Route.h"

namespace keydesk::server {

class Router;

// /users and /users/{id}.
namespace UsersHandler {
void addRoutes(Router& router);

Reply list(RequestContext& context);
Reply create(RequestContext& context);
Reply show(RequestContext& context);
Reply update(RequestContext& context);
} // namespace UsersHandler

} // namespace keydesk::server
