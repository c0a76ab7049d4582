// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QHostAddress>
#include <QString>
#include <QUrl>

// One line per request on stderr (category keydesk.server):
//   127.0.0.1 GET /api/rest/v1/api_keys?cursor&per_page 200 1.4ms key#7
// Never a header, a body or a query value; path segments that are not plain words or numbers
// are shown as "*" (a key pasted into the wrong place must not end up in the log).
namespace keydesk::server::AccessLog {

struct Entry {
    QHostAddress peer;
    QByteArrayView method;
    QString target; // from safeTarget()
    int status = 0;
    qint64 durationUs = 0;
    qint64 keyId = 0; // the authenticated key, 0 when none
};

QString safeTarget(const QUrl& url);
QString safeTarget(QByteArrayView requestTarget); // the raw target of a request line
void write(const Entry& entry);

} // namespace keydesk::server::AccessLog
