// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminService.h"
#include "Authenticator.h"
#include "Bootstrap.h"
#include "KeyService.h"
#include "SecretBox.h"
#include "Session.h"
#include "SqlStore.h"
#include "StoreUrl.h"

namespace keydesk {

// A store this process opens itself (SQLite or PostgreSQL): services, authenticator and KEKs
// over one SqlStore connection.
class LocalBackend final : public Backend {
public:
    // KEKs: KEYDESK_KEK, else the file KEYDESK_KEK_FILE, else (SQLite only) "<database>.kek"
    // beside the store. A PostgreSQL store has no file of its own: without KEYDESK_KEK or
    // KEYDESK_KEK_FILE its S3 keys cannot be created or verified.
    // The KEK file of `url` when KEYDESK_KEK is not set: KEYDESK_KEK_FILE, else the file beside
    // an SQLite store (which may not exist yet); empty for a PostgreSQL store without one.
    static QString kekFilePath(const StoreUrl& url);
    static Result<std::unique_ptr<LocalBackend>> open(const StoreUrl& url,
                                                      Clock clock = systemClock());
    // The same with a PostgreSQL password (the console's keychain); empty: PGPASSWORD.
    static Result<std::unique_ptr<LocalBackend>> open(const StoreUrl& url, const QString& password,
                                                      Clock clock = systemClock());
    // Creates the store, its KEK file (SQLite, unless one is configured) and the first site and
    // admin.
    static Result<std::pair<std::unique_ptr<LocalBackend>, InitResult>>
    initialize(const StoreUrl& url, const InitRequest& request, Clock clock = systemClock());
    static Result<std::pair<std::unique_ptr<LocalBackend>, InitResult>>
    initialize(const StoreUrl& url, const InitRequest& request, const QString& password,
               Clock clock = systemClock());

    Result<std::unique_ptr<Session>> signIn(std::string_view key,
                                            const QString& subdomain = {}) override;
    QString location() const override { return m_url.toString(); }

    Store& store() { return *m_store; }
    KeyService& keys() { return m_keys; }
    AdminService& admin() { return m_admin; }
    Authenticator& authenticator() { return m_auth; }
    const KekRing& keks() const { return m_keks; }
    // Reads the KEKs again (after `keydesk-server rotate-kek`); false, and the ring unchanged,
    // when they cannot be read.
    bool reloadKeks();

private:
    LocalBackend(StoreUrl url, std::unique_ptr<SqlStore> store, KekRing keks, Clock clock);
    static Result<std::unique_ptr<SqlStore>> openStore(const StoreUrl& url, bool create,
                                                       const QString& password);
    static Result<KekRing> loadKeks(const StoreUrl& url, bool create);

    StoreUrl m_url;
    std::unique_ptr<SqlStore> m_store;
    KekRing m_keks;
    Clock m_clock;
    KeyService m_keys;
    AdminService m_admin;
    Authenticator m_auth;
};

} // namespace keydesk
