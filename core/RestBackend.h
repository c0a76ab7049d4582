// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RestClient.h"
#include "Session.h"
#include "StoreUrl.h"

namespace keydesk {

// A KeyDesk server (keydesk-server) as a store: `https://host[:port]`, or `http://` to a
// loopback host. The server enforces the policy; a session here only carries requests.
//
// Sites: a request for site SUB goes to Host `SUB.DOMAIN[:port]` when the server's domain is
// known (RestOptions::domain: KEYDESK_SERVER_DOMAIN, or `?domain=DOMAIN` in the store URL);
// without it the server picks the site by the URL's own host name (its primary site for an
// address), and signing in on another site is refused.
class RestBackend final : public Backend {
public:
    static Result<std::unique_ptr<RestBackend>>
    open(const StoreUrl& url, RestOptions options = RestOptions::fromEnvironment());

    Result<std::unique_ptr<Session>> signIn(std::string_view key,
                                            const QString& subdomain = {}) override;
    QString location() const override { return m_location; }

    const RestOptions& options() const { return m_options; }
    // The Host header of site `subdomain`; empty when no domain is known.
    QString hostFor(const QString& subdomain) const;

private:
    RestBackend(QUrl server, RestOptions options, QString location);

    QUrl m_server;
    RestOptions m_options;
    QString m_location;
};

} // namespace keydesk
