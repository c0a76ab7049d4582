// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerOptions.h"

#include "StoreUrl.h"
#include "Validation.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>

namespace keydesk::server {

namespace {
struct OptionSpec {
    const char* flag;
    const char* env;
    const char* valueName;
    const char* help;
};

// Every option with a value; --help and --version are added separately.
const OptionSpec kOptions[] = {
    {"store", "KEYDESK_SERVER_STORE", "URL",
     "Store to serve: sqlite:PATH or postgresql://user@host:port/db (required)."},
    {"listen", "KEYDESK_SERVER_LISTEN", "ADDR:PORT",
     "REST listener, e.g. 127.0.0.1:8080 or [::1]:8443; port 0 picks a free port (required)."},
    {"domain", "KEYDESK_SERVER_DOMAIN", "DOMAIN",
     "Requests whose Host is SUB.DOMAIN[:port] are for site SUB; any other Host is for the "
     "primary site. Without it every request is for the primary site."},
    {"s3-listen", "KEYDESK_SERVER_S3_LISTEN", "ADDR:PORT",
     "S3-compatible listener (AWS Signature Version 4; TLS with the REST certificate when "
     "given). Each site is one bucket, \"default\"; site admins reach all of it, other users "
     "their home prefix USERNAME/. Path style, or virtual-hosted as default.SUB.DOMAIN."},
    {"data-dir", "KEYDESK_SERVER_DATA_DIR", "DIR",
     "Where the S3 listener keeps objects: site-ID/index.sqlite and site-ID/blobs/ (needed "
     "with --s3-listen; created with mode 0700)."},
    {"tls-cert", "KEYDESK_SERVER_TLS_CERT", "FILE",
     "PEM certificate (chain) for HTTPS; needs --tls-key."},
    {"tls-key", "KEYDESK_SERVER_TLS_KEY", "FILE", "PEM private key (unencrypted) for HTTPS."},
    {"auth-fail-limit", "KEYDESK_SERVER_AUTH_FAIL_LIMIT", "N",
     "Failed authentications allowed per client address and window before 429 (default 20; "
     "0 disables the limit)."},
    {"auth-fail-window", "KEYDESK_SERVER_AUTH_FAIL_WINDOW", "SECONDS",
     "Length of the sliding window of --auth-fail-limit (default 60)."},
    {"drain-timeout", "KEYDESK_SERVER_DRAIN_TIMEOUT", "SECONDS",
     "After SIGTERM/SIGINT, how long in-flight requests may take to finish (default 30)."},
};

const OptionSpec& option(const char* flag)
{
    for (const OptionSpec& spec : kOptions) {
        if (qstrcmp(spec.flag, flag) == 0)
            return spec;
    }
    Q_UNREACHABLE();
}

QString flagValue(const QCommandLineParser& parser, const QProcessEnvironment& env,
                  const OptionSpec& spec)
{
    const QString flag = QString::fromLatin1(spec.flag);
    if (parser.isSet(flag))
        return parser.value(flag);
    return env.value(QString::fromLatin1(spec.env));
}

std::expected<int, QString> parseInt(const QString& name, const QString& text, int min, int max)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
    const int value = digits.match(text).hasMatch() ? text.toInt() : -1;
    if (value < min || value > max)
        return std::unexpected(
            QStringLiteral("--%1 must be an integer from %2 to %3").arg(name).arg(min).arg(max));
    return value;
}

std::expected<QString, QString> parseDomain(const QString& text)
{
    static const QRegularExpression domain(QStringLiteral(
        "^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"));
    const QString lower = text.toLower();
    if (lower.size() > 253 || !domain.match(lower).hasMatch())
        return std::unexpected(
            QStringLiteral("--domain must be a DNS name such as keydesk.example"));
    return lower;
}

std::expected<void, QString> checkStore(const QString& text)
{
    if (text.isEmpty())
        return std::unexpected(QStringLiteral("--store URL is required"));
    auto url = StoreUrl::parse(text);
    if (!url)
        return std::unexpected(QStringLiteral("--store: ") + url.error().message);
    if (url->kind == StoreUrl::Kind::Server)
        return std::unexpected(
            QStringLiteral("--store must be a database (sqlite: or postgresql://), not a server"));
    return {};
}

std::expected<void, QString> checkFiles(const ServerOptions& o)
{
    if (o.tlsCert.isEmpty() != o.tlsKey.isEmpty())
        return std::unexpected(QStringLiteral("--tls-cert and --tls-key go together"));
    for (const QString& file : {o.tlsCert, o.tlsKey}) {
        if (!file.isEmpty() && !QFileInfo(file).isReadable())
            return std::unexpected(QStringLiteral("cannot read TLS file %1").arg(file));
    }
    const QFileInfo dataDir(o.dataDir);
    if (!o.dataDir.isEmpty() && dataDir.exists() && !dataDir.isDir())
        return std::unexpected(QStringLiteral("--data-dir %1 is not a directory").arg(o.dataDir));
    if (o.s3Listen && o.dataDir.isEmpty())
        return std::unexpected(QStringLiteral("--s3-listen needs --data-dir DIR for the objects"));
    return {};
}

std::expected<void, QString> parseAddresses(ServerOptions& o, const QString& listen,
                                            const QString& s3Listen)
{
    if (listen.isEmpty())
        return std::unexpected(QStringLiteral("--listen ADDR:PORT is required"));
    const auto rest = ListenAddress::parse(listen);
    if (!rest)
        return std::unexpected(
            QStringLiteral("--listen must be ADDR:PORT, e.g. 127.0.0.1:8080 or [::1]:8080"));
    o.listen = *rest;
    if (!s3Listen.isEmpty()) {
        o.s3Listen = ListenAddress::parse(s3Listen);
        if (!o.s3Listen)
            return std::unexpected(QStringLiteral("--s3-listen must be ADDR:PORT"));
    }
    return {};
}

std::expected<void, QString> parseLimits(ServerOptions& o, const QCommandLineParser& parser,
                                         const QProcessEnvironment& env)
{
    struct Limit {
        const OptionSpec& spec;
        int* target;
        int min;
        int max;
    };
    const Limit limits[] = {{option("auth-fail-limit"), &o.authFailLimit, 0, 1000000},
                            {option("auth-fail-window"), &o.authFailWindowSeconds, 1, 86400},
                            {option("drain-timeout"), &o.drainTimeoutSeconds, 1, 3600}};
    for (const Limit& l : limits) {
        const QString text = flagValue(parser, env, l.spec);
        if (text.isEmpty())
            continue;
        auto value = parseInt(QString::fromLatin1(l.spec.flag), text, l.min, l.max);
        if (!value)
            return std::unexpected(value.error());
        *l.target = *value;
    }
    return {};
}

std::expected<ServerOptions, QString> fromParser(const QCommandLineParser& parser,
                                                 const QProcessEnvironment& env)
{
    ServerOptions o;
    auto value = [&](const char* flag) { return flagValue(parser, env, option(flag)); };
    o.store = value("store");
    if (auto ok = checkStore(o.store); !ok)
        return std::unexpected(ok.error());
    if (auto ok = parseAddresses(o, value("listen"), value("s3-listen")); !ok)
        return std::unexpected(ok.error());
    if (const QString domain = value("domain"); !domain.isEmpty()) {
        auto parsed = parseDomain(domain);
        if (!parsed)
            return std::unexpected(parsed.error());
        o.domain = *parsed;
    }
    o.dataDir = value("data-dir");
    o.tlsCert = value("tls-cert");
    o.tlsKey = value("tls-key");
    if (auto ok = checkFiles(o); !ok)
        return std::unexpected(ok.error());
    if (auto ok = parseLimits(o, parser, env); !ok)
        return std::unexpected(ok.error());
    return o;
}
// `text` as lines of at most `width` characters, each indented by `indent` spaces.
QString wrapped(const QString& text, int indent, int width)
{
    const QString pad(indent, QLatin1Char(' '));
    QString out;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && indent + line.size() + 1 + word.size() > width) {
            out += pad + line + QLatin1Char('\n');
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    return line.isEmpty() ? out : out + pad + line + QLatin1Char('\n');
}
} // namespace

