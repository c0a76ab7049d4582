// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreUrl.h"

#include <QDir>
#include <QHostAddress>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrlQuery>

namespace keydesk {

namespace {
std::unexpected<Error> badUrl(const Text& why)
{
    return fail(ErrorCode::InvalidInput, why, QStringLiteral("bad-request/invalid-store-url"));
}

bool isLoopback(const QString& host)
{
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// The one query parameter of a PostgreSQL URL: ?schema=NAME, a plain lower-case identifier (it
// becomes part of the connection's search_path, so nothing that needs quoting).
Result<void> checkPostgresQuery(const QUrl& url)
{
    if (url.hasFragment())
        return badUrl(translatable(QT_TRANSLATE_NOOP(
            "keydesk::Error", "Invalid store URL: a PostgreSQL URL has no fragment")));
    if (!url.hasQuery())
        return {};
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    static const QRegularExpression name(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    for (const auto& [key, value] : items) {
        if (key != QLatin1String("schema"))
            return badUrl(translatable(QT_TRANSLATE_NOOP(
                "keydesk::Error",
                "Invalid store URL: the only query parameter of a PostgreSQL URL is schema")));
        if (!name.match(value).hasMatch())
            return badUrl(translatable(QT_TRANSLATE_NOOP(
                "keydesk::Error", "Invalid store URL: a schema name is 1-63 characters of a-z, 0-9 "
                                  "and _, not starting with a digit")));
    }
    if (items.size() != 1)
        return badUrl(translatable(
            QT_TRANSLATE_NOOP("keydesk::Error", "Invalid store URL: name one schema")));
    return {};
}

Result<StoreUrl> parseRemote(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return badUrl(translatable(
            QT_TRANSLATE_NOOP("keydesk::Error", "Invalid store URL: it needs a host")));
    StoreUrl s;
    s.url = url;
    if (url.scheme() == QLatin1String("postgresql") || url.scheme() == QLatin1String("postgres")) {
        if (url.path().size() < 2)
            return badUrl(translatable(
                QT_TRANSLATE_NOOP("keydesk::Error", "Invalid store URL: name the database, as in "
                                                    "postgresql://user@host:5432/keydesk")));
        if (!url.password().isEmpty())
            return badUrl(translatable(
                QT_TRANSLATE_NOOP("keydesk::Error", "Invalid store URL: do not put a password in "
                                                    "the URL; use PGPASSWORD or the keychain")));
        if (url.path().indexOf(QLatin1Char('/'), 1) >= 0)
            return badUrl(translatable(QT_TRANSLATE_NOOP(
                "keydesk::Error", "Invalid store URL: the path is the database name alone")));
        if (auto r = checkPostgresQuery(url); !r)
            return std::unexpected(r.error());
        s.kind = StoreUrl::Kind::PostgreSQL;
        return s;
    }
    if (url.scheme() == QLatin1String("http") && !isLoopback(url.host()))
        return badUrl(translatable(QT_TRANSLATE_NOOP(
            "keydesk::Error",
            "Invalid store URL: plain http is allowed to a loopback host only; use https")));
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        return badUrl(translatable(
            QT_TRANSLATE_NOOP("keydesk::Error", "Invalid store URL: a server URL has no path")));
    s.kind = StoreUrl::Kind::Server;
    return s;
}
} // namespace

QString StoreUrl::toString() const
{
    return kind == Kind::SQLite ? QStringLiteral("sqlite:") + path
                                : url.toString(QUrl::RemovePassword);
}

QString StoreUrl::postgresDatabase() const
{
    return url.path().mid(1);
}

QString StoreUrl::postgresSchema() const
{
    return QUrlQuery(url).queryItemValue(QStringLiteral("schema"), QUrl::FullyDecoded);
}

QString StoreUrl::defaultSqlitePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/keydesk/keydesk.sqlite");
}

Result<StoreUrl> StoreUrl::parse(const QString& text)
{
    if (text.isEmpty())
        return badUrl(
            translatable(QT_TRANSLATE_NOOP("keydesk::Error", "Invalid store URL: it is empty")));
    if (text.contains(QChar(0)) || text.size() > 4096)
        return badUrl(translatable(QT_TRANSLATE_NOOP(
            "keydesk::Error", "Invalid store URL: it is not a usable path or URL")));
    if (text.startsWith(QLatin1String("postgres")) || text.startsWith(QLatin1String("http")))
        return parseRemote(text);
    QString path = text;
    if (path.startsWith(QLatin1String("sqlite:")))
        path = path.mid(7);
    else if (path.contains(QLatin1String("://")))
        return badUrl(translatable(QT_TRANSLATE_NOOP(
            "keydesk::Error",
            "Invalid store URL: use sqlite:PATH, postgresql://... or https://...")));
    if (path.isEmpty())
        return badUrl(translatable(
            QT_TRANSLATE_NOOP("keydesk::Error", "Invalid store URL: sqlite: needs a file path")));
    StoreUrl s;
    s.path = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    return s;
}

} // namespace keydesk
