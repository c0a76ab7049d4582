// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKey.h"
#include "Error.h"
#include "Principal.h"

#include <QString>
#include <optional>

namespace keydesk {

// The rows of the access-policy table (DESIGN.md section 4).
enum class Action {
    ViewKey,    // list/view; target kind decides the row (site-wide vs user keys)
    CreateKey,  // target kind + owner decide: site-wide, own user key, key for another user
    EditKey,    // name, description, expiry
    DisableKey, // set permission_set to none (R7)
    EnableKey,  // re-enable or change the permission set (R7)
    RevokeKey,  // delete (R8)
    ManageSite, // site settings, users, child sites (E3)
    ReadAudit,  // target kind + owner are those of the audited key (E2)
    ViewSite,   // read the site's name and settings: every member
    ViewUsers,  // admins and help desk see the site's users; a user sees themself
};

// What the action is aimed at. For key actions: the key's (or the new key's) kind and owner.
struct Target {
    qint64 siteId = 0;
    std::optional<qint64> siteParentId;
    bool usersCanCreateApiKeys = false; // the target site's setting
    KeyKind keyKind = KeyKind::User;
    std::optional<qint64> ownerUserId; // the key's owner, or the user the action concerns
};

enum class DenyReason {
    None,
    KeyDisabled,         // the acting key has permission_set none
    KeyNotForManagement, // the acting key's permission set excludes key management
    OtherSite,           // the target site is neither the principal's nor its child (E3)
    SiteAdminRequired,   // only site admins may do this
    UserKeysOnly,        // help desk: site-wide keys are out of reach (E1)
    OwnKeysOnly,         // a user acts on their own keys only
    SettingOff,          // users_can_create_api_keys is off
    CantActForOtherUser, // creating keys for someone else
};

struct Decision {
    bool allowed = false;
    DenyReason reason = DenyReason::None;

    explicit operator bool() const { return allowed; }
    Text reasonMessage() const;   // translatable; no source when allowed
    QString reasonText() const;   // English sentence for logs and the server
    QString filesComType() const; // e.g. "not-authorized/site-admin-required"
};

namespace AccessPolicy {
// Pure: no store, no clock. The service calls it before every write and read; the UI calls it
// to enable actions and to explain a disabled one.
Decision check(const Principal& principal, Action action, const Target& target);
// The principal's role on the target site: its own role there, site_admin on a child of its
// site when it is a site admin (E3), nothing elsewhere.
std::optional<Role> effectiveRole(const Principal& principal, const Target& target);
} // namespace AccessPolicy

} // namespace keydesk
