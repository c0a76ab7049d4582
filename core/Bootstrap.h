// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "Error.h"
#include "Requests.h"
#include "SecretBox.h"
#include "Store.h"

namespace keydesk {

struct InitRequest {
    QString siteName;
    QString subdomain;
    QString adminUsername;
    // The name of the admin's first key, in the words of the front end that asks (the console
    // and keydeskctl use the user's language); empty: "Initial admin key".
    QString adminKeyName = {};
};

struct InitResult {
    Site site;
    User admin;
    CreatedKey adminKey; // shown once (R4)
};

// First run of a new store: the primary site, its first site admin, and that admin's key, in
// one transaction. Refused on a store that already has a primary site.
namespace Bootstrap {
Result<InitResult> initialize(Store& store, const InitRequest& request,
                              Clock clock = systemClock());
Result<std::optional<qint64>> primarySiteId(Store& store);
} // namespace Bootstrap

} // namespace keydesk
