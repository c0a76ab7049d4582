// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreUrl.h"

#include <QDir>
#include <QHostAddress>
#include <QStandardPaths>

namespace keydesk {

namespace {
std::unexpected<Error> badUrl(const QString& why)
{
    return fail(ErrorCode::InvalidInput, QStringLiteral("Invalid store URL: ") + why,
                QStringLiteral("bad-request/invalid-store-url"));
}

bool isLoopback(const QString& host)
{
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<StoreUrl> parseRemote(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return badUrl(QStringLiteral("it needs a host"));
    StoreUrl s;
    s.url = url;
    if (url.scheme() == QLatin1String("postgresql") || url.scheme() == QLatin1String("postgres")) {
        if (url.path().size() < 2)
            return badUrl(
                QStringLiteral("name the database, as in postgresql://user@host:5432/keydesk"));
        if (!url.password().isEmpty())
            return badUrl(
                QStringLiteral("do not put a password in the URL; use PGPASSWORD or the keychain"));
        s.kind = StoreUrl::Kind::PostgreSQL;
        return s;
    }
    if (url.scheme() == QLatin1String("http") && !isLoopback(url.host()))
        return badUrl(QStringLiteral("plain http is allowed to a loopback host only; use https"));
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        return badUrl(QStringLiteral("a server URL has no path"));
    s.kind = StoreUrl::Kind::Server;
    return s;
}
} // namespace

QString StoreUrl::toString() const
{
    return kind == Kind::SQLite ? QStringLiteral("sqlite:") + path
                                : url.toString(QUrl::RemovePassword);
}

QString StoreUrl::defaultSqlitePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/keydesk/keydesk.sqlite");
}

Result<StoreUrl> StoreUrl::parse(const QString& text)
{
    if (text.isEmpty())
        return badUrl(QStringLiteral("it is empty"));
    if (text.contains(QChar(0)) || text.size() > 4096)
        return badUrl(QStringLiteral("it is not a usable path or URL"));
    if (text.startsWith(QLatin1String("postgres")) || text.startsWith(QLatin1String("http")))
        return parseRemote(text);
    QString path = text;
    if (path.startsWith(QLatin1String("sqlite:")))
        path = path.mid(7);
    else if (path.contains(QLatin1String("://")))
        return badUrl(QStringLiteral("use sqlite:PATH, postgresql://... or https://..."));
    if (path.isEmpty())
        return badUrl(QStringLiteral("sqlite: needs a file path"));
    StoreUrl s;
    s.path = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    return s;
}

} // namespace keydesk
