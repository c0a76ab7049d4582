// SPDX-License-Identifier: GPL-3.0-or-later
// Rules R1-R9 through KeyService, on a real SQLite store.
#include "Crypto.h"
#include "Expect.h"
#include "JsonFormat.h"
#include "LocalBackend.h"
#include "LocalSession.h"
#include "TestWorld.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace keydesk;
using keydesk::test::TestWorld;

namespace {
QString text(const SecretBytes& s)
{
    return QString::fromLatin1(s.data(), s.size());
}

QList<qint64> ids(const Result<KeyPage>& page)
{
    QList<qint64> out;
    for (const ApiKey& k : page->keys)
        out << k.id;
    return out;
}
} // namespace

class TestRulesKeys : public QObject {
    Q_OBJECT

private slots:
    void R1_siteWideKeyHasTheFullApiOfItsSite();
    void R1_userKeyHasExactlyItsUsersAccess();
    void R2_adminKeyAdministersTheSite();
    void R2_nonAdminKeyReachesOnlyOwnResources();
    void R3_onlySiteAdminsCreateSiteWideKeys();
    void R3_nameRequiredDescriptionAndExpiryOptional();
    void R4_keyIsShownOnceAndNeverStored();
    void R5_adminsCreateUserKeysForAnyUserOfTheSite();
    void R5_usersCreateOwnKeysOnlyWhileTheSettingIsOn();
    void R5_userMustExist();
    void R6_s3CredentialsForUserKeysOnly();
    void R6_s3SecretIsSealedAndShownOnce();
    void R7_disableSetsNoneAndRemembersThePreviousSet();
    void R7_disabledKeyAuthenticatesNothing();
    void R7_nonAdminCannotRaiseAboveTheGrantedSet();
    void R8_revokeIsPermanentAndImmediate();
    void R8_whoMayRevoke();
    void R8_R11_openSessionsEndWithTheirKey();
    void R9_noWayToRetrieveALostKey();
};

void TestRulesKeys::R1_siteWideKeyHasTheFullApiOfItsSite()
{
    TestWorld w;
    const Principal siteWide = w.siteWidePrincipal(w.acme);
    KD_EXPECT_OK(w.admin().createUser(
        siteWide, NewUser{std::nullopt, QStringLiteral("carl"), {}, Role::User}));
    KD_EXPECT_OK(w.keys().createKey(siteWide, w.userKey(w.ben)));
    KD_EXPECT_OK(w.admin().updateSettings(siteWide, w.acme.id, SiteSettingsUpdate{true, {}, {}}));
    auto all = w.keys().listKeys(siteWide, KeyQuery{});
    QVERIFY(all);
    QCOMPARE(all->keys.size(), w.keyCount() - 3); // everything but acme-eu's and other's keys
}

void TestRulesKeys::R1_userKeyHasExactlyItsUsersAccess()
{
    TestWorld w;
    auto annKeys = w.keys().listKeys(w.principal(w.ann), KeyQuery{});
    QVERIFY(annKeys);
    QCOMPARE(ids(annKeys), QList<qint64>{w.principal(w.ann).keyId});
    const CreatedKey adminMade = w.create(w.principal(w.siteAdmin), w.userKey(w.helpdesk));
    auto p = w.auth().authenticate(adminMade.secret.view(), w.acme.id);
    QVERIFY(p);
    QCOMPARE(p->role, Role::Helpdesk); // the key carries its user's role, nothing more
}

void TestRulesKeys::R2_adminKeyAdministersTheSite()
{
    TestWorld w;
    const Principal admin = w.principal(w.siteAdmin);
    KD_EXPECT_OK(
        w.admin().createUser(admin, NewUser{std::nullopt, QStringLiteral("carl"), {}, Role::User}));
    KD_EXPECT_OK(w.admin().updateSettings(admin, w.acme.id, SiteSettingsUpdate{true, 30, true}));
    KD_EXPECT_OK(w.admin().setUserDisabled(admin, w.acme.id, QStringLiteral("ben"), true));
}

void TestRulesKeys::R2_nonAdminKeyReachesOnlyOwnResources()
{
    TestWorld w;
    w.setUsersCanCreate(w.acme, true);
    const Principal ann = w.principal(w.ann);
    KD_EXPECT_ERROR(
        w.admin().createUser(ann, NewUser{std::nullopt, QStringLiteral("carl"), {}, Role::User}),
        ErrorCode::NotAuthorized);
    KD_EXPECT_ERROR(w.admin().updateSettings(ann, w.acme.id, SiteSettingsUpdate{false, {}, {}}),
                    ErrorCode::NotAuthorized);
    KD_EXPECT_ERROR(w.keys().key(ann, w.principal(w.ben).keyId), ErrorCode::NotFound);
    KD_EXPECT_ERROR(w.keys().revokeKey(ann, w.principal(w.ben).keyId), ErrorCode::NotFound);
    KeyQuery others;
    others.userId = w.ben.id;
    KD_EXPECT_ERROR(w.keys().listKeys(ann, others), ErrorCode::NotAuthorized);
    auto users = w.admin().users(ann, w.acme.id);
    QVERIFY(users);
    QCOMPARE(users->size(), 1);
    QCOMPARE(users->first().username, QStringLiteral("ann"));
}

