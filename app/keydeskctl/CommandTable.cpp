// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace keydesk::cli {

namespace {
// `help` is marked with QT_TRANSLATE_NOOP("keydeskctl", ...) and translated here.
OptionSpec opt(const char* name, const char* valueName, const char* help)
{
    return {QString::fromLatin1(name), true, QString::fromLatin1(valueName), Tr::tr(help)};
}

OptionSpec flag(const char* name, const char* help)
{
    return {QString::fromLatin1(name), false, {}, Tr::tr(help)};
}

// A function, not a global: its help is translated, so it is built after the translators.
OptionSpec siteOption()
{
    return opt(
        "site", "SUB",
        QT_TRANSLATE_NOOP("keydeskctl", "act on this site (yours, or a child site of yours)"));
}

constexpr int kMaxBulkIds = 10000;

// key disable|revoke: one id, several (one confirmation), or every key of a user.
QList<OptionSpec> bulkOptions()
{
    return {opt("user", "U", QT_TRANSLATE_NOOP("keydeskctl", "with --all: every key of user U")),
            flag("all", QT_TRANSLATE_NOOP("keydeskctl", "with --user: every key of that user")),
            flag("yes",
                 QT_TRANSLATE_NOOP("keydeskctl",
                                   "no confirmation prompt (needed when stdin is not a terminal)")),
            siteOption()};
}

QList<Command> buildTable()
{
    const auto S = [](const char* s) { return QString::fromLatin1(s); };
    return {
        {{S("init")},
         {opt("site-name", "NAME", QT_TRANSLATE_NOOP("keydeskctl", "name of the first site")),
          opt("subdomain", "SUB", QT_TRANSLATE_NOOP("keydeskctl", "its subdomain")),
          opt("admin", "USERNAME",
              QT_TRANSLATE_NOOP("keydeskctl", "username of its first site admin"))},
         0,
         0,
         S("--site-name NAME --subdomain SUB --admin USERNAME"),
         Tr::tr("create the store, its first site and admin; print the admin's key once"),
         runInit},
        {{S("site"), S("show")},
         {siteOption()},
         0,
         0,
         S("[--site SUB]"),
         Tr::tr("show a site and its settings"),
         siteShow},
        {{S("site"), S("set")},
         {siteOption()},
         2,
         2,
         S("SETTING VALUE [--site SUB]"),
         Tr::tr("users_can_create_api_keys true|false, max_key_lifetime_days N|none, "
                "require_key_expiry "
                "true|false"),
         siteSet},
        {{S("site"), S("violations")},
         {siteOption()},
         0,
         0,
         S("[--site SUB]"),
         Tr::tr("list keys that break the site's key policy (to fix; nothing is changed)"),
         siteViolations},
        {{S("child-site"), S("create")},
         {opt("name", "NAME", QT_TRANSLATE_NOOP("keydeskctl", "site name")),
          opt("subdomain", "SUB", QT_TRANSLATE_NOOP("keydeskctl", "its subdomain"))},
         0,
         0,
         S("--name NAME --subdomain SUB"),
         Tr::tr("create a child site of your site (E3)"),
         childSiteCreate},
        {{S("child-site"), S("list")},
         {},
         0,
         0,
         {},
         Tr::tr("list your site's child sites"),
         childSiteList},
        {{S("user"), S("create")},
         {opt("username", "U", QT_TRANSLATE_NOOP("keydeskctl", "username")),
          opt("role", "ROLE",
              QT_TRANSLATE_NOOP("keydeskctl", "site_admin, helpdesk or user (default user)")),
          opt("display-name", "NAME", QT_TRANSLATE_NOOP("keydeskctl", "full name")), siteOption()},
         0,
         0,
         S("--username U [--role site_admin|helpdesk|user] [--display-name N] [--site SUB]"),
         Tr::tr("create a user"),
         userCreate},
        {{S("user"), S("list")},
         {siteOption()},
         0,
         0,
         S("[--site SUB]"),
         S("list users"),
         userList},
        {{S("user"), S("disable")},
         {siteOption()},
         1,
         1,
         S("USERNAME [--site SUB]"),
         Tr::tr("disable a user: their keys stop working (R11)"),
         userDisable},
        {{S("user"), S("enable")},
         {siteOption()},
         1,
         1,
         S("USERNAME [--site SUB]"),
         Tr::tr("re-enable a user"),
         userEnable},
        {{S("key"), S("create")},
         {opt("name", "N", QT_TRANSLATE_NOOP("keydeskctl", "key name (required)")),
          flag("site-wide", QT_TRANSLATE_NOOP("keydeskctl", "a site-wide key (site admins only)")),
          opt("user", "U", QT_TRANSLATE_NOOP("keydeskctl", "a user key for user U")),
          opt("description", "D", QT_TRANSLATE_NOOP("keydeskctl", "free text")),
          opt("expires", "WHEN",
              QT_TRANSLATE_NOOP("keydeskctl", "YYYY-MM-DD, ISO 8601 date-time, +Nd or +Nh")),
          opt("permission-set", "P",
              QT_TRANSLATE_NOOP("keydeskctl", "full (default), files_only, desktop_app, sync_app, "
                                              "office_integration, mobile_app, none")),
          flag("s3", QT_TRANSLATE_NOOP("keydeskctl",
                                       "also issue S3-compatible credentials (user keys only)")),
          siteOption()},
         0,
         0,
         S("--name N (--site-wide | --user U) [--description D] [--expires WHEN] [--permission-set "
           "P] "
           "[--s3] [--site SUB]"),
         Tr::tr("create a key; prints it (and S3 credentials) once"),
         keyCreate},
        {{S("key"), S("list")},
         {opt("user", "U", QT_TRANSLATE_NOOP("keydeskctl", "only U's keys")),
          opt("status", "S",
              QT_TRANSLATE_NOOP("keydeskctl", "active, expiring, expired or disabled")),
          opt("kind", "K", QT_TRANSLATE_NOOP("keydeskctl", "site_wide, user or s3")),
          opt("search", "TEXT",
              QT_TRANSLATE_NOOP("keydeskctl", "in name, description, prefix, owner")),
          opt("sort", "FIELD",
              QT_TRANSLATE_NOOP("keydeskctl", "id, name, created_at, expires_at, last_use_at")),
          flag("desc", QT_TRANSLATE_NOOP("keydeskctl", "descending")),
          opt("limit", "N", QT_TRANSLATE_NOOP("keydeskctl", "at most N keys")), siteOption(),
          opt("expiring", "SPAN",
              QT_TRANSLATE_NOOP("keydeskctl", "active keys expiring within SPAN (7d, 24h)")),
          opt("unused-for", "SPAN",
              QT_TRANSLATE_NOOP("keydeskctl",
                                "keys not used for SPAN (90d); never used: since creation"))},
         0,
         0,
         S("[--user U] [--status S] [--kind K] [--search TEXT] [--sort FIELD] [--desc] [--limit N] "
           "[--expiring SPAN] [--unused-for SPAN] [--site SUB]"),
         Tr::tr("list keys (paged and filtered by the store)"),
         keyList},
        {{S("key"), S("show")}, {}, 1, 1, S("ID"), S("show one key"), keyShow},
        {{S("key"), S("update")},
         {opt("name", "N", QT_TRANSLATE_NOOP("keydeskctl", "new name")),
          opt("description", "D", QT_TRANSLATE_NOOP("keydeskctl", "new description")),
          opt("expires", "WHEN", QT_TRANSLATE_NOOP("keydeskctl", "new expiry, or never")),
          opt("permission-set", "P", QT_TRANSLATE_NOOP("keydeskctl", "new permission set"))},
         1,
         1,
         S("ID [--name N] [--description D] [--expires WHEN|never] [--permission-set P]"),
         Tr::tr("change a key's name, description, expiry or permission set"),
         keyUpdate},
        {{S("key"), S("disable")},
         bulkOptions(),
         0,
         kMaxBulkIds,
         S("ID [ID...] | --user U --all [--site SUB]  [--yes]"),
         Tr::tr("disable keys (permission set none, R7); several at once in one transaction"),
         keyDisable},
        {{S("key"), S("enable")},
         {opt("permission-set", "P",
              QT_TRANSLATE_NOOP("keydeskctl", "default: the set it had before"))},
         1,
         1,
         S("ID [--permission-set P]"),
         Tr::tr("re-enable a key"),
         keyEnable},
        {{S("key"), S("revoke")},
         bulkOptions(),
         0,
         kMaxBulkIds,
         S("ID [ID...] | --user U --all [--site SUB]  [--yes]"),
         Tr::tr("delete keys for good (R8); several at once in one transaction"),
         keyRevoke},
        {{S("key"), S("rotate")},
         {opt("grace", "G",
              QT_TRANSLATE_NOOP(
                  "keydeskctl",
                  "now (default), 1h, 24h or 7d: how long the old key keeps working"))},
         1,
         1,
         S("ID [--grace now|1h|24h|7d]"),
         Tr::tr(
             "roll a key: prints its replacement (and S3 credentials) once; the old one expires"),
         keyRotate},
        {{S("report"), S("keys")},
         {opt("format", "F", QT_TRANSLATE_NOOP("keydeskctl", "csv (the only format)")),
          opt("output", "FILE", QT_TRANSLATE_NOOP("keydeskctl", "write to FILE")), siteOption()},
         0,
         0,
         S("--format csv [--output FILE] [--site SUB]"),
         Tr::tr("the site's key inventory (metadata only, never a secret)"),
         reportKeys},
        {{S("key"), S("verify")},
         {siteOption()},
         0,
         0,
         S("[--site SUB] < KEY"),
         Tr::tr(
             "read a key on stdin; exit 0 and print its principal if it authenticates on the site"),
         keyVerify},
        {{S("audit"), S("list")},
         {opt("key", "ID", QT_TRANSLATE_NOOP("keydeskctl", "events of one key")),
          opt("limit", "N", QT_TRANSLATE_NOOP("keydeskctl", "at most N events")),
          opt("actor", "U", QT_TRANSLATE_NOOP("keydeskctl", "events by user U")),
          opt("action", "A", QT_TRANSLATE_NOOP("keydeskctl", "only action A, e.g. key.revoke")),
          opt("since", "DATE",
              QT_TRANSLATE_NOOP("keydeskctl", "from DATE (2026-11-28, ISO time, or 7d ago)")),
          opt("until", "DATE", QT_TRANSLATE_NOOP("keydeskctl", "before DATE")), siteOption()},
         0,
         0,
         S("[--actor U] [--key ID] [--action A] [--since DATE] [--until DATE] [--limit N] "
           "[--site SUB]"),
         Tr::tr("read the audit log, newest first"),
         auditList},
    };
}

const Command* match(const QStringList& args)
{
    const Command* best = nullptr;
    for (const Command& c : commands()) {
        if (args.size() >= c.words.size() && args.mid(0, c.words.size()) == c.words &&
            (!best || c.words.size() > best->words.size()))
            best = &c;
    }
    return best;
}

QString commandUsage(const Command& c)
{
    QString text =
        QStringLiteral("keydeskctl [--store URL] [--json] ") + c.words.join(QLatin1Char(' '));
    if (!c.synopsis.isEmpty())
        text += QLatin1Char(' ') + c.synopsis;
    text += QStringLiteral("\n  ") + c.summary + QLatin1Char('\n');
    for (const OptionSpec& o : c.options)
        text += QStringLiteral("    --%1%2  %3\n")
                    .arg(o.name, o.takesValue ? QLatin1Char(' ') + o.valueName : QString(), o.help);
    return text;
}

struct Globals {
    QString store;
    bool json = false;
    bool help = false;
    bool version = false;
    QStringList rest;
};

Result<Globals> splitGlobals(const QStringList& args)
{
    Globals g;
    g.store = qEnvironmentVariable("KEYDESK_STORE");
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--json"))
            g.json = true;
        else if (a == QLatin1String("--help") || a == QLatin1String("-h"))
            g.help = true;
        else if (a == QLatin1String("--version"))
            g.version = true;
        else if (a == QLatin1String("--store") && i + 1 < args.size())
            g.store = args.at(++i);
        else if (a.startsWith(QLatin1String("--store=")))
            g.store = a.mid(8);
        else if (a == QLatin1String("--store"))
            return fail(ErrorCode::InvalidInput, Tr::tr("--store needs a value"));
        else
            g.rest << a;
    }
    return g;
}
} // namespace

