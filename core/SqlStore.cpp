// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlStore.h"

#include "Logging.h"
#include "SqlMigrations.h"
#include "SqliteKeyLookup.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

namespace keydesk {

namespace {
bool isUniqueViolation(const QSqlError& error)
{
    return error.nativeErrorCode() == QLatin1String("23505") || // PostgreSQL
           error.nativeErrorCode() == QLatin1String("2067") ||  // SQLITE_CONSTRAINT_UNIQUE
           error.nativeErrorCode() == QLatin1String("1555") ||  // SQLITE_CONSTRAINT_PRIMARYKEY
           error.databaseText().contains(QLatin1String("UNIQUE constraint failed"));
}

// PostgreSQL connection exceptions (class 08) and the server shutting down or starting up.
bool isConnectionState(const QString& sqlState)
{
    return sqlState.startsWith(QLatin1String("08")) || sqlState == QLatin1String("57P01") ||
           sqlState == QLatin1String("57P02") || sqlState == QLatin1String("57P03");
}
} // namespace

QString SqlStore::primaryMessage(const QSqlError& error)
{
    QString text = error.databaseText().section(QLatin1Char('\n'), 0, 0).trimmed();
    if (text.startsWith(QLatin1String("ERROR:")) || text.startsWith(QLatin1String("FATAL:")))
        text = text.mid(6).trimmed();
    return text.isEmpty() ? error.driverText() : text;
}

SqlStore::SqlStore(const QSqlDatabase& db, SqlDialect dialect)
    : m_db(db)
    , m_dialect(dialect)
    , m_connectionName(m_db.connectionName())
{}

SqlStore::~SqlStore()
{
    if (m_inTransaction)
        rollback();
    m_byDigest.reset();
    m_sqliteByDigest.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<SqlStore>> SqlStore::openSqlite(const QString& path, OpenMode mode)
{
    const QFileInfo info(path);
    if (mode == OpenMode::MustExist && !info.exists())
        return fail(ErrorCode::NotFound,
                    translatable(QT_TRANSLATE_NOOP(
                                     "keydesk::Error",
                                     "No KeyDesk store at %1 (create one with keydeskctl init)"),
                                 path));
    if (mode == OpenMode::Create && !QDir().mkpath(info.absolutePath()))
        return fail(
            ErrorCode::StoreFailure,
            translatable(QT_TRANSLATE_NOOP("keydesk::Error", "Cannot create the directory %1"),
                         info.absolutePath()));
    std::unique_ptr<SqlStore> store;
    { // the local handle must be gone before the store could be destroyed (removeDatabase)
        const QString name =
            QStringLiteral("keydesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        store.reset(new SqlStore(db, SqlDialect::SQLite));
    }
    if (!store->m_db.open())
        return fail(
            ErrorCode::StoreFailure,
            translatable(QT_TRANSLATE_NOOP("keydesk::Error", "Cannot open the store %1: %2"), path,
                         store->m_db.lastError().text()));
    if (auto r = store->configureSqlite(); !r)
        return std::unexpected(r.error());
    if (auto r = SqlMigrations::migrate(*store); !r)
        return std::unexpected(r.error());
    return store;
}

Result<void> SqlStore::configureSqlite()
{
    // File mode: the store holds digests and sealed secrets, so only its owner reads it.
    QFile::setPermissions(m_db.databaseName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                               "PRAGMA synchronous = NORMAL", "PRAGMA secure_delete = ON"}) {
        if (auto r = exec(QString::fromLatin1(pragma)); !r)
            return std::unexpected(r.error());
    }
    return {};
}

Result<int> SqlStore::schemaVersion()
{
    auto q = exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toInt() : 0;
}

Error SqlStore::queryError(const QSqlQuery& query, const QString& what)
{
    const QSqlError error = query.lastError();
    // PostgreSQL's DETAIL lines quote row values (digests, sealed secrets): its primary message
    // only. Bound values are never logged either.
    const QString reason =
        m_dialect == SqlDialect::PostgreSQL ? primaryMessage(error) : error.text();
    if (m_dialect == SqlDialect::PostgreSQL &&
        (connectionLost() || error.type() == QSqlError::ConnectionError ||
         isConnectionState(error.nativeErrorCode()))) {
        // "terminating connection due to administrator command" arrives while libpq still
        // reports the connection as good: note it, so the connection is reopened.
        m_connectionBroken = true;
        return unavailable(reason);
    }
    qCWarning(lcStore) << what << "failed:" << reason;
    if (isUniqueViolation(error))
        return makeError(
            ErrorCode::Conflict,
            translatable(QT_TRANSLATE_NOOP("keydesk::Error", "That value is already taken")),
            QStringLiteral("bad-request/duplicate"));
    return makeError(ErrorCode::StoreFailure,
                     translatable(QT_TRANSLATE_NOOP("keydesk::Error", "The store failed (%1)"),
                                  reason.trimmed()),
                     QStringLiteral("internal-server-error"));
}

Result<QSqlQuery> SqlStore::exec(const QString& sql, const QVariantList& values)
{
    bool reopened = false;
    if (auto r = ensureConnected(reopened); !r)
        return std::unexpected(r.error());
    auto q = run(sql, values);
    // A read, or a BEGIN, that found the connection dead (the server restarted since the last
    // call) is safe to repeat once on a new connection; a write's outcome is unknown: it fails.
    const bool repeatable =
        sql.startsWith(QLatin1String("SELECT ")) || sql == QLatin1String("BEGIN");
    if (!q && retryAfterLostConnection(reopened, repeatable))
        q = run(sql, values);
    return q;
}

Result<QSqlQuery> SqlStore::run(const QString& sql, const QVariantList& values)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (m_dialect == SqlDialect::PostgreSQL && values.isEmpty()) {
        // Unprepared: PostgreSQL cannot PREPARE DDL, BEGIN or SET.
        if (!q.exec(sql))
            return std::unexpected(queryError(q, QStringLiteral("query")));
        return q;
    }
    for (const QVariant& v : values) {
        // QPSQL sends values inside the statement text, which a NUL would cut short; no text
        // KeyDesk stores can contain one.
        if (m_dialect == SqlDialect::PostgreSQL && v.typeId() == QMetaType::QString &&
            v.toString().contains(QChar(0)))
            return fail(
                ErrorCode::InvalidInput,
                translatable(QT_TRANSLATE_NOOP("keydesk::Error", "Text must not contain NUL")),
                QStringLiteral("bad-request/invalid-input"));
    }
    if (!q.prepare(sql))
        return std::unexpected(queryError(q, QStringLiteral("prepare")));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return std::unexpected(queryError(q, QStringLiteral("query")));
    return q;
}

Result<qint64> SqlStore::insertReturningId(const QString& sql, const QVariantList& values)
{
    auto q = exec(sql + QStringLiteral(" RETURNING id"), values);
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::StoreFailure,
                    translatable(QT_TRANSLATE_NOOP("keydesk::Error", "The store returned no id")));
    return q->value(0).toLongLong();
}