void TestRulesKeys::R3_onlySiteAdminsCreateSiteWideKeys()
{
    TestWorld w;
    w.setUsersCanCreate(w.acme, true);
    KD_EXPECT_OK(w.keys().createKey(w.principal(w.siteAdmin), w.siteWideKey(w.acme)));
    for (const User& u : {w.helpdesk, w.ann})
        KD_EXPECT_ERROR(w.keys().createKey(w.principal(u), w.siteWideKey(w.acme)),
                        ErrorCode::NotAuthorized);
}

void TestRulesKeys::R3_nameRequiredDescriptionAndExpiryOptional()
{
    TestWorld w;
    const Principal admin = w.principal(w.siteAdmin);
    KD_EXPECT_ERROR(w.keys().createKey(admin, w.siteWideKey(w.acme, QStringLiteral("  "))),
                    ErrorCode::InvalidInput);
    const CreatedKey bare = w.create(admin, w.siteWideKey(w.acme, QStringLiteral("  bare  ")));
    QCOMPARE(bare.key.name, QStringLiteral("bare")); // trimmed
    QVERIFY(bare.key.description.isEmpty());
    QVERIFY(!bare.key.expiresAt);
    CreateKeyRequest full = w.siteWideKey(w.acme, QStringLiteral("full"));
    full.description = QStringLiteral("nightly export");
    full.expiresAt = w.now.addDays(30);
    const CreatedKey k = w.create(admin, full);
    QCOMPARE(w.store().key(k.key.id).value()->description, QStringLiteral("nightly export"));
    QCOMPARE(*w.store().key(k.key.id).value()->expiresAt, w.now.addDays(30));
}

void TestRulesKeys::R4_keyIsShownOnceAndNeverStored()
{
    TestWorld w;
    const CreatedKey k = w.create(w.principal(w.siteAdmin), w.siteWideKey(w.acme));
    QVERIFY(text(k.secret).startsWith(QStringLiteral("kds_")));
    QCOMPARE(k.key.digest, crypto::sha256(k.secret.view()));
    const ApiKey stored = *w.store().key(k.key.id).value();
    QCOMPARE(stored.digest, k.key.digest);
    QCOMPARE(stored.prefix, text(k.secret).left(10));
    const QByteArray json = QJsonDocument(JsonFormat::key(stored, w.now)).toJson();
    QVERIFY(!json.contains(text(k.secret).mid(10).toLatin1()));
    QVERIFY(w.auth().authenticate(k.secret.view(), w.acme.id));
}

void TestRulesKeys::R5_adminsCreateUserKeysForAnyUserOfTheSite()
{
    TestWorld w;
    for (const User& u : {w.siteAdmin, w.helpdesk, w.ann, w.ben}) {
        const CreatedKey k = w.create(w.principal(w.siteAdmin), w.userKey(u));
        QVERIFY(k.key.userId == u.id);
        QVERIFY(text(k.secret).startsWith(QStringLiteral("kdu_")));
    }
}

void TestRulesKeys::R5_usersCreateOwnKeysOnlyWhileTheSettingIsOn()
{
    TestWorld w;
    const Principal ann = w.principal(w.ann);
    KD_EXPECT_ERROR(w.keys().createKey(ann, w.userKey(w.ann)), ErrorCode::NotAuthorized);
    w.setUsersCanCreate(w.acme, true);
    KD_EXPECT_OK(w.keys().createKey(ann, w.userKey(w.ann)));
    KD_EXPECT_ERROR(w.keys().createKey(ann, w.userKey(w.ben)), ErrorCode::NotAuthorized);
}

void TestRulesKeys::R5_userMustExist()
{
    TestWorld w;
    CreateKeyRequest r = w.userKey(w.ann);
    r.userId = 99999;
    KD_EXPECT_ERROR(w.keys().createKey(w.principal(w.siteAdmin), r), ErrorCode::NotFound);
}

void TestRulesKeys::R6_s3CredentialsForUserKeysOnly()
{
    TestWorld w;
    CreateKeyRequest siteWide = w.siteWideKey(w.acme);
    siteWide.s3 = true;
    const int before = w.keyCount();
    KD_EXPECT_ERROR(w.keys().createKey(w.principal(w.siteAdmin), siteWide),
                    ErrorCode::InvalidInput);
    QCOMPARE(w.keyCount(), before);
}

