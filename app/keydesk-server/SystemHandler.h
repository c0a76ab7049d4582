// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Route.h"

#include <QByteArray>

namespace keydesk::server {

class Router;

// Unauthenticated endpoints: /health and /openapi.json.
namespace SystemHandler {
// `openApi` is filled in once every route is known (it describes them all, itself included).
void addRoutes(Router& router, const QByteArray& openApi);
Reply health(RequestContext& context);
} // namespace SystemHandler

} // namespace keydesk::server
