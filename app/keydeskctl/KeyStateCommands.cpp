// SPDX-License-Identifier: GPL-3.0-or-later
// key disable, enable, revoke, verify.
#include "Bootstrap.h"
#include "Commands.h"
#include "JsonFormat.h"
#include "KeyOutput.h"
#include "TextFormat.h"
#include "Validation.h"
#include "ValueParsers.h"

#include <QJsonObject>
#include <unistd.h>

namespace keydesk::cli {

namespace {
template <typename Action> int withKeyId(Cli& cli, const ParsedArgs& args, Action action)
{
    auto id = ValueParsers::id(Tr::tr("The key id"), args.positionals.at(0));
    if (!id)
        return cli.report(id.error());
    auto session = cli.session();
    if (!session)
        return cli.report(session.error());
    return action(**session, *id);
}

// The first line of stdin, read straight into wiped memory, without its line ending.
SecretBytes readKeyFromStdin()
{
    SecretBytes buffer(4096);
    qsizetype used = 0;
    while (used < buffer.size()) {
        const ssize_t n =
            ::read(STDIN_FILENO, buffer.data() + used, static_cast<size_t>(buffer.size() - used));
        if (n <= 0)
            break;
        used += n;
        if (std::string_view(buffer.data(), static_cast<size_t>(used)).find('\n') !=
            std::string_view::npos)
            break;
    }
    std::string_view text(buffer.data(), static_cast<size_t>(used));
    text = text.substr(0, text.find('\n'));
    while (!text.empty() && (text.back() == '\r' || text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    return SecretBytes::copyOf(text);
}

Result<Site> verificationSite(LocalBackend& backend, const ParsedArgs& args)
{
    Store& store = backend.store();
    QString sub = args.value(QStringLiteral("site"));
    std::optional<Site> site;
    if (sub.isEmpty()) { // the primary site, as the server does for an unknown host
        auto primary = Bootstrap::primarySiteId(store);
        if (!primary || !*primary)
            return fail(ErrorCode::NotFound, Tr::tr("The store has no primary site"));
        auto found = store.site(**primary);
        if (found)
            site = *found;
    } else {
        auto found = store.siteBySubdomain(sub);
        if (found)
            site = *found;
    }
    if (!site)
        return fail(ErrorCode::NotFound, Tr::tr("Site %1 not found").arg(Validation::echo(sub)),
                    QStringLiteral("not-found/site-not-found"));
    return *site;
}
void printPrincipal(Cli& cli, const Principal& p, const QString& subdomain)
{
    if (cli.json()) {
        QJsonObject o = JsonFormat::principal(p);
        o.insert(QStringLiteral("site_subdomain"), subdomain);
        cli.printJson(o);
    } else {
        cli.print(TextFormat::principalLine(p, subdomain));
    }
}
} // namespace

int keyDisable(Cli& cli, const ParsedArgs& args)
{
    if (isBulk(args))
        return keyBulk(cli, args, BulkAction::Disable);
    return withKeyId(cli, args, [&](Session& s, qint64 id) {
        auto key = s.disableKey(id);
        if (!key)
            return cli.report(key.error());
        printKey(cli, *key);
        return int(ExitOk);
    });
}

int keyEnable(Cli& cli, const ParsedArgs& args)
{
    std::optional<PermissionSet> set;
    if (args.has(QStringLiteral("permission-set"))) {
        auto parsed = ValueParsers::permissionSet(args.value(QStringLiteral("permission-set")));
        if (!parsed)
            return cli.report(parsed.error());
        set = *parsed;
    }
    return withKeyId(cli, args, [&](Session& s, qint64 id) {
        auto key = s.enableKey(id, set);
        if (!key)
            return cli.report(key.error());
        printKey(cli, *key);
        return int(ExitOk);
    });
}

int keyRevoke(Cli& cli, const ParsedArgs& args)
{
    if (isBulk(args))
        return keyBulk(cli, args, BulkAction::Revoke);
    return withKeyId(cli, args, [&](Session& s, qint64 id) {
        auto done = s.revokeKey(id);
        if (!done)
            return cli.report(done.error());
        if (cli.json())
            cli.printJson(
                QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("revoked"), true}});
        else
            cli.print(Tr::tr("Revoked API key #%1; it no longer authenticates.").arg(id));
        return int(ExitOk);
    });
}

// Locally the site is read from the store first (an unknown --site fails before stdin is
// read); a server is asked by Host, and names the key's site once it is signed in.
int keyVerify(Cli& cli, const ParsedArgs& args)
{
    auto backend = cli.backend();
    if (!backend)
        return cli.report(backend.error());
    QString subdomain = args.value(QStringLiteral("site"));
    if (LocalBackend* local = cli.localBackend()) {
        auto site = verificationSite(*local, args);
        if (!site)
            return cli.report(site.error());
        subdomain = site->subdomain;
    }
    const SecretBytes key = readKeyFromStdin();
    if (key.isEmpty())
        return cli.usage(Tr::tr("key verify reads the key on stdin, and stdin was empty"));
    auto session = (*backend)->signIn(key.view(), subdomain);
    if (!session)
        return cli.report(session.error());
    if (subdomain.isEmpty()) {
        auto site = (*session)->site((*session)->principal().siteId);
        if (!site)
            return cli.report(site.error());
        subdomain = site->subdomain;
    }
    printPrincipal(cli, (*session)->principal(), subdomain);
    return ExitOk;
}

} // namespace keydesk::cli
