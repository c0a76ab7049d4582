// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "JsonFormat.h"
#include "SecretJson.h"

namespace keydesk::cli {

int runInit(Cli& cli, const ParsedArgs& args)
{
    for (const char* required : {"site-name", "subdomain", "admin"}) {
        if (!args.has(QString::fromLatin1(required)))
            return cli.usage(Tr::tr("init needs --%1").arg(QString::fromLatin1(required)));
    }
    auto url = cli.storeUrl();
    if (!url)
        return cli.report(url.error());
    if (url->kind == StoreUrl::Kind::Server)
        return cli.report(Error{ErrorCode::InvalidInput,
                                Tr::tr("init creates a store on this machine; a KeyDesk "
                                       "server's store is initialised where it runs, with "
                                       "keydeskctl init --store <its database URL>"),
                                QStringLiteral("bad-request/init-is-local")});
    const InitRequest request{args.value(QStringLiteral("site-name")),
                              args.value(QStringLiteral("subdomain")),
                              args.value(QStringLiteral("admin")), Tr::tr("Initial admin key")};
    auto init = LocalBackend::initialize(*url, request);
    if (!init)
        return cli.report(init.error());
    const InitResult& r = init->second;
    if (cli.json()) {
        const QJsonObject meta{
            {QStringLiteral("store"), url->toString()},
            {QStringLiteral("site"), JsonFormat::site(r.site)},
            {QStringLiteral("user"), JsonFormat::user(r.admin)},
            {QStringLiteral("api_key"), JsonFormat::key(r.adminKey.key, r.site.createdAt)}};
        printCreatedJson(cli, meta, {{"key", &r.adminKey.secret}});
    } else {
        cli.note(Tr::tr("Initialised %1: site %2 (#%3) with site admin %4 (#%5).")
                     .arg(url->toString(), r.site.subdomain, QString::number(r.site.id),
                          r.admin.username, QString::number(r.admin.id)));
        cli.note(Tr::tr("API key of %1 (shown once; store it now, it cannot be recovered):")
                     .arg(r.admin.username));
        cli.printSecretLine(r.adminKey.secret);
        cli.note(Tr::tr("Use it with: export KEYDESK_API_KEY=<the key above>"));
    }
    cli.adoptBackend(std::move(init->first));
    return ExitOk;
}

} // namespace keydesk::cli
