// SPDX-License-Identifier: GPL-3.0-or-later
// Rules R10-R12 and extensions E1, E3 through KeyService and AdminService.
#include "Expect.h"
#include "TestWorld.h"

using namespace keydesk;
using keydesk::test::TestWorld;

class TestRulesSites : public QObject {
    Q_OBJECT

private slots:
    void R10_parentKeyFailsOnChildAndChildKeyOnParent();
    void R10_siteWideKeysAreBoundToo();
    void R11_userKeyWorksOnlyWhileItsUserIsActiveOnTheSite();
    void R11_keyOnChildSiteForParentUserIsRefused();
    void R12_expiredKeysAuthenticateNothing();
    void R12_expiryCannotBeInThePast();
    void R12_requireKeyExpiryBoundsNewAndEditedKeys();
    void R12_maxLifetimeBoundsNewAndEditedKeys();
    void E1_helpdeskSeesAllUserKeysAndNoSiteWideKey();
    void E1_helpdeskDisablesEnablesAndRevokesUserKeys();
    void E1_helpdeskCannotCreateForOthersOrChangeTheSite();
    void E3_parentAdminAdministersChildSites();
    void E3_keysCreatedThereBelongToTheChild();
    void E3_childSitesAreOneLevelOnly();
    void E3_childAdminCannotReachTheParent();
};

void TestRulesSites::R10_parentKeyFailsOnChildAndChildKeyOnParent()
{
    TestWorld w;
    const CreatedKey parentKey = w.create(w.principal(w.siteAdmin), w.userKey(w.ann));
    const CreatedKey childKey = w.create(w.principal(w.euAdmin), w.userKey(w.eve));
    QVERIFY(w.auth().authenticate(parentKey.secret.view(), w.acme.id));
    QVERIFY(w.auth().authenticate(childKey.secret.view(), w.acmeEu.id));
    QCOMPARE(w.auth().authenticate(parentKey.secret.view(), w.acmeEu.id).error().failure,
             AuthFailure::WrongSite);
    QCOMPARE(w.auth().authenticate(childKey.secret.view(), w.acme.id).error().failure,
             AuthFailure::WrongSite);
    QCOMPARE(w.auth().authenticate(parentKey.secret.view(), w.other.id).error().failure,
             AuthFailure::WrongSite);
}

void TestRulesSites::R10_siteWideKeysAreBoundToo()
{
    TestWorld w;
    const CreatedKey k = w.create(w.principal(w.siteAdmin), w.siteWideKey(w.acme));
    QVERIFY(w.auth().authenticate(k.secret.view(), w.acme.id));
    QCOMPARE(w.auth().authenticate(k.secret.view(), w.acmeEu.id).error().failure,
             AuthFailure::WrongSite);
}

void TestRulesSites::R11_userKeyWorksOnlyWhileItsUserIsActiveOnTheSite()
{
    TestWorld w;
    const Principal admin = w.principal(w.siteAdmin);
    const CreatedKey k = w.create(admin, w.userKey(w.ben));
    KD_EXPECT_OK(w.admin().setUserDisabled(admin, w.acme.id, QStringLiteral("ben"), true));
    QCOMPARE(w.auth().authenticate(k.secret.view(), w.acme.id).error().failure,
             AuthFailure::UserDisabled);
    KD_EXPECT_ERROR(w.keys().createKey(admin, w.userKey(w.ben)), ErrorCode::InvalidInput);
    KD_EXPECT_OK(w.admin().setUserDisabled(admin, w.acme.id, QStringLiteral("ben"), false));
    QVERIFY(w.auth().authenticate(k.secret.view(), w.acme.id));
    KD_EXPECT_ERROR(w.admin().setUserDisabled(admin, w.acme.id, QStringLiteral("admin"), true),
                    ErrorCode::InvalidInput); // not yourself
}

