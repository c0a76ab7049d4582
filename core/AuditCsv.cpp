// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditCsv.h"

#include <QJsonDocument>

namespace keydesk::AuditCsv {

namespace {
QString optionalId(const std::optional<qint64>& id)
{
    return id ? QString::number(*id) : QString();
}

bool startsFormula(const QString& value)
{
    if (value.isEmpty())
        return false;
    const QChar c = value.front();
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@');
}
} // namespace

QString cell(const QString& value)
{
    const QString guarded = startsFormula(value) ? QLatin1Char('\'') + value : value;
    const bool quote = guarded.contains(QLatin1Char(',')) || guarded.contains(QLatin1Char('"')) ||
                       guarded.contains(QLatin1Char('\r')) || guarded.contains(QLatin1Char('\n'));
    if (!quote)
        return guarded;
    QString escaped = guarded;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString row(const QStringList& cells)
{
    QStringList out;
    for (const QString& c : cells)
        out << cell(c);
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString header()
{
    return row({QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("site_id"),
                QStringLiteral("actor_user_id"), QStringLiteral("actor_key_id"),
                QStringLiteral("action"), QStringLiteral("api_key_id"), QStringLiteral("key_kind"),
                QStringLiteral("key_owner_id"), QStringLiteral("details")});
}

QString event(const AuditEvent& e)
{
    return row({QString::number(e.id), e.at.toUTC().toString(Qt::ISODate),
                QString::number(e.siteId), optionalId(e.actorUserId), optionalId(e.actorKeyId),
                e.action, optionalId(e.targetKeyId), e.keyKind ? nameOf(*e.keyKind) : QString(),
                optionalId(e.keyOwnerId),
                QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact))});
}

QString document(const QList<AuditEvent>& events)
{
    QString out = header();
    for (const AuditEvent& e : events)
        out += event(e);
    return out;
}

} // namespace keydesk::AuditCsv