void TestRulesKeys::R6_s3SecretIsSealedAndShownOnce()
{
    TestWorld w;
    CreateKeyRequest r = w.userKey(w.ann);
    r.s3 = true;
    const CreatedKey k = w.create(w.principal(w.siteAdmin), r);
    static const QRegularExpression accessKey(QStringLiteral("^KDAK[A-Z2-7]{16}$"));
    static const QRegularExpression secret(QStringLiteral("^[0-9A-Za-z]{40}$"));
    QVERIFY(accessKey.match(k.key.s3AccessKeyId).hasMatch());
    QVERIFY(secret.match(text(k.s3Secret)).hasMatch());
    const ApiKey stored = *w.store().key(k.key.id).value();
    QVERIFY(!stored.s3SecretSealed.contains(text(k.s3Secret).toLatin1()));
    QCOMPARE(stored.s3KekId, w.keks().current()->id);
    auto opened = SecretBox::open(*w.keks().current(), stored.s3SecretSealed,
                                  stored.s3AccessKeyId.toLatin1());
    QVERIFY(opened);
    QVERIFY(opened->view() == k.s3Secret.view());
    QCOMPARE(w.store().keyByAccessKeyId(k.key.s3AccessKeyId).value()->id, k.key.id);
}

void TestRulesKeys::R7_disableSetsNoneAndRemembersThePreviousSet()
{
    TestWorld w;
    const Principal admin = w.principal(w.siteAdmin);
    CreateKeyRequest r = w.userKey(w.ann);
    r.permissionSet = PermissionSet::DesktopApp;
    const qint64 id = w.create(admin, r).key.id;
    auto disabled = w.keys().disableKey(admin, id);
    QVERIFY(disabled);
    QCOMPARE(disabled->permissionSet, PermissionSet::None);
    QVERIFY(disabled->previousPermissionSet == PermissionSet::DesktopApp);
    auto enabled = w.keys().enableKey(admin, id);
    QVERIFY(enabled);
    QCOMPARE(enabled->permissionSet, PermissionSet::DesktopApp);
    auto changed = w.keys().enableKey(admin, id, PermissionSet::SyncApp);
    QVERIFY(changed);
    QCOMPARE(w.store().key(id).value()->permissionSet, PermissionSet::SyncApp);
}

void TestRulesKeys::R7_disabledKeyAuthenticatesNothing()
{
    TestWorld w;
    const Principal admin = w.principal(w.siteAdmin);
    const CreatedKey k = w.create(admin, w.userKey(w.ann));
    KD_EXPECT_OK(w.keys().disableKey(admin, k.key.id));
    auto refused = w.auth().authenticate(k.secret.view(), w.acme.id);
    QVERIFY(!refused);
    QCOMPARE(refused.error().failure, AuthFailure::Disabled);
    QCOMPARE(refused.error().error.type, QStringLiteral("not-authorized/api-key-is-disabled"));
    KD_EXPECT_OK(w.keys().enableKey(admin, k.key.id));
    QVERIFY(w.auth().authenticate(k.secret.view(), w.acme.id));
}

void TestRulesKeys::R7_nonAdminCannotRaiseAboveTheGrantedSet()
{
    TestWorld w;
    w.setUsersCanCreate(w.acme, true);
    CreateKeyRequest r = w.userKey(w.ann);
    r.permissionSet = PermissionSet::MobileApp;
    const qint64 id = w.create(w.principal(w.siteAdmin), r).key.id;
    const Principal ann = w.principal(w.ann);
    KD_EXPECT_OK(w.keys().disableKey(ann, id));
    KD_EXPECT_ERROR(w.keys().enableKey(ann, id, PermissionSet::Full), ErrorCode::NotAuthorized);
    KD_EXPECT_ERROR(w.keys().enableKey(w.principal(w.helpdesk), id, PermissionSet::FilesOnly),
                    ErrorCode::NotAuthorized);
    KD_EXPECT_OK(w.keys().enableKey(ann, id));
    QCOMPARE(w.store().key(id).value()->permissionSet, PermissionSet::MobileApp);
    KD_EXPECT_OK(w.keys().enableKey(w.principal(w.siteAdmin), id, PermissionSet::Full));
    QCOMPARE(w.store().key(id).value()->permissionSet, PermissionSet::Full);
}

