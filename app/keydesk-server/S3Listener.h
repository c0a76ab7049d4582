// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "S3Handler.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>
#include <openssl/evp.h>

class QTcpSocket;

namespace keydesk::server::s3 {

class S3Listener;

// SHA-256 and MD5 of a body as it streams in (OpenSSL EVP).
class BodyHashes {
public:
    BodyHashes();
    ~BodyHashes();
    BodyHashes(const BodyHashes&) = delete;
    BodyHashes& operator=(const BodyHashes&) = delete;
    void reset();
    void add(QByteArrayView bytes);
    void finish(QByteArray& sha256Hex, QByteArray& md5);

private:
    EVP_MD_CTX* m_sha = nullptr;
    EVP_MD_CTX* m_md5 = nullptr;
};

// One client connection of the S3 listener: HTTP/1.1 with keep-alive, bodies streamed to a
// file (never buffered whole), objects streamed from disk with back-pressure, "100 Continue"
// only once the request is authenticated, and time limits for stalled or idle clients.
class S3Connection final : public QObject {
    Q_OBJECT
public:
    S3Connection(QTcpSocket* socket, S3Listener& listener);
    ~S3Connection() override;
    void closeWhenIdle();

private:
    enum class State { Head, Body, Responding };

    void onReadyRead();
    void process();
    void startRequest(HttpHead head);
    bool takeBody();
    void refuseHead(int status, QByteArrayView code, const QString& message);
    void send(HttpResponse response);
    void pump();
    void logRequest();
    void responseDone();
    void onTimeout();
    void armTimer();

    QTcpSocket* m_socket;
    S3Listener& m_listener;
    QByteArray m_in;
    State m_state = State::Head;
    Call m_call;
    BodySink m_sink = BodySink::None;
    qint64 m_remaining = 0;
    ReceivedBody m_body;
    BodyHashes m_hashes;
    HttpResponse m_response;
    qint64 m_left = 0; // file bytes of the response still to send
    bool m_keepAlive = true;
    bool m_closeWhenIdle = false;
    QTimer m_timer;
    QElapsedTimer m_clock;
};

// The S3-compatible listener (--s3-listen): plain TCP, or TLS with the REST listener's
// certificate.
class S3Listener final : public QTcpServer {
    Q_OBJECT
public:
    S3Listener(S3Handler& handler, std::optional<QSslConfiguration> tls, QObject* parent = nullptr);

    S3Handler& handler() { return m_handler; }
    void drain(); // stop accepting; close idle connections now, busy ones once answered
    bool draining() const { return m_draining; }
    qsizetype connectionCount() const { return m_connections.size(); }

Q_SIGNALS:
    void drained();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    friend class S3Connection;
    void forget(S3Connection* connection);

    S3Handler& m_handler;
    std::optional<QSslConfiguration> m_tls;
    QSet<S3Connection*> m_connections;
    bool m_draining = false;
};

} // namespace keydesk::server::s3
