// SPDX-License-Identifier: GPL-3.0-or-later
// R1-R12 of DESIGN.md section 3, one case each, through the Session API.
#include "ContractTest.h"

#include "Expect.h"
#include "JsonFormat.h"
#include "KeyFormat.h"

#include <QJsonDocument>
#include <QTest>

using namespace keydesk;
using namespace keydesk::contract;

namespace {
QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

QByteArray asJson(const ApiKey& key)
{
    return QJsonDocument(JsonFormat::key(key, now())).toJson(QJsonDocument::Compact);
}

QByteArray asJson(const AuditEvent& event)
{
    return QJsonDocument(JsonFormat::auditEvent(event)).toJson(QJsonDocument::Compact);
}

QByteArray bytes(const SecretBytes& secret)
{
    return secret.byteView().toByteArray();
}
} // namespace

void TestContract::R1_siteWideKeyActsAsAdminUserKeyAsItsUser()
{
    const Principal& p = w.siteWide.s().principal();
    QVERIFY(p.isSiteWideKey());
    QCOMPARE(p.role, Role::SiteAdmin);
    QCOMPARE(p.siteId, w.acme.id);
    const ApiKey bens = w.create(w.userKey(w.ben)).key;
    auto all = allKeys(w.siteWide.s(), w.acme.id);
    KD_EXPECT_OK(all);
    QVERIFY(contains(*all, bens.id));
    QVERIFY(std::any_of(all->begin(), all->end(), [](const ApiKey& k) { return !k.userId; }));
    KD_EXPECT_OK(w.siteWide.s().users(w.acme.id));

    const Principal& a = w.ann.s().principal();
    QCOMPARE(a.userId, std::optional<qint64>(w.ann.id()));
    QCOMPARE(a.role, Role::User);
    QCOMPARE(a.username, QStringLiteral("ann"));
    QCOMPARE(a.siteId, w.acme.id);
    QCOMPARE(w.desk.s().principal().role, Role::Helpdesk);
    auto own = allKeys(w.ann.s(), w.acme.id);
    KD_EXPECT_OK(own);
    QVERIFY(!own->isEmpty());
    for (const ApiKey& k : std::as_const(*own))
        QCOMPARE(k.userId, std::optional<qint64>(w.ann.id()));
    KD_EXPECT_ERROR(w.ann.s().key(bens.id), ErrorCode::NotFound);
}

void TestContract::R2_onlyAdminKeysAdministerTheSite()
{
    KD_EXPECT_OK(w.admin.s().updateSettings(w.acme.id, SiteSettingsUpdate{true, {}, {}}));
    KD_EXPECT_OK(w.admin.s().createUser(NewUser{
        w.acme.id, w.uniqueName(QStringLiteral("r2")).remove(QLatin1Char(' ')), {}, Role::User}));
    for (Member* m : {&w.ann, &w.desk}) {
        KD_EXPECT_ERROR(m->s().updateSettings(w.acme.id, SiteSettingsUpdate{false, {}, {}}),
                        ErrorCode::NotAuthorized);
        KD_EXPECT_ERROR(
            m->s().createUser(NewUser{w.acme.id, QStringLiteral("mallory"), {}, Role::SiteAdmin}),
            ErrorCode::NotAuthorized);
        KD_EXPECT_ERROR(m->s().createChildSite(QStringLiteral("X"), QStringLiteral("x-r2")),
                        ErrorCode::NotAuthorized);
        KD_EXPECT_ERROR(m->s().setUserDisabled(w.acme.id, QStringLiteral("ben"), true),
                        ErrorCode::NotAuthorized);
    }
    auto seen = w.ann.s().users(w.acme.id); // a user sees themself only
    KD_EXPECT_OK(seen);
    QCOMPARE(seen->size(), 1);
    QCOMPARE(seen->first().id, w.ann.id());
    auto byName = w.ann.s().userByName(w.acme.id, QStringLiteral("ben"));
    KD_EXPECT_ERROR(byName, ErrorCode::NotFound);
    auto admins = w.desk.s().users(w.acme.id); // help desk sees the site's users
    KD_EXPECT_OK(admins);
    QVERIFY(admins->size() >= 4);
}

