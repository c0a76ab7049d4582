// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PermissionSet.h"
#include "Role.h"

#include <QString>
#include <optional>

namespace keydesk {

// Who is acting: the holder of one authenticated API key. A site-wide key acts as a site
// admin of its site with no user (R1); a user key acts with exactly its user's role.
struct Principal {
    qint64 siteId = 0;
    std::optional<qint64> userId;
    qint64 keyId = 0;
    Role role = Role::User;
    PermissionSet keyPermission = PermissionSet::Full;
    QString username; // empty for site-wide keys

    bool isSiteWideKey() const { return !userId.has_value(); }
};

} // namespace keydesk
