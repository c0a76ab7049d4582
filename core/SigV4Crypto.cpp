// SPDX-License-Identifier: GPL-3.0-or-later
// SigV4: SHA-256, the HMAC-SHA256 chain (OpenSSL 3 EVP_MAC), the string to sign and the
// signature (see SigV4.h).
#include "Logging.h"
#include "SigV4.h"
#include "SigV4Detail.h"

#include <algorithm>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

namespace keydesk::sigv4 {

namespace {

using detail::view;

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

// Per thread: the HMAC context duplicated once from the template (a duplicate per call costs
// as much as an HMAC) and a digest context.
struct ThreadContexts {
    EVP_MAC_CTX* hmac = hmacTemplate() ? EVP_MAC_CTX_dup(hmacTemplate()) : nullptr;
    EVP_MD_CTX* digest = EVP_MD_CTX_new();

    ThreadContexts() = default;
    ~ThreadContexts()
    {
        EVP_MAC_CTX_free(hmac);
        EVP_MD_CTX_free(digest);
    }
    ThreadContexts(const ThreadContexts&) = delete;
    ThreadContexts& operator=(const ThreadContexts&) = delete;
};

ThreadContexts& threadContexts()
{
    thread_local ThreadContexts contexts;
    return contexts;
}

// HMAC-SHA256 on the thread's context; one at a time per thread. When it goes, the context is
// re-keyed with zeros, so no state derived from a secret outlives the call.
class Hmac {
public:
    Hmac()
        : m_ctx(threadContexts().hmac)
    {
        if (!m_ctx)
            qCWarning(lcSigV4) << "OpenSSL has no usable HMAC-SHA256";
    }
    ~Hmac()
    {
        static const unsigned char zeros[32] = {};
        if (m_ctx)
            EVP_MAC_init(m_ctx, zeros, sizeof zeros, nullptr);
    }
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

bool sha256(std::string_view data, unsigned char (&out)[32])
{
    EVP_MD_CTX* ctx = threadContexts().digest;
    unsigned int length = 0;
    return ctx && sha256Algorithm() && EVP_DigestInit_ex2(ctx, sha256Algorithm(), nullptr) == 1 &&
           EVP_DigestUpdate(ctx, data.data(), data.size()) == 1 &&
           EVP_DigestFinal_ex(ctx, out, &length) == 1 && length == sizeof out;
}

// kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request")
bool deriveSigningKey(Hmac& hmac, const SecretBytes& secret, const Authorization& auth,
                      unsigned char (&key)[32])
{
    SecretBytes prefixed(4 + secret.size());
    std::copy_n("AWS4", 4, prefixed.data());
    std::copy_n(secret.data(), secret.size(), prefixed.data() + 4);
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
    unsigned char mac[32] = {};
    const bool ok =
        deriveSigningKey(hmac, secret, auth, key) && hmac.sign(key, sizeof key, stringToSign, mac);
    OPENSSL_cleanse(key, sizeof key);
    toHex(mac, sizeof mac, hexOut);
    return ok;
}

QByteArray stringToSign(const Authorization& auth, const QByteArray& canonicalRequest)
{
    unsigned char digest[32];
    if (!sha256(view(canonicalRequest), digest)) {
        qCWarning(lcSigV4) << "OpenSSL could not compute SHA-256";
        return {};
    }
    const QByteArray amzDate =
        !auth.amzDate.isEmpty() ? auth.amzDate
        : auth.requestTime.isValid()
            ? auth.requestTime.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1()
            : QByteArray();
    constexpr std::string_view kAlgorithmLine = "AWS4-HMAC-SHA256\n";
    constexpr std::string_view kTerminator = "/aws4_request\n";
    QByteArray out(qsizetype(kAlgorithmLine.size() + kTerminator.size()) + amzDate.size() +
                       auth.date.size() + auth.region.size() + auth.service.size() + 3 + 64,
                   Qt::Uninitialized);
    char* p = std::copy(kAlgorithmLine.begin(), kAlgorithmLine.end(), out.data());
    p = std::copy(amzDate.begin(), amzDate.end(), p);
    *p++ = '\n';
    p = std::copy(auth.date.begin(), auth.date.end(), p);
    *p++ = '/';
    p = std::copy(auth.region.begin(), auth.region.end(), p);
    *p++ = '/';
    p = std::copy(auth.service.begin(), auth.service.end(), p);
    p = std::copy(kTerminator.begin(), kTerminator.end(), p);
    toHex(digest, sizeof digest, p);
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
    unsigned char mac[32] = {};
    if (signingKey.isEmpty() ||
        !hmac.sign(signingKey.bytes(), static_cast<size_t>(signingKey.size()), view(stringToSign),
                   mac))
        return {};
    QByteArray out(64, Qt::Uninitialized);
    toHex(mac, sizeof mac, out.data());
    return out;
}

} // namespace keydesk::sigv4
