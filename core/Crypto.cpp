// SPDX-License-Identifier: GPL-3.0-or-later
#include "Crypto.h"

#include <cstdlib>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

namespace keydesk::crypto {

QByteArray sha256(std::string_view data)
{
    QByteArray digest(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256(reinterpret_cast<const unsigned char*>(data.data()), data.size(),
           reinterpret_cast<unsigned char*>(digest.data()));
    return digest;
}

void randomBytes(unsigned char* out, size_t count)
{
    if (RAND_bytes(out, static_cast<int>(count)) != 1)
        std::abort();
}

SecretBytes randomString(std::string_view alphabet, int length)
{
    // Accept a byte only below the largest multiple of the alphabet size, so every character
    // is equally likely.
    const unsigned limit = 256 - (256 % alphabet.size());
    SecretBytes out(length);
    unsigned char pool[64];
    int filled = 0;
    while (filled < length) {
        randomBytes(pool, sizeof pool);
        for (unsigned char byte : pool) {
            if (byte >= limit)
                continue;
            out.data()[filled++] = alphabet[byte % alphabet.size()];
            if (filled == length)
                break;
        }
    }
    OPENSSL_cleanse(pool, sizeof pool);
    return out;
}

bool constantTimeEqual(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

} // namespace keydesk::crypto
