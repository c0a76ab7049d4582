// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextFormat.h"

#include <QJsonDocument>
#include <QStringList>

namespace keydesk::cli::TextFormat {

namespace {
// Left-aligned columns sized to their widest cell.
QString table(const QStringList& header, const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QString& h : header)
        widths << h.size();
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], row[i].size());
    }
    const auto line = [&](const QStringList& cells) -> QString {
        QString out;
        for (qsizetype i = 0; i < cells.size(); ++i)
            out += i + 1 < cells.size() ? cells[i].leftJustified(widths[i] + 2) : cells[i];
        return out + QLatin1Char('\n');
    };
    QString out = line(header);
    for (const QStringList& row : rows)
        out += line(row);
    return out;
}

QString kindText(const ApiKey& k)
{
    return k.kind() == KeyKind::SiteWide
               ? QStringLiteral("site-wide")
               : (k.isS3() ? QStringLiteral("user+s3") : QStringLiteral("user"));
}
} // namespace

QString time(const std::optional<QDateTime>& t, const QString& none)
{
    return t ? t->toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral("Z") : none;
}

QString keyDetails(const ApiKey& k, const QDateTime& now)
{
    QString out;
    const auto row = [&](const char* label, const QString& value) {
        out += QString::fromLatin1(label).leftJustified(20) + value + QLatin1Char('\n');
    };
    row("id:", QString::number(k.id));
    row("label:", k.descriptiveLabel());
    row("name:", k.name);
    row("kind:", kindText(k));
    row("owner:", k.userId ? k.ownerName : QStringLiteral("(site-wide)"));
    row("site:", k.siteSubdomain);
    row("permission_set:", nameOf(k.permissionSet));
    if (k.previousPermissionSet)
        row("previous set:", nameOf(*k.previousPermissionSet));
    row("status:", nameOf(k.status(now)));
    row("prefix:", k.prefix + QStringLiteral("..."));
    row("created:", time(k.createdAt));
    row("expires:", time(k.expiresAt, QStringLiteral("never")));
    row("last used:", time(k.lastUseAt, QStringLiteral("never")));
    if (k.isS3())
        row("access key id:", k.s3AccessKeyId);
    if (k.replacedBy)
        row("replaced by:", QStringLiteral("key #%1 (rolled)").arg(*k.replacedBy));
    if (!k.description.isEmpty())
        row("description:", k.description);
    return out;
}

QString keyTable(const QList<ApiKey>& keys, const QDateTime& now)
{
    QList<QStringList> rows;
    for (const ApiKey& k : keys)
        rows << QStringList{QString::number(k.id),
                            k.name,
                            kindText(k),
                            k.userId ? k.ownerName : QStringLiteral("-"),
                            nameOf(k.permissionSet),
                            nameOf(k.status(now)),
                            k.prefix,
                            time(k.expiresAt, QStringLiteral("never")),
                            time(k.lastUseAt, QStringLiteral("never"))};
    return table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("KIND"),
                  QStringLiteral("OWNER"), QStringLiteral("PERMISSION"), QStringLiteral("STATUS"),
                  QStringLiteral("PREFIX"), QStringLiteral("EXPIRES"), QStringLiteral("LAST USED")},
                 rows);
}

QString siteDetails(const Site& s)
{
    const SiteSettings& st = s.settings;
    return QStringLiteral("id:                         %1\nname:                       %2\n"
                          "subdomain:                  %3\nparent site:                %4\n"
                          "users_can_create_api_keys:  %5\nmax_key_lifetime_days:      %6\n"
                          "require_key_expiry:         %7\n")
        .arg(QString::number(s.id), s.name, s.subdomain,
             s.parentId ? QStringLiteral("#%1").arg(*s.parentId) : QStringLiteral("-"),
             st.usersCanCreateApiKeys ? QStringLiteral("true") : QStringLiteral("false"),
             st.maxKeyLifetimeDays ? QString::number(*st.maxKeyLifetimeDays)
                                   : QStringLiteral("none"),
             st.requireKeyExpiry ? QStringLiteral("true") : QStringLiteral("false"));
}

QString siteTable(const QList<Site>& sites)
{
    QList<QStringList> rows;
    for (const Site& s : sites)
        rows << QStringList{QString::number(s.id), s.subdomain, s.name};
    return table({QStringLiteral("ID"), QStringLiteral("SUBDOMAIN"), QStringLiteral("NAME")}, rows);
}

QString userTable(const QList<User>& users)
{
    QList<QStringList> rows;
    for (const User& u : users)
        rows << QStringList{QString::number(u.id), u.username, nameOf(u.role),
                            u.disabled ? QStringLiteral("disabled") : QStringLiteral("active"),
                            u.displayName};
    return table({QStringLiteral("ID"), QStringLiteral("USERNAME"), QStringLiteral("ROLE"),
                  QStringLiteral("STATE"), QStringLiteral("NAME")},
                 rows);
}

namespace {
// Store-wide events (kek.rotate) have no actor: an operator ran a command on the store.
QString actorText(const AuditEvent& e, const QHash<qint64, QString>& userNames)
{
    if (e.actorUserId)
        return userNames.value(*e.actorUserId, QStringLiteral("user #%1").arg(*e.actorUserId));
    if (e.actorKeyId)
        return QStringLiteral("key #%1").arg(*e.actorKeyId);
    return QStringLiteral("system");
}
} // namespace

QString auditTable(const QList<AuditEvent>& events, const QHash<qint64, QString>& userNames)
{
    QList<QStringList> rows;
    for (const AuditEvent& e : events)
        rows << QStringList{
            QString::number(e.id),
            time(e.at),
            e.action,
            e.targetKeyId ? QStringLiteral("#%1").arg(*e.targetKeyId) : QStringLiteral("-"),
            actorText(e, userNames),
            QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact))};
    return table({QStringLiteral("ID"), QStringLiteral("AT"), QStringLiteral("ACTION"),
                  QStringLiteral("KEY"), QStringLiteral("ACTOR"), QStringLiteral("DETAILS")},
                 rows);
}

QString principalLine(const Principal& p, const QString& siteSubdomain)
{
    const QString who = p.isSiteWideKey() ? QStringLiteral("the site-wide key")
                                          : QStringLiteral("user %1").arg(p.username);
    return QStringLiteral("OK: key #%1 authenticates on site %2 as %3 (role %4, permission set %5)")
        .arg(QString::number(p.keyId), siteSubdomain, who, nameOf(p.role), nameOf(p.keyPermission));
}

} // namespace keydesk::cli::TextFormat
