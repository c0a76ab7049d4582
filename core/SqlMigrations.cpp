// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlMigrations.h"

#include "Logging.h"
#include "SqlRows.h"
#include "SqlStore.h"

#include <QDateTime>
#include <QStringList>
#include <vector>

namespace keydesk {

namespace {
struct Migration {
    int version;
    std::vector<const char*> statements;
    bool sqliteOnly = false; // recorded, but with no statements, on PostgreSQL
};

// {pk}: auto-increment primary key whose values are never reused (a revoked key id stays
// unique in the audit log); {id}: a reference to one; {blob}: bytes; {bytewise}: the byte-wise
// collation of the name sort (PostgreSQL's COLLATE "C", SQLite's default), see
// SqlStore::bytewise.
const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> list{
        {1,
         {"CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
          "CREATE TABLE sites (id {pk}, name TEXT NOT NULL, subdomain TEXT NOT NULL UNIQUE, "
          "parent_site_id {id} REFERENCES sites(id) ON DELETE RESTRICT, "
          "users_can_create_api_keys INTEGER NOT NULL DEFAULT 0, max_key_lifetime_days INTEGER, "
          "require_key_expiry INTEGER NOT NULL DEFAULT 0, created_at BIGINT NOT NULL)",
          "CREATE TABLE users (id {pk}, site_id {id} NOT NULL REFERENCES sites(id) ON DELETE "
          "CASCADE, username TEXT NOT NULL, display_name TEXT NOT NULL DEFAULT '', role TEXT NOT "
          "NULL CHECK (role IN ('site_admin', 'helpdesk', 'user')), disabled INTEGER NOT NULL "
          "DEFAULT 0, created_at BIGINT NOT NULL, UNIQUE (site_id, username))",
          "CREATE TABLE api_keys (id {pk}, site_id {id} NOT NULL REFERENCES sites(id) ON DELETE "
          "CASCADE, user_id {id} REFERENCES users(id) ON DELETE CASCADE, name TEXT NOT NULL, "
          "description TEXT NOT NULL DEFAULT '', permission_set TEXT NOT NULL, "
          "previous_permission_set TEXT, permission_ceiling TEXT NOT NULL, created_at BIGINT NOT "
          "NULL, created_by {id}, expires_at BIGINT, last_use_at BIGINT, prefix TEXT NOT NULL, "
          "key_digest {blob} NOT NULL UNIQUE, s3_access_key_id TEXT UNIQUE, s3_secret_sealed "
          "{blob}, s3_kek_id TEXT)",
          "CREATE INDEX api_keys_by_site ON api_keys (site_id, id)",
          "CREATE INDEX api_keys_by_name ON api_keys (site_id, name{bytewise}, id)",
          "CREATE INDEX api_keys_by_user ON api_keys (site_id, user_id, id)",
          "CREATE INDEX api_keys_by_created ON api_keys (site_id, created_at, id)",
          "CREATE INDEX api_keys_by_expiry ON api_keys "
          "(site_id, (COALESCE(expires_at, 9223372036854775807)), id)",
          "CREATE INDEX api_keys_by_last_use ON api_keys (site_id, (COALESCE(last_use_at, 0)), id)",
          "CREATE TABLE audit_events (id {pk}, at BIGINT NOT NULL, site_id {id} NOT NULL "
          "REFERENCES sites(id) ON DELETE CASCADE, actor_user_id {id}, actor_key_id {id}, "
          "action TEXT NOT NULL, target_key_id {id}, key_kind TEXT, key_owner_id {id}, "
          "details TEXT NOT NULL DEFAULT '{}')",
          "CREATE INDEX audit_by_site ON audit_events (site_id, id)",
          "CREATE INDEX audit_by_key ON audit_events (target_key_id, id)"}},
        // Substring search over name, description, prefix and owner through a trigram index:
        // LIKE '%x%' cannot use an index and scanned most of a large site per keystroke.
        {2,
         {"CREATE VIRTUAL TABLE api_keys_fts USING fts5(name, description, prefix, owner, "
          "tokenize = 'trigram')",
          "INSERT INTO api_keys_fts (rowid, name, description, prefix, owner) SELECT k.id, "
          "k.name, k.description, k.prefix, COALESCE(u.username, '') FROM api_keys k LEFT JOIN "
          "users u ON u.id = k.user_id",
          "CREATE TRIGGER api_keys_fts_insert AFTER INSERT ON api_keys BEGIN INSERT INTO "
          "api_keys_fts (rowid, name, description, prefix, owner) VALUES (new.id, new.name, "
          "new.description, new.prefix, COALESCE((SELECT username FROM users WHERE id = "
          "new.user_id), '')); END",
          "CREATE TRIGGER api_keys_fts_delete AFTER DELETE ON api_keys BEGIN DELETE FROM "
          "api_keys_fts WHERE rowid = old.id; END",
          "CREATE TRIGGER api_keys_fts_update AFTER UPDATE OF name, description ON api_keys "
          "BEGIN UPDATE api_keys_fts SET name = new.name, description = new.description WHERE "
          "rowid = new.id; END"},
         true},
        // Rotation: the key that replaced this one; a rolled key cannot be rolled again.
        {3, {"ALTER TABLE api_keys ADD COLUMN replaced_by {id}"}},
    };
    return list;
}

QString dialectSql(const char* statement, SqlDialect dialect)
{
    QString sql = QString::fromLatin1(statement);
    const bool pg = dialect == SqlDialect::PostgreSQL;
    sql.replace(QLatin1String("{pk}"), pg ? QLatin1String("BIGSERIAL PRIMARY KEY")
                                          : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    sql.replace(QLatin1String("{id}"), pg ? QLatin1String("BIGINT") : QLatin1String("INTEGER"));
    sql.replace(QLatin1String("{blob}"), pg ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    sql.replace(QLatin1String("{bytewise}"),
                pg ? QLatin1String(" COLLATE \"C\"") : QLatin1String(""));
    return sql;
}

constexpr const char* kCreateBookkeeping =
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at "
    "BIGINT NOT NULL)";

// PostgreSQL: two processes starting on one new database at once both create schema_migrations
// and both migrate; the advisory lock queues them (concurrent CREATE TABLE IF NOT EXISTS can
// fail), and a role without DDL rights opens a current store (no DDL is issued then).
Result<void> createBookkeeping(SqlStore& store)
{
    if (store.dialect() == SqlDialect::SQLite) {
        auto created = store.exec(QString::fromLatin1(kCreateBookkeeping));
        if (!created)
            return std::unexpected(created.error());
        return {};
    }
    StoreTransaction tx(store);
    if (auto r = tx.begin(); !r)
        return r;
    if (auto r = store.lockTransaction(SqlStore::TransactionLock::Migration); !r)
        return r;
    bool exists = false;
    {
        auto q = store.exec(QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL"));
        if (!q)
            return std::unexpected(q.error());
        exists = q->next() && q->value(0).toBool();
    }
    if (!exists) {
        if (auto created = store.exec(QString::fromLatin1(kCreateBookkeeping)); !created)
            return std::unexpected(created.error());
    }
    return tx.commit();
}

Result<void> apply(SqlStore& store, const Migration& m)
{
    StoreTransaction tx(store);
    if (auto r = tx.begin(); !r)
        return r;
    if (auto r = store.lockTransaction(SqlStore::TransactionLock::Migration); !r)
        return r;
    auto current = store.schemaVersion(); // another process may have migrated meanwhile
    if (!current)
        return std::unexpected(current.error());
    if (*current >= m.version)
        return {};
    const bool skip = m.sqliteOnly && store.dialect() != SqlDialect::SQLite;
    for (const char* statement : skip ? std::vector<const char*>{} : m.statements) {
        if (auto r = store.exec(dialectSql(statement, store.dialect())); !r)
            return std::unexpected(r.error());
    }
    auto recorded = store.exec(
        QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"),
        {m.version, SqlRows::toMs(QDateTime::currentDateTimeUtc())});
    if (!recorded)
        return std::unexpected(recorded.error());
    qCInfo(lcStore) << "applied schema migration" << m.version;
    return tx.commit();
}
} // namespace

int SqlMigrations::latestVersion()
{
    return migrations().back().version;
}

Result<void> SqlMigrations::migrate(SqlStore& store)
{
    if (auto created = createBookkeeping(store); !created)
        return created;
    auto current = store.schemaVersion();
    if (!current)
        return std::unexpected(current.error());
    if (*current > latestVersion())
        return fail(
            ErrorCode::Unsupported,
            translatable(
                QT_TRANSLATE_NOOP("keydesk::Error",
                                  "The store has schema version %1; this KeyDesk knows up to %2"),
                *current, latestVersion()));
    for (const Migration& m : migrations()) {
        if (m.version <= *current)
            continue;
        if (auto r = apply(store, m); !r)
            return r;
    }
    return {};
}

} // namespace keydesk
