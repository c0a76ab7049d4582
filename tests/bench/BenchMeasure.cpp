// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchMeasure.h"

#include "Authenticator.h"
#include "RawSqliteLookup.h"
#include "SqlStore.h"

#include <QDateTime>
#include <algorithm>
#include <cstdio>
#include <utility>

namespace keydesk::bench {

namespace {
constexpr size_t kChunk = 512; // verifications between two clock reads
// last_use_at is written at most once a minute per key; the measured KeyDesk rounds must end
// inside the minute that began with the last warm-up pass, so no round writes.
constexpr double kCoalesceSeconds = Authenticator::kDefaultCoalesceMs / 1000.0;
constexpr double kCoalesceMargin = 10.0;

Error benchError(const QString& message)
{
    return Error{ErrorCode::StoreFailure, message, {}};
}

// Verifications/s of `verify` cycling over `sample` for at least `seconds`.
template <typename Verify>
Result<double> timedRate(const std::vector<std::string>& sample, double seconds, Verify&& verify)
{
    size_t next = 0;
    qint64 done = 0;
    double elapsed = 0;
    const auto start = BenchClock::now();
    do {
        for (size_t k = 0; k < kChunk; ++k) {
            if (!verify(sample[next]))
                return std::unexpected(benchError(QStringLiteral("a sample key did not verify")));
            next = next + 1 == sample.size() ? 0 : next + 1;
        }
        done += static_cast<qint64>(kChunk);
        elapsed = secondsSince(start);
    } while (elapsed < seconds);
    return static_cast<double>(done) / elapsed;
}

class VerifyBench {
public:
    VerifyBench(SqlStore& store, RawSqliteLookup* raw, const Population& population,
                const BenchOptions& options)
        : m_store(store)
        , m_auth(store)
        , m_raw(raw)
        , m_population(population)
        , m_options(options)
    {}

    Result<void> warmUp();
    Result<VerifyFigures> run();

private:
    bool authenticate(const std::string& key)
    {
        return m_auth.authenticate(key, m_population.siteId).has_value();
    }
    bool lookUp(const std::string& key) { return !m_raw || m_raw->verify(key) != 0; }
    Result<qint64> writeMark();
    Result<double> keydeskRound();
    Result<double> rawRound();
    Result<void> runRound(int round);

