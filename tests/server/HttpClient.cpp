// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTimer>

namespace keydesk::servertest {

QByteArray HttpReply::describe() const
{
    return "HTTP " + QByteArray::number(status) + " " + type().toUtf8() + " " +
           object().value(QStringLiteral("error")).toString().toUtf8() +
           (status == 0 ? " (" + errorString.toUtf8() + ")" : QByteArray());
}

HttpClient::HttpClient(QString baseUrl)
    : m_base(std::move(baseUrl))
{
    m_manager.setAutoDeleteReplies(false);
}

HttpReply HttpClient::get(const QString& path, const RequestOptions& options)
{
    return send("GET", path, {}, options);
}

HttpReply HttpClient::del(const QString& path, const RequestOptions& options)
{
    return send("DELETE", path, {}, options);
}

HttpReply HttpClient::post(const QString& path, const QJsonObject& body,
                           const RequestOptions& options)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), options);
}

HttpReply HttpClient::patch(const QString& path, const QJsonObject& body,
                            const RequestOptions& options)
{
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), options);
}

HttpReply HttpClient::send(const QByteArray& method, const QString& path, const QByteArray& body,
                           const RequestOptions& options)
{
    QNetworkRequest request(QUrl(m_base + path));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(15000);
    if (m_tls)
        request.setSslConfiguration(*m_tls);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    if (!options.key.isEmpty())
        request.setRawHeader("X-FilesAPI-Key", options.key);
    if (!options.host.isEmpty())
        request.setRawHeader("Host", options.host);
    for (const auto& [name, value] : options.headers)
        request.setRawHeader(name, value);
    std::unique_ptr<QNetworkReply> reply(m_manager.sendCustomRequest(request, method, body));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.error = reply->error();
    out.errorString = reply->errorString();
    out.body = reply->readAll();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        out.headers.insert(name.toLower(), value);
    return out;
}

HttpReply RawHttp::parse(const QByteArray& response)
{
    HttpReply out;
    const qsizetype end = response.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = response.left(end < 0 ? response.size() : end).split('\n');
    const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
    out.status = status.value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            out.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                               lines.at(i).mid(colon + 1).trimmed());
    }
    if (end >= 0)
        out.body = response.mid(end + 4);
    return out;
}

HttpReply RawHttp::exchange(quint16 port, const QByteArray& request, const QHostAddress& from,
                            int timeoutMs)
{
    QTcpSocket socket;
    if (!from.isNull() && !socket.bind(from)) {
        HttpReply failed;
        failed.errorString = QStringLiteral("cannot bind ") + from.toString();
        return failed;
    }
    socket.connectToHost(QHostAddress::LocalHost, port);
    QByteArray data;
    if (socket.waitForConnected(timeoutMs)) {
        socket.write(request);
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs && socket.state() == QAbstractSocket::ConnectedState) {
            if (socket.waitForReadyRead(200))
                data += socket.readAll();
            const HttpReply partial = parse(data);
            const qint64 length = partial.header("content-length").toLongLong();
            if (partial.status != 0 && partial.status != 100 && partial.body.size() >= length &&
                data.contains("\r\n\r\n"))
                break;
        }
        data += socket.readAll();
    }
    HttpReply out = parse(data);
    if (out.status == 0)
        out.errorString = socket.errorString();
    return out;
}

} // namespace keydesk::servertest
