// SPDX-License-Identifier: GPL-3.0-or-later
#include "Authenticator.h"

#include "Crypto.h"
#include "KeyFormat.h"
#include "Logging.h"

namespace keydesk {

namespace {
std::unexpected<AuthError> refuse(AuthFailure failure)
{
    const QString type = failure == AuthFailure::Disabled
                             ? QStringLiteral("not-authorized/api-key-is-disabled")
                             : QStringLiteral("not-authenticated/invalid-credentials");
    return std::unexpected(
        AuthError{failure, makeError(ErrorCode::NotAuthenticated,
                                     Authenticator::describeText(failure), type)});
}
} // namespace

Authenticator::Authenticator(Store& store, Clock clock, qint64 coalesceMs)
    : m_store(store)
    , m_clock(std::move(clock))
    , m_coalesceMs(coalesceMs)
{}

Text Authenticator::describeText(AuthFailure failure)
{
    switch (failure) {
    case AuthFailure::Malformed:
        return translatable(QT_TRANSLATE_NOOP(
            "keydesk::Error", "Invalid credentials: the key is malformed or mistyped"));
    case AuthFailure::Unknown:
        return translatable(QT_TRANSLATE_NOOP(
            "keydesk::Error", "Invalid credentials: no such key (never issued, or revoked)"));
    case AuthFailure::WrongSite:
        return translatable(QT_TRANSLATE_NOOP(
            "keydesk::Error", "Invalid credentials: the key does not belong to this site"));
    case AuthFailure::Disabled:
        return translatable(
            QT_TRANSLATE_NOOP("keydesk::Error", "The key is disabled (permission set none)"));
    case AuthFailure::Expired:
        return translatable(
            QT_TRANSLATE_NOOP("keydesk::Error", "Invalid credentials: the key has expired"));
    case AuthFailure::UserDisabled:
        return translatable(
            QT_TRANSLATE_NOOP("keydesk::Error", "Invalid credentials: the key's user is disabled"));
    case AuthFailure::UserNotInSite:
        return translatable(QT_TRANSLATE_NOOP(
            "keydesk::Error", "Invalid credentials: the key's user does not belong to this site"));
    case AuthFailure::StoreFailure:
        return translatable(QT_TRANSLATE_NOOP("keydesk::Error", "The store could not be read"));
    }
    return {};
}

QString Authenticator::describe(AuthFailure failure)
{
    return englishText(describeText(failure));
}

std::expected<Principal, AuthError>
Authenticator::authenticate(std::string_view key, std::optional<qint64> siteId, ApiKey* row)
{
    if (!KeyFormat::parse(key))
        return refuse(AuthFailure::Malformed);
    const QByteArray digest = crypto::sha256(key);
    auto found = m_store.keyByDigest(digest);
    if (!found) {
        qCWarning(lcAuth) << "key lookup failed";
        return std::unexpected(AuthError{AuthFailure::StoreFailure, found.error()});
    }
    if (!*found || !crypto::constantTimeEqual((*found)->key.digest, digest))
        return refuse(AuthFailure::Unknown);
    auto principal = check(**found, siteId);
    if (!principal) {
        qCInfo(lcAuth) << "key" << (*found)->key.id
                       << "refused:" << principal.error().error.message;
        return principal;
    }
    ApiKey& stored = (*found)->key;
    noteUse(stored);
    if (row)
        *row = std::move(stored);
    return principal;
}

// Coalesced last use: the row just read shows whether touchLastUse's guarded UPDATE would
// write; when the key was used inside the window, skip the statement altogether.
void Authenticator::noteUse(ApiKey& stored)
{
    const QDateTime now = m_clock();
    const bool recent = stored.lastUseAt && stored.lastUseAt->toMSecsSinceEpoch() >
                                                now.toMSecsSinceEpoch() - m_coalesceMs;
    if (recent)
        return;
    auto touched = m_store.touchLastUse(stored.id, now, m_coalesceMs);
    if (!touched)
        qCWarning(lcAuth) << "could not record last use of key" << stored.id;
    else if (*touched)
        stored.lastUseAt = now;
}

std::expected<Principal, AuthError> Authenticator::recheck(const Principal& principal)
{
    auto key = m_store.key(principal.keyId);
    if (!key)
        return std::unexpected(AuthError{AuthFailure::StoreFailure, key.error()});
    if (!*key)
        return refuse(AuthFailure::Unknown);
    KeyWithOwner found{**key, std::nullopt};
    if (found.key.userId) {
        auto owner = m_store.user(*found.key.userId);
        if (!owner)
            return std::unexpected(AuthError{AuthFailure::StoreFailure, owner.error()});
        found.owner = *owner;
    }
    return check(found, principal.siteId);
}

std::expected<Principal, AuthError> Authenticator::check(const KeyWithOwner& found,
                                                         std::optional<qint64> siteId)
{
    const ApiKey& key = found.key;
    if (siteId && *siteId != key.siteId) // R10, checked before revealing anything else
        return refuse(AuthFailure::WrongSite);
    if (key.permissionSet == PermissionSet::None)
        return refuse(AuthFailure::Disabled);
    if (key.isExpired(m_clock()))
        return refuse(AuthFailure::Expired);
    Principal p{key.siteId, key.userId, key.id, Role::SiteAdmin, key.permissionSet, {}};
    if (key.kind() == KeyKind::SiteWide)
        return p; // R1: a site-wide key acts as the site's administrator
    if (!found.owner || found.owner->siteId != key.siteId)
        return refuse(AuthFailure::UserNotInSite); // R11
    if (found.owner->disabled)
        return refuse(AuthFailure::UserDisabled);
    p.role = found.owner->role;
    p.username = found.owner->username;
    return p;
}

} // namespace keydesk