void TestContract::R3_onlySiteAdminsCreateSiteWideKeys()
{
    const CreatedKey plain = w.create(w.siteWideKey(w.acme, QStringLiteral("  plain  ")));
    QCOMPARE(plain.key.kind(), KeyKind::SiteWide);
    QCOMPARE(plain.key.name, QStringLiteral("plain")); // trimmed
    QVERIFY(plain.key.description.isEmpty());
    QVERIFY(!plain.key.expiresAt);
    CreateKeyRequest full = w.siteWideKey(w.acme, QStringLiteral("described"));
    full.description = QStringLiteral("for the nightly backup");
    full.expiresAt = now().addDays(10);
    const CreatedKey described = w.create(full);
    QCOMPARE(described.key.description, full.description);
    QVERIFY(described.key.expiresAt);
    QVERIFY(qAbs(described.key.expiresAt->secsTo(*full.expiresAt)) <= 1);

    for (const QString& bad : {QString(), QStringLiteral("   "), QString(256, QLatin1Char('n'))}) {
        CreateKeyRequest r = w.siteWideKey(w.acme);
        r.name = bad; // name required, 1-255 characters once trimmed
        KD_EXPECT_ERROR(w.admin.s().createKey(r), ErrorCode::InvalidInput);
    }
    QVERIFY(w.resetSettings(true));
    for (Member* m : {&w.desk, &w.ann})
        KD_EXPECT_ERROR(m->s().createKey(w.siteWideKey(w.acme, QStringLiteral("mine"))),
                        ErrorCode::NotAuthorized);
}

void TestContract::R4_keyShownOnceAtCreation()
{
    const CreatedKey created = w.create(w.userKey(w.ben));
    const auto parsed = KeyFormat::parse(created.secret.view());
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->kind, KeyKind::User);
    QCOMPARE(created.key.prefix, parsed->displayPrefix);
    auto session = w.signIn(created.secret, w.acme.subdomain);
    KD_EXPECT_OK(session);
    QCOMPARE((*session)->principal().keyId, created.key.id);

    // Never again: not in the key, the list or the audit log, for anyone.
    const QByteArray secret = bytes(created.secret);
    auto again = w.admin.s().key(created.key.id);
    KD_EXPECT_OK(again);
    QVERIFY(!asJson(*again).contains(secret));
    auto keys = allKeys(w.admin.s(), w.acme.id);
    KD_EXPECT_OK(keys);
    for (const ApiKey& k : std::as_const(*keys))
        QVERIFY(!asJson(k).contains(secret));
    auto events = allEvents(w.admin.s(), w.acme.id);
    KD_EXPECT_OK(events);
    for (const AuditEvent& e : std::as_const(*events))
        QVERIFY(!asJson(e).contains(secret));
}

void TestContract::R5_userKeysForAnyoneByAdminsForThemselvesBySetting()
{
    const CreatedKey forBen = w.create(w.userKey(w.ben));
    QCOMPARE(forBen.key.userId, std::optional<qint64>(w.ben.id()));
    QCOMPARE(forBen.key.kind(), KeyKind::User);
    CreateKeyRequest own = w.userKey(w.ann, QStringLiteral("my own"));
    KD_EXPECT_ERROR(w.ann.s().createKey(own), ErrorCode::NotAuthorized);
    QVERIFY(w.resetSettings(true));
    auto mine = w.ann.s().createKey(own);
    KD_EXPECT_OK(mine);
    QCOMPARE(mine->key.userId, std::optional<qint64>(w.ann.id()));
    QVERIFY(!mine->secret.isEmpty());
    KD_EXPECT_ERROR(w.ann.s().createKey(w.userKey(w.ben)), ErrorCode::NotAuthorized);
    CreateKeyRequest nobody = w.userKey(w.ben);
    nobody.userId = 987654321;
    KD_EXPECT_ERROR(w.admin.s().createKey(nobody), ErrorCode::NotFound);
    CreateKeyRequest unnamed = w.userKey(w.ben);
    unnamed.name = QStringLiteral(" ");
    KD_EXPECT_ERROR(w.admin.s().createKey(unnamed), ErrorCode::InvalidInput);
}

