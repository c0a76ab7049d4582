// SPDX-License-Identifier: GPL-3.0-or-later
#include "Error.h"

#include <QCoreApplication>

namespace keydesk {

QString substituteArgs(const QString& pattern, const QStringList& args)
{
    QString out;
    out.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        qsizetype j = i + 1;
        int number = 0;
        while (c == u'%' && j < pattern.size() && j < i + 3 && pattern.at(j).isDigit())
            number = number * 10 + pattern.at(j++).digitValue();
        if (number >= 1 && number <= args.size()) {
            out += args.at(number - 1);
            i = j - 1;
        } else {
            out += c;
        }
    }
    return out;
}

Error makeError(ErrorCode code, const Text& text, const QString& type)
{
    return Error{code, englishText(text), type, text};
}

QString englishText(const Text& text)
{
    return substituteArgs(QString::fromUtf8(text.source), text.args);
}

QString localizedText(const Text& text)
{
    return substituteArgs(QCoreApplication::translate("keydesk::Error", text.source.constData()),
                          text.args);
}

QString localizedMessage(const Error& error)
{
    return error.text.isEmpty() ? error.message : localizedText(error.text);
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid input");
    case ErrorCode::NotAuthenticated:
        return QStringLiteral("not authenticated");
    case ErrorCode::NotAuthorized:
        return QStringLiteral("not authorized");
    case ErrorCode::NotFound:
        return QStringLiteral("not found");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::StoreFailure:
        return QStringLiteral("store failure");
    case ErrorCode::Unsupported:
        return QStringLiteral("unsupported");
    }
    return QStringLiteral("error");
}

} // namespace keydesk
