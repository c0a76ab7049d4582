// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyQuery.h"

namespace keydesk {

QString nameOf(KeySortField field)
{
    switch (field) {
    case KeySortField::Id:
        return QStringLiteral("id");
    case KeySortField::Name:
        return QStringLiteral("name");
    case KeySortField::CreatedAt:
        return QStringLiteral("created_at");
    case KeySortField::ExpiresAt:
        return QStringLiteral("expires_at");
    case KeySortField::LastUseAt:
        return QStringLiteral("last_use_at");
    }
    return QStringLiteral("id");
}

std::optional<KeySortField> parseKeySortField(const QString& text)
{
    for (KeySortField f : {KeySortField::Id, KeySortField::Name, KeySortField::CreatedAt,
                           KeySortField::ExpiresAt, KeySortField::LastUseAt}) {
        if (nameOf(f) == text)
            return f;
    }
    return std::nullopt;
}

std::optional<KeyKindFilter> parseKeyKindFilter(const QString& text)
{
    if (text == QLatin1String("site_wide"))
        return KeyKindFilter::SiteWide;
    if (text == QLatin1String("user"))
        return KeyKindFilter::User;
    if (text == QLatin1String("s3"))
        return KeyKindFilter::S3;
    return std::nullopt;
}

} // namespace keydesk
