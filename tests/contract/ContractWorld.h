// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerProcess.h"
#include "Session.h"
#include "StoreUrl.h"

#include <QTemporaryDir>
#include <memory>

namespace keydesk::contract {

// The four stores one contract suite runs against ($KEYDESK_CONTRACT_STORE).
enum class StoreKind { SQLite, PostgreSQL, ServerSQLite, ServerPostgreSQL };

// One member of the cast: its user (none for the site-wide key), the site it signs in on,
// its key and the session of that key.
struct Member {
    User user;
    QString subdomain;
    SecretBytes key;
    std::unique_ptr<Session> session;

    Session& s() const { return *session; }
    qint64 id() const { return user.id; }
};

// The world of the contract suite, built through Backend/Session only: a store initialised
// locally (the one step that has no API), then, as its first admin:
//   acme (primary):     admin (site_admin), desk (helpdesk), ann and ben (user), a site-wide key
//   acme-eu (child):    euadmin (site_admin), eve (user), a site-wide key
// Each member signs in with a key the admin created for it, on its own site's subdomain.
// Against a server, the store is then served by the real keydesk-server with --domain
// keydesk.test, and every session is a REST session choosing its site by Host.
class ContractWorld {
public:
    static constexpr const char* kDomain = "keydesk.test";

    ContractWorld();
    ~ContractWorld();

    // Reads $KEYDESK_CONTRACT_STORE (sqlite, postgresql, server-sqlite, server-postgresql).
    bool build(QString* error);
    StoreKind kind() const { return m_kind; }
    QString kindName() const;
    bool isRemote() const;
    Backend& backend() { return *m_backend; }
    QString storeUrl() const { return m_url.toString(); } // the database, also for servers
    QString serverUrl() const;                            // empty for local stores

    Site acme, acmeEu;
    Member admin, siteWide, desk, ann, ben, euAdmin, eve, euSiteWide;

    // New keys, made by the parent admin (fails the current test when refused).
    CreatedKey create(CreateKeyRequest request);
    CreateKeyRequest userKey(const Member& owner, const QString& name = {}) const;
    CreateKeyRequest siteWideKey(const Site& site, const QString& name = {}) const;
    QString uniqueName(const QString& stem = QStringLiteral("key"));
    Result<std::unique_ptr<Session>> signIn(const SecretBytes& key, const QString& subdomain);
    // acme's users_can_create_api_keys, and the defaults of the other settings.
    bool resetSettings(bool usersCanCreate);
    // Ends every session and stops the server (SIGTERM); false when it did not exit with 0.
    bool shutDown(QString* error);

private:
    bool openStore(QString* error);
    bool startServer(QString* error);
    bool buildCast(QString* error);
    bool addMember(Member& m, const Site& site, const QString& name, Role role, QString* error);
    bool addSiteWide(Member& m, const Site& site, QString* error);
    bool signInMember(Member& m, QString* error);

    StoreKind m_kind = StoreKind::SQLite;
    QTemporaryDir m_dir;
    StoreUrl m_url;
    std::unique_ptr<test::ServerProcess> m_server;
    std::unique_ptr<Backend> m_backend;
    SecretBytes m_adminKey;
    int m_counter = 0;
};

// Every key of `siteId` the session may list (one page of up to 10000), and its whole audit log.
Result<QList<ApiKey>> allKeys(Session& s, qint64 siteId);
Result<QList<AuditEvent>> allEvents(Session& s, qint64 siteId);
bool contains(const QList<ApiKey>& keys, qint64 id);

} // namespace keydesk::contract
