// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// One category per server module. Nothing logged here may contain a key, a secret, a request
// body or a query value: requests are logged by route, status and timing only.
Q_DECLARE_LOGGING_CATEGORY(lcServer)     // keydesk.server: start, stop and the access log
Q_DECLARE_LOGGING_CATEGORY(lcConnection) // keydesk.server.connection: framing, TLS, timeouts
Q_DECLARE_LOGGING_CATEGORY(lcRequest)    // keydesk.server.request: auth failures, rate limits
Q_DECLARE_LOGGING_CATEGORY(lcS3)         // keydesk.server.s3: the S3 listener and its objects

namespace keydesk::server {
// Log lines on stderr as "2026-11-28T18:20:01.123Z category: message", one write per line,
// with the timestamp text cached per second (the access log writes a line per request).
// QT_MESSAGE_PATTERN, when set, wins.
void installLogFormat();
} // namespace keydesk::server
