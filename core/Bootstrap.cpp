// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bootstrap.h"

#include "KeyMinter.h"
#include "Logging.h"
#include "ServiceSupport.h"
#include "Validation.h"

namespace keydesk {

namespace {
const QString kPrimarySite = QStringLiteral("primary_site_id");

Result<InitRequest> validated(const InitRequest& r)
{
    auto name = Validation::siteName(r.siteName);
    if (!name)
        return std::unexpected(name.error());
    auto sub = Validation::subdomain(r.subdomain);
    if (!sub)
        return std::unexpected(sub.error());
    auto admin = Validation::username(r.adminUsername);
    if (!admin)
        return std::unexpected(admin.error());
    auto keyName = Validation::keyName(
        r.adminKeyName.isEmpty() ? QStringLiteral("Initial admin key") : r.adminKeyName);
    if (!keyName)
        return std::unexpected(keyName.error());
    return InitRequest{*name, *sub, *admin, *keyName};
}

Result<void> insertAdminKey(Store& store, InitResult& out, const QString& name,
                            const QDateTime& now)
{
    auto minted = KeyMinter::mint(KeyKind::User, false, nullptr);
    if (!minted)
        return std::unexpected(minted.error());
    ApiKey& k = minted->key;
    k.siteId = out.site.id;
    k.userId = out.admin.id;
    k.name = name;
    k.permissionSet = PermissionSet::Full;
    k.permissionCeiling = PermissionSet::Full;
    k.createdAt = now;
    k.createdBy = out.admin.id;
    k.ownerName = out.admin.username;
    k.siteSubdomain = out.site.subdomain;
    auto id = store.insertKey(k);
    if (!id)
        return std::unexpected(id.error());
    k.id = *id;
    out.adminKey = std::move(*minted);
    return {};
}
} // namespace

Result<std::optional<qint64>> Bootstrap::primarySiteId(Store& store)
{
    auto value = store.meta(kPrimarySite);
    if (!value)
        return std::unexpected(value.error());
    if (!*value)
        return std::optional<qint64>{};
    return std::optional<qint64>{(*value)->toLongLong()};
}

Result<InitResult> Bootstrap::initialize(Store& store, const InitRequest& request, Clock clock)
{
    auto r = validated(request);
    if (!r)
        return std::unexpected(r.error());
    StoreTransaction tx(store);
    if (auto b = tx.begin(); !b)
        return std::unexpected(b.error());
    auto existing = primarySiteId(store);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return fail(
            ErrorCode::Conflict,
            translatable(QT_TRANSLATE_NOOP("keydesk::Error", "This store is already initialised")),
            QStringLiteral("bad-request/already-initialised"));
    const QDateTime now = clock();
    InitResult out;
    out.site = Site{0, r->siteName, r->subdomain, std::nullopt, SiteSettings{}, now};
    auto siteId = store.insertSite(out.site);
    if (!siteId)
        return std::unexpected(siteId.error());
    out.site.id = *siteId;
    out.admin = User{0, out.site.id, r->adminUsername, QString(), Role::SiteAdmin, false, now};
    auto adminId = store.insertUser(out.admin);
    if (!adminId)
        return std::unexpected(adminId.error());
    out.admin.id = *adminId;
    if (auto k = insertAdminKey(store, out, r->adminKeyName, now); !k)
        return std::unexpected(k.error());
    if (auto m = store.setMeta(kPrimarySite, QString::number(out.site.id)); !m)
        return std::unexpected(m.error());
    const Principal actor{out.site.id, out.admin.id, 0, Role::SiteAdmin, PermissionSet::Full, {}};
    const ApiKey& key = out.adminKey.key;
    if (auto a = ServiceSupport::writeAudit(
            store, ServiceSupport::keyEvent(actor, now, key, QStringLiteral("store.init"),
                                            ServiceSupport::keySnapshot(key)));
        !a)
        return std::unexpected(a.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    qCInfo(lcService) << "store initialised: site" << out.site.id << "admin user" << out.admin.id;
    return out;
}

} // namespace keydesk
