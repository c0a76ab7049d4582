// SPDX-License-Identifier: GPL-3.0-or-later
// What only PostgreSQL has: passwords, schemas, several processes on one database at once, and
// errors whose details would quote row values. The shared behaviour is proven by the pg_core_*
// runs of the core suites.
#include "Expect.h"
#include "KeyMinter.h"
#include "LocalBackend.h"
#include "SqlMigrations.h"
#include "TestWorld.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <array>
#include <atomic>
#include <latch>
#include <thread>

using namespace keydesk;
using keydesk::test::TestWorld;

namespace {
QString clusterFile(const char* name)
{
    const QFileInfo urlFile(qEnvironmentVariable("KEYDESK_TEST_PG_URL_FILE"));
    QFile f(urlFile.absoluteDir().filePath(QString::fromLatin1(name)));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

QVariant scalar(SqlStore& store, const QString& sql)
{
    auto q = store.exec(sql);
    return q && q->next() ? q->value(0) : QVariant();
}

// Every message logged while alive, to prove that none quotes a secret.
class LogCapture {
public:
    LogCapture() { s_previous = qInstallMessageHandler(&LogCapture::handle); }
    ~LogCapture() { qInstallMessageHandler(s_previous); }
    static QStringList messages()
    {
        QMutexLocker lock(&s_mutex);
        return s_messages;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        {
            QMutexLocker lock(&s_mutex);
            s_messages << message;
        }
        s_previous(type, context, message);
    }
    static inline QtMessageHandler s_previous = nullptr;
    static inline QMutex s_mutex;
    static inline QStringList s_messages;
};

bool mentions(const QStringList& texts, const QString& needle)
{
    for (const QString& t : texts) {
        if (t.contains(needle))
            return true;
    }
    return false;
}

// Another process on the store: on a thread with a connection of its own, it reads a user,
// then reads it again in a write transaction.
struct SecondConnection {
    std::latch opened{2}; // its connection is open
    std::latch go{2};     // the test's transaction holds the writer lock
    std::atomic<bool> readDone{false};
    std::atomic<bool> began{false};
    bool sawDisabled = false;
    QString error;

    void run(const StoreUrl& url, qint64 userId)
    {
        auto store = SqlStore::openPostgres(url, SqlStore::OpenMode::MustExist);
        opened.arrive_and_wait();
        go.arrive_and_wait();
        if (!store) {
            error = store.error().message;
            return;
        }
        readDone = (*store)->user(userId).has_value();
        if (auto b = (*store)->begin(); !b) {
            error = b.error().message;
            return;
        }
        began = true;
        auto user = (*store)->user(userId);
        sawDisabled = user && *user && (*user)->disabled;
        (*store)->rollback();
    }
};

// As another process would: on a connection of its own, creates `count` keys of ann and revokes
// every other one. Returns the first error, or nothing.
QString createAndRevoke(const TestWorld& w, const Principal& admin, int count, QList<qint64>& ids)
{
    auto store = SqlStore::openPostgres(w.storeUrl(), SqlStore::OpenMode::MustExist);
    if (!store)
        return store.error().message;
    const QDateTime at = w.now;
    KeyService service(**store, nullptr, [at] { return at; });
    for (int i = 0; i < count; ++i) {
        auto created = service.createKey(admin, w.userKey(w.ann, QStringLiteral("c%1").arg(i)));
        if (!created)
            return created.error().message;
        ids << created->key.id;
        if (i % 2 != 0)
            continue;
        if (auto revoked = service.revokeKey(admin, created->key.id); !revoked)
            return revoked.error().message;
    }
    return {};
}

void dropSchema(SqlStore& store, const StoreUrl& url)
{
    (void)store.exec(QStringLiteral("DROP SCHEMA IF EXISTS ") + url.postgresSchema() +
                     QStringLiteral(" CASCADE"));
}
} // namespace

class TestPostgresStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void passwordFromArgumentOrPgpassword();
    void migrationsRacingAtStartAllSucceed();
    void writersQueueReadersDoNot();
    void concurrentProcessesLoseNoWrite();
    void errorsQuoteNoRowValues();
    void schemasKeepStoresApart();
};

