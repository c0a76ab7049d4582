// SPDX-License-Identifier: GPL-3.0-or-later
// Every endpoint of docs/rest-api.md, happy path, with Files.com field names; the OpenAPI
// document lists exactly the routes the server answers.
#include "RestWorld.h"
#include "ServerHarness.h"

#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace keydesk::servertest;

class tst_server_endpoints : public QObject {
    Q_OBJECT

private:
    ServerHarness m_server;
    std::unique_ptr<RestWorld> m_world;
    HttpClient& http() { return m_world->http(); }
    RequestOptions admin() const { return m_world->admin.as(); }
    QString m_keyPath; // the key of createAndShowKey, for the next test

    // "METHOD /path" of every operation of the served OpenAPI document.
    QSet<QString> listedRoutes()
    {
        const HttpReply r = http().get(QStringLiteral("/openapi.json"));
        QSet<QString> listed;
        const QJsonObject paths = r.object().value(QStringLiteral("paths")).toObject();
        for (auto p = paths.begin(); p != paths.end(); ++p) {
            const QJsonObject ops = p.value().toObject();
            for (auto op = ops.begin(); op != ops.end(); ++op) {
                if (op.value().toObject().contains(QStringLiteral("responses")))
                    listed.insert(op.key().toUpper() + u' ' + p.key());
            }
        }
        return listed;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!ServerHarness::binary().isEmpty(), "KEYDESK_SERVER is not set");
        QVERIFY2(m_server.initStore(), qPrintable(m_server.lastError()));
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_world = std::make_unique<RestWorld>(m_server);
        QVERIFY2(m_world->build(), qPrintable(m_world->error()));
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_server.stop(), 0);
        QVERIFY2(m_server.leakedSecrets().isEmpty(),
                 qPrintable(m_server.leakedSecrets().join(u' ')));
    }

    void health()
    {
        const HttpReply r = http().get(QStringLiteral("/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(r.object().value(QStringLiteral("store")).toString(), QStringLiteral("ok"));
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    }

    void currentKey()
    {
        QByteArray secret;
        const qint64 id = m_world->createKey(m_world->ann.userId, {}, &secret);
        QVERIFY2(id, qPrintable(m_world->error()));
        const RequestOptions as{secret, m_world->ann.host};
        HttpReply r = http().get(QStringLiteral("/api_key"), as);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(r.object().value(QStringLiteral("user_id")).toInteger(), m_world->ann.userId);
        QVERIFY(!r.object().contains(QStringLiteral("key")));
        QVERIFY(m_world->setUsersCanCreate(true));
        r = http().patch(QStringLiteral("/api_key"),
                         {{QStringLiteral("name"), QStringLiteral("mine")},
                          {QStringLiteral("expires_at"), QStringLiteral("2099-01-01T00:00:00Z")}},
                         as);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("name")).toString(), QStringLiteral("mine"));
        QCOMPARE(r.object().value(QStringLiteral("expires_at")).toString(),
                 QStringLiteral("2099-01-01T00:00:00Z"));
        r = http().del(QStringLiteral("/api_key"), as);
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(http().get(QStringLiteral("/api_key"), as).status, 401); // R8: at once
        QVERIFY(m_world->setUsersCanCreate(false));
    }

    void createAndShowKey()
    {
        const QJsonObject body{
            {QStringLiteral("name"), QStringLiteral("deploy")},
            {QStringLiteral("user_id"), m_world->ben.userId},
            {QStringLiteral("description"), QStringLiteral("CI")},
            {QStringLiteral("expires_at"), QStringLiteral("2099-06-01T12:00:00Z")},
            {QStringLiteral("permission_set"), QStringLiteral("full")}};
        HttpReply r = http().post(QStringLiteral("/api_keys"), body, admin());
        QCOMPARE(r.status, 201);
        const QJsonObject created = r.object();
        m_server.rememberSecret(created.value(QStringLiteral("key")).toString().toLatin1());
        for (const char* field :
             {"id", "name", "descriptive_label", "description", "user_id", "site_id",
              "permission_set", "created_at", "expires_at", "last_use_at", "aws_style_credentials",
              "aws_access_key_id", "key", "aws_secret_key", "kind", "status", "prefix", "username"})
            QVERIFY2(created.contains(QLatin1String(field)), field);
        QVERIFY(created.value(QStringLiteral("key")).toString().startsWith(QStringLiteral("kdu_")));
        QCOMPARE(created.value(QStringLiteral("descriptive_label")).toString(),
                 QStringLiteral("User API key for ben (key ID #%1)")
                     .arg(created.value(QStringLiteral("id")).toInteger()));
        m_keyPath =
            QStringLiteral("/api_keys/%1").arg(created.value(QStringLiteral("id")).toInteger());
        r = http().get(m_keyPath, admin());
        QCOMPARE(r.status, 200);
        QVERIFY(!r.object().contains(QStringLiteral("key"))); // R4: shown once
        QCOMPARE(r.object().value(QStringLiteral("description")).toString(), QStringLiteral("CI"));
    }

    void editDisableEnableRevokeKey()
    {
        QVERIFY(!m_keyPath.isEmpty());
        const QString& path = m_keyPath;
        HttpReply r = http().patch(path,
                                   {{QStringLiteral("name"), QStringLiteral("deploy-2")},
                                    {QStringLiteral("description"), QStringLiteral("changed")},
                                    {QStringLiteral("expires_at"), QJsonValue::Null}},
                                   admin());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("name")).toString(), QStringLiteral("deploy-2"));
        QVERIFY(r.object().value(QStringLiteral("expires_at")).isNull());
        r = http().post(path + QStringLiteral("/disable"), {}, admin());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("permission_set")).toString(),
                 QStringLiteral("none"));
        QCOMPARE(r.object().value(QStringLiteral("status")).toString(), QStringLiteral("disabled"));
        QCOMPARE(r.object().value(QStringLiteral("previous_permission_set")).toString(),
                 QStringLiteral("full"));
        r = http().post(path + QStringLiteral("/enable"), {}, admin());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("permission_set")).toString(),
                 QStringLiteral("full"));
        r = http().patch(path, {{QStringLiteral("permission_set"), QStringLiteral("none")}},
                         admin());
        QCOMPARE(r.object().value(QStringLiteral("permission_set")).toString(),
                 QStringLiteral("none"));
        r = http().post(path + QStringLiteral("/enable"),
                        {{QStringLiteral("permission_set"), QStringLiteral("desktop_app")}},
                        admin());
        QCOMPARE(r.object().value(QStringLiteral("permission_set")).toString(),
                 QStringLiteral("desktop_app"));
        r = http().del(path, admin());
        QCOMPARE(r.status, 204);
        QCOMPARE(http().get(path, admin()).status, 404);
    }

    void siteWideAndS3Keys()
    {
        HttpReply r = http().post(QStringLiteral("/api_keys"),
                                  {{QStringLiteral("name"), QStringLiteral("sw")}}, admin());
        QCOMPARE(r.status, 201);
        m_server.rememberSecret(r.object().value(QStringLiteral("key")).toString().toLatin1());
        QVERIFY(r.object().value(QStringLiteral("user_id")).isNull());
        QCOMPARE(r.object().value(QStringLiteral("kind")).toString(), QStringLiteral("site_wide"));
        QVERIFY(
            r.object().value(QStringLiteral("key")).toString().startsWith(QStringLiteral("kds_")));
        r = http().post(QStringLiteral("/api_keys"),
                        {{QStringLiteral("name"), QStringLiteral("s3")},
                         {QStringLiteral("user_id"), m_world->ann.userId},
                         {QStringLiteral("aws_style_credentials"), true}},
                        admin());
        QCOMPARE(r.status, 201);
        m_server.rememberSecret(r.object().value(QStringLiteral("key")).toString().toLatin1());
        m_server.rememberSecret(
            r.object().value(QStringLiteral("aws_secret_key")).toString().toLatin1());
        QVERIFY(r.object().value(QStringLiteral("aws_style_credentials")).toBool());
        QVERIFY(r.object()
                    .value(QStringLiteral("aws_access_key_id"))
                    .toString()
                    .startsWith(QStringLiteral("KDAK")));
        QCOMPARE(r.object().value(QStringLiteral("aws_secret_key")).toString().size(), 40);
        r = http().get(
            QStringLiteral("/api_keys/%1").arg(r.object().value(QStringLiteral("id")).toInteger()),
            admin());
        QVERIFY(!r.object().contains(QStringLiteral("aws_secret_key")));
        QVERIFY(r.object()
                    .value(QStringLiteral("aws_access_key_id"))
                    .toString()
                    .startsWith(QStringLiteral("KDAK")));
    }

    void listPagingSortFilter()
    {
        for (int i = 0; i < 5; ++i)
            QVERIFY(m_world->createKey(
                m_world->ben.userId, {{QStringLiteral("name"), QStringLiteral("page-%1").arg(i)}}));
        QSet<qint64> seen;
        QString cursor;
        int pages = 0;
        do {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("user_id"), QString::number(m_world->ben.userId));
            q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("2"));
            q.addQueryItem(QStringLiteral("sort_by[name]"), QStringLiteral("desc"));
            if (!cursor.isEmpty())
                q.addQueryItem(QStringLiteral("cursor"), cursor);
            const HttpReply r =
                http().get(QStringLiteral("/api_keys?") + q.toString(QUrl::FullyEncoded), admin());
            QCOMPARE(r.status, 200);
            QVERIFY(r.array().size() <= 2);
            for (const QJsonValue& k : r.array())
                seen.insert(k.toObject().value(QStringLiteral("id")).toInteger());
            cursor = QString::fromLatin1(r.header("x-files-cursor"));
            QCOMPARE(r.header("x-files-cursor-next"), r.header("x-files-cursor"));
            ++pages;
        } while (!cursor.isEmpty() && pages < 20);
        QVERIFY(seen.size() >= 6); // ben's own key + the five above
        QVERIFY(pages >= 3);
        const HttpReply sw =
            http().get(QStringLiteral("/api_keys?filter%5Bkind%5D=site_wide"), admin());
        QCOMPARE(sw.status, 200);
        for (const QJsonValue& k : sw.array())
            QCOMPARE(k.toObject().value(QStringLiteral("kind")).toString(),
                     QStringLiteral("site_wide"));
        const HttpReply found =
            http().get(QStringLiteral("/api_keys?filter%5Bsearch%5D=page-3"), admin());
        QCOMPARE(found.array().size(), 1);
        const HttpReply mine = http().get(QStringLiteral("/api_keys?user_id=0"), m_world->ben.as());
        QCOMPARE(mine.status, 200);
        for (const QJsonValue& k : mine.array())
            QCOMPARE(k.toObject().value(QStringLiteral("user_id")).toInteger(),
                     m_world->ben.userId);
    }

    void site()
    {
        HttpReply r = http().get(QStringLiteral("/site"), admin());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("subdomain")).toString(), QStringLiteral("acme"));
        r = http().patch(QStringLiteral("/site"),
                         {{QStringLiteral("max_key_lifetime_days"), 365},
                          {QStringLiteral("require_key_expiry"), false}},
                         admin());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("max_key_lifetime_days")).toInt(), 365);
        r = http().patch(QStringLiteral("/site"),
                         {{QStringLiteral("max_key_lifetime_days"), QJsonValue::Null}}, admin());
        QVERIFY(r.object().value(QStringLiteral("max_key_lifetime_days")).isNull());
        r = http().get(QStringLiteral("/site"), m_world->ann.as());
        QCOMPARE(r.status, 200); // every member reads the settings
    }

    void childSites()
    {
        HttpReply r = http().get(QStringLiteral("/child_sites"), admin());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 1);
        QCOMPARE(r.array().first().toObject().value(QStringLiteral("parent_site_id")).toInteger(),
                 m_world->acmeId);
        r = http().post(QStringLiteral("/child_sites"),
                        {{QStringLiteral("name"), QStringLiteral("Acme US")},
                         {QStringLiteral("subdomain"), QStringLiteral("acme-us")}},
                        admin());
        QCOMPARE(r.status, 201);
        QCOMPARE(http().get(QStringLiteral("/child_sites"), admin()).array().size(), 2);
    }

    void users()
    {
        HttpReply r = http().post(QStringLiteral("/users"),
                                  {{QStringLiteral("username"), QStringLiteral("carl")},
                                   {QStringLiteral("name"), QStringLiteral("Carl C")}},
                                  admin());
        QCOMPARE(r.status, 201);
        const qint64 carl = r.object().value(QStringLiteral("id")).toInteger();
        QCOMPARE(r.object().value(QStringLiteral("role")).toString(), QStringLiteral("user"));
        QCOMPARE(r.object().value(QStringLiteral("site_admin")).toBool(), false);
        r = http().get(QStringLiteral("/users"), admin());
        QCOMPARE(r.status, 200);
        QVERIFY(r.array().size() >= 5);
        r = http().get(QStringLiteral("/users?username=carl"), admin());
        QCOMPARE(r.array().size(), 1);
        QCOMPARE(http().get(QStringLiteral("/users?username=nobody"), admin()).array().size(), 0);
        r = http().get(QStringLiteral("/users/%1").arg(carl), admin());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("name")).toString(), QStringLiteral("Carl C"));
        r = http().patch(QStringLiteral("/users/%1").arg(carl),
                         {{QStringLiteral("disabled"), true}}, admin());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("disabled")).toBool(), true);
        r = http().get(QStringLiteral("/users?site_id=%1").arg(m_world->euId), admin()); // E3
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 2);
    }

    void auditEvents()
    {
        HttpReply r = http().get(QStringLiteral("/audit_events?per_page=3"), admin());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 3);
        const QJsonObject first = r.array().first().toObject();
        for (const char* field : {"id", "at", "site_id", "actor_user_id", "actor_key_id", "action",
                                  "api_key_id", "details"})
            QVERIFY2(first.contains(QLatin1String(field)), field);
        const QByteArray cursor = r.header("x-files-cursor");
        QVERIFY(!cursor.isEmpty());
        const HttpReply next = http().get(QStringLiteral("/audit_events?per_page=3&cursor=") +
                                              QString::fromLatin1(cursor),
                                          admin());
        QCOMPARE(next.status, 200);
        QVERIFY(next.array().first().toObject().value(QStringLiteral("id")).toInteger() <
                first.value(QStringLiteral("id")).toInteger()); // newest first
        r = http().get(QStringLiteral("/audit_events?api_key_id=%1").arg(m_world->ann.keyId),
                       admin());
        QCOMPARE(r.status, 200);
        for (const QJsonValue& e : r.array())
            QCOMPARE(e.toObject().value(QStringLiteral("api_key_id")).toInteger(),
                     m_world->ann.keyId);
    }

    void parentAdminActsOnChildSite() // E3
    {
        HttpReply r = http().post(QStringLiteral("/api_keys"),
                                  {{QStringLiteral("name"), QStringLiteral("for eve")},
                                   {QStringLiteral("user_id"), m_world->eve.userId},
                                   {QStringLiteral("site_id"), m_world->euId}},
                                  admin());
        QCOMPARE(r.status, 201);
        const QByteArray key = r.object().value(QStringLiteral("key")).toString().toLatin1();
        m_server.rememberSecret(key);
        QCOMPARE(r.object().value(QStringLiteral("site_id")).toInteger(), m_world->euId); // R10
        QCOMPARE(
            http().get(QStringLiteral("/api_key"), {key, hostOf(QStringLiteral("acme-eu"))}).status,
            200);
        QCOMPARE(
            http().get(QStringLiteral("/api_key"), {key, hostOf(QStringLiteral("acme"))}).status,
            401);
        r = http().get(QStringLiteral("/api_keys?site_id=%1").arg(m_world->euId), admin());
        QCOMPARE(r.status, 200);
        for (const QJsonValue& k : r.array())
            QCOMPARE(k.toObject().value(QStringLiteral("site_id")).toInteger(), m_world->euId);
        r = http().patch(QStringLiteral("/site"),
                         {{QStringLiteral("site_id"), m_world->euId},
                          {QStringLiteral("users_can_create_api_keys"), true}},
                         admin());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("id")).toInteger(), m_world->euId);
        QCOMPARE(http()
                     .get(QStringLiteral("/audit_events?site_id=%1").arg(m_world->euId), admin())
                     .status,
                 200);
    }

    void openApiListsEveryRoute()
    {
        const HttpReply r = http().get(QStringLiteral("/openapi.json"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.object().value(QStringLiteral("openapi")).toString().startsWith(u"3.0"));
        const QSet<QString> expected{QStringLiteral("GET /health"),
                                     QStringLiteral("GET /openapi.json"),
                                     QStringLiteral("GET /api_key"),
                                     QStringLiteral("PATCH /api_key"),
                                     QStringLiteral("DELETE /api_key"),
                                     QStringLiteral("GET /api_keys"),
                                     QStringLiteral("POST /api_keys"),
                                     QStringLiteral("GET /api_keys/{id}"),
                                     QStringLiteral("PATCH /api_keys/{id}"),
                                     QStringLiteral("DELETE /api_keys/{id}"),
                                     QStringLiteral("POST /api_keys/{id}/disable"),
                                     QStringLiteral("POST /api_keys/{id}/enable"),
                                     QStringLiteral("POST /api_keys/{id}/rotate"),
                                     QStringLiteral("GET /reports/keys.csv"),
                                     QStringLiteral("GET /site"),
                                     QStringLiteral("PATCH /site"),
                                     QStringLiteral("GET /child_sites"),
                                     QStringLiteral("POST /child_sites"),
                                     QStringLiteral("GET /users"),
                                     QStringLiteral("POST /users"),
                                     QStringLiteral("GET /users/{id}"),
                                     QStringLiteral("PATCH /users/{id}"),
                                     QStringLiteral("GET /audit_events"),
                                     QStringLiteral("POST /api_keys/bulk_disable"),
                                     QStringLiteral("POST /api_keys/bulk_revoke"),
                                     QStringLiteral("GET /site/policy_violations")};
        QCOMPARE(listedRoutes(), expected); // docs/rest-api.md's endpoint table
        const QJsonObject schemas = r.object()
                                        .value(QStringLiteral("components"))
                                        .toObject()
                                        .value(QStringLiteral("schemas"))
                                        .toObject();
        for (const char* schema :
             {"ApiKey", "ApiKeyCreated", "Site", "User", "AuditEvent", "Error"})
            QVERIFY2(schemas.contains(QLatin1String(schema)), schema);
    }

    void everyListedRouteIsServed()
    {
        // None answers "no such endpoint" (404 without a resource type) or 405.
        QByteArray throwaway;
        QVERIFY(m_world->createKey(std::nullopt, {}, &throwaway));
        const QSet<QString> listed = listedRoutes();
        QVERIFY(!listed.isEmpty());
        for (const QString& entry : listed) {
            const QByteArray method = entry.section(u' ', 0, 0).toLatin1();
            const QString path =
                entry.section(u' ', 1).replace(QStringLiteral("{id}"), QStringLiteral("999999"));
            const bool revokesCaller = entry == QLatin1String("DELETE /api_key");
            const QByteArray body =
                method == "POST" || method == "PATCH" ? QByteArray("{}") : QByteArray();
            const HttpReply answer = http().send(
                method, path, body, {revokesCaller ? throwaway : m_world->admin.key, {}});
            QVERIFY2(answer.status != 405 &&
                         answer.type() != QLatin1String("not-found/not-found") &&
                         answer.status != 0,
                     qPrintable(entry + u' ' + QString::fromUtf8(answer.describe())));
        }
    }
};

QTEST_GUILESS_MAIN(tst_server_endpoints)
#include "tst_server_endpoints.moc"
