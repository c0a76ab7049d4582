// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "SecretBytes.h"

#include <QString>

namespace keydesk {

// Secrets in the desktop keychain (QtKeychain: Secret Service on Linux). Blocking calls that
// spin a local event loop; there is deliberately no plaintext fallback: when no backend is
// reachable the caller gets KeychainStatus::Unavailable and must ask the user instead.
class Keychain {
public:
    enum class Status { Ok, NotFound, Unavailable, Failed };

    struct Outcome {
        Status status = Status::Failed;
        QString message; // English; never contains the secret
        Text text = {};  // the same, translatable
        QString localized() const { return text.isEmpty() ? message : localizedText(text); }
    };

    explicit Keychain(QString service = QStringLiteral("KeyDesk"));

    Outcome write(const QString& key, const SecretBytes& secret);
    Outcome read(const QString& key, SecretBytes& out);
    Outcome remove(const QString& key);

    // "profile/<name>/api-key": where a connection profile keeps the key it signs in with.
    static QString profileKeyEntry(const QString& profileName);
    static QString profileKekEntry(const QString& profileName);
    // "profile/<name>/postgres-password": a PostgreSQL profile's database password.
    static QString profilePasswordEntry(const QString& profileName);

private:
    QString m_service;
};

} // namespace keydesk