void TestPostgresStore::initTestCase()
{
    if (!TestWorld::freshPostgresUrl())
        QSKIP("needs KEYDESK_TEST_PG_URL_FILE (CTest fixture \"postgres\", tests/pg)");
}

void TestPostgresStore::passwordFromArgumentOrPgpassword()
{
    const QString password = clusterFile("password");
    QUrl base(clusterFile("password-url"));
    QVERIFY(!password.isEmpty() && base.isValid());
    base.setQuery(QStringLiteral("schema=") + TestWorld::freshPostgresUrl()->postgresSchema());
    const StoreUrl url = *StoreUrl::parse(base.toString());
    const QString wrong = QStringLiteral("not-the-password-8f3a1c");
    QStringList errors;
    LogCapture log;
    qunsetenv("PGPASSWORD");
    auto none = SqlStore::openPostgres(url, SqlStore::OpenMode::Create);
    QVERIFY(!none);
    QCOMPARE(none.error().type, QStringLiteral("service-unavailable/store-unavailable"));
    auto refused = SqlStore::openPostgres(url, SqlStore::OpenMode::Create, wrong);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QLatin1String("password authentication failed")));
    errors << none.error().message << refused.error().message;
    auto given = SqlStore::openPostgres(url, SqlStore::OpenMode::Create, password);
    QVERIFY2(given, given ? "" : qPrintable(given.error().message));
    qputenv("PGPASSWORD", password.toUtf8());
    auto fromEnvironment = SqlStore::openPostgres(url, SqlStore::OpenMode::MustExist);
    auto backend = LocalBackend::open(url);
    qunsetenv("PGPASSWORD");
    QVERIFY(fromEnvironment);
    QVERIFY(backend);
    QCOMPARE(*(*fromEnvironment)->schemaVersion(), SqlMigrations::latestVersion());
    QVERIFY(!url.toString().contains(password));
    for (const QString& secret : {password, wrong}) {
        QVERIFY(!mentions(errors, secret));
        QVERIFY(!mentions(log.messages(), secret));
    }
    dropSchema(**given, url);
}

