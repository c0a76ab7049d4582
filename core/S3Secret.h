// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKey.h"
#include "Error.h"
#include "SecretBox.h"
#include "SecretBytes.h"

namespace keydesk {

// The Secret Key of an S3-compatible key (R6), recovered from its stored form for SigV4: the
// AES-256-GCM box in ApiKey::s3SecretSealed, opened with the KEK named by ApiKey::s3KekId and
// the Access Key ID as associated data. Fails closed: a KEK the ring does not hold, a changed
// byte of the box, of the KEK id or of the Access Key ID, is an error, never a wrong secret.
// Neither the secret nor the sealed bytes are ever logged or put in an error.
namespace S3Secret {

inline constexpr qsizetype kSecretLength = 40; // base62 characters

// Errors (all ErrorCode::StoreFailure, type "internal-server-error"):
// - the key has no S3 credentials: "API key #<id> has no S3 credentials"
// - its KEK is not in `keks`: "The key-encryption key <kek id> is not configured"
// - the box does not open (tampered, wrong KEK, moved to another Access Key ID):
//   "The S3 secret of API key #<id> failed authentication (damaged or tampered with)"
Result<SecretBytes> open(const KekRing& keks, const ApiKey& key);

// Seals `secret` for `key` under the ring's current KEK: the new s3SecretSealed and s3KekId.
struct Sealed {
    QByteArray sealed;
    QString kekId;
};
Result<Sealed> seal(const KekRing& keks, const ApiKey& key, const SecretBytes& secret);

} // namespace S3Secret

} // namespace keydesk
