// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Store.h"

namespace keydesk::test {

// Forwards to another store and counts key lookups, to prove what never reaches the store; it
// can also fail an S3 secret update part-way, to prove what a failed transaction leaves behind.
class CountingStore final : public Store {
public:
    explicit CountingStore(Store& inner)
        : m_inner(inner)
    {}
    int keyLookups = 0;
    int s3Updates = 0;
    int failS3UpdateNumber = 0; // the n-th updateS3Secret call (1-based) fails; 0: none does
    bool failCommits = false;   // commit() fails (and leaves the transaction to roll back)

    Result<void> begin() override { return m_inner.begin(); }
    Result<void> commit() override
    {
        if (failCommits)
            return fail(ErrorCode::StoreFailure, QStringLiteral("Injected commit failure"));
        return m_inner.commit();
    }
    void rollback() override { m_inner.rollback(); }
    Result<std::optional<QString>> meta(const QString& n) override { return m_inner.meta(n); }
    Result<void> setMeta(const QString& n, const QString& v) override
    {
        return m_inner.setMeta(n, v);
    }
    Result<qint64> insertSite(const Site& s) override { return m_inner.insertSite(s); }
    Result<std::optional<Site>> site(qint64 id) override { return m_inner.site(id); }
    Result<std::optional<Site>> siteBySubdomain(const QString& s) override
    {
        return m_inner.siteBySubdomain(s);
    }
    Result<QList<Site>> childSites(qint64 p) override { return m_inner.childSites(p); }
    Result<void> updateSiteSettings(qint64 id, const SiteSettings& s) override
    {
        return m_inner.updateSiteSettings(id, s);
    }
    Result<qint64> insertUser(const User& u) override { return m_inner.insertUser(u); }
    Result<std::optional<User>> user(qint64 id) override { return m_inner.user(id); }
    Result<std::optional<User>> userByName(qint64 s, const QString& n) override
    {
        return m_inner.userByName(s, n);
    }
    Result<QList<User>> users(qint64 s) override { return m_inner.users(s); }
    Result<void> setUserDisabled(qint64 id, bool d) override
    {
        return m_inner.setUserDisabled(id, d);
    }
    Result<qint64> insertKey(const ApiKey& k) override { return m_inner.insertKey(k); }
    Result<std::optional<ApiKey>> key(qint64 id) override
    {
        ++keyLookups;
        return m_inner.key(id);
    }
    Result<std::optional<KeyWithOwner>> keyByDigest(const QByteArray& d) override
    {
        ++keyLookups;
        return m_inner.keyByDigest(d);
    }
    Result<std::optional<ApiKey>> keyByAccessKeyId(const QString& a) override
    {
        ++keyLookups;
        return m_inner.keyByAccessKeyId(a);
    }
    Result<void> updateKey(const ApiKey& k) override { return m_inner.updateKey(k); }
    Result<void> deleteKey(qint64 id) override { return m_inner.deleteKey(id); }
    Result<KeyPage> listKeys(const KeyQuery& q) override { return m_inner.listKeys(q); }
    Result<bool> touchLastUse(qint64 id, const QDateTime& at, qint64 ms) override
    {
        return m_inner.touchLastUse(id, at, ms);
    }
    Result<QList<ApiKey>> listS3Keys() override { return m_inner.listS3Keys(); }
    Result<void> updateS3Secret(qint64 id, const QByteArray& sealed, const QString& kek) override
    {
        if (++s3Updates == failS3UpdateNumber)
            return fail(ErrorCode::StoreFailure, QStringLiteral("Injected failure"));
        return m_inner.updateS3Secret(id, sealed, kek);
    }
    Result<qint64> insertAudit(const AuditEvent& e) override { return m_inner.insertAudit(e); }
    Result<AuditPage> listAudit(const AuditQuery& q) override { return m_inner.listAudit(q); }

private:
    Store& m_inner;
};

} // namespace keydesk::test
