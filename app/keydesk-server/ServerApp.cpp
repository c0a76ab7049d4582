// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerApp.h"

#include "ApiKeysHandler.h"
#include "AuditHandler.h"
#include "BulkHandler.h"
#include "Listener.h"
#include "LocalBackend.h"
#include "OpenApi.h"
#include "PolicyHandler.h"
#include "ReportsHandler.h"
#include "RequestContext.h"
#include "Router.h"
#include "S3Listener.h"
#include "ServerLogging.h"
#include "SiteHandler.h"
#include "SiteResolver.h"
#include "SystemHandler.h"
#include "UsersHandler.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSslKey>
#include <QSslSocket>
#include <QTextStream>

namespace keydesk::server {

namespace {
void printError(const QString& message)
{
    QTextStream(stderr) << "keydesk-server: " << message << Qt::endl;
}

ConnectionTracker::Limits trackerLimits()
{
    return ConnectionTracker::Limits{};
}

// Connections the kernel queues before the event loop accepts them (capped by
// net.core.somaxconn). QTcpServer's default of 50 drops the SYNs of a burst beyond that, and
// each dropped client waits a full second for its SYN retransmit; nginx queues 511.
constexpr int kListenBacklog = 1024;
} // namespace

ServerApp::ServerApp(ServerOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_limiter(m_options.authFailLimit, qint64(m_options.authFailWindowSeconds) * 1000)
    , m_tracker(trackerLimits())
{
    m_drainDeadline.setSingleShot(true);
}

ServerApp::~ServerApp() = default;

std::optional<int> ServerApp::start()
{
    if (!m_signals.isValid())
        return ExitFailure;
    connect(&m_signals, &SignalDrain::stopRequested, this, &ServerApp::onStopRequested);
    connect(&m_signals, &SignalDrain::reloadRequested, this, [this] {
        // SIGHUP: read the key-encryption keys again (after rotate-kek); nothing else changes.
        const bool ok = m_backend && m_backend->reloadKeks();
        qCInfo(lcServer) << "SIGHUP: key-encryption keys" << (ok ? "read again" : "unchanged");
    });
    if (auto failed = openStore())
        return failed;
    addRoutes();
    return listen();
}

std::optional<int> ServerApp::openStore()
{
    auto url = StoreUrl::parse(m_options.store);
    if (!url) {
        printError(QStringLiteral("--store: ") + url.error().message);
        return ExitUsage;
    }
    auto backend = LocalBackend::open(*url);
    if (!backend) {
        printError(QStringLiteral("cannot open the store %1: %2")
                       .arg(url->toString(), backend.error().message));
        return ExitStore;
    }
    m_backend = std::move(*backend);
    m_sites = std::make_unique<SiteResolver>(m_backend->store(), m_options.domain);
    if (auto primary = m_sites->primarySite(); !primary) {
        printError(QStringLiteral("the store %1 cannot serve: %2")
                       .arg(url->toString(), primary.error().message));
        return ExitStore;
    }
    m_services = std::make_unique<ServerServices>(ServerServices{*m_backend, *m_sites, m_limiter});
    return std::nullopt;
}

void ServerApp::addRoutes()
{
    const qint64 maxBody = m_tracker.limits().framing.maxBody;
    m_router = std::make_unique<Router>(*m_services, m_tracker, maxBody);
    SystemHandler::addRoutes(*m_router, m_openApi);
    ApiKeysHandler::addRoutes(*m_router);
    SiteHandler::addRoutes(*m_router);
    UsersHandler::addRoutes(*m_router);
    AuditHandler::addRoutes(*m_router);
    ReportsHandler::addRoutes(*m_router);
    BulkHandler::addRoutes(*m_router);
    PolicyHandler::addRoutes(*m_router);
    m_openApi =
        QJsonDocument(OpenApi::document(m_router->routes(), QCoreApplication::applicationVersion()))
            .toJson(QJsonDocument::Compact);
    m_router->install(m_http);
}

std::expected<QSslConfiguration, QString> ServerApp::loadTls() const
{
    if (!QSslSocket::supportsSsl())
        return std::unexpected(QStringLiteral("this Qt build has no TLS support"));
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(m_options.tlsCert, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return std::unexpected(QStringLiteral("no PEM certificate in %1").arg(m_options.tlsCert));
    QFile file(m_options.tlsKey);
    QByteArray pem = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa, QSsl::Dsa}) {
        if (key.isNull())
            key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
    }
    pem.fill('\0');
    if (key.isNull())
        return std::unexpected(
            QStringLiteral("no unencrypted PEM private key in %1").arg(m_options.tlsKey));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

std::optional<int> ServerApp::listen()
{
    std::optional<QSslConfiguration> tls;
    if (m_options.tls()) {
        auto loaded = loadTls();
        if (!loaded) {
            printError(loaded.error());
            return ExitUsage;
        }
        tls = *loaded;
    }
    auto* listener = new Listener(m_tracker, tls);
    listener->setListenBacklogSize(kListenBacklog);
    if (!listener->listen(m_options.listen.address, m_options.listen.port)) {
        printError(QStringLiteral("cannot listen on %1: %2")
                       .arg(m_options.listen.text(), listener->errorString()));
        delete listener;
        return ExitListen;
    }
    m_http.bind(listener);
    m_tracker.setHttpServer(&m_http);
    if (auto failed = listenS3(tls))
        return failed;
    const QString address = m_options.listen.text(listener->serverPort());
    qCInfo(lcServer).noquote() << "serving" << m_backend->location() << "on" << address
                               << (tls ? "(https)" : "(http)");
    QTextStream(stdout) << "rest listening on " << address << Qt::endl; // endl flushes
    if (m_s3)
        QTextStream(stdout) << "s3 listening on " << m_options.s3Listen->text(m_s3->serverPort())
                            << Qt::endl;
    return std::nullopt;
}

std::optional<int> ServerApp::listenS3(const std::optional<QSslConfiguration>& tls)
{
    if (!m_options.s3Listen)
        return std::nullopt;
    m_objects = std::make_unique<s3::ObjectStore>(m_options.dataDir);
    if (auto prepared = m_objects->prepare(); !prepared) {
        printError(QStringLiteral("--data-dir: ") + prepared.error().message);
        return ExitUsage;
    }
    m_s3Handler = std::make_unique<s3::S3Handler>(*m_backend, *m_sites, m_limiter, *m_objects);
    m_s3 = std::make_unique<s3::S3Listener>(*m_s3Handler, tls);
    m_s3->setListenBacklogSize(kListenBacklog);
    if (!m_s3->listen(m_options.s3Listen->address, m_options.s3Listen->port)) {
        printError(QStringLiteral("cannot listen on %1: %2")
                       .arg(m_options.s3Listen->text(), m_s3->errorString()));
        return ExitListen;
    }
    m_objects->sweep(QDateTime::currentDateTimeUtc());
    connect(&m_sweeper, &QTimer::timeout, this,
            [this] { m_objects->sweep(QDateTime::currentDateTimeUtc()); });
    m_sweeper.start(std::chrono::hours(1));
    qCInfo(lcServer).noquote() << "S3 objects in" << m_options.dataDir << "on"
                               << m_options.s3Listen->text(m_s3->serverPort());
    return std::nullopt;
}

void ServerApp::onStopRequested(int signalNumber, int count)
{
    if (count > 1) {
        qCWarning(lcServer) << "signal" << signalNumber << "again: stopping without draining";
        QCoreApplication::exit(ExitFailure);
        return;
    }
    qCInfo(lcServer) << "signal" << signalNumber << "- no new connections; draining";
    for (QTcpServer* server : m_http.servers())
        server->close();
    connect(&m_tracker, &ConnectionTracker::drained, this, &ServerApp::onDrained,
            Qt::QueuedConnection);
    if (m_s3)
        connect(m_s3.get(), &s3::S3Listener::drained, this, &ServerApp::checkDrained,
                Qt::QueuedConnection);
    connect(&m_drainDeadline, &QTimer::timeout, this, [this] {
        qCWarning(lcServer) << "drain timeout:"
                            << m_tracker.count() + (m_s3 ? m_s3->connectionCount() : 0)
                            << "connection(s) cut";
        QCoreApplication::exit(ExitFailure);
    });
    m_drainDeadline.start(m_options.drainTimeoutSeconds * 1000);
    if (m_s3)
        m_s3->drain();
    m_tracker.drain();
}

void ServerApp::onDrained()
{
    m_restDrained = true;
    checkDrained();
}

void ServerApp::checkDrained()
{
    if (!m_restDrained || (m_s3 && (m_s3->isListening() || m_s3->connectionCount() > 0)))
        return;
    qCInfo(lcServer) << "drained; bye";
    QCoreApplication::exit(ExitOk);
}

} // namespace keydesk::server
