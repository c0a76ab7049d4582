// SPDX-License-Identifier: GPL-3.0-or-later
// The REST client over HTTPS against the real keydesk-server with a certificate made here by the
// openssl command line: refused while untrusted (a clear store failure, no key in it), trusted
// through the CA file option or KEYDESK_CA_FILE, and still verified against the URL's host when
// the Host header names a site.
#include "BackendFactory.h"
#include "Expect.h"
#include "LocalBackend.h"
#include "RestBackend.h"
#include "ServerProcess.h"

#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace keydesk;
using keydesk::test::ServerProcess;

class TestRestTls : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void untrustedCertificateIsRefused();
    void caFileOptionTrustsIt();
    void caFileFromTheEnvironment();
    void hostHeaderKeepsCertificateCheckOnTheUrl();
    void unreadableCaFileIsSaidSo();
    void cleanupTestCase();

private:
    Result<std::unique_ptr<RestBackend>> backend(const QString& caFile,
                                                 const QString& domain = {}) const;

    QTemporaryDir m_dir;
    ServerProcess m_server;
    SecretBytes m_admin;
    QString m_cert;
};

void TestRestTls::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("keydesk.*.info=false"));
    QVERIFY2(!ServerProcess::binary().isEmpty(), "KEYDESK_SERVER is not set");
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY2(!openssl.isEmpty(), "the openssl command line is needed (Debian package openssl)");
    const QString store = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("tls.sqlite"));
    auto init = LocalBackend::initialize(
        *StoreUrl::parse(store),
        {QStringLiteral("Acme"), QStringLiteral("acme"), QStringLiteral("admin")});
    QVERIFY(init.has_value());
    m_admin = std::move(init->second.adminKey.secret);
    m_cert = m_dir.filePath(QStringLiteral("cert.pem"));
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    QProcess req;
    req.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                        QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                        QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                        QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
                        QStringLiteral("-keyout"), key, QStringLiteral("-out"), m_cert});
    QVERIFY(req.waitForFinished(30000));
    QVERIFY2(req.exitCode() == 0, req.readAllStandardError().constData());
    QVERIFY2(
        m_server.start(store, QStringLiteral("keydesk.test"),
                       {QStringLiteral("--tls-cert"), m_cert, QStringLiteral("--tls-key"), key}),
        qPrintable(m_server.error()));
}

void TestRestTls::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.error()));
}

Result<std::unique_ptr<RestBackend>> TestRestTls::backend(const QString& caFile,
                                                          const QString& domain) const
{
    RestOptions options;
    options.caFile = caFile;
    options.domain = domain;
    return RestBackend::open(*StoreUrl::parse(m_server.url(QStringLiteral("https"))), options);
}

void TestRestTls::untrustedCertificateIsRefused()
{
    auto remote = backend({});
    KD_EXPECT_OK(remote);
    auto session = (*remote)->signIn(m_admin.view());
    KD_EXPECT_ERROR(session, ErrorCode::StoreFailure);
    const QString message = session.error().message;
    QVERIFY2(message.startsWith(QStringLiteral("Cannot reach the KeyDesk server at %1 (TLS")
                                    .arg(m_server.url(QStringLiteral("https")))),
             qPrintable(message));
    QVERIFY(!message.contains(QString::fromLatin1(m_admin.byteView().toByteArray())));
    QVERIFY(isConnectionProblem(session.error()));
}

void TestRestTls::caFileOptionTrustsIt()
{
    auto remote = backend(m_cert);
    KD_EXPECT_OK(remote);
    auto session = (*remote)->signIn(m_admin.view());
    KD_EXPECT_OK(session);
    CreateKeyRequest r;
    r.name = QStringLiteral("over https");
    auto created = (*session)->createKey(r);
    KD_EXPECT_OK(created);
    QVERIFY(!created->secret.isEmpty());
    KD_EXPECT_OK((*remote)->signIn(created->secret.view()));
}

void TestRestTls::caFileFromTheEnvironment()
{
    qputenv("KEYDESK_CA_FILE", QFile::encodeName(m_cert));
    auto opened = openBackend(*StoreUrl::parse(m_server.url(QStringLiteral("https"))));
    qunsetenv("KEYDESK_CA_FILE");
    KD_EXPECT_OK(opened);
    KD_EXPECT_OK((*opened)->signIn(m_admin.view()));
}

void TestRestTls::hostHeaderKeepsCertificateCheckOnTheUrl()
{
    auto remote = backend(m_cert, QStringLiteral("keydesk.test"));
    KD_EXPECT_OK(remote);
    auto session = (*remote)->signIn(m_admin.view(), QStringLiteral("acme"));
    KD_EXPECT_OK(session);
    QCOMPARE((*session)->principal().username, QStringLiteral("admin"));
    auto untrusted = backend({}, QStringLiteral("keydesk.test"));
    KD_EXPECT_OK(untrusted);
    KD_EXPECT_ERROR((*untrusted)->signIn(m_admin.view(), QStringLiteral("acme")),
                    ErrorCode::StoreFailure);
}

void TestRestTls::unreadableCaFileIsSaidSo()
{
    auto remote = backend(m_dir.filePath(QStringLiteral("tls.sqlite"))); // not PEM
    KD_EXPECT_ERROR(remote, ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(TestRestTls)
#include "tst_RestTls.moc"
