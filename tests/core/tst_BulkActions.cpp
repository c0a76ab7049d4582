// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk revoke at scale (issue 6): 10,000 keys of one user revoked by help desk in one
// transaction, with one audit event per key. Runs on SQLite and, as pg_core_BulkActions, on
// PostgreSQL; prints the time of the revoke.
#include "TestWorld.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTest>

using namespace keydesk;
using namespace keydesk::test;

class TestBulkActions : public QObject {
    Q_OBJECT

private slots:
    void bulkRevokeOf10000KeysIsOneTransaction();
    void bulkRevokeFailingHalfwayChangesNothing();

private:
    // Inserts `count` user keys of `owner` straight into the store, in one transaction.
    bool populate(TestWorld& w, const User& owner, int count);
};

bool TestBulkActions::populate(TestWorld& w, const User& owner, int count)
{
    StoreTransaction tx(w.store());
    if (!tx.begin())
        return false;
    for (int i = 0; i < count; ++i) {
        ApiKey k;
        k.siteId = owner.siteId;
        k.userId = owner.id;
        k.name = QStringLiteral("bulk %1").arg(i);
        k.permissionSet = PermissionSet::Full;
        k.permissionCeiling = PermissionSet::Full;
        k.createdAt = w.now;
        k.prefix = QStringLiteral("kdu_b%1").arg(i, 5, 10, QLatin1Char('0'));
        k.digest =
            QCryptographicHash::hash(QByteArray(k.prefix.toLatin1() + QByteArray::number(owner.id)),
                                     QCryptographicHash::Sha256);
        if (!w.store().insertKey(k))
            return false;
    }
    return tx.commit().has_value();
}

void TestBulkActions::bulkRevokeOf10000KeysIsOneTransaction()
{
    constexpr int kKeys = 10000;
    TestWorld w;
    QVERIFY(populate(w, w.ben, kKeys));
    const int keysBefore = w.keyCount();
    const int eventsBefore = w.auditCount();
    QElapsedTimer timer;
    timer.start();
    auto done = w.keys().revokeKeysForUser(w.principal(w.helpdesk), w.ben.id);
    const qint64 ms = timer.elapsed();
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QCOMPARE(done->changed.size(), kKeys + 1); // and ben's own key
    QCOMPARE(w.keyCount(), keysBefore - kKeys - 1);
    QCOMPARE(w.auditCount(), eventsBefore + kKeys + 1);
    qInfo("bulk revoke of %d keys on %s: %lld ms", kKeys + 1,
          w.isPostgres() ? "PostgreSQL" : "SQLite", ms);
    // The bound is generous for PostgreSQL: three round trips per key on a shared machine.
    QVERIFY2(ms < (w.isPostgres() ? 60000 : 20000), "the bulk revoke took too long");
}

void TestBulkActions::bulkRevokeFailingHalfwayChangesNothing()
{
    TestWorld w;
    QVERIFY(populate(w, w.ann, 50));
    const Principal sw = w.siteWidePrincipal(w.acme);
    const ApiKey siteKey = w.create(sw, w.siteWideKey(w.acme)).key;
    const int keysBefore = w.keyCount();
    const int eventsBefore = w.auditCount();
    KeyQuery query;
    query.siteId = w.acme.id;
    query.userId = w.ann.id;
    auto page = w.store().listKeys(query);
    QVERIFY(page);
    QList<qint64> ids;
    for (const ApiKey& k : std::as_const(page->keys))
        ids << k.id;
    ids.insert(ids.size() / 2, siteKey.id); // help desk may not touch it (E1)
    auto refused = w.keys().revokeKeys(w.principal(w.helpdesk), ids);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("#%1").arg(siteKey.id)));
    QCOMPARE(w.keyCount(), keysBefore);
    QCOMPARE(w.auditCount(), eventsBefore);
}

QTEST_GUILESS_MAIN(TestBulkActions)
#include "tst_BulkActions.moc"
