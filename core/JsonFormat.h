// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKey.h"
#include "AuditEvent.h"
#include "Principal.h"
#include "Site.h"
#include "User.h"

#include <QDateTime>
#include <QJsonObject>

// JSON shapes shared by keydeskctl --json and the REST API, with Files.com's field names.
// Nothing here ever emits a secret: the creation response adds `key` / `aws_secret_key` itself
// (see SecretJson).
namespace keydesk::JsonFormat {

QString time(const QDateTime& t); // ISO 8601 UTC, e.g. 2026-11-28T15:14:00Z
QJsonObject key(const ApiKey& key, const QDateTime& now);
QJsonObject site(const Site& site);
QJsonObject user(const User& user);
QJsonObject auditEvent(const AuditEvent& event);
QJsonObject principal(const Principal& principal);

} // namespace keydesk::JsonFormat
