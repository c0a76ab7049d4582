// SPDX-License-Identifier: GPL-3.0-or-later
// R6: "keydesk-server rotate-kek" on a SQLite store made by keydeskctl. After the rotation the
// S3 secrets shown by "key create --s3" open (through core, as the S3 listener opens them) to
// the same values under the new KEK, the API keys still verify, the KEK file holds the new key
// first and stays 0600, and the summary is one line without a secret. --retire-old drops the
// old KEK; KEYDESK_KEK (the environment) is refused unless --reseal-only.
#include "CliAsserts.h"
#include "CliRunner.h"
#include "StoredSecret.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace keydesk::clitest;

namespace {
QString serverBinary()
{
    return qEnvironmentVariable("KEYDESK_SERVER");
}

// keydesk-server ARGS with none of the KEK or store variables of the test's environment, plus
// `extra`.
CliResult runServer(const QStringList& arguments, const QProcessEnvironment& extra = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"KEYDESK_KEK", "KEYDESK_KEK_FILE", "KEYDESK_SERVER_STORE"})
        env.remove(QString::fromLatin1(name));
    for (const QString& name : extra.keys())
        env.insert(name, extra.value(name));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(serverBinary(), arguments);
    CliResult r;
    r.finished = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit;
    r.exitCode = r.finished ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

const QRegularExpression kSummary(QStringLiteral(
    "^(new current|current) key-encryption key (kek-[a-z2-7]{10}|[A-Za-z0-9._-]+); S3 secrets: "
    "(\\d+) re-sealed, (\\d+) already under it; older keys: (\\d+) kept( \\([^)]*\\))?, (\\d+) "
    "retired( \\([^)]*\\))?\\n$"));

QStringList kekFileIds(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList ids;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (!line.isEmpty())
            ids << QString::fromLatin1(line.left(line.indexOf(' ')));
    }
    return ids;
}
} // namespace

class TestCliRotateKek : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void R6_rotateKekResealsAndEverySecretStillOpens();
    void R6_retireOldDropsTheKekNoSecretUses();
    void R6_rotationIsAuditedWithoutActorOrSecret();
    void R6_environmentKekIsRefusedWithTheWayToRotateIt();
    void R6_environmentKeksAreResealedWithResealOnly();
    void R6_usageErrorsAndHelp();

private:
    QString kekFile() const { return m_cli->dbPath() + QStringLiteral(".kek"); }
    QStringList storeArgs(const QStringList& more = {}) const
    {
        return QStringList{QStringLiteral("rotate-kek"), QStringLiteral("--store"),
                           m_cli->storeUrl()} +
               more;
    }
    // Every S3 key opens to the secret its creation printed, under `kekId`.
    void expectSecretsOpenUnder(const QString& kekId);
    bool outputMentionsASecret(const CliResult& r) const;

    std::unique_ptr<CliRunner> m_cli;
    QByteArray m_admin;
    QList<CreatedKey> m_keys; // two S3 keys of bob, one plain key
};

void TestCliRotateKek::initTestCase()
{
    QVERIFY2(!serverBinary().isEmpty(), "KEYDESK_SERVER names no keydesk-server binary");
    qunsetenv("KEYDESK_KEK"); // core in this process loads the KEK file, as keydeskctl does
    qunsetenv("KEYDESK_KEK_FILE");
}

void TestCliRotateKek::init()
{
    m_cli = std::make_unique<CliRunner>();
    QVERIFY(m_cli->isValid());
    m_admin = m_cli->init();
    QVERIFY(!m_admin.isEmpty());
    CLI_EXPECT_OK(m_cli->run(args({"user", "create", "--username", "bob"}), m_admin));
    m_keys.clear();
    for (const char* name : {"s3 one", "s3 two"})
        m_keys << m_cli->createKey(m_admin, args({"--name", name, "--user", "bob", "--s3"}));
    m_keys << m_cli->createKey(m_admin, args({"--name", "plain", "--user", "bob"}));
    for (const CreatedKey& k : std::as_const(m_keys))
        QVERIFY(k.ok());
}

