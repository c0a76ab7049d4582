// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "JsonFormat.h"
#include "TextFormat.h"
#include "ValueParsers.h"

#include <QJsonArray>

namespace keydesk::cli {

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
        cli.writeRaw(TextFormat::auditTable(events).toStdString());
    }
    return ExitOk;
}

} // namespace keydesk::cli
