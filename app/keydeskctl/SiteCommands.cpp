// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "JsonFormat.h"
#include "TextFormat.h"
#include "ValueParsers.h"

#include <QJsonArray>

namespace keydesk::cli {

namespace {
void printSite(Cli& cli, const Site& site)
{
    if (cli.json())
        cli.printJson(JsonFormat::site(site));
    else
        cli.writeRaw(TextFormat::siteDetails(site).toStdString());
}

Result<SiteSettingsUpdate> settingUpdate(const QString& setting, const QString& value)
{
    SiteSettingsUpdate u;
    if (setting == QLatin1String("users_can_create_api_keys") ||
        setting == QLatin1String("require_key_expiry")) {
        auto b = ValueParsers::boolean(setting, value);
        if (!b)
            return std::unexpected(b.error());
        (setting.startsWith(QLatin1String("users")) ? u.usersCanCreateApiKeys
                                                    : u.requireKeyExpiry) = *b;
        return u;
    }
    if (setting == QLatin1String("max_key_lifetime_days")) {
        if (value == QLatin1String("none") || value == QLatin1String("unlimited")) {
            u.maxKeyLifetimeDays = std::optional<int>{};
            return u;
        }
        auto days = ValueParsers::positiveInt(setting, value, 36500);
        if (!days)
            return std::unexpected(days.error());
        u.maxKeyLifetimeDays = std::optional<int>{*days};
        return u;
    }
    return fail(ErrorCode::InvalidInput,
                Tr::tr("Unknown setting; use users_can_create_api_keys, max_key_lifetime_days "
                       "or require_key_expiry"));
}
} // namespace

int siteShow(Cli& cli, const ParsedArgs& args)
{
    auto site = cli.targetSite(args);
    if (!site)
        return cli.report(site.error());
    printSite(cli, *site);
    return ExitOk;
}

int siteSet(Cli& cli, const ParsedArgs& args)
{
    auto update = settingUpdate(args.positionals.at(0), args.positionals.at(1));
    if (!update)
        return cli.report(update.error());
    auto site = cli.targetSite(args);
    if (!site)
        return cli.report(site.error());
    auto updated = (*cli.session())->updateSettings(site->id, *update);
    if (!updated)
        return cli.report(updated.error());
    printSite(cli, *updated);
    return ExitOk;
}

int childSiteCreate(Cli& cli, const ParsedArgs& args)
{
    if (!args.has(QStringLiteral("name")) || !args.has(QStringLiteral("subdomain")))
        return cli.usage(Tr::tr("child-site create needs --name and --subdomain"));
    auto session = cli.session();
    if (!session)
        return cli.report(session.error());
    auto site = (*session)->createChildSite(args.value(QStringLiteral("name")),
                                            args.value(QStringLiteral("subdomain")));
    if (!site)
        return cli.report(site.error());
    printSite(cli, *site);
    return ExitOk;
}

int childSiteList(Cli& cli, const ParsedArgs&)
{
    auto session = cli.session();
    if (!session)
        return cli.report(session.error());
    auto sites = (*session)->childSites();
    if (!sites)
        return cli.report(sites.error());
    if (cli.json()) {
        QJsonArray array;
        for (const Site& s : *sites)
            array.append(JsonFormat::site(s));
        cli.printJson(array);
    } else {
        cli.writeRaw(TextFormat::siteTable(*sites).toStdString());
    }
    return ExitOk;
}

} // namespace keydesk::cli
