// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonInput.h"

#include "Validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

namespace keydesk::server {

namespace {
constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53

bool isInteger(const QJsonValue& v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) <= kMaxExactInteger;
}

bool matchesType(FieldType type, const QJsonValue& v)
{
    switch (type) {
    case FieldType::String:
        return v.isString();
    case FieldType::Integer:
        return isInteger(v);
    case FieldType::Boolean:
        return v.isBool();
    case FieldType::DateTime:
        return v.isString() && JsonInput::parseTime(v.toString()).has_value();
    case FieldType::PermissionSet:
        return v.isString() && parsePermissionSet(v.toString()).has_value();
    case FieldType::Role:
        return v.isString() && parseRole(v.toString()).has_value();
    case FieldType::IntegerList: {
        const QJsonArray items = v.toArray();
        return v.isArray() && std::all_of(items.begin(), items.end(), isInteger);
    }
    }
    return false;
}

const Field* findField(const QList<Field>& fields, const QString& name)
{
    for (const Field& f : fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}
} // namespace

ApiError invalidBody(const QString& message)
{
    return ErrorResponse::make(400, QStringLiteral("bad-request/invalid-body"), message);
}

QString JsonInput::typeName(FieldType type)
{
    switch (type) {
    case FieldType::String:
        return QStringLiteral("a string");
    case FieldType::Integer:
        return QStringLiteral("an integer");
    case FieldType::Boolean:
        return QStringLiteral("true or false");
    case FieldType::DateTime:
        return QStringLiteral("an ISO 8601 time with a zone, e.g. 2026-11-28T15:14:00Z");
    case FieldType::PermissionSet:
        return QStringLiteral("one of ") + permissionSetNames().join(QStringLiteral(", "));
    case FieldType::Role:
        return QStringLiteral("one of site_admin, helpdesk, user");
    case FieldType::IntegerList:
        return QStringLiteral("an array of integers");
    }
    return {};
}

std::optional<QDateTime> JsonInput::parseTime(const QString& text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime || !text.contains(QLatin1Char('T')))
        return std::nullopt; // a time without a zone would mean the server's local time
    return t.toUTC();
}

QString JsonInput::typeError(const Field& field, const QJsonValue& value)
{
    if (value.isNull() && field.nullable)
        return {};
    if (matchesType(field.type, value))
        return {};
    return QStringLiteral("%1 must be %2%3")
        .arg(field.name, typeName(field.type),
             field.nullable ? QStringLiteral(" or null") : QString());
}

std::expected<JsonInput, ApiError> JsonInput::parse(const QByteArray& body,
                                                    const QList<Field>& fields)
{
    QJsonObject object;
    if (!body.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError)
            return std::unexpected(invalidBody(QStringLiteral("The body is not valid JSON")));
        if (!doc.isObject())
            return std::unexpected(invalidBody(QStringLiteral("The body must be a JSON object")));
        object = doc.object();
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const Field* field = findField(fields, it.key());
        if (!field)
            return std::unexpected(
                invalidBody(QStringLiteral("Unknown field %1").arg(Validation::echo(it.key()))));
        if (const QString e = typeError(*field, it.value()); !e.isEmpty())
            return std::unexpected(invalidBody(e));
    }
    for (const Field& f : fields) {
        if (f.required && (!object.contains(f.name) || object.value(f.name).isNull()))
            return std::unexpected(invalidBody(QStringLiteral("%1 is required").arg(f.name)));
    }
    return JsonInput(std::move(object));
}

QString JsonInput::string(const QString& name) const
{
    return m_object.value(name).toString();
}

std::optional<qint64> JsonInput::integer(const QString& name) const
{
    const QJsonValue v = m_object.value(name);
    return v.isDouble() ? std::optional<qint64>(static_cast<qint64>(v.toDouble())) : std::nullopt;
}

QList<qint64> JsonInput::integers(const QString& name) const
{
    QList<qint64> out;
    for (const QJsonValue& v : m_object.value(name).toArray())
        out << static_cast<qint64>(v.toDouble());
    return out;
}

std::optional<bool> JsonInput::boolean(const QString& name) const
{
    const QJsonValue v = m_object.value(name);
    return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

std::optional<QDateTime> JsonInput::time(const QString& name) const
{
    const QJsonValue v = m_object.value(name);
    return v.isString() ? parseTime(v.toString()) : std::nullopt;
}

std::optional<PermissionSet> JsonInput::permissionSet(const QString& name) const
{
    const QJsonValue v = m_object.value(name);
    return v.isString() ? parsePermissionSet(v.toString()) : std::nullopt;
}

std::optional<Role> JsonInput::role(const QString& name) const
{
    const QJsonValue v = m_object.value(name);
    return v.isString() ? parseRole(v.toString()) : std::nullopt;
}

} // namespace keydesk::server
