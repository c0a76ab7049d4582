// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteKeyLookup.h"

#include "Logging.h"
#include "SqlRows.h"

#include <sqlite3.h>

namespace keydesk {

using namespace SqlRows;

namespace {
struct SqliteRow {
    sqlite3_stmt* s;
    qint64 integer(int i) const { return sqlite3_column_int64(s, i); }
    QString text(int i) const
    {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s, i));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(s, i)) : QString();
    }
    QByteArray bytes(int i) const
    {
        return QByteArray(static_cast<const char*>(sqlite3_column_blob(s, i)),
                          sqlite3_column_bytes(s, i));
    }
    bool isNull(int i) const { return sqlite3_column_type(s, i) == SQLITE_NULL; }
};

Error storeError(sqlite3* db, const char* what)
{
    qCWarning(lcStore) << what << "failed:" << sqlite3_errmsg(db); // never the bound digest
    return makeError(ErrorCode::StoreFailure,
                     translatable(QT_TRANSLATE_NOOP("keydesk::Error", "The store failed (%1)"),
                                  QString::fromUtf8(sqlite3_errmsg(db))),
                     QStringLiteral("internal-server-error"));
}
} // namespace

SqliteKeyLookup::SqliteKeyLookup(sqlite3* db, sqlite3_stmt* statement)
    : m_db(db)
    , m_statement(statement)
{}

SqliteKeyLookup::~SqliteKeyLookup()
{
    sqlite3_finalize(m_statement); // before QtSql closes the connection
}

Result<std::unique_ptr<SqliteKeyLookup>> SqliteKeyLookup::create(const QVariant& handle,
                                                                 const QString& driverSqliteVersion)
{
    // The handle is only usable by the same SQLite library (Debian's Qt uses the system one;
    // a Qt built with its bundled SQLite reports its own version here, or may differ silently).
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0 ||
        driverSqliteVersion != QLatin1String(sqlite3_libversion()))
        return std::unique_ptr<SqliteKeyLookup>();
    sqlite3* db = *static_cast<sqlite3* const*>(handle.constData());
    if (!db)
        return std::unique_ptr<SqliteKeyLookup>();
    const QByteArray sql = QByteArrayLiteral("SELECT ") + kKeyColumns + ", " + kOwnerColumns +
                           " FROM api_keys k JOIN sites s ON s.id = k.site_id LEFT JOIN users u ON "
                           "u.id = k.user_id WHERE k.key_digest = ?";
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(db, sql.constData(), -1, SQLITE_PREPARE_PERSISTENT, &statement,
                           nullptr) != SQLITE_OK)
        return std::unexpected(storeError(db, "prepare key lookup"));
    return std::unique_ptr<SqliteKeyLookup>(new SqliteKeyLookup(db, statement));
}

Result<std::optional<KeyWithOwner>> SqliteKeyLookup::find(const QByteArray& digest)
{
    sqlite3_bind_blob(m_statement, 1, digest.constData(), static_cast<int>(digest.size()),
                      SQLITE_STATIC);
    const int rc = sqlite3_step(m_statement);
    std::optional<KeyWithOwner> found;
    if (rc == SQLITE_ROW) {
        const SqliteRow row{m_statement};
        found = KeyWithOwner{readKeyRow(row), std::nullopt};
        if (!row.isNull(keyColumnCount()))
            found->owner = readUserRow(row, keyColumnCount());
    }
    std::optional<Error> error;
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        error = storeError(m_db, "key lookup");
    // Reset ends the read transaction at once (no lingering snapshot that blocks checkpoints).
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (error)
        return std::unexpected(*error);
    return found;
}

} // namespace keydesk
