// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QString>
#include <optional>

namespace keydesk::servertest {

// One HTTP exchange as a test sees it.
struct HttpReply {
    int status = 0; // 0: no HTTP response at all (see error)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    bool isJson() const { return !QJsonDocument::fromJson(body).isNull(); }
    QString type() const { return object().value(QStringLiteral("type")).toString(); }
    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    // Status, type and the error message: for QVERIFY2 messages (never contains a key).
    QByteArray describe() const;
};

struct RequestOptions {
    QByteArray key;  // sent as X-FilesAPI-Key unless empty
    QByteArray host; // Host header override
    QList<std::pair<QByteArray, QByteArray>> headers = {};
};

// Synchronous requests against a KeyDesk server through QNetworkAccessManager.
class HttpClient {
public:
    explicit HttpClient(QString baseUrl); // e.g. http://127.0.0.1:4711/api/rest/v1

    void setSslConfiguration(const QSslConfiguration& tls) { m_tls = tls; }

    HttpReply get(const QString& path, const RequestOptions& options = {});
    HttpReply del(const QString& path, const RequestOptions& options = {});
    HttpReply post(const QString& path, const QJsonObject& body,
                   const RequestOptions& options = {});
    HttpReply patch(const QString& path, const QJsonObject& body,
                    const RequestOptions& options = {});
    HttpReply send(const QByteArray& method, const QString& path, const QByteArray& body,
                   const RequestOptions& options = {});

private:
    QNetworkAccessManager m_manager;
    QString m_base;
    std::optional<QSslConfiguration> m_tls;
};

// One request written byte for byte on a fresh TCP connection (optionally from a chosen
// local address), and the response read until the server closes or the body is complete.
struct RawHttp {
    static HttpReply exchange(quint16 port, const QByteArray& request,
                              const QHostAddress& from = QHostAddress(), int timeoutMs = 10000);
    // Parses "HTTP/1.1 200 OK\r\n...\r\n\r\nbody".
    static HttpReply parse(const QByteArray& response);
};

} // namespace keydesk::servertest
