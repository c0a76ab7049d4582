// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BulkAction.h"
#include "Clock.h"
#include "Error.h"
#include "KeyQuery.h"
#include "Principal.h"
#include "Requests.h"
#include "RotationGrace.h"
#include "SecretBox.h"
#include "Store.h"

#include <functional>

namespace keydesk {

// The key use cases. Each one: policy check (AccessPolicy) before any write, validation,
// the write and its audit event in one transaction.
class KeyService {
public:
    KeyService(Store& store, const KekRing* keks, Clock clock = systemClock());

    Result<CreatedKey> createKey(const Principal& principal, const CreateKeyRequest& request);
    Result<ApiKey> key(const Principal& principal, qint64 id);
    Result<KeyPage> listKeys(const Principal& principal, KeyQuery query);
    Result<ApiKey> updateKey(const Principal& principal, qint64 id, const KeyUpdate& update);
    Result<ApiKey> disableKey(const Principal& principal, qint64 id);
    Result<ApiKey> enableKey(const Principal& principal, qint64 id,
                             std::optional<PermissionSet> permissionSet = std::nullopt);
    Result<void> revokeKey(const Principal& principal, qint64 id);
    // Rolls a key: a replacement with the same name, owner, permission set, S3 flag and
    // description (revealed once), and the old key expiring after `grace`. One transaction.
    Result<CreatedKey> rotateKey(const Principal& principal, qint64 id, RotationGrace grace);
    Result<AuditPage> listAudit(const Principal& principal, AuditQuery query);

    // Bulk disable/revoke (issue 6, KeyBulk.cpp): all or nothing, one audit event per key.
    Result<BulkResult> bulkChange(const Principal& principal, BulkAction action,
                                  const KeySelection& selection);
    Result<BulkResult> disableKeys(const Principal& principal, const QList<qint64>& ids)
    {
        return bulkChange(principal, BulkAction::Disable, KeySelection{ids, {}});
    }
    Result<BulkResult> revokeKeys(const Principal& principal, const QList<qint64>& ids)
    {
        return bulkChange(principal, BulkAction::Revoke, KeySelection{ids, {}});
    }
    Result<BulkResult> disableKeysForUser(const Principal& principal, qint64 userId)
    {
        return bulkChange(principal, BulkAction::Disable, KeySelection{{}, userId});
    }
    Result<BulkResult> revokeKeysForUser(const Principal& principal, qint64 userId)
    {
        return bulkChange(principal, BulkAction::Revoke, KeySelection{{}, userId});
    }

private:
    struct Loaded {
        ApiKey key;
        Site site;
        Role role; // the principal's effective role on the key's site
    };
    using Change = std::function<Result<QString>(Loaded&, QJsonObject& changes)>;
    Result<ApiKey> mutate(const Principal& principal, qint64 id, const Change& change);
    Result<Loaded> loadVisible(const Principal& principal, qint64 id);
    Result<void> validateNewKey(const CreateKeyRequest& request, const Site& site) const;
    Result<void> checkOwner(const CreateKeyRequest& request, const Site& site);
    Result<QString> applyUpdate(const Principal& principal, Loaded& l, const KeyUpdate& update,
                                QJsonObject& changes) const;
    Result<void> checkRollable(const Principal& principal, const Loaded& l) const;
    Result<CreatedKey> insertReplacement(const Principal& principal, const Loaded& l);
    Result<void> applyPermission(const Principal& principal, Loaded& l, PermissionSet wanted,
                                 QJsonObject& changes) const;
    Result<QList<qint64>> keysOfUser(const Principal& principal, qint64 userId);
    Result<QList<Loaded>> loadBatch(const Principal& principal, BulkAction action,
                                    const QList<qint64>& ids);
    Result<bool> applyBulk(const Principal& principal, BulkAction action, Loaded& l,
                           const QJsonObject& bulk);

    Store& m_store;
    const KekRing* m_keks;
    Clock m_clock;
};

} // namespace keydesk
