// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input to the services gets a clear error and writes nothing: no key, no audit event.
#include "Expect.h"
#include "TestWorld.h"

using namespace keydesk;
using keydesk::test::TestWorld;

namespace {
enum class Owner { SiteWide, Ann, Eve, Nobody, DisabledBen };
}

class TestBadInput : public QObject {
    Q_OBJECT

private slots:
    void badKeyRequestsWriteNothing_data();
    void badKeyRequestsWriteNothing();
    void sqlMetacharactersAreJustText();
    void badUpdatesChangeNothing_data();
    void badUpdatesChangeNothing();
    void badSitesAndUsers_data();
    void badSitesAndUsers();
    void unknownNamesAreNotParsed();
};

void TestBadInput::badKeyRequestsWriteNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("description");
    QTest::addColumn<int>("owner");
    QTest::addColumn<bool>("s3");
    QTest::addColumn<qint64>("expiresInSeconds"); // 0 = none
    QTest::addColumn<int>("expected");
    const auto invalid = int(ErrorCode::InvalidInput);
    const QString ok = QStringLiteral("ok");
    QTest::newRow("empty name") << QString() << QString() << int(Owner::Ann) << false << 0LL
                                << invalid;
    QTest::newRow("blank name") << QStringLiteral(" \t ") << QString() << int(Owner::Ann) << false
                                << 0LL << invalid;
    QTest::newRow("256 characters") << QString(256, QLatin1Char('n')) << QString()
                                    << int(Owner::Ann) << false << 0LL << invalid;
    QTest::newRow("300 characters") << QString(300, QLatin1Char('n')) << QString()
                                    << int(Owner::Ann) << false << 0LL << invalid;
    QTest::newRow("control character")
        << QStringLiteral("a\x01z") << QString() << int(Owner::Ann) << false << 0LL << invalid;
    QTest::newRow("newline in name")
        << QStringLiteral("a\nb") << QString() << int(Owner::Ann) << false << 0LL << invalid;
    QTest::newRow("escape sequence")
        << QStringLiteral("\x1b[31mred") << QString() << int(Owner::Ann) << false << 0LL << invalid;
    QTest::newRow("bidi override") << QStringLiteral("abc\u202Edef") << QString() << int(Owner::Ann)
                                   << false << 0LL << invalid;
    QTest::newRow("lone surrogate")
        << QString(QChar(0xD800)) << QString() << int(Owner::Ann) << false << 0LL << invalid;
    QTest::newRow("description over 4 KiB")
        << ok << QString(4097, QLatin1Char('d')) << int(Owner::Ann) << false << 0LL << invalid;
    QTest::newRow("description with NUL")
        << ok << QStringLiteral("a") + QChar(0) << int(Owner::Ann) << false << 0LL << invalid;
    QTest::newRow("past expiry") << ok << QString() << int(Owner::Ann) << false << -3600LL
                                 << invalid;
    QTest::newRow("unknown user") << ok << QString() << int(Owner::Nobody) << false << 0LL
                                  << int(ErrorCode::NotFound);
    QTest::newRow("user of another site")
        << ok << QString() << int(Owner::Eve) << false << 0LL << invalid;
    QTest::newRow("disabled user")
        << ok << QString() << int(Owner::DisabledBen) << false << 0LL << invalid;
    QTest::newRow("S3 on a site-wide key")
        << ok << QString() << int(Owner::SiteWide) << true << 0LL << invalid;
}

void TestBadInput::badKeyRequestsWriteNothing()
{
    QFETCH(QString, name);
    QFETCH(QString, description);
    QFETCH(int, owner);
    QFETCH(bool, s3);
    QFETCH(qint64, expiresInSeconds);
    QFETCH(int, expected);
    TestWorld w;
    const Principal admin = w.principal(w.siteAdmin);
    KD_EXPECT_OK(w.admin().setUserDisabled(admin, w.acme.id, QStringLiteral("ben"), true));
    CreateKeyRequest r = w.siteWideKey(w.acme, name);
    const QHash<int, qint64> owners{{int(Owner::Ann), w.ann.id},
                                    {int(Owner::Eve), w.eve.id},
                                    {int(Owner::Nobody), 424242},
                                    {int(Owner::DisabledBen), w.ben.id}};
    if (owners.contains(owner))
        r.userId = owners.value(owner);
    r.description = description;
    r.s3 = s3;
    if (expiresInSeconds)
        r.expiresAt = w.now.addSecs(expiresInSeconds);
    const int keys = w.keyCount();
    const int events = w.auditCount();
    KD_EXPECT_ERROR(w.keys().createKey(admin, r), ErrorCode(expected));
    QCOMPARE(w.keyCount(), keys);
    QCOMPARE(w.auditCount(), events);
}

