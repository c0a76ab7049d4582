// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input to keydeskctl gives the documented exit code and one line on stderr, and writes
// nothing: the number of keys and of audit events is unchanged. SQL metacharacters are data.
#include "CliAsserts.h"

#include <QFile>

using namespace keydesk::clitest;

namespace {
QStringList createUserKey(const QString& name)
{
    return {QStringLiteral("key"),    QStringLiteral("create"), QStringLiteral("--name"), name,
            QStringLiteral("--user"), QStringLiteral("bob")};
}

constexpr int kUsage = 2;
constexpr int kNotFound = 5;
constexpr int kInvalid = 6;
const QString kId = QStringLiteral("%ID%"); // replaced by the id of an existing key
} // namespace

class TestCliBadInput : public QObject {
    Q_OBJECT

private slots:
    void init();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void sqlMetacharactersAreData_data();
    void sqlMetacharactersAreData();
    void notADatabaseIsOneErrorLine();

private:
    void addKeyCreateRows();
    void addCommandLineRows();
    void addOtherCommandRows();

    std::unique_ptr<CliRunner> m_cli;
    QByteArray m_admin;
    qint64 m_keyId = 0;
};

void TestCliBadInput::init()
{
    m_cli = std::make_unique<CliRunner>();
    QVERIFY2(m_cli->isValid(), "no temporary directory or no KEYDESK_CTL");
    CliResult r;
    m_admin = m_cli->init(&r);
    QVERIFY2(!m_admin.isEmpty(), qPrintable(r.describe()));
    CLI_EXPECT_OK(m_cli->run(args({"user", "create", "--username", "bob"}), m_admin));
    const CreatedKey k = m_cli->createKey(m_admin, args({"--name", "existing", "--user", "bob"}));
    QVERIFY(k.ok());
    m_keyId = k.id;
}

void TestCliBadInput::addKeyCreateRows()
{
    const auto row = [](const char* name, const QStringList& a, int code) {
        QTest::newRow(name) << a << code;
    };
    const QStringList sw = args({"key", "create", "--name", "n", "--site-wide"});
    row("empty name", createUserKey(QString()), kInvalid);
    row("blank name", createUserKey(QStringLiteral("   ")), kInvalid);
    row("300-character name", createUserKey(QString(300, u'n')), kInvalid);
    row("256-character name", createUserKey(QString(256, u'n')), kInvalid);
    row("name with \\x01", createUserKey(QStringLiteral("a\x01z")), kInvalid);
    row("name with newline", createUserKey(QStringLiteral("a\nb")), kInvalid);
    row("name with escape", createUserKey(QStringLiteral("a\x1b[31mred")), kInvalid);
    row("name with DEL", createUserKey(QStringLiteral("a\x7f")), kInvalid);
    row("description with bell",
        createUserKey(QStringLiteral("d"))
            << QStringLiteral("--description") << QStringLiteral("ring\x07"),
        kInvalid);
    row("description over 4 KiB",
        createUserKey(QStringLiteral("d"))
            << QStringLiteral("--description") << QString(4097, u'd'),
        kInvalid);
    row("past expiry",
        createUserKey(QStringLiteral("p"))
            << QStringLiteral("--expires") << QStringLiteral("2000-01-01"),
        kInvalid);
    row("malformed expiry",
        createUserKey(QStringLiteral("p"))
            << QStringLiteral("--expires") << QStringLiteral("2030-13-45"),
        kInvalid);
    row("word expiry",
        createUserKey(QStringLiteral("p"))
            << QStringLiteral("--expires") << QStringLiteral("tomorrow"),
        kInvalid);
    row("unknown permission set", sw + args({"--permission-set", "root"}), kInvalid);
    row("unknown user", args({"key", "create", "--name", "n", "--user", "nobody"}), kNotFound);
    row("unknown site", sw + args({"--site", "nosuch"}), kNotFound);
    row("s3 on a site-wide key", sw + args({"--s3"}), kInvalid);
    row("both site-wide and user", sw + args({"--user", "bob"}), kUsage);
    row("neither site-wide nor user", args({"key", "create", "--name", "n"}), kUsage);
    row("no name", args({"key", "create", "--site-wide"}), kUsage);
    row("name without value", args({"key", "create", "--site-wide", "--name"}), kUsage);
    row("unknown option", sw + args({"--colour", "red"}), kUsage);
    row("option given twice", sw + args({"--name", "m"}), kUsage);
    row("flag with a value", args({"key", "create", "--name", "n", "--site-wide=yes"}), kUsage);
}

