// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Requests for tst_SigV4: the AWS test suite's raw form, the S3 documentation's examples and
// the entries printed by sigv4_botocore.py.

#include "SigV4.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace sigv4test {

using keydesk::sigv4::HttpRequest;

inline const QDateTime kSuiteTime(QDate(2015, 8, 30), QTime(12, 36), Qt::UTC);
inline const QDateTime kS3DocTime(QDate(2013, 5, 24), QTime(0, 0), Qt::UTC);
inline const QByteArray kSuiteSecret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
inline const QByteArray kS3DocSecret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
inline const QByteArray kEmptySha256 =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
inline const QByteArray kS3DocScope = "AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request";
inline const QByteArray kGetObjectSignature =
    "f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41";
inline const QByteArray kPresignedSignature =
    "aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404";

keydesk::SecretBytes secret(const QByteArray& text);
QByteArray sha256Hex(const QByteArray& data);

// "GET /path?query HTTP/1.1\nName:value\n...\n\nbody", as the suite writes requests; the
// payload hash is the body's.
HttpRequest parseRawRequest(const QByteArray& raw);
// Runs sigv4_botocore.py with /usr/bin/python3; sets `skipReason` when that cannot import
// botocore (any other failure gives fewer requests than expected).
QJsonArray botocoreRequests(const QByteArray& accessKey, const QByteArray& s3Secret,
                            QString* skipReason);
// One entry of sigv4_botocore.py's output.
HttpRequest fromBotocoreJson(const QJsonObject& entry);
void setHeader(HttpRequest& request, const QByteArray& name, const QByteArray& value);
void removeHeader(HttpRequest& request, const QByteArray& name);
QByteArray flipLastHexDigit(const QByteArray& text);
// One line of the canonical request of `request` signed for "host" only.
QByteArray creqLine(const HttpRequest& request, int line,
                    keydesk::sigv4::PathMode mode = keydesk::sigv4::PathMode::S3);

// The S3 documentation's examples ("Signature Calculations for the Authorization Header:
// Transferring Payload in a Single Chunk", and "Authenticating Requests: Using Query
// Parameters"), bucket examplebucket, 2013-05-24, secret kS3DocSecret.
HttpRequest s3DocGetObject(const QByteArray& signedHeaders = "host;range;x-amz-content-sha256;"
                                                             "x-amz-date");
QByteArray s3DocGetObjectCreq();
HttpRequest s3DocPutObject();
HttpRequest s3DocBucketGet(const QByteArray& query, const QByteArray& signature);
HttpRequest s3DocPresigned(const QByteArray& expires = "86400");
QByteArray s3DocPresignedCreq();

} // namespace sigv4test
