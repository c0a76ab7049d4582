// SPDX-License-Identifier: GPL-3.0-or-later
// bench_verify: key verification against a store of many keys (default 1,000,000), as
// verifications/s and as a ratio to a raw sqlite3 baseline measured in the same run, plus the
// time to fetch filtered 100-row pages. With --postgres-url the same against a PostgreSQL store
// (no raw baseline there). Run on demand (scripts/bench, scripts/bench-pg), never by CTest.
#include "BenchMeasure.h"
#include "BenchSupport.h"
#include "RawSqliteLookup.h"

#include "SqlStore.h"
#include "StoreUrl.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>
#include <openssl/crypto.h>
#include <sqlite3.h>

using namespace keydesk;
using namespace keydesk::bench;

namespace {
constexpr double kTarget = 0.5;
constexpr int kExitError = 1;
constexpr int kExitUsage = 2;
constexpr int kExitTargetMissed = 3;

struct Report {
    BenchOptions options;
    Population population;
    qint64 fileBytes = 0; // SQLite: the file; PostgreSQL: the database
    VerifyFigures verify;
    std::vector<PageFigure> pages;
};

void addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Measures KeyDesk key verification against a raw sqlite3 baseline in the same run."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("keys"), QStringLiteral("Keys in the store (1000000)."),
         QStringLiteral("N")},
        {QStringLiteral("sample"), QStringLiteral("Plaintext keys verified (20000)."),
         QStringLiteral("N")},
        {QStringLiteral("rounds"), QStringLiteral("Interleaved rounds (5)."), QStringLiteral("N")},
        {QStringLiteral("seconds"), QStringLiteral("Seconds per side and round (2)."),
         QStringLiteral("S")},
        {QStringLiteral("page-runs"), QStringLiteral("Timed fetches per page (21)."),
         QStringLiteral("N")},
        {QStringLiteral("seed"), QStringLiteral("Sampling seed."), QStringLiteral("N")},
        {QStringLiteral("store"), QStringLiteral("Create the store at PATH (must not exist)."),
         QStringLiteral("PATH")},
        {QStringLiteral("postgres-url"),
         QStringLiteral("Measure a PostgreSQL store instead: postgresql://USER@HOST:PORT/DB"
                        "[?schema=S], an empty database or schema (password: PGPASSWORD)."),
         QStringLiteral("URL")},
        {QStringLiteral("json"), QStringLiteral("Print the figures as JSON on stdout.")},
        {QStringLiteral("check"), QStringLiteral("Exit 3 when the ratio is below 0.5.")},
    });
}

// Reads `name` into `out` when given; false when it is given but not a number >= `min`.
template <typename T> bool readNumber(const QCommandLineParser& p, const char* name, T& out, T min)
{
    const QString option = QLatin1String(name);
    if (!p.isSet(option))
        return true;
    bool ok = false;
    const double value = p.value(option).toDouble(&ok);
    if (!ok || value < static_cast<double>(min))
        return false;
    out = static_cast<T>(value);
    return true;
}

bool readOptions(const QCommandLineParser& p, BenchOptions& o)
{
    const bool ok =
        readNumber(p, "keys", o.keys, qint64{1}) && readNumber(p, "sample", o.sample, 1) &&
        readNumber(p, "rounds", o.rounds, 1) && readNumber(p, "seconds", o.seconds, 0.01) &&
        readNumber(p, "page-runs", o.pageRuns, 1) && readNumber(p, "seed", o.seed, quint64{0});
    o.json = p.isSet(QStringLiteral("json"));
    o.check = p.isSet(QStringLiteral("check"));
    o.storePath = p.value(QStringLiteral("store"));
    o.postgresUrl = p.value(QStringLiteral("postgres-url"));
    // --check is about the raw sqlite3 baseline, which a PostgreSQL run has not.
    return ok && (o.postgresUrl.isEmpty() || (!o.check && o.storePath.isEmpty()));
}

QString backendName(const BenchOptions& o)
{
    return o.postgresUrl.isEmpty() ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith("model name"))
            return QString::fromLatin1(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return QStringLiteral("unknown");
}

