// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "JsonFormat.h"
#include "TextFormat.h"

#include <QJsonArray>

namespace keydesk::cli {

namespace {
void printUsers(Cli& cli, const QList<User>& users)
{
    if (cli.json()) {
        QJsonArray array;
        for (const User& u : users)
            array.append(JsonFormat::user(u));
        cli.printJson(array);
    } else {
        cli.writeRaw(TextFormat::userTable(users).toStdString());
    }
}

void printUser(Cli& cli, const User& user)
{
    if (cli.json())
        cli.printJson(JsonFormat::user(user));
    else
        printUsers(cli, {user});
}

int setDisabled(Cli& cli, const ParsedArgs& args, bool disabled)
{
    auto site = cli.targetSite(args);
    if (!site)
        return cli.report(site.error());
    auto user = (*cli.session())->setUserDisabled(site->id, args.positionals.at(0), disabled);
    if (!user)
        return cli.report(user.error());
    printUser(cli, *user);
    return ExitOk;
}
} // namespace

int userCreate(Cli& cli, const ParsedArgs& args)
{
    if (!args.has(QStringLiteral("username")))
        return cli.usage(Tr::tr("user create needs --username"));
    Role role = Role::User;
    if (args.has(QStringLiteral("role"))) {
        const auto parsed = parseRole(args.value(QStringLiteral("role")));
        if (!parsed)
            return cli.report(Error{
                ErrorCode::InvalidInput, Tr::tr("--role takes site_admin, helpdesk or user"), {}});
        role = *parsed;
    }
    auto site = cli.targetSite(args);
    if (!site)
        return cli.report(site.error());
    const NewUser request{site->id, args.value(QStringLiteral("username")),
                          args.value(QStringLiteral("display-name")), role};
    auto user = (*cli.session())->createUser(request);
    if (!user)
        return cli.report(user.error());
    printUser(cli, *user);
    return ExitOk;
}

int userList(Cli& cli, const ParsedArgs& args)
{
    auto site = cli.targetSite(args);
    if (!site)
        return cli.report(site.error());
    auto users = (*cli.session())->users(site->id);
    if (!users)
        return cli.report(users.error());
    printUsers(cli, *users);
    return ExitOk;
}

int userDisable(Cli& cli, const ParsedArgs& args)
{
    return setDisabled(cli, args, true);
}

int userEnable(Cli& cli, const ParsedArgs& args)
{
    return setDisabled(cli, args, false);
}

} // namespace keydesk::cli
