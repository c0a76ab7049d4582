// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyViolation.h"

namespace keydesk {

QString nameOf(ViolationKind kind)
{
    return kind == ViolationKind::NoExpiry ? QStringLiteral("no_expiry")
                                           : QStringLiteral("beyond_max_lifetime");
}

std::optional<ViolationKind> parseViolationKind(const QString& text)
{
    if (text == QLatin1String("no_expiry"))
        return ViolationKind::NoExpiry;
    if (text == QLatin1String("beyond_max_lifetime"))
        return ViolationKind::BeyondMaxLifetime;
    return std::nullopt;
}

std::optional<ViolationKind> violationOf(const ApiKey& key, const SiteSettings& settings)
{
    if (!key.expiresAt)
        return settings.requireKeyExpiry ? std::optional(ViolationKind::NoExpiry) : std::nullopt;
    if (settings.maxKeyLifetimeDays &&
        *key.expiresAt > key.createdAt.addDays(*settings.maxKeyLifetimeDays))
        return ViolationKind::BeyondMaxLifetime;
    return std::nullopt;
}

QString PolicyViolation::explanation(const SiteSettings& settings) const
{
    if (kind == ViolationKind::NoExpiry)
        return QStringLiteral("Never expires, but the site requires an expiry date");
    return QStringLiteral("Expires more than %1 days after its creation")
        .arg(settings.maxKeyLifetimeDays.value_or(0));
}

} // namespace keydesk
