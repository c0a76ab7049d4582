// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKey.h"
#include "Role.h"
#include "SecretBytes.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace keydesk {

struct CreateKeyRequest {
    std::optional<qint64> siteId; // default: the principal's site; a child site for E3
    std::optional<qint64> userId; // nullopt = site-wide key
    QString name;
    QString description;
    std::optional<QDateTime> expiresAt;
    PermissionSet permissionSet = PermissionSet::Full;
    bool s3 = false; // R6: user keys only
};

// The one response that carries secrets (R4): the key, and for S3 keys the Secret Key.
struct CreatedKey {
    ApiKey key;
    SecretBytes secret;
    SecretBytes s3Secret; // empty unless key.isS3()
};

struct KeyUpdate {
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<std::optional<QDateTime>> expiresAt; // set, or set to "never"
    std::optional<PermissionSet> permissionSet;        // none = disable (R7)

    bool isEmpty() const { return !name && !description && !expiresAt && !permissionSet; }
};

struct SiteSettingsUpdate {
    std::optional<bool> usersCanCreateApiKeys;
    std::optional<std::optional<int>> maxKeyLifetimeDays;
    std::optional<bool> requireKeyExpiry;
};

struct NewUser {
    std::optional<qint64> siteId; // default: the principal's site
    QString username;
    QString displayName;
    Role role = Role::User;
};

} // namespace keydesk