void TestCliRotateKek::expectSecretsOpenUnder(const QString& kekId)
{
    for (const CreatedKey& k : std::as_const(m_keys)) {
        if (k.accessKeyId.isEmpty())
            continue;
        const StoredSecret stored = openStoredSecret(m_cli->storeUrl(), k.accessKeyId);
        QVERIFY2(stored.error.isEmpty(), qPrintable(stored.error));
        QCOMPARE(stored.kekId, kekId);
        QVERIFY(stored.secret == k.s3Secret); // never printed
    }
}

bool TestCliRotateKek::outputMentionsASecret(const CliResult& r) const
{
    for (const CreatedKey& k : m_keys) {
        if (r.mentions(k.key) || (!k.s3Secret.isEmpty() && r.mentions(k.s3Secret)))
            return true;
    }
    return false;
}

void TestCliRotateKek::R6_rotateKekResealsAndEverySecretStillOpens()
{
    const QStringList before = kekFileIds(kekFile());
    QCOMPARE(before.size(), 1);
    const CliResult r = runServer(storeArgs());
    CLI_EXPECT_OK(r);
    const auto m = kSummary.match(QString::fromUtf8(r.out));
    QVERIFY2(m.hasMatch(), qPrintable(QString::fromUtf8(r.out)));
    QCOMPARE(m.captured(1), QStringLiteral("new current"));
    const QString newKek = m.captured(2);
    QCOMPARE(m.captured(3), QStringLiteral("2")); // re-sealed
    QCOMPARE(m.captured(5), QStringLiteral("1")); // the old key, kept
    QCOMPARE(m.captured(6), QStringLiteral(" (%1)").arg(before.first()));
    QVERIFY(!outputMentionsASecret(r));

    QCOMPARE(kekFileIds(kekFile()), (QStringList{newKek, before.first()}));
    QCOMPARE(int(QFile::permissions(kekFile()) & 0x77), 0);
    expectSecretsOpenUnder(newKek);
    for (const CreatedKey& k : std::as_const(m_keys))
        CLI_EXPECT_OK(m_cli->verify(k.key, QStringLiteral("acme")));
    // The keys keydeskctl creates from now on are sealed under the new KEK too.
    m_keys << m_cli->createKey(m_admin, args({"--name", "s3 three", "--user", "bob", "--s3"}));
    QVERIFY(m_keys.last().ok());
    expectSecretsOpenUnder(newKek);
}

void TestCliRotateKek::R6_retireOldDropsTheKekNoSecretUses()
{
    const QString oldKek = kekFileIds(kekFile()).value(0);
    const CliResult r = runServer(storeArgs({QStringLiteral("--retire-old")}));
    CLI_EXPECT_OK(r);
    const auto m = kSummary.match(QString::fromUtf8(r.out));
    QVERIFY2(m.hasMatch(), qPrintable(QString::fromUtf8(r.out)));
    QCOMPARE(m.captured(5), QStringLiteral("0"));
    QCOMPARE(m.captured(7), QStringLiteral("1"));
    QCOMPARE(m.captured(8), QStringLiteral(" (%1)").arg(oldKek));
    QCOMPARE(kekFileIds(kekFile()), QStringList{m.captured(2)});
    expectSecretsOpenUnder(m.captured(2));
    // Nothing left to do: a second run re-seals nothing and retires nothing.
    const CliResult again =
        runServer(storeArgs({QStringLiteral("--reseal-only"), QStringLiteral("--retire-old")}));
    CLI_EXPECT_OK(again);
    const QByteArray expected = QByteArray("current key-encryption key ") +
                                m.captured(2).toLatin1() +
                                "; S3 secrets: 0 re-sealed, 2 already under it; older keys: 0 "
                                "kept, 0 retired\n";
    QCOMPARE(again.out, expected);
}

void TestCliRotateKek::R6_rotationIsAuditedWithoutActorOrSecret()
{
    CLI_EXPECT_OK(runServer(storeArgs()));
    bool ok = false;
    const QJsonArray events = m_cli->jsonArray(m_admin, args({"audit", "list"}), &ok);
    QVERIFY(ok && !events.isEmpty());
    const QJsonObject latest = events.first().toObject();
    QCOMPARE(latest.value(QStringLiteral("action")).toString(), QStringLiteral("kek.rotate"));
    QVERIFY(latest.value(QStringLiteral("actor_user_id")).isNull());
    QCOMPARE(latest.value(QStringLiteral("details")).toObject().value(u"resealed").toInt(), 2);
    const CliResult text = m_cli->run(args({"audit", "list"}), m_admin);
    CLI_EXPECT_OK(text);
    QVERIFY(text.out.contains("kek.rotate"));
    QVERIFY(text.out.contains("system"));
    QVERIFY(!outputMentionsASecret(text));
}