QString SqlStore::likeOperator() const
{
    return m_dialect == SqlDialect::PostgreSQL ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
}

QString SqlStore::bytewise(const QString& column) const
{
    return m_dialect == SqlDialect::PostgreSQL ? column + QStringLiteral(" COLLATE \"C\"") : column;
}

Result<void> SqlStore::begin()
{
    // IMMEDIATE takes SQLite's write lock up front, so two writers queue instead of one failing
    // on lock upgrade. PostgreSQL's plain BEGIN (READ COMMITTED) plus the store's writer lock
    // does the same: services read, check and write in one transaction, and two processes
    // doing that at once would otherwise lose an update (a rename re-enabling a key just
    // disabled). Readers never wait.
    const QString sql = m_dialect == SqlDialect::SQLite ? QStringLiteral("BEGIN IMMEDIATE")
                                                        : QStringLiteral("BEGIN");
    auto r = exec(sql);
    if (!r)
        return std::unexpected(r.error());
    m_inTransaction = true;
    if (auto locked = lockTransaction(TransactionLock::Writer); !locked) {
        rollback();
        return locked;
    }
    return {};
}

Result<void> SqlStore::commit()
{
    auto r = exec(QStringLiteral("COMMIT"));
    if (!r)
        return std::unexpected(r.error());
    m_inTransaction = false;
    return {};
}

void SqlStore::rollback()
{
    // A lost connection took its transaction with it; a later call reconnects.
    if (!connectionLost() && !exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcStore) << "rollback failed";
    m_inTransaction = false;
}

Result<std::optional<QString>> SqlStore::meta(const QString& name)
{
    auto q = exec(QStringLiteral("SELECT value FROM meta WHERE name = ?"), {name});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<QString>{};
    return std::optional<QString>{q->value(0).toString()};
}

Result<void> SqlStore::setMeta(const QString& name, const QString& value)
{
    auto q = exec(QStringLiteral("INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT (name) "
                                 "DO UPDATE SET value = excluded.value"),
                  {name, value});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

} // namespace keydesk
