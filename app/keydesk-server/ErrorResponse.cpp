// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorResponse.h"

#include "ServerLogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace keydesk::server::ErrorResponse {

namespace {
QString defaultType(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("bad-request/invalid-input");
    case ErrorCode::NotAuthenticated:
        return QStringLiteral("not-authenticated/invalid-credentials");
    case ErrorCode::NotAuthorized:
        return QStringLiteral("not-authorized/insufficient-permission-for-site");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found/not-found");
    case ErrorCode::Conflict:
        return QStringLiteral("bad-request/conflict");
    case ErrorCode::StoreFailure:
        return QStringLiteral("internal-server-error/store-failure");
    case ErrorCode::Unsupported:
        return QStringLiteral("not-implemented/unsupported");
    }
    return QStringLiteral("internal-server-error/unknown");
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}
} // namespace

int statusOf(const Error& error)
{
    switch (error.code) {
    case ErrorCode::InvalidInput:
        return 400;
    case ErrorCode::NotAuthenticated:
        return error.type == QLatin1String("not-authorized/api-key-is-disabled") ? 403 : 401;
    case ErrorCode::NotAuthorized:
        return 403;
    case ErrorCode::NotFound:
        return 404;
    case ErrorCode::Conflict:
        return 409;
    case ErrorCode::StoreFailure:
        return error.type.startsWith(QLatin1String("service-unavailable/")) ? 503 : 500;
    case ErrorCode::Unsupported:
        return 501;
    }
    return 500;
}

ApiError fromCore(const Error& error)
{
    const int status = statusOf(error);
    const QString type = error.type.isEmpty() ? defaultType(error.code) : error.type;
    if (status == 500) {
        // Store internals (driver messages, SQL) stay in the log; core never puts secrets there.
        qCWarning(lcRequest).noquote() << "internal error:" << error.message;
        return make(status, type, QStringLiteral("Internal server error; see the server log"));
    }
    ApiError out = make(status, type, error.message);
    out.text = error.text;
    return out;
}

ApiError make(int status, const QString& type, const QString& message)
{
    return ApiError{status, type, message};
}

QString title(const QString& type)
{
    const QString last = type.section(QLatin1Char('/'), -1);
    QStringList words = last.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    for (QString& w : words) {
        if (w == QLatin1String("api") || w == QLatin1String("id"))
            w = w.toUpper();
        else
            w[0] = w[0].toUpper();
    }
    return words.join(QLatin1Char(' '));
}

QJsonObject body(const ApiError& error)
{
    QJsonObject o{{QStringLiteral("error"), error.message},
                  {QStringLiteral("http-code"), error.status},
                  {QStringLiteral("title"), title(error.type)},
                  {QStringLiteral("type"), error.type}};
    if (!error.text.isEmpty()) {
        o.insert(QStringLiteral("message_template"), QString::fromUtf8(error.text.source));
        o.insert(QStringLiteral("message_args"), QJsonArray::fromStringList(error.text.args));
    }
    return o;
}

QHttpServerResponse response(const ApiError& error)
{
    QHttpServerResponse r(body(error), static_cast<QHttpServerResponse::StatusCode>(error.status));
    for (const auto& [name, value] : error.headers)
        r.setHeader(name, value);
    return r;
}

QByteArray rawClosingResponse(const ApiError& error)
{
    const QByteArray json = QJsonDocument(body(error)).toJson(QJsonDocument::Compact);
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(error.status) + ' ' + reasonPhrase(error.status) + "\r\n";
    out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size()) +
           "\r\nConnection: close\r\nCache-Control: no-store\r\n";
    for (const auto& [name, value] : error.headers)
        out += name + ": " + value + "\r\n";
    return out + "\r\n" + json;
}

} // namespace keydesk::server::ErrorResponse
