// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace keydesk {

// Bulk actions (issue 6): one confirmed action on many keys, one transaction, one audit event
// per key. All or nothing: when the policy refuses any key of the selection, nothing changes
// and the error names every refused key and why.
enum class BulkAction { Disable, Revoke };
QString nameOf(BulkAction action); // "disable", "revoke"
std::optional<BulkAction> parseBulkAction(const QString& text);

// The keys a bulk action is about: these ids, or every key of one user (e.g. when they leave).
struct KeySelection {
    QList<qint64> ids;
    std::optional<qint64> userId;

    bool isEmpty() const { return ids.isEmpty() && !userId; }
};

struct BulkResult {
    BulkAction action = BulkAction::Disable;
    QList<qint64> changed;   // disabled or revoked now, in selection order
    QList<qint64> unchanged; // already disabled (disable only): nothing written
};

// The wire form (REST and keydeskctl --json): {"action", "ids", "unchanged_ids"}.
QJsonObject toJson(const BulkResult& result);
std::optional<BulkResult> bulkResultFromJson(const QJsonObject& object);

} // namespace keydesk