void TestRulesSites::R11_keyOnChildSiteForParentUserIsRefused()
{
    TestWorld w;
    CreateKeyRequest r = w.userKey(w.ann);
    r.siteId = w.acmeEu.id;
    const int keys = w.keyCount();
    const int events = w.auditCount();
    KD_EXPECT_ERROR(w.keys().createKey(w.principal(w.siteAdmin), r), ErrorCode::InvalidInput);
    KD_EXPECT_ERROR(w.keys().createKey(w.principal(w.euAdmin), r), ErrorCode::InvalidInput);
    QCOMPARE(w.keyCount(), keys);
    QCOMPARE(w.auditCount(), events);
}

void TestRulesSites::R12_expiredKeysAuthenticateNothing()
{
    TestWorld w;
    CreateKeyRequest r = w.userKey(w.ann);
    r.expiresAt = w.now.addSecs(3600);
    const CreatedKey k = w.create(w.principal(w.siteAdmin), r);
    w.advance(3599);
    QVERIFY(w.auth().authenticate(k.secret.view(), w.acme.id));
    w.advance(1);
    QCOMPARE(w.auth().authenticate(k.secret.view(), w.acme.id).error().failure,
             AuthFailure::Expired);
    auto listed = w.keys().key(w.principal(w.siteAdmin), k.key.id);
    QCOMPARE(listed->status(w.now), KeyStatus::Expired);
}

void TestRulesSites::R12_expiryCannotBeInThePast()
{
    TestWorld w;
    const Principal admin = w.principal(w.siteAdmin);
    for (qint64 offset : {-86400LL, -1LL, 0LL}) {
        CreateKeyRequest r = w.userKey(w.ann);
        r.expiresAt = w.now.addSecs(offset);
        KD_EXPECT_ERROR(w.keys().createKey(admin, r), ErrorCode::InvalidInput);
    }
    const qint64 id = w.create(admin, w.userKey(w.ann)).key.id;
    KeyUpdate u;
    u.expiresAt = std::optional<QDateTime>(w.now.addDays(-1));
    KD_EXPECT_ERROR(w.keys().updateKey(admin, id, u), ErrorCode::InvalidInput);
    QVERIFY(!w.store().key(id).value()->expiresAt);
}

void TestRulesSites::R12_requireKeyExpiryBoundsNewAndEditedKeys()
{
    TestWorld w;
    const Principal admin = w.principal(w.siteAdmin);
    CreateKeyRequest withExpiry = w.userKey(w.ann);
    withExpiry.expiresAt = w.now.addDays(10);
    const qint64 id = w.create(admin, withExpiry).key.id;
    KD_EXPECT_OK(w.admin().updateSettings(admin, w.acme.id, SiteSettingsUpdate{{}, {}, true}));
    KD_EXPECT_ERROR(w.keys().createKey(admin, w.userKey(w.ann)), ErrorCode::InvalidInput);
    KeyUpdate never;
    never.expiresAt = std::optional<QDateTime>();
    KD_EXPECT_ERROR(w.keys().updateKey(admin, id, never), ErrorCode::InvalidInput);
    KeyUpdate rename; // fields other than expiry stay editable
    rename.name = QStringLiteral("renamed");
    KD_EXPECT_OK(w.keys().updateKey(admin, id, rename));
}

void TestRulesSites::R12_maxLifetimeBoundsNewAndEditedKeys()
{
    TestWorld w;
    const Principal admin = w.principal(w.siteAdmin);
    KD_EXPECT_OK(w.admin().updateSettings(admin, w.acme.id,
                                          SiteSettingsUpdate{{}, std::optional<int>(30), {}}));
    CreateKeyRequest r = w.userKey(w.ann);
    r.expiresAt = w.now.addDays(31);
    KD_EXPECT_ERROR(w.keys().createKey(admin, r), ErrorCode::InvalidInput);
    r.expiresAt = w.now.addDays(30);
    const qint64 id = w.create(admin, r).key.id;
    w.advance(10 * 86400);
    KeyUpdate later;
    later.expiresAt = std::optional<QDateTime>(w.now.addDays(25)); // 35 days after creation
    KD_EXPECT_ERROR(w.keys().updateKey(admin, id, later), ErrorCode::InvalidInput);
    later.expiresAt = std::optional<QDateTime>(w.now.addDays(15));
    KD_EXPECT_OK(w.keys().updateKey(admin, id, later));
    KD_EXPECT_ERROR(w.admin().updateSettings(admin, w.acme.id,
                                             SiteSettingsUpdate{{}, std::optional<int>(0), {}}),
                    ErrorCode::InvalidInput);
}

