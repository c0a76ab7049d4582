// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <memory>
#include <optional>
#include <utility>

class QFile;

namespace keydesk::server::s3 {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// One HTTP/1.1 request head as the S3 listener received it. Path and query stay exactly as
// sent: Signature Version 4 signs them that way.
struct HttpHead {
    QByteArray method;
    QByteArray rawPath;  // before '?', percent-encoded as sent
    QByteArray rawQuery; // after '?'
    QByteArray version;  // "HTTP/1.1"
    HeaderList headers;  // as sent
    qint64 contentLength = 0;
    bool expectContinue = false;
    bool keepAlive = true;

    // The value of a header (case-insensitive name); repeats joined with ",". Empty if absent.
    QByteArray header(QByteArrayView lowerName) const;
    bool hasHeader(QByteArrayView lowerName) const;
};

enum class HeadStatus {
    Incomplete,    // need more bytes
    Complete,      // `head` filled, its bytes taken from the buffer
    TooLarge,      // 431
    Malformed,     // 400
    LengthRequired // chunked or other transfer codings: 411
};

// Takes one request head from the front of `buffer` (at most `maxHead` bytes).
HeadStatus takeHead(QByteArray& buffer, HttpHead& head, qsizetype maxHead);

// Decoded query parameters ("a=1&b&c=x%20y"), in order; '+' is a space.
using QueryItems = QList<std::pair<QString, QString>>;
QueryItems parseQuery(QByteArrayView rawQuery);
bool hasQueryItem(const QueryItems& items, QStringView name);
QString queryValue(const QueryItems& items, QStringView name);

// Percent-decodes a path (no '+' rule: in a path '+' is itself). nullopt on bad escapes or
// bytes that are not UTF-8.
std::optional<QString> decodePath(QByteArrayView rawPath);

// What the connection sends back: a body in memory, or a byte range of a file streamed from
// disk. HEAD responses announce the length and send no body.
struct HttpResponse {
    int status = 200;
    HeaderList headers;
    QByteArray body;
    std::shared_ptr<QFile> file; // when set, `fileLength` bytes from `fileOffset`
    qint64 fileOffset = 0;
    qint64 fileLength = 0;
    bool headOnly = false;
    bool close = false; // close the connection once sent

    qint64 contentLength() const { return file ? fileLength : body.size(); }
    void setHeader(const QByteArray& name, const QByteArray& value);
};

QByteArray serializeHead(const HttpResponse& response, bool keepAlive);
QByteArray reasonPhrase(int status);
QByteArray httpDate(const QDateTime& time); // RFC 7231 IMF-fixdate

} // namespace keydesk::server::s3
