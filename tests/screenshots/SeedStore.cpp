// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeedStore.h"

namespace keydesk::test {

namespace {
struct Plan {
    const char* name;
    const char* owner; // nullptr: site-wide
    PermissionSet set;
    int expiresInDays; // 0: never
    bool s3;
    bool disable;
    bool use;
};

// clang-format off
const Plan kPlans[] = {
    {"Nightly backup",            nullptr, PermissionSet::Full,        365, false, false, true},
    {"CI deploy (GitHub Actions)", "bob",  PermissionSet::Full,         90, false, false, true},
    {"Laptop sync",               "carol", PermissionSet::SyncApp,       0, false, true,  true},
    {"Phone",                     "erik",  PermissionSet::MobileApp,    33, false, false, true},
    {"Photo uploads (S3)",        "carol", PermissionSet::Full,         60, true,  false, false},
    {"Old reporting job",         "bob",   PermissionSet::FilesOnly,    20, false, false, true},
    {"Office add-in",             "alice", PermissionSet::OfficeIntegration, 0, false, false, false},
    {"Monitoring",                nullptr, PermissionSet::Full,          0, false, false, true},
};
// clang-format on

Result<void> addUsers(Session& s, SeededStore& out)
{
    const std::pair<const char*, Role> users[] = {
        {"bob", Role::User}, {"carol", Role::User}, {"dana", Role::Helpdesk}, {"erik", Role::User}};
    for (const auto& [name, role] : users) {
        auto u = s.createUser(NewUser{{}, QString::fromLatin1(name), {}, role});
        if (!u)
            return std::unexpected(u.error());
    }
    auto all = s.users(out.site.id);
    if (!all)
        return std::unexpected(all.error());
    out.users = *all;
    return {};
}

Result<void> addKey(SeededStore& out, const Plan& p, const QDateTime& now)
{
    CreateKeyRequest r;
    r.siteId = out.site.id;
    r.name = QString::fromUtf8(p.name);
    r.permissionSet = p.set;
    r.s3 = p.s3;
    if (p.expiresInDays)
        r.expiresAt = now.addDays(p.expiresInDays);
    for (const User& u : out.users) {
        if (p.owner && u.username == QLatin1String(p.owner))
            r.userId = u.id;
    }
    auto created = out.session->createKey(r);
    if (!created)
        return std::unexpected(created.error());
    if (p.use)
        (void)out.backend->signIn(created->secret.view());
    if (p.disable) {
        auto disabled = out.session->disableKey(created->key.id);
        if (!disabled)
            return std::unexpected(disabled.error());
    }
    return {};
}
} // namespace

Result<SeededStore> seedStore(const QString& path, int extraKeys)
{
    // Seed 30 days in the past, so that some keys have expired by now.
    auto offset = std::make_shared<qint64>(-30 * 86400);
    const Clock clock = [offset] { return QDateTime::currentDateTimeUtc().addSecs(*offset); };
    auto url = StoreUrl::parse(QStringLiteral("sqlite:") + path);
    if (!url)
        return std::unexpected(url.error());
    auto init = LocalBackend::initialize(
        *url, {QStringLiteral("Acme Corporation"), QStringLiteral("acme"), QStringLiteral("alice")},
        clock);
    if (!init)
        return std::unexpected(init.error());
    SeededStore out;
    out.backend = std::move(init->first);
    out.site = init->second.site;
    auto session = out.backend->signIn(init->second.adminKey.secret.view());
    if (!session)
        return std::unexpected(session.error());
    out.session = std::move(*session);
    if (auto r =
            out.session->createChildSite(QStringLiteral("Acme Europe"), QStringLiteral("acme-eu"));
        !r)
        return std::unexpected(r.error());
    if (auto r = addUsers(*out.session, out); !r)
        return std::unexpected(r.error());
    for (const Plan& p : kPlans) {
        if (auto r = addKey(out, p, clock()); !r)
            return std::unexpected(r.error());
    }
    for (int i = 0; i < extraKeys; ++i) {
        const Plan p{"", "bob", PermissionSet::Full, 0, false, false, false};
        Plan named = p;
        const QByteArray name = QStringLiteral("Generated key %1").arg(i).toUtf8();
        named.name = name.constData();
        if (auto r = addKey(out, named, clock()); !r)
            return std::unexpected(r.error());
    }
    *offset = 0;
    out.s3Request.siteId = out.site.id;
    out.s3Request.userId = out.users.first().id;
    out.s3Request.name = QStringLiteral("Backup to S3");
    out.s3Request.s3 = true;
    out.s3Request.expiresAt = clock().addDays(90);
    for (const User& u : out.users) {
        if (u.username == QLatin1String("erik"))
            out.s3Request.userId = u.id;
    }
    return out;
}

} // namespace keydesk::test
