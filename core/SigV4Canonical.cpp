// SPDX-License-Identifier: GPL-3.0-or-later
// SigV4: canonical request, string to sign, signing key and signature (see SigV4.h).
#include "Logging.h"
#include "SigV4.h"
#include "SigV4Detail.h"

#include <QVarLengthArray>
#include <algorithm>
#include <array>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

namespace keydesk::sigv4 {

namespace detail {

namespace {
constexpr char kHexUpper[] = "0123456789ABCDEF";

constexpr std::array<bool, 256> makeUnreservedTable()
{
    std::array<bool, 256> table{};
    for (int c = 'A'; c <= 'Z'; ++c)
        table[c] = true;
    for (int c = 'a'; c <= 'z'; ++c)
        table[c] = true;
    for (int c = '0'; c <= '9'; ++c)
        table[c] = true;
    table['-'] = table['_'] = table['.'] = table['~'] = true;
    return table;
}
constexpr std::array<bool, 256> kUnreserved = makeUnreservedTable();

char* putEncoded(char* out, unsigned char c)
{
    if (kUnreserved[c]) {
        *out = static_cast<char>(c);
        return out + 1;
    }
    out[0] = '%';
    out[1] = kHexUpper[c >> 4];
    out[2] = kHexUpper[c & 15];
    return out + 3;
}

// The byte at raw[i] (a valid %XX escape decoded); moves `i` past it. True if it was escaped.
bool nextByte(std::string_view raw, size_t& i, unsigned char& byte)
{
    if (raw[i] == '%' && i + 2 < raw.size()) {
        const int high = hexValue(raw[i + 1]);
        const int low = high < 0 ? -1 : hexValue(raw[i + 2]);
        if (low >= 0) {
            byte = static_cast<unsigned char>(high << 4 | low);
            i += 3;
            return true;
        }
    }
    byte = static_cast<unsigned char>(raw[i]);
    ++i;
    return false;
}
} // namespace

bool isUnreserved(unsigned char c)
{
    return kUnreserved[c];
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool headerNameIs(std::string_view received, std::string_view lowerName)
{
    if (received.size() != lowerName.size())
        return false;
    for (size_t i = 0; i < received.size(); ++i) {
        char c = received[i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + ('a' - 'A'));
        if (c != lowerName[i])
            return false;
    }
    return true;
}

QByteArray percentDecode(std::string_view raw)
{
    QByteArray out(static_cast<qsizetype>(raw.size()), Qt::Uninitialized);
    char* p = out.data();
    unsigned char byte = 0;
    for (size_t i = 0; i < raw.size();) {
        nextByte(raw, i, byte);
        *p++ = static_cast<char>(byte);
    }
    out.truncate(p - out.constData());
    return out;
}

void appendReencoded(QByteArray& out, std::string_view raw, bool keepSlash)
{
    const qsizetype start = out.size();
    out.resize(start + 3 * static_cast<qsizetype>(raw.size()));
    char* p = out.data() + start;
    unsigned char byte = 0;
    for (size_t i = 0; i < raw.size();) {
        const bool escaped = nextByte(raw, i, byte);
        if (byte == '/' && keepSlash && !escaped)
            *p++ = '/';
        else
            p = putEncoded(p, byte);
    }
    out.truncate(p - out.constData());
}

} // namespace detail

namespace {

using detail::view;

// ---- Canonical URI

void appendS3Path(QByteArray& out, std::string_view rawPath)
{
    if (rawPath.empty() || rawPath.front() != '/')
        out += '/';
    detail::appendReencoded(out, rawPath, true);
}

// RFC 3986 5.2.4 as AWS applies it (botocore's remove_dot_segments): empty and "." segments
// dropped, ".." drops the one before; a trailing '/' survives when a segment remains.
QByteArray removeDotSegments(std::string_view path)
{
    QVarLengthArray<std::string_view, 16> kept;
    size_t pos = 0;
    while (pos <= path.size()) {
        size_t slash = path.find('/', pos);
        if (slash == std::string_view::npos)
            slash = path.size();
        const std::string_view segment = path.substr(pos, slash - pos);
        pos = slash + 1;
        if (segment.empty() || segment == ".")
            continue;
        if (segment == "..") {
            if (!kept.isEmpty())
                kept.removeLast();
            continue;
        }
        kept.append(segment);
    }
    QByteArray out("/");
    for (qsizetype i = 0; i < kept.size(); ++i) {
        if (i > 0)
            out += '/';
        out.append(kept[i].data(), static_cast<qsizetype>(kept[i].size()));
    }
    if (!kept.isEmpty() && !path.empty() && path.back() == '/')
        out += '/';
    return out;
}

// The generic services' rule: normalised, then every '%' of the once-encoded path encoded
// again.
void appendNormalizedPath(QByteArray& out, std::string_view rawPath)
{
    QByteArray once;
    once.reserve(3 * static_cast<qsizetype>(rawPath.size()) + 1);
    appendS3Path(once, rawPath);
    for (char c : removeDotSegments(view(once))) {
        if (c == '%')
            out += "%25";
        else
            out += c;
    }
}

// ---- Canonical query string

struct QueryParam {
    qsizetype name;  // offset of the encoded name in the buffer
    qsizetype value; // offset of the encoded value (just after the name)
    qsizetype end;
};

std::string_view slice(const QByteArray& buffer, qsizetype from, qsizetype to)
{
    return view(buffer).substr(static_cast<size_t>(from), static_cast<size_t>(to - from));
}

void appendCanonicalQuery(QByteArray& out, std::string_view rawQuery, bool dropSignature)
{
    QByteArray buffer;
    buffer.reserve(3 * static_cast<qsizetype>(rawQuery.size()));
    QVarLengthArray<QueryParam, 16> params;
    for (size_t pos = 0; pos < rawQuery.size();) {
        size_t amp = rawQuery.find('&', pos);
        if (amp == std::string_view::npos)
            amp = rawQuery.size();
        const std::string_view piece = rawQuery.substr(pos, amp - pos);
        pos = amp + 1;
        if (piece.empty())
            continue;
        const size_t eq = piece.find('=');
        QueryParam param{buffer.size(), 0, 0};
        detail::appendReencoded(buffer, piece.substr(0, eq), false);
        param.value = buffer.size();
        if (eq != std::string_view::npos)
            detail::appendReencoded(buffer, piece.substr(eq + 1), false);
        param.end = buffer.size();
        if (dropSignature && slice(buffer, param.name, param.value) == "X-Amz-Signature")
            buffer.truncate(param.name);
        else
            params.append(param);
    }
    std::sort(params.begin(), params.end(), [&buffer](const QueryParam& a, const QueryParam& b) {
        const std::string_view nameA = slice(buffer, a.name, a.value);
        const std::string_view nameB = slice(buffer, b.name, b.value);
        if (nameA != nameB)
            return nameA < nameB;
        return slice(buffer, a.value, a.end) < slice(buffer, b.value, b.end);
    });
    for (qsizetype i = 0; i < params.size(); ++i) {
        if (i > 0)
            out += '&';
        const QueryParam& param = params[i];
        out.append(buffer.constData() + param.name, param.value - param.name);
        out += '=';
        out.append(buffer.constData() + param.value, param.end - param.value);
    }
}

// ---- Canonical headers

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

// Trimmed, inner whitespace runs collapsed to one space.
void appendTrimmedValue(QByteArray& out, std::string_view value)
{
    const qsizetype start = out.size();
    out.resize(start + static_cast<qsizetype>(value.size()));
    char* p = out.data() + start;
    bool pendingSpace = false;
    for (char c : value) {
        if (isSpace(c)) {
            pendingSpace = p != out.constData() + start;
            continue;
        }
        if (pendingSpace)
            *p++ = ' ';
        pendingSpace = false;
        *p++ = c;
    }
    out.truncate(p - out.constData());
}

void appendCanonicalHeaders(QByteArray& out, const HttpRequest& request, const Authorization& auth)
{
    for (const QByteArray& name : auth.signedHeaders) {
        out += name;
        out += ':';
        bool first = true;
        for (const auto& [received, value] : request.headers) {
            if (!detail::headerNameIs(view(received), view(name)))
                continue;
            if (!first)
                out += ',';
            appendTrimmedValue(out, view(value));
            first = false;
        }
        out += '\n';
    }
}

qsizetype estimatedSize(const HttpRequest& request)
{
    qsizetype size = request.method.size() + 3 * (request.rawPath.size() + request.rawQuery.size());
    for (const auto& [name, value] : request.headers)
        size += 2 * name.size() + value.size() + 2;
    return size + request.payloadHash.size() + 16;
}

// ---- Digests

const EVP_MD* sha256Algorithm()
{
    static EVP_MD* const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

// A keyless HMAC-SHA256 context to duplicate: setting the digest by name costs a fetch.
const EVP_MAC_CTX* hmacTemplate()
{
    static EVP_MAC_CTX* const ctx = [] {
        EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
        EVP_MAC_CTX* made = mac ? EVP_MAC_CTX_new(mac) : nullptr;
        EVP_MAC_free(mac);
        char digest[] = "SHA256";
        const OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
            OSSL_PARAM_construct_end()};
        if (made && EVP_MAC_CTX_set_params(made, params) != 1) {
            EVP_MAC_CTX_free(made);
            made = nullptr;
        }
        return made;
    }();
    return ctx;
}

class Hmac {
public:
    Hmac()
        : m_ctx(hmacTemplate() ? EVP_MAC_CTX_dup(hmacTemplate()) : nullptr)
    {
        if (!m_ctx)
            qCWarning(lcSigV4) << "OpenSSL has no usable HMAC-SHA256";
    }
    ~Hmac() { EVP_MAC_CTX_free(m_ctx); }
    Hmac(const Hmac&) = delete;
    Hmac& operator=(const Hmac&) = delete;

