// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionTracker.h"

#include "AccessLog.h"
#include "ServerLogging.h"

#include <QTcpSocket>

namespace keydesk::server {

namespace {
ApiError errorFor(RequestFramer::Verdict verdict, qint64 maxBody)
{
    using V = RequestFramer::Verdict;
    switch (verdict) {
    case V::BodyTooLarge:
        return ErrorResponse::make(
            413, QStringLiteral("bad-request/request-too-large"),
            QStringLiteral("The request body is larger than %1 bytes").arg(maxBody));
    case V::HeadTooLarge:
        return ErrorResponse::make(431, QStringLiteral("bad-request/headers-too-large"),
                                   QStringLiteral("The request headers are too large"));
    case V::LengthRequired:
        return ErrorResponse::make(411, QStringLiteral("bad-request/length-required"),
                                   QStringLiteral("Send the body with a Content-Length header; "
                                                  "Transfer-Encoding is not accepted"));
    case V::Malformed:
    case V::Ok:
        break;
    }
    return ErrorResponse::make(400, QStringLiteral("bad-request/malformed-request"),
                               QStringLiteral("The HTTP request is malformed"));
}
} // namespace

Connection::Connection(QTcpSocket* socket, ConnectionTracker& tracker)
    : QObject(socket)
    , m_socket(socket)
    , m_tracker(tracker)
    , m_framer(tracker.limits().framing)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Connection::onTimeout);
    // Connected before QHttpServer's own slot, so it runs first on every readyRead.
    connect(socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e != QAbstractSocket::RemoteHostClosedError)
            qCInfo(lcConnection).noquote() << m_socket->peerAddress().toString()
                                           << "connection error:" << m_socket->errorString();
    });
    armTimer();
}

Connection::~Connection()
{
    m_tracker.forget(this);
}

void Connection::onReadyRead()
{
    if (m_refused) {
        discardIncoming();
        return;
    }
    const int before = m_framer.completed();
    const bool wasInFlight = m_framer.inFlight();
    const QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
    const RequestFramer::Verdict verdict = m_framer.feed(fresh);
    if (verdict != RequestFramer::Verdict::Ok) {
        refuse(errorFor(verdict, m_tracker.limits().framing.maxBody));
        return;
    }
    if (m_framer.takeContinue())
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    if (!wasInFlight && (m_framer.inFlight() || m_framer.completed() != before))
        m_requestClock.start();
    if (m_framer.completed() != before)
        afterRequestComplete();
    if (m_framer.inFlight() != m_timingRequest || m_framer.completed() != before)
        armTimer();
}

void Connection::afterRequestComplete()
{
    m_timingRequest = false;
    if (!m_closeWhenIdle || m_framer.inFlight())
        return;
    // QHttpServer answers in its own readyRead slot, which runs after this one: close after it.
    QTimer::singleShot(0, this, [this] { m_socket->disconnectFromHost(); });
}

void Connection::armTimer()
{
    m_timingRequest = m_framer.inFlight();
    m_timer.start(m_timingRequest ? m_tracker.limits().requestTimeoutMs
                                  : m_tracker.limits().idleTimeoutMs);
}

void Connection::closeWhenIdle()
{
    m_closeWhenIdle = true;
    if (!m_framer.inFlight() && !m_refused)
        m_socket->disconnectFromHost();
}

void Connection::onTimeout()
{
    if (m_refused || !m_framer.inFlight()) {
        m_socket->disconnectFromHost();
        return;
    }
    refuse(ErrorResponse::make(408, QStringLiteral("bad-request/request-timeout"),
                               QStringLiteral("The request did not arrive in time")));
}

void Connection::refuse(const ApiError& error)
{
    m_refused = true;
    if (QObject* server = m_tracker.httpServer())
        disconnect(m_socket, nullptr, server, nullptr); // QHttpServer stops reading this socket
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->readAll(); // already framed: dropped
    m_socket->write(ErrorResponse::rawClosingResponse(error));
    AccessLog::write({m_socket->peerAddress(), m_framer.method(),
                      AccessLog::safeTarget(m_framer.target()), error.status,
                      m_requestClock.isValid() ? m_requestClock.nsecsElapsed() / 1000 : 0, 0});
    // Reading the rest of a refused body before closing lets the client read the response
    // instead of a connection reset; bodies beyond maxDiscard are cut off.
    m_discardLeft = m_framer.remainingBody();
    if (m_discardLeft <= 0 || m_discardLeft > m_tracker.limits().maxDiscard) {
        m_socket->disconnectFromHost();
        return;
    }
    m_timer.start(5000);
}

void Connection::discardIncoming()
{
    m_discardLeft -= m_socket->readAll().size();
    if (m_discardLeft <= 0)
        m_socket->disconnectFromHost();
}

ConnectionTracker::ConnectionTracker(Limits limits, QObject* parent)
    : QObject(parent)
    , m_limits(limits)
{}

void ConnectionTracker::adopt(QTcpSocket* socket)
{
    m_connections.insert(new Connection(socket, *this));
}

void ConnectionTracker::drain()
{
    m_draining = true;
    qCInfo(lcServer) << "draining" << m_connections.size() << "connection(s)";
    const QSet<Connection*> now = m_connections;
    for (Connection* c : now)
        c->closeWhenIdle();
    if (m_connections.isEmpty())
        Q_EMIT drained();
}

void ConnectionTracker::forget(Connection* connection)
{
    m_connections.remove(connection);
    if (m_draining && m_connections.isEmpty())
        Q_EMIT drained();
}

} // namespace keydesk::server
