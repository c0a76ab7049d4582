// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyFormat.h"

#include "Crypto.h"

#include <array>

namespace keydesk::KeyFormat {

namespace {
constexpr std::string_view kSiteWidePrefix = "kds_";
constexpr std::string_view kUserPrefix = "kdu_";

constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}
constexpr auto kCrcTable = makeCrcTable();

int base62Value(char c)
{
    const auto pos = crypto::kBase62.find(c);
    return pos == std::string_view::npos ? -1 : static_cast<int>(pos);
}

void encodeChecksum(quint32 value, char* out)
{
    quint64 v = value;
    for (int i = kChecksumLength - 1; i >= 0; --i) {
        out[i] = crypto::kBase62[v % 62];
        v /= 62;
    }
}

Error malformed(const Text& why)
{
    return makeError(ErrorCode::NotAuthenticated, why,
                     QStringLiteral("not-authenticated/invalid-credentials"));
}
} // namespace

quint32 crc32(std::string_view data)
{
    quint32 c = 0xFFFFFFFFu;
    for (unsigned char byte : data)
        c = kCrcTable[(c ^ byte) & 0xFFu] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

QString checksumText(std::string_view body)
{
    char out[kChecksumLength];
    encodeChecksum(crc32(body), out);
    return QString::fromLatin1(out, kChecksumLength);
}

SecretBytes generate(KeyKind kind)
{
    SecretBytes key =
        SecretBytes::copyOf(kind == KeyKind::SiteWide ? kSiteWidePrefix : kUserPrefix);
    key.append(crypto::randomString(crypto::kBase62, kRandomLength).view());
    char checksum[kChecksumLength];
    encodeChecksum(crc32(key.view()), checksum);
    key.append(std::string_view(checksum, kChecksumLength));
    return key;
}

Result<Parsed> parse(std::string_view key)
{
    if (key.size() != static_cast<size_t>(kKeyLength))
        return std::unexpected(malformed(translatable(
            QT_TRANSLATE_NOOP("keydesk::Error",
                              "The API key is malformed: it must be %1 characters long"),
            kKeyLength)));
    const std::string_view type = key.substr(0, kTypePrefixLength);
    if (type != kSiteWidePrefix && type != kUserPrefix)
        return std::unexpected(malformed(translatable(QT_TRANSLATE_NOOP(
            "keydesk::Error", "The API key is malformed: it must start with kds_ or kdu_"))));
    const std::string_view body = key.substr(0, kTypePrefixLength + kRandomLength);
    const std::string_view checksum = key.substr(kTypePrefixLength + kRandomLength);
    for (char c : key.substr(kTypePrefixLength)) {
        if (base62Value(c) < 0)
            return std::unexpected(malformed(translatable(QT_TRANSLATE_NOOP(
                "keydesk::Error",
                "The API key is malformed: it contains a character outside A-Z, a-z, 0-9"))));
    }
    char expected[kChecksumLength];
    encodeChecksum(crc32(body), expected);
    if (!crypto::constantTimeEqual(QByteArrayView(expected, kChecksumLength),
                                   QByteArrayView(checksum.data(), kChecksumLength)))
        return std::unexpected(malformed(translatable(QT_TRANSLATE_NOOP(
            "keydesk::Error", "The API key is malformed: its checksum does not match (a typo?)"))));
    return Parsed{type == kSiteWidePrefix ? KeyKind::SiteWide : KeyKind::User,
                  QString::fromLatin1(key.data(), kTypePrefixLength + kDisplayRandomChars)};
}

} // namespace keydesk::KeyFormat
