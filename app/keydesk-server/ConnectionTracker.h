// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ErrorResponse.h"
#include "RequestFramer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QTcpSocket;

namespace keydesk::server {

class ConnectionTracker;

struct ConnectionLimits {
    FramingLimits framing;
    int requestTimeoutMs = 30 * 1000;     // a started request must arrive whole within this
    int idleTimeoutMs = 60 * 1000;        // keep-alive connections without a request
    qint64 maxDiscard = 64 * 1024 * 1024; // a refused body up to this is read and dropped
};

// Watches one socket on behalf of QHttpServer, which reads it too: refuses oversized or
// malformed requests before QHttpServer buffers them, closes stalled and idle connections, and
// knows whether a request is in flight. A child of its socket, so it dies with it.
class Connection final : public QObject {
    Q_OBJECT
public:
    Connection(QTcpSocket* socket, ConnectionTracker& tracker);
    ~Connection() override;

    // Draining: close now when idle, else right after the in-flight request is answered.
    void closeWhenIdle();

private:
    void onReadyRead();
    void onTimeout();
    void afterRequestComplete();
    void armTimer();
    void refuse(const ApiError& error);
    void discardIncoming();

    QTcpSocket* m_socket;
    ConnectionTracker& m_tracker;
    RequestFramer m_framer;
    QTimer m_timer;
    QElapsedTimer m_requestClock;
    bool m_timingRequest = false;
    bool m_refused = false;
    bool m_closeWhenIdle = false;
    qint64 m_discardLeft = 0;
};

// Every live connection of the REST listeners. QHttpServer (Qt 6.4) offers no hook for body
// limits, timeouts or graceful shutdown; this is that hook.
class ConnectionTracker final : public QObject {
    Q_OBJECT
public:
    using Limits = ConnectionLimits;

    explicit ConnectionTracker(Limits limits, QObject* parent = nullptr);

    // The object QHttpServer connects socket signals to; cut off from refused connections.
    void setHttpServer(QObject* server) { m_httpServer = server; }
    void adopt(QTcpSocket* socket);
    void drain(); // closes idle connections now, busy ones once answered
    bool draining() const { return m_draining; }
    qsizetype count() const { return m_connections.size(); }
    const Limits& limits() const { return m_limits; }
    QObject* httpServer() const { return m_httpServer; }

Q_SIGNALS:
    void drained(); // draining, and the last connection is gone

private:
    friend class Connection;
    void forget(Connection* connection);

    Limits m_limits;
    QPointer<QObject> m_httpServer;
    QSet<Connection*> m_connections;
    bool m_draining = false;
};

} // namespace keydesk::server
