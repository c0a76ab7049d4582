// SPDX-License-Identifier: GPL-3.0-or-later
// keydeskctl key rotate, key list --expiring / --unused-for, and report keys --format csv
// (read back with Python's csv module).
#include "CliAsserts.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>

using namespace keydesk::clitest;

namespace {
QString number(qint64 n)
{
    return QString::number(n);
}

// Python's csv module on FILE: the row count, then the cell at (row, column) if asked.
QStringList pythonCsv(const QString& file, int row = -1, int column = -1)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import csv,sys\n"
                            "rows = list(csv.reader(open(sys.argv[1], newline='', "
                            "encoding='utf-8')))\n"
                            "print(len(rows))\n"
                            "r, c = int(sys.argv[2]), int(sys.argv[3])\n"
                            "if r >= 0: print(rows[r][c])\n"),
             file, number(row), number(column)});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {QStringLiteral("python failed: ") + QString::fromUtf8(p.readAllStandardError())};
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
}
} // namespace

class TestCliLifecycle : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void rotate_printsTheReplacementOnceAndTheOldKeyExpires();
    void rotate_rolledKeyIsRefused();
    void rotate_s3KeyPrintsNewS3Values();
    void rotate_refusedForHelpdeskAndBadGrace();
    void list_expiringWithinASpan();
    void list_unusedForASpan();
    void report_csvOpensInPythonWithOneRowPerKey();
    void report_helpdeskSeesUserKeysOnly();

private:
    CliRunner m_cli;
    QByteArray m_admin;
    QByteArray m_desk;
};

void TestCliLifecycle::initTestCase()
{
    QVERIFY2(m_cli.isValid(), "no temporary directory or no KEYDESK_CTL");
    CliResult r;
    m_admin = m_cli.init(&r);
    QVERIFY2(!m_admin.isEmpty(), qPrintable(r.describe()));
    CLI_EXPECT_OK(m_cli.run(args({"user", "create", "--username", "bob"}), m_admin));
    CLI_EXPECT_OK(
        m_cli.run(args({"user", "create", "--username", "dana", "--role", "helpdesk"}), m_admin));
    const CreatedKey desk = m_cli.createKey(m_admin, args({"--name", "desk", "--user", "dana"}));
    QVERIFY(desk.ok());
    m_desk = desk.key;
}

void TestCliLifecycle::rotate_printsTheReplacementOnceAndTheOldKeyExpires()
{
    const CreatedKey old = m_cli.createKey(
        m_admin, args({"--name", "ci", "--user", "bob", "--description", "deploys"}));
    QVERIFY(old.ok());
    const CliResult r =
        m_cli.run(args({"--json", "key", "rotate", "--grace", "24h"}) << number(old.id), m_admin);
    CLI_EXPECT_OK(r);
    const QJsonObject created = r.json().object();
    const QByteArray key = created.value(QStringLiteral("key")).toString().toLatin1();
    QVERIFY(key.startsWith("kdu_"));
    QVERIFY(key != old.key);
    QCOMPARE(created.value(QStringLiteral("name")).toString(), QStringLiteral("ci"));
    QCOMPARE(created.value(QStringLiteral("description")).toString(), QStringLiteral("deploys"));
    CLI_EXPECT_OK(m_cli.verify(key, QStringLiteral("acme")));

    const CliResult shown = m_cli.run(args({"--json", "key", "show"}) << number(old.id), m_admin);
    CLI_EXPECT_OK(shown);
    const QJsonObject o = shown.json().object();
    QCOMPARE(o.value(QStringLiteral("replaced_by")).toInteger(),
             created.value(QStringLiteral("id")).toInteger());
    const QDateTime expires =
        QDateTime::fromString(o.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
    QVERIFY(std::abs(expires.secsTo(QDateTime::currentDateTimeUtc().addDays(1))) < 120);
    QVERIFY(!shown.mentions(key)); // shown once, at the rotation only
    CLI_EXPECT_OK(m_cli.verify(old.key, QStringLiteral("acme"))); // still inside its grace
}

void TestCliLifecycle::rotate_rolledKeyIsRefused()
{
    const CreatedKey old = m_cli.createKey(m_admin, args({"--name", "twice", "--user", "bob"}));
    QVERIFY(old.ok());
    CLI_EXPECT_OK(m_cli.run(args({"key", "rotate"}) << number(old.id), m_admin));
    CLI_EXPECT_EXIT(m_cli.verify(old.key, QStringLiteral("acme")), 3); // grace "now"
    const CliResult again = m_cli.run(args({"key", "rotate"}) << number(old.id), m_admin);
    CLI_EXPECT_ERROR(again, 7);
    QVERIFY(again.err.contains("already rolled"));
}

void TestCliLifecycle::rotate_s3KeyPrintsNewS3Values()
{
    const CreatedKey old =
        m_cli.createKey(m_admin, args({"--name", "uploads", "--user", "bob", "--s3"}));
    QVERIFY(old.ok());
    const CliResult r =
        m_cli.run(args({"key", "rotate", "--grace", "1h"}) << number(old.id), m_admin);
    CLI_EXPECT_OK(r);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3); // key, Access Key ID, Secret Key
    QVERIFY(lines.at(0).startsWith("kdu_"));
    QVERIFY(lines.at(1).startsWith("KDAK"));
    QVERIFY(lines.at(1) != old.accessKeyId.toLatin1());
    QCOMPARE(lines.at(2).size(), 40);
    QVERIFY(r.err.contains("Access Key ID"));
}

