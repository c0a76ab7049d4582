// SPDX-License-Identifier: GPL-3.0-or-later
// The key inventory CSV (core/KeyReport): RFC 4180 quoting, the OWASP formula-injection guard,
// UTF-8, one row per key after the header, and never a secret.
#include "KeyReport.h"

#include <QTest>

using namespace keydesk;

class TestKeyReport : public QObject {
    Q_OBJECT

private slots:
    void cellsAreQuotedAndGuardedAgainstFormulas_data();
    void cellsAreQuotedAndGuardedAgainstFormulas();
    void reportHasAHeaderAndOneRowPerKeyWithoutSecrets();
};

void TestKeyReport::cellsAreQuotedAndGuardedAgainstFormulas_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << "deploy"
                           << "deploy";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("comma") << "a,b"
                           << "\"a,b\"";
    QTest::newRow("quote") << "say \"hi\""
                           << "\"say \"\"hi\"\"\"";
    QTest::newRow("newline") << "a\nb"
                             << "\"a\nb\"";
    QTest::newRow("equals") << "=1+2"
                            << "'=1+2";
    QTest::newRow("plus") << "+1"
                          << "'+1";
    QTest::newRow("minus") << "-1"
                           << "'-1";
    QTest::newRow("at") << "@SUM(A1)"
                        << "'@SUM(A1)";
    QTest::newRow("tab") << "\tx"
                         << "'\tx";
    QTest::newRow("formula with comma") << "=HYPERLINK(\"x\",\"y\")"
                                        << "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"";
    QTest::newRow("inner equals") << "a=b"
                                  << "a=b";
    QTest::newRow("utf-8") << QStringLiteral("Schlüssel é") << QStringLiteral("Schlüssel é");
}

void TestKeyReport::cellsAreQuotedAndGuardedAgainstFormulas()
{
    QFETCH(QString, value);
    QFETCH(QString, cell);
    QCOMPARE(KeyReport::csvCell(value), cell);
}

void TestKeyReport::reportHasAHeaderAndOneRowPerKeyWithoutSecrets()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ApiKey site;
    site.id = 1;
    site.name = QStringLiteral("Backup, nightly");
    site.createdAt = now;
    site.digest = QByteArray(32, 'D');
    site.siteSubdomain = QStringLiteral("acme");
    ApiKey s3;
    s3.id = 2;
    s3.userId = 7;
    s3.ownerName = QStringLiteral("bob");
    s3.name = QStringLiteral("Uploads");
    s3.createdAt = now;
    s3.s3AccessKeyId = QStringLiteral("KDAKAAAAAAAAAAAAAAAA");
    s3.s3SecretSealed = QByteArray("sealed-secret-bytes");
    s3.replacedBy = 3;
    const QByteArray csv = KeyReport::csv({site, s3}, now);
    QCOMPARE(csv.count("\r\n"), 3);
    QVERIFY(csv.startsWith("id,name,label,kind,owner,permission_set,status,created_at,"
                           "expires_at,last_use_at,replaced_by,s3_access_key_id\r\n"));
    QVERIFY(csv.contains(
        "1,\"Backup, nightly\",Site-wide API key for acme (key ID #1),site_wide,,full,"));
    QVERIFY(csv.contains(",s3,bob,full,active,"));
    QVERIFY(csv.contains(",3,KDAKAAAAAAAAAAAAAAAA\r\n"));
    QVERIFY(!csv.contains("sealed-secret-bytes"));
    QVERIFY(!csv.contains("DDDD"));
}

QTEST_GUILESS_MAIN(TestKeyReport)
#include "tst_KeyReport.moc"
