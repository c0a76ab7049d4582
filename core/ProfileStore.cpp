// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileStore.h"

#include "StoreUrl.h"
#include "Validation.h"

namespace keydesk {

namespace {
const QString kGroup = QStringLiteral("profiles");
const QString kCurrent = QStringLiteral("currentProfile");
} // namespace

ProfileStore::ProfileStore(QSettings& settings)
    : m_settings(settings)
{}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> list;
    const int n = m_settings.beginReadArray(kGroup);
    for (int i = 0; i < n; ++i) {
        m_settings.setArrayIndex(i);
        list << Profile{m_settings.value(QStringLiteral("name")).toString(),
                        m_settings.value(QStringLiteral("store")).toString()};
    }
    m_settings.endArray();
    return list;
}

std::optional<Profile> ProfileStore::profile(const QString& name) const
{
    for (const Profile& p : profiles()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

std::optional<Profile> ProfileStore::current() const
{
    const auto named = profile(m_settings.value(kCurrent).toString());
    if (named)
        return named;
    const QList<Profile> all = profiles();
    return all.isEmpty() ? std::nullopt : std::optional<Profile>(all.first());
}

Result<void> ProfileStore::save(const Profile& profile)
{
    auto name = Validation::keyName(profile.name);
    if (!name)
        return std::unexpected(name.error());
    if (name->size() > 64)
        return fail(ErrorCode::InvalidInput,
                    translatable(QT_TRANSLATE_NOOP("keydesk::Error",
                                                   "Profile name must be at most 64 characters")));
    auto url = StoreUrl::parse(profile.storeUrl);
    if (!url)
        return std::unexpected(url.error());
    QList<Profile> all = profiles();
    const Profile clean{*name, url->toString()};
    auto it = std::find_if(all.begin(), all.end(),
                           [&](const Profile& p) { return p.name == clean.name; });
    if (it != all.end())
        *it = clean;
    else
        all << clean;
    writeAll(all);
    m_settings.sync();
    return {};
}

void ProfileStore::writeAll(const QList<Profile>& all)
{
    m_settings.remove(kGroup);
    m_settings.beginWriteArray(kGroup, int(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("name"), all[i].name);
        m_settings.setValue(QStringLiteral("store"), all[i].storeUrl);
    }
    m_settings.endArray();
}

void ProfileStore::remove(const QString& name)
{
    QList<Profile> all = profiles();
    all.erase(
        std::remove_if(all.begin(), all.end(), [&](const Profile& p) { return p.name == name; }),
        all.end());
    writeAll(all);
    if (m_settings.value(kCurrent).toString() == name)
        m_settings.remove(kCurrent);
    m_settings.sync();
}

void ProfileStore::setCurrent(const QString& name)
{
    m_settings.setValue(kCurrent, name);
    m_settings.sync();
}

} // namespace keydesk
