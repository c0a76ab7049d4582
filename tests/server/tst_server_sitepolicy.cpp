// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 6 through the real server: GET /site/policy_violations (site admins only, read-only)
// and the filters of GET /audit_events (actor_user_id, action, start_at, end_at).
#include "RestWorld.h"
#include "ServerHarness.h"

#include <QJsonArray>
#include <QTest>

using namespace keydesk::servertest;

class TestServerSitePolicy : public QObject {
    Q_OBJECT

    ServerHarness m_server;
    std::unique_ptr<RestWorld> m_world;

    HttpClient& http() { return m_world->http(); }

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

    void violationsAreListedForSiteAdminsOnly()
    {
        const qint64 id = m_world->createKey(m_world->ann.userId);
        QVERIFY(id);
        const HttpReply set =
            http().patch(QStringLiteral("/site"), {{QStringLiteral("require_key_expiry"), true}},
                         m_world->admin.as());
        QVERIFY2(set.status == 200, set.describe().constData());
        const HttpReply r =
            http().get(QStringLiteral("/site/policy_violations"), m_world->admin.as());
        QVERIFY2(r.status == 200, r.describe().constData());
        bool listed = false;
        for (const QJsonValue& v : r.array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("api_key"))
                    .toObject()
                    .value(QStringLiteral("id"))
                    .toInteger() == id)
                listed =
                    o.value(QStringLiteral("violation")).toString() == QLatin1String("no_expiry");
        }
        QVERIFY(listed);
        QCOMPARE(http().get(QStringLiteral("/site/policy_violations"), m_world->desk.as()).status,
                 403);
        QCOMPARE(http().get(QStringLiteral("/site/policy_violations"), m_world->ann.as()).status,
                 403);
        QCOMPARE(http()
                     .patch(QStringLiteral("/site"),
                            {{QStringLiteral("require_key_expiry"), false}}, m_world->ann.as())
                     .status,
                 403);
        QCOMPARE(http()
                     .patch(QStringLiteral("/site"),
                            {{QStringLiteral("require_key_expiry"), false}}, m_world->admin.as())
                     .status,
                 200);
    }

    void auditEventsAreFiltered()
    {
        const qint64 id = m_world->createKey(m_world->ben.userId);
        QVERIFY(id);
        QCOMPARE(http()
                     .post(QStringLiteral("/api_keys/%1/disable").arg(id), {}, m_world->desk.as())
                     .status,
                 200);
        const HttpReply r = http().get(
            QStringLiteral(
                "/audit_events?actor_user_id=%1&action=key.disable&start_at=2020-01-01T00:00:00Z")
                .arg(m_world->desk.userId),
            m_world->admin.as());
        QVERIFY2(r.status == 200, r.describe().constData());
        QCOMPARE(r.array().size(), 1);
        QCOMPARE(r.array().first().toObject().value(QStringLiteral("api_key_id")).toInteger(), id);
        const HttpReply none = http().get(
            QStringLiteral("/audit_events?end_at=2020-01-01T00:00:00Z"), m_world->admin.as());
        QCOMPARE(none.status, 200);
        QCOMPARE(none.array().size(), 0);
        QCOMPARE(http()
                     .get(QStringLiteral("/audit_events?start_at=yesterday"), m_world->admin.as())
                     .status,
                 400);
    }
};

QTEST_GUILESS_MAIN(TestServerSitePolicy)
#include "tst_server_sitepolicy.moc"
