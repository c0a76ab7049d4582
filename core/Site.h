// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace keydesk {

struct SiteSettings {
    bool usersCanCreateApiKeys = false;
    std::optional<int> maxKeyLifetimeDays; // nullopt = unlimited
    bool requireKeyExpiry = false;

    bool operator==(const SiteSettings&) const = default;
};

// A site; a child site has a parent and no children of its own (one level only).
struct Site {
    qint64 id = 0;
    QString name;
    QString subdomain;
    std::optional<qint64> parentId;
    SiteSettings settings;
    QDateTime createdAt;

    bool isChild() const { return parentId.has_value(); }
};

} // namespace keydesk