void TestCliLifecycle::rotate_refusedForHelpdeskAndBadGrace()
{
    const CreatedKey old = m_cli.createKey(m_admin, args({"--name", "desk-try", "--user", "bob"}));
    QVERIFY(old.ok());
    CLI_EXPECT_ERROR(m_cli.run(args({"key", "rotate"}) << number(old.id), m_desk), 4);
    CLI_EXPECT_ERROR(m_cli.run(args({"key", "rotate", "--grace", "3d"}) << number(old.id), m_admin),
                     2);
    const CliResult shown = m_cli.run(args({"--json", "key", "show"}) << number(old.id), m_admin);
    QVERIFY(shown.json().object().value(QStringLiteral("replaced_by")).isNull());
}

void TestCliLifecycle::list_expiringWithinASpan()
{
    for (const char* spec : {"+2d", "+20d"}) {
        QVERIFY(m_cli
                    .createKey(m_admin, args({"--name", "exp", "--user", "bob", "--expires"})
                                            << QString::fromLatin1(spec))
                    .ok());
    }
    bool ok = false;
    const QJsonArray soon =
        m_cli.jsonArray(m_admin, args({"key", "list", "--expiring", "7d", "--search", "exp"}), &ok);
    QVERIFY(ok);
    // "exp" (+2d) and the 24 h / 1 h grace keys of the rotation tests, nothing beyond 7 days.
    for (const QJsonValue& v : soon) {
        const QDateTime t = QDateTime::fromString(
            v.toObject().value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
        QVERIFY(t < QDateTime::currentDateTimeUtc().addDays(7));
    }
    QVERIFY(names(soon).contains(QStringLiteral("exp")));
    const QJsonArray month = m_cli.jsonArray(
        m_admin, args({"key", "list", "--expiring", "30d", "--search", "exp"}), &ok);
    QCOMPARE(names(month).count(QStringLiteral("exp")), 2);
    CLI_EXPECT_ERROR(m_cli.run(args({"key", "list", "--expiring", "soon"}), m_admin), 6);
}

void TestCliLifecycle::list_unusedForASpan()
{
    bool ok = false;
    const QJsonArray none =
        m_cli.jsonArray(m_admin, args({"key", "list", "--unused-for", "90d"}), &ok);
    QVERIFY(ok);
    QVERIFY(none.isEmpty()); // every key is younger than 90 days
    CLI_EXPECT_ERROR(m_cli.run(args({"key", "list", "--unused-for", "90"}), m_admin), 6);
}

void TestCliLifecycle::report_csvOpensInPythonWithOneRowPerKey()
{
    const CreatedKey odd = m_cli.createKey(
        m_admin, args({"--name", "=HYPERLINK(\"x\"),\"q\" é", "--user", "bob", "--s3"}));
    QVERIFY(odd.ok());
    const int keys = m_cli.keyCount(m_admin);
    QVERIFY(keys > 5);
    const QString file = m_cli.dir() + QStringLiteral("/keys.csv");
    const CliResult r =
        m_cli.run(args({"report", "keys", "--format", "csv", "--output"}) << file, m_admin);
    CLI_EXPECT_OK(r);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    QVERIFY(!csv.contains(odd.key) && !csv.contains(odd.s3Secret) && !csv.contains(m_admin));
    QVERIFY(csv.contains(odd.accessKeyId.toLatin1()));
    QVERIFY(csv.startsWith("id,name,label,kind,owner,permission_set,status,created_at,"));

    const QStringList rows = pythonCsv(file);
    QCOMPARE(rows.value(0), number(keys + 1));
    // The odd name survives quoting, with a quote in front against formula injection.
    int oddRow = 0;
    const QList<QByteArray> lines = csv.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(QByteArray(number(odd.id).toLatin1() + ',')))
            oddRow = i;
    }
    QVERIFY(oddRow > 0);
    const QStringList cell = pythonCsv(file, oddRow, 1);
    QCOMPARE(cell.value(1), QStringLiteral("'=HYPERLINK(\"x\"),\"q\" é"));

    const CliResult out = m_cli.run(args({"report", "keys", "--format", "csv"}), m_admin);
    CLI_EXPECT_OK(out);
    QCOMPARE(out.out, csv);
    CLI_EXPECT_ERROR(m_cli.run(args({"report", "keys", "--format", "xml"}), m_admin), 2);
}

void TestCliLifecycle::report_helpdeskSeesUserKeysOnly()
{
    QVERIFY(m_cli.createKey(m_admin, args({"--name", "backup", "--site-wide"})).ok());
    const CliResult admin = m_cli.run(args({"report", "keys", "--format", "csv"}), m_admin);
    const CliResult desk = m_cli.run(args({"report", "keys", "--format", "csv"}), m_desk);
    CLI_EXPECT_OK(admin);
    CLI_EXPECT_OK(desk);
    QVERIFY(admin.out.contains(",site_wide,"));
    QVERIFY(!desk.out.contains(",site_wide,"));
    QVERIFY(desk.out.count('\n') < admin.out.count('\n'));
}

QTEST_GUILESS_MAIN(TestCliLifecycle)
#include "tst_cli_lifecycle.moc"
