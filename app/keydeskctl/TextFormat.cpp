// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextFormat.h"

#include "Cli.h"

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

// "label:  value" lines, the values aligned after the longest (translated) label. Labels are
// marked with QT_TRANSLATE_NOOP("keydeskctl", ...).
class Details {
public:
    void add(const char* label, const QString& value) { m_rows.append({Tr::tr(label), value}); }
    QString text() const
    {
        qsizetype width = 0;
        for (const auto& [label, value] : m_rows)
            width = qMax(width, label.size());
        QString out;
        for (const auto& [label, value] : m_rows)
            out += label.leftJustified(width + 2) + value + QLatin1Char('\n');
        return out;
    }

private:
    QList<std::pair<QString, QString>> m_rows;
};

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
    Details d;
    const auto row = [&](const char* label, const QString& value) { d.add(label, value); };
    row(QT_TRANSLATE_NOOP("keydeskctl", "id:"), QString::number(k.id));
    row(QT_TRANSLATE_NOOP("keydeskctl", "label:"), k.displayLabel());
    row(QT_TRANSLATE_NOOP("keydeskctl", "name:"), k.name);
    row(QT_TRANSLATE_NOOP("keydeskctl", "kind:"), kindText(k));
    row(QT_TRANSLATE_NOOP("keydeskctl", "owner:"), k.userId ? k.ownerName : Tr::tr("(site-wide)"));
    row(QT_TRANSLATE_NOOP("keydeskctl", "site:"), k.siteSubdomain);
    row(QT_TRANSLATE_NOOP("keydeskctl", "permission_set:"), nameOf(k.permissionSet));
    if (k.previousPermissionSet)
        row(QT_TRANSLATE_NOOP("keydeskctl", "previous set:"), nameOf(*k.previousPermissionSet));
    row(QT_TRANSLATE_NOOP("keydeskctl", "status:"), nameOf(k.status(now)));
    row(QT_TRANSLATE_NOOP("keydeskctl", "prefix:"), k.prefix + QStringLiteral("..."));
    row(QT_TRANSLATE_NOOP("keydeskctl", "created:"), time(k.createdAt));
    row(QT_TRANSLATE_NOOP("keydeskctl", "expires:"), time(k.expiresAt, Tr::tr("never")));
    row(QT_TRANSLATE_NOOP("keydeskctl", "last used:"), time(k.lastUseAt, Tr::tr("never")));
    if (k.isS3())
        row(QT_TRANSLATE_NOOP("keydeskctl", "access key id:"), k.s3AccessKeyId);
    if (k.replacedBy)
        row(QT_TRANSLATE_NOOP("keydeskctl", "replaced by:"),
            Tr::tr("key #%1 (rolled)").arg(*k.replacedBy));
    if (!k.description.isEmpty())
        row(QT_TRANSLATE_NOOP("keydeskctl", "description:"), k.description);
    return d.text();
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
                            time(k.expiresAt, Tr::tr("never")),
                            time(k.lastUseAt, Tr::tr("never"))};
    return table({Tr::tr("ID"), Tr::tr("NAME"), Tr::tr("KIND"), Tr::tr("OWNER"),
                  Tr::tr("PERMISSION"), Tr::tr("STATUS"), Tr::tr("PREFIX"), Tr::tr("EXPIRES"),
                  Tr::tr("LAST USED")},
                 rows);
}

QString siteDetails(const Site& s)
{
    const SiteSettings& st = s.settings;
    const auto flag = [](bool on) { return on ? QStringLiteral("true") : QStringLiteral("false"); };
    Details d; // the setting names are what `keydeskctl site set` takes: not translated
    d.add(QT_TRANSLATE_NOOP("keydeskctl", "id:"), QString::number(s.id));
    d.add(QT_TRANSLATE_NOOP("keydeskctl", "name:"), s.name);
    d.add(QT_TRANSLATE_NOOP("keydeskctl", "subdomain:"), s.subdomain);
    d.add(QT_TRANSLATE_NOOP("keydeskctl", "parent site:"),
          s.parentId ? QStringLiteral("#%1").arg(*s.parentId) : QStringLiteral("-"));
    d.add("users_can_create_api_keys:", flag(st.usersCanCreateApiKeys));
    d.add("max_key_lifetime_days:",
          st.maxKeyLifetimeDays ? QString::number(*st.maxKeyLifetimeDays) : QStringLiteral("none"));
    d.add("require_key_expiry:", flag(st.requireKeyExpiry));
    return d.text();
}

QString siteTable(const QList<Site>& sites)
{
    QList<QStringList> rows;
    for (const Site& s : sites)
        rows << QStringList{QString::number(s.id), s.subdomain, s.name};
    return table({Tr::tr("ID"), Tr::tr("SUBDOMAIN"), Tr::tr("NAME")}, rows);
}

QString userTable(const QList<User>& users)
{
    QList<QStringList> rows;
    for (const User& u : users)
        rows << QStringList{QString::number(u.id), u.username, nameOf(u.role),
                            u.disabled ? QStringLiteral("disabled") : QStringLiteral("active"),
                            u.displayName};
    return table(
        {Tr::tr("ID"), Tr::tr("USERNAME"), Tr::tr("ROLE"), Tr::tr("STATE"), Tr::tr("NAME")}, rows);
}

namespace {
// Store-wide events (kek.rotate) have no actor: an operator ran a command on the store.
QString actorText(const AuditEvent& e, const QHash<qint64, QString>& userNames)
{
    if (e.actorUserId)
        return userNames.value(*e.actorUserId, Tr::tr("user #%1").arg(*e.actorUserId));
    if (e.actorKeyId)
        return Tr::tr("key #%1").arg(*e.actorKeyId);
    return Tr::tr("system");
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
    return table({Tr::tr("ID"), Tr::tr("AT"), Tr::tr("ACTION"), Tr::tr("KEY"), Tr::tr("ACTOR"),
                  Tr::tr("DETAILS")},
                 rows);
}

QString principalLine(const Principal& p, const QString& siteSubdomain)
{
    const QString who =
        p.isSiteWideKey() ? Tr::tr("the site-wide key") : Tr::tr("user %1").arg(p.username);
    return Tr::tr("OK: key #%1 authenticates on site %2 as %3 (role %4, permission set %5)")
        .arg(QString::number(p.keyId), siteSubdomain, who, nameOf(p.role), nameOf(p.keyPermission));
}

} // namespace keydesk::cli::TextFormat
