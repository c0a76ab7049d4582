// SPDX-License-Identifier: GPL-3.0-or-later
#include "SiteResolver.h"

#include "Bootstrap.h"
#include "Store.h"
#include "Validation.h"

namespace keydesk::server {

SiteResolver::SiteResolver(Store& store, QString domain)
    : m_store(store)
    , m_domain(std::move(domain))
{}

QString SiteResolver::hostName(const QByteArray& hostHeader)
{
    QString host = QString::fromLatin1(hostHeader.trimmed()).toLower();
    if (host.startsWith(QLatin1Char('['))) {
        const qsizetype end = host.indexOf(QLatin1Char(']'));
        return end < 0 ? QString() : host.mid(1, end - 1);
    }
    const qsizetype colon = host.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0)
        host.truncate(colon);
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host;
}

std::optional<QString> SiteResolver::subdomainOf(const QString& host, const QString& domain)
{
    if (domain.isEmpty() || !host.endsWith(QLatin1Char('.') + domain))
        return std::nullopt;
    const QString sub = host.first(host.size() - domain.size() - 1);
    return sub.isEmpty() ? std::nullopt : std::optional<QString>(sub);
}

std::expected<qint64, ApiError> SiteResolver::primarySite()
{
    if (m_primary)
        return *m_primary;
    auto id = Bootstrap::primarySiteId(m_store);
    if (!id)
        return std::unexpected(ErrorResponse::fromCore(id.error()));
    if (!*id)
        return std::unexpected(ErrorResponse::make(
            503, QStringLiteral("service-unavailable/store-not-initialised"),
            QStringLiteral("The store has no primary site yet (run keydeskctl init)")));
    m_primary = **id;
    return *m_primary;
}

std::expected<qint64, ApiError> SiteResolver::siteFor(const QByteArray& hostHeader)
{
    const auto sub = subdomainOf(hostName(hostHeader), m_domain);
    if (!sub)
        return primarySite();
    auto site = m_store.siteBySubdomain(*sub);
    if (!site)
        return std::unexpected(ErrorResponse::fromCore(site.error()));
    if (!*site)
        return std::unexpected(
            ErrorResponse::make(404, QStringLiteral("not-found/site-not-found"),
                                QStringLiteral("Site %1 not found").arg(Validation::echo(*sub))));
    return (*site)->id;
}

} // namespace keydesk::server
