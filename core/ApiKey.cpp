// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKey.h"

namespace keydesk {

QString nameOf(KeyKind kind)
{
    return kind == KeyKind::SiteWide ? QStringLiteral("site_wide") : QStringLiteral("user");
}

QString nameOf(KeyStatus status)
{
    switch (status) {
    case KeyStatus::Active:
        return QStringLiteral("active");
    case KeyStatus::Expiring:
        return QStringLiteral("expiring");
    case KeyStatus::Expired:
        return QStringLiteral("expired");
    case KeyStatus::Disabled:
        return QStringLiteral("disabled");
    }
    return QStringLiteral("active");
}

std::optional<KeyStatus> parseKeyStatus(const QString& text)
{
    for (KeyStatus s :
         {KeyStatus::Active, KeyStatus::Expiring, KeyStatus::Expired, KeyStatus::Disabled}) {
        if (nameOf(s) == text)
            return s;
    }
    return std::nullopt;
}

KeyStatus ApiKey::status(const QDateTime& now, int expiringWindowDays) const
{
    if (permissionSet == PermissionSet::None)
        return KeyStatus::Disabled;
    if (isExpired(now))
        return KeyStatus::Expired;
    if (expiresAt && *expiresAt <= now.addDays(expiringWindowDays))
        return KeyStatus::Expiring;
    return KeyStatus::Active;
}

QString ApiKey::descriptiveLabel() const
{
    const QString suffix = QStringLiteral(" (key ID #%1)").arg(id);
    if (kind() == KeyKind::SiteWide)
        return QStringLiteral("Site-wide API key for ") + siteSubdomain + suffix;
    const QString owner = ownerName.isEmpty() ? QStringLiteral("user #%1").arg(*userId) : ownerName;
    return QStringLiteral("User API key for ") + owner + suffix;
}

} // namespace keydesk
