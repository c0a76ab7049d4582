// SPDX-License-Identifier: GPL-3.0-or-later
// `key list` filters, sort and limit, checked against keys created for the purpose. The store
// is built once (initTestCase) because one key has to be left to expire; every test only reads.
#include "CliAsserts.h"

#include <QDateTime>
#include <QThread>

using namespace keydesk::clitest;

namespace {
QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

const QStringList kMine = {QStringLiteral("alpha"),    QStringLiteral("bravo"),
                           QStringLiteral("charlie"),  QStringLiteral("delta"),
                           QStringLiteral("echo"),     QStringLiteral("foxtrot"),
                           QStringLiteral("golf 100%")};
} // namespace

class TestCliListFilters : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void filters_data();
    void filters();
    void sortByNameDescending();
    void limit();
    void limitAfterSort();
    void statusShownInJson();

private:
    void createKeys();
    QStringList list(const QStringList& options);

    CliRunner m_cli;
    QByteArray m_admin;
};

void TestCliListFilters::createKeys()
{
    const QString soon = QDateTime::currentDateTimeUtc().addSecs(2).toString(Qt::ISODate);
    const QList<QStringList> specs = {
        args({"--name", "alpha", "--site-wide", "--description", "deploy robot"}),
        args({"--name", "bravo", "--user", "bob"}),
        args({"--name", "charlie", "--user", "bob", "--s3"}),
        args({"--name", "delta", "--user", "carol"}),
        args({"--name", "echo", "--user", "carol", "--expires"}) << soon,
        args({"--name", "foxtrot", "--user", "carol", "--expires", "+3d"}),
        args({"--name", "golf 100%", "--user", "carol"}),
    };
    for (const QStringList& spec : specs) {
        CliResult r;
        const CreatedKey k = m_cli.createKey(m_admin, spec, &r);
        QVERIFY2(k.ok(), qPrintable(r.describe()));
        if (spec.at(1) == u"delta")
            CLI_EXPECT_OK(m_cli.run(args({"key", "disable"}) << QString::number(k.id), m_admin));
    }
    // Let "echo" expire.
    const QDateTime expired = QDateTime::fromString(soon, Qt::ISODate).addSecs(1);
    while (QDateTime::currentDateTimeUtc() < expired)
        QThread::msleep(100);
}

void TestCliListFilters::initTestCase()
{
    QVERIFY2(m_cli.isValid(), "no temporary directory or no KEYDESK_CTL");
    CliResult r;
    m_admin = m_cli.init(&r);
    QVERIFY2(!m_admin.isEmpty(), qPrintable(r.describe()));
    for (const char* user : {"bob", "carol"})
        CLI_EXPECT_OK(m_cli.run(args({"user", "create", "--username", user}), m_admin));
    createKeys();
}

QStringList TestCliListFilters::list(const QStringList& options)
{
    bool ok = false;
    const QJsonArray keys = m_cli.jsonArray(m_admin, args({"key", "list"}) + options, &ok);
    if (!ok)
        return {QStringLiteral("<key list failed>")};
    return names(keys);
}

void TestCliListFilters::filters_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("expected"); // sorted names
    const QString admin = QStringLiteral("Initial admin key");
    QTest::newRow("no filter") << QStringList() << sorted(QStringList(kMine) << admin);
    QTest::newRow("disabled") << args({"--status", "disabled"}) << args({"delta"});
    QTest::newRow("expired") << args({"--status", "expired"}) << args({"echo"});
    QTest::newRow("expiring") << args({"--status", "expiring"}) << args({"foxtrot"});
    QTest::newRow("active") << args({"--status", "active"})
                            << sorted(args({"alpha", "bravo", "charlie", "foxtrot", "golf 100%"})
                                      << admin);
    QTest::newRow("user bob") << args({"--user", "bob"}) << args({"bravo", "charlie"});
    QTest::newRow("user carol disabled")
        << args({"--user", "carol", "--status", "disabled"}) << args({"delta"});
    QTest::newRow("kind s3") << args({"--kind", "s3"}) << args({"charlie"});
    QTest::newRow("kind site_wide") << args({"--kind", "site_wide"}) << args({"alpha"});
    QTest::newRow("kind user") << args({"--kind", "user"})
                               << sorted(QStringList(kMine.mid(1)) << admin);
    QTest::newRow("search name") << args({"--search", "ravo"}) << args({"bravo"});
    QTest::newRow("search is case-insensitive") << args({"--search", "CHARL"}) << args({"charlie"});
    QTest::newRow("search description") << args({"--search", "robot"}) << args({"alpha"});
    QTest::newRow("search owner") << args({"--search", "carol"})
                                  << args({"delta", "echo", "foxtrot", "golf 100%"});
    QTest::newRow("search percent is literal") << args({"--search", "%"}) << args({"golf 100%"});
    QTest::newRow("search nothing") << args({"--search", "zulu"}) << QStringList();
    QTest::newRow("kind s3 of carol") << args({"--kind", "s3", "--user", "carol"}) << QStringList();
}

void TestCliListFilters::filters()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, expected);
    QCOMPARE(sorted(list(options)), expected);
}

void TestCliListFilters::sortByNameDescending()
{
    const QStringList all = list(args({"--sort", "name", "--desc"}));
    QCOMPARE(all.size(), kMine.size() + 1);
    QStringList mine;
    for (const QString& n : all) {
        if (kMine.contains(n))
            mine << n;
    }
    QStringList expected = kMine;
    std::reverse(expected.begin(), expected.end());
    QCOMPARE(mine, expected);
    QCOMPARE(list(args({"--user", "bob", "--sort", "name", "--desc"})),
             QStringList({QStringLiteral("charlie"), QStringLiteral("bravo")}));
    QCOMPARE(list(args({"--user", "bob", "--sort", "name"})),
             QStringList({QStringLiteral("bravo"), QStringLiteral("charlie")}));
}

void TestCliListFilters::limit()
{
    const QStringList byId = list({});
    QCOMPARE(byId.size(), 8);
    QCOMPARE(list(args({"--limit", "3"})), byId.mid(0, 3));
    QCOMPARE(list(args({"--limit", "1"})).size(), 1);
    QCOMPARE(list(args({"--limit", "100"})), byId);
}

void TestCliListFilters::limitAfterSort()
{
    QCOMPARE(list(args({"--kind", "user", "--sort", "name", "--desc", "--limit", "2"})),
             QStringList({QStringLiteral("golf 100%"), QStringLiteral("foxtrot")}));
    QCOMPARE(list(args({"--user", "carol", "--sort", "name", "--limit", "2"})),
             QStringList({QStringLiteral("delta"), QStringLiteral("echo")}));
}

void TestCliListFilters::statusShownInJson()
{
    bool ok = false;
    const QJsonArray keys = m_cli.jsonArray(m_admin, args({"key", "list", "--user", "carol"}), &ok);
    QVERIFY(ok);
    QStringList statuses;
    for (const QJsonValue& v : keys)
        statuses << v.toObject().value(QStringLiteral("name")).toString() + u'=' +
                        v.toObject().value(QStringLiteral("status")).toString();
    QCOMPARE(sorted(statuses),
             QStringList({QStringLiteral("delta=disabled"), QStringLiteral("echo=expired"),
                          QStringLiteral("foxtrot=expiring"), QStringLiteral("golf 100%=active")}));
}

QTEST_GUILESS_MAIN(TestCliListFilters)
#include "tst_cli_listfilters.moc"
