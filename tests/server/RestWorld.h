// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpClient.h"
#include "ServerHarness.h"

namespace keydesk::servertest {

// Someone who holds one full API key.
struct Actor {
    QString name;
    qint64 userId = 0; // 0 for a site-wide key
    qint64 keyId = 0;
    QByteArray key;
    QByteArray host; // the Host header of the key's site

    RequestOptions as() const { return RequestOptions{key, host}; }
};

// The cast of the REST tests, built through the API itself with the bootstrap admin's key:
//   acme (primary):     admin (site_admin), desk (helpdesk), ann and ben (user), siteWide key
//   acme-eu (child):    euadmin (site_admin), eve (user)
class RestWorld {
public:
    explicit RestWorld(ServerHarness& server);

    bool build(); // false: see error()
    QString error() const { return m_error; }
    HttpClient& http() { return m_http; }

    // A key created by admin for `owner` (nullopt: site-wide); its id, or 0 (see error()).
    qint64 createKey(std::optional<qint64> owner, const QJsonObject& extra = {},
                     QByteArray* secret = nullptr, qint64 siteId = 0);
    bool setUsersCanCreate(bool on);

    Actor admin, siteWide, desk, ann, ben, euAdmin, eve;
    qint64 acmeId = 0;
    qint64 euId = 0;

private:
    bool addUser(Actor& actor, const QString& role, qint64 siteId, const QByteArray& host);
    bool fail(const QString& what, const HttpReply& reply);

    ServerHarness& m_server;
    HttpClient m_http;
    QString m_error;
};

} // namespace keydesk::servertest