QString ListenAddress::text(std::optional<quint16> shownPort) const
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                             : address.toString();
    return host + QLatin1Char(':') + QString::number(shownPort.value_or(port));
}

std::optional<ListenAddress> ListenAddress::parse(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^(\\[([0-9A-Fa-f:.]+)\\]|([^:\\[\\]]+)):"
                                                        "([0-9]{1,5})$"));
    const auto m = form.match(text);
    if (!m.hasMatch() || m.captured(4).toInt() > 65535)
        return std::nullopt;
    const QString host = m.captured(2).isEmpty() ? m.captured(3) : m.captured(2);
    QHostAddress address;
    if (host == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return std::nullopt;
    if (m.captured(2).isEmpty() != (address.protocol() != QAbstractSocket::IPv6Protocol))
        return std::nullopt; // IPv6 only in brackets, IPv4 never
    return ListenAddress{address, static_cast<quint16>(m.captured(4).toInt())};
}

std::expected<ServerOptions, QString> parseOptions(const QStringList& arguments,
                                                   const QProcessEnvironment& environment)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const OptionSpec& spec : kOptions)
        parser.addOption(QCommandLineOption(QString::fromLatin1(spec.flag), QString(),
                                            QString::fromLatin1(spec.valueName)));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
    parser.addOption(QCommandLineOption(QStringLiteral("version")));
    if (!parser.parse(arguments))
        return std::unexpected(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return std::unexpected(QStringLiteral("unexpected argument %1")
                                   .arg(Validation::echo(parser.positionalArguments().first())));
    ServerOptions help;
    help.help = parser.isSet(QStringLiteral("help"));
    help.version = parser.isSet(QStringLiteral("version"));
    if (help.help || help.version)
        return help;
    return fromParser(parser, environment);
}

