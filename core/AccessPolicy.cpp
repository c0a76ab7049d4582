// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessPolicy.h"

namespace keydesk {

namespace {
Decision allow()
{
    return Decision{true, DenyReason::None};
}

Decision deny(DenyReason reason)
{
    return Decision{false, reason};
}

Decision keyPermissionGate(PermissionSet set)
{
    if (set == PermissionSet::Full)
        return allow();
    return deny(set == PermissionSet::None ? DenyReason::KeyDisabled
                                           : DenyReason::KeyNotForManagement);
}

bool isOwn(const Principal& p, const Target& t)
{
    return p.userId && t.ownerUserId && *p.userId == *t.ownerUserId;
}

// helpdesk: user keys of everyone (E1); a plain user: own keys, sometimes only with the setting.
Decision nonAdminOnKey(Role role, const Principal& p, const Target& t, bool helpdeskMay,
                       bool userNeedsSetting)
{
    if (t.keyKind == KeyKind::SiteWide)
        return deny(role == Role::Helpdesk ? DenyReason::UserKeysOnly
                                           : DenyReason::SiteAdminRequired);
    if (role == Role::Helpdesk && helpdeskMay)
        return allow();
    if (!isOwn(p, t))
        return deny(role == Role::Helpdesk ? DenyReason::SiteAdminRequired
                                           : DenyReason::OwnKeysOnly);
    if (role == Role::Helpdesk) // own key, but the table gives help desk no such right
        return deny(DenyReason::SiteAdminRequired);
    if (userNeedsSetting && !t.usersCanCreateApiKeys)
        return deny(DenyReason::SettingOff);
    return allow();
}

Decision createKey(Role role, const Principal& p, const Target& t)
{
    if (role == Role::SiteAdmin)
        return allow();
    if (t.keyKind == KeyKind::SiteWide)
        return deny(DenyReason::SiteAdminRequired);
    if (!isOwn(p, t))
        return deny(DenyReason::CantActForOtherUser);
    return t.usersCanCreateApiKeys ? allow() : deny(DenyReason::SettingOff);
}

Decision viewUsers(Role role, const Principal& p, const Target& t)
{
    if (role != Role::User || isOwn(p, t))
        return allow();
    return deny(DenyReason::SiteAdminRequired);
}

Decision byRole(Role role, const Principal& p, Action action, const Target& t)
{
    switch (action) {
    case Action::ViewSite:
        return allow();
    case Action::ViewUsers:
        return viewUsers(role, p, t);
    case Action::CreateKey:
        return createKey(role, p, t);
    case Action::ManageSite:
        return role == Role::SiteAdmin ? allow() : deny(DenyReason::SiteAdminRequired);
    default:
        break;
    }
    if (role == Role::SiteAdmin)
        return allow();
    switch (action) {
    case Action::ViewKey:
    case Action::ReadAudit:
    case Action::DisableKey:
        return nonAdminOnKey(role, p, t, true, false);
    case Action::EditKey:
        return nonAdminOnKey(role, p, t, false, true);
    case Action::EnableKey:
    case Action::RevokeKey:
        return nonAdminOnKey(role, p, t, true, true);
    default:
        return deny(DenyReason::SiteAdminRequired);
    }
}
} // namespace

std::optional<Role> AccessPolicy::effectiveRole(const Principal& principal, const Target& target)
{
    if (target.siteId == principal.siteId)
        return principal.role;
    if (principal.role == Role::SiteAdmin && target.siteParentId &&
        *target.siteParentId == principal.siteId)
        return Role::SiteAdmin; // E3
    return std::nullopt;
}

Decision AccessPolicy::check(const Principal& principal, Action action, const Target& target)
{
    if (Decision gate = keyPermissionGate(principal.keyPermission); !gate)
        return gate;
    const std::optional<Role> role = effectiveRole(principal, target);
    if (!role)
        return deny(DenyReason::OtherSite);
    return byRole(*role, principal, action, target);
}

Text Decision::reasonMessage() const
{
    switch (reason) {
    case DenyReason::None:
        return {};
    case DenyReason::KeyDisabled:
        return translatable(QT_TRANSLATE_NOOP("keydesk::Error", "This API key is disabled"));
    case DenyReason::KeyNotForManagement:
        return translatable(QT_TRANSLATE_NOOP(
            "keydesk::Error", "This API key's permission set does not allow key management"));
    case DenyReason::OtherSite:
        return translatable(
            QT_TRANSLATE_NOOP("keydesk::Error", "This API key has no access to that site"));
    case DenyReason::SiteAdminRequired:
        return translatable(
            QT_TRANSLATE_NOOP("keydesk::Error", "Only site administrators can do this"));
    case DenyReason::UserKeysOnly:
        return translatable(QT_TRANSLATE_NOOP(
            "keydesk::Error", "Help-desk staff cannot see or change site-wide keys"));
    case DenyReason::OwnKeysOnly:
        return translatable(
            QT_TRANSLATE_NOOP("keydesk::Error", "You can only act on your own keys"));
    case DenyReason::SettingOff:
        return translatable(QT_TRANSLATE_NOOP(
            "keydesk::Error", "This site does not let users manage their own API keys "
                              "(users_can_create_api_keys is off)"));
    case DenyReason::CantActForOtherUser:
        return translatable(QT_TRANSLATE_NOOP(
            "keydesk::Error", "Only site administrators can create keys for other users"));
    }
    return {};
}

QString Decision::reasonText() const
{
    return reason == DenyReason::None ? QString() : englishText(reasonMessage());
}

QString Decision::filesComType() const
{
    switch (reason) {
    case DenyReason::None:
        return {};
    case DenyReason::KeyDisabled:
        return QStringLiteral("not-authorized/api-key-is-disabled");
    case DenyReason::KeyNotForManagement:
        return QStringLiteral("not-authorized/api-key-only-for-file-operations");
    case DenyReason::OtherSite:
        return QStringLiteral("not-authorized/insufficient-permission-for-site");
    case DenyReason::CantActForOtherUser:
        return QStringLiteral("not-authorized/cant-act-for-other-user");
    case DenyReason::SiteAdminRequired:
    case DenyReason::UserKeysOnly:
        return QStringLiteral("not-authorized/site-admin-required");
    case DenyReason::OwnKeysOnly:
    case DenyReason::SettingOff:
        return QStringLiteral("not-authorized/insufficient-permission-for-site");
    }
    return {};
}

} // namespace keydesk
