// SPDX-License-Identifier: GPL-3.0-or-later
// The acceptance walk-through of issue 2, run as a new user would, with the real keydeskctl:
// init, a plain user, the setting off, refusal, admin-issued key, verify on the site and a child
// site, disable/enable/revoke, and no key or S3 secret in the bytes of the SQLite files.
#include "CliAsserts.h"
#include "StoredSecret.h"

#include <QRegularExpression>

using namespace keydesk::clitest;

namespace {
const QRegularExpression kKeyShape(QStringLiteral("^kd[su]_[A-Za-z0-9]{46}$"));

} // namespace

class TestCliAcceptance : public QObject {
    Q_OBJECT

private slots:
    void init();
    void initPrintsOnlyTheKey();
    void initTwiceIsAConflict();
    void acceptanceWalkThrough();

private:
    // key create in text mode: stdout is the key line (then, for --s3, id and secret lines).
    QList<QByteArray> createTextKey(const QStringList& options);
    qint64 keyIdByName(const QString& name);
    void expectVerifies(const QByteArray& key, const QString& site, qint64 id);
    void expectRefused(const QByteArray& key, const QString& site, const QString& reason);
    void expectNotInStore(const QList<QByteArray>& secrets);

    std::unique_ptr<CliRunner> m_cli;
    QByteArray m_admin;
};

void TestCliAcceptance::init()
{
    m_cli = std::make_unique<CliRunner>();
    QVERIFY2(m_cli->isValid(), "no temporary directory or no KEYDESK_CTL");
    CliResult r;
    m_admin = m_cli->init(&r);
    QVERIFY2(!m_admin.isEmpty(), qPrintable(r.describe()));
}

void TestCliAcceptance::initPrintsOnlyTheKey()
{
    CliRunner fresh;
    const CliResult r =
        fresh.run(args({"init", "--site-name", "Acme", "--subdomain", "acme", "--admin", "admin"}));
    CLI_EXPECT_OK(r);
    QCOMPARE(r.out.count('\n'), 1);
    const QByteArray key = r.out.trimmed();
    QVERIFY(kKeyShape.match(QString::fromLatin1(key)).hasMatch());
    QVERIFY(!r.err.contains(key)); // notices on stderr, never the key
    QVERIFY(r.err.contains("KEYDESK_API_KEY"));
    CLI_EXPECT_OK(fresh.verify(key, QStringLiteral("acme")));
}

void TestCliAcceptance::initTwiceIsAConflict()
{
    const CliResult again = m_cli->run(
        args({"init", "--site-name", "Other", "--subdomain", "other", "--admin", "root"}));
    CLI_EXPECT_ERROR(again, 7);
    CLI_EXPECT_OK(m_cli->verify(m_admin, QStringLiteral("acme")));
}

