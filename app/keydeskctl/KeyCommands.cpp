// SPDX-License-Identifier: GPL-3.0-or-later
// key create, list, show, update.
#include "Commands.h"
#include "JsonFormat.h"
#include "KeyOutput.h"
#include "SecretJson.h"
#include "TextFormat.h"
#include "ValueParsers.h"

#include <QJsonArray>

namespace keydesk::cli {

namespace {
Result<CreateKeyRequest> createRequest(Cli& cli, const ParsedArgs& args, const Site& site)
{
    CreateKeyRequest r;
    r.siteId = site.id;
    r.name = args.value(QStringLiteral("name"));
    r.description = args.value(QStringLiteral("description"));
    r.s3 = args.has(QStringLiteral("s3"));
    if (args.has(QStringLiteral("user"))) {
        auto id = cli.userId(site.id, args.value(QStringLiteral("user")));
        if (!id)
            return std::unexpected(id.error());
        r.userId = *id;
    }
    if (args.has(QStringLiteral("expires"))) {
        auto when = ValueParsers::expiry(args.value(QStringLiteral("expires")),
                                         QDateTime::currentDateTimeUtc(), false);
        if (!when)
            return std::unexpected(when.error());
        r.expiresAt = *when;
    }
    if (args.has(QStringLiteral("permission-set"))) {
        auto set = ValueParsers::permissionSet(args.value(QStringLiteral("permission-set")));
        if (!set)
            return std::unexpected(set.error());
        r.permissionSet = *set;
    }
    return r;
}

// --expiring N: active keys that expire within N; --unused-for N: not used for N (never-used
// keys count from their creation).
Result<void> addTimeFilters(KeyQuery& q, const ParsedArgs& args)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (args.has(QStringLiteral("expiring"))) {
        auto span = ValueParsers::duration(QStringLiteral("--expiring"),
                                           args.value(QStringLiteral("expiring")));
        if (!span)
            return std::unexpected(span.error());
        if (q.status && q.status != KeyStatus::Active && q.status != KeyStatus::Expiring)
            return fail(ErrorCode::InvalidInput,
                        Tr::tr("--expiring lists active keys; drop --status"));
        q.status = KeyStatus::Active;
        q.expiresBefore = now.addSecs(*span);
    }
    if (args.has(QStringLiteral("unused-for"))) {
        auto span = ValueParsers::duration(QStringLiteral("--unused-for"),
                                           args.value(QStringLiteral("unused-for")));
        if (!span)
            return std::unexpected(span.error());
        q.unusedSince = now.addSecs(-*span);
    }
    return {};
}

Result<KeyQuery> listQuery(Cli& cli, const ParsedArgs& args, const Site& site)
{
    KeyQuery q;
    q.siteId = site.id;
    q.text = args.value(QStringLiteral("search"));
    q.descending = args.has(QStringLiteral("desc"));
    const auto invalid = [](const QString& m) { return fail(ErrorCode::InvalidInput, m); };
    if (args.has(QStringLiteral("status")) &&
        !(q.status = parseKeyStatus(args.value(QStringLiteral("status")))))
        return invalid(Tr::tr("--status takes active, expiring, expired or disabled"));
    if (args.has(QStringLiteral("kind")) &&
        !(q.kind = parseKeyKindFilter(args.value(QStringLiteral("kind")))))
        return invalid(Tr::tr("--kind takes site_wide, user or s3"));
    if (args.has(QStringLiteral("sort"))) {
        const auto field = parseKeySortField(args.value(QStringLiteral("sort")));
        if (!field)
            return invalid(Tr::tr("--sort takes id, name, created_at, expires_at or last_use_at"));
        q.sortBy = *field;
    }
    if (args.has(QStringLiteral("user"))) {
        auto id = cli.userId(site.id, args.value(QStringLiteral("user")));
        if (!id)
            return std::unexpected(id.error());
        q.userId = *id;
    }
    if (auto ok = addTimeFilters(q, args); !ok)
        return std::unexpected(ok.error());
    return q;
}
} // namespace

int keyCreate(Cli& cli, const ParsedArgs& args)
{
    if (!args.has(QStringLiteral("name")))
        return cli.usage(Tr::tr("key create needs --name"));
    if (args.has(QStringLiteral("site-wide")) == args.has(QStringLiteral("user")))
        return cli.usage(Tr::tr("key create needs exactly one of --site-wide and --user U"));
    auto site = cli.targetSite(args);
    if (!site)
        return cli.report(site.error());
    auto request = createRequest(cli, args, *site);
    if (!request)
        return cli.report(request.error());
    auto created = (*cli.session())->createKey(*request);
    if (!created)
        return cli.report(created.error());
    printCreated(cli, *created);
    return ExitOk;
}

int keyList(Cli& cli, const ParsedArgs& args)
{
    int limit = 1000000;
    if (args.has(QStringLiteral("limit"))) {
        auto n = ValueParsers::positiveInt(QStringLiteral("--limit"),
                                           args.value(QStringLiteral("limit")), 1000000);
        if (!n)
            return cli.report(n.error());
        limit = *n;
    }
    auto site = cli.targetSite(args);
    if (!site)
        return cli.report(site.error());
    auto query = listQuery(cli, args, *site);
    if (!query)
        return cli.report(query.error());
    QList<ApiKey> keys;
    do { // page through the store, 500 rows at a time
        query->limit = qMin(500, limit - int(keys.size()));
        auto page = (*cli.session())->listKeys(*query);
        if (!page)
            return cli.report(page.error());
        keys << page->keys;
        query->cursor = page->nextCursor;
    } while (!query->cursor.isEmpty() && keys.size() < limit);
    printKeys(cli, keys);
    return ExitOk;
}

int keyShow(Cli& cli, const ParsedArgs& args)
{
    auto id = ValueParsers::id(Tr::tr("The key id"), args.positionals.at(0));
    if (!id)
        return cli.report(id.error());
    auto session = cli.session();
    if (!session)
        return cli.report(session.error());
    auto key = (*session)->key(*id);
    if (!key)
        return cli.report(key.error());
    printKey(cli, *key);
    return ExitOk;
}

int keyUpdate(Cli& cli, const ParsedArgs& args)
{
    auto id = ValueParsers::id(Tr::tr("The key id"), args.positionals.at(0));
    if (!id)
        return cli.report(id.error());
    KeyUpdate u;
    if (args.has(QStringLiteral("name")))
        u.name = args.value(QStringLiteral("name"));
    if (args.has(QStringLiteral("description")))
        u.description = args.value(QStringLiteral("description"));
    if (args.has(QStringLiteral("expires"))) {
        auto when = ValueParsers::expiry(args.value(QStringLiteral("expires")),
                                         QDateTime::currentDateTimeUtc(), true);
        if (!when)
            return cli.report(when.error());
        u.expiresAt = *when;
    }
    if (args.has(QStringLiteral("permission-set"))) {
        auto set = ValueParsers::permissionSet(args.value(QStringLiteral("permission-set")));
        if (!set)
            return cli.report(set.error());
        u.permissionSet = *set;
    }
    if (u.isEmpty())
        return cli.usage(Tr::tr(
            "key update needs at least one of --name, --description, --expires, --permission-set"));
    auto session = cli.session();
    if (!session)
        return cli.report(session.error());
    auto key = (*session)->updateKey(*id, u);
    if (!key)
        return cli.report(key.error());
    printKey(cli, *key);
    return ExitOk;
}

} // namespace keydesk::cli
