// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKey.h"
#include "Error.h"
#include "SecretBytes.h"

#include <QString>
#include <string_view>

namespace keydesk {

// The scannable key format (DESIGN.md section 5): "kds_" (site-wide) or "kdu_" (user), 40
// random base62 characters (~238 bits), then 6 base62 characters of the CRC32 of everything
// before them. A typo anywhere fails the checksum, so no store is asked about a mistyped key.
namespace KeyFormat {

inline constexpr int kTypePrefixLength = 4;
inline constexpr int kRandomLength = 40;
inline constexpr int kChecksumLength = 6;
inline constexpr int kKeyLength = kTypePrefixLength + kRandomLength + kChecksumLength;
inline constexpr int kDisplayRandomChars = 6;

struct Parsed {
    KeyKind kind;
    QString displayPrefix; // type prefix + first 6 random characters
};

SecretBytes generate(KeyKind kind);
// Checks shape and checksum only; never touches a store. Errors never quote the key.
Result<Parsed> parse(std::string_view key);

quint32 crc32(std::string_view data);
QString checksumText(std::string_view body); // 6 base62 characters of crc32(body)

} // namespace KeyFormat
} // namespace keydesk
