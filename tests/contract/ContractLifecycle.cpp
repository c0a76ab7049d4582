// SPDX-License-Identifier: GPL-3.0-or-later
// Key lifecycle beyond Files.com (issue 6): rolling a key with a grace period, lists of keys that
// expire soon or have not been used, and the inventory report, through the Session API.
#include "ContractTest.h"

#include "Expect.h"
#include "KeyReport.h"

#include <QTest>

using namespace keydesk;
using namespace keydesk::contract;

namespace {
QDateTime utcNow()
{
    return QDateTime::currentDateTimeUtc();
}

bool near(const std::optional<QDateTime>& t, const QDateTime& expected, qint64 slackSeconds = 120)
{
    return t && std::abs(t->secsTo(expected)) <= slackSeconds;
}

const AuditEvent* findEvent(const QList<AuditEvent>& events, const char* action, qint64 key)
{
    for (const AuditEvent& e : events) {
        if (e.action == QLatin1String(action) && e.targetKeyId == key)
            return &e;
    }
    return nullptr;
}

QList<qint64> idsOf(const QList<ApiKey>& keys)
{
    QList<qint64> ids;
    for (const ApiKey& k : keys)
        ids << k.id;
    return ids;
}
} // namespace

void TestContract::rotation_replacementKeepsTheKeyAndTheOldOneExpiresAfterTheGrace()
{
    CreateKeyRequest r = w.userKey(w.ann, w.uniqueName(QStringLiteral("roll")));
    r.description = QStringLiteral("deploys");
    r.permissionSet = PermissionSet::FilesOnly;
    r.s3 = true;
    r.expiresAt = utcNow().addDays(30);
    const ApiKey old = w.create(std::move(r)).key;

    auto rolled = w.admin.s().rotateKey(old.id, RotationGrace::OneDay);
    KD_EXPECT_OK(rolled);
    const ApiKey& k = rolled->key;
    QVERIFY(k.id != old.id);
    QCOMPARE(k.name, old.name);
    QCOMPARE(k.userId, old.userId);
    QCOMPARE(k.permissionSet, PermissionSet::FilesOnly);
    QCOMPARE(k.description, old.description);
    QVERIFY(k.isS3());
    QVERIFY(k.s3AccessKeyId != old.s3AccessKeyId);
    QVERIFY(!rolled->secret.isEmpty() && !rolled->s3Secret.isEmpty());
    QVERIFY(near(k.expiresAt, utcNow().addDays(30))); // the old key's lifetime, from now
    // (A files_only key cannot sign in to the key-management API: its prefix tells it apart.)
    QVERIFY(rolled->secret.view().starts_with(k.prefix.toStdString()));

    auto before = w.admin.s().key(old.id);
    KD_EXPECT_OK(before);
    QVERIFY(near(before->expiresAt, utcNow().addDays(1)));
    QCOMPARE(before->replacedBy, std::optional<qint64>(k.id));
    QCOMPARE(before->status(utcNow()), KeyStatus::Expiring);

    auto events = allEvents(w.admin.s(), w.acme.id);
    KD_EXPECT_OK(events);
    const AuditEvent* rotate = findEvent(*events, "key.rotate", old.id);
    QVERIFY(rotate);
    QCOMPARE(rotate->details.value(QStringLiteral("replaced_by")).toInteger(), k.id);
    QCOMPARE(rotate->details.value(QStringLiteral("grace")).toString(), QStringLiteral("24h"));
    const AuditEvent* create = findEvent(*events, "key.create", k.id);
    QVERIFY(create);
    QCOMPARE(create->details.value(QStringLiteral("replaces")).toInteger(), old.id);
}

