// SPDX-License-Identifier: GPL-3.0-or-later
// Authentication outcomes: valid, unknown, malformed, expired, disabled, revoked, wrong site,
// user of another site, disabled user; and coalesced last_use_at writes.
#include "KeyFormat.h"
#include "TestWorld.h"

#include <QTest>

using namespace keydesk;
using keydesk::test::TestWorld;

class TestAuthenticator : public QObject {
    Q_OBJECT

private slots:
    void outcomes_data();
    void outcomes();
    void principalCarriesTheUsersRole();
    void siteWideKeyActsAsSiteAdmin();
    void ownSiteIsUsedWhenNoSiteIsNamed();
    void lastUseIsWrittenAtMostOncePerMinute();
    void failuresDoNotTouchLastUse();
};

namespace {
enum class Setup {
    Valid,
    Unknown,
    Malformed,
    Expired,
    Disabled,
    Revoked,
    ParentKeyOnChild,
    ChildKeyOnParent,
    UserOfAnotherSite,
    DisabledUser
};

template <typename T> void require(const Result<T>& r)
{
    if (!r)
        qFatal("test setup failed: %s", qPrintable(r.error().message));
}

struct Attempt {
    SecretBytes key;
    qint64 siteId;
};

Attempt prepare(TestWorld& w, Setup setup)
{
    const Principal admin = w.principal(w.siteAdmin);
    CreateKeyRequest request = w.userKey(w.ann);
    if (setup == Setup::Expired)
        request.expiresAt = w.now.addSecs(60);
    CreatedKey created = w.create(admin, request);
    const qint64 id = created.key.id;
    Attempt a{std::move(created.secret), w.acme.id};
    switch (setup) {
    case Setup::Valid:
        break;
    case Setup::Unknown:
        a.key = KeyFormat::generate(KeyKind::User); // well-formed, never issued
        break;
    case Setup::Malformed:
        a.key = SecretBytes::copyOf("kdu_not-a-key");
        break;
    case Setup::Expired:
        w.advance(61);
        break;
    case Setup::Disabled:
        require(w.keys().disableKey(admin, id));
        break;
    case Setup::Revoked:
        require(w.keys().revokeKey(admin, id));
        break;
    case Setup::ParentKeyOnChild:
        a.siteId = w.acmeEu.id;
        break;
    case Setup::ChildKeyOnParent: {
        CreatedKey child = w.create(w.principal(w.euAdmin), w.userKey(w.eve));
        a = Attempt{std::move(child.secret), w.acme.id};
        break;
    }
    case Setup::UserOfAnotherSite: {
        // Only reachable by tampering with the store: the key's user sits on another site.
        ApiKey k = *w.store().key(id).value();
        require(w.store().exec(QStringLiteral("UPDATE api_keys SET user_id = ? WHERE id = ?"),
                               {w.eve.id, k.id}));
        break;
    }
    case Setup::DisabledUser:
        require(w.admin().setUserDisabled(admin, w.acme.id, w.ann.username, true));
        break;
    }
    return a;
}
} // namespace

void TestAuthenticator::outcomes_data()
{
    QTest::addColumn<int>("setup");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("failure");
    QTest::newRow("valid") << int(Setup::Valid) << true << 0;
    QTest::newRow("unknown") << int(Setup::Unknown) << false << int(AuthFailure::Unknown);
    QTest::newRow("malformed") << int(Setup::Malformed) << false << int(AuthFailure::Malformed);
    QTest::newRow("R12 expired") << int(Setup::Expired) << false << int(AuthFailure::Expired);
    QTest::newRow("R7 disabled") << int(Setup::Disabled) << false << int(AuthFailure::Disabled);
    QTest::newRow("R8 revoked") << int(Setup::Revoked) << false << int(AuthFailure::Unknown);
    QTest::newRow("R10 parent key on child")
        << int(Setup::ParentKeyOnChild) << false << int(AuthFailure::WrongSite);
    QTest::newRow("R10 child key on parent")
        << int(Setup::ChildKeyOnParent) << false << int(AuthFailure::WrongSite);
    QTest::newRow("R11 user of another site")
        << int(Setup::UserOfAnotherSite) << false << int(AuthFailure::UserNotInSite);
    QTest::newRow("R11 disabled user")
        << int(Setup::DisabledUser) << false << int(AuthFailure::UserDisabled);
}