void TestCliRotateKek::R6_environmentKekIsRefusedWithTheWayToRotateIt()
{
    const QByteArray fileBefore = [this] {
        QFile f(kekFile());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QProcessEnvironment env;
    env.insert(QStringLiteral("KEYDESK_KEK"),
               QStringLiteral("envkek:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="));
    for (const QStringList& extra :
         {QStringList{}, QStringList{QStringLiteral("--retire-old")},
          QStringList{QStringLiteral("--reseal-only"), QStringLiteral("--retire-old")}}) {
        const CliResult r = runServer(storeArgs(extra), env);
        CLI_EXPECT_ERROR(r, 2);
        QVERIFY(r.err.contains("KEYDESK_KEK is set"));
        QVERIFY(r.err.contains("KEYDESK_KEK=\"NEW-ID:NEWBASE64,OLD-ID:OLDBASE64\""));
        QVERIFY(!r.err.contains("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="));
    }
    QFile f(kekFile());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll() == fileBefore);
    expectSecretsOpenUnder(kekFileIds(kekFile()).value(0));
}

void TestCliRotateKek::R6_environmentKeksAreResealedWithResealOnly()
{
    // The documented hand rotation: a new entry first in KEYDESK_KEK, the old key after it.
    QFile f(kekFile());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray oldLine = f.readAll().trimmed();
    QVERIFY(!oldLine.contains('\n'));
    const QByteArray oldEntry = QByteArray(oldLine).replace(' ', ':');
    const QByteArray newEntry = "env-new:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    QProcessEnvironment env;
    env.insert(QStringLiteral("KEYDESK_KEK"), QString::fromLatin1(newEntry + "," + oldEntry));
    const CliResult r = runServer(storeArgs({QStringLiteral("--reseal-only")}), env);
    CLI_EXPECT_OK(r);
    QVERIFY2(r.out.startsWith("current key-encryption key env-new; S3 secrets: 2 re-sealed, 0 "
                              "already under it; older keys: 1 kept ("),
             qPrintable(QString::fromUtf8(r.out)));
    QVERIFY(!r.out.contains(oldEntry.mid(oldEntry.indexOf(':') + 1)));
    qputenv("KEYDESK_KEK", newEntry); // the old entry dropped: the new one alone opens them
    expectSecretsOpenUnder(QStringLiteral("env-new"));
    qunsetenv("KEYDESK_KEK");
}

void TestCliRotateKek::R6_usageErrorsAndHelp()
{
    const CliResult help = runServer({QStringLiteral("rotate-kek"), QStringLiteral("--help")});
    CLI_EXPECT_OK(help);
    QVERIFY(help.out.startsWith("Usage: keydesk-server rotate-kek --store URL"));
    QVERIFY(help.out.contains("--retire-old"));
    QVERIFY(help.out.contains("KEYDESK_KEK=\"ID:BASE64[,ID:BASE64...]\""));
    const CliResult serverHelp = runServer({QStringLiteral("--help")});
    CLI_EXPECT_OK(serverHelp);
    QVERIFY(serverHelp.out.contains("keydesk-server rotate-kek --store URL"));

    CLI_EXPECT_ERROR(runServer({QStringLiteral("rotate-kek")}), 2);
    CLI_EXPECT_ERROR(runServer(storeArgs({QStringLiteral("--bogus")})), 2);
    CLI_EXPECT_ERROR(runServer(storeArgs({QStringLiteral("extra")})), 2);
    CLI_EXPECT_ERROR(
        runServer({QStringLiteral("rotate-kek"), QStringLiteral("--store"),
                   QStringLiteral("sqlite:") + m_cli->dir() + QStringLiteral("/none.sqlite")}),
        3);
    CLI_EXPECT_ERROR(runServer(storeArgs({QStringLiteral("--kek-file"),
                                          m_cli->dir() + QStringLiteral("/none.kek")})),
                     2);
    expectSecretsOpenUnder(kekFileIds(kekFile()).value(0)); // none of them changed anything
}

QTEST_GUILESS_MAIN(TestCliRotateKek)
#include "tst_cli_rotatekek.moc"