QJsonObject environmentJson()
{
    return QJsonObject{
        {QStringLiteral("cpu"), cpuModel()},
        {QStringLiteral("cpus"), QThread::idealThreadCount()},
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
        {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
        {QStringLiteral("qt"), QLatin1String(qVersion())},
        {QStringLiteral("sqlite"), QLatin1String(sqlite3_libversion())},
        {QStringLiteral("openssl"), QLatin1String(OpenSSL_version(OPENSSL_VERSION))}};
}

QJsonArray toJson(const std::vector<double>& values)
{
    QJsonArray array;
    for (double v : values)
        array.append(v);
    return array;
}

QJsonValue orNull(bool has, double value)
{
    return has ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject verifyJson(const VerifyFigures& v)
{
    const bool raw = !v.raw.empty();
    return QJsonObject{{QStringLiteral("keydesk_per_second"), v.keydeskMedian},
                       {QStringLiteral("raw_sqlite_per_second"), orNull(raw, v.rawMedian)},
                       {QStringLiteral("ratio"), orNull(raw, v.ratio)},
                       {QStringLiteral("target"), kTarget},
                       {QStringLiteral("target_met"),
                        raw ? QJsonValue(v.ratio >= kTarget) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("keydesk_rounds"), toJson(v.keydesk)},
                       {QStringLiteral("raw_sqlite_rounds"), toJson(v.raw)},
                       {QStringLiteral("wrote_while_measuring"), v.wroteWhileMeasuring},
                       {QStringLiteral("rewarms"), v.rewarms}};
}

QJsonArray pagesJson(const std::vector<PageFigure>& pages)
{
    QJsonArray array;
    for (const PageFigure& p : pages)
        array.append(QJsonObject{{QStringLiteral("label"), p.label},
                                 {QStringLiteral("filter"), p.filter},
                                 {QStringLiteral("page"), p.page},
                                 {QStringLiteral("median_ms"), p.medianMs},
                                 {QStringLiteral("min_ms"), p.minMs},
                                 {QStringLiteral("rows"), p.rows}});
    return array;
}

void printJson(const Report& r)
{
    const QJsonObject store{{QStringLiteral("backend"), backendName(r.options)},
                            {QStringLiteral("keys"), r.population.keys},
                            {QStringLiteral("active_keys"), r.population.activeKeys},
                            {QStringLiteral("users"), r.population.userIds.size()},
                            {QStringLiteral("file_bytes"), r.fileBytes},
                            {QStringLiteral("populate_seconds"), r.population.seconds}};
    const QJsonObject root{
        {QStringLiteral("store"), store},
        {QStringLiteral("sample"), static_cast<qint64>(r.population.sample.size())},
        {QStringLiteral("rounds"), r.options.rounds},
        {QStringLiteral("seconds_per_round"), r.options.seconds},
        {QStringLiteral("verification"), verifyJson(r.verify)},
        {QStringLiteral("pages"), pagesJson(r.pages)},
        {QStringLiteral("environment"), environmentJson()}};
    std::fputs(QJsonDocument(root).toJson(QJsonDocument::Indented).constData(), stdout);
}

QByteArray rounds(const std::vector<double>& values)
{
    QStringList list;
    for (double v : values)
        list << QString::number(v, 'f', 0);
    return list.join(QStringLiteral(" ")).toUtf8();
}

void printVerification(const Report& r)
{
    const VerifyFigures& v = r.verify;
    std::printf("verification (median of %d rounds x %.1f s per side, interleaved)\n",
                r.options.rounds, r.options.seconds);
    std::printf("  keydesk   Authenticator::authenticate  %10.0f verifications/s  [%s]\n",
                v.keydeskMedian, rounds(v.keydesk).constData());
    if (v.raw.empty()) {
        std::printf("  baseline  none (the raw sqlite3 baseline is measured on SQLite stores)\n");
        std::printf("  writes while measuring: %s; warm-up passes repeated: %d\n",
                    v.wroteWhileMeasuring ? "YES (last_use_at coalescing failed?)" : "none",
                    v.rewarms);
        return;
    }
    std::printf("  baseline  raw sqlite3 SHA-256 + lookup %10.0f verifications/s  [%s]\n",
                v.rawMedian, rounds(v.raw).constData());
    std::printf("  ratio     keydesk / baseline           %10.3f  (target >= %.2f: %s)\n", v.ratio,
                kTarget, v.ratio >= kTarget ? "MET" : "MISSED");
    std::printf("  writes while measuring: %s; warm-up passes repeated: %d\n",
                v.wroteWhileMeasuring ? "YES (last_use_at coalescing failed?)" : "none", v.rewarms);
}

void printText(const Report& r)
{
    const QJsonObject env = environmentJson();
    std::printf("KeyDesk verification benchmark (bench_verify)\n");
    std::printf("store: %s\n  %lld keys (%lld active), %lld users, 1 site; %.1f MiB; populated in "
                "%.1f s (%.0f keys/s)\n",
                qPrintable(backendName(r.options)), static_cast<long long>(r.population.keys),
                static_cast<long long>(r.population.activeKeys),
                static_cast<long long>(r.population.userIds.size()),
                static_cast<double>(r.fileBytes) / (1024.0 * 1024.0), r.population.seconds,
                static_cast<double>(r.population.keys) / r.population.seconds);
    std::printf("  sample: %zu active keys, shuffled, verified against their site\n",
                r.population.sample.size());
    printVerification(r);
    std::printf("filtered 100-row pages (SqlStore::listKeys, median / min of %d fetches)\n",
                r.options.pageRuns);
    for (const PageFigure& p : r.pages)
        std::printf("  %-24s %8.2f ms / %7.2f ms  %3lld rows  %s\n", qPrintable(p.label),
                    p.medianMs, p.minMs, static_cast<long long>(p.rows), qPrintable(p.filter));
    std::printf("environment\n");
    for (auto it = env.begin(); it != env.end(); ++it)
        std::printf("  %-8s %s\n", qPrintable(it.key()),
                    qPrintable(it.value().toVariant().toString()));
}

// The measurements proper, on a fresh connection with default settings, as a server process
// would have; `raw` is the SQLite baseline, null on PostgreSQL.
Result<Report> measure(Report report, SqlStore& store, RawSqliteLookup* raw)
{
    auto verify = measureVerification(store, raw, report.population, report.options);
    if (!verify)
        return std::unexpected(verify.error());
    report.verify = *verify;
    auto pages = measurePages(store, report.population, report.options);
    if (!pages)
        return std::unexpected(pages.error());
    report.pages = *pages;
    return report;
}

Result<Report> runSqlite(const QString& path, const BenchOptions& options)
{
    Report report{options, {}, 0, {}, {}};
    auto population = populate(path, options);
    if (!population)
        return std::unexpected(population.error());
    report.population = std::move(*population);
    report.fileBytes = QFileInfo(path).size();
    auto store = SqlStore::openSqlite(path, SqlStore::OpenMode::MustExist);
    if (!store)
        return std::unexpected(store.error());
    RawSqliteLookup raw;
    if (const QString error = raw.open(path); !error.isEmpty())
        return fail(ErrorCode::StoreFailure, error);
    return measure(std::move(report), **store, &raw);
}

Result<std::unique_ptr<SqlStore>> openPostgres(const BenchOptions& options, SqlStore::OpenMode mode)
{
    auto url = StoreUrl::parse(options.postgresUrl);
    if (!url)
        return std::unexpected(url.error());
    if (url->kind != StoreUrl::Kind::PostgreSQL)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("--postgres-url: not a postgresql:// URL"));
    return SqlStore::openPostgres(*url, mode);
}

// Fills an empty PostgreSQL store through its own connection, then gathers the planner's
// statistics, as autovacuum soon would after a bulk load.
Result<Population> populatePostgres(const BenchOptions& options)
{
    auto store = openPostgres(options, SqlStore::OpenMode::Create);
    if (!store)
        return std::unexpected(store.error());
    auto sites = (*store)->exec(QStringLiteral("SELECT COUNT(*) FROM sites"));
    if (!sites)
        return std::unexpected(sites.error());
    if (sites->next() && sites->value(0).toLongLong() > 0)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("--postgres-url: the store is not empty (use a fresh database "
                                   "or ?schema=)"));
    auto population = populate(**store, options);
    if (!population)
        return population;
    if (auto r = (*store)->exec(QStringLiteral("ANALYZE api_keys, users, sites")); !r)
        return std::unexpected(r.error());
    return population;
}

