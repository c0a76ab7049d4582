// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKey.h"
#include "AuditEvent.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace keydesk {

enum class KeySortField { Id, Name, CreatedAt, ExpiresAt, LastUseAt };
QString nameOf(KeySortField field);
std::optional<KeySortField> parseKeySortField(const QString& text);

enum class KeyKindFilter { SiteWide, User, S3 };
std::optional<KeyKindFilter> parseKeyKindFilter(const QString& text);

// One page of a site's keys, filtered and sorted by the store (keyset pagination).
struct KeyQuery {
    qint64 siteId = 0;
    std::optional<qint64> userId; // only this owner's keys
    bool userKeysOnly = false;    // hide site-wide keys (help desk, E1)
    std::optional<KeyKindFilter> kind;
    std::optional<KeyStatus> status; // Active includes Expiring
    QString text;                    // substring of name, description or prefix
    KeySortField sortBy = KeySortField::Id;
    bool descending = false;
    int limit = 100;
    QString cursor; // opaque, from the previous page
    QDateTime now;  // for status filters
    int expiringWindowDays = 7;
    std::optional<QDateTime> expiresBefore;    // expires_at < this (keys without expiry never)
    std::optional<QDateTime> expiresAtOrAfter; // expires_at >= this
    // Not used since this time: last_use_at before it, or never used and created before it.
    std::optional<QDateTime> unusedSince;
};

struct KeyPage {
    QList<ApiKey> keys;
    QString nextCursor; // empty on the last page
};

enum class AuditScope { All, UserKeys, OwnKeys };

struct AuditQuery {
    qint64 siteId = 0;
    AuditScope scope = AuditScope::All;
    std::optional<qint64> ownerUserId; // for OwnKeys
    std::optional<qint64> keyId;
    std::optional<qint64> actorUserId; // events by this user (issue 6)
    QString action;                    // exact action, e.g. "key.revoke"; empty: any
    QDateTime since;                   // at >= since, when valid
    QDateTime until;                   // at < until, when valid
    int limit = 100;
    QString cursor; // newest first
};

struct AuditPage {
    QList<AuditEvent> events;
    QString nextCursor;
};

} // namespace keydesk
