// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log's CSV export (issue 6): RFC 4180 quoting and the formula-injection guard.
#include "AuditCsv.h"

#include <QTest>

using namespace keydesk;

class TestAuditCsv : public QObject {
    Q_OBJECT

private slots:
    void cellsAreQuotedPerRfc4180AndFormulasGuarded_data();
    void cellsAreQuotedPerRfc4180AndFormulasGuarded();
    void rowsEndInCrLfAndEventsHaveEveryColumn();
};

void TestAuditCsv::cellsAreQuotedPerRfc4180AndFormulasGuarded_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << "key.revoke"
                           << "key.revoke";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("comma") << "a,b"
                           << "\"a,b\"";
    QTest::newRow("quote") << "say \"hi\""
                           << "\"say \"\"hi\"\"\"";
    QTest::newRow("newline") << "two\nlines"
                             << "\"two\nlines\"";
    QTest::newRow("carriage return") << "a\rb"
                                     << "\"a\rb\"";
    QTest::newRow("equals") << "=HYPERLINK(\"x\")"
                            << "\"'=HYPERLINK(\"\"x\"\")\"";
    QTest::newRow("plus") << "+1"
                          << "'+1";
    QTest::newRow("minus") << "-2+3"
                           << "'-2+3";
    QTest::newRow("at") << "@SUM(A1)"
                        << "'@SUM(A1)";
    QTest::newRow("equals inside") << "a=b"
                                   << "a=b";
}

void TestAuditCsv::cellsAreQuotedPerRfc4180AndFormulasGuarded()
{
    QFETCH(QString, value);
    QFETCH(QString, cell);
    QCOMPARE(AuditCsv::cell(value), cell);
}

void TestAuditCsv::rowsEndInCrLfAndEventsHaveEveryColumn()
{
    AuditEvent e;
    e.id = 7;
    e.at = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    e.siteId = 1;
    e.actorUserId = 2;
    e.action = QStringLiteral("key.update");
    e.targetKeyId = 9;
    e.keyKind = KeyKind::User;
    e.details = QJsonObject{{QStringLiteral("name"), QStringLiteral("=cmd")}};
    const QString doc = AuditCsv::document({e});
    const QStringList lines = doc.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 3); // header, one event, the empty rest after the last CRLF
    QVERIFY(lines.at(0).startsWith(QLatin1String("id,at,site_id,")));
    QCOMPARE(lines.at(1), QStringLiteral("7,2026-11-28T12:00:00Z,1,2,,key.update,9,user,,"
                                         "\"{\"\"name\"\":\"\"=cmd\"\"}\""));
}

QTEST_GUILESS_MAIN(TestAuditCsv)
#include "tst_AuditCsv.moc"
