// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestWorld.h"

namespace keydesk::servertest {

RestWorld::RestWorld(ServerHarness& server)
    : m_server(server)
    , m_http(server.baseUrl())
{}

bool RestWorld::fail(const QString& what, const HttpReply& reply)
{
    m_error = what + QStringLiteral(": ") + QString::fromUtf8(reply.describe());
    return false;
}

qint64 RestWorld::createKey(std::optional<qint64> owner, const QJsonObject& extra,
                            QByteArray* secret, qint64 siteId)
{
    QJsonObject body = extra;
    if (!body.contains(QStringLiteral("name")))
        body.insert(QStringLiteral("name"), QStringLiteral("k"));
    if (owner)
        body.insert(QStringLiteral("user_id"), *owner);
    if (siteId)
        body.insert(QStringLiteral("site_id"), siteId);
    const HttpReply r = m_http.post(QStringLiteral("/api_keys"), body, admin.as());
    if (r.status != 201) {
        fail(QStringLiteral("create key"), r);
        return 0;
    }
    const QByteArray key = r.object().value(QStringLiteral("key")).toString().toLatin1();
    m_server.rememberSecret(key);
    m_server.rememberSecret(
        r.object().value(QStringLiteral("aws_secret_key")).toString().toLatin1());
    if (secret)
        *secret = key;
    return r.object().value(QStringLiteral("id")).toInteger();
}

bool RestWorld::addUser(Actor& actor, const QString& role, qint64 siteId, const QByteArray& host)
{
    const QJsonObject body{{QStringLiteral("username"), actor.name},
                           {QStringLiteral("role"), role},
                           {QStringLiteral("site_id"), siteId}};
    const HttpReply r = m_http.post(QStringLiteral("/users"), body, admin.as());
    if (r.status != 201)
        return fail(QStringLiteral("create user ") + actor.name, r);
    actor.userId = r.object().value(QStringLiteral("id")).toInteger();
    actor.host = host;
    actor.keyId = createKey(actor.userId, {}, &actor.key, siteId);
    return actor.keyId != 0;
}

bool RestWorld::setUsersCanCreate(bool on)
{
    const HttpReply r = m_http.patch(
        QStringLiteral("/site"), {{QStringLiteral("users_can_create_api_keys"), on}}, admin.as());
    return r.status == 200 || fail(QStringLiteral("site setting"), r);
}

bool RestWorld::build()
{
    admin =
        Actor{QStringLiteral("admin"), 0, 0, m_server.adminKey(), hostOf(QStringLiteral("acme"))};
    const HttpReply self = m_http.get(QStringLiteral("/api_key"), admin.as());
    if (self.status != 200)
        return fail(QStringLiteral("admin key"), self);
    admin.userId = self.object().value(QStringLiteral("user_id")).toInteger();
    admin.keyId = self.object().value(QStringLiteral("id")).toInteger();
    acmeId = self.object().value(QStringLiteral("site_id")).toInteger();
    const HttpReply child = m_http.post(QStringLiteral("/child_sites"),
                                        {{QStringLiteral("name"), QStringLiteral("Acme EU")},
                                         {QStringLiteral("subdomain"), QStringLiteral("acme-eu")}},
                                        admin.as());
    if (child.status != 201)
        return fail(QStringLiteral("child site"), child);
    euId = child.object().value(QStringLiteral("id")).toInteger();
    desk.name = QStringLiteral("desk");
    ann.name = QStringLiteral("ann");
    ben.name = QStringLiteral("ben");
    euAdmin.name = QStringLiteral("euadmin");
    eve.name = QStringLiteral("eve");
    const QByteArray acme = hostOf(QStringLiteral("acme"));
    const QByteArray eu = hostOf(QStringLiteral("acme-eu"));
    siteWide = Actor{QStringLiteral("site-wide"), 0, 0, {}, acme};
    siteWide.keyId = createKey(std::nullopt, {}, &siteWide.key);
    return siteWide.keyId && addUser(desk, QStringLiteral("helpdesk"), acmeId, acme) &&
           addUser(ann, QStringLiteral("user"), acmeId, acme) &&
           addUser(ben, QStringLiteral("user"), acmeId, acme) &&
           addUser(euAdmin, QStringLiteral("site_admin"), euId, eu) &&
           addUser(eve, QStringLiteral("user"), euId, eu);
}

} // namespace keydesk::servertest
