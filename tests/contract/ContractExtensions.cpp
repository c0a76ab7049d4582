// SPDX-License-Identifier: GPL-3.0-or-later
// E1-E3 of DESIGN.md section 3, keys that may not manage keys, and the list contract (pages,
// sort, filters, unknown ids), through the Session API.
#include "ContractTest.h"

#include "Expect.h"

#include <QSet>
#include <QTest>

using namespace keydesk;
using namespace keydesk::contract;

void TestContract::E1_helpdeskManagesUserKeysOnly()
{
    Session& desk = w.desk.s();
    const ApiKey annKey = w.create(w.userKey(w.ann)).key;
    const ApiKey benKey = w.create(w.userKey(w.ben)).key;
    const ApiKey siteKey = w.create(w.siteWideKey(w.acme)).key;
    auto seen = allKeys(desk, w.acme.id);
    KD_EXPECT_OK(seen);
    QVERIFY(contains(*seen, annKey.id));
    QVERIFY(contains(*seen, benKey.id));
    QVERIFY(std::all_of(seen->begin(), seen->end(), [](const ApiKey& k) { return k.userId; }));
    KD_EXPECT_ERROR(desk.key(siteKey.id), ErrorCode::NotFound);
    KD_EXPECT_ERROR(desk.disableKey(siteKey.id), ErrorCode::NotFound);

    KD_EXPECT_OK(desk.disableKey(benKey.id));
    auto enabled = desk.enableKey(benKey.id, std::nullopt);
    KD_EXPECT_OK(enabled);
    QCOMPARE(enabled->permissionSet, PermissionSet::Full);
    KD_EXPECT_ERROR(desk.updateKey(benKey.id, KeyUpdate{QStringLiteral("x"), {}, {}, {}}),
                    ErrorCode::NotAuthorized);
    KD_EXPECT_OK(desk.revokeKey(annKey.id));
    QVERIFY(w.resetSettings(true));
    KD_EXPECT_ERROR(desk.createKey(w.userKey(w.ben)), ErrorCode::NotAuthorized);
    KD_EXPECT_ERROR(desk.updateSettings(w.acme.id, SiteSettingsUpdate{false, {}, {}}),
                    ErrorCode::NotAuthorized);
    KD_EXPECT_ERROR(desk.createUser(NewUser{w.acme.id, QStringLiteral("e1"), {}, Role::User}),
                    ErrorCode::NotAuthorized);
}

void TestContract::E2_auditVisibilityPerRole()
{
    const ApiKey siteKey = w.create(w.siteWideKey(w.acme)).key;
    const ApiKey annKey = w.create(w.userKey(w.ann)).key;
    const ApiKey benKey = w.create(w.userKey(w.ben)).key;
    KD_EXPECT_OK(w.admin.s().disableKey(benKey.id));
    KD_EXPECT_OK(w.admin.s().updateSettings(w.acme.id, SiteSettingsUpdate{true, {}, {}}));
    const auto has = [](const QList<AuditEvent>& events, const char* action, qint64 key) {
        return std::any_of(events.begin(), events.end(), [&](const AuditEvent& e) {
            return e.action == QLatin1String(action) && (key == 0 || e.targetKeyId == key);
        });
    };
    auto all = allEvents(w.admin.s(), w.acme.id); // admins: everything
    KD_EXPECT_OK(all);
    QVERIFY(has(*all, "key.create", siteKey.id));
    QVERIFY(has(*all, "key.disable", benKey.id));
    QVERIFY(has(*all, "site.update", 0));
    QVERIFY(has(*all, "user.create", 0));

    auto desk = allEvents(w.desk.s(), w.acme.id); // help desk: user-key events
    KD_EXPECT_OK(desk);
    QVERIFY(has(*desk, "key.create", annKey.id));
    QVERIFY(has(*desk, "key.disable", benKey.id));
    for (const AuditEvent& e : std::as_const(*desk))
        QCOMPARE(e.keyKind, std::optional(KeyKind::User));

    auto ann = allEvents(w.ann.s(), w.acme.id); // users: their own keys
    KD_EXPECT_OK(ann);
    QVERIFY(has(*ann, "key.create", annKey.id));
    for (const AuditEvent& e : std::as_const(*ann))
        QCOMPARE(e.keyOwnerId, std::optional<qint64>(w.ann.id()));
    QVERIFY(!has(*ann, "key.create", benKey.id));
}

