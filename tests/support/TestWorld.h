// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminService.h"
#include "Authenticator.h"
#include "KeyService.h"
#include "SecretBox.h"
#include "SqlStore.h"
#include "StoreUrl.h"

#include <QTemporaryDir>
#include <memory>

namespace keydesk::test {

// A fresh store with a known cast, and a clock the test moves by hand. SQLite in a temporary
// directory; PostgreSQL in a schema of its own when KEYDESK_TEST_PG_URL_FILE names a file with a
// postgresql:// URL (the CTest fixture "postgres" writes one). The cast:
//   acme (parent site):   admin (site_admin), desk (helpdesk), ann and ben (user)
//   acme-eu (child site): euadmin (site_admin), eve (user)
//   other (unrelated):    otheradmin (site_admin)
// Each member has one full user key; `principal(user)` is what that key authenticates as.
class TestWorld {
public:
    TestWorld();
    ~TestWorld(); // drops the PostgreSQL schema

    bool isPostgres() const { return m_url.kind == StoreUrl::Kind::PostgreSQL; }
    // The store's URL: sqlite:databasePath(), or postgresql://...?schema=<this world's>.
    StoreUrl storeUrl() const { return m_url; }
    // A second connection to this world's store.
    Result<std::unique_ptr<SqlStore>>
    openAgain(SqlStore::OpenMode mode = SqlStore::OpenMode::MustExist) const;
    // SQLite only: the database file (on PostgreSQL a path in directory() with no file).
    QString databasePath() const { return m_dir.filePath(QStringLiteral("world.sqlite")); }
    QString directory() const { return m_dir.path(); }

    // The PostgreSQL URL of KEYDESK_TEST_PG_URL_FILE with a new, unused schema; nullopt when the
    // variable is not set. Every call gives another schema.
    static std::optional<StoreUrl> freshPostgresUrl();

    SqlStore& store() { return *m_store; }
    KeyService& keys() { return *m_keys; }
    AdminService& admin() { return *m_admin; }
    Authenticator& auth() { return *m_auth; }
    const KekRing& keks() const { return m_keks; }

    QDateTime now;
    void advance(qint64 seconds) { now = now.addSecs(seconds); }

    Site acme, acmeEu, other;
    User siteAdmin, helpdesk, ann, ben, euAdmin, eve, otherAdmin;

    // The principal of `user`'s own key (created at construction).
    Principal principal(const User& user) const;
    // A site-wide key of `site`, created by its admin; returns its principal.
    Principal siteWidePrincipal(const Site& site);
    void setUsersCanCreate(const Site& site, bool on);

    // Creates a key as `by`; fails the current test (QVERIFY) on error.
    CreatedKey create(const Principal& by, CreateKeyRequest request);
    CreateKeyRequest userKey(const User& owner, const QString& name = QStringLiteral("k")) const;
    CreateKeyRequest siteWideKey(const Site& site,
                                 const QString& name = QStringLiteral("sw")) const;

    int auditCount();
    int keyCount();

private:
    User addUser(const Site& site, const QString& name, Role role);
    void addKeyFor(const User& user);

    QTemporaryDir m_dir;
    StoreUrl m_url;
    std::unique_ptr<SqlStore> m_store;
    KekRing m_keks;
    std::unique_ptr<KeyService> m_keys;
    std::unique_ptr<AdminService> m_admin;
    std::unique_ptr<Authenticator> m_auth;
    QHash<qint64, Principal> m_principals;
};

} // namespace keydesk::test