void TestPostgresStore::migrationsRacingAtStartAllSucceed()
{
    // Several processes starting on one empty schema at once: the schema, the bookkeeping table
    // and each migration are made once, under the migration lock, and nobody fails.
    const StoreUrl url = *TestWorld::freshPostgresUrl();
    constexpr int n = 6;
    std::array<QString, n> errors;
    std::array<int, n> versions{};
    std::latch start(n);
    std::vector<std::thread> threads;
    for (int i = 0; i < n; ++i) {
        threads.emplace_back([&, i] {
            start.arrive_and_wait();
            auto store = SqlStore::openPostgres(url, SqlStore::OpenMode::Create);
            if (!store) {
                errors[i] = store.error().message;
                return;
            }
            versions[i] = (*store)->schemaVersion().value_or(-1);
        });
    }
    for (std::thread& t : threads)
        t.join();
    for (int i = 0; i < n; ++i) {
        QVERIFY2(errors[i].isEmpty(), qPrintable(errors[i]));
        QCOMPARE(versions[i], SqlMigrations::latestVersion());
    }
    auto store = SqlStore::openPostgres(url, SqlStore::OpenMode::MustExist);
    QVERIFY(store);
    QCOMPARE(scalar(**store, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt(),
             SqlMigrations::latestVersion());
    dropSchema(**store, url);
}

void TestPostgresStore::writersQueueReadersDoNot()
{
    // Services read, check and write in one transaction; under READ COMMITTED two processes
    // could both act on the row they read. The store's writer lock queues write transactions
    // as SQLite's BEGIN IMMEDIATE does; plain reads (authentication) never wait.
    TestWorld w;
    SecondConnection other;
    std::thread thread(&SecondConnection::run, &other, w.storeUrl(), w.ann.id);
    bool released = false;
    auto join = qScopeGuard([&] { // also when a check below fails and returns
        if (!released)
            other.go.count_down();
        thread.join();
    });
    other.opened.arrive_and_wait();
    {
        StoreTransaction tx(w.store());
        KD_EXPECT_OK(tx.begin());
        KD_EXPECT_OK(w.store().setUserDisabled(w.ann.id, true));
        released = true;
        other.go.arrive_and_wait();
        QTRY_VERIFY_WITH_TIMEOUT(other.readDone, 5000);
        QTest::qWait(300);
        QVERIFY(!other.began);
        KD_EXPECT_OK(tx.commit());
    }
    join.dismiss();
    thread.join();
    QVERIFY2(other.error.isEmpty(), qPrintable(other.error));
    QVERIFY(other.began);
    QVERIFY(other.sawDisabled); // it read after the first transaction committed
}

void TestPostgresStore::concurrentProcessesLoseNoWrite()
{
    TestWorld w;
    const Principal admin = w.principal(w.siteAdmin);
    const int keys = w.keyCount();
    const int events = w.auditCount();
    constexpr int perThread = 30;
    std::array<QString, 2> errors;
    std::array<QList<qint64>, 2> ids;
    std::thread a([&] { errors[0] = createAndRevoke(w, admin, perThread, ids[0]); });
    std::thread b([&] { errors[1] = createAndRevoke(w, admin, perThread, ids[1]); });
    a.join();
    b.join();
    for (const QString& e : errors)
        QVERIFY2(e.isEmpty(), qPrintable(e));
    QSet<qint64> distinct(ids[0].begin(), ids[0].end());
    distinct.unite(QSet<qint64>(ids[1].begin(), ids[1].end()));
    QCOMPARE(distinct.size(), 2 * perThread);
    QCOMPARE(w.keyCount(), keys + perThread); // half of them revoked
    QCOMPARE(w.auditCount(), events + 3 * perThread);
}

void TestPostgresStore::errorsQuoteNoRowValues()
{
    // PostgreSQL's DETAIL lines quote the offending row ("Key (key_digest)=(...)", "Failing row
    // contains (...)"): neither errors nor logs may carry them.
    TestWorld w;
    LogCapture log;
    ApiKey copy = *w.store().key(w.principal(w.ann).keyId).value();
    copy.digest = QByteArrayLiteral("DIGEST-that-must-stay-private-01");
    copy.s3SecretSealed = QByteArrayLiteral("SEALED-secret-that-stays-private");
    KD_EXPECT_OK(w.store().insertKey(copy));
    auto duplicate = w.store().insertKey(copy);
    KD_EXPECT_ERROR(duplicate, ErrorCode::Conflict);
    auto nullName = w.store().exec(
        QStringLiteral("INSERT INTO api_keys (site_id, name, permission_set, permission_ceiling, "
                       "created_at, prefix, key_digest, s3_secret_sealed) VALUES (?, NULL, "
                       "'full', 'full', 0, 'p', ?, ?)"),
        {w.acme.id, QByteArrayLiteral("ANOTHER-digest-that-stays-privat"), copy.s3SecretSealed});
    KD_EXPECT_ERROR(nullName, ErrorCode::StoreFailure);
    const QStringList texts =
        log.messages() + QStringList{duplicate.error().message, nullName.error().message};
    QVERIFY(mentions(texts, QStringLiteral("not-null constraint")));
    for (const char* secret : {"DIGEST-that", "SEALED-secret", "ANOTHER-digest"}) {
        const QByteArray bytes(secret);
        QVERIFY2(!mentions(texts, QString::fromLatin1(bytes)), secret);
        QVERIFY2(!mentions(texts, QString::fromLatin1(bytes.toHex())), secret);
    }
}

void TestPostgresStore::schemasKeepStoresApart()
{
    TestWorld a, b;
    QVERIFY(a.storeUrl().postgresSchema() != b.storeUrl().postgresSchema());
    a.create(a.principal(a.siteAdmin), a.userKey(a.ann, QStringLiteral("only in a")));
    QCOMPARE(a.keyCount(), b.keyCount() + 1);
    KD_EXPECT_ERROR(
        SqlStore::openPostgres(*TestWorld::freshPostgresUrl(), SqlStore::OpenMode::MustExist),
        ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestPostgresStore)
#include "tst_PostgresStore.moc"
