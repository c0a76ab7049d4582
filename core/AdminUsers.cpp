// SPDX-License-Identifier: GPL-3.0-or-later
// The user half of AdminService.
#include "AdminService.h"

#include "ServiceSupport.h"
#include "Validation.h"

namespace keydesk {

using namespace ServiceSupport;

namespace {
Error userNotFound(const QString& username)
{
    return makeError(ErrorCode::NotFound,
                     translatable(QT_TRANSLATE_NOOP("keydesk::Error", "User %1 not found"),
                                  Validation::echo(username)),
                     QStringLiteral("not-found/user-not-found"));
}

QJsonObject userJson(const User& u)
{
    return {{QStringLiteral("user_id"), u.id},
            {QStringLiteral("username"), u.username},
            {QStringLiteral("role"), nameOf(u.role)}};
}
} // namespace

Result<User> AdminService::createUser(const Principal& principal, const NewUser& n)
{
    auto username = Validation::username(n.username);
    if (!username)
        return std::unexpected(username.error());
    auto display = Validation::displayName(n.displayName);
    if (!display)
        return std::unexpected(display.error());
    StoreTransaction tx(m_store);
    if (auto b = tx.begin(); !b)
        return std::unexpected(b.error());
    auto site = visibleSite(principal, n.siteId.value_or(principal.siteId));
    if (!site)
        return std::unexpected(site.error());
    if (auto ok = require(principal, Action::ManageSite, siteTarget(*site)); !ok)
        return std::unexpected(ok.error());
    User user{0, site->id, *username, *display, n.role, false, m_clock()};
    auto id = m_store.insertUser(user);
    if (!id) {
        if (id.error().code == ErrorCode::Conflict)
            return fail(ErrorCode::Conflict,
                        translatable(QT_TRANSLATE_NOOP("keydesk::Error",
                                                       "User %1 already exists on site %2"),
                                     user.username, site->subdomain),
                        QStringLiteral("bad-request/username-taken"));
        return std::unexpected(id.error());
    }
    user.id = *id;
    if (auto a = writeAudit(m_store, event(principal, user.createdAt, site->id,
                                           QStringLiteral("user.create"), userJson(user)));
        !a)
        return std::unexpected(a.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return user;
}

Result<QList<User>> AdminService::users(const Principal& principal, qint64 siteId)
{
    auto site = visibleSite(principal, siteId);
    if (!site)
        return std::unexpected(site.error());
    const Target target = siteTarget(*site);
    const auto role = AccessPolicy::effectiveRole(principal, target);
    auto all = m_store.users(site->id);
    if (!all || role != Role::User)
        return all;
    QList<User> self; // a plain user sees only themself
    for (const User& u : *all) {
        if (principal.userId && u.id == *principal.userId)
            self << u;
    }
    return self;
}

Result<User> AdminService::userByName(const Principal& principal, qint64 siteId,
                                      const QString& username)
{
    auto site = visibleSite(principal, siteId);
    if (!site)
        return std::unexpected(site.error());
    auto user = m_store.userByName(site->id, username);
    if (!user)
        return std::unexpected(user.error());
    if (!*user ||
        !AccessPolicy::check(principal, Action::ViewUsers, siteTarget(*site, (*user)->id)))
        return std::unexpected(userNotFound(username));
    return **user;
}

Result<User> AdminService::setUserDisabled(const Principal& principal, qint64 siteId,
                                           const QString& username, bool disabled)
{
    StoreTransaction tx(m_store);
    if (auto b = tx.begin(); !b)
        return std::unexpected(b.error());
    auto site = visibleSite(principal, siteId);
    if (!site)
        return std::unexpected(site.error());
    if (auto ok = require(principal, Action::ManageSite, siteTarget(*site)); !ok)
        return std::unexpected(ok.error());
    auto found = m_store.userByName(site->id, username);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return std::unexpected(userNotFound(username));
    User user = **found;
    if (principal.userId && *principal.userId == user.id && disabled)
        return fail(
            ErrorCode::InvalidInput,
            translatable(QT_TRANSLATE_NOOP("keydesk::Error", "You cannot disable your own user")),
            QStringLiteral("bad-request/invalid-input"));
    if (user.disabled == disabled)
        return user;
    if (auto w = m_store.setUserDisabled(user.id, disabled); !w)
        return std::unexpected(w.error());
    user.disabled = disabled;
    const QString action =
        disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable");
    if (auto a = writeAudit(m_store, event(principal, m_clock(), site->id, action, userJson(user)));
        !a)
        return std::unexpected(a.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return user;
}

} // namespace keydesk
