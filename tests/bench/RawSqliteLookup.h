// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace keydesk::bench {

// The baseline: what a hand-written verifier does with the raw sqlite3 C API. SHA-256 of the
// key (OpenSSL), then one step of a statement prepared once that looks the digest up in the
// unique index. No parsing, no checks, no joins, no Qt.
class RawSqliteLookup {
public:
    RawSqliteLookup() = default;
    ~RawSqliteLookup();
    RawSqliteLookup(const RawSqliteLookup&) = delete;
    RawSqliteLookup& operator=(const RawSqliteLookup&) = delete;

    // Opens its own connection to the store file; returns an error message or an empty string.
    QString open(const QString& path);
    // The key's row id, or 0 when no key has that digest.
    qint64 verify(std::string_view key);
    // PRAGMA data_version: changes whenever another connection commits a write.
    qint64 dataVersion();
    // EXPLAIN QUERY PLAN of `sql`, one line per step.
    QString queryPlan(const QString& sql);
    qint64 sink() const { return m_sink; }

private:
    QString lastError() const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_lookup = nullptr;
    sqlite3_stmt* m_dataVersion = nullptr;
    qint64 m_sink = 0; // keeps the column reads observable
};

} // namespace keydesk::bench
