// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to SigV4.cpp, SigV4Canonical.cpp and SigV4Crypto.cpp.

#include "SigV4.h"

#include <QByteArray>
#include <string_view>

namespace keydesk::sigv4::detail {

inline std::string_view view(const QByteArray& bytes)
{
    return {bytes.constData(), static_cast<size_t>(bytes.size())};
}

// RFC 3986 unreserved: A-Z a-z 0-9 - _ . ~
bool isUnreserved(unsigned char c);
// 0..15 for a hex digit (either case), -1 otherwise.
int hexValue(char c);
// ASCII case-insensitive comparison of a received header name with a lower-case name.
bool headerNameIs(std::string_view received, std::string_view lowerName);
// Percent-decodes `raw`: a valid %XX escape becomes its byte, anything else (a stray '%', '+')
// stays as it is.
QByteArray percentDecode(std::string_view raw);
// Writes `raw` decoded as percentDecode does, then encoded per RFC 3986 (unreserved bytes
// literal, others %XX upper case), at `out` (room for 3 bytes per raw byte); returns the end.
// With `keepSlash`, a literal '/' in `raw` stays a separator (an encoded %2F stays encoded).
char* writeReencoded(char* out, std::string_view raw, bool keepSlash);

// canonicalRequest(), and whether every signed header was in the request.
QByteArray buildCanonicalRequest(const HttpRequest& request, const Authorization& auth,
                                 PathMode mode, bool& complete);

// The whole chain, one HMAC context: the lower-case hex signature of `stringToSign` into
// `hexOut`. False when OpenSSL fails (the caller fails closed).
bool signatureHex(const SecretBytes& secret, const Authorization& auth,
                  std::string_view stringToSign, char (&hexOut)[64]);

} // namespace keydesk::sigv4::detail
