// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Site.h"

#include <QDateTime>
#include <QString>
#include <optional>

// Input checks shared by every front end. Messages name the field and the limit, never echo
// the rejected value (it could be a pasted key).
namespace keydesk::Validation {

inline constexpr int kMaxNameLength = 255;
inline constexpr int kMaxDescriptionBytes = 4096;

Result<QString> keyName(const QString& raw);     // trimmed, 1-255 characters, no control chars
Result<QString> description(const QString& raw); // <= 4 KiB UTF-8, newlines and tabs allowed
Result<QString> siteName(const QString& raw);
Result<QString> subdomain(const QString& raw); // DNS label, lower case
Result<QString> username(const QString& raw);
Result<QString> displayName(const QString& raw);
Result<int> maxKeyLifetimeDays(int days); // 1 .. 36500

// A user-supplied name fit to quote in an error message: short, printable, and not shaped like
// a key or secret (someone may paste one into the wrong field). Anything else: "(not shown)".
QString echo(const QString& input);

// R12: expiry in the future; required when the site says so; within the site's maximum
// lifetime counted from `createdAt` (now, for a new key).
Result<void> expiry(const std::optional<QDateTime>& expiresAt, const SiteSettings& settings,
                    const QDateTime& now, const QDateTime& createdAt);

} // namespace keydesk::Validation
