// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccessPolicy.h"
#include "AuditEvent.h"
#include "Error.h"
#include "Store.h"

#include <QJsonObject>

// Pieces every use case needs: loading what a policy check is about, turning a refusal into an
// error, and building the audit event that goes into the same transaction.
namespace keydesk::ServiceSupport {

Result<Site> loadSite(Store& store, qint64 id);
Result<ApiKey> loadKey(Store& store, qint64 id);

Target siteTarget(const Site& site, std::optional<qint64> ownerUserId = std::nullopt,
                  KeyKind kind = KeyKind::User);
Target keyTarget(const Site& site, const ApiKey& key);

Error refusal(const Decision& decision);
Result<void> require(const Principal& principal, Action action, const Target& target);
// Like require(ViewKey), but an unseen key is reported as not found, not as forbidden.
Result<void> requireVisible(const Principal& principal, const Target& target, qint64 keyId);
Error keyNotFound(qint64 id);

AuditEvent event(const Principal& principal, const QDateTime& at, qint64 siteId,
                 const QString& action, const QJsonObject& details = {});
AuditEvent keyEvent(const Principal& principal, const QDateTime& at, const ApiKey& key,
                    const QString& action, const QJsonObject& details = {});
QJsonObject keySnapshot(const ApiKey& key); // metadata only, never a secret
QJsonValue timeValue(const std::optional<QDateTime>& time);
Result<void> writeAudit(Store& store, const AuditEvent& event);

} // namespace keydesk::ServiceSupport
