// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawSqliteLookup.h"

#include <QStringList>
#include <openssl/sha.h>
#include <sqlite3.h>

namespace keydesk::bench {

namespace {
constexpr const char* kLookupSql = "SELECT id, site_id, user_id, permission_set, expires_at "
                                   "FROM api_keys WHERE key_digest = ?";
constexpr int kBusyTimeoutMs = 10000; // as SqlStore

sqlite3_stmt* prepare(sqlite3* db, const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    return stmt;
}
} // namespace

RawSqliteLookup::~RawSqliteLookup()
{
    sqlite3_finalize(m_lookup);
    sqlite3_finalize(m_dataVersion);
    sqlite3_close(m_db);
}

QString RawSqliteLookup::lastError() const
{
    return QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "out of memory");
}

QString RawSqliteLookup::open(const QString& path)
{
    const QByteArray file = path.toUtf8();
    if (sqlite3_open_v2(file.constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        return QStringLiteral("cannot open %1: %2").arg(path, lastError());
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    m_lookup = prepare(m_db, kLookupSql);
    m_dataVersion = prepare(m_db, "PRAGMA data_version");
    if (!m_lookup || !m_dataVersion)
        return QStringLiteral("cannot prepare: %1").arg(lastError());
    return {};
}

qint64 RawSqliteLookup::verify(std::string_view key)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(key.data()), key.size(), digest);
    sqlite3_bind_blob(m_lookup, 1, digest, SHA256_DIGEST_LENGTH, SQLITE_STATIC);
    qint64 id = 0;
    if (sqlite3_step(m_lookup) == SQLITE_ROW) {
        id = sqlite3_column_int64(m_lookup, 0);
        m_sink += sqlite3_column_int64(m_lookup, 1) + sqlite3_column_int64(m_lookup, 2);
        const unsigned char* permission = sqlite3_column_text(m_lookup, 3);
        m_sink += (permission ? permission[0] : 0) + sqlite3_column_bytes(m_lookup, 3);
        m_sink += sqlite3_column_int64(m_lookup, 4);
    }
    sqlite3_reset(m_lookup);
    return id;
}

qint64 RawSqliteLookup::dataVersion()
{
    qint64 version = -1;
    if (sqlite3_step(m_dataVersion) == SQLITE_ROW)
        version = sqlite3_column_int64(m_dataVersion, 0);
    sqlite3_reset(m_dataVersion);
    return version;
}

QString RawSqliteLookup::queryPlan(const QString& sql)
{
    const QByteArray text = QByteArrayLiteral("EXPLAIN QUERY PLAN ") + sql.toUtf8();
    sqlite3_stmt* stmt = prepare(m_db, text.constData());
    if (!stmt)
        return QStringLiteral("(no plan: %1)").arg(lastError());
    QStringList lines;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        lines << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 3)));
    sqlite3_finalize(stmt);
    return lines.join(QStringLiteral("; "));
}

} // namespace keydesk::bench
