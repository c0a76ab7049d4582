// SPDX-License-Identifier: GPL-3.0-or-later
// keydeskctl's usage surface: --help, no arguments, --version, per-command help.
#include "CliAsserts.h"

#include <QRegularExpression>

using namespace keydesk::clitest;

class TestCliUsage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void helpListsCommands_data();
    void helpListsCommands();
    void helpDocumentsExitCodes();
    void noArgumentsIsUsageError();
    void versionPrintsVersion();
    void commandHelp();
    void unknownCommandDoesNotEchoSecrets();

private:
    CliRunner m_cli;
};

void TestCliUsage::initTestCase()
{
    QVERIFY2(m_cli.isValid(), "no temporary directory or no KEYDESK_CTL");
}

void TestCliUsage::helpListsCommands_data()
{
    QTest::addColumn<QString>("command");
    for (const char* c :
         {"init", "site show", "site set", "child-site create", "child-site list", "user create",
          "user list", "user disable", "key create", "key list", "key show", "key update",
          "key disable", "key enable", "key revoke", "key verify", "audit list"})
        QTest::newRow(c) << QString::fromLatin1(c);
}

void TestCliUsage::helpListsCommands()
{
    QFETCH(QString, command);
    const CliResult r = m_cli.runBare(args({"--help"}));
    CLI_EXPECT_OK(r);
    QVERIFY(r.err.isEmpty());
    QVERIFY2(QString::fromUtf8(r.out).contains(
                 QStringLiteral("keydeskctl [--store URL] [--json] ") + command),
             qPrintable(command));
}

void TestCliUsage::helpDocumentsExitCodes()
{
    const CliResult r = m_cli.runBare(args({"-h"}));
    CLI_EXPECT_OK(r);
    for (const char* code : {"0 ok", "2 usage", "3 not authenticated", "4 not authorized",
                             "5 not found", "6 invalid input", "7 conflict"})
        QVERIFY2(r.out.contains(code), code);
    QVERIFY(r.out.contains("KEYDESK_API_KEY"));
}

void TestCliUsage::noArgumentsIsUsageError()
{
    const CliResult r = m_cli.runBare({});
    CLI_EXPECT_EXIT(r, 2);
    QVERIFY(r.out.contains("key create") || r.err.contains("key create"));
    const CliResult onlyStore = m_cli.run({});
    CLI_EXPECT_EXIT(onlyStore, 2);
}

void TestCliUsage::versionPrintsVersion()
{
    const CliResult r = m_cli.runBare(args({"--version"}));
    CLI_EXPECT_OK(r);
    static const QRegularExpression line(QStringLiteral("^keydeskctl \\d+\\.\\d+\\.\\d+\\n$"));
    QVERIFY2(line.match(QString::fromUtf8(r.out)).hasMatch(), r.out.constData());
    QVERIFY(r.err.isEmpty());
}

void TestCliUsage::commandHelp()
{
    const CliResult r = m_cli.runBare(args({"key", "create", "--help"}));
    CLI_EXPECT_OK(r);
    QVERIFY(r.out.startsWith("keydeskctl [--store URL] [--json] key create"));
    for (const char* option : {"--name", "--site-wide", "--user", "--expires", "--s3",
                               "--permission-set", "--description"})
        QVERIFY2(r.out.contains(option), option);
    QVERIFY(!r.out.contains("audit list"));
}

void TestCliUsage::unknownCommandDoesNotEchoSecrets()
{
    // A key pasted where a command belongs must not be repeated back.
    const QByteArray pasted = "kdu_Abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ";
    const CliResult r = m_cli.run({QString::fromLatin1(pasted)});
    CLI_EXPECT_ERROR(r, 2);
    QVERIFY(!r.mentions(pasted));
    const CliResult known = m_cli.run(args({"frobnicate"}));
    CLI_EXPECT_ERROR(known, 2);
    QVERIFY(known.err.contains("frobnicate"));
}

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cli_usage.moc"
