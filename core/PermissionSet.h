// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace keydesk {

// Files.com's permission sets. `None` means the key is disabled (R7).
enum class PermissionSet {
    None,
    Full,
    FilesOnly,
    DesktopApp,
    SyncApp,
    OfficeIntegration,
    MobileApp,
};

QString nameOf(PermissionSet set);
std::optional<PermissionSet> parsePermissionSet(const QString& text);
QStringList permissionSetNames();

// True when a key with `held` may do everything a key with `wanted` may do. `Full` covers
// all; `FilesOnly` covers the app-specific sets (they are file access through one client).
bool covers(PermissionSet held, PermissionSet wanted);

} // namespace keydesk
