// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminService.h"
#include "Authenticator.h"
#include "KeyService.h"
#include "SecretBox.h"
#include "SqlStore.h"

#include <QTemporaryDir>
#include <memory>

namespace keydesk::test {

// A fresh SQLite store with a known cast, and a clock the test moves by hand:
//   acme (parent site):   admin (site_admin), desk (helpdesk), ann and ben (user)
//   acme-eu (child site): euadmin (site_admin), eve (user)
//   other (unrelated):    otheradmin (site_admin)
// Each member has one full user key; `principal(user)` is what that key authenticates as.
class TestWorld {
public:
    TestWorld();

    QString databasePath() const { return m_dir.filePath(QStringLiteral("world.sqlite")); }
    QString directory() const { return m_dir.path(); }

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
    std::unique_ptr<SqlStore> m_store;
    KekRing m_keks;
    std::unique_ptr<KeyService> m_keys;
    std::unique_ptr<AdminService> m_admin;
    std::unique_ptr<Authenticator> m_auth;
    QHash<qint64, Principal> m_principals;
};

} // namespace keydesk::test
