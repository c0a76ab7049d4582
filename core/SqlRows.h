// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKey.h"
#include "Site.h"
#include "User.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>
#include <optional>

// Conversions between domain types and rows. Times are UTC milliseconds since the epoch in
// every dialect, so they sort and compare the same in SQLite and PostgreSQL.
namespace keydesk::SqlRows {

qint64 toMs(const QDateTime& time);
QDateTime fromMs(qint64 ms);
QVariant optionalTime(const std::optional<QDateTime>& time);
QVariant optionalId(const std::optional<qint64>& id);
// QtSql binds a null QString as NULL; NOT NULL text columns get "" instead.
QVariant text(const QString& value);
std::optional<QDateTime> readOptionalTime(const QVariant& value);
std::optional<qint64> readOptionalId(const QVariant& value);

extern const char* const kSiteColumns;
extern const char* const kUserColumns;
extern const char* const kKeyColumns;   // prefixed "k.", plus the owner's username
extern const char* const kOwnerColumns; // kUserColumns prefixed "u."

Site readSite(const QSqlQuery& q);
User readUser(const QSqlQuery& q, int offset = 0);
ApiKey readKey(const QSqlQuery& q);
int keyColumnCount();

} // namespace keydesk::SqlRows
