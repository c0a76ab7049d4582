// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk disable and revoke (issue 6), through the Session API on all four stores: one
// transaction, one audit event per key, all or nothing when the policy refuses any key.
#include "ContractTest.h"

#include "Expect.h"

#include <QTest>

using namespace keydesk;
using namespace keydesk::contract;

namespace {
// A user of acme who is about to leave, with `count` keys made by the admin.
struct Leaver {
    User user;
    QList<qint64> keys;
};

Leaver makeLeaver(ContractWorld& w, int count)
{
    Leaver l;
    auto user = w.admin.s().createUser(
        NewUser{w.acme.id,
                w.uniqueName(QStringLiteral("leaver")).remove(QLatin1Char(' ')),
                {},
                Role::User});
    if (!user)
        return l;
    l.user = *user;
    for (int i = 0; i < count; ++i) {
        CreateKeyRequest r;
        r.siteId = w.acme.id;
        r.userId = l.user.id;
        r.name = w.uniqueName();
        l.keys << w.create(r).key.id;
    }
    return l;
}

int eventsFor(const QList<AuditEvent>& events, const char* action, qint64 keyId)
{
    return int(std::count_if(events.begin(), events.end(), [&](const AuditEvent& e) {
        return e.action == QLatin1String(action) && e.targetKeyId == keyId;
    }));
}
} // namespace

void TestContract::bulk_helpdeskRevokesEveryKeyOfAUserInOneAction()
{
    const Leaver leaver = makeLeaver(w, 3);
    QCOMPARE(leaver.keys.size(), 3);
    const ApiKey benKey = w.create(w.userKey(w.ben)).key;
    auto done = w.desk.s().bulkChange(BulkAction::Revoke, KeySelection{{}, leaver.user.id});
    KD_EXPECT_OK(done);
    QCOMPARE(done->action, BulkAction::Revoke);
    QCOMPARE(done->changed, leaver.keys);
    for (qint64 id : leaver.keys)
        KD_EXPECT_ERROR(w.admin.s().key(id), ErrorCode::NotFound);
    KD_EXPECT_OK(w.admin.s().key(benKey.id)); // nobody else's keys
    auto events = allEvents(w.admin.s(), w.acme.id);
    KD_EXPECT_OK(events);
    for (qint64 id : leaver.keys)
        QCOMPARE(eventsFor(*events, "key.revoke", id), 1);
}

void TestContract::bulk_disableByIdsWritesOneEventPerChangedKey()
{
    const ApiKey a = w.create(w.userKey(w.ann)).key;
    const ApiKey b = w.create(w.userKey(w.ben)).key;
    KD_EXPECT_OK(w.admin.s().disableKey(b.id));
    auto done = w.desk.s().bulkChange(BulkAction::Disable, KeySelection{{a.id, b.id, a.id}, {}});
    KD_EXPECT_OK(done);
    QCOMPARE(done->changed, QList<qint64>{a.id});
    QCOMPARE(done->unchanged, QList<qint64>{b.id}); // already disabled: nothing written
    auto key = w.admin.s().key(a.id);
    KD_EXPECT_OK(key);
    QCOMPARE(key->permissionSet, PermissionSet::None);
    auto enabled = w.admin.s().enableKey(a.id, std::nullopt); // R7: the previous set again
    KD_EXPECT_OK(enabled);
    QCOMPARE(enabled->permissionSet, PermissionSet::Full);
    auto events = allEvents(w.admin.s(), w.acme.id);
    KD_EXPECT_OK(events);
    QCOMPARE(eventsFor(*events, "key.disable", a.id), 1);
    QCOMPARE(eventsFor(*events, "key.disable", b.id), 1); // the single disable only
}

void TestContract::bulk_oneRefusedKeyFailsTheWholeBatch()
{
    const ApiKey annKey = w.create(w.userKey(w.ann)).key;
    const ApiKey siteKey = w.create(w.siteWideKey(w.acme)).key;
    // Help desk cannot touch a site-wide key (E1): the batch fails, naming it, and nothing changes.
    auto refused =
        w.desk.s().bulkChange(BulkAction::Revoke, KeySelection{{annKey.id, siteKey.id}, {}});
    KD_EXPECT_ERROR(refused, ErrorCode::NotFound);
    QVERIFY2(refused.error().message.contains(QStringLiteral("#%1").arg(siteKey.id)),
             qPrintable(refused.error().message));
    QVERIFY(!refused.error().message.contains(QStringLiteral("#%1:").arg(annKey.id)));
    KD_EXPECT_OK(w.admin.s().key(annKey.id));
    KD_EXPECT_OK(w.admin.s().key(siteKey.id));
    // An unknown id fails the batch too.
    KD_EXPECT_ERROR(
        w.admin.s().bulkChange(BulkAction::Disable, KeySelection{{annKey.id, 999999}, {}}),
        ErrorCode::NotFound);
    auto key = w.admin.s().key(annKey.id);
    KD_EXPECT_OK(key);
    QCOMPARE(key->permissionSet, PermissionSet::Full);
    // The admin may revoke both at once.
    auto done =
        w.admin.s().bulkChange(BulkAction::Revoke, KeySelection{{annKey.id, siteKey.id}, {}});
    KD_EXPECT_OK(done);
    QCOMPARE(done->changed.size(), 2);
}

void TestContract::bulk_usersActOnlyOnTheirOwnKeysAsThePolicySays()
{
    const ApiKey annKey = w.create(w.userKey(w.ann)).key;
    const ApiKey benKey = w.create(w.userKey(w.ben)).key;
    // Another user's keys: by user, refused; by id, not even visible.
    KD_EXPECT_ERROR(w.ann.s().bulkChange(BulkAction::Disable, KeySelection{{}, w.ben.id()}),
                    ErrorCode::NotAuthorized);
    KD_EXPECT_ERROR(w.ann.s().bulkChange(BulkAction::Disable, KeySelection{{benKey.id}, {}}),
                    ErrorCode::NotFound);
    // Own keys: disable always, revoke only while users_can_create_api_keys is on (R8).
    KD_EXPECT_ERROR(w.ann.s().bulkChange(BulkAction::Revoke, KeySelection{{annKey.id}, {}}),
                    ErrorCode::NotAuthorized);
    KD_EXPECT_OK(w.ann.s().bulkChange(BulkAction::Disable, KeySelection{{annKey.id}, {}}));
    QVERIFY(w.resetSettings(true));
    KD_EXPECT_OK(w.ann.s().bulkChange(BulkAction::Revoke, KeySelection{{annKey.id}, {}}));
    // Another site's users are not found (R10, E3 only downwards).
    KD_EXPECT_ERROR(w.euAdmin.s().bulkChange(BulkAction::Revoke, KeySelection{{}, w.ben.id()}),
                    ErrorCode::NotFound);
    KD_EXPECT_ERROR(w.admin.s().bulkChange(BulkAction::Revoke, KeySelection{}),
                    ErrorCode::InvalidInput);
}
