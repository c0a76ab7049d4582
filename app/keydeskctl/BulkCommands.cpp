// SPDX-License-Identifier: GPL-3.0-or-later
// key disable|revoke with several ids, or --user U --all (issue 6): one confirmed action, one
// transaction, all or nothing.
#include "Commands.h"
#include "ValueParsers.h"

#include <QStringList>
#include <cstdio>
#include <unistd.h>

namespace keydesk::cli {

namespace {
constexpr int kListedIds = 20;

QString idText(const QList<qint64>& ids)
{
    QStringList parts;
    for (qsizetype i = 0; i < ids.size() && i < kListedIds; ++i)
        parts << QStringLiteral("#%1").arg(ids[i]);
    if (ids.size() > kListedIds)
        parts << Tr::tr("and %1 more").arg(ids.size() - kListedIds);
    return parts.join(QStringLiteral(", "));
}

// One question on the terminal; anything but y/yes is no.
bool confirmed(Cli& cli, const QString& question)
{
    cli.note(question + QStringLiteral(" [y/N]"));
    char line[64] = {};
    if (!std::fgets(line, sizeof line, stdin))
        return false;
    const QString answer = QString::fromLatin1(line).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

Result<KeySelection> selectionOf(Cli& cli, const ParsedArgs& args)
{
    KeySelection selection;
    for (const QString& text : args.positionals) {
        auto id = ValueParsers::id(Tr::tr("The key id"), text);
        if (!id)
            return std::unexpected(id.error());
        selection.ids << *id;
    }
    if (args.has(QStringLiteral("user"))) {
        auto site = cli.targetSite(args);
        if (!site)
            return std::unexpected(site.error());
        auto user = cli.userId(site->id, args.value(QStringLiteral("user")));
        if (!user)
            return std::unexpected(user.error());
        selection.userId = *user;
    }
    return selection;
}

QString question(BulkAction action, const ParsedArgs& args, const KeySelection& selection)
{
    QStringList what;
    if (!selection.ids.isEmpty())
        what << Tr::tr("%1 keys (%2)").arg(selection.ids.size()).arg(idText(selection.ids));
    if (selection.userId)
        what << Tr::tr("every key of user %1").arg(args.value(QStringLiteral("user")));
    const QString keys = what.join(Tr::tr(" and "));
    return action == BulkAction::Revoke ? Tr::tr("Revoke (delete for good) %1?").arg(keys)
                                        : Tr::tr("Disable %1?").arg(keys);
}

void printResult(Cli& cli, const BulkResult& r)
{
    if (cli.json()) {
        cli.printJson(toJson(r));
        return;
    }
    const bool revoked = r.action == BulkAction::Revoke;
    if (r.changed.isEmpty())
        cli.print(revoked ? Tr::tr("Revoked no API keys.") : Tr::tr("Disabled no API keys."));
    else
        cli.print(
            (revoked ? Tr::tr("Revoked %1 API keys: %2.") : Tr::tr("Disabled %1 API keys: %2."))
                .arg(r.changed.size())
                .arg(idText(r.changed)));
    if (!r.unchanged.isEmpty())
        cli.print(Tr::tr("Already disabled: %1.").arg(idText(r.unchanged)));
}
} // namespace

bool isBulk(const ParsedArgs& args)
{
    return args.positionals.size() != 1 || args.has(QStringLiteral("user")) ||
           args.has(QStringLiteral("all")) || args.has(QStringLiteral("yes"));
}

int keyBulk(Cli& cli, const ParsedArgs& args, BulkAction action)
{
    if (args.has(QStringLiteral("user")) != args.has(QStringLiteral("all")))
        return cli.usage(Tr::tr("--user U and --all go together: every key of user U"));
    if (args.positionals.isEmpty() && !args.has(QStringLiteral("user")))
        return cli.usage(Tr::tr("give key ids, or --user U --all"));
    const bool yes = args.has(QStringLiteral("yes"));
    if (!yes && !::isatty(STDIN_FILENO))
        return cli.usage(Tr::tr("a bulk %1 asks for confirmation on a terminal; pass "
                                "--yes when stdin is not one")
                             .arg(nameOf(action)));
    auto selection = selectionOf(cli, args);
    if (!selection)
        return cli.report(selection.error());
    if (!yes && !confirmed(cli, question(action, args, *selection))) {
        cli.note(Tr::tr("Nothing changed."));
        return ExitFailure;
    }
    auto session = cli.session();
    if (!session)
        return cli.report(session.error());
    auto result = (*session)->bulkChange(action, *selection);
    if (!result)
        return cli.report(result.error());
    printResult(cli, *result);
    return ExitOk;
}

} // namespace keydesk::cli
