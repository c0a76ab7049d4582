// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Route.h"

namespace keydesk::server {

class Router;

// /reports/keys.csv: the key inventory of a site (core/KeyReport), for whoever may list its keys.
namespace ReportsHandler {
void addRoutes(Router& router);
Reply keysCsv(RequestContext& context);
} // namespace ReportsHandler

} // namespace keydesk::server
