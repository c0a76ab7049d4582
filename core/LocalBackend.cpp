// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalBackend.h"

#include "KekFile.h"
#include "LocalSession.h"
#include "Validation.h"

#include <QFileInfo>

namespace keydesk {

LocalBackend::LocalBackend(StoreUrl url, std::unique_ptr<SqlStore> store, KekRing keks, Clock clock)
    : m_url(std::move(url))
    , m_store(std::move(store))
    , m_keks(std::move(keks))
    , m_clock(std::move(clock))
    , m_keys(*m_store, &m_keks, m_clock)
    , m_admin(*m_store, m_clock)
    , m_auth(*m_store, m_clock)
{}

Result<std::unique_ptr<SqlStore>> LocalBackend::openStore(const StoreUrl& url, bool create,
                                                          const QString& password)
{
    const auto mode = create ? SqlStore::OpenMode::Create : SqlStore::OpenMode::MustExist;
    switch (url.kind) {
    case StoreUrl::Kind::SQLite:
        return SqlStore::openSqlite(url.path, mode);
    case StoreUrl::Kind::PostgreSQL:
        return SqlStore::openPostgres(url, mode, password);
    case StoreUrl::Kind::Server:
        return fail(
            ErrorCode::Unsupported,
            translatable(QT_TRANSLATE_NOOP(
                "keydesk::Error", "KeyDesk server stores are not supported by this build yet")));
    }
    return fail(ErrorCode::Unsupported,
                translatable(QT_TRANSLATE_NOOP("keydesk::Error", "Unknown store kind")));
}

QString LocalBackend::kekFilePath(const StoreUrl& url)
{
    const QString configured = qEnvironmentVariable("KEYDESK_KEK_FILE");
    if (!configured.isEmpty())
        return configured;
    if (url.kind != StoreUrl::Kind::SQLite)
        return {}; // a shared store's KEKs are configured, never created beside it
    return url.path + QStringLiteral(".kek");
}

bool LocalBackend::reloadKeks()
{
    auto keks = loadKeks(m_url, false);
    if (!keks || keks->isEmpty())
        return false;
    m_keks = std::move(*keks);
    return true;
}

Result<KekRing> LocalBackend::loadKeks(const StoreUrl& url, bool create)
{
    auto fromEnv = KekFile::fromEnvironment();
    if (!fromEnv || !fromEnv->isEmpty())
        return fromEnv;
    const QString path = kekFilePath(url);
    if (path.isEmpty())
        return KekRing{};
    if (!qEnvironmentVariableIsEmpty("KEYDESK_KEK_FILE") || QFileInfo::exists(path))
        return KekFile::load(path);
    if (create)
        return KekFile::create(path);
    return KekRing{}; // S3 keys cannot be created or verified until a KEK is configured
}

Result<std::unique_ptr<LocalBackend>> LocalBackend::open(const StoreUrl& url, Clock clock)
{
    return open(url, QString(), std::move(clock));
}

Result<std::unique_ptr<LocalBackend>> LocalBackend::open(const StoreUrl& url,
                                                         const QString& password, Clock clock)
{
    auto store = openStore(url, false, password);
    if (!store)
        return std::unexpected(store.error());
    auto keks = loadKeks(url, false);
    if (!keks)
        return std::unexpected(keks.error());
    return std::unique_ptr<LocalBackend>(
        new LocalBackend(url, std::move(*store), std::move(*keks), std::move(clock)));
}

Result<std::pair<std::unique_ptr<LocalBackend>, InitResult>>
LocalBackend::initialize(const StoreUrl& url, const InitRequest& request, Clock clock)
{
    return initialize(url, request, QString(), std::move(clock));
}

Result<std::pair<std::unique_ptr<LocalBackend>, InitResult>>
LocalBackend::initialize(const StoreUrl& url, const InitRequest& request, const QString& password,
                         Clock clock)
{
    auto store = openStore(url, true, password);
    if (!store)
        return std::unexpected(store.error());
    auto primary = Bootstrap::primarySiteId(**store);
    if (!primary)
        return std::unexpected(primary.error());
    if (*primary) // check before touching KEK files of an existing store
        return fail(
            ErrorCode::Conflict,
            translatable(QT_TRANSLATE_NOOP("keydesk::Error", "This store is already initialised")),
            QStringLiteral("bad-request/already-initialised"));
    auto keks = loadKeks(url, true);
    if (!keks)
        return std::unexpected(keks.error());
    auto init = Bootstrap::initialize(**store, request, clock);
    if (!init)
        return std::unexpected(init.error());
    std::unique_ptr<LocalBackend> backend(
        new LocalBackend(url, std::move(*store), std::move(*keks), std::move(clock)));
    return std::pair{std::move(backend), std::move(*init)};
}

Result<std::unique_ptr<Session>> LocalBackend::signIn(std::string_view key,
                                                      const QString& subdomain)
{
    std::optional<qint64> siteId;
    if (!subdomain.isEmpty()) {
        auto site = m_store->siteBySubdomain(subdomain);
        if (!site)
            return std::unexpected(site.error());
        if (!*site)
            return fail(ErrorCode::NotFound,
                        translatable(QT_TRANSLATE_NOOP("keydesk::Error", "Site %1 not found"),
                                     Validation::echo(subdomain)),
                        QStringLiteral("not-found/site-not-found"));
        siteId = (*site)->id;
    }
    auto principal = m_auth.authenticate(key, siteId);
    if (!principal)
        return std::unexpected(principal.error().error);
    return std::unique_ptr<Session>(new LocalSession(*this, *principal));
}

} // namespace keydesk