void TestCliBadInput::addCommandLineRows()
{
    const auto row = [](const char* name, const QStringList& a, int code) {
        QTest::newRow(name) << a << code;
    };
    row("unknown command", args({"frobnicate"}), kUsage);
    row("unknown subcommand", args({"key", "frobnicate"}), kUsage);
    row("extra argument", args({"key", "list", "extra"}), kUsage);
    row("missing key id", args({"key", "show"}), kUsage);
    row("key id abc", args({"key", "show", "abc"}), kInvalid);
    row("key id -1", args({"key", "disable", "-1"}), kInvalid);
    row("key id 0", args({"key", "revoke", "0"}), kInvalid);
    row("key id 1.5", args({"key", "enable", "1.5"}), kInvalid);
    row("key id huge", args({"key", "revoke", "99999999999999999999999"}), kInvalid);
    row("unknown key id", args({"key", "revoke", "999999"}), kNotFound);
    row("unknown key id for disable", args({"key", "disable", "999999"}), kNotFound);
    // Unknown values are echoed in the error; they must not break the line or reach the terminal
    // as control sequences.
    const QString newline = QStringLiteral("x\ny");
    const QString escape = QStringLiteral("\x1b[2J\x1b[31mred");
    row("unknown user with newline", createUserKey(QStringLiteral("n")).mid(0, 5) << newline,
        kNotFound);
    row("unknown user with escape", createUserKey(QStringLiteral("n")).mid(0, 5) << escape,
        kNotFound);
    row("unknown site with newline",
        args({"key", "create", "--name", "n", "--site-wide", "--site"}) << newline, kNotFound);
    row("user disable with newline", args({"user", "disable"}) << newline, kNotFound);
    row("unknown option with newline",
        args({"key", "create", "--name", "n", "--site-wide"}) << QStringLiteral("--col\nour"),
        kUsage);
}

void TestCliBadInput::addOtherCommandRows()
{
    const auto row = [](const char* name, const QStringList& a, int code) {
        QTest::newRow(name) << a << code;
    };
    const QStringList update = {QStringLiteral("key"), QStringLiteral("update"), kId};
    row("update to empty name", update + args({"--name", ""}), kInvalid);
    row("update to control name",
        update + QStringList{QStringLiteral("--name"), QStringLiteral("x\x02")}, kInvalid);
    row("update to past expiry", update + args({"--expires", "2000-01-01"}), kInvalid);
    row("update with nothing", update, kUsage);
    row("enable with unknown set",
        args({"key", "enable"}) << kId << QStringLiteral("--permission-set")
                                << QStringLiteral("all"),
        kInvalid);
    row("unknown setting", args({"site", "set", "colour", "blue"}), kInvalid);
    row("bad boolean", args({"site", "set", "users_can_create_api_keys", "maybe"}), kInvalid);
    row("zero lifetime", args({"site", "set", "max_key_lifetime_days", "0"}), kInvalid);
    row("bad username", args({"user", "create", "--username", "bad name!"}), kInvalid);
    row("unknown role", args({"user", "create", "--username", "eve", "--role", "god"}), kInvalid);
    row("bad subdomain", args({"child-site", "create", "--name", "C", "--subdomain", "Bad_Sub"}),
        kInvalid);
    row("bad status filter", args({"key", "list", "--status", "bogus"}), kInvalid);
    row("bad limit", args({"key", "list", "--limit", "0"}), kInvalid);
}

void TestCliBadInput::badInputWritesNothing_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<int>("expected");
    addKeyCreateRows();
    addCommandLineRows();
    addOtherCommandRows();
}

