// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input over HTTP: malformed JSON, wrong types, unknown fields, huge bodies, bad cursors,
// bad sort and filter parameters, unknown ids, the key in the wrong header, keys presented to
// another site's Host (R10), disabled, expired and non-full keys.
#include "RestWorld.h"
#include "ServerHarness.h"

#include <QJsonArray>
#include <QTest>
#include <QThread>

using namespace keydesk::servertest;

class tst_server_badinput : public QObject {
    Q_OBJECT

private:
    ServerHarness m_server;
    std::unique_ptr<RestWorld> m_world;
    HttpClient& http() { return m_world->http(); }
    RequestOptions admin() const { return m_world->admin.as(); }

    static void verifyError(const HttpReply& r, int status, const QString& type)
    {
        QVERIFY2(r.status == status && r.type() == type,
                 qPrintable(QStringLiteral("want %1 %2, got ").arg(status).arg(type) +
                            QString::fromUtf8(r.describe())));
        QCOMPARE(r.object().value(QStringLiteral("http-code")).toInt(), status);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!ServerHarness::binary().isEmpty(), "KEYDESK_SERVER is not set");
        QVERIFY2(m_server.initStore(), qPrintable(m_server.lastError()));
        // Many deliberate 401s here: the rate limit has its own suite.
        QVERIFY2(m_server.start({QStringLiteral("--auth-fail-limit"), QStringLiteral("0")}),
                 qPrintable(m_server.lastError()));
        m_world = std::make_unique<RestWorld>(m_server);
        QVERIFY2(m_world->build(), qPrintable(m_world->error()));
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_server.stop(), 0);
        QVERIFY2(m_server.leakedSecrets().isEmpty(),
                 qPrintable(m_server.leakedSecrets().join(u' ')));
    }

    void malformedBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << QByteArray("{\"name\":");
        QTest::newRow("array") << QByteArray("[{\"name\":\"x\"}]");
        QTest::newRow("string") << QByteArray("\"name\"");
        QTest::newRow("number") << QByteArray("42");
        QTest::newRow("not json") << QByteArray("name=x");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4);
    }

    void malformedBodies()
    {
        QFETCH(QByteArray, body);
        verifyError(http().send("POST", QStringLiteral("/api_keys"), body, admin()), 400,
                    QStringLiteral("bad-request/invalid-body"));
    }

    void wrongTypesAndUnknownFields_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        auto row = [](const char* name, const char* method, const char* path, const char* body) {
            QTest::newRow(name) << QByteArray(method) << QString::fromLatin1(path)
                                << QByteArray(body);
        };
        row("name number", "POST", "/api_keys", R"({"name": 5})");
        row("name missing", "POST", "/api_keys", R"({"description": "x"})");
        row("name null", "POST", "/api_keys", R"({"name": null})");
        row("user_id string", "POST", "/api_keys", R"({"name": "x", "user_id": "2"})");
        row("user_id fraction", "POST", "/api_keys", R"({"name": "x", "user_id": 2.5})");
        row("expires_at words", "POST", "/api_keys", R"({"name": "x", "expires_at": "tomorrow"})");
        row("expires_at no zone", "POST", "/api_keys",
            R"({"name": "x", "expires_at": "2099-01-01T00:00:00"})");
        row("permission_set unknown", "POST", "/api_keys",
            R"({"name": "x", "permission_set": "root"})");
        row("aws flag string", "POST", "/api_keys",
            R"({"name": "x", "aws_style_credentials": "yes"})");
        row("unknown field", "POST", "/api_keys", R"({"name": "x", "admin": true})");
        row("patch unknown field", "PATCH", "/api_keys/1", R"({"bogus": 1})");
        row("patch name object", "PATCH", "/api_keys/1", R"({"name": {"a": 1}})");
        row("current unknown field", "PATCH", "/api_key", R"({"description": "not here"})");
        row("site bool string", "PATCH", "/site", R"({"users_can_create_api_keys": "true"})");
        row("site days fraction", "PATCH", "/site", R"({"max_key_lifetime_days": 1.5})");
        row("site unknown", "PATCH", "/site", R"({"color": "red"})");
        row("user role", "POST", "/users", R"({"username": "zed", "role": "god"})");
        row("user unknown", "POST", "/users", R"({"username": "zed", "password": "x"})");
        row("user disabled number", "PATCH", "/users/1", R"({"disabled": 1})");
        row("enable unknown", "POST", "/api_keys/1/enable", R"({"force": true})");
        row("child site missing", "POST", "/child_sites", R"({"name": "x"})");
    }

    void wrongTypesAndUnknownFields()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        verifyError(http().send(method, path, body, admin()), 400,
                    QStringLiteral("bad-request/invalid-body"));
    }

    void hugeBody()
    {
        const QByteArray twoMiB = "{\"name\":\"" + QByteArray(2 * 1024 * 1024, 'a') + "\"}";
        verifyError(http().send("POST", QStringLiteral("/api_keys"), twoMiB, admin()), 413,
                    QStringLiteral("bad-request/request-too-large"));
        // Exactly 1 MiB is still accepted: padding around a valid object.
        const QByteArray object = "{\"name\":\"edge\"}";
        const QByteArray oneMiB = object + QByteArray(1024 * 1024 - object.size(), ' ');
        const HttpReply ok = http().send("POST", QStringLiteral("/api_keys"), oneMiB, admin());
        QVERIFY2(ok.status == 201, ok.describe().constData());
        m_server.rememberSecret(ok.object().value(QStringLiteral("key")).toString().toLatin1());
        QCOMPARE(http().get(QStringLiteral("/health")).status, 200); // still serving
        // Chunked bodies cannot be checked before they are buffered: refused.
        const QByteArray chunked =
            "POST /api/rest/v1/api_keys HTTP/1.1\r\nHost: x\r\nX-FilesAPI-Key: " +
            m_world->admin.key + "\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\n0\r\n\r\n";
        QCOMPARE(RawHttp::exchange(m_server.port(), chunked).status, 411);
        // A declared length over the limit is refused before the body is sent.
        const QByteArray declared =
            "POST /api/rest/v1/api_keys HTTP/1.1\r\nHost: x\r\nContent-Length: 5000000000\r\n\r\n";
        const HttpReply early = RawHttp::exchange(m_server.port(), declared);
        QCOMPARE(early.status, 413);
        QCOMPARE(early.header("connection"), QByteArray("close"));
    }

    void badCursorsSortsAndFilters_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("type");
        const QString cursor = QStringLiteral("bad-request/invalid-cursor");
        const QString sort = QStringLiteral("bad-request/invalid-sort-field");
        const QString filter = QStringLiteral("bad-request/invalid-filter-field");
        const QString param = QStringLiteral("bad-request/invalid-parameter");
        QTest::newRow("cursor garbage") << QStringLiteral("/api_keys?cursor=%25%25%25") << cursor;
        QTest::newRow("cursor base64 junk") << QStringLiteral("/api_keys?cursor=aGVsbG8") << cursor;
        QTest::newRow("audit cursor") << QStringLiteral("/audit_events?cursor=nope!") << cursor;
        QTest::newRow("sort unknown")
            << QStringLiteral("/api_keys?sort_by%5Bpassword%5D=asc") << sort;
        QTest::newRow("sort direction") << QStringLiteral("/api_keys?sort_by%5Bname%5D=up") << sort;
        QTest::newRow("two sorts")
            << QStringLiteral("/api_keys?sort_by%5Bname%5D=asc&sort_by%5Bid%5D=asc") << sort;
        QTest::newRow("filter unknown")
            << QStringLiteral("/api_keys?filter%5Bowner%5D=x") << filter;
        QTest::newRow("filter_gt")
            << QStringLiteral("/api_keys?filter_gt%5Bexpires_at%5D=x") << filter;
        QTest::newRow("status value")
            << QStringLiteral("/api_keys?filter%5Bstatus%5D=weird") << param;
        QTest::newRow("per_page 0") << QStringLiteral("/api_keys?per_page=0") << param;
        QTest::newRow("per_page big") << QStringLiteral("/api_keys?per_page=10001") << param;
        QTest::newRow("unknown parameter") << QStringLiteral("/api_keys?color=red") << param;
        QTest::newRow("user_id text") << QStringLiteral("/api_keys?user_id=me")
                                      << QStringLiteral("bad-request/user-id-invalid");
        QTest::newRow("site unknown param") << QStringLiteral("/site?verbose=1") << param;
        QTest::newRow("site_id text") << QStringLiteral("/users?site_id=abc") << param;
    }

    void badCursorsSortsAndFilters()
    {
        QFETCH(QString, path);
        QFETCH(QString, type);
        verifyError(http().get(path, admin()), 400, type);
    }

    void cursorOfAnotherSortOrder()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_world->createKey(m_world->ben.userId));
        const HttpReply first =
            http().get(QStringLiteral("/api_keys?per_page=1&sort_by%5Bname%5D=asc"), admin());
        const QByteArray cursor = first.header("x-files-cursor");
        QVERIFY(!cursor.isEmpty());
        verifyError(http().get(QStringLiteral("/api_keys?per_page=1&sort_by%5Bid%5D=desc&cursor=") +
                                   QString::fromLatin1(cursor),
                               admin()),
                    400, QStringLiteral("bad-request/invalid-cursor"));
    }

    void unknownIds_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("type");
        const QString key = QStringLiteral("not-found/api-key-not-found");
        const QString user = QStringLiteral("not-found/user-not-found");
        QTest::newRow("get key") << QByteArray("GET") << QStringLiteral("/api_keys/999999")
                                 << QByteArray() << key;
        QTest::newRow("patch key") << QByteArray("PATCH") << QStringLiteral("/api_keys/999999")
                                   << QByteArray(R"({"name":"x"})") << key;
        QTest::newRow("delete key")
            << QByteArray("DELETE") << QStringLiteral("/api_keys/999999") << QByteArray() << key;
        QTest::newRow("disable key")
            << QByteArray("POST") << QStringLiteral("/api_keys/999999/disable") << QByteArray()
            << key;
        QTest::newRow("key id text")
            << QByteArray("GET") << QStringLiteral("/api_keys/abc") << QByteArray() << key;
        QTest::newRow("key id zero")
            << QByteArray("GET") << QStringLiteral("/api_keys/0") << QByteArray() << key;
        QTest::newRow("key id huge")
            << QByteArray("GET") << QStringLiteral("/api_keys/99999999999999999999999")
            << QByteArray() << key;
        QTest::newRow("get user") << QByteArray("GET") << QStringLiteral("/users/999999")
                                  << QByteArray() << user;
        QTest::newRow("patch user") << QByteArray("PATCH") << QStringLiteral("/users/999999")
                                    << QByteArray(R"({"disabled":true})") << user;
        QTest::newRow("owner") << QByteArray("POST") << QStringLiteral("/api_keys")
                               << QByteArray(R"({"name":"x","user_id":999999})") << user;
        QTest::newRow("site") << QByteArray("GET") << QStringLiteral("/site?site_id=999999")
                              << QByteArray() << QStringLiteral("not-found/site-not-found");
    }

    void unknownIds()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, type);
        verifyError(http().send(method, path, body, admin()), 404, type);
    }

    // Core's messages travel with their template and arguments, so that clients can translate
    // them; the server's own (routing, framing) and internal errors do not.
    void errorsCarryTheirTemplate()
    {
        const HttpReply r = http().get(QStringLiteral("/api_keys/999999"), admin());
        verifyError(r, 404, QStringLiteral("not-found/api-key-not-found"));
        const QJsonObject o = r.object();
        QCOMPARE(o.value(QStringLiteral("error")).toString(),
                 QStringLiteral("API key #999999 not found"));
        QCOMPARE(o.value(QStringLiteral("message_template")).toString(),
                 QStringLiteral("API key #%1 not found"));
        QCOMPARE(o.value(QStringLiteral("message_args")).toArray(),
                 QJsonArray{QStringLiteral("999999")});
        const HttpReply route = http().get(QStringLiteral("/nothing"), admin());
        QVERIFY(!route.object().contains(QStringLiteral("message_template")));
    }

    void unknownRoutesAndMethods()
    {
        verifyError(http().get(QStringLiteral("/nothing"), admin()), 404,
                    QStringLiteral("not-found/not-found"));
        const HttpReply r = http().send("PUT", QStringLiteral("/api_keys"), "{}", admin());
        verifyError(r, 405, QStringLiteral("bad-request/method-not-allowed"));
        QCOMPARE(r.header("allow"), QByteArray("GET, POST"));
    }

    void keyInTheWrongPlace()
    {
        const QByteArray key = m_world->admin.key;
        const QString required = QStringLiteral("not-authenticated/authentication-required");
        verifyError(
            http().get(QStringLiteral("/api_key"), {{}, {}, {{"Authorization", "Bearer " + key}}}),
            401, required);
        verifyError(http().get(QStringLiteral("/api_key"), {{}, {}, {{"X-Api-Key", key}}}), 401,
                    required);
        verifyError(
            http().get(QStringLiteral("/api_key"), {{}, {}, {{"Cookie", "X-FilesAPI-Key=" + key}}}),
            401, required);
        verifyError(http().get(QStringLiteral("/api_key?api_key=") + QString::fromLatin1(key)), 401,
                    required);
        // Also never echoed back, wherever it was put.
        const HttpReply inPath =
            http().get(QStringLiteral("/api_keys/") + QString::fromLatin1(key), admin());
        QCOMPARE(inPath.status, 404);
        QVERIFY(!inPath.body.contains(key));
    }

    void invalidCredentials()
    {
        const QString invalid = QStringLiteral("not-authenticated/invalid-credentials");
        verifyError(http().get(QStringLiteral("/api_key"), {"kdu_not-a-key", {}}), 401, invalid);
        QByteArray typo = m_world->ann.key;
        typo[10] = typo[10] == 'a' ? 'b' : 'a'; // checksum catches it before the store
        verifyError(http().get(QStringLiteral("/api_key"), {typo, {}}), 401, invalid);
        QByteArray revoked;
        const qint64 id = m_world->createKey(m_world->ann.userId, {}, &revoked);
        QCOMPARE(http().del(QStringLiteral("/api_keys/%1").arg(id), admin()).status, 204);
        verifyError(http().get(QStringLiteral("/api_key"), {revoked, {}}), 401, invalid);
        QByteArray disabled;
        const qint64 off = m_world->createKey(m_world->ann.userId, {}, &disabled);
        QCOMPARE(http().post(QStringLiteral("/api_keys/%1/disable").arg(off), {}, admin()).status,
                 200);
        verifyError(http().get(QStringLiteral("/api_key"), {disabled, {}}), 403,
                    QStringLiteral("not-authorized/api-key-is-disabled"));
    }

    void expiredKey()
    {
        QByteArray soon;
        const QString at = QDateTime::currentDateTimeUtc().addSecs(2).toString(Qt::ISODate);
        QVERIFY(
            m_world->createKey(m_world->ann.userId, {{QStringLiteral("expires_at"), at}}, &soon));
        QCOMPARE(http().get(QStringLiteral("/api_key"), {soon, {}}).status, 200);
        QThread::msleep(3000);
        verifyError(http().get(QStringLiteral("/api_key"), {soon, {}}), 401,
                    QStringLiteral("not-authenticated/invalid-credentials"));
    }

    void otherSitesHost() // R10
    {
        const QString invalid = QStringLiteral("not-authenticated/invalid-credentials");
        const QByteArray acme = hostOf(QStringLiteral("acme"));
        const QByteArray eu = hostOf(QStringLiteral("acme-eu"));
        QCOMPARE(http().get(QStringLiteral("/api_key"), {m_world->ann.key, acme}).status, 200);
        verifyError(http().get(QStringLiteral("/api_key"), {m_world->ann.key, eu}), 401, invalid);
        verifyError(http().get(QStringLiteral("/api_key"), {m_world->admin.key, eu + ":8080"}), 401,
                    invalid);
        QCOMPARE(http().get(QStringLiteral("/api_key"), {m_world->eve.key, eu}).status, 200);
        verifyError(http().get(QStringLiteral("/api_key"), {m_world->eve.key, acme}), 401, invalid);
        // Any other host is the primary site.
        QCOMPARE(http().get(QStringLiteral("/api_key"), {m_world->ann.key, "localhost"}).status,
                 200);
        verifyError(http().get(QStringLiteral("/api_key"), {m_world->eve.key, "elsewhere.example"}),
                    401, invalid);
        verifyError(http().get(QStringLiteral("/api_key"),
                               {m_world->ann.key, hostOf(QStringLiteral("nosuch"))}),
                    404, QStringLiteral("not-found/site-not-found"));
        // E3 runs downwards only: a child-site admin cannot reach the parent.
        verifyError(http().get(QStringLiteral("/site?site_id=%1").arg(m_world->acmeId),
                               m_world->euAdmin.as()),
                    404, QStringLiteral("not-found/site-not-found"));
    }

    void nonFullKeysCannotUseTheApi_data()
    {
        QTest::addColumn<QString>("set");
        QTest::addColumn<QString>("type");
        QTest::newRow("desktop_app")
            << QStringLiteral("desktop_app")
            << QStringLiteral("not-authorized/api-key-only-for-desktop-app");
        QTest::newRow("sync_app") << QStringLiteral("sync_app")
                                  << QStringLiteral("not-authorized/api-key-only-for-desktop-app");
        QTest::newRow("mobile_app") << QStringLiteral("mobile_app")
                                    << QStringLiteral("not-authorized/api-key-only-for-mobile-app");
        QTest::newRow("office") << QStringLiteral("office_integration")
                                << QStringLiteral(
                                       "not-authorized/api-key-only-for-office-integration");
        QTest::newRow("files_only")
            << QStringLiteral("files_only")
            << QStringLiteral("not-authorized/api-key-only-for-file-operations");
    }

    void nonFullKeysCannotUseTheApi()
    {
        QFETCH(QString, set);
        QFETCH(QString, type);
        QByteArray key;
        QVERIFY(m_world->createKey(m_world->ann.userId, {{QStringLiteral("permission_set"), set}},
                                   &key));
        verifyError(http().get(QStringLiteral("/api_key"), {key, {}}), 403, type);
        verifyError(http().get(QStringLiteral("/api_keys"), {key, {}}), 403, type);
    }

    void siteWideOwnerZero()
    {
        verifyError(http().post(QStringLiteral("/api_keys"),
                                {{QStringLiteral("name"), QStringLiteral("x")},
                                 {QStringLiteral("user_id"), 0}},
                                m_world->siteWide.as()),
                    400, QStringLiteral("bad-request/user-id-invalid"));
    }
};

QTEST_GUILESS_MAIN(tst_server_badinput)
#include "tst_server_badinput.moc"