QString helpText()
{
    QString text = QStringLiteral(
        "Usage: keydesk-server --store URL --listen ADDR:PORT [--domain DOMAIN]\n"
        "                      [--s3-listen ADDR:PORT] [--data-dir DIR]\n"
        "                      [--tls-cert FILE --tls-key FILE] [options]\n"
        "       keydesk-server rotate-kek --store URL [--kek-file FILE] [--reseal-only]\n"
        "                      [--retire-old]   (see rotate-kek --help)\n\n"
        "Serves KeyDesk's Files.com-compatible REST API (/api/rest/v1, see\n"
        "/api/rest/v1/openapi.json) over a KeyDesk store. Once listening it prints one line per\n"
        "listener on stdout: \"rest listening on ADDR:PORT\", then \"s3 listening on ADDR:PORT\"\n"
        "with --s3-listen. Requests are logged on stderr\n"
        "(QT_LOGGING_RULES=\"keydesk.*=false\" silences them); keys and bodies never are.\n\n"
        "Options (each also read from the environment variable shown; flags win):\n");
    for (const OptionSpec& spec : kOptions) {
        text += QStringLiteral("  --%1 %2   [%3]\n")
                    .arg(QString::fromLatin1(spec.flag), QString::fromLatin1(spec.valueName),
                         QString::fromLatin1(spec.env));
        text += wrapped(QString::fromLatin1(spec.help), 6, 88);
    }
    text += QStringLiteral(
        "  -h, --help      This text.\n"
        "  --version       The version.\n\n"
        "Other environment: KEYDESK_KEK or KEYDESK_KEK_FILE (key-encryption keys for S3\n"
        "credentials; default: the file STORE.kek beside an SQLite store), QT_LOGGING_RULES,\n"
        "QT_MESSAGE_PATTERN. KEYDESK_KEK may list several keys, \"ID:BASE64,ID:BASE64\", the\n"
        "first current; a KEK file has one \"ID BASE64\" per line, the first current.\n\n"
        "rotate-kek: generates a new key-encryption key, re-seals every S3 secret of the store\n"
        "under it in one transaction and writes the KEK file (new key first, old ones kept)\n"
        "atomically; prints a one-line summary. --retire-old then drops the old keys no secret\n"
        "uses. Restart running servers afterwards. Details: keydesk-server rotate-kek --help.\n\n"
        "Signals: SIGTERM or SIGINT stops accepting connections, lets in-flight requests\n"
        "finish (up to --drain-timeout) and exits 0; a second signal exits 1 at once.\n"
        "SIGHUP reads the key-encryption keys again (after rotate-kek) and goes on serving.\n\n"
        "Exit status: 0 stopped cleanly, --help, --version; 1 internal error or drain cut\n"
        "short; 2 bad flags, environment values or TLS files; 3 the store cannot be opened\n"
        "or is not initialised (run keydeskctl init); 4 cannot listen on an address.\n");
    return text;
}

} // namespace keydesk::server
