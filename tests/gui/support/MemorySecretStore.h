// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

#include <map>

namespace keydesk::test {

// The keychain for console tests: entries in memory. `available = false` plays a desktop
// without a keychain; `writes` counts what was kept.
class MemorySecretStore final : public ui::SecretStore {
public:
    bool available = true;
    int writes = 0;

    Outcome write(const QString& entry, const SecretBytes& secret) override
    {
        if (!available)
            return {Status::Unavailable, QStringLiteral("No keychain is available")};
        ++writes;
        m_entries[entry] = SecretBytes::copyOf(secret.view());
        return {Status::Ok, {}};
    }
    Outcome read(const QString& entry, SecretBytes& out) override
    {
        if (!available)
            return {Status::Unavailable, QStringLiteral("No keychain is available")};
        const auto it = m_entries.find(entry);
        if (it == m_entries.end())
            return {Status::NotFound, QStringLiteral("No such keychain entry")};
        out = SecretBytes::copyOf(it->second.view());
        return {Status::Ok, {}};
    }
    Outcome remove(const QString& entry) override
    {
        return {m_entries.erase(entry) ? Status::Ok : Status::NotFound, {}};
    }
    bool has(const QString& entry) const { return m_entries.contains(entry); }
    const SecretBytes* entry(const QString& name) const
    {
        const auto it = m_entries.find(name);
        return it == m_entries.end() ? nullptr : &it->second;
    }

private:
    std::map<QString, SecretBytes> m_entries;
};

} // namespace keydesk::test
