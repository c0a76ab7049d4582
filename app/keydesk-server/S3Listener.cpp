// SPDX-License-Identifier: GPL-3.0-or-later
#include "S3Listener.h"

#include "AccessLog.h"
#include "ServerLogging.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSslSocket>

namespace keydesk::server::s3 {

namespace {
constexpr qsizetype kMaxHead = 64 * 1024;
constexpr int kRequestTimeoutMs = 30 * 1000; // no progress on a started request
constexpr int kIdleTimeoutMs = 60 * 1000;
constexpr qint64 kChunk = 256 * 1024;
constexpr qint64 kHighWater = 1024 * 1024; // socket bytes queued before the next file read

QByteArray newRequestId()
{
    quint32 words[2];
    QRandomGenerator::global()->fillRange(words);
    return QByteArray(reinterpret_cast<const char*>(words), sizeof words).toHex().toUpper();
}
} // namespace

// --- BodyHashes -----------------------------------------------------------------------------

BodyHashes::BodyHashes()
    : m_sha(EVP_MD_CTX_new())
    , m_md5(EVP_MD_CTX_new())
{
    reset();
}

BodyHashes::~BodyHashes()
{
    EVP_MD_CTX_free(m_sha);
    EVP_MD_CTX_free(m_md5);
}

void BodyHashes::reset()
{
    EVP_DigestInit_ex(m_sha, EVP_sha256(), nullptr);
    EVP_DigestInit_ex(m_md5, EVP_md5(), nullptr);
}

void BodyHashes::add(QByteArrayView bytes)
{
    EVP_DigestUpdate(m_sha, bytes.data(), size_t(bytes.size()));
    EVP_DigestUpdate(m_md5, bytes.data(), size_t(bytes.size()));
}

void BodyHashes::finish(QByteArray& sha256Hex, QByteArray& md5)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_sha, out, &length);
    sha256Hex = QByteArray(reinterpret_cast<const char*>(out), length).toHex();
    EVP_DigestFinal_ex(m_md5, out, &length);
    md5 = QByteArray(reinterpret_cast<const char*>(out), length);
    reset();
}

// --- S3Connection ---------------------------------------------------------------------------

S3Connection::S3Connection(QTcpSocket* socket, S3Listener& listener)
    : QObject(socket)
    , m_socket(socket)
    , m_listener(listener)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &S3Connection::onTimeout);
    connect(socket, &QTcpSocket::readyRead, this, &S3Connection::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &S3Connection::pump);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    armTimer();
}

S3Connection::~S3Connection()
{
    m_listener.forget(this);
}

void S3Connection::closeWhenIdle()
{
    m_closeWhenIdle = true;
    if (m_state == State::Head && m_in.isEmpty())
        m_socket->disconnectFromHost();
}

void S3Connection::armTimer()
{
    const bool idle = m_state == State::Head && m_in.isEmpty();
    m_timer.start(idle ? kIdleTimeoutMs : kRequestTimeoutMs);
}

void S3Connection::onTimeout()
{
    if (m_state == State::Responding) { // a client that stopped reading
        qCInfo(lcS3) << "closing a connection that stopped reading";
        m_socket->abort();
        return;
    }
    if (m_state == State::Body || !m_in.isEmpty())
        refuseHead(400, "RequestTimeout",
                   QStringLiteral("Your socket connection to the server "
                                  "was not read from or written to "
                                  "within the timeout period."));
    else
        m_socket->disconnectFromHost();
}

void S3Connection::onReadyRead()
{
    m_in += m_socket->readAll();
    if (m_state != State::Responding)
        process();
}

void S3Connection::process()
{
    while (m_socket->state() == QAbstractSocket::ConnectedState) {
        if (m_state == State::Body) {
            if (!takeBody())
                break;
            continue;
        }
        if (m_state != State::Head)
            break;
        HttpHead head;
        switch (takeHead(m_in, head, kMaxHead)) {
        case HeadStatus::Incomplete:
            armTimer();
            return;
        case HeadStatus::TooLarge:
            return refuseHead(400, "RequestHeaderSectionTooLarge",
                              QStringLiteral("Your request header section exceeds the maximum "
                                             "allowed size."));
        case HeadStatus::Malformed:
            return refuseHead(400, "InvalidRequest",
                              QStringLiteral("The request is not well-formed HTTP/1.1."));
        case HeadStatus::LengthRequired:
            return refuseHead(411, "MissingContentLength",
                              QStringLiteral("You must provide the Content-Length HTTP header; "
                                             "chunked bodies are not accepted."));
        case HeadStatus::Complete:
            startRequest(std::move(head));
            break;
        }
    }
}

void S3Connection::startRequest(HttpHead head)
{
    m_clock.start();
    m_call = Call{};
    m_call.head = std::move(head);
    m_call.peer = m_socket->peerAddress();
    m_call.requestId = newRequestId();
    m_keepAlive = m_call.head.keepAlive && !m_closeWhenIdle;
    Start start = m_listener.handler().begin(m_call);
    if (start.response) {
        // Refused before its body: rather than read and drop it, end the connection.
        if (m_call.head.contentLength > 0)
            start.response->close = true;
        return send(std::move(*start.response));
    }
    if (m_call.head.contentLength > start.maxBody)
        return send(m_listener.handler().error(
            m_call, s3Error("EntityTooLarge", QStringLiteral("Your proposed upload exceeds the "
                                                             "maximum allowed size"))));
    m_sink = start.sink;
    m_body = ReceivedBody{};
    m_hashes.reset();
    if (m_sink == BodySink::File) {
        S3Error error;
        m_body.file = m_listener.handler().newBodyFile(m_call, error);
        if (!m_body.file) {
            HttpResponse r = m_listener.handler().error(m_call, error);
            r.close = true;
            return send(std::move(r));
        }
    }
    m_remaining = m_call.head.contentLength;
    m_state = State::Body;
    if (m_call.head.expectContinue && m_remaining > 0)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    armTimer();
}

