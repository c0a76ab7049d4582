// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKey.h"
#include "AuditEvent.h"
#include "Error.h"
#include "KeyQuery.h"
#include "Site.h"
#include "User.h"

#include <QList>
#include <QString>
#include <optional>

namespace keydesk {

// A key joined with what authentication needs of its owner, fetched in one indexed lookup.
struct KeyWithOwner {
    ApiKey key;
    std::optional<User> owner;
};

// Persistence only: no policy, no validation beyond integrity. Every multi-step write runs
// between begin() and commit(); use StoreTransaction so failures roll back.
class Store {
public:
    virtual ~Store() = default;

    virtual Result<void> begin() = 0;
    virtual Result<void> commit() = 0;
    virtual void rollback() = 0;

    virtual Result<std::optional<QString>> meta(const QString& name) = 0;
    virtual Result<void> setMeta(const QString& name, const QString& value) = 0;

    virtual Result<qint64> insertSite(const Site& site) = 0;
    virtual Result<std::optional<Site>> site(qint64 id) = 0;
    virtual Result<std::optional<Site>> siteBySubdomain(const QString& subdomain) = 0;
    virtual Result<QList<Site>> childSites(qint64 parentId) = 0;
    virtual Result<void> updateSiteSettings(qint64 id, const SiteSettings& settings) = 0;

    virtual Result<qint64> insertUser(const User& user) = 0;
    virtual Result<std::optional<User>> user(qint64 id) = 0;
    virtual Result<std::optional<User>> userByName(qint64 siteId, const QString& username) = 0;
    virtual Result<QList<User>> users(qint64 siteId) = 0;
    virtual Result<void> setUserDisabled(qint64 id, bool disabled) = 0;

    virtual Result<qint64> insertKey(const ApiKey& key) = 0;
    virtual Result<std::optional<ApiKey>> key(qint64 id) = 0;
    virtual Result<std::optional<KeyWithOwner>> keyByDigest(const QByteArray& digest) = 0;
    virtual Result<std::optional<ApiKey>> keyByAccessKeyId(const QString& accessKeyId) = 0;
    virtual Result<void> updateKey(const ApiKey& key) = 0; // mutable metadata only
    virtual Result<void> deleteKey(qint64 id) = 0;
    virtual Result<KeyPage> listKeys(const KeyQuery& query) = 0;
    // Writes last_use_at only when the stored value is older than `coalesce` (or null), so
    // frequent use costs at most one write per key per interval, across processes.
    virtual Result<bool> touchLastUse(qint64 keyId, const QDateTime& at, qint64 coalesceMs) = 0;
    // Every S3 key (R6) of every site, by id: what a KEK rotation re-seals (KekRotation).
    virtual Result<QList<ApiKey>> listS3Keys() = 0;
    // Replaces an S3 key's sealed secret and KEK id, nothing else; NotFound if it is gone.
    virtual Result<void> updateS3Secret(qint64 keyId, const QByteArray& sealed,
                                        const QString& kekId) = 0;

    virtual Result<qint64> insertAudit(const AuditEvent& event) = 0;
    virtual Result<AuditPage> listAudit(const AuditQuery& query) = 0;
};

// RAII transaction: rolls back unless commit() succeeded.
class StoreTransaction {
public:
    explicit StoreTransaction(Store& store)
        : m_store(store)
    {}
    ~StoreTransaction()
    {
        if (m_open)
            m_store.rollback();
    }
    StoreTransaction(const StoreTransaction&) = delete;
    StoreTransaction& operator=(const StoreTransaction&) = delete;

    Result<void> begin()
    {
        auto r = m_store.begin();
        m_open = r.has_value();
        return r;
    }
    Result<void> commit()
    {
        auto r = m_store.commit();
        if (r)
            m_open = false;
        return r;
    }

private:
    Store& m_store;
    bool m_open = false;
};

} // namespace keydesk