void TestRulesKeys::R8_revokeIsPermanentAndImmediate()
{
    TestWorld w;
    const Principal admin = w.principal(w.siteAdmin);
    const CreatedKey k = w.create(admin, w.userKey(w.ann));
    QVERIFY(w.auth().authenticate(k.secret.view(), w.acme.id));
    KD_EXPECT_OK(w.keys().revokeKey(admin, k.key.id));
    auto refused = w.auth().authenticate(k.secret.view(), w.acme.id);
    QVERIFY(!refused);
    QCOMPARE(refused.error().failure, AuthFailure::Unknown);
    KD_EXPECT_ERROR(w.keys().key(admin, k.key.id), ErrorCode::NotFound);
    KD_EXPECT_ERROR(w.keys().enableKey(admin, k.key.id), ErrorCode::NotFound);
    const CreatedKey next = w.create(admin, w.userKey(w.ann));
    QVERIFY(next.key.id > k.key.id); // ids are never reused
}

void TestRulesKeys::R8_whoMayRevoke()
{
    TestWorld w;
    const Principal admin = w.principal(w.siteAdmin);
    const qint64 siteWide = w.create(admin, w.siteWideKey(w.acme)).key.id;
    KD_EXPECT_ERROR(w.keys().revokeKey(w.principal(w.helpdesk), siteWide), ErrorCode::NotFound);
    KD_EXPECT_ERROR(w.keys().revokeKey(w.principal(w.ann), siteWide), ErrorCode::NotFound);
    KD_EXPECT_OK(w.keys().revokeKey(admin, siteWide));
    const qint64 annKey = w.create(admin, w.userKey(w.ann)).key.id;
    KD_EXPECT_ERROR(w.keys().revokeKey(w.principal(w.ann), annKey),
                    ErrorCode::NotAuthorized); // setting off
    w.setUsersCanCreate(w.acme, true);
    KD_EXPECT_OK(w.keys().revokeKey(w.principal(w.ann), annKey));
    const qint64 benKey = w.create(admin, w.userKey(w.ben)).key.id;
    KD_EXPECT_OK(w.keys().revokeKey(w.principal(w.helpdesk), benKey)); // E1
    const qint64 another = w.create(admin, w.userKey(w.ben)).key.id;
    KD_EXPECT_OK(w.keys().revokeKey(w.siteWidePrincipal(w.acme), another));
}

void TestRulesKeys::R8_R11_openSessionsEndWithTheirKey()
{
    // A session re-checks its own key on every call: revoked, disabled, or its user disabled
    // since sign-in, the next call is refused.
    TestWorld w;
    auto backend = LocalBackend::open(w.storeUrl(), [&w] { return w.now; });
    QVERIFY(backend);
    const Principal admin = w.principal(w.siteAdmin);
    LocalSession ann(**backend, w.principal(w.ann));
    LocalSession ben(**backend, w.principal(w.ben));
    LocalSession desk(**backend, w.principal(w.helpdesk));
    KD_EXPECT_OK(ann.listKeys(KeyQuery{}));
    KD_EXPECT_OK(w.keys().revokeKey(admin, w.principal(w.ann).keyId));
    KD_EXPECT_ERROR(ann.listKeys(KeyQuery{}), ErrorCode::NotAuthenticated);
    KD_EXPECT_OK(w.keys().disableKey(admin, w.principal(w.ben).keyId));
    KD_EXPECT_ERROR(ben.site(w.acme.id), ErrorCode::NotAuthenticated);
    KD_EXPECT_OK(w.admin().setUserDisabled(admin, w.acme.id, QStringLiteral("desk"), true));
    KD_EXPECT_ERROR(desk.users(w.acme.id), ErrorCode::NotAuthenticated);
}

void TestRulesKeys::R9_noWayToRetrieveALostKey()
{
    TestWorld w;
    const Principal admin = w.principal(w.siteAdmin);
    const CreatedKey lost = w.create(admin, w.userKey(w.ann, QStringLiteral("laptop")));
    const QByteArray random = text(lost.secret).mid(10).toLatin1();
    auto shown = w.keys().key(admin, lost.key.id);
    auto listed = w.keys().listKeys(admin, KeyQuery{});
    auto audit = w.keys().listAudit(admin, AuditQuery{});
    QVERIFY(shown && listed && audit);
    QVERIFY(!QJsonDocument(JsonFormat::key(*shown, w.now)).toJson().contains(random));
    for (const ApiKey& k : listed->keys)
        QVERIFY(!QJsonDocument(JsonFormat::key(k, w.now)).toJson().contains(random));
    for (const AuditEvent& e : audit->events)
        QVERIFY(!QJsonDocument(e.details).toJson().contains(random));
    // The only way forward: delete and replace.
    KD_EXPECT_OK(w.keys().revokeKey(admin, lost.key.id));
    const CreatedKey replacement = w.create(admin, w.userKey(w.ann, QStringLiteral("laptop")));
    QVERIFY(replacement.secret.view() != lost.secret.view());
}

QTEST_GUILESS_MAIN(TestRulesKeys)
#include "tst_RulesKeys.moc"
