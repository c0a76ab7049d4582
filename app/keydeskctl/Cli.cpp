// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "BackendFactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <cstdlib>

namespace keydesk::cli {

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return ExitInvalidInput;
    case ErrorCode::NotAuthenticated:
        return ExitNotAuthenticated;
    case ErrorCode::NotAuthorized:
        return ExitNotAuthorized;
    case ErrorCode::NotFound:
        return ExitNotFound;
    case ErrorCode::Conflict:
        return ExitConflict;
    case ErrorCode::StoreFailure:
    case ErrorCode::Unsupported:
        return ExitFailure;
    }
    return ExitFailure;
}

QString codeWords(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return Tr::tr("invalid input");
    case ErrorCode::NotAuthenticated:
        return Tr::tr("not authenticated");
    case ErrorCode::NotAuthorized:
        return Tr::tr("not authorized");
    case ErrorCode::NotFound:
        return Tr::tr("not found");
    case ErrorCode::Conflict:
        return Tr::tr("conflict");
    case ErrorCode::StoreFailure:
        return Tr::tr("store failure");
    case ErrorCode::Unsupported:
        return Tr::tr("unsupported");
    }
    return Tr::tr("error");
}

Cli::Cli(QString storeText, bool json)
    : m_storeText(std::move(storeText))
    , m_json(json)
{}

Result<StoreUrl> Cli::storeUrl() const
{
    return StoreUrl::parse(m_storeText.isEmpty()
                               ? QStringLiteral("sqlite:") + StoreUrl::defaultSqlitePath()
                               : m_storeText);
}

Result<Backend*> Cli::backend()
{
    if (!m_backend) {
        auto url = storeUrl();
        if (!url)
            return std::unexpected(url.error());
        auto opened = openBackend(*url);
        if (!opened)
            return std::unexpected(opened.error());
        m_backend = std::move(*opened);
    }
    return m_backend.get();
}

Result<Session*> Cli::session()
{
    if (m_session)
        return m_session.get();
    const char* key = std::getenv("KEYDESK_API_KEY");
    if (!key || !*key)
        return fail(ErrorCode::NotAuthenticated,
                    Tr::tr("KEYDESK_API_KEY is not set; export the API key to act as "
                           "(keydeskctl init prints the first one)"),
                    QStringLiteral("not-authenticated/authentication-required"));
    auto b = backend();
    if (!b)
        return std::unexpected(b.error());
    const SecretBytes secret = SecretBytes::copyOf(key);
    auto s = (*b)->signIn(secret.view());
    if (!s) {
        // Name the variable only when the key is what failed, not the store or the network.
        const bool keyProblem = s.error().code == ErrorCode::NotAuthenticated ||
                                s.error().code == ErrorCode::NotAuthorized;
        if (!keyProblem)
            return std::unexpected(s.error());
        return fail(s.error().code, Tr::tr("KEYDESK_API_KEY: %1").arg(localizedMessage(s.error())),
                    s.error().type);
    }
    m_session = std::move(*s);
    return m_session.get();
}

Result<Site> Cli::targetSite(const ParsedArgs& args)
{
    auto s = session();
    if (!s)
        return std::unexpected(s.error());
    if (args.has(QStringLiteral("site")))
        return (*s)->siteBySubdomain(args.value(QStringLiteral("site")));
    return (*s)->site((*s)->principal().siteId);
}

Result<qint64> Cli::userId(qint64 siteId, const QString& username)
{
    auto s = session();
    if (!s)
        return std::unexpected(s.error());
    auto user = (*s)->userByName(siteId, username);
    if (!user)
        return std::unexpected(user.error());
    return user->id;
}

int Cli::report(const Error& error)
{
    note(Tr::tr("keydeskctl: %1: %2").arg(codeWords(error.code), localizedMessage(error)));
    return exitCodeFor(error.code);
}

int Cli::usage(const QString& message)
{
    note(Tr::tr("keydeskctl: usage error: %1 (see keydeskctl --help)").arg(message));
    return ExitUsage;
}

void Cli::print(const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    writeRaw(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())));
}

void Cli::note(const QString& line)
{
    std::fflush(stdout);
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

void Cli::printJson(const QJsonValue& value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    const QByteArray bytes = doc.toJson(QJsonDocument::Indented);
    writeRaw(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())));
}

void Cli::printSecretLine(const SecretBytes& secret)
{
    writeRaw(secret.view());
    writeRaw("\n");
}

void Cli::writeRaw(std::string_view bytes)
{
    std::fwrite(bytes.data(), 1, bytes.size(), stdout);
    std::fflush(stdout);
}

} // namespace keydesk::cli
