// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Store.h"

#include <QVariant>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace keydesk {

// The authentication hot path on SQLite: SqlStore::keyByDigest as one statement prepared once on
// the QtSql connection's own sqlite3 handle. QtSql's SQLite driver rebuilds the column metadata
// (three name lookups, a lower-cased type name and a QSqlField per column) and converts every
// text column to UTF-16 on each exec; for the 26 columns of this lookup that cost more than the
// whole raw lookup (bench_verify, DESIGN.md section 10).
class SqliteKeyLookup {
public:
    // `handle` is QSqlDriver::handle(). Null (and no error) when it is not a sqlite3* of the
    // SQLite library KeyDesk links, so the caller keeps the QtSql path.
    static Result<std::unique_ptr<SqliteKeyLookup>> create(const QVariant& handle,
                                                           const QString& driverSqliteVersion);
    ~SqliteKeyLookup();
    SqliteKeyLookup(const SqliteKeyLookup&) = delete;
    SqliteKeyLookup& operator=(const SqliteKeyLookup&) = delete;

    Result<std::optional<KeyWithOwner>> find(const QByteArray& digest);

private:
    SqliteKeyLookup(sqlite3* db, sqlite3_stmt* statement);

    sqlite3* m_db;
    sqlite3_stmt* m_statement;
};

} // namespace keydesk
