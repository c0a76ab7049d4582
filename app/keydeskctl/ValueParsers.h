// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "PermissionSet.h"

#include <QDateTime>
#include <QString>
#include <optional>

// Command-line values: every parser names the option in its error and never echoes a value
// that could be a secret.
namespace keydesk::cli::ValueParsers {

// "2026-12-31" (end of that day, UTC), an ISO 8601 date-time, or "+30d" / "+12h" from now.
// With allowNever, "never" or "none" clears the expiry (nullopt inside the optional).
Result<std::optional<QDateTime>> expiry(const QString& text, const QDateTime& now, bool allowNever);
Result<bool> boolean(const QString& option, const QString& text);
Result<qint64> id(const QString& what, const QString& text);
Result<int> positiveInt(const QString& option, const QString& text, int max);
Result<PermissionSet> permissionSet(const QString& text);
// "7d", "24h" or "90d": a span in seconds (at most 100000 days).
Result<qint64> duration(const QString& option, const QString& text);

} // namespace keydesk::cli::ValueParsers