void TestCliBadInput::badInputWritesNothing()
{
    QFETCH(QStringList, command);
    QFETCH(int, expected);
    command.replaceInStrings(kId, QString::number(m_keyId));
    const int keys = m_cli->keyCount(m_admin);
    const int events = m_cli->auditCount(m_admin);
    QVERIFY(keys == 2 && events > 0);
    const CliResult r = m_cli->run(command, m_admin);
    CLI_EXPECT_ERROR(r, expected);
    QVERIFY2(!r.mentions(m_admin), "the key is echoed");
    QCOMPARE(m_cli->keyCount(m_admin), keys);
    QCOMPARE(m_cli->auditCount(m_admin), events);
    const CliResult shown = m_cli->run({QStringLiteral("--json"), QStringLiteral("key"),
                                        QStringLiteral("show"), QString::number(m_keyId)},
                                       m_admin);
    CLI_EXPECT_OK(shown);
    QCOMPARE(shown.json().object().value(QStringLiteral("name")).toString(),
             QStringLiteral("existing"));
    QCOMPARE(shown.json().object().value(QStringLiteral("permission_set")).toString(),
             QStringLiteral("full"));
}

void TestCliBadInput::sqlMetacharactersAreData_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("drop table") << QStringLiteral("x'); DROP TABLE api_keys;--");
    QTest::newRow("quote or") << QStringLiteral("' OR '1'='1");
    QTest::newRow("double quotes") << QStringLiteral("\"; DELETE FROM users; --");
    QTest::newRow("like wildcards") << QStringLiteral("100% _sure_ \\ [x]");
    QTest::newRow("comment") << QStringLiteral("/* a */ -- b");
    QTest::newRow("unicode") << QStringLiteral("ключ 🔑 鍵");
    QTest::newRow("255 characters") << QString(255, u'\'');
}

void TestCliBadInput::sqlMetacharactersAreData()
{
    QFETCH(QString, name);
    const int keys = m_cli->keyCount(m_admin);
    const int events = m_cli->auditCount(m_admin);
    CliResult r;
    const CreatedKey k =
        m_cli->createKey(m_admin,
                         {QStringLiteral("--name"), name, QStringLiteral("--user"),
                          QStringLiteral("bob"), QStringLiteral("--description"), name},
                         &r);
    QVERIFY2(k.ok(), qPrintable(r.describe()));
    QCOMPARE(k.json.value(QStringLiteral("name")).toString(), name);
    const CliResult shown = m_cli->run({QStringLiteral("--json"), QStringLiteral("key"),
                                        QStringLiteral("show"), QString::number(k.id)},
                                       m_admin);
    CLI_EXPECT_OK(shown);
    QCOMPARE(shown.json().object().value(QStringLiteral("name")).toString(), name);
    QCOMPARE(shown.json().object().value(QStringLiteral("description")).toString(), name);
    // Everything still works: one more key, one more event, the search finds exactly it.
    QCOMPARE(m_cli->keyCount(m_admin), keys + 1);
    QCOMPARE(m_cli->auditCount(m_admin), events + 1);
    bool ok = false;
    const QJsonArray found = m_cli->jsonArray(
        m_admin, {QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--search"), name},
        &ok);
    QVERIFY(ok);
    QCOMPARE(names(found), QStringList{name});
    CLI_EXPECT_OK(m_cli->verify(k.key, QStringLiteral("acme")));
}

void TestCliBadInput::notADatabaseIsOneErrorLine()
{
    QFile file(m_cli->dir() + QStringLiteral("/garbage.sqlite"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'g'));
    file.close();
    const QStringList store = {QStringLiteral("--store"),
                               QStringLiteral("sqlite:") + file.fileName()};
    const CliResult list = m_cli->runBare(store + args({"key", "list"}), m_admin);
    CLI_EXPECT_ERROR(list, 1);
    const CliResult verify =
        m_cli->runBare(store + args({"key", "verify"}), std::nullopt, m_admin + '\n');
    CLI_EXPECT_ERROR(verify, 1);
    QVERIFY(!list.mentions(m_admin) && !verify.mentions(m_admin));
}

QTEST_GUILESS_MAIN(TestCliBadInput)
#include "tst_cli_badinput.moc"
