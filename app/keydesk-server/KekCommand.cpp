// SPDX-License-Identifier: GPL-3.0-or-later
#include "KekCommand.h"

#include "KekFile.h"
#include "KekRotation.h"
#include "LocalBackend.h"
#include "ServerOptions.h"
#include "SqlStore.h"
#include "StoreUrl.h"
#include "Validation.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace keydesk::server {

namespace {
const QString kCommand = QStringLiteral("rotate-kek");

struct KekCommandOptions {
    StoreUrl store;
    QString kekFile; // --kek-file as given
    bool resealOnly = false;
    bool retireOld = false;
    bool fromEnvironment = false; // KEYDESK_KEK is set
};

int failWith(int status, const QString& message)
{
    QTextStream(stderr) << "keydesk-server: " << kCommand << ": " << message << Qt::endl;
    return status;
}

// Environment KEKs are not a file this command could write.
QString environmentRefusal()
{
    return QStringLiteral(
        "KEYDESK_KEK is set, and keys from the environment are rotated by hand: generate a key "
        "(openssl rand -base64 32), put it first, keeping the old ones "
        "(KEYDESK_KEK=\"NEW-ID:NEWBASE64,OLD-ID:OLDBASE64\"), restart every process that uses "
        "the store, then run rotate-kek --reseal-only and drop OLD-ID once it reports no secret "
        "left under it");
}

// --kek-file, else where the store's processes look for it (KEYDESK_KEK_FILE, STORE.kek).
std::expected<QString, QString> kekFileFor(const KekCommandOptions& o)
{
    const QString path = o.kekFile.isEmpty() ? LocalBackend::kekFilePath(o.store) : o.kekFile;
    if (path.isEmpty())
        return std::unexpected(QStringLiteral(
            "a PostgreSQL store has no KEK file of its own: name it with --kek-file FILE or "
            "KEYDESK_KEK_FILE"));
    if (!QFileInfo::exists(path))
        return std::unexpected(
            QStringLiteral("there is no key-encryption key file at %1, so nothing to rotate")
                .arg(path));
    return path;
}

std::expected<KekCommandOptions, QString> parseKekOptions(const QCommandLineParser& parser,
                                                          const QProcessEnvironment& env)
{
    KekCommandOptions o;
    QString store = parser.value(QStringLiteral("store"));
    if (store.isEmpty())
        store = env.value(QStringLiteral("KEYDESK_SERVER_STORE"));
    if (store.isEmpty())
        return std::unexpected(QStringLiteral("--store URL is required"));
    auto url = StoreUrl::parse(store);
    if (!url)
        return std::unexpected(QStringLiteral("--store: ") + url.error().message);
    if (url->kind == StoreUrl::Kind::Server)
        return std::unexpected(
            QStringLiteral("--store must be a database (sqlite: or postgresql://), not a server"));
    o.store = *url;
    o.resealOnly = parser.isSet(QStringLiteral("reseal-only"));
    o.retireOld = parser.isSet(QStringLiteral("retire-old"));
    o.fromEnvironment = !env.value(QStringLiteral("KEYDESK_KEK")).isEmpty();
    if (o.fromEnvironment && (!o.resealOnly || o.retireOld))
        return std::unexpected(environmentRefusal());
    o.kekFile = parser.value(QStringLiteral("kek-file"));
    return o;
}

std::expected<KekCommandOptions, QString> parseArguments(const QStringList& arguments,
                                                         const QProcessEnvironment& env, bool* help)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(QCommandLineOption(QStringLiteral("store"), QString(), QStringLiteral("URL")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("kek-file"), QString(), QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("reseal-only")));
    parser.addOption(QCommandLineOption(QStringLiteral("retire-old")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
    QStringList words = arguments;
    words.removeAt(1); // the command name
    if (!parser.parse(words))
        return std::unexpected(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return std::unexpected(QStringLiteral("unexpected argument %1")
                                   .arg(Validation::echo(parser.positionalArguments().first())));
    *help = parser.isSet(QStringLiteral("help"));
    if (*help)
        return KekCommandOptions{};
    return parseKekOptions(parser, env);
}

Result<std::unique_ptr<SqlStore>> openStore(const StoreUrl& url)
{
    if (url.kind == StoreUrl::Kind::SQLite)
        return SqlStore::openSqlite(url.path, SqlStore::OpenMode::MustExist);
    return SqlStore::openPostgres(url, SqlStore::OpenMode::MustExist);
}

QString idList(const QStringList& ids)
{
    return ids.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(ids.join(QStringLiteral(", ")));
}

QString summaryLine(const KekRotationSummary& s)
{
    return QStringLiteral("%1 key-encryption key %2; S3 secrets: %3 re-sealed, %4 already under "
                          "it; older keys: %5 kept%6, %7 retired%8")
        .arg(s.newKey ? QStringLiteral("new current") : QStringLiteral("current"), s.currentKekId)
        .arg(s.resealed)
        .arg(s.alreadyCurrent)
        .arg(s.keptKekIds.size())
        .arg(idList(s.keptKekIds))
        .arg(s.retiredKekIds.size())
        .arg(idList(s.retiredKekIds));
}
int report(const Result<KekRotationSummary>& summary)
{
    if (!summary)
        return failWith(summary.error().code == ErrorCode::InvalidInput ? ExitUsage : ExitFailure,
                        summary.error().message);
    QTextStream(stdout) << summaryLine(*summary) << Qt::endl;
    if (summary->newKey)
        QTextStream(stderr) << "keydesk-server: restart every process using this store (they "
                               "hold the keys they loaded at start)"
                            << (summary->keptKekIds.isEmpty()
                                    ? ""
                                    : ", then drop the older keys with rotate-kek "
                                      "--reseal-only --retire-old")
                            << Qt::endl;
    return ExitOk;
}

int execute(const KekCommandOptions& options)
{
    auto store = openStore(options.store);
    if (!store)
        return failWith(ExitStore, QStringLiteral("cannot open the store %1: %2")
                                       .arg(options.store.toString(), store.error().message));
    if (options.fromEnvironment) {
        auto ring = KekFile::fromEnvironment();
        if (!ring)
            return failWith(ExitUsage, QStringLiteral("KEYDESK_KEK: ") + ring.error().message);
        return report(KekRotation::reseal(**store, *ring));
    }
    auto file = kekFileFor(options);
    if (!file)
        return failWith(ExitUsage, file.error());
    return report(KekRotation::rotateFile(
        **store, *file, KekRotation::FileOptions{!options.resealOnly, options.retireOld}));
}
} // namespace

bool isKekCommand(const QStringList& arguments)
{
    return arguments.size() > 1 && arguments.at(1) == kCommand;
}

int runKekCommand(const QStringList& arguments, const QProcessEnvironment& environment)
{
    bool help = false;
    auto options = parseArguments(arguments, environment, &help);
    if (!options)
        return failWith(ExitUsage, options.error() + QStringLiteral(" (see rotate-kek --help)"));
    if (help) {
        QTextStream(stdout) << kekCommandHelp();
        return ExitOk;
    }
    return execute(*options);
}

QString kekCommandHelp()
{
    return QStringLiteral(
        "Usage: keydesk-server rotate-kek --store URL [--kek-file FILE] [--reseal-only]\n"
        "                                 [--retire-old]\n\n"
        "Rotates the key-encryption key (KEK) that seals the store's S3 secrets, without a\n"
        "running server: generates a new KEK, re-seals every S3 secret under it in one store\n"
        "transaction, and replaces the KEK file just before that transaction commits (new key\n"
        "on the first line, the old ones kept; mode 0600, same owner; written to a temporary\n"
        "file, fsync'ed and renamed). If anything fails the store is unchanged and the file\n"
        "still holds every old key, so every secret opens either way. One audit event\n"
        "(kek.rotate, on the primary site) records it. Prints one line on stdout, e.g.\n"
        "  new current key-encryption key kek-4f7q2mzk0a; S3 secrets: 3 re-sealed, 0 already\n"
        "  under it; older keys: 1 kept (kek-abcdefghij), 0 retired\n"
        "Running servers keep the keys they loaded at start: restart them afterwards.\n\n"
        "  --store URL     sqlite:PATH or postgresql://user@host:port/db  [KEYDESK_SERVER_STORE]\n"
        "  --kek-file FILE The KEK file [KEYDESK_KEK_FILE]; default for sqlite:PATH: PATH.kek.\n"
        "                  A PostgreSQL store needs one of the two.\n"
        "  --reseal-only   Generate no key: re-seal the secrets not yet under the current key\n"
        "                  (finishes an interrupted rotation; with KEYDESK_KEK, the only mode).\n"
        "  --retire-old    After the re-seal has committed, drop the older keys of the file\n"
        "                  that no stored secret uses (audit event kek.retire). Only once every\n"
        "                  process using the store has been restarted with the rotated file.\n\n"
        "KEYDESK_KEK=\"ID:BASE64[,ID:BASE64...]\" (first entry current) overrides any file, and\n"
        "environment keys are rotated by hand: put a new entry first, keep the old ones,\n"
        "restart, run rotate-kek --reseal-only, then drop the old entries. Without\n"
        "--reseal-only, or with --retire-old, rotate-kek refuses while KEYDESK_KEK is set.\n\n"
        "Exit status: 0 done; 1 the rotation failed (nothing lost, see above); 2 bad flags or\n"
        "KEK file, KEYDESK_KEK set; 3 the store cannot be opened.\n");
}

} // namespace keydesk::server
