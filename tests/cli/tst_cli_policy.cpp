// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 6 through keydeskctl: `site violations` (keys breaking the site's key policy, listed and
// never changed; site admins only) and the `audit list` filters.
#include "CliAsserts.h"

using namespace keydesk::clitest;

class TestCliPolicy : public QObject {
    Q_OBJECT

private slots:
    void init();
    void violationsListKeysWithoutChangingThem();
    void onlySiteAdminsSeeViolations();
    void auditListFiltersByActorActionAndTime();
    void auditListRefusesABadDate();

private:
    std::unique_ptr<CliRunner> m_cli;
    QByteArray m_admin;
    CreatedKey m_helpdesk;
    CreatedKey m_bob;
};

void TestCliPolicy::init()
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
    m_bob = m_cli->createKey(m_admin,
                             args({"--name", "bob-key", "--user", "bob", "--expires", "+300d"}));
    QVERIFY(m_helpdesk.ok() && m_bob.ok());
}

void TestCliPolicy::violationsListKeysWithoutChangingThem()
{
    CLI_EXPECT_OK(m_cli->run(args({"site", "set", "max_key_lifetime_days", "30"}), m_admin));
    CLI_EXPECT_OK(m_cli->run(args({"site", "set", "require_key_expiry", "true"}), m_admin));
    bool ok = false;
    const QJsonArray found = m_cli->jsonArray(m_admin, args({"site", "violations"}), &ok);
    QVERIFY(ok);
    QHash<qint64, QString> kinds;
    for (const QJsonValue& v : found)
        kinds.insert(v.toObject()
                         .value(QStringLiteral("api_key"))
                         .toObject()
                         .value(QStringLiteral("id"))
                         .toInteger(),
                     v.toObject().value(QStringLiteral("violation")).toString());
    QCOMPARE(kinds.value(m_bob.id), QStringLiteral("beyond_max_lifetime"));
    QCOMPARE(kinds.value(m_helpdesk.id), QStringLiteral("no_expiry"));
    const CliResult text = m_cli->run(args({"site", "violations"}), m_admin);
    CLI_EXPECT_OK(text);
    QVERIFY(text.out.contains("beyond_max_lifetime"));
    // Listed, never changed: bob's key still works.
    CLI_EXPECT_OK(m_cli->run(args({"key", "list"}), m_bob.key));
}

void TestCliPolicy::onlySiteAdminsSeeViolations()
{
    CLI_EXPECT_ERROR(m_cli->run(args({"site", "violations"}), m_helpdesk.key), 4);
    CLI_EXPECT_ERROR(m_cli->run(args({"site", "violations"}), m_bob.key), 4);
    CLI_EXPECT_ERROR(m_cli->run(args({"site", "set", "require_key_expiry", "true"}), m_bob.key), 4);
}

void TestCliPolicy::auditListFiltersByActorActionAndTime()
{
    CLI_EXPECT_OK(
        m_cli->run(args({"key", "disable"}) << QString::number(m_bob.id), m_helpdesk.key));
    bool ok = false;
    const QJsonArray byDesk =
        m_cli->jsonArray(m_admin, args({"audit", "list", "--actor", "hd"}), &ok);
    QVERIFY(ok);
    QCOMPARE(byDesk.size(), 1);
    QCOMPARE(byDesk.first().toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("key.disable"));
    const QJsonArray creates = m_cli->jsonArray(
        m_admin, args({"audit", "list", "--action", "key.create", "--since", "1d"}), &ok);
    QVERIFY(ok);
    QCOMPARE(creates.size(), 2); // hd's and bob's (init writes no key.create)
    const QJsonArray old =
        m_cli->jsonArray(m_admin, args({"audit", "list", "--until", "2020-01-01"}), &ok);
    QVERIFY(ok);
    QCOMPARE(old.size(), 0);
    const QJsonArray ofKey = m_cli->jsonArray(
        m_admin, args({"audit", "list", "--key"}) << QString::number(m_bob.id), &ok);
    QVERIFY(ok);
    QCOMPARE(ofKey.size(), 2);
}

void TestCliPolicy::auditListRefusesABadDate()
{
    CLI_EXPECT_ERROR(m_cli->run(args({"audit", "list", "--since", "yesterday"}), m_admin), 6);
    CLI_EXPECT_ERROR(m_cli->run(args({"audit", "list", "--actor", "nobody"}), m_admin), 5);
}

QTEST_GUILESS_MAIN(TestCliPolicy)
#include "tst_cli_policy.moc"
