// SPDX-License-Identifier: GPL-3.0-or-later
// Sites and users of SqlStore.
#include "SqlRows.h"
#include "SqlStore.h"

namespace keydesk {

using namespace SqlRows;

namespace {
template <typename T, typename Reader>
Result<std::optional<T>> single(Result<QSqlQuery> q, Reader read)
{
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<T>{};
    return std::optional<T>{read(*q)};
}

QVariant optionalInt(const std::optional<int>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}

QString select(const char* columns, const char* rest)
{
    return QStringLiteral("SELECT ") + QLatin1String(columns) + QLatin1String(rest);
}
} // namespace

Result<qint64> SqlStore::insertSite(const Site& s)
{
    return insertReturningId(
        QStringLiteral("INSERT INTO sites (name, subdomain, parent_site_id, "
                       "users_can_create_api_keys, max_key_lifetime_days, require_key_expiry, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {text(s.name), text(s.subdomain), optionalId(s.parentId),
         int(s.settings.usersCanCreateApiKeys), optionalInt(s.settings.maxKeyLifetimeDays),
         int(s.settings.requireKeyExpiry), toMs(s.createdAt)});
}

Result<std::optional<Site>> SqlStore::site(qint64 id)
{
    return single<Site>(exec(select(kSiteColumns, " FROM sites WHERE id = ?"), {id}), readSite);
}

Result<std::optional<Site>> SqlStore::siteBySubdomain(const QString& subdomain)
{
    if (subdomain.contains(QChar(0))) // no stored name has one (PostgreSQL text cannot)
        return std::optional<Site>{};
    return single<Site>(exec(select(kSiteColumns, " FROM sites WHERE subdomain = ?"), {subdomain}),
                        readSite);
}

Result<QList<Site>> SqlStore::childSites(qint64 parentId)
{
    auto q =
        exec(select(kSiteColumns, " FROM sites WHERE parent_site_id = ? ORDER BY id"), {parentId});
    if (!q)
        return std::unexpected(q.error());
    QList<Site> sites;
    while (q->next())
        sites << readSite(*q);
    return sites;
}

Result<void> SqlStore::updateSiteSettings(qint64 id, const SiteSettings& s)
{
    auto q = exec(QStringLiteral("UPDATE sites SET users_can_create_api_keys = ?, "
                                 "max_key_lifetime_days = ?, require_key_expiry = ? WHERE id = ?"),
                  {int(s.usersCanCreateApiKeys), optionalInt(s.maxKeyLifetimeDays),
                   int(s.requireKeyExpiry), id});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<qint64> SqlStore::insertUser(const User& u)
{
    return insertReturningId(
        QStringLiteral("INSERT INTO users (site_id, username, display_name, role, disabled, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {u.siteId, text(u.username), text(u.displayName), nameOf(u.role), int(u.disabled),
         toMs(u.createdAt)});
}

Result<std::optional<User>> SqlStore::user(qint64 id)
{
    return single<User>(exec(select(kUserColumns, " FROM users WHERE id = ?"), {id}),
                        [](const QSqlQuery& q) { return readUser(q); });
}

Result<std::optional<User>> SqlStore::userByName(qint64 siteId, const QString& username)
{
    if (username.contains(QChar(0)))
        return std::optional<User>{};
    return single<User>(exec(select(kUserColumns, " FROM users WHERE site_id = ? AND username = ?"),
                             {siteId, username}),
                        [](const QSqlQuery& q) { return readUser(q); });
}

Result<QList<User>> SqlStore::users(qint64 siteId)
{
    auto q = exec(select(kUserColumns, " FROM users WHERE site_id = ? ORDER BY ") +
                      bytewise(QStringLiteral("username")),
                  {siteId});
    if (!q)
        return std::unexpected(q.error());
    QList<User> list;
    while (q->next())
        list << readUser(*q);
    return list;
}

Result<void> SqlStore::setUserDisabled(qint64 id, bool disabled)
{
    auto q =
        exec(QStringLiteral("UPDATE users SET disabled = ? WHERE id = ?"), {int(disabled), id});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

} // namespace keydesk
