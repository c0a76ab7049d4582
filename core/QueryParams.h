// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "KeyQuery.h"

#include <QUrlQuery>

// The query parameters of the REST API's list endpoints (docs/rest-api.md), both ways: the
// server parses them into store queries, the REST client writes them from the same structs.
// Unknown, repeated or malformed parameters are errors with Files.com types
// (bad-request/invalid-sort-field, bad-request/invalid-filter-field, bad-request/user-id-invalid,
// bad-request/invalid-parameter). Cursors are checked by the store (bad-request/invalid-cursor).
namespace keydesk::QueryParams {

inline constexpr int kDefaultPerPage = 1000;
inline constexpr int kMaxPerPage = 10000;

// GET /api_keys: user_id (0 = the caller: kept as 0 for the server to substitute), per_page,
// cursor, sort_by[FIELD]=asc|desc, filter[status], filter[kind], filter[search],
// filter_lt[expires_at], filter_gteq[expires_at], filter_lt[last_use_at] (ISO 8601; never-used
// keys count from created_at), site_id (the result's siteId stays 0 when absent).
Result<KeyQuery> keyQuery(const QUrlQuery& query);
// The reverse, for a client; userKeysOnly travels as filter[kind]=user (when no kind is set).
QUrlQuery fromKeyQuery(const KeyQuery& query);

// GET /audit_events: site_id, api_key_id, actor_user_id, action, start_at, end_at, per_page,
// cursor.
Result<AuditQuery> auditQuery(const QUrlQuery& query);
QUrlQuery fromAuditQuery(const AuditQuery& query);

QString nameOf(KeyKindFilter kind); // site_wide, user, s3

} // namespace keydesk::QueryParams
