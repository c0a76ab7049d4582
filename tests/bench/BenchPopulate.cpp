// SPDX-License-Identifier: GPL-3.0-or-later
// Fills a fresh store with many keys, fast, and remembers a random sample of the plaintexts.
#include "BenchSupport.h"

#include "KeyMinter.h"
#include "SqlStore.h"

#include <QDateTime>
#include <algorithm>
#include <array>
#include <cstdio>
#include <random>

namespace keydesk::bench {

namespace {
constexpr qint64 kKeysPerTransaction = 50000;
constexpr qint64 kProgressEvery = 100000;
constexpr std::array<const char*, 8> kWords{kFilterWord, "backup", "ci",     "sync",
                                            "report",    "import", "export", "monitor"};

class Populator {
public:
    Populator(SqlStore& store, const BenchOptions& options)
        : m_store(store)
        , m_options(options)
        , m_rng(options.seed)
        , m_now(QDateTime::currentDateTimeUtc())
    {}

    Result<void> createOwners();
    Result<void> insertKeys();
    Population take() { return std::move(m_out); }

private:
    ApiKey describe(qint64 i) const;
    Result<void> insertOne(qint64 i);
    void remember(std::string_view key);

    SqlStore& m_store;
    const BenchOptions& m_options;
    std::mt19937_64 m_rng;
    QDateTime m_now;
    Population m_out;
};

Result<void> Populator::createOwners()
{
    Site site;
    site.name = QStringLiteral("Bench");
    site.subdomain = QStringLiteral("bench");
    site.createdAt = m_now;
    auto siteId = m_store.insertSite(site);
    if (!siteId)
        return std::unexpected(siteId.error());
    m_out.siteId = *siteId;
    for (int u = 0; u < kUsers; ++u) {
        User user;
        user.siteId = *siteId;
        user.username = QStringLiteral("user%1").arg(u);
        user.role = u == 0 ? Role::SiteAdmin : Role::User;
        user.createdAt = m_now;
        auto userId = m_store.insertUser(user);
        if (!userId)
            return std::unexpected(userId.error());
        m_out.userIds << *userId;
    }
    return {};
}

// A realistic mix: 5% disabled, 5% expired, a quarter with a future expiry, the rest open.
ApiKey Populator::describe(qint64 i) const
{
    ApiKey k;
    k.siteId = m_out.siteId;
    k.userId = m_out.userIds[static_cast<int>(i % kUsers)];
    k.name = QLatin1String(
                 kWords[static_cast<size_t>((i / kUsers) % static_cast<qint64>(kWords.size()))]) +
             QStringLiteral("-%1").arg(i, 7, 10, QLatin1Char('0'));
    k.createdAt = m_now.addSecs(i - m_options.keys);
    k.createdBy = m_out.userIds.first();
    if (i % 20 == 7) {
        k.previousPermissionSet = k.permissionSet;
        k.permissionSet = PermissionSet::None;
    } else if (i % 20 == 13) {
        k.expiresAt = m_now.addDays(-1);
    } else if (i % 4 == 1) {
        k.expiresAt = m_now.addDays(365);
    }
    return k;
}

void Populator::remember(std::string_view key)
{
    // Reservoir sampling: every active key is equally likely to be in the sample.
    const auto seen = static_cast<quint64>(m_out.activeKeys++);
    const auto size = static_cast<quint64>(m_options.sample);
    if (seen < size) {
        m_out.sample.emplace_back(key);
        return;
    }
    const quint64 slot = std::uniform_int_distribution<quint64>(0, seen)(m_rng);
    if (slot < size)
        m_out.sample[slot] = std::string(key);
}

Result<void> Populator::insertOne(qint64 i)
{
    auto minted = KeyMinter::mint(KeyKind::User, false, nullptr);
    if (!minted)
        return std::unexpected(minted.error());
    ApiKey k = describe(i);
    k.digest = minted->key.digest;
    k.prefix = minted->key.prefix;
    if (auto id = m_store.insertKey(k); !id)
        return std::unexpected(id.error());
    if (k.permissionSet != PermissionSet::None && !k.isExpired(m_now))
        remember(minted->secret.view());
    return {};
}

Result<void> Populator::insertKeys()
{
    const auto start = BenchClock::now();
    for (qint64 i = 0; i < m_options.keys;) {
        if (auto r = m_store.begin(); !r)
            return r;
        const qint64 end = std::min(m_options.keys, i + kKeysPerTransaction);
        for (; i < end; ++i) {
            if (auto r = insertOne(i); !r) {
                m_store.rollback();
                return r;
            }
        }
        if (auto r = m_store.commit(); !r)
            return r;
        if (i % kProgressEvery == 0 || i == m_options.keys)
            std::fprintf(stderr, "bench_verify: %lld/%lld keys inserted (%.1f s)\n",
                         static_cast<long long>(i), static_cast<long long>(m_options.keys),
                         secondsSince(start));
    }
    m_out.keys = m_options.keys;
    std::shuffle(m_out.sample.begin(), m_out.sample.end(), m_rng);
    return {};
}
} // namespace

Result<Population> populate(SqlStore& store, const BenchOptions& options)
{
    const auto start = BenchClock::now();
    Populator populator(store, options);
    if (auto r = populator.createOwners(); !r)
        return std::unexpected(r.error());
    if (auto r = populator.insertKeys(); !r)
        return std::unexpected(r.error());
    Population out = populator.take();
    out.seconds = secondsSince(start);
    return out;
}

Result<Population> populate(const QString& path, const BenchOptions& options)
{
    const auto start = BenchClock::now();
    auto store = SqlStore::openSqlite(path, SqlStore::OpenMode::Create);
    if (!store)
        return std::unexpected(store.error());
    // Bulk loading only: a big page cache for this connection keeps the random digest-index
    // inserts in memory. The measurement opens fresh connections with default settings.
    if (auto r = (*store)->exec(QStringLiteral("PRAGMA cache_size = -262144")); !r)
        return std::unexpected(r.error());
    auto out = populate(**store, options);
    if (!out)
        return out;
    // A clean start for the measurement: everything checkpointed into the main file.
    if (auto r = (*store)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !r)
        return std::unexpected(r.error());
    out->seconds = secondsSince(start);
    return out;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

} // namespace keydesk::bench