void TestRulesSites::E1_helpdeskSeesAllUserKeysAndNoSiteWideKey()
{
    TestWorld w;
    const qint64 siteWide = w.create(w.principal(w.siteAdmin), w.siteWideKey(w.acme)).key.id;
    auto page = w.keys().listKeys(w.principal(w.helpdesk), KeyQuery{});
    QVERIFY(page);
    QCOMPARE(page->keys.size(), 4); // admin, desk, ann, ben
    for (const ApiKey& k : page->keys)
        QCOMPARE(k.kind(), KeyKind::User);
    KD_EXPECT_ERROR(w.keys().key(w.principal(w.helpdesk), siteWide), ErrorCode::NotFound);
    KD_EXPECT_ERROR(w.keys().disableKey(w.principal(w.helpdesk), siteWide), ErrorCode::NotFound);
    KD_EXPECT_OK(w.keys().key(w.principal(w.helpdesk), w.principal(w.ben).keyId));
}

void TestRulesSites::E1_helpdeskDisablesEnablesAndRevokesUserKeys()
{
    TestWorld w;
    const Principal desk = w.principal(w.helpdesk);
    const CreatedKey k = w.create(w.principal(w.siteAdmin), w.userKey(w.ben));
    KD_EXPECT_OK(w.keys().disableKey(desk, k.key.id));
    QVERIFY(!w.auth().authenticate(k.secret.view(), w.acme.id));
    KD_EXPECT_OK(w.keys().enableKey(desk, k.key.id));
    QVERIFY(w.auth().authenticate(k.secret.view(), w.acme.id));
    KeyUpdate rename;
    rename.name = QStringLiteral("x");
    KD_EXPECT_ERROR(w.keys().updateKey(desk, k.key.id, rename), ErrorCode::NotAuthorized);
    KD_EXPECT_OK(w.keys().revokeKey(desk, k.key.id));
    QVERIFY(!w.auth().authenticate(k.secret.view(), w.acme.id));
}

void TestRulesSites::E1_helpdeskCannotCreateForOthersOrChangeTheSite()
{
    TestWorld w;
    w.setUsersCanCreate(w.acme, true);
    const Principal desk = w.principal(w.helpdesk);
    KD_EXPECT_ERROR(w.keys().createKey(desk, w.userKey(w.ben)), ErrorCode::NotAuthorized);
    KD_EXPECT_OK(w.keys().createKey(desk, w.userKey(w.helpdesk))); // own key, setting on
    KD_EXPECT_ERROR(w.admin().updateSettings(desk, w.acme.id, SiteSettingsUpdate{false, {}, {}}),
                    ErrorCode::NotAuthorized);
    KD_EXPECT_ERROR(
        w.admin().createUser(desk, NewUser{std::nullopt, QStringLiteral("x"), {}, Role::User}),
        ErrorCode::NotAuthorized);
    KD_EXPECT_ERROR(w.admin().setUserDisabled(desk, w.acme.id, QStringLiteral("ben"), true),
                    ErrorCode::NotAuthorized);
    auto users = w.admin().users(desk, w.acme.id);
    QVERIFY(users);
    QCOMPARE(users->size(), 4); // reads the user list, to find whose keys to handle
}

