// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionTracker.h"
#include "RateLimiter.h"
#include "ServerOptions.h"
#include "SignalDrain.h"

#include <QHttpServer>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>
#include <memory>

namespace keydesk {
class LocalBackend;
}

namespace keydesk::server::s3 {
class ObjectStore;
class S3Handler;
class S3Listener;
} // namespace keydesk::server::s3

namespace keydesk::server {

class Router;
class SiteResolver;
struct ServerServices;

// keydesk-server: the store, the routes, the listeners and the way out (SIGTERM/SIGINT ->
// stop accepting, drain, exit 0).
class ServerApp final : public QObject {
    Q_OBJECT
public:
    explicit ServerApp(ServerOptions options, QObject* parent = nullptr);
    ~ServerApp() override;

    // Opens the store, listens and prints the listening lines; an exit code when it cannot.
    std::optional<int> start();

private:
    std::optional<int> openStore();
    std::optional<int> listen();
    std::optional<int> listenS3(const std::optional<QSslConfiguration>& tls);
    void checkDrained();
    void addRoutes();
    void onStopRequested(int signalNumber, int count);
    void onDrained();
    std::expected<QSslConfiguration, QString> loadTls() const;

    ServerOptions m_options;
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<SiteResolver> m_sites;
    RateLimiter m_limiter;
    ConnectionTracker m_tracker;
    std::unique_ptr<ServerServices> m_services;
    std::unique_ptr<Router> m_router;
    QByteArray m_openApi;
    std::unique_ptr<s3::ObjectStore> m_objects;
    std::unique_ptr<s3::S3Handler> m_s3Handler;
    std::unique_ptr<s3::S3Listener> m_s3;
    bool m_restDrained = false;
    QTimer m_sweeper; // abandoned S3 uploads, hourly
    SignalDrain m_signals;
    QTimer m_drainDeadline;
    QHttpServer m_http; // last, so destroyed first: it owns the listeners and their sockets
};

} // namespace keydesk::server