void TestContract::rotation_rolledKeyCannotBeRolledAgain()
{
    const ApiKey old = w.create(w.userKey(w.ben)).key;
    auto first = w.admin.s().rotateKey(old.id, RotationGrace::SevenDays);
    KD_EXPECT_OK(first);
    auto again = w.admin.s().rotateKey(old.id, RotationGrace::Now);
    KD_EXPECT_ERROR(again, ErrorCode::Conflict);
    QVERIFY(again.error().message.contains(QStringLiteral("already rolled")));
    QVERIFY(again.error().message.contains(QString::number(first->key.id)));
    KD_EXPECT_OK(w.admin.s().rotateKey(first->key.id, RotationGrace::Now)); // the new one may
}

void TestContract::rotation_graceNowEndsTheOldKeyAtOnce()
{
    const CreatedKey old = w.create(w.userKey(w.ben));
    KD_EXPECT_OK(w.signIn(old.secret, w.acme.subdomain));
    auto rolled = w.admin.s().rotateKey(old.key.id, RotationGrace::Now);
    KD_EXPECT_OK(rolled);
    KD_EXPECT_ERROR(w.signIn(old.secret, w.acme.subdomain), ErrorCode::NotAuthenticated);
    KD_EXPECT_OK(w.signIn(rolled->secret, w.acme.subdomain));
}

void TestContract::rotation_disabledKeyIsRefused()
{
    const ApiKey key = w.create(w.userKey(w.ben)).key;
    KD_EXPECT_OK(w.admin.s().disableKey(key.id));
    auto rolled = w.admin.s().rotateKey(key.id, RotationGrace::Now);
    KD_EXPECT_ERROR(rolled, ErrorCode::InvalidInput);
    QVERIFY(rolled.error().message.contains(QStringLiteral("enable it")));
    auto unchanged = w.admin.s().key(key.id);
    KD_EXPECT_OK(unchanged);
    QVERIFY(!unchanged->replacedBy);
}

void TestContract::rotation_onlyWhoMayCreateAndRevoke_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("owner"); // "site" = a site-wide key
    QTest::addColumn<bool>("usersCanCreate");
    QTest::addColumn<int>("expected"); // -1 = allowed, else an ErrorCode

    const int refused = int(ErrorCode::NotAuthorized);
    const int unseen = int(ErrorCode::NotFound);
    QTest::newRow("admin rolls a site-wide key") << "admin"
                                                 << "site" << false << -1;
    QTest::newRow("admin rolls a user key") << "admin"
                                            << "ann" << false << -1;
    QTest::newRow("user rolls own key, setting on") << "ann"
                                                    << "ann" << true << -1;
    QTest::newRow("user rolls own key, setting off") << "ann"
                                                     << "ann" << false << refused;
    QTest::newRow("user rolls another's key") << "ann"
                                              << "ben" << true << unseen;
    QTest::newRow("helpdesk rolls a user key") << "desk"
                                               << "ann" << true << refused;
    QTest::newRow("helpdesk rolls a site-wide key") << "desk"
                                                    << "site" << true << unseen;
    QTest::newRow("child admin rolls a parent key") << "euadmin"
                                                    << "ann" << true << unseen;
}

void TestContract::rotation_onlyWhoMayCreateAndRevoke()
{
    QFETCH(QString, who);
    QFETCH(QString, owner);
    QFETCH(bool, usersCanCreate);
    QFETCH(int, expected);
    QVERIFY(w.resetSettings(usersCanCreate));
    const Member* owners[] = {&w.ann, &w.ben};
    const Member& ownerMember = owner == QLatin1String("ann") ? *owners[0] : *owners[1];
    const ApiKey key =
        w.create(owner == QLatin1String("site") ? w.siteWideKey(w.acme) : w.userKey(ownerMember))
            .key;
    Session& s = who == QLatin1String("admin")  ? w.admin.s()
                 : who == QLatin1String("ann")  ? w.ann.s()
                 : who == QLatin1String("desk") ? w.desk.s()
                                                : w.euAdmin.s();
    auto rolled = s.rotateKey(key.id, RotationGrace::OneHour);
    if (expected < 0) {
        KD_EXPECT_OK(rolled);
        return;
    }
    KD_EXPECT_ERROR(rolled, ErrorCode(expected));
    auto unchanged = w.admin.s().key(key.id);
    KD_EXPECT_OK(unchanged);
    QVERIFY(!unchanged->replacedBy);
    QVERIFY(!unchanged->expiresAt);
}

