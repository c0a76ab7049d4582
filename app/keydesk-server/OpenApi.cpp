// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenApi.h"

#include "PermissionSet.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace keydesk::server::OpenApi {

namespace {
QJsonObject typeSchema(const Field& f)
{
    QJsonObject s;
    switch (f.type) {
    case FieldType::String:
        s = {{QStringLiteral("type"), QStringLiteral("string")}};
        break;
    case FieldType::Integer:
        s = {{QStringLiteral("type"), QStringLiteral("integer")},
             {QStringLiteral("format"), QStringLiteral("int64")}};
        break;
    case FieldType::Boolean:
        s = {{QStringLiteral("type"), QStringLiteral("boolean")}};
        break;
    case FieldType::DateTime:
        s = {{QStringLiteral("type"), QStringLiteral("string")},
             {QStringLiteral("format"), QStringLiteral("date-time")}};
        break;
    case FieldType::PermissionSet:
        s = {{QStringLiteral("type"), QStringLiteral("string")},
             {QStringLiteral("enum"), QJsonArray::fromStringList(permissionSetNames())}};
        break;
    case FieldType::IntegerList:
        s = {{QStringLiteral("type"), QStringLiteral("array")},
             {QStringLiteral("items"),
              QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")},
                          {QStringLiteral("format"), QStringLiteral("int64")}}}};
        break;
    case FieldType::Role:
        s = {{QStringLiteral("type"), QStringLiteral("string")},
             {QStringLiteral("enum"),
              QJsonArray{QStringLiteral("site_admin"), QStringLiteral("helpdesk"),
                         QStringLiteral("user")}}};
        break;
    }
    if (f.nullable)
        s.insert(QStringLiteral("nullable"), true);
    return s;
}

QJsonObject queryParameter(const Field& f)
{
    const qsizetype bracket = f.name.indexOf(QLatin1String("[FIELD]"));
    if (bracket < 0)
        return {{QStringLiteral("name"), f.name},
                {QStringLiteral("in"), QStringLiteral("query")},
                {QStringLiteral("description"), f.description},
                {QStringLiteral("schema"), typeSchema(f)}};
    const QJsonObject direction{
        {QStringLiteral("type"), QStringLiteral("string")},
        {QStringLiteral("enum"), QJsonArray{QStringLiteral("asc"), QStringLiteral("desc")}}};
    return {{QStringLiteral("name"), f.name.first(bracket)},
            {QStringLiteral("in"), QStringLiteral("query")},
            {QStringLiteral("style"), QStringLiteral("deepObject")},
            {QStringLiteral("explode"), true},
            {QStringLiteral("description"), f.description},
            {QStringLiteral("schema"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                         {QStringLiteral("additionalProperties"), direction}}}};
}

QJsonArray parameters(const Route& r)
{
    QJsonArray out;
    if (r.hasId())
        out.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("id")},
                               {QStringLiteral("in"), QStringLiteral("path")},
                               {QStringLiteral("required"), true},
                               {QStringLiteral("schema"),
                                typeSchema(Field{QString(), FieldType::Integer, QString()})}});
    for (const Field& f : r.query)
        out.append(queryParameter(f));
    return out;
}

QJsonObject requestBody(const Route& r)
{
    QJsonObject properties;
    QJsonArray required;
    for (const Field& f : r.body) {
        QJsonObject s = typeSchema(f);
        s.insert(QStringLiteral("description"), f.description);
        properties.insert(f.name, s);
        if (f.required)
            required.append(f.name);
    }
    QJsonObject schema{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("additionalProperties"), false},
                       {QStringLiteral("properties"), properties}};
    if (!required.isEmpty())
        schema.insert(QStringLiteral("required"), required);
    const QJsonObject json{{QStringLiteral("schema"), schema}};
    return {{QStringLiteral("required"), !required.isEmpty()},
            {QStringLiteral("content"), QJsonObject{{QStringLiteral("application/json"), json}}}};
}

QJsonObject success(const Route& r)
{
    QJsonObject out{{QStringLiteral("description"), r.summary}};
    if (r.schema.isEmpty() && r.status == 204)
        return out;
    QJsonObject schema;
    const QJsonObject ref{
        {QStringLiteral("$ref"), QString(QStringLiteral("#/components/schemas/") + r.schema)}};
    if (r.schema.isEmpty())
        schema = {{QStringLiteral("type"), QStringLiteral("object")}};
    else if (r.array)
        schema = {{QStringLiteral("type"), QStringLiteral("array")},
                  {QStringLiteral("items"), ref}};
    else
        schema = ref;
    if (r.contentType != QLatin1String("application/json"))
        schema = {{QStringLiteral("type"), QStringLiteral("string")}};
    out.insert(QStringLiteral("content"),
               QJsonObject{{r.contentType, QJsonObject{{QStringLiteral("schema"), schema}}}});
    if (r.ownQueryCheck && r.array) { // the cursor-paged lists
        const QJsonObject cursor{
            {QStringLiteral("description"), QStringLiteral("Cursor of the next page, if any")},
            {QStringLiteral("schema"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}};
        out.insert(QStringLiteral("headers"),
                   QJsonObject{{QStringLiteral("X-Files-Cursor"), cursor},
                               {QStringLiteral("X-Files-Cursor-Next"), cursor}});
    }
    return out;
}

QJsonObject responses(const Route& r)
{
    QJsonObject out{{QString::number(r.status), success(r)}};
    const QJsonObject error{
        {QStringLiteral("$ref"), QStringLiteral("#/components/responses/Error")}};
    const QStringList codes =
        r.authenticated
            ? QStringList{QStringLiteral("400"), QStringLiteral("401"), QStringLiteral("403"),
                          QStringLiteral("404"), QStringLiteral("429"), QStringLiteral("503")}
            : QStringList{QStringLiteral("503")};
    for (const QString& code : codes)
        out.insert(code, error);
    return out;
}

QJsonObject operation(const Route& r)
{
    QJsonObject op{{QStringLiteral("operationId"), r.operationId},
                   {QStringLiteral("summary"), r.summary},
                   {QStringLiteral("responses"), responses(r)}};
    if (const QJsonArray p = parameters(r); !p.isEmpty())
        op.insert(QStringLiteral("parameters"), p);
    if (r.takesBody())
        op.insert(QStringLiteral("requestBody"), requestBody(r));
    if (!r.authenticated)
        op.insert(QStringLiteral("security"), QJsonArray());
    return op;
}

QJsonObject components()
{
    QFile file(QStringLiteral(":/keydesk-server/openapi-components.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}
} // namespace

QJsonObject document(const std::deque<Route>& routes, const QString& version)
{
    QJsonObject paths;
    for (const Route& r : routes) {
        QJsonObject item = paths.value(r.path).toObject();
        item.insert(methodName(r.method).toLower(), operation(r));
        paths.insert(r.path, item);
    }
    const QJsonObject info{
        {QStringLiteral("title"), QStringLiteral("KeyDesk REST API")},
        {QStringLiteral("version"), version},
        {QStringLiteral("description"),
         QStringLiteral("Files.com-compatible API-key management (see docs/rest-api.md).")}};
    return {{QStringLiteral("openapi"), QStringLiteral("3.0.3")},
            {QStringLiteral("info"), info},
            {QStringLiteral("servers"),
             QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("/api/rest/v1")}}}},
            {QStringLiteral("security"),
             QJsonArray{QJsonObject{{QStringLiteral("apiKey"), QJsonArray()}}}},
            {QStringLiteral("components"), components()},
            {QStringLiteral("paths"), paths}};
}

} // namespace keydesk::server::OpenApi