// Moves received body bytes to their sink; true once the request is complete and answered.
bool S3Connection::takeBody()
{
    const qint64 n = std::min<qint64>(m_remaining, m_in.size());
    if (n > 0) {
        const QByteArrayView bytes(m_in.constData(), n);
        m_hashes.add(bytes);
        if (m_sink == BodySink::File) {
            if (m_body.file->write(bytes.data(), n) != n) {
                qCWarning(lcS3) << "cannot write a received body:" << m_body.file->errorString();
                HttpResponse r = m_listener.handler().error(
                    m_call, s3Error("InternalError", QStringLiteral("We encountered an internal "
                                                                    "error. Please try again.")));
                r.close = true;
                send(std::move(r));
                return false;
            }
        } else {
            m_body.memory.append(bytes);
        }
        m_in.remove(0, n);
        m_remaining -= n;
    }
    if (m_remaining > 0) {
        armTimer();
        return false;
    }
    m_hashes.finish(m_body.sha256Hex, m_body.md5);
    send(m_listener.handler().finish(m_call, std::move(m_body)));
    m_body = ReceivedBody{};
    return m_state == State::Head;
}

void S3Connection::refuseHead(int status, QByteArrayView code, const QString& message)
{
    S3Error error{code.toByteArray(), status, message};
    HttpResponse r = errorResponse(error, {}, newRequestId(), false);
    r.close = true;
    if (!m_clock.isValid())
        m_clock.start();
    send(std::move(r));
}

void S3Connection::send(HttpResponse response)
{
    m_state = State::Responding;
    m_response = std::move(response);
    m_response.setHeader("x-amz-request-id",
                         m_call.requestId.isEmpty() ? newRequestId() : m_call.requestId);
    m_response.setHeader("Server", "KeyDesk");
    m_response.setHeader("Date", httpDate(QDateTime::currentDateTimeUtc()));
    if (m_response.close)
        m_keepAlive = false;
    m_socket->write(serializeHead(m_response, m_keepAlive));
    if (!m_response.headOnly && !m_response.file)
        m_socket->write(m_response.body);
    m_left = m_response.headOnly || !m_response.file ? 0 : m_response.fileLength;
    if (m_response.file && !m_response.file->seek(m_response.fileOffset))
        m_left = 0; // cannot happen for an offset inside the object; the client sees a short body
    logRequest();
    pump();
}

void S3Connection::logRequest()
{
    QByteArray target = m_call.head.rawPath;
    if (!m_call.head.rawQuery.isEmpty())
        target += '?' + m_call.head.rawQuery;
    AccessLog::Entry entry;
    entry.peer = m_call.peer.isNull() ? m_socket->peerAddress() : m_call.peer;
    entry.method = m_call.head.method;
    entry.target = AccessLog::safeTarget(QByteArrayView(target));
    entry.status = m_response.status;
    entry.durationUs = m_clock.isValid() ? m_clock.nsecsElapsed() / 1000 : 0;
    entry.keyId = m_call.principal.keyId;
    AccessLog::write(entry);
}

void S3Connection::pump()
{
    if (m_state != State::Responding)
        return;
    armTimer();
    while (m_left > 0 && m_socket->bytesToWrite() < kHighWater) {
        const QByteArray chunk = m_response.file->read(std::min(kChunk, m_left));
        if (chunk.isEmpty()) {
            qCWarning(lcS3) << "object file ended early";
            m_socket->abort();
            return;
        }
        m_socket->write(chunk);
        m_left -= chunk.size();
    }
    if (m_left == 0 && m_socket->bytesToWrite() == 0)
        responseDone();
    else if (m_left == 0 && !m_keepAlive && m_socket->bytesToWrite() > 0)
        return; // wait for bytesWritten
}

void S3Connection::responseDone()
{
    m_response = HttpResponse{};
    m_call = Call{};
    if (!m_keepAlive || m_closeWhenIdle) {
        m_socket->disconnectFromHost();
        return;
    }
    m_state = State::Head;
    m_clock.invalidate();
    armTimer();
    if (!m_in.isEmpty())
        process();
}

// --- S3Listener -----------------------------------------------------------------------------

S3Listener::S3Listener(S3Handler& handler, std::optional<QSslConfiguration> tls, QObject* parent)
    : QTcpServer(parent)
    , m_handler(handler)
    , m_tls(std::move(tls))
{}

void S3Listener::incomingConnection(qintptr descriptor)
{
    QSslSocket* tls = m_tls ? new QSslSocket(this) : nullptr;
    QTcpSocket* socket = tls ? tls : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_connections.insert(new S3Connection(socket, *this));
    if (tls) {
        tls->setSslConfiguration(*m_tls);
        tls->startServerEncryption();
    }
}

void S3Listener::drain()
{
    m_draining = true;
    close();
    const auto connections = m_connections;
    for (S3Connection* c : connections)
        c->closeWhenIdle();
    if (m_connections.isEmpty())
        emit drained();
}

void S3Listener::forget(S3Connection* connection)
{
    m_connections.remove(connection);
    if (m_draining && m_connections.isEmpty())
        emit drained();
}

} // namespace keydesk::server::s3
