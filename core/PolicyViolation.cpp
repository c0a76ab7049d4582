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

Text PolicyViolation::explanationText(const SiteSettings& settings) const
{
    if (kind == ViolationKind::NoExpiry)
        return translatable(QT_TRANSLATE_NOOP(
            "keydesk::Error", "Never expires, but the site requires an expiry date"));
    return translatable(
        QT_TRANSLATE_NOOP("keydesk::Error", "Expires more than %1 days after its creation"),
        settings.maxKeyLifetimeDays.value_or(0));
}

QString PolicyViolation::explanation(const SiteSettings& settings) const
{
    return englishText(explanationText(settings));
}

} // namespace keydesk
