// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>
#include <memory>

namespace keydesk {

class SqliteKeyLookup;
struct StoreUrl;

enum class SqlDialect { SQLite, PostgreSQL };

// The Store over QtSql. One connection per instance, used from the thread that opened it.
// On PostgreSQL a lost connection fails the call with a "store unavailable" error
// (service-unavailable/store-unavailable) and is reopened by a later call, outside a
// transaction: a long-running process recovers without a restart when the server is back.
class SqlStore final : public Store {
public:
    enum class OpenMode { MustExist, Create };
    // Advisory locks of a PostgreSQL transaction (SQLite's BEGIN IMMEDIATE already serialises).
    enum class TransactionLock { Writer, Migration };

    static Result<std::unique_ptr<SqlStore>> openSqlite(const QString& path, OpenMode mode);
    // `password` when given (the console's keychain), else libpq's own sources (PGPASSWORD,
    // ~/.pgpass). Never part of the URL, never logged.
    static Result<std::unique_ptr<SqlStore>> openPostgres(const StoreUrl& url, OpenMode mode,
                                                          const QString& password = {});
    ~SqlStore() override;

    SqlDialect dialect() const { return m_dialect; }
    QString schema() const { return m_schema; } // PostgreSQL ?schema=, else empty
    Result<int> schemaVersion();
    // PostgreSQL: takes a transaction-scoped advisory lock (pg_advisory_xact_lock) of this
    // store's schema; a no-op on SQLite.
    Result<void> lockTransaction(TransactionLock lock);

    Result<void> begin() override;
    Result<void> commit() override;
    void rollback() override;

    Result<std::optional<QString>> meta(const QString& name) override;
    Result<void> setMeta(const QString& name, const QString& value) override;

    Result<qint64> insertSite(const Site& site) override;
    Result<std::optional<Site>> site(qint64 id) override;
    Result<std::optional<Site>> siteBySubdomain(const QString& subdomain) override;
    Result<QList<Site>> childSites(qint64 parentId) override;
    Result<void> updateSiteSettings(qint64 id, const SiteSettings& settings) override;

    Result<qint64> insertUser(const User& user) override;
    Result<std::optional<User>> user(qint64 id) override;
    Result<std::optional<User>> userByName(qint64 siteId, const QString& username) override;
    Result<QList<User>> users(qint64 siteId) override;
    Result<void> setUserDisabled(qint64 id, bool disabled) override;

    Result<qint64> insertKey(const ApiKey& key) override;
    Result<std::optional<ApiKey>> key(qint64 id) override;
    Result<std::optional<KeyWithOwner>> keyByDigest(const QByteArray& digest) override;
    Result<std::optional<ApiKey>> keyByAccessKeyId(const QString& accessKeyId) override;
    Result<void> updateKey(const ApiKey& key) override;
    Result<void> deleteKey(qint64 id) override;
    Result<KeyPage> listKeys(const KeyQuery& query) override;
    Result<bool> touchLastUse(qint64 keyId, const QDateTime& at, qint64 coalesceMs) override;
    Result<QList<ApiKey>> listS3Keys() override;
    Result<void> updateS3Secret(qint64 keyId, const QByteArray& sealed,
                                const QString& kekId) override;

    Result<qint64> insertAudit(const AuditEvent& event) override;
    Result<AuditPage> listAudit(const AuditQuery& query) override;

    // For the migration runner and the sibling SqlStore*.cpp files.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {});
    Result<qint64> insertReturningId(const QString& sql, const QVariantList& values);
    Error queryError(const QSqlQuery& query, const QString& what); // notes a lost connection
    // The first line of a driver message: PostgreSQL's DETAIL lines may quote row values.
    static QString primaryMessage(const QSqlError& error);
    QString likeOperator() const;
    // The dialect's name order: byte-wise on both (COLLATE "C" on PostgreSQL, whose database
    // collation may be linguistic), so both stores page through names in the same order.
    QString bytewise(const QString& column) const;

private:
    SqlStore(const QSqlDatabase& db, SqlDialect dialect);
    Result<void> configureSqlite();
    Result<void> checkPostgresStore(OpenMode mode, const QString& where);
    Result<QSqlQuery> run(const QString& sql, const QVariantList& values);
    Result<void> ensureConnected(bool& reopened);
    bool retryAfterLostConnection(bool reopened, bool repeatable);
    Result<void> reopen();
    bool connectionLost() const;
    Error unavailable(const QString& detail) const;
    Result<std::optional<KeyWithOwner>> lookupDigest(const QByteArray& digest);
    Result<QList<ApiKey>> fetchKeys(QSqlQuery& query);
    Result<std::optional<KeyWithOwner>> qtKeyByDigest(const QByteArray& digest);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    QString m_connectionName;
    QString m_schema;
    std::unique_ptr<QSqlQuery> m_byDigest;             // the authentication hot path, prepared once
    std::unique_ptr<SqliteKeyLookup> m_sqliteByDigest; // the same on SQLite, without QtSql
    bool m_sqliteLookupTried = false;
    bool m_inTransaction = false;
    bool m_connectionBroken = false; // the server said so (e.g. shutting down); reopen next
};

} // namespace keydesk
