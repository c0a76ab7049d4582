// SPDX-License-Identifier: GPL-3.0-or-later
#include "Role.h"

namespace keydesk {

QString nameOf(Role role)
{
    switch (role) {
    case Role::SiteAdmin:
        return QStringLiteral("site_admin");
    case Role::Helpdesk:
        return QStringLiteral("helpdesk");
    case Role::User:
        return QStringLiteral("user");
    }
    return QStringLiteral("user");
}

std::optional<Role> parseRole(const QString& text)
{
    for (Role role : {Role::SiteAdmin, Role::Helpdesk, Role::User}) {
        if (nameOf(role) == text)
            return role;
    }
    return std::nullopt;
}

} // namespace keydesk
