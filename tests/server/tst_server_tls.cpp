// SPDX-License-Identifier: GPL-3.0-or-later
// HTTPS from --tls-cert/--tls-key, with a certificate made here by the openssl command line:
// a client that trusts it gets answers, one that does not fails the handshake.
#include "ServerHarness.h"

#include <QFile>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTest>

using namespace keydesk::servertest;

class tst_server_tls : public QObject {
    Q_OBJECT

private:
    ServerHarness m_server;
    QString m_cert;
    QString m_key;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!ServerHarness::binary().isEmpty(), "KEYDESK_SERVER is not set");
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        QVERIFY2(!openssl.isEmpty(), "the openssl command line is needed (Debian package openssl)");
        QVERIFY2(m_server.initStore(), qPrintable(m_server.lastError()));
        m_cert = m_server.dir() + QStringLiteral("/cert.pem");
        m_key = m_server.dir() + QStringLiteral("/key.pem");
        QProcess req;
        req.start(openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
                   QStringLiteral("-keyout"), m_key, QStringLiteral("-out"), m_cert});
        QVERIFY(req.waitForFinished(30000));
        QVERIFY2(req.exitCode() == 0, req.readAllStandardError().constData());
        QVERIFY2(m_server.start(
                     {QStringLiteral("--tls-cert"), m_cert, QStringLiteral("--tls-key"), m_key}),
                 qPrintable(m_server.lastError()));
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_server.stop(), 0);
        QVERIFY2(m_server.leakedSecrets().isEmpty(),
                 qPrintable(m_server.leakedSecrets().join(u' ')));
    }

    void trustingClientGetsAnswers()
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_cert));
        HttpClient http(m_server.baseUrl(QStringLiteral("https")));
        http.setSslConfiguration(tls);
        HttpReply r = http.get(QStringLiteral("/health"));
        QVERIFY2(r.status == 200, r.describe().constData());
        r = http.get(QStringLiteral("/api_key"), {m_server.adminKey(), {}});
        QVERIFY2(r.status == 200, r.describe().constData());
        r = http.post(QStringLiteral("/api_keys"),
                      {{QStringLiteral("name"), QStringLiteral("over tls")}},
                      {m_server.adminKey(), {}});
        QCOMPARE(r.status, 201);
        m_server.rememberSecret(r.object().value(QStringLiteral("key")).toString().toLatin1());
    }

    void untrustingClientFailsTheHandshake()
    {
        HttpClient http(m_server.baseUrl(QStringLiteral("https")));
        const HttpReply r = http.get(QStringLiteral("/api_key"), {m_server.adminKey(), {}});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
    }

    void plainHttpGetsNoAnswer()
    {
        HttpClient http(m_server.baseUrl(QStringLiteral("http")));
        const HttpReply r = http.get(QStringLiteral("/health"));
        QVERIFY(r.status != 200);
    }

    void badTlsFilesExit2()
    {
        QFile garbage(m_server.dir() + QStringLiteral("/garbage.pem"));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("not a certificate\n");
        garbage.close();
        for (const auto& [cert, key] :
             {std::pair{garbage.fileName(), m_key}, std::pair{m_cert, garbage.fileName()}}) {
            std::unique_ptr<QProcess> p(ServerHarness::runToEnd(
                {QStringLiteral("--store"), m_server.storeUrl(), QStringLiteral("--listen"),
                 QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"), cert,
                 QStringLiteral("--tls-key"), key}));
            QCOMPARE(p->exitCode(), 2);
        }
    }
};

QTEST_GUILESS_MAIN(tst_server_tls)
#include "tst_server_tls.moc"
