// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log viewer's filters (issue 6): actor, key, action and time range, through the
// Session API on all four stores, on top of the visibility of E2.
#include "ContractTest.h"

#include "Expect.h"

#include <QTest>

using namespace keydesk;
using namespace keydesk::contract;

namespace {
Result<QList<AuditEvent>> filtered(Session& s, AuditQuery q)
{
    QList<AuditEvent> all;
    q.limit = 1000;
    do {
        auto page = s.audit(q);
        if (!page)
            return std::unexpected(page.error());
        all << page->events;
        q.cursor = page->nextCursor;
    } while (!q.cursor.isEmpty());
    return all;
}
} // namespace

void TestContract::auditFilters_byActorKeyActionAndTime()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);
    const ApiKey benKey = w.create(w.userKey(w.ben)).key;
    KD_EXPECT_OK(w.desk.s().disableKey(benKey.id));
    KD_EXPECT_OK(w.admin.s().enableKey(benKey.id, std::nullopt));

    AuditQuery byDesk;
    byDesk.siteId = w.acme.id;
    byDesk.actorUserId = w.desk.id();
    byDesk.keyId = benKey.id;
    auto desk = filtered(w.admin.s(), byDesk);
    KD_EXPECT_OK(desk);
    QCOMPARE(desk->size(), 1);
    QCOMPARE(desk->first().action, QStringLiteral("key.disable"));

    AuditQuery enables;
    enables.siteId = w.acme.id;
    enables.action = QStringLiteral("key.enable");
    enables.keyId = benKey.id;
    auto enabled = filtered(w.admin.s(), enables);
    KD_EXPECT_OK(enabled);
    QCOMPARE(enabled->size(), 1);
    QCOMPARE(enabled->first().actorUserId, std::optional<qint64>(w.admin.id()));

    AuditQuery recent;
    recent.siteId = w.acme.id;
    recent.keyId = benKey.id;
    recent.since = before;
    recent.until = QDateTime::currentDateTimeUtc().addSecs(60);
    auto inRange = filtered(w.admin.s(), recent);
    KD_EXPECT_OK(inRange);
    QCOMPARE(inRange->size(), 3); // create, disable, enable
    recent.until = before;
    auto none = filtered(w.admin.s(), recent);
    KD_EXPECT_OK(none);
    QVERIFY(none->isEmpty());

    // Filters narrow what a role may see; they never widen it (E2).
    AuditQuery siteEvents;
    siteEvents.siteId = w.acme.id;
    siteEvents.action = QStringLiteral("site.update");
    KD_EXPECT_OK(w.admin.s().updateSettings(w.acme.id, SiteSettingsUpdate{true, {}, {}}));
    auto forDesk = filtered(w.desk.s(), siteEvents);
    KD_EXPECT_OK(forDesk);
    QVERIFY(forDesk->isEmpty());
    auto forAdmin = filtered(w.admin.s(), siteEvents);
    KD_EXPECT_OK(forAdmin);
    QVERIFY(!forAdmin->isEmpty());
}

void TestContract::policyViolations_listedForAdminsNeverChanged()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CreateKeyRequest neverExpires = w.userKey(w.ann, w.uniqueName(QStringLiteral("forever")));
    CreateKeyRequest longLived = w.userKey(w.ann, w.uniqueName(QStringLiteral("long")));
    longLived.expiresAt = now.addDays(300);
    CreateKeyRequest fine = w.userKey(w.ann, w.uniqueName(QStringLiteral("fine")));
    fine.expiresAt = now.addDays(10);
    const ApiKey a = w.create(neverExpires).key;
    const ApiKey b = w.create(longLived).key;
    const ApiKey c = w.create(fine).key;
    KD_EXPECT_OK(
        w.admin.s().updateSettings(w.acme.id, SiteSettingsUpdate{{}, std::optional(30), true}));
    auto found = w.admin.s().policyViolations(w.acme.id);
    KD_EXPECT_OK(found);
    const auto kindOf = [&](qint64 id) -> std::optional<ViolationKind> {
        for (const PolicyViolation& v : std::as_const(*found))
            if (v.key.id == id)
                return v.kind;
        return std::nullopt;
    };
    QCOMPARE(kindOf(a.id), std::optional(ViolationKind::NoExpiry));
    QCOMPARE(kindOf(b.id), std::optional(ViolationKind::BeyondMaxLifetime));
    QCOMPARE(kindOf(c.id), std::nullopt);
    auto still = w.admin.s().key(b.id); // listed, never changed
    KD_EXPECT_OK(still);
    QCOMPARE(still->expiresAt, b.expiresAt);
    KD_EXPECT_ERROR(w.desk.s().policyViolations(w.acme.id), ErrorCode::NotAuthorized);
    KD_EXPECT_ERROR(w.ann.s().policyViolations(w.acme.id), ErrorCode::NotAuthorized);
    KD_EXPECT_ERROR(w.ann.s().updateSettings(w.acme.id, SiteSettingsUpdate{{}, {}, false}),
                    ErrorCode::NotAuthorized);
    // A parent admin sees a child site's report (E3); the child's admin not the parent's.
    KD_EXPECT_OK(w.admin.s().policyViolations(w.acmeEu.id));
    KD_EXPECT_ERROR(w.euAdmin.s().policyViolations(w.acme.id), ErrorCode::NotFound);
    QVERIFY(w.resetSettings(false));
}
