// SPDX-License-Identifier: GPL-3.0-or-later
#include "PermissionSet.h"

#include <array>
#include <utility>

namespace keydesk {

namespace {
constexpr std::array<std::pair<PermissionSet, const char*>, 7> kNames{{
    {PermissionSet::Full, "full"},
    {PermissionSet::FilesOnly, "files_only"},
    {PermissionSet::DesktopApp, "desktop_app"},
    {PermissionSet::SyncApp, "sync_app"},
    {PermissionSet::OfficeIntegration, "office_integration"},
    {PermissionSet::MobileApp, "mobile_app"},
    {PermissionSet::None, "none"},
}};

bool isAppSpecific(PermissionSet set)
{
    return set == PermissionSet::DesktopApp || set == PermissionSet::SyncApp ||
           set == PermissionSet::OfficeIntegration || set == PermissionSet::MobileApp;
}
} // namespace

QString nameOf(PermissionSet set)
{
    for (const auto& [value, name] : kNames) {
        if (value == set)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("none");
}

std::optional<PermissionSet> parsePermissionSet(const QString& text)
{
    for (const auto& [value, name] : kNames) {
        if (text == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

QStringList permissionSetNames()
{
    QStringList names;
    for (const auto& entry : kNames)
        names << QString::fromLatin1(entry.second);
    return names;
}

bool covers(PermissionSet held, PermissionSet wanted)
{
    if (held == wanted || wanted == PermissionSet::None || held == PermissionSet::Full)
        return true;
    return held == PermissionSet::FilesOnly && isAppSpecific(wanted);
}

} // namespace keydesk
