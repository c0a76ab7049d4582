// SPDX-License-Identifier: GPL-3.0-or-later
// key rotate, report keys.
#include "Commands.h"
#include "KeyOutput.h"
#include "KeyReport.h"
#include "ValueParsers.h"

#include <QFile>
#include <QSaveFile>

namespace keydesk::cli {

namespace {
Result<void> writeReport(Cli& cli, const QString& path, const QByteArray& csv)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        cli.writeRaw(std::string_view(csv.constData(), static_cast<size_t>(csv.size())));
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        return fail(ErrorCode::StoreFailure,
                    Tr::tr("Cannot write %1 (%2)").arg(path, file.errorString()));
    return {};
}
} // namespace

int keyRotate(Cli& cli, const ParsedArgs& args)
{
    auto id = ValueParsers::id(Tr::tr("The key id"), args.positionals.at(0));
    if (!id)
        return cli.report(id.error());
    const QString graceText = args.has(QStringLiteral("grace"))
                                  ? args.value(QStringLiteral("grace"))
                                  : QStringLiteral("now");
    const auto grace = parseRotationGrace(graceText);
    if (!grace)
        return cli.usage(Tr::tr("key rotate: --grace takes now, 1h, 24h or 7d"));
    auto session = cli.session();
    if (!session)
        return cli.report(session.error());
    auto created = (*session)->rotateKey(*id, *grace);
    if (!created)
        return cli.report(created.error());
    if (!cli.json())
        cli.note(Tr::tr("Rolled key #%1 (grace %2).").arg(*id).arg(nameOf(*grace)));
    printCreated(cli, *created);
    return ExitOk;
}

int reportKeys(Cli& cli, const ParsedArgs& args)
{
    const QString format = args.value(QStringLiteral("format"));
    if (format != QLatin1String("csv"))
        return cli.usage(Tr::tr("report keys needs --format csv"));
    auto site = cli.targetSite(args);
    if (!site)
        return cli.report(site.error());
    Session* session = *cli.session();
    KeyQuery query;
    query.siteId = site->id;
    auto keys = KeyReport::collect([&](const KeyQuery& q) { return session->listKeys(q); }, query);
    if (!keys)
        return cli.report(keys.error());
    const QByteArray csv = KeyReport::csv(*keys, QDateTime::currentDateTimeUtc());
    if (auto ok = writeReport(cli, args.value(QStringLiteral("output")), csv); !ok)
        return cli.report(ok.error());
    if (args.has(QStringLiteral("output")))
        cli.note(Tr::tr("%1 keys written to %2")
                     .arg(keys->size())
                     .arg(args.value(QStringLiteral("output"))));
    return ExitOk;
}

} // namespace keydesk::cli
