// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Role.h"

#include <QDateTime>
#include <QString>

namespace keydesk {

struct User {
    qint64 id = 0;
    qint64 siteId = 0;
    QString username; // unique per site
    QString displayName;
    Role role = Role::User;
    bool disabled = false;
    QDateTime createdAt;
};

} // namespace keydesk
