// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QList>
#include <QSettings>
#include <QString>
#include <optional>

namespace keydesk {

// A named connection: where the store is. The API key a profile signs in with lives in the
// keychain (Keychain::profileKeyEntry), never here.
struct Profile {
    QString name;     // 1-64 printable characters
    QString storeUrl; // as StoreUrl::parse takes it
};

// Profiles kept in QSettings under "profiles/", plus which one is current.
class ProfileStore {
public:
    explicit ProfileStore(QSettings& settings);

    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString& name) const;
    std::optional<Profile> current() const;
    Result<void> save(const Profile& profile); // validates name and URL; replaces same name
    void remove(const QString& name);
    void setCurrent(const QString& name);

private:
    void writeAll(const QList<Profile>& all);

    QSettings& m_settings;
};

} // namespace keydesk
