// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <chrono>
#include <expected>
#include <utility>

// AWS Signature Version 4 verification (the Authorization header form and presigned URLs), for
// the S3 listener. Nothing here logs or returns a secret or a signature.
namespace keydesk::sigv4 {

// How the canonical URI is built from the raw path.
enum class PathMode {
    // S3: no dot-segment removal, no '//' collapsing, encoded once. Each byte is taken as the
    // client sent it (a valid %XX escape as the byte it encodes) and re-encoded per RFC 3986:
    // unreserved bytes literal, '/' from the raw path literal, everything else %XX (upper
    // case). Botocore and the AWS SDKs send exactly this form, so it is then used unchanged.
    S3,
    // Every other AWS service (and the generic AWS test suite): the S3 form, then dot segments
    // removed and '//' collapsed, then encoded a second time ('%' -> '%25').
    Normalized,
};

struct HttpRequest {
    QByteArray method;   // "GET", "PUT", ... as sent
    QByteArray rawPath;  // request-target before '?', exactly as sent (percent-encoded)
    QByteArray rawQuery; // after '?', exactly as sent, may be empty
    QList<std::pair<QByteArray, QByteArray>> headers; // as received: any case, repeats allowed
    // Hex SHA-256 of the body, or "UNSIGNED-PAYLOAD" (or another literal the client signed,
    // e.g. "STREAMING-AWS4-HMAC-SHA256-PAYLOAD"); the caller fills it. S3: the
    // x-amz-content-sha256 header value; presigned URLs without that header: "UNSIGNED-PAYLOAD".
    // Verification only proves the client signed this value; the caller must still check that
    // the body it reads has this SHA-256.
    QByteArray payloadHash;
};

enum class Failure {
    MissingAuthentication, // no Authorization header and no X-Amz-Algorithm query parameter
    Malformed,             // present but unusable (bad Credential, missing host, ...)
    UnsupportedAlgorithm,  // not AWS4-HMAC-SHA256 (SigV2, SigV4a, Basic, ...)
    RequestTimeTooSkewed,  // header form: |now - request time| > maxSkew
    Expired,               // presigned: now outside [request time - maxSkew, time + expires]
    SignatureDoesNotMatch,
};

struct VerifyError {
    Failure failure;
    QString message; // safe to return to the client: no secret, no signature
};

struct Authorization {
    QByteArray accessKeyId;
    QByteArray date;                 // YYYYMMDD from the credential scope
    QByteArray region;               // accepted as sent
    QByteArray service;              // "s3" for S3; the test suite uses "service"
    QList<QByteArray> signedHeaders; // lower-case, as listed (strictly ascending)
    QByteArray signature;            // lower-case hex, 64 chars
    QDateTime requestTime;           // UTC, from X-Amz-Date (query or header) or the Date header
    bool presigned = false;
    qint64 expiresSeconds = 0; // presigned only: X-Amz-Expires (1..604800)
    // Added: requestTime as YYYYMMDD'T'HHMMSS'Z' (X-Amz-Date as sent), the string to sign's
    // second line. Left empty (a hand-made Authorization), stringToSign formats requestTime.
    QByteArray amzDate;
};

inline constexpr char kAlgorithm[] = "AWS4-HMAC-SHA256";
inline constexpr char kUnsignedPayload[] = "UNSIGNED-PAYLOAD";
inline constexpr qint64 kMaxExpiresSeconds = 7 * 24 * 3600;

// Finds the Authorization header form (AWS4-HMAC-SHA256 Credential=..., SignedHeaders=...,
// Signature=...) or the presigned query form (X-Amz-Algorithm, X-Amz-Credential, X-Amz-Date,
// X-Amz-Expires, X-Amz-SignedHeaders, X-Amz-Signature). Neither -> MissingAuthentication;
// both -> Malformed. Checks the shape only: the scope's date must be the request time's day
// and `host` must be signed, but the service, region and key are the caller's to check.
std::expected<Authorization, VerifyError> parseAuthorization(const HttpRequest& request);

// The pieces, public for the tests and the benchmark. canonicalRequest assumes every signed
// header is present (verify checks it); a missing one contributes an empty value.
QByteArray canonicalRequest(const HttpRequest& request, const Authorization& auth, PathMode mode);
QByteArray stringToSign(const Authorization& auth, const QByteArray& canonicalRequest);
SecretBytes signingKey(const SecretBytes& secret, const Authorization& auth); // kDate..kSigning
QByteArray signatureHex(const SecretBytes& signingKey, const QByteArray& stringToSign);

// Time check (|now - requestTime| <= maxSkew, else RequestTimeTooSkewed; presigned: now within
// [requestTime - maxSkew, requestTime + expires], else Expired), then the signature, compared in
// constant time (CRYPTO_memcmp). `secret` is the plain S3 secret key. A signed header missing
// from the request is Malformed.
std::expected<void, VerifyError> verify(const HttpRequest& request, const Authorization& auth,
                                        const SecretBytes& secret, const QDateTime& now,
                                        std::chrono::seconds maxSkew = std::chrono::minutes(15),
                                        PathMode mode = PathMode::S3);

// The x-amz-* headers of `request` that `auth` does not sign (lower-case). S3 refuses header-form
// requests that carry any (they could be added by whoever replays a signed request).
QList<QByteArray> unsignedAmzHeaders(const HttpRequest& request, const Authorization& auth);

// "SignatureDoesNotMatch", "Expired", ...: the enumerator's name, for logs and tests.
QString failureName(Failure failure);

} // namespace keydesk::sigv4
