// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <concepts>
#include <expected>

namespace keydesk {

// What went wrong, in categories every front end maps to its own vocabulary: exit codes
// (keydeskctl), HTTP statuses (server), dialogs (console).
enum class ErrorCode {
    InvalidInput,     // the request itself is wrong; nothing was written
    NotAuthenticated, // no key, or the key does not authenticate
    NotAuthorized,    // authenticated, but the policy says no
    NotFound,         // no such object, or not visible to this principal
    Conflict,         // clashes with existing state (duplicate subdomain, store initialised)
    StoreFailure,     // the store could not be read or written
    Unsupported,      // a valid request this build cannot serve (yet)
};

// A message front ends can translate. Core never translates: `source` is the English text
// (UTF-8), marked with QT_TRANSLATE_NOOP("keydesk::Error", "...") so lupdate collects it, and
// `args` fill its %1, %2, ... (names, ids, limits, lower layers' own texts). A REST client gets
// both from the server's error JSON (message_template, message_args).
struct Text {
    QByteArray source; // empty: no translatable text
    QStringList args;
    bool isEmpty() const { return source.isEmpty(); }
};

inline QString textArg(const QString& value)
{
    return value;
}
template <std::integral N> QString textArg(N value)
{
    return QString::number(value);
}

// translatable(QT_TRANSLATE_NOOP("keydesk::Error", "API key #%1 not found"), id)
template <typename... Args> Text translatable(const char* source, const Args&... args)
{
    // The marked literals live as long as the program: no copy.
    return Text{QByteArray::fromRawData(source, qstrlen(source)), {textArg(args)...}};
}

// `pattern` with %1..%99 replaced by args in one pass (an argument's own "%2" stays as is).
QString substituteArgs(const QString& pattern, const QStringList& args);

// An error never carries a secret: messages are built from names, ids and limits only.
struct Error {
    ErrorCode code = ErrorCode::StoreFailure;
    QString message; // one English sentence, no trailing period
    QString type;    // Files.com error type, e.g. "not-authorized/site-admin-required"
    Text text = {};  // the message as a translatable text; no source: message is final
};

template <typename T> using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(ErrorCode code, const QString& message, const QString& type = {})
{
    return std::unexpected(Error{code, message, type, {}});
}

Error makeError(ErrorCode code, const Text& text, const QString& type = {});

inline std::unexpected<Error> fail(ErrorCode code, const Text& text, const QString& type = {})
{
    return std::unexpected(makeError(code, text, type));
}

// The English text of `text`; and its translation by the application's installed translators
// (the server installs none, so it always answers in English).
QString englishText(const Text& text);
QString localizedText(const Text& text);

// What a front end shows: the error's message in the user's language where a translation exists.
QString localizedMessage(const Error& error);

QString errorCodeName(ErrorCode code);

} // namespace keydesk
