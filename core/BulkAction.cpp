// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkAction.h"

#include <QJsonArray>

namespace keydesk {

namespace {
QJsonArray idArray(const QList<qint64>& ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

std::optional<QList<qint64>> idList(const QJsonValue& value)
{
    if (!value.isArray())
        return std::nullopt;
    QList<qint64> ids;
    for (const QJsonValue& v : value.toArray()) {
        if (!v.isDouble())
            return std::nullopt;
        ids << v.toInteger();
    }
    return ids;
}
} // namespace

QString nameOf(BulkAction action)
{
    return action == BulkAction::Revoke ? QStringLiteral("revoke") : QStringLiteral("disable");
}

std::optional<BulkAction> parseBulkAction(const QString& text)
{
    if (text == QLatin1String("revoke"))
        return BulkAction::Revoke;
    if (text == QLatin1String("disable"))
        return BulkAction::Disable;
    return std::nullopt;
}

QJsonObject toJson(const BulkResult& result)
{
    return QJsonObject{{QStringLiteral("action"), nameOf(result.action)},
                       {QStringLiteral("ids"), idArray(result.changed)},
                       {QStringLiteral("unchanged_ids"), idArray(result.unchanged)}};
}

std::optional<BulkResult> bulkResultFromJson(const QJsonObject& object)
{
    const auto action = parseBulkAction(object.value(QStringLiteral("action")).toString());
    const auto changed = idList(object.value(QStringLiteral("ids")));
    const auto unchanged = idList(object.value(QStringLiteral("unchanged_ids")));
    if (!action || !changed || !unchanged)
        return std::nullopt;
    return BulkResult{*action, *changed, *unchanged};
}

} // namespace keydesk
