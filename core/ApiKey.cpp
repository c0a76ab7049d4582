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

Text ApiKey::descriptiveLabelText() const
{
    if (kind() == KeyKind::SiteWide)
        return translatable(
            QT_TRANSLATE_NOOP("keydesk::Error", "Site-wide API key for %1 (key ID #%2)"),
            siteSubdomain, id);
    if (ownerName.isEmpty())
        return translatable(
            QT_TRANSLATE_NOOP("keydesk::Error", "User API key for user #%1 (key ID #%2)"),
            userId.value_or(0), id);
    return translatable(QT_TRANSLATE_NOOP("keydesk::Error", "User API key for %1 (key ID #%2)"),
                        ownerName, id);
}

QString ApiKey::descriptiveLabel() const
{
    return englishText(descriptiveLabelText());
}

QString ApiKey::displayLabel() const
{
    return localizedText(descriptiveLabelText());
}

} // namespace keydesk
