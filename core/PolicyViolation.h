// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKey.h"
#include "Error.h"
#include "Site.h"

#include <QJsonObject>
#include <optional>

namespace keydesk {

// A key that breaks its site's key policy (R12) as it stands now, e.g. after the admin turned
// on require_key_expiry or lowered max_key_lifetime_days. Listed for the admin to fix; never
// changed silently (issue 6).
enum class ViolationKind { NoExpiry, BeyondMaxLifetime };
QString nameOf(ViolationKind kind); // no_expiry, beyond_max_lifetime
std::optional<ViolationKind> parseViolationKind(const QString& text);

struct PolicyViolation {
    ApiKey key;
    ViolationKind kind = ViolationKind::NoExpiry;

    Text explanationText(const SiteSettings& settings) const; // translatable
    QString explanation(const SiteSettings& settings) const;  // one English sentence
};

// The violation of `key` under `settings`, if any.
std::optional<ViolationKind> violationOf(const ApiKey& key, const SiteSettings& settings);

} // namespace keydesk
