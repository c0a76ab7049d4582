// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "SecretBytes.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>
#include <vector>

namespace keydesk {

// A key-encryption key: 32 bytes for AES-256-GCM and the id stored next to what it sealed.
struct Kek {
    QString id;
    SecretBytes key;
};

// The KEKs a process knows; the first is current (seals), all may open (rotation).
class KekRing {
public:
    void add(Kek kek) { m_keks.push_back(std::move(kek)); }
    void makeCurrent(Kek kek) { m_keks.insert(m_keks.begin(), std::move(kek)); }
    const Kek* current() const { return m_keks.empty() ? nullptr : &m_keks.front(); }
    const Kek* find(const QString& id) const;
    bool isEmpty() const { return m_keks.empty(); }
    const std::vector<Kek>& all() const { return m_keks; } // current first
    QStringList ids() const;
    // Drops the KEKs other than the current one whose id is not in `keep`; returns their ids.
    QStringList retireAllBut(const QSet<QString>& keep);

    static Kek generate();
    static bool isValidId(const QString& id);

private:
    std::vector<Kek> m_keks;
};

// AES-256-GCM (OpenSSL EVP). Sealed layout: version byte 1 | 12-byte nonce | ciphertext |
// 16-byte tag. The caller's `aad` (the S3 access key id) is authenticated, so a sealed secret
// moved to another key fails to open. Any tampering fails closed.
namespace SecretBox {
Result<QByteArray> seal(const Kek& kek, std::string_view plaintext, QByteArrayView aad);
Result<SecretBytes> open(const Kek& kek, QByteArrayView sealed, QByteArrayView aad);
} // namespace SecretBox

} // namespace keydesk
