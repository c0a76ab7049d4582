// SPDX-License-Identifier: GPL-3.0-or-later
// Roles through keydeskctl: the helpdesk role (E1), parent-site admins on child sites (E3), and
// keys bound to their site (R10) and to their user's site (R11).
#include "CliAsserts.h"

using namespace keydesk::clitest;

namespace {
QStringList withId(std::initializer_list<const char*> words, qint64 id)
{
    return args(words) << QString::number(id);
}
} // namespace

class TestCliRoles : public QObject {
    Q_OBJECT

private slots:
    void init();
    void helpdeskSeesOnlyUserKeys();
    void helpdeskCannotTouchSiteWideKeys();
    void helpdeskDisablesAndRevokesUserKeys();
    void helpdeskCannotCreateForOthers();
    void helpdeskCannotChangeSettings();
    void parentAdminManagesChildSite();
    void childKeyForParentUserIsRefused();

private:
    qint64 createChildSiteWithCarol();

    std::unique_ptr<CliRunner> m_cli;
    QByteArray m_admin;
    CreatedKey m_helpdesk;
    CreatedKey m_bob;
    CreatedKey m_siteWide;
};

void TestCliRoles::init()
{
    m_cli = std::make_unique<CliRunner>();
    QVERIFY2(m_cli->isValid(), "no temporary directory or no KEYDESK_CTL");
    CliResult r;
    m_admin = m_cli->init(&r);
    QVERIFY2(!m_admin.isEmpty(), qPrintable(r.describe()));
    CLI_EXPECT_OK(
        m_cli->run(args({"user", "create", "--username", "hd", "--role", "helpdesk"}), m_admin));
    CLI_EXPECT_OK(m_cli->run(args({"user", "create", "--username", "bob"}), m_admin));
    m_helpdesk = m_cli->createKey(m_admin, args({"--name", "hd-key", "--user", "hd"}));
    m_bob = m_cli->createKey(m_admin, args({"--name", "bob-key", "--user", "bob"}));
    m_siteWide = m_cli->createKey(m_admin, args({"--name", "ci-key", "--site-wide"}));
    QVERIFY(m_helpdesk.ok() && m_bob.ok() && m_siteWide.ok());
}

void TestCliRoles::helpdeskSeesOnlyUserKeys()
{
    bool ok = false;
    const QJsonArray keys = m_cli->jsonArray(m_helpdesk.key, args({"key", "list"}), &ok);
    QVERIFY(ok);
    QStringList seen = names(keys);
    seen.sort();
    QCOMPARE(seen, QStringList({QStringLiteral("Initial admin key"), QStringLiteral("bob-key"),
                                QStringLiteral("hd-key")}));
    for (const QJsonValue& k : keys)
        QVERIFY(!k.toObject().value(QStringLiteral("user_id")).isNull());
    const QJsonArray siteWide =
        m_cli->jsonArray(m_helpdesk.key, args({"key", "list", "--kind", "site_wide"}), &ok);
    QVERIFY(ok);
    QCOMPARE(siteWide.size(), 0);
    // The admin sees the site-wide key.
    QCOMPARE(m_cli->keyCount(m_admin), 4);
}

void TestCliRoles::helpdeskCannotTouchSiteWideKeys()
{
    for (const char* verb : {"show", "disable", "revoke"}) {
        const CliResult r = m_cli->run(
            {QStringLiteral("key"), QString::fromLatin1(verb), QString::number(m_siteWide.id)},
            m_helpdesk.key);
        CLI_EXPECT_ERROR(r, 5);
    }
    CLI_EXPECT_OK(m_cli->verify(m_siteWide.key, QStringLiteral("acme")));
}

void TestCliRoles::helpdeskDisablesAndRevokesUserKeys()
{
    const CreatedKey second = m_cli->createKey(m_admin, args({"--name", "bob-2", "--user", "bob"}));
    QVERIFY(second.ok());
    const CliResult disabled =
        m_cli->run(withId({"--json", "key", "disable"}, m_bob.id), m_helpdesk.key);
    CLI_EXPECT_OK(disabled);
    QCOMPARE(disabled.json().object().value(QStringLiteral("permission_set")).toString(),
             QStringLiteral("none"));
    CLI_EXPECT_ERROR(m_cli->verify(m_bob.key, QStringLiteral("acme")), 3);
    CLI_EXPECT_OK(m_cli->run(withId({"key", "enable"}, m_bob.id), m_helpdesk.key));
    CLI_EXPECT_OK(m_cli->verify(m_bob.key, QStringLiteral("acme")));

    CLI_EXPECT_OK(m_cli->run(withId({"key", "revoke"}, second.id), m_helpdesk.key));
    CLI_EXPECT_ERROR(m_cli->verify(second.key, QStringLiteral("acme")), 3);
    CLI_EXPECT_ERROR(m_cli->run(withId({"key", "show"}, second.id), m_admin), 5);
}

