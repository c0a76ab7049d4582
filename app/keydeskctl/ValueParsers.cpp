// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValueParsers.h"

#include "CliText.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace keydesk::cli::ValueParsers {

namespace {
std::unexpected<Error> invalid(const QString& message)
{
    return fail(ErrorCode::InvalidInput, message, QStringLiteral("bad-request/invalid-input"));
}
} // namespace

Result<std::optional<QDateTime>> expiry(const QString& text, const QDateTime& now, bool allowNever)
{
    if (allowNever && (text == QLatin1String("never") || text == QLatin1String("none")))
        return std::optional<QDateTime>{};
    static const QRegularExpression relative(QStringLiteral("^\\+([0-9]{1,5})([dh])$"));
    if (const auto m = relative.match(text); m.hasMatch()) {
        const int n = m.captured(1).toInt();
        return std::optional<QDateTime>{
            m.captured(2) == QLatin1String("d") ? now.addDays(n) : now.addSecs(n * 3600LL)};
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return std::optional<QDateTime>{QDateTime(date, QTime(23, 59, 59), QTimeZone::utc())};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid()) {
        if (time.timeSpec() == Qt::LocalTime && !text.endsWith(QLatin1Char('Z')))
            time.setTimeZone(QTimeZone::utc()); // no offset given: UTC, as stored
        return std::optional<QDateTime>{time.toUTC()};
    }
    return invalid(allowNever
                       ? Tr::tr("--expires takes YYYY-MM-DD, an ISO 8601 date-time, +Nd or +Nh, "
                                "or never")
                       : Tr::tr("--expires takes YYYY-MM-DD, an ISO 8601 date-time, +Nd or +Nh"));
}

Result<bool> boolean(const QString& option, const QString& text)
{
    const QString t = text.toLower();
    if (t == QLatin1String("true") || t == QLatin1String("on") || t == QLatin1String("yes") ||
        t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("off") || t == QLatin1String("no") ||
        t == QLatin1String("0"))
        return false;
    return invalid(Tr::tr("%1 takes true or false").arg(option));
}

Result<qint64> id(const QString& what, const QString& text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    if (!digits.match(text).hasMatch() || text.toLongLong() <= 0)
        return invalid(Tr::tr("%1 must be a positive whole number").arg(what));
    return text.toLongLong();
}

Result<int> positiveInt(const QString& option, const QString& text, int max)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 1 || n > max)
        return invalid(Tr::tr("%1 must be a whole number from 1 to %2").arg(option).arg(max));
    return n;
}

Result<PermissionSet> permissionSet(const QString& text)
{
    const auto set = parsePermissionSet(text);
    if (!set)
        return invalid(Tr::tr("Unknown permission set; use one of: %1")
                           .arg(permissionSetNames().join(QStringLiteral(", "))));
    return *set;
}

Result<qint64> duration(const QString& option, const QString& text)
{
    static const QRegularExpression span(QStringLiteral("^([0-9]{1,5})([dh])$"));
    const auto m = span.match(text);
    if (!m.hasMatch())
        return invalid(Tr::tr("%1 takes a span like 7d or 24h").arg(option));
    const qint64 n = m.captured(1).toLongLong();
    return m.captured(2) == QLatin1String("d") ? n * 86400 : n * 3600;
}

} // namespace keydesk::cli::ValueParsers
