// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKey.h"
#include "AuditEvent.h"
#include "Error.h"
#include "SecretBytes.h"
#include "Site.h"
#include "User.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <string_view>

// The reverse of JsonFormat: the server's JSON back into core objects. Every field the REST
// contract promises is checked; a missing or mistyped one is a StoreFailure naming the field
// (the server is broken or is not a KeyDesk server), never a half-filled object.
namespace keydesk::JsonParse {

Result<QJsonObject> object(const QByteArray& body, const QString& server);
Result<QJsonArray> array(const QByteArray& body, const QString& server);

Result<ApiKey> key(const QJsonObject& o, const QString& server);
Result<Site> site(const QJsonObject& o, const QString& server);
Result<User> user(const QJsonObject& o, const QString& server);
Result<AuditEvent> auditEvent(const QJsonObject& o, const QString& server);

template <typename T>
Result<QList<T>> list(const QJsonArray& items, const QString& server,
                      Result<T> (*parse)(const QJsonObject&, const QString&))
{
    QList<T> out;
    out.reserve(items.size());
    for (const QJsonValue& item : items) {
        auto parsed = parse(item.toObject(), server);
        if (!parsed)
            return std::unexpected(parsed.error());
        out << std::move(*parsed);
    }
    return out;
}

// The string value of the top-level member `name` of the JSON object in `raw`, copied into
// wiped memory; its bytes in `raw` are overwritten with '*' so that the JSON parser, whose
// copies cannot be wiped, never sees it. Empty when there is no such string member.
SecretBytes takeSecret(QByteArray& raw, std::string_view name);

} // namespace keydesk::JsonParse