void TestContract::R6_s3CredentialsOnUserKeysOnly()
{
    CreateKeyRequest siteWide = w.siteWideKey(w.acme, QStringLiteral("s3 site-wide"));
    siteWide.s3 = true;
    KD_EXPECT_ERROR(w.admin.s().createKey(siteWide), ErrorCode::InvalidInput);
    CreateKeyRequest user = w.userKey(w.ben, QStringLiteral("s3 user"));
    user.s3 = true;
    auto created = w.admin.s().createKey(user);
    KD_EXPECT_OK(created);
    QVERIFY(created->key.isS3());
    QVERIFY(created->key.s3AccessKeyId.startsWith(QLatin1String("KDAK")));
    QCOMPARE(created->key.s3AccessKeyId.size(), 20);
    QCOMPARE(created->s3Secret.size(), 40);
    QVERIFY(!created->secret.isEmpty());
    auto shown = w.admin.s().key(created->key.id);
    KD_EXPECT_OK(shown);
    QCOMPARE(shown->s3AccessKeyId, created->key.s3AccessKeyId);
    QVERIFY(!asJson(*shown).contains(bytes(created->s3Secret)));
}

void TestContract::R7_disableAndReEnableWithThePreviousSet()
{
    CreateKeyRequest r = w.userKey(w.ben);
    r.permissionSet = PermissionSet::FilesOnly;
    const CreatedKey filesOnly = w.create(r);
    auto disabled = w.admin.s().disableKey(filesOnly.key.id);
    KD_EXPECT_OK(disabled);
    QCOMPARE(disabled->permissionSet, PermissionSet::None);
    QCOMPARE(disabled->previousPermissionSet, std::optional(PermissionSet::FilesOnly));
    auto enabled = w.admin.s().enableKey(filesOnly.key.id, std::nullopt);
    KD_EXPECT_OK(enabled);
    QCOMPARE(enabled->permissionSet, PermissionSet::FilesOnly); // the previous set

    // A disabled key authenticates nothing; enabled again, it does.
    const CreatedKey full = w.create(w.userKey(w.ben));
    KD_EXPECT_OK(w.admin.s().disableKey(full.key.id));
    KD_EXPECT_ERROR(w.signIn(full.secret, w.acme.subdomain), ErrorCode::NotAuthenticated);
    KD_EXPECT_OK(w.admin.s().enableKey(full.key.id, std::nullopt));
    KD_EXPECT_OK(w.signIn(full.secret, w.acme.subdomain));

    // Setting the permission set to none is the same as disabling.
    auto none = w.admin.s().updateKey(full.key.id, KeyUpdate{{}, {}, {}, PermissionSet::None});
    KD_EXPECT_OK(none);
    QCOMPARE(none->permissionSet, PermissionSet::None);
    QCOMPARE(none->previousPermissionSet, std::optional(PermissionSet::Full));
    KD_EXPECT_ERROR(w.signIn(full.secret, w.acme.subdomain), ErrorCode::NotAuthenticated);
    auto other = w.admin.s().enableKey(full.key.id, PermissionSet::FilesOnly);
    KD_EXPECT_OK(other);
    QCOMPARE(other->permissionSet, PermissionSet::FilesOnly);
}

