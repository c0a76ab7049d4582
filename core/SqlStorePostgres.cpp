// SPDX-License-Identifier: GPL-3.0-or-later
// SqlStore on PostgreSQL: opening, the store's schema, advisory locks, and surviving outages.
#include "Logging.h"
#include "SqlMigrations.h"
#include "SqlStore.h"
#include "StoreUrl.h"

#include <QStringList>
#include <QUuid>

namespace keydesk {

namespace {
// Advisory lock classes (the first key of pg_advisory_xact_lock(int, int)); the second key is a
// hash of the schema, so stores in other schemas of one database never wait for each other.
constexpr int kWriterLock = 0x4B440001;
constexpr int kMigrationLock = 0x4B440002;

QString connectOptions(const QString& schema)
{
    // Connects give up after seconds and dead peers are noticed, so that a call during an
    // outage fails soon instead of hanging a server thread.
    QStringList options{
        QStringLiteral("connect_timeout=5"), QStringLiteral("application_name=keydesk"),
        QStringLiteral("keepalives_idle=30"), QStringLiteral("keepalives_interval=10"),
        QStringLiteral("keepalives_count=3")};
    // Server NOTICEs (DROP ... CASCADE) would go to stderr through libpq's default processor.
    QString server = QStringLiteral("-c client_min_messages=warning");
    if (!schema.isEmpty()) // StoreUrl allows [a-z0-9_] only: nothing to quote
        server += QStringLiteral(" -c search_path=") + schema;
    options << QStringLiteral("options='%1'").arg(server);
    return options.join(QLatin1Char(';'));
}

QSqlDatabase postgresConnection(const StoreUrl& url, const QString& password)
{
    const QString name =
        QStringLiteral("keydesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.url.host());
    db.setPort(url.url.port(5432));
    db.setDatabaseName(url.postgresDatabase());
    db.setUserName(url.url.userName());
    if (!password.isEmpty()) // else libpq reads PGPASSWORD or ~/.pgpass itself
        db.setPassword(password);
    db.setConnectOptions(connectOptions(url.postgresSchema()));
    return db;
}
} // namespace

Result<std::unique_ptr<SqlStore>> SqlStore::openPostgres(const StoreUrl& given, OpenMode mode,
                                                         const QString& password)
{
    // Parsed again so a hand-made StoreUrl meets the same rules (schema name, no password).
    auto url = StoreUrl::parse(given.url.toString());
    if (!url)
        return std::unexpected(url.error());
    if (url->kind != StoreUrl::Kind::PostgreSQL)
        return fail(ErrorCode::InvalidInput,
                    translatable(QT_TRANSLATE_NOOP("keydesk::Error", "Not a PostgreSQL store URL")),
                    QStringLiteral("bad-request/invalid-store-url"));
    std::unique_ptr<SqlStore> store;
    { // the local handle must be gone before the store could be destroyed (removeDatabase)
        store.reset(new SqlStore(postgresConnection(*url, password), SqlDialect::PostgreSQL));
    }
    store->m_schema = url->postgresSchema();
    if (!store->m_db.isValid())
        return fail(ErrorCode::Unsupported,
                    translatable(QT_TRANSLATE_NOOP(
                        "keydesk::Error", "Qt's PostgreSQL driver QPSQL is not installed (Debian: "
                                          "libqt6sql6-psql)")));
    if (!store->m_db.open())
        return std::unexpected(store->unavailable(primaryMessage(store->m_db.lastError())));
    if (auto r = store->checkPostgresStore(mode, url->toString()); !r)
        return std::unexpected(r.error());
    if (auto r = SqlMigrations::migrate(*store); !r)
        return std::unexpected(r.error());
    return store;
}

// MustExist: the schema holds a KeyDesk store. Create: the schema exists (created if missing,
// under the migration lock, so that two processes creating it at once both succeed).
Result<void> SqlStore::checkPostgresStore(OpenMode mode, const QString& where)
{
    if (mode == OpenMode::MustExist) {
        auto q = exec(QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL"));
        if (!q)
            return std::unexpected(q.error());
        if (q->next() && q->value(0).toBool())
            return {};
        return fail(ErrorCode::NotFound,
                    translatable(QT_TRANSLATE_NOOP(
                                     "keydesk::Error",
                                     "No KeyDesk store at %1 (create one with keydeskctl init)"),
                                 where));
    }
    if (m_schema.isEmpty())
        return {};
    StoreTransaction tx(*this);
    if (auto r = tx.begin(); !r)
        return r;
    if (auto r = lockTransaction(TransactionLock::Migration); !r)
        return r;
    bool exists = false;
    {
        auto q =
            exec(QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = '%1'").arg(m_schema));
        if (!q)
            return std::unexpected(q.error());
        exists = q->next();
    }
    if (!exists) {
        if (auto created = exec(QStringLiteral("CREATE SCHEMA ") + m_schema); !created)
            return std::unexpected(created.error());
        qCInfo(lcStore) << "created schema" << m_schema;
    }
    return tx.commit();
}

Result<void> SqlStore::lockTransaction(TransactionLock lock)
{
    if (m_dialect != SqlDialect::PostgreSQL)
        return {};
    const int kind = lock == TransactionLock::Writer ? kWriterLock : kMigrationLock;
    const QString schema = m_schema.isEmpty() ? QStringLiteral("public") : m_schema;
    auto q = exec(
        QStringLiteral("SELECT pg_advisory_xact_lock(%1, hashtext('%2'))").arg(kind).arg(schema));
    if (!q)
        return std::unexpected(q.error());
    return {};
}

// QPSQL's isOpen() is libpq's PQstatus(): false once the server closed the connection.
bool SqlStore::connectionLost() const
{
    return m_dialect == SqlDialect::PostgreSQL && (m_connectionBroken || !m_db.isOpen());
}

Error SqlStore::unavailable(const QString& detail) const
{
    qCWarning(lcStore) << "the store is unavailable:" << detail;
    return makeError(
        ErrorCode::StoreFailure,
        translatable(QT_TRANSLATE_NOOP("keydesk::Error", "The store is unavailable (%1)"),
                     detail.isEmpty() ? QStringLiteral("no connection to PostgreSQL")
                                      : detail.trimmed()),
        QStringLiteral("service-unavailable/store-unavailable"));
}

// At the start of each call: reopen a lost connection, once. Never inside a transaction: its
// earlier statements died with the old connection, so the transaction fails as a whole.
Result<void> SqlStore::ensureConnected(bool& reopened)
{
    if (!connectionLost())
        return {};
    if (m_inTransaction)
        return std::unexpected(unavailable(QStringLiteral("the connection was lost")));
    reopened = true;
    return reopen();
}

bool SqlStore::retryAfterLostConnection(bool reopened, bool repeatable)
{
    if (reopened || !repeatable || m_inTransaction || !connectionLost())
        return false;
    return reopen().has_value();
}

Result<void> SqlStore::reopen()
{
    m_byDigest.reset(); // its server-side prepared statement died with the old connection
    m_db.close();
    m_connectionBroken = false;
    if (!m_db.open())
        return std::unexpected(unavailable(primaryMessage(m_db.lastError())));
    qCInfo(lcStore) << "reconnected to PostgreSQL";
    return {};
}

} // namespace keydesk
