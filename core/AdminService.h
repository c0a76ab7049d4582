// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "Error.h"
#include "PolicyViolation.h"
#include "Principal.h"
#include "Requests.h"
#include "Store.h"

namespace keydesk {

// Sites, child sites (E3) and users. Same shape as KeyService: policy, validation, the write
// and its audit event in one transaction.
class AdminService {
public:
    AdminService(Store& store, Clock clock = systemClock());

    Result<Site> site(const Principal& principal, qint64 siteId);
    // The principal's own site, or a child site of it; other sites are "not found".
    Result<Site> siteBySubdomain(const Principal& principal, const QString& subdomain);
    Result<Site> updateSettings(const Principal& principal, qint64 siteId,
                                const SiteSettingsUpdate& update);
    Result<Site> createChildSite(const Principal& principal, const QString& name,
                                 const QString& subdomain);
    Result<QList<Site>> childSites(const Principal& principal);
    // Keys of the site that break its current key policy (issue 6): site admins only; read-only.
    Result<QList<PolicyViolation>> policyViolations(const Principal& principal, qint64 siteId);

    Result<User> createUser(const Principal& principal, const NewUser& user);
    Result<QList<User>> users(const Principal& principal, qint64 siteId);
    Result<User> userByName(const Principal& principal, qint64 siteId, const QString& username);
    Result<User> setUserDisabled(const Principal& principal, qint64 siteId, const QString& username,
                                 bool disabled);

private:
    Result<Site> visibleSite(const Principal& principal, qint64 siteId);
    Result<Site> applySettings(const Principal& principal, Site site, const SiteSettingsUpdate& u);

    Store& m_store;
    Clock m_clock;
};

} // namespace keydesk