void TestContract::E3_parentAdminAdministersChildSite()
{
    Session& admin = w.admin.s();
    auto children = admin.childSites();
    KD_EXPECT_OK(children);
    QVERIFY(std::any_of(children->begin(), children->end(),
                        [&](const Site& s) { return s.id == w.acmeEu.id && s.parentId; }));
    auto bySubdomain = admin.siteBySubdomain(w.acmeEu.subdomain);
    KD_EXPECT_OK(bySubdomain);
    QCOMPARE(bySubdomain->id, w.acmeEu.id);
    auto users = admin.users(w.acmeEu.id);
    KD_EXPECT_OK(users);
    QVERIFY(std::any_of(users->begin(), users->end(),
                        [&](const User& u) { return u.id == w.eve.id(); }));

    auto newcomer =
        admin.createUser(NewUser{w.acmeEu.id, QStringLiteral("e3user"), {}, Role::User});
    KD_EXPECT_OK(newcomer);
    QCOMPARE(newcomer->siteId, w.acmeEu.id);
    CreateKeyRequest r;
    r.siteId = w.acmeEu.id;
    r.userId = newcomer->id;
    r.name = QStringLiteral("made by the parent admin");
    const CreatedKey created = w.create(r);
    QCOMPARE(created.key.siteId, w.acmeEu.id); // it belongs to the child site (R10, R11)
    KD_EXPECT_OK(w.signIn(created.secret, w.acmeEu.subdomain));
    KD_EXPECT_ERROR(w.signIn(created.secret, w.acme.subdomain), ErrorCode::NotAuthenticated);
    KD_EXPECT_OK(admin.disableKey(created.key.id));
    KD_EXPECT_OK(admin.revokeKey(created.key.id));
    KD_EXPECT_OK(admin.updateSettings(w.acmeEu.id, SiteSettingsUpdate{false, {}, {}}));
    KD_EXPECT_OK(admin.setUserDisabled(w.acmeEu.id, QStringLiteral("e3user"), true));
    auto keys = allKeys(admin, w.acmeEu.id);
    KD_EXPECT_OK(keys);
    QVERIFY(std::all_of(keys->begin(), keys->end(),
                        [&](const ApiKey& k) { return k.siteId == w.acmeEu.id; }));
}

void TestContract::E3_nobodyElseCrossesSites()
{
    const ApiKey eveKey = w.create(w.userKey(w.eve)).key;
    const ApiKey annKey = w.create(w.userKey(w.ann)).key;
    for (Member* m : {&w.desk, &w.ann}) { // the parent's non-admins
        KD_EXPECT_ERROR(allKeys(m->s(), w.acmeEu.id), ErrorCode::NotAuthorized);
        KD_EXPECT_ERROR(m->s().key(eveKey.id), ErrorCode::NotFound);
        KD_EXPECT_ERROR(m->s().siteBySubdomain(w.acmeEu.subdomain), ErrorCode::NotFound);
    }
    Session& child = w.euAdmin.s(); // a child admin has no say on the parent
    KD_EXPECT_ERROR(allKeys(child, w.acme.id), ErrorCode::NotAuthorized);
    KD_EXPECT_ERROR(child.key(annKey.id), ErrorCode::NotFound);
    KD_EXPECT_ERROR(child.revokeKey(annKey.id), ErrorCode::NotFound);
    KD_EXPECT_ERROR(child.siteBySubdomain(w.acme.subdomain), ErrorCode::NotFound);
    KD_EXPECT_ERROR(child.updateSettings(w.acme.id, SiteSettingsUpdate{true, {}, {}}),
                    ErrorCode::NotFound); // the parent is not a site it can see
    CreateKeyRequest onParent = w.siteWideKey(w.acme);
    KD_EXPECT_ERROR(child.createKey(onParent), ErrorCode::NotAuthorized);
    KD_EXPECT_ERROR(child.createChildSite(QStringLiteral("Grandchild"), QStringLiteral("gc")),
                    ErrorCode::InvalidInput); // one level only
    auto own = allKeys(child, w.acmeEu.id);   // on its own site it is an admin
    KD_EXPECT_OK(own);
    QVERIFY(contains(*own, eveKey.id));
}

void TestContract::limitedKeyManagesNothing()
{
    CreateKeyRequest r = w.userKey(w.ben, QStringLiteral("desktop app"));
    r.permissionSet = PermissionSet::DesktopApp;
    const CreatedKey created = w.create(r);
    auto session = w.signIn(created.secret, w.acme.subdomain);
    if (!session) { // a server may refuse such a key at the door
        QCOMPARE(errorCodeName(session.error().code), errorCodeName(ErrorCode::NotAuthorized));
        return;
    }
    Session& s = **session;
    KD_EXPECT_ERROR(allKeys(s, w.acme.id), ErrorCode::NotAuthorized);
    KD_EXPECT_ERROR(s.key(created.key.id), ErrorCode::NotAuthorized);
    KD_EXPECT_ERROR(s.createKey(w.userKey(w.ben)), ErrorCode::NotAuthorized);
    KD_EXPECT_ERROR(s.disableKey(created.key.id), ErrorCode::NotAuthorized);
}

