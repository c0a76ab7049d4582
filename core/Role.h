// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace keydesk {

enum class Role {
    SiteAdmin,
    Helpdesk, // E1
    User,
};

QString nameOf(Role role);
std::optional<Role> parseRole(const QString& text);

} // namespace keydesk