void TestCliRoles::helpdeskCannotCreateForOthers()
{
    const int before = m_cli->keyCount(m_admin);
    for (const QStringList& a : {args({"key", "create", "--name", "x", "--user", "bob"}),
                                 args({"key", "create", "--name", "x", "--site-wide"})}) {
        const CliResult r = m_cli->run(a, m_helpdesk.key);
        CLI_EXPECT_ERROR(r, 4);
        QVERIFY(!r.mentions(m_helpdesk.key));
    }
    QCOMPARE(m_cli->keyCount(m_admin), before);
}

void TestCliRoles::helpdeskCannotChangeSettings()
{
    const int events = m_cli->auditCount(m_admin);
    CLI_EXPECT_ERROR(
        m_cli->run(args({"site", "set", "users_can_create_api_keys", "true"}), m_helpdesk.key), 4);
    CLI_EXPECT_ERROR(m_cli->run(args({"user", "create", "--username", "eve"}), m_helpdesk.key), 4);
    CLI_EXPECT_ERROR(m_cli->run(args({"user", "disable", "bob"}), m_helpdesk.key), 4);
    const CliResult site = m_cli->run(args({"--json", "site", "show"}), m_admin);
    CLI_EXPECT_OK(site);
    QCOMPARE(site.json().object().value(QStringLiteral("users_can_create_api_keys")).toBool(true),
             false);
    QCOMPARE(m_cli->auditCount(m_admin), events);
}

qint64 TestCliRoles::createChildSiteWithCarol()
{
    const CliResult child = m_cli->run(
        args({"--json", "child-site", "create", "--name", "Child", "--subdomain", "child"}),
        m_admin);
    if (child.exitCode != 0)
        qWarning("child-site create: %s", qPrintable(child.describe()));
    const CliResult carol =
        m_cli->run(args({"user", "create", "--site", "child", "--username", "carol"}), m_admin);
    if (carol.exitCode != 0)
        qWarning("user create --site child: %s", qPrintable(carol.describe()));
    return carol.exitCode == 0 ? child.json().object().value(QStringLiteral("id")).toInteger() : 0;
}

void TestCliRoles::parentAdminManagesChildSite()
{
    const qint64 childId = createChildSiteWithCarol();
    QVERIFY(childId > 0);
    CliResult r;
    const CreatedKey k = m_cli->createKey(
        m_admin, args({"--site", "child", "--user", "carol", "--name", "carol-key"}), &r);
    QVERIFY2(k.ok(), qPrintable(r.describe()));
    QCOMPARE(k.json.value(QStringLiteral("site_id")).toInteger(), childId); // E3
    CLI_EXPECT_OK(m_cli->verify(k.key, QStringLiteral("child")));
    const CliResult parent = m_cli->verify(k.key, QStringLiteral("acme")); // R10
    CLI_EXPECT_ERROR(parent, 3);
    QVERIFY(!parent.mentions(k.key));
    bool ok = false;
    const QJsonArray childKeys =
        m_cli->jsonArray(m_admin, args({"key", "list", "--site", "child"}), &ok);
    QVERIFY(ok);
    QCOMPARE(names(childKeys), QStringList{QStringLiteral("carol-key")});
    const QJsonArray users =
        m_cli->jsonArray(m_admin, args({"user", "list", "--site", "child"}), &ok);
    QVERIFY(ok);
    QCOMPARE(users.size(), 1);
}

void TestCliRoles::childKeyForParentUserIsRefused()
{
    QVERIFY(createChildSiteWithCarol() > 0);
    const int events = m_cli->auditCount(m_admin);
    const QStringList childAudit = args({"audit", "list", "--site", "child"});
    bool ok = false;
    const qsizetype childEvents = m_cli->jsonArray(m_admin, childAudit, &ok).size();
    QVERIFY(ok && childEvents > 0);
    const CliResult r = m_cli->run(
        args({"key", "create", "--site", "child", "--user", "bob", "--name", "cross"}), m_admin);
    // bob is not a user of the child site: not found there (5) or refused as invalid (6).
    QVERIFY2(r.exitCode == 5 || r.exitCode == 6, qPrintable(r.describe()));
    QVERIFY(r.isOneErrorLine());
    QCOMPARE(m_cli->jsonArray(m_admin, args({"key", "list", "--site", "child"}), &ok).size(), 0);
    QVERIFY(ok);
    QCOMPARE(m_cli->keyCount(m_admin), 4);
    QCOMPARE(m_cli->auditCount(m_admin), events);
    QCOMPARE(m_cli->jsonArray(m_admin, childAudit, &ok).size(), childEvents);
}

QTEST_GUILESS_MAIN(TestCliRoles)
#include "tst_cli_roles.moc"
