// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "S3Http.h"

#include <QDateTime>
#include <QStringList>
#include <expected>

namespace keydesk::server::s3 {

// An S3 error: its code (InvalidAccessKeyId, NoSuchKey, ...), HTTP status and message.
struct S3Error {
    QByteArray code;
    int status = 400;
    QString message;
};
template <typename T> using S3Result = std::expected<T, S3Error>;

S3Error s3Error(QByteArrayView code, const QString& message); // status from the code
std::unexpected<S3Error> fail(QByteArrayView code, const QString& message);

// <Error><Code/><Message/><Resource/><RequestId/></Error>; HEAD responses carry no body.
HttpResponse errorResponse(const S3Error& error, const QString& resource,
                           const QByteArray& requestId, bool headOnly);

struct ObjectEntry {
    QString key;
    qint64 size = 0;
    QByteArray etag; // without quotes
    QDateTime modified;
};

struct ListV2Result {
    QString bucket;
    QString prefix;
    QString delimiter;
    QString startAfter;
    QString continuationToken;
    QString nextContinuationToken; // empty unless truncated
    int maxKeys = 1000;
    bool truncated = false;
    bool urlEncoded = false; // encoding-type=url
    QList<ObjectEntry> contents;
    QStringList commonPrefixes;
};

QByteArray listBucketsXml(const QString& owner, const QString& bucket, const QDateTime& created);
QByteArray listObjectsV2Xml(const ListV2Result& result);
QByteArray locationXml();
QByteArray initiateMultipartXml(const QString& bucket, const QString& key, const QString& uploadId);
QByteArray completeMultipartXml(const QString& bucket, const QString& key, const QByteArray& etag);

// The parts listed in a CompleteMultipartUpload body: (part number, ETag without quotes).
S3Result<QList<std::pair<int, QByteArray>>> parseCompleteMultipart(const QByteArray& xml);

// DeleteObjects: <Delete><Quiet/><Object><Key/></Object>...</Delete>, at most 1000 keys.
struct DeleteRequest {
    QStringList keys;
    bool quiet = false;
};
S3Result<DeleteRequest> parseDeleteObjects(const QByteArray& xml);

struct DeleteResult {
    QStringList deleted;
    QList<std::pair<QString, S3Error>> errors;
    bool quiet = false; // report errors only
};
QByteArray deleteResultXml(const DeleteResult& result);

QByteArray quotedEtag(const QByteArray& etag);
QByteArray isoTime(const QDateTime& time); // 2026-11-28T18:20:01.000Z

} // namespace keydesk::server::s3
