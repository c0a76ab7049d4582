// SPDX-License-Identifier: GPL-3.0-or-later
// E2: every change writes one audit event in the same transaction; failures write none; each
// role reads what the policy lets it read.
#include "Expect.h"
#include "TestWorld.h"

#include <QJsonDocument>
#include <functional>

using namespace keydesk;
using keydesk::test::TestWorld;

namespace {
QStringList actions(const AuditPage& page)
{
    QStringList out;
    for (const AuditEvent& e : page.events)
        out << e.action;
    return out;
}
} // namespace

class TestAudit : public QObject {
    Q_OBJECT

private slots:
    void E2_everyMutationWritesExactlyOneEvent_data();
    void E2_everyMutationWritesExactlyOneEvent();
    void E2_refusedOrInvalidChangesWriteNothing();
    void E2_noOpChangesWriteNothing();
    void E2_eventsRecordActorTargetAndChanges();
    void E2_adminsReadAllHelpdeskUserKeyEventsUsersTheirOwn();
    void E2_eventsOfRevokedKeysStayVisibleToTheirOwner();
    void E2_auditPagesNewestFirst();
};

using Mutation = std::function<bool(TestWorld&)>;
Q_DECLARE_METATYPE(Mutation)

void TestAudit::E2_everyMutationWritesExactlyOneEvent_data()
{
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<QString>("action");
    const auto admin = [](TestWorld& w) { return w.principal(w.siteAdmin); };
    const auto benKey = [](TestWorld& w) { return w.principal(w.ben).keyId; };
    QTest::newRow("create") << Mutation([=](TestWorld& w) {
        return w.keys().createKey(admin(w), w.userKey(w.ann)).has_value();
    }) << QStringLiteral("key.create");
    QTest::newRow("update") << Mutation([=](TestWorld& w) {
        KeyUpdate u;
        u.name = QStringLiteral("renamed");
        u.description = QStringLiteral("two fields, one event");
        return w.keys().updateKey(admin(w), benKey(w), u).has_value();
    }) << QStringLiteral("key.update");
    QTest::newRow("disable") << Mutation([=](TestWorld& w) {
        return w.keys().disableKey(admin(w), benKey(w)).has_value();
    }) << QStringLiteral("key.disable");
    QTest::newRow("change permission set") << Mutation([=](TestWorld& w) {
        return w.keys().enableKey(admin(w), benKey(w), PermissionSet::SyncApp).has_value();
    }) << QStringLiteral("key.enable");
    QTest::newRow("revoke") << Mutation([=](TestWorld& w) {
        return w.keys().revokeKey(admin(w), benKey(w)).has_value();
    }) << QStringLiteral("key.revoke");
    QTest::newRow("site settings") << Mutation([=](TestWorld& w) {
        return w.admin()
            .updateSettings(admin(w), w.acme.id, SiteSettingsUpdate{true, 90, true})
            .has_value();
    }) << QStringLiteral("site.update");
    QTest::newRow("user create") << Mutation([=](TestWorld& w) {
        return w.admin()
            .createUser(admin(w), NewUser{{}, QStringLiteral("carl"), {}, Role::User})
            .has_value();
    }) << QStringLiteral("user.create");
    QTest::newRow("user disable") << Mutation([=](TestWorld& w) {
        return w.admin()
            .setUserDisabled(admin(w), w.acme.id, QStringLiteral("ben"), true)
            .has_value();
    }) << QStringLiteral("user.disable");
    QTest::newRow("child site") << Mutation([=](TestWorld& w) {
        return w.admin()
            .createChildSite(admin(w), QStringLiteral("Acme US"), QStringLiteral("acme-us"))
            .has_value();
    }) << QStringLiteral("child_site.create");
}

void TestAudit::E2_everyMutationWritesExactlyOneEvent()
{
    QFETCH(Mutation, mutation);
    QFETCH(QString, action);
    TestWorld w;
    const int before = w.auditCount();
    QVERIFY(mutation(w));
    QCOMPARE(w.auditCount(), before + 1);
    auto page = w.keys().listAudit(w.principal(w.siteAdmin), AuditQuery{});
    QVERIFY(page);
    QCOMPARE(page->events.first().action, action);
}

void TestAudit::E2_refusedOrInvalidChangesWriteNothing()
{
    TestWorld w;
    const int before = w.auditCount();
    const Principal ann = w.principal(w.ann);
    KD_EXPECT_ERROR(w.keys().createKey(ann, w.userKey(w.ann)), ErrorCode::NotAuthorized);
    KD_EXPECT_ERROR(w.keys().revokeKey(ann, w.principal(w.ann).keyId), ErrorCode::NotAuthorized);
    KD_EXPECT_ERROR(w.keys().createKey(w.principal(w.siteAdmin), w.userKey(w.ann, QString())),
                    ErrorCode::InvalidInput);
    KeyUpdate bad;
    bad.name = QStringLiteral("ok");
    bad.description = QString(5000, QLatin1Char('x')); // the valid name must not be written alone
    KD_EXPECT_ERROR(w.keys().updateKey(w.principal(w.siteAdmin), w.principal(w.ben).keyId, bad),
                    ErrorCode::InvalidInput);
    QCOMPARE(w.store().key(w.principal(w.ben).keyId).value()->name,
             QStringLiteral("ben's own key"));
    QCOMPARE(w.auditCount(), before);
}