const QList<Command>& commands()
{
    static const QList<Command> table = buildTable();
    return table;
}

QString helpText()
{
    QString text = Tr::tr(
        "keydeskctl - manage KeyDesk API keys from the command line\n\n"
        "Global options: --store URL (sqlite:PATH, postgresql://USER@HOST:PORT/DB or a KeyDesk\n"
        "  server https://HOST[:PORT], http:// to loopback only; default $KEYDESK_STORE or the\n"
        "  local store), --json (machine-readable output), --help, --version.\n"
        "Every command but init and key verify acts as the API key in $KEYDESK_API_KEY.\n"
        "init creates a SQLite or PostgreSQL store (never through a server). A server is\n"
        "  reached with $KEYDESK_CA_FILE (extra trusted CA certificates, PEM),\n"
        "  $KEYDESK_SERVER_DOMAIN (its --domain: sites by Host) and $KEYDESK_SERVER_TIMEOUT\n"
        "  (seconds per request, default 15).\n\n"
        "Exit codes: 0 ok, 1 store failure or unsupported, 2 usage, 3 not authenticated,\n"
        "  4 not authorized, 5 not found, 6 invalid input, 7 conflict.\n\nCommands:\n");
    for (const Command& c : commands())
        text += commandUsage(c);
    return text;
}