    bool sign(const unsigned char* key, size_t keyLength, std::string_view message,
              unsigned char (&out)[32])
    {
        size_t length = 0;
        return m_ctx && EVP_MAC_init(m_ctx, key, keyLength, nullptr) == 1 &&
               EVP_MAC_update(m_ctx, reinterpret_cast<const unsigned char*>(message.data()),
                              message.size()) == 1 &&
               EVP_MAC_final(m_ctx, out, &length, sizeof out) == 1 && length == sizeof out;
    }

private:
    EVP_MAC_CTX* m_ctx;
};

// kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request")
bool deriveSigningKey(Hmac& hmac, const SecretBytes& secret, const Authorization& auth,
                      unsigned char (&key)[32])
{
    SecretBytes prefixed = SecretBytes::copyOf("AWS4");
    prefixed.append(secret.view());
    unsigned char step[32];
    const bool ok =
        hmac.sign(prefixed.bytes(), static_cast<size_t>(prefixed.size()), view(auth.date), key) &&
        hmac.sign(key, sizeof key, view(auth.region), step) &&
        hmac.sign(step, sizeof step, view(auth.service), key) &&
        hmac.sign(key, sizeof key, "aws4_request", step);
    std::copy(std::begin(step), std::end(step), std::begin(key));
    OPENSSL_cleanse(step, sizeof step);
    return ok;
}

void toHex(const unsigned char* bytes, size_t count, char* out)
{
    constexpr char kHexLower[] = "0123456789abcdef";
    for (size_t i = 0; i < count; ++i) {
        out[2 * i] = kHexLower[bytes[i] >> 4];
        out[2 * i + 1] = kHexLower[bytes[i] & 15];
    }
}

} // namespace

bool detail::signatureHex(const SecretBytes& secret, const Authorization& auth,
                          std::string_view stringToSign, char (&hexOut)[64])
{
    Hmac hmac;
    unsigned char key[32];
    unsigned char mac[32];
    const bool ok =
        deriveSigningKey(hmac, secret, auth, key) && hmac.sign(key, sizeof key, stringToSign, mac);
    OPENSSL_cleanse(key, sizeof key);
    toHex(mac, sizeof mac, hexOut);
    return ok;
}

QByteArray canonicalRequest(const HttpRequest& request, const Authorization& auth, PathMode mode)
{
    QByteArray out;
    out.reserve(estimatedSize(request));
    out += request.method;
    out += '\n';
    if (mode == PathMode::S3)
        appendS3Path(out, view(request.rawPath));
    else
        appendNormalizedPath(out, view(request.rawPath));
    out += '\n';
    appendCanonicalQuery(out, view(request.rawQuery), auth.presigned);
    out += '\n';
    appendCanonicalHeaders(out, request, auth);
    out += '\n';
    for (qsizetype i = 0; i < auth.signedHeaders.size(); ++i) {
        if (i > 0)
            out += ';';
        out += auth.signedHeaders[i];
    }
    out += '\n';
    out += request.payloadHash;
    return out;
}

QByteArray stringToSign(const Authorization& auth, const QByteArray& canonicalRequest)
{
    unsigned char digest[32];
    unsigned int length = 0;
    if (!sha256Algorithm() ||
        EVP_Digest(canonicalRequest.constData(), static_cast<size_t>(canonicalRequest.size()),
                   digest, &length, sha256Algorithm(), nullptr) != 1) {
        qCWarning(lcSigV4) << "OpenSSL could not compute SHA-256";
        return {};
    }
    QByteArray out;
    out.reserve(64 + auth.amzDate.size() + auth.date.size() + auth.region.size() +
                auth.service.size() + 64);
    out += kAlgorithm;
    out += '\n';
    out += auth.amzDate;
    out += '\n';
    out += auth.date;
    out += '/';
    out += auth.region;
    out += '/';
    out += auth.service;
    out += "/aws4_request\n";
    const qsizetype at = out.size();
    out.resize(at + 64);
    toHex(digest, sizeof digest, out.data() + at);
    return out;
}

SecretBytes signingKey(const SecretBytes& secret, const Authorization& auth)
{
    Hmac hmac;
    unsigned char key[32];
    SecretBytes out;
    if (deriveSigningKey(hmac, secret, auth, key))
        out = SecretBytes::copyOf({reinterpret_cast<const char*>(key), sizeof key});
    OPENSSL_cleanse(key, sizeof key);
    return out;
}

QByteArray signatureHex(const SecretBytes& signingKey, const QByteArray& stringToSign)
{
    Hmac hmac;
    unsigned char mac[32];
    if (signingKey.isEmpty() ||
        !hmac.sign(signingKey.bytes(), static_cast<size_t>(signingKey.size()), view(stringToSign),
                   mac))
        return {};
    QByteArray out(64, Qt::Uninitialized);
    toHex(mac, sizeof mac, out.data());
    return out;
}

} // namespace keydesk::sigv4