void TestRulesSites::E3_parentAdminAdministersChildSites()
{
    TestWorld w;
    const Principal admin = w.principal(w.siteAdmin);
    auto children = w.admin().childSites(admin);
    QVERIFY(children);
    QCOMPARE(children->size(), 1);
    QCOMPARE(children->first().subdomain, QStringLiteral("acme-eu"));
    auto user =
        w.admin().createUser(admin, NewUser{w.acmeEu.id, QStringLiteral("erik"), {}, Role::User});
    QVERIFY(user);
    QCOMPARE(user->siteId, w.acmeEu.id);
    KD_EXPECT_OK(w.admin().updateSettings(admin, w.acmeEu.id, SiteSettingsUpdate{true, {}, {}}));
    KeyQuery childKeys;
    childKeys.siteId = w.acmeEu.id;
    auto page = w.keys().listKeys(admin, childKeys);
    QVERIFY(page);
    QCOMPARE(page->keys.size(), 2);
    KD_EXPECT_OK(w.keys().disableKey(admin, w.principal(w.eve).keyId));
    KD_EXPECT_OK(w.admin().siteBySubdomain(admin, QStringLiteral("acme-eu")));
    KD_EXPECT_ERROR(w.admin().siteBySubdomain(admin, QStringLiteral("other")), ErrorCode::NotFound);
}

void TestRulesSites::E3_keysCreatedThereBelongToTheChild()
{
    TestWorld w;
    const Principal admin = w.principal(w.siteAdmin);
    CreateKeyRequest forEve = w.userKey(w.eve);
    const CreatedKey userKey = w.create(admin, forEve);
    const CreatedKey siteWide = w.create(admin, w.siteWideKey(w.acmeEu));
    for (const CreatedKey* k : {&userKey, &siteWide}) {
        QCOMPARE(k->key.siteId, w.acmeEu.id);
        QVERIFY(w.auth().authenticate(k->secret.view(), w.acmeEu.id));
        QCOMPARE(w.auth().authenticate(k->secret.view(), w.acme.id).error().failure,
                 AuthFailure::WrongSite);
    }
}

void TestRulesSites::E3_childSitesAreOneLevelOnly()
{
    TestWorld w;
    auto child = w.admin().createChildSite(w.principal(w.siteAdmin), QStringLiteral("Acme US"),
                                           QStringLiteral("acme-us"));
    QVERIFY(child);
    QVERIFY(child->parentId == w.acme.id);
    KD_EXPECT_ERROR(w.admin().createChildSite(w.principal(w.euAdmin), QStringLiteral("Deeper"),
                                              QStringLiteral("deeper")),
                    ErrorCode::InvalidInput);
    KD_EXPECT_ERROR(w.admin().createChildSite(w.principal(w.siteAdmin), QStringLiteral("Dup"),
                                              QStringLiteral("acme-us")),
                    ErrorCode::Conflict);
    KD_EXPECT_ERROR(
        w.admin().createChildSite(w.principal(w.ann), QStringLiteral("No"), QStringLiteral("nope")),
        ErrorCode::NotAuthorized);
}

void TestRulesSites::E3_childAdminCannotReachTheParent()
{
    TestWorld w;
    const Principal euAdmin = w.principal(w.euAdmin);
    KeyQuery parentKeys;
    parentKeys.siteId = w.acme.id;
    KD_EXPECT_ERROR(w.keys().listKeys(euAdmin, parentKeys), ErrorCode::NotAuthorized);
    KD_EXPECT_ERROR(w.keys().key(euAdmin, w.principal(w.ann).keyId), ErrorCode::NotFound);
    KD_EXPECT_ERROR(w.keys().createKey(euAdmin, w.userKey(w.ann)), ErrorCode::NotAuthorized);
    KD_EXPECT_ERROR(
        w.admin().createUser(euAdmin, NewUser{w.acme.id, QStringLiteral("x"), {}, Role::User}),
        ErrorCode::NotFound);
    KD_EXPECT_ERROR(w.keys().createKey(w.principal(w.otherAdmin), w.userKey(w.eve)),
                    ErrorCode::NotAuthorized);
}

QTEST_GUILESS_MAIN(TestRulesSites)
#include "tst_RulesSites.moc"