void TestContract::expiringKeysAreFilteredOnExpiresAt()
{
    const QString stem = w.uniqueName(QStringLiteral("expiring"));
    const auto make = [&](const QString& name, std::optional<int> days) {
        CreateKeyRequest r = w.userKey(w.ben, stem + name);
        if (days)
            r.expiresAt = utcNow().addDays(*days);
        return w.create(std::move(r)).key.id;
    };
    const qint64 soon = make(QStringLiteral("-soon"), 2);
    const qint64 later = make(QStringLiteral("-later"), 20);
    make(QStringLiteral("-never"), std::nullopt);
    const qint64 off = make(QStringLiteral("-off"), 3);
    KD_EXPECT_OK(w.admin.s().disableKey(off));

    KeyQuery q;
    q.siteId = w.acme.id;
    q.text = stem + QLatin1Char('-');
    q.status = KeyStatus::Active;
    q.expiresBefore = utcNow().addDays(7);
    auto page = w.admin.s().listKeys(q);
    KD_EXPECT_OK(page);
    QCOMPARE(idsOf(page->keys), QList<qint64>{soon});

    KeyQuery after;
    after.siteId = w.acme.id;
    after.text = stem + QLatin1Char('-');
    after.expiresAtOrAfter = utcNow().addDays(7);
    auto late = w.admin.s().listKeys(after);
    KD_EXPECT_OK(late);
    QCOMPARE(idsOf(late->keys), QList<qint64>{later});
}

void TestContract::unusedKeysCountFromLastUseOrCreation()
{
    const QString stem = w.uniqueName(QStringLiteral("unused"));
    const CreatedKey used = w.create(w.userKey(w.ben, stem + QStringLiteral("-used")));
    const ApiKey idle = w.create(w.userKey(w.ben, stem + QStringLiteral("-idle"))).key;
    QTest::qWait(1100); // the REST filter has whole seconds
    const QDateTime cutoff = utcNow();
    KD_EXPECT_OK(w.signIn(used.secret, w.acme.subdomain)); // a use after the cutoff
    KeyQuery q;
    q.siteId = w.acme.id;
    q.text = stem + QLatin1Char('-');
    q.unusedSince = cutoff;
    auto page = w.admin.s().listKeys(q);
    KD_EXPECT_OK(page);
    QCOMPARE(idsOf(page->keys), QList<qint64>{idle.id});
    auto shown = w.admin.s().key(used.key.id);
    KD_EXPECT_OK(shown);
    QVERIFY(shown->lastUseAt); // last_use_at travels everywhere
    q.unusedSince = utcNow().addDays(-90);
    auto none = w.admin.s().listKeys(q);
    KD_EXPECT_OK(none);
    QVERIFY(none->keys.isEmpty());
}

void TestContract::inventoryReportHoldsWhatTheCallerMayList()
{
    const ApiKey siteKey = w.create(w.siteWideKey(w.acme)).key;
    const ApiKey annKey = w.create(w.userKey(w.ann)).key;
    for (Member* m : {&w.admin, &w.desk, &w.ann}) {
        KeyQuery q;
        q.siteId = w.acme.id;
        auto listed = allKeys(m->s(), w.acme.id);
        KD_EXPECT_OK(listed);
        auto report =
            KeyReport::collect([&](const KeyQuery& page) { return m->s().listKeys(page); }, q);
        KD_EXPECT_OK(report);
        QCOMPARE(idsOf(*report), idsOf(*listed));
        QCOMPARE(contains(*report, siteKey.id), m == &w.admin);
        QVERIFY(contains(*report, annKey.id));
        const QByteArray csv = KeyReport::csv(*report, utcNow());
        QCOMPARE(csv.count("\r\n"), report->size() + 1);
    }
}