Result<Report> runPostgres(const BenchOptions& options)
{
    Report report{options, {}, 0, {}, {}};
    auto population = populatePostgres(options);
    if (!population)
        return std::unexpected(population.error());
    report.population = std::move(*population);
    auto store = openPostgres(options, SqlStore::OpenMode::MustExist);
    if (!store)
        return std::unexpected(store.error());
    if (auto size = (*store)->exec(QStringLiteral("SELECT pg_database_size(current_database())"));
        size && size->next())
        report.fileBytes = size->value(0).toLongLong();
    return measure(std::move(report), **store, nullptr);
}
int finish(const Result<Report>& report, const BenchOptions& options)
{
    if (!report) {
        std::fprintf(stderr, "bench_verify: %s\n", qPrintable(report.error().message));
        return kExitError;
    }
    options.json ? printJson(*report) : printText(*report);
    return options.check && report->verify.ratio < kTarget ? kExitTargetMissed : 0;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("keydesk.*.info=false"));
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);
    BenchOptions options;
    if (!readOptions(parser, options)) {
        std::fprintf(stderr, "bench_verify: invalid option value (see --help)\n");
        return kExitUsage;
    }
    if (!options.postgresUrl.isEmpty())
        return finish(runPostgres(options), options);
    QTemporaryDir dir;
    const QString path = options.storePath.isEmpty() ? dir.filePath(QStringLiteral("bench.sqlite"))
                                                     : options.storePath;
    if (QFileInfo::exists(path)) {
        std::fprintf(stderr, "bench_verify: %s already exists\n", qPrintable(path));
        return kExitUsage;
    }
    return finish(runSqlite(path, options), options);
}
