// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslConfiguration>
#include <QTcpServer>
#include <optional>

namespace keydesk::server {

class ConnectionTracker;

// A REST listener: plain TCP, or TLS when given a configuration. Each accepted socket is handed
// to the ConnectionTracker before QHttpServer (bound with QAbstractHttpServer::bind) gets it,
// so the tracker's slots run first. Qt 6.4's QHttpServer::listen() makes its own servers, which
// would leave no such hook.
class Listener final : public QTcpServer {
    Q_OBJECT
public:
    Listener(ConnectionTracker& tracker, std::optional<QSslConfiguration> tls,
             QObject* parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    ConnectionTracker& m_tracker;
    std::optional<QSslConfiguration> m_tls;
};

} // namespace keydesk::server
