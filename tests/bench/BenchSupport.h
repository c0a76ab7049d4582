// SPDX-License-Identifier: GPL-3.0-or-later
// Shared pieces of bench_verify: options, the populated store, timing helpers.
#pragma once

#include "Error.h"

#include <QList>
#include <QString>
#include <chrono>
#include <string>
#include <vector>

namespace keydesk {
class SqlStore;
}

namespace keydesk::bench {

struct BenchOptions {
    qint64 keys = 1000000;
    int sample = 20000;
    int rounds = 5;
    double seconds = 2.0; // per side and round
    int pageRuns = 21;
    int laterPage = 50;
    quint64 seed = 20240601;
    bool json = false;
    bool check = false;  // exit 3 when the 0.5 target is missed
    QString storePath;   // empty: a fresh QTemporaryDir
    QString postgresUrl; // set: measure a PostgreSQL store (an empty schema) instead of SQLite
};

// What populate() built: one site, a few users, `keys` user keys, and a random sample of the
// plaintext keys that authenticate (active, unexpired).
struct Population {
    qint64 siteId = 0;
    QList<qint64> userIds;
    qint64 keys = 0;
    qint64 activeKeys = 0;
    std::vector<std::string> sample;
    double seconds = 0;
};

inline constexpr int kUsers = 8;
// Names are "<word>-<number>"; the page benchmark filters on one word.
inline constexpr const char* kFilterWord = "deploy";

Result<Population> populate(const QString& path, const BenchOptions& options); // a new SQLite file
Result<Population> populate(SqlStore& store, const BenchOptions& options);     // any empty store

using BenchClock = std::chrono::steady_clock;

inline double secondsSince(BenchClock::time_point start)
{
    return std::chrono::duration<double>(BenchClock::now() - start).count();
}

double median(std::vector<double> values);

} // namespace keydesk::bench
