// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKey.h"
#include "AuditEvent.h"
#include "Principal.h"
#include "Site.h"
#include "User.h"

#include <QHash>
#include <QList>
#include <QString>

// Human-readable output of keydeskctl (times in UTC, as in --json).
namespace keydesk::cli::TextFormat {

QString time(const std::optional<QDateTime>& t, const QString& none = QStringLiteral("-"));
QString keyDetails(const ApiKey& key, const QDateTime& now);
QString keyTable(const QList<ApiKey>& keys, const QDateTime& now);
QString siteDetails(const Site& site);
QString siteTable(const QList<Site>& sites);
QString userTable(const QList<User>& users);
// Actors by username where `userNames` knows them (else "user #N").
QString auditTable(const QList<AuditEvent>& events, const QHash<qint64, QString>& userNames = {});
QString principalLine(const Principal& principal, const QString& siteSubdomain);

} // namespace keydesk::cli::TextFormat
