// SPDX-License-Identifier: GPL-3.0-or-later
// PostgreSQL stopped and started again under a live store: calls fail with the store-unavailable
// error meanwhile, and the same store object works again once the server is back, with no
// reopening by its owner (a long-running keydesk-server recovers without a restart). Stops the
// test cluster, so CTest runs it alone (RUN_SERIAL).
#include "Expect.h"
#include "TestWorld.h"

#include <QFileInfo>
#include <QProcess>

using namespace keydesk;
using keydesk::test::TestWorld;

#define KD_EXPECT_UNAVAILABLE(expr)                                                                \
    do {                                                                                           \
        const auto kd_result = (expr);                                                             \
        QVERIFY2(!kd_result.has_value(), "expected the store to be unavailable");                  \
        QCOMPARE(kd_result.error().type, QStringLiteral("service-unavailable/store-unavailable")); \
        QCOMPARE(errorCodeName(kd_result.error().code), errorCodeName(ErrorCode::StoreFailure));   \
        QVERIFY(kd_result.error().message.startsWith(QLatin1String("The store is unavailable")));  \
    } while (false)

namespace {
// pg-cluster.sh pause|resume on the fixture's cluster.
bool cluster(const char* command)
{
    const QString dir = QFileInfo(qEnvironmentVariable("KEYDESK_TEST_PG_URL_FILE")).absolutePath();
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(QStringLiteral("bash"),
            {qEnvironmentVariable("KEYDESK_TEST_PG_CLUSTER"), QString::fromLatin1(command), dir});
    return p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}
} // namespace

class TestOutage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void callsFailDuringOutageAndWorkAfter();
    void transactionCutByOutageWritesNothing();
    void firstCallsAfterRestartSucceed();
};

void TestOutage::initTestCase()
{
    if (!TestWorld::freshPostgresUrl() || qEnvironmentVariableIsEmpty("KEYDESK_TEST_PG_CLUSTER"))
        QSKIP("needs KEYDESK_TEST_PG_URL_FILE and KEYDESK_TEST_PG_CLUSTER (CTest, tests/pg)");
}

void TestOutage::cleanup()
{
    QVERIFY(cluster("resume")); // after a failed check too: the next test needs the server
}

void TestOutage::callsFailDuringOutageAndWorkAfter()
{
    TestWorld w;
    const Principal admin = w.principal(w.siteAdmin);
    const CreatedKey k = w.create(admin, w.userKey(w.ann, QStringLiteral("before")));
    QVERIFY(w.auth().authenticate(k.secret.view(), w.acme.id));
    const int keys = w.keyCount();
    const int events = w.auditCount();

    QVERIFY(cluster("pause"));
    for (int call = 0; call < 2; ++call) { // each call tries to reconnect, and fails again
        KD_EXPECT_UNAVAILABLE(w.store().key(k.key.id));
        KD_EXPECT_UNAVAILABLE(w.keys().createKey(admin, w.userKey(w.ann, QStringLiteral("x"))));
        KD_EXPECT_UNAVAILABLE(w.keys().listKeys(admin, KeyQuery{}));
        KD_EXPECT_UNAVAILABLE(w.keys().revokeKey(admin, k.key.id));
        const auto auth = w.auth().authenticate(k.secret.view(), w.acme.id);
        QVERIFY(!auth);
        QCOMPARE(int(auth.error().failure), int(AuthFailure::StoreFailure));
        QCOMPARE(auth.error().error.type, QStringLiteral("service-unavailable/store-unavailable"));
    }

    QVERIFY(cluster("resume"));
    KD_EXPECT_OK(w.store().key(k.key.id));
    QVERIFY(w.auth().authenticate(k.secret.view(), w.acme.id));
    KD_EXPECT_OK(w.keys().createKey(admin, w.userKey(w.ann, QStringLiteral("after"))));
    KD_EXPECT_OK(w.keys().listKeys(admin, KeyQuery{}));
    QCOMPARE(w.keyCount(), keys + 1); // nothing of the outage was written
    QCOMPARE(w.auditCount(), events + 1);
}

void TestOutage::transactionCutByOutageWritesNothing()
{
    TestWorld w;
    const int keys = w.keyCount();
    {
        StoreTransaction tx(w.store());
        KD_EXPECT_OK(tx.begin());
        KD_EXPECT_OK(w.store().setUserDisabled(w.ann.id, true));
        QVERIFY(cluster("pause"));
        KD_EXPECT_UNAVAILABLE(w.store().deleteKey(w.principal(w.ann).keyId));
        QVERIFY(cluster("resume"));
        // No silent reconnect inside a transaction: its first half died with the connection.
        KD_EXPECT_UNAVAILABLE(w.store().deleteKey(w.principal(w.ann).keyId));
        KD_EXPECT_UNAVAILABLE(tx.commit());
    }
    QVERIFY(!w.store().user(w.ann.id).value()->disabled);
    QCOMPARE(w.keyCount(), keys);
}

void TestOutage::firstCallsAfterRestartSucceed()
{
    // No call during the outage: the connection died unnoticed. A read (here the prepared
    // key lookup of authentication) or a BEGIN finds that out and repeats once on a new
    // connection, so the first requests after a restart do not fail.
    TestWorld w;
    const Principal admin = w.principal(w.siteAdmin);
    const CreatedKey k = w.create(admin, w.userKey(w.ann, QStringLiteral("k")));
    QVERIFY(w.auth().authenticate(k.secret.view(), w.acme.id));
    QVERIFY(cluster("pause"));
    QVERIFY(cluster("resume"));
    QVERIFY(w.auth().authenticate(k.secret.view(), w.acme.id));
    QVERIFY(cluster("pause"));
    QVERIFY(cluster("resume"));
    KD_EXPECT_OK(w.keys().createKey(admin, w.userKey(w.ann, QStringLiteral("after"))));
    QVERIFY(cluster("pause"));
    QVERIFY(cluster("resume"));
    // A write outside a transaction cannot know whether it ran: it fails, the next call works.
    KD_EXPECT_UNAVAILABLE(w.store().setUserDisabled(w.ben.id, true));
    KD_EXPECT_OK(w.store().setUserDisabled(w.ben.id, true));
}

QTEST_GUILESS_MAIN(TestOutage)
#include "tst_Outage.moc"
