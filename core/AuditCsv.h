// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditEvent.h"

#include <QList>
#include <QString>
#include <QStringList>

// CSV export of the audit log (issue 6): RFC 4180 (CRLF line ends; fields with a comma, quote,
// CR or LF quoted, quotes doubled) with a formula-injection guard: a cell that starts with
// = + - or @ gets a leading single quote, so a spreadsheet shows it as text.
namespace keydesk::AuditCsv {

QString cell(const QString& value);
QString row(const QStringList& cells); // with the CRLF
QString header();
QString event(const AuditEvent& e);
QString document(const QList<AuditEvent>& events); // header and one row per event

} // namespace keydesk::AuditCsv
