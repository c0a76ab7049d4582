// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminService.h"

#include "Logging.h"
#include "ServiceSupport.h"
#include "Validation.h"

namespace keydesk {

using namespace ServiceSupport;

namespace {
Error siteNotFound(const QString& what)
{
    return makeError(ErrorCode::NotFound,
                     translatable(QT_TRANSLATE_NOOP("keydesk::Error", "Site %1 not found"),
                                  Validation::echo(what)),
                     QStringLiteral("not-found/site-not-found"));
}

QJsonValue optionalInt(const std::optional<int>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject settingsJson(const SiteSettings& s)
{
    return {{QStringLiteral("users_can_create_api_keys"), s.usersCanCreateApiKeys},
            {QStringLiteral("max_key_lifetime_days"), optionalInt(s.maxKeyLifetimeDays)},
            {QStringLiteral("require_key_expiry"), s.requireKeyExpiry}};
}
} // namespace

AdminService::AdminService(Store& store, Clock clock)
    : m_store(store)
    , m_clock(std::move(clock))
{}

Result<Site> AdminService::visibleSite(const Principal& principal, qint64 siteId)
{
    auto site = loadSite(m_store, siteId);
    if (!site)
        return site;
    const Decision d = AccessPolicy::check(principal, Action::ViewSite, siteTarget(*site));
    if (d.reason == DenyReason::OtherSite)
        return std::unexpected(makeError(
            ErrorCode::NotFound,
            translatable(QT_TRANSLATE_NOOP("keydesk::Error", "Site #%1 not found"), siteId),
            QStringLiteral("not-found/site-not-found")));
    if (!d)
        return std::unexpected(refusal(d));
    return site;
}

Result<Site> AdminService::site(const Principal& principal, qint64 siteId)
{
    return visibleSite(principal, siteId);
}

Result<Site> AdminService::siteBySubdomain(const Principal& principal, const QString& subdomain)
{
    auto site = m_store.siteBySubdomain(subdomain);
    if (!site)
        return std::unexpected(site.error());
    if (!*site)
        return std::unexpected(siteNotFound(subdomain));
    auto visible = visibleSite(principal, (*site)->id);
    if (!visible && visible.error().code == ErrorCode::NotFound)
        return std::unexpected(siteNotFound(subdomain));
    return visible;
}

Result<Site> AdminService::updateSettings(const Principal& principal, qint64 siteId,
                                          const SiteSettingsUpdate& u)
{
    if (u.maxKeyLifetimeDays && u.maxKeyLifetimeDays->has_value()) {
        if (auto ok = Validation::maxKeyLifetimeDays(**u.maxKeyLifetimeDays); !ok)
            return std::unexpected(ok.error());
    }
    StoreTransaction tx(m_store);
    if (auto b = tx.begin(); !b)
        return std::unexpected(b.error());
    auto site = visibleSite(principal, siteId);
    if (!site)
        return site;
    if (auto ok = require(principal, Action::ManageSite, siteTarget(*site)); !ok)
        return std::unexpected(ok.error());
    auto updated = applySettings(principal, *site, u);
    if (!updated)
        return updated;
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return updated;
}

Result<Site> AdminService::applySettings(const Principal& principal, Site site,
                                         const SiteSettingsUpdate& u)
{
    const SiteSettings before = site.settings;
    if (u.usersCanCreateApiKeys)
        site.settings.usersCanCreateApiKeys = *u.usersCanCreateApiKeys;
    if (u.maxKeyLifetimeDays)
        site.settings.maxKeyLifetimeDays = *u.maxKeyLifetimeDays;
    if (u.requireKeyExpiry)
        site.settings.requireKeyExpiry = *u.requireKeyExpiry;
    if (site.settings == before)
        return site;
    if (auto w = m_store.updateSiteSettings(site.id, site.settings); !w)
        return std::unexpected(w.error());
    const QJsonObject details{{QStringLiteral("from"), settingsJson(before)},
                              {QStringLiteral("to"), settingsJson(site.settings)}};
    if (auto a = writeAudit(
            m_store, event(principal, m_clock(), site.id, QStringLiteral("site.update"), details));
        !a)
        return std::unexpected(a.error());
    return site;
}

Result<Site> AdminService::createChildSite(const Principal& principal, const QString& name,
                                           const QString& subdomain)
{
    auto validName = Validation::siteName(name);
    if (!validName)
        return std::unexpected(validName.error());
    auto validSub = Validation::subdomain(subdomain);
    if (!validSub)
        return std::unexpected(validSub.error());
    StoreTransaction tx(m_store);
    if (auto b = tx.begin(); !b)
        return std::unexpected(b.error());
    auto parent = loadSite(m_store, principal.siteId);
    if (!parent)
        return parent;
    if (auto ok = require(principal, Action::ManageSite, siteTarget(*parent)); !ok)
        return std::unexpected(ok.error());
    if (parent->isChild())
        return fail(ErrorCode::InvalidInput,
                    translatable(QT_TRANSLATE_NOOP(
                        "keydesk::Error", "A child site cannot have child sites (one level only)")),
                    QStringLiteral("bad-request/invalid-input"));
    Site child{0, *validName, *validSub, parent->id, SiteSettings{}, m_clock()};
    auto id = m_store.insertSite(child);
    if (!id) {
        if (id.error().code == ErrorCode::Conflict)
            return fail(
                ErrorCode::Conflict,
                translatable(QT_TRANSLATE_NOOP("keydesk::Error", "The subdomain %1 is taken"),
                             *validSub),
                QStringLiteral("bad-request/subdomain-taken"));
        return std::unexpected(id.error());
    }
    child.id = *id;
    const QJsonObject details{{QStringLiteral("child_site_id"), child.id},
                              {QStringLiteral("name"), child.name},
                              {QStringLiteral("subdomain"), child.subdomain}};
    if (auto a = writeAudit(m_store, event(principal, child.createdAt, parent->id,
                                           QStringLiteral("child_site.create"), details));
        !a)
        return std::unexpected(a.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return child;
}

Result<QList<Site>> AdminService::childSites(const Principal& principal)
{
    auto parent = loadSite(m_store, principal.siteId);
    if (!parent)
        return std::unexpected(parent.error());
    if (auto ok = require(principal, Action::ManageSite, siteTarget(*parent)); !ok)
        return std::unexpected(ok.error());
    return m_store.childSites(parent->id);
}

} // namespace keydesk
