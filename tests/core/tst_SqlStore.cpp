// SPDX-License-Identifier: GPL-3.0-or-later
// The SQL store itself: migrations, pragmas, transactions, ids, last-use coalescing, URLs. Runs
// on SQLite (core_tst_SqlStore) and on PostgreSQL (pg_core_SqlStore); the few SQLite-only
// checks skip there.
#include "Expect.h"
#include "LocalBackend.h"
#include "SqlMigrations.h"
#include "StoreUrl.h"
#include "TestWorld.h"

#include <QFile>
#include <QSqlQuery>

using namespace keydesk;
using keydesk::test::TestWorld;

namespace {
QVariant scalar(SqlStore& store, const QString& sql)
{
    auto q = store.exec(sql);
    return q && q->next() ? q->value(0) : QVariant();
}

// ?schema=NAME, the one query parameter of a PostgreSQL URL.
void postgresSchemaRows(int pg)
{
    QTest::newRow("postgresql with schema")
        << QStringLiteral("postgresql://kd@db:5432/keydesk?schema=team_a1") << true << pg;
    QTest::newRow("schema with upper case")
        << QStringLiteral("postgresql://kd@db/keydesk?schema=Team") << false << 0;
    QTest::newRow("schema starting with a digit")
        << QStringLiteral("postgresql://kd@db/keydesk?schema=1a") << false << 0;
    QTest::newRow("schema with a quote")
        << QStringLiteral("postgresql://kd@db/keydesk?schema=a%27b") << false << 0;
    QTest::newRow("schema of 64 characters")
        << QStringLiteral("postgresql://kd@db/keydesk?schema=") + QString(64, QLatin1Char('s'))
        << false << 0;
    QTest::newRow("empty schema") << QStringLiteral("postgresql://kd@db/keydesk?schema=") << false
                                  << 0;
    QTest::newRow("two schemas") << QStringLiteral("postgresql://kd@db/keydesk?schema=a&schema=b")
                                 << false << 0;
    QTest::newRow("other parameter")
        << QStringLiteral("postgresql://kd@db/keydesk?sslmode=disable") << false << 0;
    QTest::newRow("password parameter")
        << QStringLiteral("postgresql://kd@db/keydesk?password=pw") << false << 0;
    QTest::newRow("database path with a slash")
        << QStringLiteral("postgresql://kd@db/keydesk/x") << false << 0;
}
} // namespace

class TestSqlStore : public QObject {
    Q_OBJECT

private slots:
    void migrationsAreVersionedAndIdempotent();
    void sqliteRunsInWalMode();
    void foreignKeysAreEnforced();
    void databaseFileIsPrivate();
    void missingStoreIsReportedNotCreated();
    void rollbackLeavesNothing();
    void revokedIdsAreNeverReused();
    void touchLastUseCoalesces();
    void uniqueDigestIsEnforced();
    void digestLookupReadsTheSameRowAsKeyById();
    void storeUrls_data();
    void storeUrls();
    void initializeOnlyOnce();
};