void TestAuthenticator::outcomes()
{
    QFETCH(int, setup);
    QFETCH(bool, accepted);
    QFETCH(int, failure);
    TestWorld w;
    const Attempt a = prepare(w, Setup(setup));
    auto result = w.auth().authenticate(a.key.view(), a.siteId);
    QCOMPARE(result.has_value(), accepted);
    if (accepted) {
        QVERIFY(result->userId == w.ann.id);
        return;
    }
    QCOMPARE(int(result.error().failure), failure);
    QCOMPARE(result.error().error.code, ErrorCode::NotAuthenticated);
    QVERIFY(!result.error().error.message.isEmpty());
    const QString key = QString::fromLatin1(a.key.data(), a.key.size());
    QVERIFY(!result.error().error.message.contains(key.mid(4, 12)));
}

void TestAuthenticator::principalCarriesTheUsersRole()
{
    TestWorld w;
    for (const User& u : {w.siteAdmin, w.helpdesk, w.ann}) {
        CreatedKey k = w.create(w.principal(w.siteAdmin), w.userKey(u));
        auto p = w.auth().authenticate(k.secret.view(), w.acme.id);
        QVERIFY(p);
        QCOMPARE(p->role, u.role);
        QCOMPARE(p->username, u.username);
        QCOMPARE(p->keyId, k.key.id);
    }
}

void TestAuthenticator::siteWideKeyActsAsSiteAdmin()
{
    TestWorld w;
    const Principal p = w.siteWidePrincipal(w.acme);
    QCOMPARE(p.role, Role::SiteAdmin);
    QVERIFY(!p.userId);
    QVERIFY(p.isSiteWideKey());
}

void TestAuthenticator::ownSiteIsUsedWhenNoSiteIsNamed()
{
    TestWorld w;
    CreatedKey k = w.create(w.principal(w.euAdmin), w.userKey(w.eve));
    auto p = w.auth().authenticate(k.secret.view(), std::nullopt);
    QVERIFY(p);
    QCOMPARE(p->siteId, w.acmeEu.id);
}

void TestAuthenticator::lastUseIsWrittenAtMostOncePerMinute()
{
    TestWorld w;
    CreatedKey k = w.create(w.principal(w.siteAdmin), w.userKey(w.ann));
    QVERIFY(!w.store().key(k.key.id).value()->lastUseAt);
    QVERIFY(w.auth().authenticate(k.secret.view(), w.acme.id));
    const QDateTime first = *w.store().key(k.key.id).value()->lastUseAt;
    QCOMPARE(first, w.now);
    w.advance(59);
    QVERIFY(w.auth().authenticate(k.secret.view(), w.acme.id));
    QCOMPARE(*w.store().key(k.key.id).value()->lastUseAt, first); // coalesced: no write
    w.advance(2);
    QVERIFY(w.auth().authenticate(k.secret.view(), w.acme.id));
    QCOMPARE(*w.store().key(k.key.id).value()->lastUseAt, w.now);
}

void TestAuthenticator::failuresDoNotTouchLastUse()
{
    TestWorld w;
    CreatedKey k = w.create(w.principal(w.siteAdmin), w.userKey(w.ann));
    QVERIFY(!w.auth().authenticate(k.secret.view(), w.acmeEu.id));
    QVERIFY(!w.store().key(k.key.id).value()->lastUseAt);
}

QTEST_GUILESS_MAIN(TestAuthenticator)
#include "tst_Authenticator.moc"
