// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "KeyQuery.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>

// The key inventory of a site as CSV, like AWS's credential report: metadata only (never a key
// or secret). RFC 4180 (quoted where needed, CRLF), UTF-8, and every cell that a spreadsheet
// would read as a formula (= + - @, tab, CR) prefixed with a single quote (OWASP CSV injection).
namespace keydesk::KeyReport {

using PageSource = std::function<Result<KeyPage>(const KeyQuery&)>;

// Every key `query` selects, page by page (the caller's listKeys checks the policy).
Result<QList<ApiKey>> collect(const PageSource& source, KeyQuery query);

QString csvCell(const QString& value);
QStringList header();
QStringList row(const ApiKey& key, const QDateTime& now);
QByteArray csv(const QList<ApiKey>& keys, const QDateTime& now);

} // namespace keydesk::KeyReport
