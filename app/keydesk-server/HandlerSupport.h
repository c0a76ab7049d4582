// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ErrorResponse.h"
#include "JsonInput.h"

#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>

// Small pieces every resource handler uses.
namespace keydesk::server {

inline QHttpServerResponse jsonResponse(const QJsonObject& object, int status = 200)
{
    return QHttpServerResponse(object, static_cast<QHttpServerResponse::StatusCode>(status));
}

inline QHttpServerResponse jsonResponse(const QJsonArray& array)
{
    return QHttpServerResponse(array);
}

inline QHttpServerResponse noContent()
{
    return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
}

inline std::unexpected<ApiError> coreError(const Error& error)
{
    return std::unexpected(ErrorResponse::fromCore(error));
}

// The E3 site_id parameter, as a query or body field.
inline Field siteIdField(const QString& description = QStringLiteral(
                             "E3: a child site of the caller's site (default: the caller's)"))
{
    return Field{QStringLiteral("site_id"), FieldType::Integer, description};
}

} // namespace keydesk::server