QList<QByteArray> TestCliAcceptance::createTextKey(const QStringList& options)
{
    const CliResult r = m_cli->run(args({"key", "create"}) + options, m_admin);
    if (r.exitCode != 0) {
        qWarning("key create failed: %s", qPrintable(r.describe()));
        return {};
    }
    QList<QByteArray> lines = r.out.split('\n');
    if (lines.size() > 1 && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

qint64 TestCliAcceptance::keyIdByName(const QString& name)
{
    bool ok = false;
    const QJsonArray keys = m_cli->jsonArray(m_admin, args({"key", "list"}), &ok);
    for (const QJsonValue& k : keys) {
        if (k.toObject().value(QStringLiteral("name")).toString() == name)
            return k.toObject().value(QStringLiteral("id")).toInteger();
    }
    return 0;
}

void TestCliAcceptance::expectVerifies(const QByteArray& key, const QString& site, qint64 id)
{
    const CliResult r = m_cli->verify(key, site);
    CLI_EXPECT_OK(r);
    QVERIFY(r.out.startsWith("OK: "));
    QVERIFY2(r.out.contains(QStringLiteral("key #%1 ").arg(id).toUtf8()), r.out.constData());
    QVERIFY2(r.out.contains("as user bob (role user"), r.out.constData());
    QVERIFY(!r.mentions(key));
}

void TestCliAcceptance::expectRefused(const QByteArray& key, const QString& site,
                                      const QString& reason)
{
    const CliResult r = m_cli->verify(key, site);
    CLI_EXPECT_ERROR(r, 3);
    QVERIFY2(QString::fromUtf8(r.err).contains(reason, Qt::CaseInsensitive),
             qPrintable(r.describe()));
    QVERIFY(!r.mentions(key));
}

void TestCliAcceptance::expectNotInStore(const QList<QByteArray>& secrets)
{
    QStringList files;
    const QByteArray bytes = m_cli->storeBytes(&files);
    QVERIFY2(files.contains(QStringLiteral("kd.sqlite")), qPrintable(files.join(u' ')));
    QVERIFY(bytes.size() > 4096);
    int i = 0;
    for (const QByteArray& secret : secrets) {
        QVERIFY2(secret.size() >= 40, qPrintable(QStringLiteral("secret #%1 is empty").arg(i)));
        const QByteArray utf16(reinterpret_cast<const char*>(QString::fromLatin1(secret).utf16()),
                               secret.size() * 2);
        QVERIFY2(!bytes.contains(secret) && !bytes.contains(utf16),
                 qPrintable(QStringLiteral("secret #%1 found in %2").arg(i).arg(files.join(u' '))));
        ++i;
    }
}

void TestCliAcceptance::acceptanceWalkThrough()
{
    CLI_EXPECT_OK(
        m_cli->run(args({"user", "create", "--username", "bob", "--role", "user"}), m_admin));
    const CliResult set =
        m_cli->run(args({"site", "set", "users_can_create_api_keys", "false"}), m_admin);
    CLI_EXPECT_OK(set);
    QVERIFY(set.out.contains("users_can_create_api_keys:  false"));

    // The admin gives bob a key; with the setting off, bob cannot create his own.
    const QList<QByteArray> first = createTextKey(args({"--name", "bob-first", "--user", "bob"}));
    QCOMPARE(first.size(), 1);
    const QByteArray bobKey = first.first();
    const int keysBefore = m_cli->keyCount(m_admin);
    const CliResult own =
        m_cli->run(args({"key", "create", "--name", "x", "--user", "bob"}), bobKey);
    CLI_EXPECT_ERROR(own, 4);
    QVERIFY(!own.mentions(bobKey));
    QCOMPARE(m_cli->keyCount(m_admin), keysBefore);

    const QList<QByteArray> issued = createTextKey(args({"--name", "laptop", "--user", "bob"}));
    QCOMPARE(issued.size(), 1);
    const QByteArray key = issued.first();
    QVERIFY(kKeyShape.match(QString::fromLatin1(key)).hasMatch());
    const qint64 id = keyIdByName(QStringLiteral("laptop"));
    QVERIFY(id > 0);
    const QString ids = QString::number(id);
    expectVerifies(key, QStringLiteral("acme"), id);

    // R10: a child site refuses the parent's key.
    CLI_EXPECT_OK(m_cli->run(
        args({"child-site", "create", "--name", "Child", "--subdomain", "child"}), m_admin));
    expectRefused(key, QStringLiteral("child"), QStringLiteral("site"));

    // R7: disabled keys authenticate nothing, and say so; enable restores.
    CLI_EXPECT_OK(m_cli->run(args({"key", "disable"}) << ids, m_admin));
    expectRefused(key, QStringLiteral("acme"), QStringLiteral("disabled"));
    CLI_EXPECT_OK(m_cli->run(args({"key", "enable"}) << ids, m_admin));
    expectVerifies(key, QStringLiteral("acme"), id);

    // R8: revoke is immediate and permanent.
    CLI_EXPECT_OK(m_cli->run(args({"key", "revoke"}) << ids, m_admin));
    expectRefused(key, QStringLiteral("acme"), QStringLiteral("no such key"));
    CLI_EXPECT_ERROR(m_cli->run(args({"key", "show"}) << ids, m_admin), 5);

    // An S3 key too: key, Access Key ID, Secret Key on stdout.
    const QList<QByteArray> s3 = createTextKey(args({"--name", "s3", "--user", "bob", "--s3"}));
    QCOMPARE(s3.size(), 3);
    QVERIFY(QRegularExpression(QStringLiteral("^KDAK[A-Z2-7]{16}$"))
                .match(QString::fromLatin1(s3.at(1)))
                .hasMatch());
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-Za-z]{40}$"))
                .match(QString::fromLatin1(s3.at(2)))
                .hasMatch());
    const StoredSecret stored = openStoredSecret(m_cli->storeUrl(), QString::fromLatin1(s3.at(1)));
    QVERIFY2(stored.error.isEmpty(), qPrintable(stored.error));
    QVERIFY(stored.secret == s3.at(2)); // the printed Secret Key is the one the store keeps
    CLI_EXPECT_OK(m_cli->verify(s3.at(0), QStringLiteral("acme")));
    expectNotInStore({m_admin, bobKey, key, s3.at(0), s3.at(2)});
}

QTEST_GUILESS_MAIN(TestCliAcceptance)
#include "tst_cli_acceptance.moc"