int dispatch(const QStringList& args)
{
    auto globals = splitGlobals(args);
    Cli cli(globals ? globals->store : QString(), globals && globals->json);
    if (!globals)
        return cli.usage(globals.error().message);
    if (globals->version) {
        cli.print(QStringLiteral("keydeskctl ") + QCoreApplication::applicationVersion());
        return ExitOk;
    }
    const Command* command = match(globals->rest);
    if (globals->help || globals->rest.isEmpty()) {
        cli.print(command ? commandUsage(*command) : helpText());
        return globals->help ? ExitOk : ExitUsage;
    }
    if (!command) {
        // Echo the word only when it cannot be a pasted secret.
        static const QRegularExpression word(QStringLiteral("^[a-z-]{1,20}$"));
        const QString first = globals->rest.first();
        return cli.usage(word.match(first).hasMatch() ? Tr::tr("unknown command \"%1\"").arg(first)
                                                      : Tr::tr("unknown command"));
    }
    auto parsed = parseArgs(globals->rest.mid(command->words.size()), command->options,
                            command->minPositionals, command->maxPositionals);
    if (!parsed)
        return cli.usage(command->words.join(QLatin1Char(' ')) + QStringLiteral(": ") +
                         parsed.error().message);
    return command->run(cli, *parsed);
}

} // namespace keydesk::cli
