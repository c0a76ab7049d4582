// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ErrorResponse.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace keydesk {
class Store;
}

namespace keydesk::server {

// The site a request is for, from its Host header: SUB.DOMAIN[:port] is site SUB (404
// not-found/site-not-found when there is none), any other host the primary site.
class SiteResolver {
public:
    SiteResolver(Store& store, QString domain);

    std::expected<qint64, ApiError> siteFor(const QByteArray& hostHeader);
    std::expected<qint64, ApiError> primarySite();
    const QString& domain() const { return m_domain; }

    // "Acme.Example:8080" -> "acme.example"; "[::1]:80" -> "::1".
    static QString hostName(const QByteArray& hostHeader);
    // The SUB of SUB.DOMAIN; nullopt for any other host.
    static std::optional<QString> subdomainOf(const QString& host, const QString& domain);

private:
    Store& m_store;
    QString m_domain;
    std::optional<qint64> m_primary; // fixed once the store is initialised
};

} // namespace keydesk::server
