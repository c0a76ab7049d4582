// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ErrorResponse.h"
#include "PermissionSet.h"
#include "Role.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace keydesk::server {

enum class FieldType { String, Integer, Boolean, DateTime, PermissionSet, Role, IntegerList };

// One parameter of an endpoint, in the JSON body (POST, PATCH) or the query (GET, DELETE).
// The route table lists them; the same list validates requests and writes the OpenAPI document.
struct Field {
    QString name;
    FieldType type = FieldType::String;
    QString description;
    bool required = false;
    bool nullable = false; // null has a meaning (e.g. expires_at: never)
};

// A request body checked against its endpoint's fields: an empty body counts as {}; anything
// but a JSON object, unknown fields, wrong types and missing required fields are refused with
// 400 bad-request/invalid-body naming the field (never echoing the value). After parse() the
// getters cannot fail: a value of the wrong type never gets this far.
class JsonInput {
public:
    static std::expected<JsonInput, ApiError> parse(const QByteArray& body,
                                                    const QList<Field>& fields);

    bool has(const QString& name) const { return m_object.contains(name); }
    bool isNull(const QString& name) const { return m_object.value(name).isNull(); }
    QString string(const QString& name) const; // "" when absent or null
    std::optional<qint64> integer(const QString& name) const;
    QList<qint64> integers(const QString& name) const; // empty when absent or null
    std::optional<bool> boolean(const QString& name) const;
    std::optional<QDateTime> time(const QString& name) const;
    std::optional<PermissionSet> permissionSet(const QString& name) const;
    std::optional<Role> role(const QString& name) const;

    // Validation of one value against a type, shared with query parameters. Empty: fine.
    static QString typeError(const Field& field, const QJsonValue& value);
    static std::optional<QDateTime> parseTime(const QString& text);
    static QString typeName(FieldType type);

private:
    explicit JsonInput(QJsonObject object)
        : m_object(std::move(object))
    {}

    QJsonObject m_object;
};

ApiError invalidBody(const QString& message);

} // namespace keydesk::server