void TestContract::R8_revokeIsPermanentAndImmediate()
{
    const CreatedKey created = w.create(w.userKey(w.ben));
    KD_EXPECT_OK(w.signIn(created.secret, w.acme.subdomain));
    KD_EXPECT_OK(w.admin.s().revokeKey(created.key.id));
    KD_EXPECT_ERROR(w.signIn(created.secret, w.acme.subdomain), ErrorCode::NotAuthenticated);
    KD_EXPECT_ERROR(w.admin.s().key(created.key.id), ErrorCode::NotFound);
    KD_EXPECT_ERROR(w.admin.s().revokeKey(created.key.id), ErrorCode::NotFound);
    auto keys = allKeys(w.admin.s(), w.acme.id);
    KD_EXPECT_OK(keys);
    QVERIFY(!contains(*keys, created.key.id));
    auto events = allEvents(w.admin.s(), w.acme.id);
    KD_EXPECT_OK(events);
    QVERIFY(std::any_of(events->begin(), events->end(), [&](const AuditEvent& e) {
        return e.action == QLatin1String("key.revoke") && e.targetKeyId == created.key.id;
    }));
}

void TestContract::R9_noRecoveryOfALostKey()
{
    const CreatedKey lost = w.create(w.userKey(w.ben, QStringLiteral("lost")));
    KD_EXPECT_OK(w.admin.s().revokeKey(lost.key.id)); // deleted ...
    const CreatedKey replacement = w.create(w.userKey(w.ben, QStringLiteral("lost")));
    QVERIFY(replacement.key.id != lost.key.id); // ... and replaced, with a new value
    QVERIFY(bytes(replacement.secret) != bytes(lost.secret));
    KD_EXPECT_ERROR(w.admin.s().enableKey(lost.key.id, PermissionSet::Full), ErrorCode::NotFound);
    KD_EXPECT_ERROR(
        w.admin.s().updateKey(lost.key.id, KeyUpdate{QStringLiteral("back"), {}, {}, {}}),
        ErrorCode::NotFound);
    KD_EXPECT_ERROR(w.signIn(lost.secret, w.acme.subdomain), ErrorCode::NotAuthenticated);
    KD_EXPECT_OK(w.signIn(replacement.secret, w.acme.subdomain));
}

void TestContract::R10_keyWorksOnlyOnItsOwnSite()
{
    KD_EXPECT_ERROR(w.signIn(w.admin.key, w.acmeEu.subdomain), ErrorCode::NotAuthenticated);
    KD_EXPECT_ERROR(w.signIn(w.siteWide.key, w.acmeEu.subdomain), ErrorCode::NotAuthenticated);
    KD_EXPECT_ERROR(w.signIn(w.eve.key, w.acme.subdomain), ErrorCode::NotAuthenticated);
    KD_EXPECT_ERROR(w.signIn(w.euSiteWide.key, w.acme.subdomain), ErrorCode::NotAuthenticated);
    KD_EXPECT_ERROR(w.signIn(w.euAdmin.key, w.acme.subdomain), ErrorCode::NotAuthenticated);
    // ... and on its own site, where it was made by whoever made it.
    KD_EXPECT_OK(w.signIn(w.eve.key, w.acmeEu.subdomain));
    KD_EXPECT_OK(w.signIn(w.admin.key, w.acme.subdomain));
    const CreatedKey byParent = w.create(w.userKey(w.eve));
    QCOMPARE(byParent.key.siteId, w.acmeEu.id);
    KD_EXPECT_OK(w.signIn(byParent.secret, w.acmeEu.subdomain));
    KD_EXPECT_ERROR(w.signIn(byParent.secret, w.acme.subdomain), ErrorCode::NotAuthenticated);
    KD_EXPECT_ERROR(w.signIn(w.admin.key, QStringLiteral("no-such-site")), ErrorCode::NotFound);
}

