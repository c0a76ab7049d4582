// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace keydesk::RestErrors {

namespace {
ErrorCode codeForStatus(int status, const QString& type)
{
    if (type == QLatin1String("not-authorized/api-key-is-disabled"))
        return ErrorCode::NotAuthenticated; // core's code for a disabled key; 403 on the wire
    switch (status) {
    case 400:
    case 413:
    case 422:
        return ErrorCode::InvalidInput;
    case 401:
        return ErrorCode::NotAuthenticated;
    case 403:
        return ErrorCode::NotAuthorized;
    case 404:
        return ErrorCode::NotFound;
    case 409:
        return ErrorCode::Conflict;
    case 501:
        return ErrorCode::Unsupported;
    default:
        return ErrorCode::StoreFailure; // 429, 5xx and anything unexpected
    }
}

// The server's sentence, as core writes them: no trailing period, one line, short.
QString cleanMessage(QString text)
{
    text = redactSecrets(text.simplified());
    if (text.size() > 500)
        text = text.left(500) + QStringLiteral("…");
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}
// The message as template and arguments (ErrorResponse::body), kept only when they make exactly
// the message the server sent: a client never shows, in any language, what the server did not say.
Text textOf(const QJsonObject& o, const QString& message)
{
    const QJsonValue pattern = o.value(QStringLiteral("message_template"));
    const QJsonValue args = o.value(QStringLiteral("message_args"));
    if (!pattern.isString() || !args.isArray() || args.toArray().size() > 9)
        return {};
    QStringList list;
    for (const QJsonValue& a : args.toArray()) {
        if (!a.isString())
            return {};
        list << a.toString();
    }
    if (cleanMessage(substituteArgs(pattern.toString(), list)) != message)
        return {};
    return Text{pattern.toString().toUtf8(), list};
}
} // namespace

QString unreachableType()
{
    return QStringLiteral("service-unavailable/server-unreachable");
}

Error fromReply(int status, const QByteArray& body, const QString& server)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject o = doc.object();
    QString type = o.value(QStringLiteral("type")).toString();
    QString message = cleanMessage(o.value(QStringLiteral("error")).toString());
    if (!type.contains(QLatin1Char('/')) || type.size() > 200 ||
        type.contains(QRegularExpression(QStringLiteral("[^a-z0-9/_-]"))))
        type.clear();
    if (!message.isEmpty()) // the server's own words (English), translatable if it says how
        return Error{codeForStatus(status, type), message, type, textOf(o, message)};
    const Text fallback =
        status == 429
            ? translatable(QT_TRANSLATE_NOOP("keydesk::Error",
                                             "The KeyDesk server at %1 is busy; try again later"),
                           server)
            : translatable(
                  QT_TRANSLATE_NOOP("keydesk::Error", "The KeyDesk server at %1 answered HTTP %2"),
                  server, status);
    return makeError(codeForStatus(status, type), fallback, type);
}

Error unreachable(const QString& server, const QString& reason)
{
    return makeError(ErrorCode::StoreFailure,
                     translatable(QT_TRANSLATE_NOOP("keydesk::Error",
                                                    "Cannot reach the KeyDesk server at %1 (%2)"),
                                  server, redactSecrets(reason)),
                     unreachableType());
}

Error badAnswer(const QString& server, const QString& what)
{
    return makeError(
        ErrorCode::StoreFailure,
        translatable(QT_TRANSLATE_NOOP("keydesk::Error",
                                       "The KeyDesk server at %1 sent an unexpected answer (%2)"),
                     server, what),
        QStringLiteral("service-unavailable/unexpected-answer"));
}

bool isConnectionProblem(const Error& error)
{
    return error.code == ErrorCode::StoreFailure &&
           (error.type == unreachableType() ||
            error.type == QLatin1String("service-unavailable/store-unavailable"));
}

QString redactSecrets(QString text)
{
    static const QRegularExpression secretish(
        QStringLiteral("kd[su]_[A-Za-z0-9]{6,}|[A-Za-z0-9+/]{40,}"));
    return text.replace(secretish, QStringLiteral("(not shown)"));
}

} // namespace keydesk::RestErrors
