// SPDX-License-Identifier: GPL-3.0-or-later
// keydeskctl --store http://127.0.0.1:PORT against the real keydesk-server serving a SQLite
// store: every command but init works as with the SQLite path, with the same exit codes and
// the same JSON. The server serves the very file the path names, so both answers can be
// compared side by side.
#include "CliAsserts.h"
#include "CliRunner.h"
#include "ServerProcess.h"

#include <QTest>

using namespace keydesk::clitest;
using keydesk::test::ServerProcess;

class TestCliServer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void readsMatchTheSqlitePath_data();
    void readsMatchTheSqlitePath();
    void keyLifecycleOverTheServer();
    void errorsKeepTheirExitCodes();
    void initIsLocalOnly();
    void cleanupTestCase();

private:
    CliResult remote(const QStringList& args, const std::optional<QByteArray>& key,
                     const QByteArray& input = {}) const
    {
        return m_cli.runBare(QStringList{QStringLiteral("--store"), m_server.url()} + args, key,
                             input);
    }

    CliRunner m_cli;
    ServerProcess m_server;
    QByteArray m_admin;
    qint64 m_keyId = 0;
};

void TestCliServer::initTestCase()
{
    QVERIFY(m_cli.isValid());
    QVERIFY2(!ServerProcess::binary().isEmpty(), "KEYDESK_SERVER is not set");
    m_admin = m_cli.init();
    QVERIFY(!m_admin.isEmpty());
    QVERIFY2(m_server.start(m_cli.storeUrl(), {},
                            {QStringLiteral("--auth-fail-limit"), QStringLiteral("0")}),
             qPrintable(m_server.error()));
    const CliResult user = m_cli.run(args({"user", "create", "--username", "bob"}), m_admin);
    QVERIFY2(user.exitCode == 0, qPrintable(user.describe()));
    const CreatedKey key =
        m_cli.createKey(m_admin, args({"--name", "backup", "--user", "bob", "--description", "d"}));
    QVERIFY(key.ok());
    m_keyId = key.id;
}

void TestCliServer::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.error()));
}

void TestCliServer::readsMatchTheSqlitePath_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("key list") << args({"key", "list"});
    QTest::newRow("key list, filtered")
        << args({"key", "list", "--kind", "user", "--search", "back"});
    QTest::newRow("key show") << (args({"key", "show"}) << QString::number(m_keyId));
    QTest::newRow("site show") << args({"site", "show"});
    QTest::newRow("user list") << args({"user", "list"});
    QTest::newRow("child-site list") << args({"child-site", "list"});
    QTest::newRow("audit list") << args({"audit", "list"});
}

void TestCliServer::readsMatchTheSqlitePath()
{
    QFETCH(QStringList, command);
    const CliResult local = m_cli.run(command + args({"--json"}), m_admin);
    const CliResult server = remote(command + args({"--json"}), m_admin);
    QVERIFY2(local.exitCode == 0, qPrintable(local.describe()));
    QVERIFY2(server.exitCode == 0, qPrintable(server.describe()));
    QCOMPARE(server.jsonWithoutLastUse(), local.jsonWithoutLastUse());
    // And the text output, line for line, but for the time of last use.
    const CliResult localText = m_cli.run(command, m_admin);
    const CliResult serverText = remote(command, m_admin);
    QCOMPARE(serverText.exitCode, localText.exitCode);
    QCOMPARE(serverText.out.split('\n').size(), localText.out.split('\n').size());
}

void TestCliServer::keyLifecycleOverTheServer()
{
    const CliResult created = remote(
        args({"key", "create", "--name", "over http", "--user", "bob", "--s3", "--json"}), m_admin);
    QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
    const QJsonObject o = created.json().object();
    const QByteArray key = o.value(QStringLiteral("key")).toString().toLatin1();
    QVERIFY(key.startsWith("kdu_"));
    QCOMPARE(o.value(QStringLiteral("aws_secret_key")).toString().size(), 40);
    const QString id = QString::number(o.value(QStringLiteral("id")).toInteger());

    const CliResult verified = remote(args({"key", "verify", "--json"}), std::nullopt, key + '\n');
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.describe()));
    QCOMPARE(verified.json().object().value(QStringLiteral("username")).toString(),
             QStringLiteral("bob"));
    QCOMPARE(verified.json().object().value(QStringLiteral("site_subdomain")).toString(),
             QStringLiteral("acme"));
    // Without the server's domain, a named site is checked against the key's own site.
    const CliResult onAcme =
        remote(args({"key", "verify", "--site", "acme"}), std::nullopt, key + '\n');
    QVERIFY2(onAcme.exitCode == 0, qPrintable(onAcme.describe()));
    const CliResult elsewhere =
        remote(args({"key", "verify", "--site", "other"}), std::nullopt, key + '\n');
    QCOMPARE(elsewhere.exitCode, 3);
    QVERIFY(!elsewhere.mentions(key));
    for (const char* step : {"disable", "enable"}) {
        const CliResult r =
            remote(QStringList{QStringLiteral("key"), QLatin1String(step), id}, m_admin);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }
    const CliResult listed = remote(args({"key", "list", "--user", "bob", "--json"}), key);
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe())); // bob's own key signs in
    QVERIFY(!listed.mentions(key));
    QCOMPARE(
        remote(QStringList{QStringLiteral("key"), QStringLiteral("revoke"), id}, m_admin).exitCode,
        0);
    const CliResult refused = remote(args({"key", "list"}), key);
    QCOMPARE(refused.exitCode, 3); // revoked: refused at once
    QVERIFY(refused.isOneErrorLine());
    QVERIFY(!refused.mentions(key));
}

void TestCliServer::errorsKeepTheirExitCodes()
{
    const QStringList missing = args({"key", "show", "424242"});
    QCOMPARE(remote(missing, m_admin).exitCode, m_cli.run(missing, m_admin).exitCode);
    QCOMPARE(remote(missing, m_admin).exitCode, 5);
    const QStringList bad = args({"key", "create", "--name", "x", "--site-wide", "--s3"});
    QCOMPARE(remote(bad, m_admin).exitCode, m_cli.run(bad, m_admin).exitCode);
    const CliResult noKey = remote(args({"key", "list"}), std::nullopt);
    QCOMPARE(noKey.exitCode, 3);

    // No server there: one clear line, exit 1, and the key nowhere.
    const CliResult down =
        m_cli.runBare(args({"--store", "http://127.0.0.1:9", "key", "list"}), m_admin);
    QCOMPARE(down.exitCode, 1);
    QVERIFY(down.isOneErrorLine());
    QVERIFY2(down.err.contains("Cannot reach the KeyDesk server at http://127.0.0.1:9"),
             qPrintable(down.describe()));
    QVERIFY(!down.mentions(m_admin));
}

void TestCliServer::initIsLocalOnly()
{
    const CliResult r =
        remote(args({"init", "--site-name", "X", "--subdomain", "x", "--admin", "a"}), {});
    QCOMPARE(r.exitCode, 6);
    QVERIFY(r.isOneErrorLine());
    QVERIFY(r.err.contains("init creates a store on this machine"));
}

QTEST_GUILESS_MAIN(TestCliServer)
#include "tst_cli_server.moc"
