// SPDX-License-Identifier: GPL-3.0-or-later
// keydesk-server over PostgreSQL: while the database is down requests get 503
// service-unavailable/store-unavailable (and /health says so); once it is back they succeed
// without a restart of the server. Uses the CTest fixture "postgres" of tests/pg.
#include "ServerHarness.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QThread>

using namespace keydesk::servertest;

namespace {
bool cluster(const char* command)
{
    const QString dir = QFileInfo(qEnvironmentVariable("KEYDESK_TEST_PG_URL_FILE")).absolutePath();
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(QStringLiteral("bash"),
            {qEnvironmentVariable("KEYDESK_TEST_PG_CLUSTER"), QString::fromLatin1(command), dir});
    return p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QString postgresUrl()
{
    QFile file(qEnvironmentVariable("KEYDESK_TEST_PG_URL_FILE"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll().trimmed()) + QStringLiteral("?schema=server_outage");
}
} // namespace

class tst_server_pgoutage : public QObject {
    Q_OBJECT

private:
    ServerHarness m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!ServerHarness::binary().isEmpty(), "KEYDESK_SERVER is not set");
        const QString url = postgresUrl();
        if (url.startsWith(u'?') || qEnvironmentVariableIsEmpty("KEYDESK_TEST_PG_CLUSTER"))
            QSKIP("needs KEYDESK_TEST_PG_URL_FILE and KEYDESK_TEST_PG_CLUSTER (CTest, tests/pg)");
        m_server.setStoreUrl(url);
        QVERIFY2(m_server.initStore(), qPrintable(m_server.lastError()));
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    }

    void cleanupTestCase()
    {
        QVERIFY(cluster("resume")); // the next suite needs the database, whatever happened here
        QCOMPARE(m_server.stop(), 0);
        QVERIFY2(m_server.leakedSecrets().isEmpty(),
                 qPrintable(m_server.leakedSecrets().join(u' ')));
    }

    void outageIs503ThenRecovers()
    {
        HttpClient http(m_server.baseUrl());
        const RequestOptions admin{m_server.adminKey(), {}};
        QCOMPARE(http.get(QStringLiteral("/api_key"), admin).status, 200);
        QVERIFY(cluster("pause"));
        for (const QString& path :
             {QStringLiteral("/api_key"), QStringLiteral("/api_keys"), QStringLiteral("/users")}) {
            const HttpReply r = http.get(path, admin);
            QVERIFY2(r.status == 503, r.describe().constData());
            QCOMPARE(r.type(), QStringLiteral("service-unavailable/store-unavailable"));
        }
        QCOMPARE(http.get(QStringLiteral("/health")).status, 503);
        QVERIFY(cluster("resume"));
        int status = 0;
        for (QDeadlineTimer deadline(15000); status != 200 && !deadline.hasExpired();) {
            status = http.get(QStringLiteral("/api_key"), admin).status;
            if (status != 200)
                QThread::msleep(200);
        }
        QCOMPARE(status, 200);
        QCOMPARE(http.get(QStringLiteral("/health")).status, 200);
        QVERIFY(m_server.isRunning()); // the same process, no restart
    }
};

QTEST_GUILESS_MAIN(tst_server_pgoutage)
#include "tst_server_pgoutage.moc"
