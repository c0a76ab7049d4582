// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QByteArray>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QList>
#include <expected>
#include <utility>

namespace keydesk::server {

// An error on its way to the client as Files.com error JSON:
// {"error": message, "http-code": status, "title": "Site Admin Required", "type": type}, plus
// "message_template" and "message_args" when core's message is a translatable text, so that a
// client can show it in its user's language ("User %1 not found", ["\"bob\""]).
struct ApiError {
    int status = 500;
    QString type;    // Files.com type, e.g. "not-authenticated/invalid-credentials"
    QString message; // one English sentence, never a secret
    QList<std::pair<QByteArray, QByteArray>> headers = {}; // e.g. Retry-After, Allow
    Text text = {}; // message as template and arguments, when core made it so
};

// What a handler returns: a response, or an error the router turns into one.
using Reply = std::expected<QHttpServerResponse, ApiError>;

namespace ErrorResponse {
// Core ErrorCode -> HTTP status as docs/rest-api.md says.
int statusOf(const Error& error);
ApiError fromCore(const Error& error);
ApiError make(int status, const QString& type, const QString& message);
// "not-authorized/site-admin-required" -> "Site Admin Required".
QString title(const QString& type);
QJsonObject body(const ApiError& error);
QHttpServerResponse response(const ApiError& error);
// A complete HTTP/1.1 response that closes the connection, for errors found before
// QHttpServer sees the request (oversized bodies, malformed framing).
QByteArray rawClosingResponse(const ApiError& error);
} // namespace ErrorResponse

} // namespace keydesk::server
