// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyReport.h"

#include "JsonFormat.h"

namespace keydesk::KeyReport {

namespace {
constexpr int kPageSize = 1000;

QString timeCell(const std::optional<QDateTime>& t)
{
    return t ? JsonFormat::time(*t) : QString();
}

QString kindCell(const ApiKey& k)
{
    return k.isS3() ? QStringLiteral("s3") : nameOf(k.kind());
}
} // namespace

Result<QList<ApiKey>> collect(const PageSource& source, KeyQuery query)
{
    QList<ApiKey> keys;
    query.limit = kPageSize;
    query.cursor.clear();
    do {
        auto page = source(query);
        if (!page)
            return std::unexpected(page.error());
        keys << page->keys;
        query.cursor = page->nextCursor;
    } while (!query.cursor.isEmpty());
    return keys;
}

QString csvCell(const QString& value)
{
    QString cell = value;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && formulaStarts.contains(cell.front()))
        cell.prepend(QLatin1Char('\''));
    const bool quote = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
                       cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'));
    if (!quote)
        return cell;
    cell.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + cell + QLatin1Char('"');
}

QStringList header()
{
    return {QStringLiteral("id"),          QStringLiteral("name"),
            QStringLiteral("label"),       QStringLiteral("kind"),
            QStringLiteral("owner"),       QStringLiteral("permission_set"),
            QStringLiteral("status"),      QStringLiteral("created_at"),
            QStringLiteral("expires_at"),  QStringLiteral("last_use_at"),
            QStringLiteral("replaced_by"), QStringLiteral("s3_access_key_id")};
}

QStringList row(const ApiKey& k, const QDateTime& now)
{
    return {QString::number(k.id),
            k.name,
            k.descriptiveLabel(),
            kindCell(k),
            k.ownerName,
            nameOf(k.permissionSet),
            nameOf(k.status(now)),
            JsonFormat::time(k.createdAt),
            timeCell(k.expiresAt),
            timeCell(k.lastUseAt),
            k.replacedBy ? QString::number(*k.replacedBy) : QString(),
            k.s3AccessKeyId};
}

QByteArray csv(const QList<ApiKey>& keys, const QDateTime& now)
{
    const auto line = [](const QStringList& cells) -> QByteArray {
        QStringList quoted;
        for (const QString& c : cells)
            quoted << csvCell(c);
        QByteArray bytes = quoted.join(QLatin1Char(',')).toUtf8();
        bytes.append("\r\n");
        return bytes;
    };
    QByteArray out = line(header());
    for (const ApiKey& k : keys)
        out += line(row(k, now));
    return out;
}

} // namespace keydesk::KeyReport