void TestContract::listsArePagedAndSorted()
{
    for (int i = 0; i < 5; ++i)
        w.create(w.userKey(w.ben, QStringLiteral("paging-%1").arg(i)));
    KeyQuery q;
    q.siteId = w.acme.id;
    q.text = QStringLiteral("paging-");
    q.sortBy = KeySortField::Name;
    q.descending = true;
    q.limit = 2;
    QStringList names;
    for (int pages = 0; pages < 10; ++pages) {
        auto page = w.admin.s().listKeys(q);
        KD_EXPECT_OK(page);
        QVERIFY(page->keys.size() <= 2);
        for (const ApiKey& k : std::as_const(page->keys))
            names << k.name;
        if (page->nextCursor.isEmpty())
            break;
        q.cursor = page->nextCursor;
    }
    QStringList expected;
    for (int i = 4; i >= 0; --i)
        expected << QStringLiteral("paging-%1").arg(i);
    QCOMPARE(names, expected);
}

void TestContract::listsAreFilteredByTheStore()
{
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i)
        ids << w.create(w.userKey(w.ben, QStringLiteral("filtering-%1").arg(i))).key.id;
    KD_EXPECT_OK(w.admin.s().disableKey(ids.at(1)));
    KeyQuery disabled;
    disabled.siteId = w.acme.id;
    disabled.status = KeyStatus::Disabled;
    disabled.text = QStringLiteral("filtering-");
    auto off = w.admin.s().listKeys(disabled);
    KD_EXPECT_OK(off);
    QCOMPARE(off->keys.size(), 1);
    QCOMPARE(off->keys.first().id, ids.at(1));
    KeyQuery siteWide;
    siteWide.siteId = w.acme.id;
    siteWide.kind = KeyKindFilter::SiteWide;
    siteWide.limit = 10000;
    auto sw = w.admin.s().listKeys(siteWide);
    KD_EXPECT_OK(sw);
    QVERIFY(!sw->keys.isEmpty());
    QVERIFY(
        std::all_of(sw->keys.begin(), sw->keys.end(), [](const ApiKey& k) { return !k.userId; }));

    // Search text travels as typed, whatever URL syntax it contains.
    const QString odd = QStringLiteral("a+b & c=d 100% #1 é");
    const ApiKey oddKey = w.create(w.userKey(w.ben, odd)).key;
    KeyQuery search;
    search.siteId = w.acme.id;
    search.text = QStringLiteral("+b & c=d 100% #1 é");
    auto found = w.admin.s().listKeys(search);
    KD_EXPECT_OK(found);
    QCOMPARE(found->keys.size(), 1);
    QCOMPARE(found->keys.first().id, oddKey.id);
    QCOMPARE(found->keys.first().name, odd);
}

void TestContract::unknownIdsAreNotFound()
{
    constexpr qint64 kNoSuchId = 987654321;
    Session& admin = w.admin.s();
    KD_EXPECT_ERROR(admin.key(kNoSuchId), ErrorCode::NotFound);
    KD_EXPECT_ERROR(admin.updateKey(kNoSuchId, KeyUpdate{QStringLiteral("x"), {}, {}, {}}),
                    ErrorCode::NotFound);
    KD_EXPECT_ERROR(admin.disableKey(kNoSuchId), ErrorCode::NotFound);
    KD_EXPECT_ERROR(admin.enableKey(kNoSuchId, std::nullopt), ErrorCode::NotFound);
    KD_EXPECT_ERROR(admin.revokeKey(kNoSuchId), ErrorCode::NotFound);
    KD_EXPECT_ERROR(admin.site(kNoSuchId), ErrorCode::NotFound);
    KD_EXPECT_ERROR(admin.userByName(w.acme.id, QStringLiteral("nobody")), ErrorCode::NotFound);
    KD_EXPECT_ERROR(admin.siteBySubdomain(QStringLiteral("nowhere")), ErrorCode::NotFound);

    // Audit pages walk back in time without repeats.
    AuditQuery q;
    q.siteId = w.acme.id;
    q.limit = 3;
    QSet<qint64> seen;
    for (int pages = 0; pages < 4; ++pages) {
        auto page = admin.audit(q);
        KD_EXPECT_OK(page);
        for (const AuditEvent& e : std::as_const(page->events)) {
            QVERIFY(!seen.contains(e.id));
            seen.insert(e.id);
        }
        if (page->nextCursor.isEmpty())
            break;
        q.cursor = page->nextCursor;
    }
    QVERIFY(seen.size() >= 9);
}
