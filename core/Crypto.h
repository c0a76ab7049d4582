// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretBytes.h"

#include <QByteArray>
#include <QString>
#include <string_view>

namespace keydesk::crypto {

QByteArray sha256(std::string_view data);
// Cryptographically secure random bytes (OpenSSL RAND_bytes); aborts if the CSPRNG fails,
// because no key may ever be made from weak randomness.
void randomBytes(unsigned char* out, size_t count);
// `length` characters drawn uniformly (rejection sampling, no modulo bias) from `alphabet`.
SecretBytes randomString(std::string_view alphabet, int length);
bool constantTimeEqual(QByteArrayView a, QByteArrayView b);

inline constexpr std::string_view kBase62 =
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
inline constexpr std::string_view kBase32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

} // namespace keydesk::crypto
