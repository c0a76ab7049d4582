// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Authenticator.h"
#include "SecretBox.h"
#include "SigV4.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace keydesk {

// Why an S3 request is refused, in S3's own error codes (the listener maps them to XML).
enum class S3AuthFailure {
    MissingAuthentication, // anonymous request: AccessDenied
    Malformed,             // AuthorizationHeaderMalformed / AuthorizationQueryParametersError
    InvalidAccessKeyId,    // no such key (never issued, or revoked: R8), or another site's (R10)
    SignatureDoesNotMatch,
    RequestTimeTooSkewed,
    AccessDenied, // disabled (R7), expired (R12), user disabled (R11), presigned URL expired,
                  // or a permission set without file access
    Unavailable,  // the store could not be read
    Internal,     // the secret cannot be opened (missing KEK, tampered ciphertext): fail closed
};

struct S3AuthError {
    S3AuthFailure failure;
    QString message; // safe to show: no secret, no signature, no key material
};

// Authenticates an S3 request signed with AWS Signature Version 4 (R6): the access key id
// names the key, its secret is opened from the store (AES-256-GCM under the KEK ring) only to
// check the signature, then the key passes the same checks as any API key (Authenticator).
// Keys whose permission set is not `full` or `files_only` get no S3 access.
class S3Authenticator {
public:
    // `reloadKeks`, when given, is asked to read the KEKs again when a key is sealed under one
    // this process does not know yet (rotated since it started).
    S3Authenticator(Store& store, const KekRing& keks, Authenticator& authenticator,
                    Clock clock = systemClock(), std::function<bool()> reloadKeks = {});

    std::expected<Principal, S3AuthError> authenticate(const sigv4::HttpRequest& request,
                                                       qint64 siteId);

private:
    std::expected<Principal, S3AuthError> checkKey(const ApiKey& key, qint64 siteId);
    bool mayReload();

    Store& m_store;
    const KekRing& m_keks;
    Authenticator& m_auth;
    Clock m_clock;
    std::function<bool()> m_reloadKeks;
    QElapsedTimer m_lastReload;
};

} // namespace keydesk
