// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessLog.h"

#include "ServerLogging.h"
#include "Validation.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrlQuery>

namespace keydesk::server::AccessLog {

namespace {
constexpr int kMaxSegments = 12;

QString safeSegment(const QString& segment)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.\\[\\]-]{1,40}$"));
    if (plain.match(segment).hasMatch() &&
        Validation::echo(segment) != QLatin1String("(not shown)"))
        return segment;
    return QStringLiteral("*");
}

QString safeMethod(QByteArrayView method)
{
    static const QRegularExpression verb(QStringLiteral("^[A-Z]{1,10}$"));
    const QString text = QString::fromLatin1(method);
    return verb.match(text).hasMatch() ? text : QStringLiteral("?");
}
} // namespace

QString safeTarget(const QUrl& url)
{
    QStringList segments = url.path(QUrl::FullyDecoded).split(QLatin1Char('/'));
    const bool truncated = segments.size() > kMaxSegments;
    segments = segments.mid(0, kMaxSegments);
    for (QString& s : segments)
        s = s.isEmpty() ? s : safeSegment(s);
    QString out =
        segments.join(QLatin1Char('/')) + (truncated ? QStringLiteral("/...") : QString());
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    QStringList names;
    for (const auto& item : items.mid(0, kMaxSegments))
        names << safeSegment(item.first);
    if (!names.isEmpty())
        out += QLatin1Char('?') + names.join(QLatin1Char('&'));
    return out.isEmpty() ? QStringLiteral("/") : out;
}

QString safeTarget(QByteArrayView requestTarget)
{
    return safeTarget(QUrl::fromEncoded(requestTarget.toByteArray()));
}

void write(const Entry& e)
{
    const QString duration = QString::number(static_cast<double>(e.durationUs) / 1000.0, 'f', 1);
    QString line = e.peer.toString() + QLatin1Char(' ') + safeMethod(e.method) + QLatin1Char(' ') +
                   e.target + QLatin1Char(' ') + QString::number(e.status) + QLatin1Char(' ') +
                   duration + QStringLiteral("ms");
    if (e.keyId > 0)
        line += QStringLiteral(" key#") + QString::number(e.keyId);
    qCInfo(lcServer).noquote() << line;
}

} // namespace keydesk::server::AccessLog
