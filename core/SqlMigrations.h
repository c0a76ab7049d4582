// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

namespace keydesk {

class SqlStore;

// Versioned schema migrations, each applied in its own transaction and recorded in
// schema_migrations. The same list serves SQLite and PostgreSQL through type placeholders.
namespace SqlMigrations {
int latestVersion();
Result<void> migrate(SqlStore& store);
} // namespace SqlMigrations

} // namespace keydesk
