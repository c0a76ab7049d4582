// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk disable and revoke (issue 6): every key checked by the policy first, then all changed in
// one transaction with one audit event per key; one refusal fails the whole batch.
#include "KeyService.h"

#include "Logging.h"
#include "ServiceSupport.h"

#include <QHash>
#include <QSet>

namespace keydesk {

using namespace ServiceSupport;

namespace {
constexpr int kMaxListedRefusals = 10;
constexpr int kUserPage = 1000;

struct Refusal {
    qint64 id;
    Error error;
};

Error batchRefused(BulkAction action, const QList<Refusal>& refused, qsizetype total)
{
    QStringList parts;
    for (qsizetype i = 0; i < refused.size() && i < kMaxListedRefusals; ++i)
        parts << QStringLiteral("#%1: %2").arg(refused[i].id).arg(refused[i].error.message);
    if (refused.size() > kMaxListedRefusals)
        parts << QStringLiteral("and %1 more").arg(refused.size() - kMaxListedRefusals);
    const Error& first = refused.first().error;
    const char* pattern =
        action == BulkAction::Revoke
            ? QT_TRANSLATE_NOOP("keydesk::Error", "Nothing was revoked: %1 of %2 keys refused (%3)")
            : QT_TRANSLATE_NOOP("keydesk::Error",
                                "Nothing was disabled: %1 of %2 keys refused (%3)");
    return makeError(first.code,
                     translatable(pattern, refused.size(), total, parts.join(QStringLiteral("; "))),
                     first.type);
}

QList<qint64> distinct(const QList<qint64>& ids)
{
    QList<qint64> out;
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            out << id;
        }
    }
    return out;
}
} // namespace

Result<QList<qint64>> KeyService::keysOfUser(const Principal& principal, qint64 userId)
{
    auto owner = m_store.user(userId);
    if (!owner)
        return std::unexpected(owner.error());
    auto site = *owner ? loadSite(m_store, (*owner)->siteId) : Result<Site>(Site{});
    if (!site)
        return std::unexpected(site.error());
    const Target target = siteTarget(*site, principal.userId);
    if (!*owner || !AccessPolicy::check(principal, Action::ViewSite, target))
        return fail(ErrorCode::NotFound,
                    translatable(QT_TRANSLATE_NOOP("keydesk::Error", "User #%1 not found"), userId),
                    QStringLiteral("not-found/user-not-found"));
    const Role role = AccessPolicy::effectiveRole(principal, target).value_or(Role::User);
    if (role == Role::User && principal.userId != userId)
        return fail(
            ErrorCode::NotAuthorized,
            translatable(QT_TRANSLATE_NOOP("keydesk::Error", "You can only act on your own keys")),
            QStringLiteral("not-authorized/cant-act-for-other-user"));
    KeyQuery q;
    q.siteId = site->id;
    q.userId = userId;
    q.limit = kUserPage;
    q.now = m_clock();
    QList<qint64> ids;
    do {
        auto page = m_store.listKeys(q);
        if (!page)
            return std::unexpected(page.error());
        for (const ApiKey& k : std::as_const(page->keys))
            ids << k.id;
        q.cursor = page->nextCursor;
    } while (!q.cursor.isEmpty());
    return ids;
}

Result<QList<KeyService::Loaded>> KeyService::loadBatch(const Principal& principal,
                                                        BulkAction action, const QList<qint64>& ids)
{
    const Action checked = action == BulkAction::Revoke ? Action::RevokeKey : Action::DisableKey;
    QHash<qint64, Site> sites;
    QList<Loaded> batch;
    QList<Refusal> refused;
    for (qint64 id : ids) {
        auto key = loadKey(m_store, id);
        if (!key && key.error().code != ErrorCode::NotFound)
            return std::unexpected(key.error());
        if (key && !sites.contains(key->siteId)) {
            auto site = loadSite(m_store, key->siteId);
            if (!site)
                return std::unexpected(site.error());
            sites.insert(key->siteId, *site);
        }
        Result<void> ok = key ? Result<void>() : Result<void>(std::unexpected(key.error()));
        if (ok) {
            const Target target = keyTarget(sites.value(key->siteId), *key);
            ok = requireVisible(principal, target, id);
            if (ok)
                ok = require(principal, checked, target);
            if (ok)
                batch.append(
                    Loaded{*key, sites.value(key->siteId),
                           AccessPolicy::effectiveRole(principal, target).value_or(Role::User)});
        }
        if (!ok)
            refused.append(Refusal{id, ok.error()});
    }
    if (!refused.isEmpty())
        return std::unexpected(batchRefused(action, refused, ids.size()));
    return batch;
}

Result<bool> KeyService::applyBulk(const Principal& principal, BulkAction action, Loaded& l,
                                   const QJsonObject& bulk)
{
    QJsonObject details = keySnapshot(l.key);
    details.insert(QStringLiteral("bulk"), bulk);
    if (action == BulkAction::Revoke) {
        if (auto d = m_store.deleteKey(l.key.id); !d) // R8
            return std::unexpected(d.error());
    } else {
        if (l.key.permissionSet == PermissionSet::None)
            return false; // already disabled: nothing to write or audit
        QJsonObject changes;
        if (auto ok = applyPermission(principal, l, PermissionSet::None, changes); !ok)
            return std::unexpected(ok.error());
        if (auto u = m_store.updateKey(l.key); !u)
            return std::unexpected(u.error());
        details.insert(QStringLiteral("changes"), changes);
    }
    const QString name = QStringLiteral("key.") + nameOf(action);
    if (auto a = writeAudit(m_store, keyEvent(principal, m_clock(), l.key, name, details)); !a)
        return std::unexpected(a.error());
    return true;
}

Result<BulkResult> KeyService::bulkChange(const Principal& principal, BulkAction action,
                                          const KeySelection& selection)
{
    if (selection.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    translatable(QT_TRANSLATE_NOOP("keydesk::Error",
                                                   "Select keys by id, or every key of one user")),
                    QStringLiteral("bad-request/invalid-input"));
    StoreTransaction tx(m_store);
    if (auto b = tx.begin(); !b)
        return std::unexpected(b.error());
    QList<qint64> ids = selection.ids;
    if (selection.userId) {
        auto owned = keysOfUser(principal, *selection.userId);
        if (!owned)
            return std::unexpected(owned.error());
        ids << *owned;
    }
    ids = distinct(ids);
    auto batch = loadBatch(principal, action, ids);
    if (!batch)
        return std::unexpected(batch.error());
    const QJsonObject bulk{{QStringLiteral("action"), nameOf(action)},
                           {QStringLiteral("count"), ids.size()}};
    BulkResult result{action, {}, {}};
    for (Loaded& l : *batch) {
        auto changed = applyBulk(principal, action, l, bulk);
        if (!changed)
            return std::unexpected(changed.error());
        (*changed ? result.changed : result.unchanged) << l.key.id;
    }
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    qCInfo(lcService) << "bulk" << nameOf(action) << result.changed.size() << "keys by key"
                      << principal.keyId;
    return result;
}

} // namespace keydesk
