// SPDX-License-Identifier: GPL-3.0-or-later
// Changing keys: edit, disable, re-enable, revoke (R7, R8, R12).
#include "KeyService.h"

#include "Logging.h"
#include "ServiceSupport.h"
#include "Validation.h"

namespace keydesk {

using namespace ServiceSupport;

namespace {
void recordChange(QJsonObject& changes, const QString& field, const QJsonValue& from,
                  const QJsonValue& to)
{
    if (from != to)
        changes.insert(field,
                       QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
}

Error raiseRefused(PermissionSet ceiling)
{
    return makeError(
        ErrorCode::NotAuthorized,
        translatable(QT_TRANSLATE_NOOP("keydesk::Error",
                                       "Only site administrators can raise this key above the "
                                       "permission set it was granted (%1)"),
                     nameOf(ceiling)),
        QStringLiteral("not-authorized/insufficient-permission-for-site"));
}
} // namespace

Result<ApiKey> KeyService::mutate(const Principal& principal, qint64 id, const Change& change)
{
    StoreTransaction tx(m_store);
    if (auto b = tx.begin(); !b)
        return std::unexpected(b.error());
    auto loaded = loadVisible(principal, id);
    if (!loaded)
        return std::unexpected(loaded.error());
    QJsonObject changes;
    auto action = change(*loaded, changes);
    if (!action)
        return std::unexpected(action.error());
    if (changes.isEmpty()) // nothing changed: nothing to write or audit
        return loaded->key;
    if (auto u = m_store.updateKey(loaded->key); !u)
        return std::unexpected(u.error());
    QJsonObject details = keySnapshot(loaded->key);
    details.insert(QStringLiteral("changes"), changes);
    if (auto a = writeAudit(m_store, keyEvent(principal, m_clock(), loaded->key, *action, details));
        !a)
        return std::unexpected(a.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    qCInfo(lcService) << *action << "key" << id << "by key" << principal.keyId;
    return loaded->key;
}

Result<void> KeyService::applyPermission(const Principal& principal, Loaded& l,
                                         PermissionSet wanted, QJsonObject& changes) const
{
    ApiKey& k = l.key;
    const Action action = wanted == PermissionSet::None ? Action::DisableKey : Action::EnableKey;
    if (auto ok = require(principal, action, keyTarget(l.site, k)); !ok)
        return ok;
    if (wanted != PermissionSet::None) {
        if (l.role != Role::SiteAdmin && !covers(k.permissionCeiling, wanted))
            return std::unexpected(raiseRefused(k.permissionCeiling));
        if (l.role == Role::SiteAdmin)
            k.permissionCeiling = wanted;
    } else if (k.permissionSet != PermissionSet::None) {
        k.previousPermissionSet = k.permissionSet; // offered again on re-enable (R7)
    }
    recordChange(changes, QStringLiteral("permission_set"), nameOf(k.permissionSet),
                 nameOf(wanted));
    k.permissionSet = wanted;
    return {};
}

Result<QString> KeyService::applyUpdate(const Principal& principal, Loaded& l, const KeyUpdate& u,
                                        QJsonObject& changes) const
{
    ApiKey& k = l.key;
    if (u.name || u.description || u.expiresAt) {
        if (auto ok = require(principal, Action::EditKey, keyTarget(l.site, k)); !ok)
            return std::unexpected(ok.error());
    }
    if (u.name) {
        auto name = Validation::keyName(*u.name);
        if (!name)
            return std::unexpected(name.error());
        recordChange(changes, QStringLiteral("name"), k.name, *name);
        k.name = *name;
    }
    if (u.description) {
        auto d = Validation::description(*u.description);
        if (!d)
            return std::unexpected(d.error());
        recordChange(changes, QStringLiteral("description"), k.description, *d);
        k.description = *d;
    }
    if (u.expiresAt) {
        if (auto ok = Validation::expiry(*u.expiresAt, l.site.settings, m_clock(), k.createdAt);
            !ok)
            return std::unexpected(ok.error());
        recordChange(changes, QStringLiteral("expires_at"), timeValue(k.expiresAt),
                     timeValue(*u.expiresAt));
        k.expiresAt = *u.expiresAt;
    }
    const bool onlyPermission = !u.name && !u.description && !u.expiresAt;
    if (u.permissionSet) {
        if (auto ok = applyPermission(principal, l, *u.permissionSet, changes); !ok)
            return std::unexpected(ok.error());
        if (onlyPermission)
            return *u.permissionSet == PermissionSet::None ? QStringLiteral("key.disable")
                                                           : QStringLiteral("key.enable");
    }
    return QStringLiteral("key.update");
}

Result<ApiKey> KeyService::updateKey(const Principal& principal, qint64 id, const KeyUpdate& update)
{
    if (update.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    translatable(QT_TRANSLATE_NOOP("keydesk::Error", "Nothing to update")),
                    QStringLiteral("bad-request/invalid-input"));
    return mutate(principal, id, [&](Loaded& l, QJsonObject& changes) {
        return applyUpdate(principal, l, update, changes);
    });
}

Result<ApiKey> KeyService::disableKey(const Principal& principal, qint64 id)
{
    KeyUpdate update;
    update.permissionSet = PermissionSet::None;
    return updateKey(principal, id, update);
}

Result<ApiKey> KeyService::enableKey(const Principal& principal, qint64 id,
                                     std::optional<PermissionSet> permissionSet)
{
    if (permissionSet == PermissionSet::None)
        return fail(ErrorCode::InvalidInput,
                    translatable(QT_TRANSLATE_NOOP(
                        "keydesk::Error", "Enabling needs a permission set other than none")),
                    QStringLiteral("bad-request/invalid-input"));
    return mutate(principal, id, [&](Loaded& l, QJsonObject& changes) -> Result<QString> {
        PermissionSet wanted =
            permissionSet.value_or(l.key.previousPermissionSet.value_or(l.key.permissionCeiling));
        if (wanted == PermissionSet::None)
            wanted = PermissionSet::Full;
        if (!permissionSet && l.key.permissionSet != PermissionSet::None)
            wanted = l.key.permissionSet; // already enabled: nothing to change
        if (auto ok = applyPermission(principal, l, wanted, changes); !ok)
            return std::unexpected(ok.error());
        return QStringLiteral("key.enable");
    });
}

Result<void> KeyService::revokeKey(const Principal& principal, qint64 id)
{
    StoreTransaction tx(m_store);
    if (auto b = tx.begin(); !b)
        return b;
    auto loaded = loadVisible(principal, id);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (auto ok = require(principal, Action::RevokeKey, keyTarget(loaded->site, loaded->key)); !ok)
        return ok;
    if (auto d = m_store.deleteKey(id); !d) // R8: permanent, effective at once
        return d;
    auto audit = keyEvent(principal, m_clock(), loaded->key, QStringLiteral("key.revoke"),
                          keySnapshot(loaded->key));
    if (auto a = writeAudit(m_store, audit); !a)
        return a;
    if (auto c = tx.commit(); !c)
        return c;
    qCInfo(lcService) << "key" << id << "revoked by key" << principal.keyId;
    return {};
}

} // namespace keydesk
