// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "PermissionSet.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace keydesk {

enum class KeyKind { SiteWide, User };

// What a list shows in its status column. `Expiring` is active with expiry inside the window.
enum class KeyStatus { Active, Expiring, Expired, Disabled };

QString nameOf(KeyKind kind);
QString nameOf(KeyStatus status);
std::optional<KeyStatus> parseKeyStatus(const QString& text);

// The stored metadata of a key. Never the key itself (R4): only its SHA-256 digest, a display
// prefix, and for S3 keys the access key id and the AES-256-GCM sealed secret.
struct ApiKey {
    qint64 id = 0;
    qint64 siteId = 0;
    std::optional<qint64> userId; // nullopt = site-wide key (R1)
    QString name;
    QString description;
    PermissionSet permissionSet = PermissionSet::Full;
    std::optional<PermissionSet> previousPermissionSet;    // offered on re-enable (R7)
    PermissionSet permissionCeiling = PermissionSet::Full; // non-admins cannot raise above it
    QDateTime createdAt;
    std::optional<qint64> createdBy; // user id of the creator; nullopt for site-wide callers
    std::optional<QDateTime> expiresAt;
    std::optional<QDateTime> lastUseAt;
    QString prefix;    // "kdu_" + first 6 random characters
    QByteArray digest; // SHA-256 of the whole key
    QString s3AccessKeyId;
    QByteArray s3SecretSealed;
    QString s3KekId;
    QString ownerName;                // joined from users for display; empty for site-wide keys
    QString siteSubdomain;            // joined from sites for display
    std::optional<qint64> replacedBy; // the key that rolled this one (rotation)

    KeyKind kind() const { return userId ? KeyKind::User : KeyKind::SiteWide; }
    bool isS3() const { return !s3AccessKeyId.isEmpty(); }
    bool isExpired(const QDateTime& now) const { return expiresAt && *expiresAt <= now; }
    KeyStatus status(const QDateTime& now, int expiringWindowDays = 7) const;
    // Files.com's descriptive_label, e.g. "User API key for alice (key ID #7)".
    // Files.com's descriptive_label, "User API key for alice (key ID #7)": English in JSON and
    // logs (descriptiveLabel), in the user's language on screen (displayLabel).
    Text descriptiveLabelText() const;
    QString descriptiveLabel() const;
    QString displayLabel() const;
};

} // namespace keydesk
