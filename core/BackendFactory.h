// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "StoreUrl.h"

#include <memory>

namespace keydesk {

// The one place a front end turns a store URL into a Backend: LocalBackend for sqlite: and
// postgresql://, RestBackend for https:// (and http:// to loopback). Creating a store
// (`init`, the first-run wizard) stays with LocalBackend::initialize: a server is initialised
// on its own machine. `postgresPassword`: a PostgreSQL profile's password from the keychain;
// empty, libpq's own sources (PGPASSWORD, ~/.pgpass).
Result<std::unique_ptr<Backend>> openBackend(const StoreUrl& url,
                                             const QString& postgresPassword = {});

// True when `error` means the connection to a remote store is lost (no answer, or the server
// cannot reach its database) rather than a refusal; front ends say so and keep the user's input.
bool isConnectionProblem(const Error& error);

} // namespace keydesk
