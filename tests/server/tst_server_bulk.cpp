// SPDX-License-Identifier: GPL-3.0-or-later
// POST /api_keys/bulk_disable and /api_keys/bulk_revoke (issue 6) through the real server:
// ids or user_id, all or nothing, refusals by role, bad bodies, and the OpenAPI route list.
#include "RestWorld.h"
#include "ServerHarness.h"

#include <QJsonArray>
#include <QTest>

using namespace keydesk::servertest;

namespace {
QJsonArray idArray(std::initializer_list<qint64> ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return a;
}
} // namespace

class TestServerBulk : public QObject {
    Q_OBJECT

    ServerHarness m_server;
    std::unique_ptr<RestWorld> m_world;

    HttpClient& http() { return m_world->http(); }
    int status(qint64 id)
    {
        return http().get(QStringLiteral("/api_keys/%1").arg(id), m_world->admin.as()).status;
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

    void bulkDisableByIdsAnswersTheChangedIds()
    {
        const qint64 a = m_world->createKey(m_world->ann.userId);
        const qint64 b = m_world->createKey(m_world->ben.userId);
        QVERIFY(a && b);
        const HttpReply r =
            http().post(QStringLiteral("/api_keys/bulk_disable"),
                        {{QStringLiteral("ids"), idArray({a, b})}}, m_world->desk.as());
        QVERIFY2(r.status == 200, r.describe().constData());
        QCOMPARE(r.object().value(QStringLiteral("action")).toString(), QStringLiteral("disable"));
        QCOMPARE(r.object().value(QStringLiteral("ids")).toArray(), idArray({a, b}));
        const HttpReply key =
            http().get(QStringLiteral("/api_keys/%1").arg(a), m_world->admin.as());
        QCOMPARE(key.object().value(QStringLiteral("permission_set")).toString(),
                 QStringLiteral("none"));
    }

    void helpdeskCannotBulkRevokeASiteWideKey()
    {
        const qint64 a = m_world->createKey(m_world->ann.userId);
        const qint64 sw = m_world->createKey(std::nullopt);
        QVERIFY(a && sw);
        const HttpReply r =
            http().post(QStringLiteral("/api_keys/bulk_revoke"),
                        {{QStringLiteral("ids"), idArray({a, sw})}}, m_world->desk.as());
        QCOMPARE(r.status, 404);
        QCOMPARE(r.type(), QStringLiteral("not-found/api-key-not-found"));
        QVERIFY(r.object()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("#%1").arg(sw)));
        QCOMPARE(status(a), 200); // all or nothing
        QCOMPARE(status(sw), 200);
    }

    void userCannotBulkRevokeAnotherUsersKeys()
    {
        const qint64 b = m_world->createKey(m_world->ben.userId);
        QVERIFY(b);
        const HttpReply r =
            http().post(QStringLiteral("/api_keys/bulk_revoke"),
                        {{QStringLiteral("user_id"), m_world->ben.userId}}, m_world->ann.as());
        QCOMPARE(r.status, 403);
        QCOMPARE(status(b), 200);
    }

    void bulkRevokeByUserRevokesAllTheirKeys()
    {
        const qint64 a = m_world->createKey(m_world->eve.userId, {}, nullptr, m_world->euId);
        QVERIFY(a);
        const HttpReply r =
            http().post(QStringLiteral("/api_keys/bulk_revoke"),
                        {{QStringLiteral("user_id"), m_world->eve.userId}}, m_world->admin.as());
        QVERIFY2(r.status == 200, r.describe().constData());
        QVERIFY(r.object().value(QStringLiteral("ids")).toArray().contains(a));
        QCOMPARE(status(a), 404);
    }

    void badBodiesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray("{}");
        QTest::newRow("ids not an array") << QByteArray(R"({"ids": 5})");
        QTest::newRow("ids not integers") << QByteArray(R"({"ids": ["5"]})");
        QTest::newRow("unknown field") << QByteArray(R"({"id": [5]})");
    }

    void badBodiesAreRefused()
    {
        QFETCH(QByteArray, body);
        RequestOptions o = m_world->admin.as();
        o.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        const HttpReply r = http().send("POST", QStringLiteral("/api_keys/bulk_revoke"), body, o);
        QCOMPARE(r.status, 400);
    }

    void openApiListsTheBulkRoutes()
    {
        const HttpReply r = http().get(QStringLiteral("/openapi.json"));
        QCOMPARE(r.status, 200);
        const QJsonObject paths = r.object().value(QStringLiteral("paths")).toObject();
        QVERIFY(paths.contains(QStringLiteral("/api/rest/v1/api_keys/bulk_revoke")) ||
                paths.contains(QStringLiteral("/api_keys/bulk_revoke")));
        QVERIFY(paths.contains(QStringLiteral("/api/rest/v1/api_keys/bulk_disable")) ||
                paths.contains(QStringLiteral("/api_keys/bulk_disable")));
    }
};

QTEST_GUILESS_MAIN(TestServerBulk)
#include "tst_server_bulk.moc"