    SqlStore& m_store;
    Authenticator m_auth;
    RawSqliteLookup* m_raw;
    const Population& m_population;
    const BenchOptions& m_options;
    BenchClock::time_point m_warmedAt;
    VerifyFigures m_figures;
};

// One unmeasured pass of each side: every sample key must verify, the KeyDesk pass writes
// last_use_at (so the measured passes find it fresh), and both sides find the pages cached.
Result<void> VerifyBench::warmUp()
{
    m_warmedAt = BenchClock::now();
    for (const std::string& key : m_population.sample) {
        if (auto p = m_auth.authenticate(key, m_population.siteId); !p)
            return std::unexpected(benchError(QStringLiteral("warm-up: a sample key failed: ") +
                                              p.error().error.message));
        if (!lookUp(key))
            return std::unexpected(benchError(QStringLiteral("warm-up: raw lookup missed")));
    }
    return {};
}

Result<double> VerifyBench::keydeskRound()
{
    if (secondsSince(m_warmedAt) + m_options.seconds > kCoalesceSeconds - kCoalesceMargin) {
        if (auto r = warmUp(); !r)
            return std::unexpected(r.error());
        ++m_figures.rewarms;
    }
    const auto before = writeMark();
    auto rate = timedRate(m_population.sample, m_options.seconds,
                          [this](const std::string& key) { return authenticate(key); });
    const auto after = writeMark();
    if (!before || !after)
        return std::unexpected(before ? after.error() : before.error());
    if (*after != *before)
        m_figures.wroteWhileMeasuring = true;
    return rate;
}

// Changes when the store was written: SQLite's data_version (seen from the baseline's own
// connection); elsewhere the latest last_use_at, the one column verification writes.
Result<qint64> VerifyBench::writeMark()
{
    if (m_raw)
        return m_raw->dataVersion();
    auto q = m_store.exec(QStringLiteral("SELECT COALESCE(MAX(last_use_at), 0) FROM api_keys"));
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<double> VerifyBench::rawRound()
{
    return timedRate(m_population.sample, m_options.seconds,
                     [this](const std::string& key) { return lookUp(key); });
}

Result<void> VerifyBench::runRound(int round)
{
    const bool keydeskFirst = round % 2 == 0; // alternate, so drift hits both sides alike
    for (int side = 0; side < 2; ++side) {
        const bool keydesk = (side == 0) == keydeskFirst;
        if (!keydesk && !m_raw)
            continue;
        auto rate = keydesk ? keydeskRound() : rawRound();
        if (!rate)
            return std::unexpected(rate.error());
        (keydesk ? m_figures.keydesk : m_figures.raw).push_back(*rate);
    }
    if (m_raw)
        std::fprintf(stderr, "bench_verify: round %d/%d: keydesk %.0f/s, raw %.0f/s\n", round + 1,
                     m_options.rounds, m_figures.keydesk.back(), m_figures.raw.back());
    else
        std::fprintf(stderr, "bench_verify: round %d/%d: keydesk %.0f/s\n", round + 1,
                     m_options.rounds, m_figures.keydesk.back());
    return {};
}

Result<VerifyFigures> VerifyBench::run()
{
    for (int round = 0; round < m_options.rounds; ++round) {
        if (auto r = runRound(round); !r)
            return std::unexpected(r.error());
    }
    m_figures.keydeskMedian = median(m_figures.keydesk);
    m_figures.rawMedian = median(m_figures.raw);
    m_figures.ratio = m_figures.rawMedian > 0 ? m_figures.keydeskMedian / m_figures.rawMedian : 0;
    return m_figures;
}

struct PageCase {
    const char* label;
    bool oneUser;
    bool text;
    int page;
};

KeyQuery pageQuery(const Population& population, const PageCase& c)
{
    KeyQuery q;
    q.siteId = population.siteId;
    if (c.oneUser)
        q.userId = population.userIds.value(1);
    q.status = KeyStatus::Active;
    if (c.text)
        q.text = QLatin1String(kFilterWord);
    q.sortBy = KeySortField::Name;
    q.limit = 100;
    q.now = QDateTime::currentDateTimeUtc();
    return q;
}

// The cursor that starts page `page` (1-based) of `q`, by walking the pages before it; stops
// early on a short result, and says which page the cursor starts.
Result<std::pair<QString, int>> cursorFor(SqlStore& store, KeyQuery q, int page)
{
    int reached = 1;
    for (; reached < page; ++reached) {
        auto result = store.listKeys(q);
        if (!result)
            return std::unexpected(result.error());
        if (result->nextCursor.isEmpty())
            break;
        q.cursor = result->nextCursor;
    }
    return std::pair{q.cursor, reached};
}

Result<PageFigure> timePage(SqlStore& store, const KeyQuery& q, int runs)
{
    std::vector<double> ms;
    PageFigure figure;
    for (int run = 0; run < runs; ++run) {
        const auto start = BenchClock::now();
        auto page = store.listKeys(q);
        ms.push_back(secondsSince(start) * 1000.0);
        if (!page)
            return std::unexpected(page.error());
        figure.rows = page->keys.size();
    }
    figure.medianMs = median(ms);
    figure.minMs = *std::min_element(ms.begin(), ms.end());
    return figure;
}

QString describeFilter(const KeyQuery& q, int page)
{
    QString text = QStringLiteral("status=active sort=name limit=%1").arg(q.limit);
    if (!q.text.isEmpty())
        text = QStringLiteral("text=\"%1\" ").arg(q.text) + text;
    if (q.userId)
        text = QStringLiteral("user=#%1 ").arg(*q.userId) + text;
    return page > 1 ? text + QStringLiteral(" page=%1 (cursor)").arg(page) : text;
}
} // namespace

Result<VerifyFigures> measureVerification(SqlStore& store, RawSqliteLookup* raw,
                                          const Population& population, const BenchOptions& options)
{
    if (population.sample.empty())
        return std::unexpected(benchError(QStringLiteral("no sample keys")));
    VerifyBench bench(store, raw, population, options);
    if (auto r = bench.warmUp(); !r)
        return std::unexpected(r.error());
    return bench.run();
}

Result<std::vector<PageFigure>> measurePages(SqlStore& store, const Population& population,
                                             const BenchOptions& options)
{
    const PageCase cases[] = {{"user+text, first page", true, true, 1},
                              {"user+text, later page", true, true, options.laterPage},
                              {"site+text, first page", false, true, 1},
                              {"user, first page", true, false, 1}};
    std::vector<PageFigure> figures;
    for (const PageCase& c : cases) {
        KeyQuery q = pageQuery(population, c);
        auto cursor = cursorFor(store, q, c.page);
        if (!cursor)
            return std::unexpected(cursor.error());
        q.cursor = cursor->first;
        auto figure = timePage(store, q, options.pageRuns);
        if (!figure)
            return std::unexpected(figure.error());
        figure->label = QLatin1String(c.label);
        figure->filter = describeFilter(q, cursor->second);
        figure->page = cursor->second;
        figures.push_back(*figure);
    }
    return figures;
}

} // namespace keydesk::bench
