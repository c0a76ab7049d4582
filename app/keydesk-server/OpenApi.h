// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Route.h"

#include <QJsonObject>
#include <deque>

namespace keydesk::server::OpenApi {

// The OpenAPI 3.0 document of exactly the routes given: paths, methods, parameters and body
// fields come from the route table the server registers; the object schemas from the resource
// :/keydesk-server/openapi-components.json.
QJsonObject document(const std::deque<Route>& routes, const QString& version);

} // namespace keydesk::server::OpenApi