void TestBadInput::sqlMetacharactersAreJustText()
{
    TestWorld w;
    const QString name = QStringLiteral("x'); DROP TABLE api_keys; -- \" % _ \\");
    CreateKeyRequest r = w.userKey(w.ann, name);
    r.description = QStringLiteral("' OR '1'='1");
    const CreatedKey k = w.create(w.principal(w.siteAdmin), r);
    const ApiKey stored = *w.store().key(k.key.id).value();
    QCOMPARE(stored.name, name);
    QCOMPARE(stored.description, r.description);
    KeyQuery q;
    q.text = QStringLiteral("%");
    auto page = w.keys().listKeys(w.principal(w.siteAdmin), q);
    QVERIFY(page);
    QCOMPARE(page->keys.size(), 1); // "%" is a literal, not a wildcard
    QCOMPARE(page->keys.first().id, k.key.id);
}

void TestBadInput::badUpdatesChangeNothing_data()
{
    QTest::addColumn<int>("field");
    QTest::newRow("empty name") << 0;
    QTest::newRow("long name") << 1;
    QTest::newRow("past expiry") << 2;
    QTest::newRow("nothing to update") << 3;
    QTest::newRow("enable to none") << 4;
}

void TestBadInput::badUpdatesChangeNothing()
{
    QFETCH(int, field);
    TestWorld w;
    const Principal admin = w.principal(w.siteAdmin);
    const qint64 id = w.principal(w.ann).keyId;
    const int events = w.auditCount();
    KeyUpdate u;
    if (field == 0)
        u.name = QString();
    if (field == 1)
        u.name = QString(300, QLatin1Char('x'));
    if (field == 2)
        u.expiresAt = std::optional<QDateTime>(w.now.addSecs(-1));
    if (field == 4)
        KD_EXPECT_ERROR(w.keys().enableKey(admin, id, PermissionSet::None),
                        ErrorCode::InvalidInput);
    else
        KD_EXPECT_ERROR(w.keys().updateKey(admin, id, u), ErrorCode::InvalidInput);
    const ApiKey stored = *w.store().key(id).value();
    QCOMPARE(stored.name, QStringLiteral("ann's own key"));
    QVERIFY(!stored.expiresAt);
    QCOMPARE(stored.permissionSet, PermissionSet::Full);
    QCOMPARE(w.auditCount(), events);
}

void TestBadInput::badSitesAndUsers_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("subdomain");
    QTest::addColumn<int>("expected");
    const auto invalid = int(ErrorCode::InvalidInput);
    QTest::newRow("empty username") << QString() << QStringLiteral("fine") << invalid;
    QTest::newRow("username with space")
        << QStringLiteral("a b") << QStringLiteral("fine") << invalid;
    QTest::newRow("username with quote")
        << QStringLiteral("a'--") << QStringLiteral("fine") << invalid;
    QTest::newRow("username too long")
        << QString(129, QLatin1Char('u')) << QStringLiteral("fine") << invalid;
    QTest::newRow("duplicate username")
        << QStringLiteral("ann") << QStringLiteral("fine") << int(ErrorCode::Conflict);
    QTest::newRow("upper-case subdomain")
        << QStringLiteral("fine") << QStringLiteral("Acme2") << invalid;
    QTest::newRow("subdomain with dot")
        << QStringLiteral("fine") << QStringLiteral("a.b") << invalid;
    QTest::newRow("subdomain leading hyphen")
        << QStringLiteral("fine") << QStringLiteral("-ab") << invalid;
    QTest::newRow("duplicate subdomain")
        << QStringLiteral("fine") << QStringLiteral("other") << int(ErrorCode::Conflict);
}

void TestBadInput::badSitesAndUsers()
{
    QFETCH(QString, username);
    QFETCH(QString, subdomain);
    QFETCH(int, expected);
    TestWorld w;
    const Principal admin = w.principal(w.siteAdmin);
    const int events = w.auditCount();
    const auto user = w.admin().createUser(admin, NewUser{{}, username, {}, Role::User});
    const auto site = w.admin().createChildSite(admin, QStringLiteral("Child"), subdomain);
    const bool userBad = username != QLatin1String("fine");
    const auto& failed = userBad ? user.error() : site.error();
    QVERIFY(userBad ? !user && site : !site && user);
    QCOMPARE(int(failed.code), expected);
    QCOMPARE(w.auditCount(), events + 1); // only the valid half was written
}

void TestBadInput::unknownNamesAreNotParsed()
{
    QVERIFY(!parsePermissionSet(QStringLiteral("admin")));
    QVERIFY(!parsePermissionSet(QStringLiteral("FULL")));
    QVERIFY(!parseRole(QStringLiteral("root")));
    QVERIFY(!parseKeyStatus(QStringLiteral("revoked")));
    QVERIFY(!parseKeySortField(QStringLiteral("key_digest")));
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_BadInput.moc"
