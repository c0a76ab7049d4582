// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk actions through keydeskctl (issue 6): key disable|revoke ID ID ... and --user U --all,
// one confirmation unless --yes, all or nothing, and the roles that may use them.
#include "CliAsserts.h"

using namespace keydesk::clitest;

class TestCliBulk : public QObject {
    Q_OBJECT

private slots:
    void init();
    void helpdeskRevokesEveryKeyOfAUser();
    void severalIdsAreDisabledInOneAction();
    void bulkWithoutYesOffATerminalIsAUsageError();
    void usageErrorsForHalfASelection();
    void helpdeskCannotBulkRevokeASiteWideKey();
    void userCannotBulkRevokeAnotherUsersKeys();

private:
    std::unique_ptr<CliRunner> m_cli;
    QByteArray m_admin;
    CreatedKey m_helpdesk;
    CreatedKey m_bob;
    CreatedKey m_bob2;
    CreatedKey m_carol;
    CreatedKey m_siteWide;
};

void TestCliBulk::init()
{
    m_cli = std::make_unique<CliRunner>();
    QVERIFY2(m_cli->isValid(), "no temporary directory or no KEYDESK_CTL");
    CliResult r;
    m_admin = m_cli->init(&r);
    QVERIFY2(!m_admin.isEmpty(), qPrintable(r.describe()));
    CLI_EXPECT_OK(
        m_cli->run(args({"user", "create", "--username", "hd", "--role", "helpdesk"}), m_admin));
    CLI_EXPECT_OK(m_cli->run(args({"user", "create", "--username", "bob"}), m_admin));
    CLI_EXPECT_OK(m_cli->run(args({"user", "create", "--username", "carol"}), m_admin));
    m_helpdesk = m_cli->createKey(m_admin, args({"--name", "hd-key", "--user", "hd"}));
    m_bob = m_cli->createKey(m_admin, args({"--name", "bob-1", "--user", "bob"}));
    m_bob2 = m_cli->createKey(m_admin, args({"--name", "bob-2", "--user", "bob"}));
    m_carol = m_cli->createKey(m_admin, args({"--name", "carol-key", "--user", "carol"}));
    m_siteWide = m_cli->createKey(m_admin, args({"--name", "ci-key", "--site-wide"}));
    QVERIFY(m_helpdesk.ok() && m_bob.ok() && m_bob2.ok() && m_carol.ok() && m_siteWide.ok());
}

void TestCliBulk::helpdeskRevokesEveryKeyOfAUser()
{
    const CliResult r = m_cli->run(
        args({"--json", "key", "revoke", "--user", "bob", "--all", "--yes"}), m_helpdesk.key);
    CLI_EXPECT_OK(r);
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("action")).toString(), QStringLiteral("revoke"));
    QCOMPARE(o.value(QStringLiteral("ids")).toArray().size(), 2);
    CLI_EXPECT_ERROR(m_cli->run(args({"key", "show"}) << QString::number(m_bob.id), m_admin), 5);
    CLI_EXPECT_ERROR(m_cli->run(args({"key", "show"}) << QString::number(m_bob2.id), m_admin), 5);
    CLI_EXPECT_OK(m_cli->run(args({"key", "show"}) << QString::number(m_carol.id), m_admin));
    // Bob's keys authenticate nothing any more (R8).
    CLI_EXPECT_ERROR(m_cli->run(args({"key", "list"}), m_bob.key), 3);
}

void TestCliBulk::severalIdsAreDisabledInOneAction()
{
    const CliResult r = m_cli->run(args({"key", "disable", "--yes"})
                                       << QString::number(m_bob.id) << QString::number(m_carol.id),
                                   m_helpdesk.key);
    CLI_EXPECT_OK(r);
    QVERIFY2(r.out.contains("Disabled 2 API keys"), r.out.constData());
    CLI_EXPECT_ERROR(m_cli->run(args({"key", "list"}), m_carol.key), 3);
    CLI_EXPECT_OK(m_cli->run(args({"key", "list"}), m_bob2.key));
    // The audit log has one key.disable per key.
    bool ok = false;
    const QJsonArray events = m_cli->jsonArray(m_admin, args({"audit", "list"}), &ok);
    QVERIFY(ok);
    int disables = 0;
    for (const QJsonValue& e : events)
        disables +=
            e.toObject().value(QStringLiteral("action")).toString() == QLatin1String("key.disable");
    QCOMPARE(disables, 2);
}

void TestCliBulk::bulkWithoutYesOffATerminalIsAUsageError()
{
    // Test stdin is a pipe, not a terminal: refused at once instead of waiting for an answer.
    const CliResult r = m_cli->run(args({"key", "revoke"})
                                       << QString::number(m_bob.id) << QString::number(m_carol.id),
                                   m_admin, QByteArray("y\n"));
    CLI_EXPECT_ERROR(r, 2);
    QVERIFY(r.err.contains("--yes"));
    CLI_EXPECT_OK(m_cli->run(args({"key", "show"}) << QString::number(m_bob.id), m_admin));
    // A single id is the plain revoke, as before: no prompt.
    CLI_EXPECT_OK(m_cli->run(args({"key", "revoke"}) << QString::number(m_bob.id), m_admin));
}

void TestCliBulk::usageErrorsForHalfASelection()
{
    CLI_EXPECT_ERROR(m_cli->run(args({"key", "revoke", "--user", "bob", "--yes"}), m_admin), 2);
    CLI_EXPECT_ERROR(m_cli->run(args({"key", "revoke", "--all", "--yes"}), m_admin), 2);
    CLI_EXPECT_ERROR(m_cli->run(args({"key", "disable", "--yes"}), m_admin), 2);
    CLI_EXPECT_ERROR(m_cli->run(args({"key", "disable", "--yes", "1", "x"}), m_admin), 6);
}

void TestCliBulk::helpdeskCannotBulkRevokeASiteWideKey()
{
    const CliResult r =
        m_cli->run(args({"key", "revoke", "--yes"})
                       << QString::number(m_bob.id) << QString::number(m_siteWide.id),
                   m_helpdesk.key);
    CLI_EXPECT_ERROR(r, 5);
    QVERIFY2(r.err.contains(QByteArray(QByteArray("#") + QByteArray::number(m_siteWide.id))),
             r.err.constData());
    QVERIFY(r.err.contains("Nothing was revoked"));
    CLI_EXPECT_OK(m_cli->run(args({"key", "show"}) << QString::number(m_bob.id), m_admin));
}

void TestCliBulk::userCannotBulkRevokeAnotherUsersKeys()
{
    // A user cannot even look other users up.
    CLI_EXPECT_ERROR(
        m_cli->run(args({"key", "revoke", "--user", "carol", "--all", "--yes"}), m_bob.key), 5);
    CLI_EXPECT_ERROR(m_cli->run(args({"key", "revoke", "--yes"})
                                    << QString::number(m_carol.id) << QString::number(m_bob2.id),
                                m_bob.key),
                     5);
    CLI_EXPECT_OK(m_cli->run(args({"key", "show"}) << QString::number(m_carol.id), m_admin));
}

QTEST_GUILESS_MAIN(TestCliBulk)
#include "tst_cli_bulk.moc"
