// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestBackend.h"

#include "Authenticator.h"
#include "KeyFormat.h"
#include "RestSession.h"
#include "Validation.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace keydesk {

namespace {
std::unexpected<Error> badServerUrl(const Text& why)
{
    return fail(ErrorCode::InvalidInput, why, QStringLiteral("bad-request/invalid-store-url"));
}

// `?domain=DOMAIN` is the one option a server URL takes.
Result<void> readUrlOptions(const QUrl& url, RestOptions& options)
{
    const QUrlQuery query(url);
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name != QLatin1String("domain"))
            return badServerUrl(translatable(
                QT_TRANSLATE_NOOP("keydesk::Error", "Invalid store URL: unknown option %1"),
                Validation::echo(name)));
        options.domain = value;
    }
    static const QRegularExpression dnsName(
        QStringLiteral("^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$"));
    if (!options.domain.isEmpty() && !dnsName.match(options.domain).hasMatch())
        return badServerUrl(translatable(QT_TRANSLATE_NOOP(
            "keydesk::Error", "Invalid store URL: the domain must be a lower-case DNS name")));
    return {};
}
} // namespace

RestBackend::RestBackend(QUrl server, RestOptions options, QString location)
    : m_server(std::move(server))
    , m_options(std::move(options))
    , m_location(std::move(location))
{}

Result<std::unique_ptr<RestBackend>> RestBackend::open(const StoreUrl& url, RestOptions options)
{
    if (url.kind != StoreUrl::Kind::Server)
        return badServerUrl(translatable(
            QT_TRANSLATE_NOOP("keydesk::Error", "Invalid store URL: not a KeyDesk server URL")));
    if (!url.url.userInfo().isEmpty())
        return badServerUrl(translatable(QT_TRANSLATE_NOOP(
            "keydesk::Error", "Invalid store URL: a server URL has no user name or password; the "
                              "API key is kept in the keychain or KEYDESK_API_KEY")));
    if (auto ok = readUrlOptions(url.url, options); !ok)
        return std::unexpected(ok.error());
    auto probe = RestClient::create(url.url, options); // checks the CA file now
    if (!probe)
        return std::unexpected(probe.error());
    return std::unique_ptr<RestBackend>(
        new RestBackend((*probe)->server(), std::move(options), url.toString()));
}

QString RestBackend::hostFor(const QString& subdomain) const
{
    if (m_options.domain.isEmpty() || subdomain.isEmpty())
        return {};
    QString host = subdomain + QLatin1Char('.') + m_options.domain;
    if (m_server.port() != -1)
        host += QLatin1Char(':') + QString::number(m_server.port());
    return host;
}

Result<std::unique_ptr<Session>> RestBackend::signIn(std::string_view key, const QString& subdomain)
{
    if (!KeyFormat::parse(key)) // as the server would answer, without sending a non-key
        return fail(ErrorCode::NotAuthenticated,
                    Authenticator::describeText(AuthFailure::Malformed),
                    QStringLiteral("not-authenticated/invalid-credentials"));
    if (!subdomain.isEmpty() && !Validation::subdomain(subdomain))
        return fail(ErrorCode::NotFound,
                    translatable(QT_TRANSLATE_NOOP("keydesk::Error", "Site %1 not found"),
                                 Validation::echo(subdomain)),
                    QStringLiteral("not-found/site-not-found"));
    auto client = RestClient::create(m_server, m_options);
    if (!client)
        return std::unexpected(client.error());
    (*client)->setKey(key);
    const QString host = hostFor(subdomain);
    (*client)->setHost(host);
    auto session = RestSession::open(std::move(*client), host.isEmpty() ? subdomain : QString());
    if (!session)
        return std::unexpected(session.error());
    return std::unique_ptr<Session>(std::move(*session));
}

} // namespace keydesk
