// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretBox.h"

#include "Crypto.h"

#include <QRegularExpression>
#include <memory>
#include <openssl/evp.h>

namespace keydesk {

namespace {
constexpr char kVersion = 1;
constexpr int kNonceLength = 12;
constexpr int kTagLength = 16;
constexpr int kKeyLength = 32;

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

CipherCtx newContext()
{
    return CipherCtx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
}

const unsigned char* uc(const char* p)
{
    return reinterpret_cast<const unsigned char*>(p);
}

Error cryptoError(const Text& what)
{
    return makeError(ErrorCode::StoreFailure, what, QStringLiteral("internal-server-error"));
}
} // namespace

const Kek* KekRing::find(const QString& id) const
{
    for (const Kek& kek : m_keks) {
        if (kek.id == id)
            return &kek;
    }
    return nullptr;
}

QStringList KekRing::ids() const
{
    QStringList out;
    for (const Kek& kek : m_keks)
        out << kek.id;
    return out;
}

QStringList KekRing::retireAllBut(const QSet<QString>& keep)
{
    QStringList retired;
    for (auto it = m_keks.begin(); it != m_keks.end();) {
        if (it != m_keks.begin() && !keep.contains(it->id)) {
            retired << it->id;
            it = m_keks.erase(it);
        } else {
            ++it;
        }
    }
    return retired;
}

Kek KekRing::generate()
{
    Kek kek;
    kek.id = QStringLiteral("kek-") +
             QString::fromLatin1(crypto::randomString(crypto::kBase32, 10).byteView().toByteArray())
                 .toLower();
    kek.key = SecretBytes(kKeyLength);
    crypto::randomBytes(kek.key.bytes(), kKeyLength);
    return kek;
}

bool KekRing::isValidId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

namespace SecretBox {

Result<QByteArray> seal(const Kek& kek, std::string_view plaintext, QByteArrayView aad)
{
    if (kek.key.size() != kKeyLength)
        return std::unexpected(cryptoError(translatable(
            QT_TRANSLATE_NOOP("keydesk::Error", "The key-encryption key has the wrong length"))));
    QByteArray out(1 + kNonceLength + static_cast<qsizetype>(plaintext.size()) + kTagLength, '\0');
    out[0] = kVersion;
    auto* nonce = reinterpret_cast<unsigned char*>(out.data() + 1);
    crypto::randomBytes(nonce, kNonceLength);
    auto* cipher = nonce + kNonceLength;
    CipherCtx ctx = newContext();
    int len = 0;
    bool ok =
        ctx &&
        EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, kek.key.bytes(), nonce) == 1 &&
        EVP_EncryptUpdate(ctx.get(), nullptr, &len, uc(aad.data()), static_cast<int>(aad.size())) ==
            1 &&
        EVP_EncryptUpdate(ctx.get(), cipher, &len, uc(plaintext.data()),
                          static_cast<int>(plaintext.size())) == 1 &&
        EVP_EncryptFinal_ex(ctx.get(), cipher + len, &len) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagLength,
                            cipher + plaintext.size()) == 1;
    if (!ok)
        return std::unexpected(cryptoError(
            translatable(QT_TRANSLATE_NOOP("keydesk::Error", "Could not encrypt a secret"))));
    return out;
}

Result<SecretBytes> open(const Kek& kek, QByteArrayView sealed, QByteArrayView aad)
{
    const qsizetype cipherLength = sealed.size() - 1 - kNonceLength - kTagLength;
    if (kek.key.size() != kKeyLength || cipherLength < 0 || sealed[0] != kVersion)
        return std::unexpected(cryptoError(
            translatable(QT_TRANSLATE_NOOP("keydesk::Error", "A sealed secret is damaged"))));
    const auto* nonce = uc(sealed.data() + 1);
    const auto* cipher = nonce + kNonceLength;
    QByteArray tag(reinterpret_cast<const char*>(cipher + cipherLength), kTagLength);
    SecretBytes plain(cipherLength);
    CipherCtx ctx = newContext();
    int len = 0;
    bool ok =
        ctx &&
        EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, kek.key.bytes(), nonce) == 1 &&
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, uc(aad.data()), static_cast<int>(aad.size())) ==
            1 &&
        EVP_DecryptUpdate(ctx.get(), plain.bytes(), &len, cipher, static_cast<int>(cipherLength)) ==
            1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagLength, tag.data()) == 1 &&
        EVP_DecryptFinal_ex(ctx.get(), plain.bytes() + len, &len) == 1;
    if (!ok) // wrong KEK, wrong AAD, or tampered bytes: fail closed
        return std::unexpected(cryptoError(translatable(
            QT_TRANSLATE_NOOP("keydesk::Error", "A sealed secret failed authentication"))));
    return plain;
}

} // namespace SecretBox
} // namespace keydesk