void TestAudit::E2_noOpChangesWriteNothing()
{
    TestWorld w;
    const int before = w.auditCount();
    KD_EXPECT_OK(
        w.keys().enableKey(w.principal(w.siteAdmin), w.principal(w.ben).keyId)); // already on
    KD_EXPECT_OK(w.admin().updateSettings(w.principal(w.siteAdmin), w.acme.id,
                                          SiteSettingsUpdate{false, {}, {}}));
    QCOMPARE(w.auditCount(), before);
}

void TestAudit::E2_eventsRecordActorTargetAndChanges()
{
    TestWorld w;
    const Principal admin = w.principal(w.siteAdmin);
    KeyUpdate u;
    u.name = QStringLiteral("renamed");
    KD_EXPECT_OK(w.keys().updateKey(admin, w.principal(w.ben).keyId, u));
    const AuditEvent e = w.keys().listAudit(admin, AuditQuery{})->events.first();
    QVERIFY(e.actorUserId == w.siteAdmin.id);
    QVERIFY(e.actorKeyId == admin.keyId);
    QVERIFY(e.targetKeyId == w.principal(w.ben).keyId);
    QVERIFY(e.keyOwnerId == w.ben.id);
    QCOMPARE(e.at, w.now);
    const QJsonObject name = e.details.value(QStringLiteral("changes"))
                                 .toObject()
                                 .value(QStringLiteral("name"))
                                 .toObject();
    QCOMPARE(name.value(QStringLiteral("from")).toString(), QStringLiteral("ben's own key"));
    QCOMPARE(name.value(QStringLiteral("to")).toString(), QStringLiteral("renamed"));
}

void TestAudit::E2_adminsReadAllHelpdeskUserKeyEventsUsersTheirOwn()
{
    TestWorld w;
    const Principal admin = w.principal(w.siteAdmin);
    w.create(admin, w.siteWideKey(w.acme));
    w.create(admin, w.userKey(w.ann));
    w.create(admin, w.userKey(w.ben));
    KD_EXPECT_OK(w.admin().createUser(admin, NewUser{{}, QStringLiteral("carl"), {}, Role::User}));
    auto all = w.keys().listAudit(admin, AuditQuery{});
    auto desk = w.keys().listAudit(w.principal(w.helpdesk), AuditQuery{});
    auto ann = w.keys().listAudit(w.principal(w.ann), AuditQuery{});
    QVERIFY(all && desk && ann);
    QCOMPARE(actions(*all),
             (QStringList{QStringLiteral("user.create"), QStringLiteral("key.create"),
                          QStringLiteral("key.create"), QStringLiteral("key.create")}));
    QCOMPARE(desk->events.size(), 2);
    for (const AuditEvent& e : desk->events)
        QVERIFY(e.keyKind == KeyKind::User);
    QCOMPARE(ann->events.size(), 1);
    QVERIFY(ann->events.first().keyOwnerId == w.ann.id);
    auto euAdmin = w.keys().listAudit(w.principal(w.euAdmin), AuditQuery{});
    QVERIFY(euAdmin);
    QCOMPARE(euAdmin->events.size(), 0); // the child site's log has none of the parent's events
}

void TestAudit::E2_eventsOfRevokedKeysStayVisibleToTheirOwner()
{
    TestWorld w;
    w.setUsersCanCreate(w.acme, true);
    const qint64 id = w.create(w.principal(w.siteAdmin), w.userKey(w.ann)).key.id;
    KD_EXPECT_OK(w.keys().revokeKey(w.principal(w.ann), id));
    auto own = w.keys().listAudit(w.principal(w.ann), AuditQuery{});
    QVERIFY(own);
    QCOMPARE(actions(*own),
             (QStringList{QStringLiteral("key.revoke"), QStringLiteral("key.create")}));
    QCOMPARE(own->events.first().details.value(QStringLiteral("name")).toString(),
             QStringLiteral("k"));
}

void TestAudit::E2_auditPagesNewestFirst()
{
    TestWorld w;
    const Principal admin = w.principal(w.siteAdmin);
    for (int i = 0; i < 7; ++i)
        w.create(admin, w.userKey(w.ann, QStringLiteral("k%1").arg(i)));
    AuditQuery q;
    q.limit = 3;
    QList<qint64> seen;
    do {
        auto page = w.keys().listAudit(admin, q);
        QVERIFY(page);
        for (const AuditEvent& e : page->events)
            seen << e.id;
        q.cursor = page->nextCursor;
    } while (!q.cursor.isEmpty());
    QCOMPARE(seen.size(), 7);
    for (qsizetype i = 1; i < seen.size(); ++i)
        QVERIFY(seen[i] < seen[i - 1]);
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_Audit.moc"