void TestSqlStore::migrationsAreVersionedAndIdempotent()
{
    TestWorld w;
    QCOMPARE(*w.store().schemaVersion(), SqlMigrations::latestVersion());
    auto again = w.openAgain();
    QVERIFY(again);
    QCOMPARE(*(*again)->schemaVersion(), SqlMigrations::latestVersion());
    // Every migration is recorded, SQLite-only ones too (with no statements on PostgreSQL).
    QCOMPARE(scalar(**again, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt(),
             SqlMigrations::latestVersion());
    KD_EXPECT_OK((*again)->exec(QStringLiteral("INSERT INTO schema_migrations VALUES (999, 0)")));
    KD_EXPECT_ERROR(w.openAgain(), ErrorCode::Unsupported);
}

void TestSqlStore::sqliteRunsInWalMode()
{
    TestWorld w;
    if (w.isPostgres())
        QSKIP("journal_mode and PRAGMA are SQLite's; PostgreSQL has its own WAL, always on");
    QCOMPARE(scalar(w.store(), QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
    QCOMPARE(scalar(w.store(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
}

void TestSqlStore::foreignKeysAreEnforced()
{
    TestWorld w;
    KD_EXPECT_ERROR(
        w.store().exec(QStringLiteral("INSERT INTO users (site_id, username, role, created_at) "
                                      "VALUES (9999, 'ghost', 'user', 0)")),
        ErrorCode::StoreFailure);
}

void TestSqlStore::databaseFileIsPrivate()
{
    TestWorld w;
    if (w.isPostgres())
        QSKIP("a PostgreSQL store has no database file of its own");
    const QFileDevice::Permissions mode = QFile::permissions(w.databasePath());
    QCOMPARE(int(mode & 0x77), 0);
}

void TestSqlStore::missingStoreIsReportedNotCreated()
{
    if (const auto pg = TestWorld::freshPostgresUrl()) {
        KD_EXPECT_ERROR(SqlStore::openPostgres(*pg, SqlStore::OpenMode::MustExist),
                        ErrorCode::NotFound);
        TestWorld w; // the schema was not created either
        QCOMPARE(scalar(w.store(), QStringLiteral("SELECT COUNT(*) FROM pg_namespace WHERE "
                                                  "nspname = '%1'")
                                       .arg(pg->postgresSchema()))
                     .toInt(),
                 0);
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("none.sqlite"));
    KD_EXPECT_ERROR(SqlStore::openSqlite(path, SqlStore::OpenMode::MustExist), ErrorCode::NotFound);
    QVERIFY(!QFile::exists(path));
}

void TestSqlStore::rollbackLeavesNothing()
{
    TestWorld w;
    const int keys = w.keyCount();
    {
        StoreTransaction tx(w.store());
        KD_EXPECT_OK(tx.begin());
        KD_EXPECT_OK(w.store().deleteKey(w.principal(w.ann).keyId));
        KD_EXPECT_OK(w.store().setUserDisabled(w.ann.id, true));
    } // no commit
    QCOMPARE(w.keyCount(), keys);
    QVERIFY(!w.store().user(w.ann.id).value()->disabled);
}

void TestSqlStore::revokedIdsAreNeverReused()
{
    TestWorld w;
    const CreatedKey last = w.create(w.principal(w.siteAdmin), w.userKey(w.ann));
    KD_EXPECT_OK(w.keys().revokeKey(w.principal(w.siteAdmin), last.key.id));
    const CreatedKey next = w.create(w.principal(w.siteAdmin), w.userKey(w.ann));
    QCOMPARE(next.key.id, last.key.id + 1);
}

void TestSqlStore::touchLastUseCoalesces()
{
    TestWorld w;
    const qint64 id = w.principal(w.ann).keyId;
    QCOMPARE(*w.store().touchLastUse(id, w.now, 60000), true);
    QCOMPARE(*w.store().touchLastUse(id, w.now.addSecs(30), 60000), false);
    QCOMPARE(*w.store().touchLastUse(id, w.now.addSecs(60), 60000), true);
    QCOMPARE(*w.store().key(id).value()->lastUseAt, w.now.addSecs(60));
}

void TestSqlStore::uniqueDigestIsEnforced()
{
    TestWorld w;
    ApiKey copy = *w.store().key(w.principal(w.ann).keyId).value();
    KD_EXPECT_ERROR(w.store().insertKey(copy), ErrorCode::Conflict);
}

void TestSqlStore::digestLookupReadsTheSameRowAsKeyById()
{
    // keyByDigest has its own raw-SQLite reader on the hot path; it must decode every field
    // exactly as key(id) does.
    TestWorld w;
    CreateKeyRequest r = w.userKey(w.ann, QStringLiteral("Grüße ✓"));
    r.description = QStringLiteral("multi\nline");
    r.expiresAt = w.now.addDays(3);
    r.permissionSet = PermissionSet::SyncApp;
    r.s3 = true;
    const CreatedKey k = w.create(w.principal(w.siteAdmin), r);
    KD_EXPECT_OK(w.keys().disableKey(w.principal(w.siteAdmin), k.key.id));
    (void)w.store().touchLastUse(k.key.id, w.now, 0);
    const ApiKey byId = *w.store().key(k.key.id).value();
    const KeyWithOwner byDigest = *w.store().keyByDigest(k.key.digest).value();
    const ApiKey& d = byDigest.key;
    QCOMPARE(d.id, byId.id);
    QCOMPARE(d.siteId, byId.siteId);
    QVERIFY(d.userId == byId.userId);
    QCOMPARE(d.name, byId.name);
    QCOMPARE(d.description, byId.description);
    QCOMPARE(d.permissionSet, PermissionSet::None);
    QVERIFY(d.previousPermissionSet == byId.previousPermissionSet);
    QVERIFY(d.previousPermissionSet == PermissionSet::SyncApp);
    QCOMPARE(d.permissionCeiling, byId.permissionCeiling);
    QCOMPARE(d.createdAt, byId.createdAt);
    QVERIFY(d.createdBy == byId.createdBy);
    QVERIFY(d.expiresAt == byId.expiresAt);
    QVERIFY(d.lastUseAt == byId.lastUseAt && d.lastUseAt.has_value());
    QCOMPARE(d.prefix, byId.prefix);
    QCOMPARE(d.digest, byId.digest);
    QCOMPARE(d.s3AccessKeyId, byId.s3AccessKeyId);
    QCOMPARE(d.s3SecretSealed, byId.s3SecretSealed);
    QCOMPARE(d.s3KekId, byId.s3KekId);
    QCOMPARE(d.ownerName, QStringLiteral("ann"));
    QCOMPARE(d.siteSubdomain, QStringLiteral("acme"));
    QVERIFY(byDigest.owner);
    QCOMPARE(byDigest.owner->id, w.ann.id);
    QCOMPARE(byDigest.owner->role, Role::User);
    QVERIFY(!w.store().keyByDigest(QByteArray(32, 'x')).value());
}

void TestSqlStore::storeUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("kind");
    const int sqlite = int(StoreUrl::Kind::SQLite);
    const int pg = int(StoreUrl::Kind::PostgreSQL);
    const int server = int(StoreUrl::Kind::Server);
    QTest::newRow("sqlite absolute") << QStringLiteral("sqlite:/tmp/x.sqlite") << true << sqlite;
    QTest::newRow("sqlite relative") << QStringLiteral("sqlite:x.sqlite") << true << sqlite;
    QTest::newRow("bare path") << QStringLiteral("/var/lib/keydesk.sqlite") << true << sqlite;
    QTest::newRow("sqlite empty") << QStringLiteral("sqlite:") << false << 0;
    QTest::newRow("empty") << QString() << false << 0;
    QTest::newRow("postgresql") << QStringLiteral("postgresql://kd@db.example:5432/keydesk") << true
                                << pg;
    QTest::newRow("postgresql without db")
        << QStringLiteral("postgresql://kd@db.example:5432") << false << 0;
    QTest::newRow("postgresql with password")
        << QStringLiteral("postgresql://kd:pw@db:5432/keydesk") << false << 0;
    postgresSchemaRows(pg);
    QTest::newRow("https") << QStringLiteral("https://keys.example.com") << true << server;
    QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:8080") << true << server;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080") << true << server;
    QTest::newRow("http remote") << QStringLiteral("http://keys.example.com") << false << 0;
    QTest::newRow("server with path") << QStringLiteral("https://keys.example.com/x") << false << 0;
    QTest::newRow("unknown scheme") << QStringLiteral("ftp://x") << false << 0;
}

void TestSqlStore::storeUrls()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, kind);
    auto url = StoreUrl::parse(text);
    QCOMPARE(url.has_value(), valid);
    if (!valid) {
        QCOMPARE(url.error().code, ErrorCode::InvalidInput);
        QVERIFY(!url.error().message.contains(QStringLiteral("pw")));
        return;
    }
    QCOMPARE(int(url->kind), kind);
    if (url->kind == StoreUrl::Kind::SQLite)
        QVERIFY(url->path.startsWith(QLatin1Char('/')));
    if (url->kind == StoreUrl::Kind::PostgreSQL)
        QCOMPARE(url->postgresDatabase(), QStringLiteral("keydesk"));
}

void TestSqlStore::initializeOnlyOnce()
{
    QTemporaryDir dir;
    const auto pg = TestWorld::freshPostgresUrl();
    const StoreUrl url =
        pg ? *pg
           : *StoreUrl::parse(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("k.sqlite")));
    const InitRequest request{QStringLiteral("Acme"), QStringLiteral("acme"),
                              QStringLiteral("alice")};
    auto first = LocalBackend::initialize(url, request);
    QVERIFY(first);
    // SQLite creates its KEK file beside the database; PostgreSQL's KEKs are only configured.
    QCOMPARE(QFile::exists(url.path + QStringLiteral(".kek")), !pg);
    const InitResult& r = first->second;
    auto session = first->first->signIn(r.adminKey.secret.view());
    QVERIFY(session);
    QCOMPARE((*session)->principal().role, Role::SiteAdmin);
    first->first.reset();
    auto opened = LocalBackend::open(url);
    QVERIFY(opened);
    QVERIFY((*opened)->signIn(r.adminKey.secret.view()));
    opened->reset();
    KD_EXPECT_ERROR(LocalBackend::initialize(url, request), ErrorCode::Conflict);
    const InitRequest bad{QStringLiteral("Acme"), QStringLiteral("Not A Subdomain"),
                          QStringLiteral("alice")};
    QTemporaryDir other;
    const StoreUrl url2 = pg ? *TestWorld::freshPostgresUrl()
                             : *StoreUrl::parse(QStringLiteral("sqlite:") +
                                                other.filePath(QStringLiteral("k.sqlite")));
    KD_EXPECT_ERROR(LocalBackend::initialize(url2, bad), ErrorCode::InvalidInput);
    if (pg) { // the worlds' schemas are dropped by TestWorld; these two by hand
        TestWorld w;
        for (const StoreUrl& u : {url, url2})
            KD_EXPECT_OK(w.store().exec(QStringLiteral("DROP SCHEMA IF EXISTS ") +
                                        u.postgresSchema() + QStringLiteral(" CASCADE")));
    }
}

QTEST_GUILESS_MAIN(TestSqlStore)
#include "tst_SqlStore.moc"