void TestContract::R11_userKeyNeedsAnEnabledUserOfItsSite()
{
    KD_EXPECT_OK(w.admin.s().setUserDisabled(w.acme.id, QStringLiteral("ben"), true));
    KD_EXPECT_ERROR(w.signIn(w.ben.key, w.acme.subdomain), ErrorCode::NotAuthenticated);
    KD_EXPECT_ERROR(w.admin.s().createKey(w.userKey(w.ben)), ErrorCode::InvalidInput);
    KD_EXPECT_OK(w.admin.s().setUserDisabled(w.acme.id, QStringLiteral("ben"), false));
    KD_EXPECT_OK(w.signIn(w.ben.key, w.acme.subdomain));

    // A key on the child site for a parent-site user: refused, by the parent's admin too.
    CreateKeyRequest onChild = w.userKey(w.ann);
    onChild.siteId = w.acmeEu.id;
    KD_EXPECT_ERROR(w.admin.s().createKey(onChild), ErrorCode::InvalidInput);
    CreateKeyRequest onParent = w.userKey(w.eve);
    onParent.siteId = w.acme.id;
    KD_EXPECT_ERROR(w.admin.s().createKey(onParent), ErrorCode::InvalidInput);
}

void TestContract::R12_expiryBounds()
{
    CreateKeyRequest past = w.userKey(w.ben);
    past.expiresAt = now().addSecs(-60);
    KD_EXPECT_ERROR(w.admin.s().createKey(past), ErrorCode::InvalidInput);
    SiteSettingsUpdate bounded;
    bounded.requireKeyExpiry = true;
    bounded.maxKeyLifetimeDays = std::optional<int>(30);
    KD_EXPECT_OK(w.admin.s().updateSettings(w.acme.id, bounded));

    KD_EXPECT_ERROR(w.admin.s().createKey(w.userKey(w.ben)), ErrorCode::InvalidInput);
    CreateKeyRequest tooLong = w.userKey(w.ben);
    tooLong.expiresAt = now().addDays(31);
    KD_EXPECT_ERROR(w.admin.s().createKey(tooLong), ErrorCode::InvalidInput);
    CreateKeyRequest within = w.userKey(w.ben);
    within.expiresAt = now().addDays(29);
    const CreatedKey ok = w.create(within);
    QVERIFY(ok.key.expiresAt);

    // Edited keys are bounded the same way.
    KeyUpdate longer;
    longer.expiresAt = std::optional<QDateTime>(now().addDays(40));
    KD_EXPECT_ERROR(w.admin.s().updateKey(ok.key.id, longer), ErrorCode::InvalidInput);
    KeyUpdate never;
    never.expiresAt = std::optional<QDateTime>();
    KD_EXPECT_ERROR(w.admin.s().updateKey(ok.key.id, never), ErrorCode::InvalidInput);
    KeyUpdate earlier;
    earlier.expiresAt = std::optional<QDateTime>(now().addDays(5));
    KD_EXPECT_OK(w.admin.s().updateKey(ok.key.id, earlier));
}

void TestContract::R12_expiredKeyAuthenticatesNothing()
{
    // The server's clock is the real one: a key that expires in a few seconds.
    CreateKeyRequest soon = w.userKey(w.ben, QStringLiteral("expires soon"));
    soon.expiresAt = now().addSecs(4);
    const CreatedKey created = w.create(soon);
    QVERIFY(created.key.expiresAt);
    const auto refused = [&] {
        auto s = w.signIn(created.secret, w.acme.subdomain);
        return !s && s.error().code == ErrorCode::NotAuthenticated;
    };
    QTRY_VERIFY_WITH_TIMEOUT(refused(), 15000);
    auto shown = w.admin.s().key(created.key.id);
    KD_EXPECT_OK(shown);
    QCOMPARE(shown->status(now()), KeyStatus::Expired);
    KeyQuery expired;
    expired.siteId = w.acme.id;
    expired.status = KeyStatus::Expired;
    auto page = w.admin.s().listKeys(expired);
    KD_EXPECT_OK(page);
    QVERIFY(contains(page->keys, created.key.id));
}
