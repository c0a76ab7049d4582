// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKey.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace keydesk {

// One change, written in the same transaction as the change (E2). The key's kind and owner
// are copied in so the event stays readable, and visible to the right people, after revoke.
struct AuditEvent {
    qint64 id = 0;
    QDateTime at;
    qint64 siteId = 0;
    std::optional<qint64> actorUserId;
    std::optional<qint64> actorKeyId;
    QString action; // "key.create", "key.revoke", "site.update", ...
    std::optional<qint64> targetKeyId;
    std::optional<KeyKind> keyKind;
    std::optional<qint64> keyOwnerId;
    QJsonObject details; // never a secret
};

} // namespace keydesk
