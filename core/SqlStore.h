// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Store.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <memory>

namespace keydesk {

class SqliteKeyLookup;

enum class SqlDialect { SQLite, PostgreSQL };

// The Store over QtSql. One connection per instance, used from the thread that opened it.
class SqlStore final : public Store {
public:
    enum class OpenMode { MustExist, Create };

    static Result<std::unique_ptr<SqlStore>> openSqlite(const QString& path, OpenMode mode);
    ~SqlStore() override;

    SqlDialect dialect() const { return m_dialect; }
    Result<int> schemaVersion();

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

    Result<qint64> insertAudit(const AuditEvent& event) override;
    Result<AuditPage> listAudit(const AuditQuery& query) override;

    // For the migration runner and the sibling SqlStore*.cpp files.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {});
    Result<qint64> insertReturningId(const QString& sql, const QVariantList& values);
    Error queryError(const QSqlQuery& query, const QString& what) const;
    QString likeOperator() const;

private:
    SqlStore(const QSqlDatabase& db, SqlDialect dialect);
    Result<void> configureSqlite();
    Result<QList<ApiKey>> fetchKeys(QSqlQuery& query);
    Result<std::optional<KeyWithOwner>> qtKeyByDigest(const QByteArray& digest);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    QString m_connectionName;
    std::unique_ptr<QSqlQuery> m_byDigest;             // the authentication hot path, prepared once
    std::unique_ptr<SqliteKeyLookup> m_sqliteByDigest; // the same on SQLite, without QtSql
    bool m_sqliteLookupTried = false;
    bool m_inTransaction = false;
};

} // namespace keydesk
