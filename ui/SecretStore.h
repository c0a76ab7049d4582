// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Keychain.h"

namespace keydesk::ui {

// Where the console keeps the API key of each connection profile. The running console uses
// the desktop keychain (KeychainSecretStore over core's Keychain); tests inject their own
// store (in memory, or one that reports Unavailable) so that they do not need a Secret
// Service on the session bus. There is no plaintext implementation, on purpose.
class SecretStore {
public:
    using Outcome = Keychain::Outcome;
    using Status = Keychain::Status;

    virtual ~SecretStore() = default;

    virtual Outcome write(const QString& entry, const SecretBytes& secret) = 0;
    virtual Outcome read(const QString& entry, SecretBytes& out) = 0;
    virtual Outcome remove(const QString& entry) = 0;
};

// The desktop keychain, as a SecretStore.
class KeychainSecretStore final : public SecretStore {
public:
    explicit KeychainSecretStore(Keychain& keychain)
        : m_keychain(keychain)
    {}

    Outcome write(const QString& entry, const SecretBytes& secret) override
    {
        return m_keychain.write(entry, secret);
    }
    Outcome read(const QString& entry, SecretBytes& out) override
    {
        return m_keychain.read(entry, out);
    }
    Outcome remove(const QString& entry) override { return m_keychain.remove(entry); }

private:
    Keychain& m_keychain;
};

} // namespace keydesk::ui
