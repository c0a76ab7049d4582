// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "JsonFormat.h"
#include "TextFormat.h"
#include "ValueParsers.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace keydesk::cli {

namespace {
// "2026-11-28" (start of that day, UTC), an ISO 8601 time with a zone, or "7d" / "12h" ago.
Result<QDateTime> pointInTime(const QString& option, const QString& text, const QDateTime& now)
{
    static const QRegularExpression ago(QStringLiteral("^([0-9]{1,5})([dh])$"));
    if (const auto m = ago.match(text); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        return m.captured(2) == QLatin1String("d") ? now.addDays(-n) : now.addSecs(-n * 3600);
    }
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid() && text.size() == 10)
        return QDateTime(day, QTime(0, 0), Qt::UTC);
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (t.isValid() && t.timeSpec() != Qt::LocalTime)
        return t.toUTC();
    return fail(ErrorCode::InvalidInput,
                Tr::tr("%1 takes a date (2026-11-28), an ISO 8601 time with a zone, or "
                       "a span ago such as 7d or 12h")
                    .arg(option));
}

// --actor, --action, --since, --until (issue 6).
Result<void> applyFilters(Cli& cli, const ParsedArgs& args, qint64 siteId, AuditQuery& q)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (args.has(QStringLiteral("actor"))) {
        auto user = cli.userId(siteId, args.value(QStringLiteral("actor")));
        if (!user)
            return std::unexpected(user.error());
        q.actorUserId = *user;
    }
    q.action = args.value(QStringLiteral("action"));
    for (const char* option : {"since", "until"}) {
        const QString name = QString::fromLatin1(option);
        if (!args.has(name))
            continue;
        auto t = pointInTime(QStringLiteral("--") + name, args.value(name), now);
        if (!t)
            return std::unexpected(t.error());
        (name == QLatin1String("since") ? q.since : q.until) = *t;
    }
    return {};
}
} // namespace

int auditList(Cli& cli, const ParsedArgs& args)
{
    AuditQuery q;
    int limit = 100;
    if (args.has(QStringLiteral("limit"))) {
        auto n = ValueParsers::positiveInt(QStringLiteral("--limit"),
                                           args.value(QStringLiteral("limit")), 100000);
        if (!n)
            return cli.report(n.error());
        limit = *n;
    }
    if (args.has(QStringLiteral("key"))) {
        auto id = ValueParsers::id(QStringLiteral("--key"), args.value(QStringLiteral("key")));
        if (!id)
            return cli.report(id.error());
        q.keyId = *id;
    }
    auto site = cli.targetSite(args);
    if (!site)
        return cli.report(site.error());
    q.siteId = site->id;
    if (auto ok = applyFilters(cli, args, site->id, q); !ok)
        return cli.report(ok.error());
    QList<AuditEvent> events;
    do {
        q.limit = qMin(500, limit - int(events.size()));
        auto page = (*cli.session())->audit(q);
        if (!page)
            return cli.report(page.error());
        events << page->events;
        q.cursor = page->nextCursor;
    } while (!q.cursor.isEmpty() && events.size() < limit);
    if (cli.json()) {
        QJsonArray array;
        for (const AuditEvent& e : events)
            array.append(JsonFormat::auditEvent(e));
        cli.printJson(array);
    } else {
        // Actors by name when this principal may list the site's users; ids otherwise.
        QHash<qint64, QString> names;
        if (auto users = (*cli.session())->users(site->id)) {
            for (const User& u : *users)
                names.insert(u.id, u.username);
        }
        cli.writeRaw(TextFormat::auditTable(events, names).toStdString());
    }
    return ExitOk;
}

} // namespace keydesk::cli
