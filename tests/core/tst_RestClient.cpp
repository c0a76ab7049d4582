// SPDX-License-Identifier: GPL-3.0-or-later
// The REST client's HTTP mechanics against a scripted HTTP server on loopback: the headers it
// really sends (Host, X-FilesAPI-Key), retries on 429/503 honouring Retry-After within their
// bounds, timeouts, unreachable servers, the server's error JSON, redirects, and secrets
// taken out of a creation response.
#include "JsonParse.h"
#include "RestClient.h"
#include "RestErrors.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace keydesk;

namespace {
struct Canned {
    int status = 200;
    QByteArray body = "{}";
    QByteArray extraHeaders; // "Name: value\r\n" lines
    bool hang = false;       // accept, read, never answer
};

// One HTTP/1.1 answer per request, in order; remembers every request's head.
class ScriptedServer : public QObject {
public:
    ScriptedServer()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, &ScriptedServer::accept);
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    void push(Canned c) { m_script << std::move(c); }
    QList<QByteArray> requests;

private:
    void accept()
    {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        }
    }
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        qsizetype length = 0;
        for (const QByteArray& line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        requests << buffer.left(end + 4 + length);
        buffer.remove(0, end + 4 + length);
        answer(socket);
    }
    void answer(QTcpSocket* socket)
    {
        const Canned c = m_script.isEmpty() ? Canned{} : m_script.takeFirst();
        if (c.hang)
            return;
        socket->write("HTTP/1.1 " + QByteArray::number(c.status) + " X\r\n" +
                      "Content-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(c.body.size()) + "\r\n" + c.extraHeaders + "\r\n" +
                      c.body);
    }

    QTcpServer m_server;
    QList<Canned> m_script;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

std::unique_ptr<RestClient> client(const QUrl& url, RestOptions options = {})
{
    auto c = RestClient::create(url, options);
    return c ? std::move(*c) : nullptr;
}

QByteArray header(const QByteArray& request, const QByteArray& name)
{
    for (const QByteArray& line : request.split('\n')) {
        if (line.toLower().startsWith(QByteArray(name.toLower() + ':')))
            return line.mid(name.size() + 1).trimmed();
    }
    return {};
}
} // namespace

class TestRestClient : public QObject {
    Q_OBJECT

private slots:
    void sendsHostAndKeyHeadersOnly();
    void encodesQueryValues();
    void retriesBusyAnswersHonouringRetryAfter();
    void serverMessageTemplateKeptOnlyWhenItMatches_data();
    void serverMessageTemplateKeptOnlyWhenItMatches();
    void givesUpAfterThreeTries();
    void retryWaitsBeyondTheBudgetAreNotWaited();
    void timesOutASilentServer();
    void unreachableServerIsAStoreFailure();
    void serverErrorsMapToCoreErrors_data();
    void serverErrorsMapToCoreErrors();
    void redirectsAreNotFollowed();
    void secretsAreTakenOutOfTheAnswer();
    void messagesNeverCarryAKey();
};

void TestRestClient::sendsHostAndKeyHeadersOnly()
{
    ScriptedServer server;
    auto c = client(server.url());
    QVERIFY(c);
    c->setKey("kdu_secretvalue");
    c->setHost(QStringLiteral("acme-eu.keydesk.test:%1").arg(server.url().port()));
    auto reply = c->send(HttpMethod::Get, QStringLiteral("/api_key"));
    QVERIFY(reply.has_value());
    QCOMPARE(server.requests.size(), 1);
    const QByteArray& r = server.requests.first();
    QVERIFY(r.startsWith("GET /api/rest/v1/api_key HTTP/1.1\r\n"));
    QCOMPARE(header(r, "Host"),
             QStringLiteral("acme-eu.keydesk.test:%1").arg(server.url().port()).toLatin1());
    QCOMPARE(header(r, "X-FilesAPI-Key"), QByteArray("kdu_secretvalue"));
    QCOMPARE(r.count("kdu_secretvalue"), 1); // in that header, nowhere else
}

void TestRestClient::encodesQueryValues()
{
    ScriptedServer server;
    server.push({200, "[]", {}, false});
    auto c = client(server.url());
    QVERIFY(c);
    auto reply = c->send(HttpMethod::Get, QStringLiteral("/api_keys"),
                         {{QStringLiteral("filter[search]"), QStringLiteral("a+b c&d=é")},
                          {QStringLiteral("sort_by[name]"), QStringLiteral("desc")}});
    QVERIFY(reply.has_value());
    const QByteArray line = server.requests.first().left(server.requests.first().indexOf('\r'));
    QCOMPARE(line, QByteArray("GET /api/rest/v1/api_keys?filter[search]=a%2Bb%20c%26d%3D%C3%A9"
                              "&sort_by[name]=desc HTTP/1.1"));
}

void TestRestClient::retriesBusyAnswersHonouringRetryAfter()
{
    ScriptedServer server;
    server.push({429, R"({"error":"slow down","type":"rate-limited/too-many-requests"})",
                 "Retry-After: 1\r\n", false});
    server.push({503, R"({"error":"store down","type":"service-unavailable/store-unavailable"})",
                 "Retry-After: 0\r\n", false});
    server.push({200, R"({"ok":true})", {}, false});
    auto c = client(server.url());
    QVERIFY(c);
    QElapsedTimer clock;
    clock.start();
    auto reply = c->send(HttpMethod::Get, QStringLiteral("/site"));
    QVERIFY(reply.has_value());
    QCOMPARE(reply->body, QByteArray(R"({"ok":true})"));
    QCOMPARE(server.requests.size(), 3);
    QVERIFY(clock.elapsed() >= 950); // waited the second it was told to
}

void TestRestClient::givesUpAfterThreeTries()
{
    ScriptedServer server;
    for (int i = 0; i < 4; ++i)
        server.push({503,
                     R"({"error":"The store is unavailable","http-code":503,)"
                     R"("type":"service-unavailable/store-unavailable"})",
                     "Retry-After: 0\r\n", false});
    auto c = client(server.url());
    QVERIFY(c);
    auto reply = c->send(HttpMethod::Post, QStringLiteral("/api_keys"), {}, QJsonObject{});
    QVERIFY(!reply.has_value());
    QCOMPARE(server.requests.size(), 3);
    QCOMPARE(errorCodeName(reply.error().code), errorCodeName(ErrorCode::StoreFailure));
    QCOMPARE(reply.error().type, QStringLiteral("service-unavailable/store-unavailable"));
    QCOMPARE(reply.error().message, QStringLiteral("The store is unavailable"));
    QVERIFY(RestErrors::isConnectionProblem(reply.error()));
}

void TestRestClient::retryWaitsBeyondTheBudgetAreNotWaited()
{
    ScriptedServer server;
    server.push(
        {429, R"({"error":"Too many failed authentications"})", "Retry-After: 60\r\n", false});
    auto c = client(server.url());
    QVERIFY(c);
    QElapsedTimer clock;
    clock.start();
    auto reply = c->send(HttpMethod::Get, QStringLiteral("/api_key"));
    QVERIFY(!reply.has_value());
    QVERIFY(clock.elapsed() < 5000);
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(reply.error().message, QStringLiteral("Too many failed authentications"));
}

void TestRestClient::timesOutASilentServer()
{
    ScriptedServer server;
    server.push({200, {}, {}, true});
    RestOptions options;
    options.timeoutMs = 300;
    auto c = client(server.url(), options);
    QVERIFY(c);
    QElapsedTimer clock;
    clock.start();
    auto reply = c->send(HttpMethod::Get, QStringLiteral("/api_key"));
    QVERIFY(!reply.has_value());
    QVERIFY(clock.elapsed() < 3000);
    QCOMPARE(errorCodeName(reply.error().code), errorCodeName(ErrorCode::StoreFailure));
    QVERIFY2(reply.error().message.startsWith(QLatin1String("Cannot reach the KeyDesk server")),
             qPrintable(reply.error().message));
    QVERIFY(RestErrors::isConnectionProblem(reply.error()));
}

void TestRestClient::unreachableServerIsAStoreFailure()
{
    QTcpServer probe; // a port that was free a moment ago and is closed now
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    auto c = client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    QVERIFY(c);
    c->setKey("kdu_secretvalue");
    auto reply = c->send(HttpMethod::Get, QStringLiteral("/api_key"));
    QVERIFY(!reply.has_value());
    QCOMPARE(errorCodeName(reply.error().code), errorCodeName(ErrorCode::StoreFailure));
    QCOMPARE(reply.error().message,
             QStringLiteral("Cannot reach the KeyDesk server at http://127.0.0.1:%1 "
                            "(connection refused)")
                 .arg(port));
    QVERIFY(!reply.error().message.contains(QLatin1String("secretvalue")));
    QVERIFY(RestErrors::isConnectionProblem(reply.error()));
}

void TestRestClient::serverErrorsMapToCoreErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("code");
    const auto row = [](int status, const char* type, ErrorCode code) {
        QTest::addRow("%d %s", status, type) << status << QString::fromLatin1(type) << int(code);
    };
    row(400, "bad-request/invalid-body", ErrorCode::InvalidInput);
    row(413, "bad-request/request-too-large", ErrorCode::InvalidInput);
    row(422, "bad-request/user-id-invalid", ErrorCode::InvalidInput);
    row(401, "not-authenticated/invalid-credentials", ErrorCode::NotAuthenticated);
    row(403, "not-authorized/api-key-is-disabled", ErrorCode::NotAuthenticated);
    row(403, "not-authorized/site-admin-required", ErrorCode::NotAuthorized);
    row(404, "not-found/api-key-not-found", ErrorCode::NotFound);
    row(409, "bad-request/already-initialised", ErrorCode::Conflict);
    row(500, "internal/error", ErrorCode::StoreFailure);
    row(501, "not-implemented/unsupported", ErrorCode::Unsupported);
}

void TestRestClient::serverErrorsMapToCoreErrors()
{
    QFETCH(int, status);
    QFETCH(QString, type);
    QFETCH(int, code);
    ScriptedServer server;
    const QByteArray body = R"({"error":"Only site administrators can do this.","http-code":)" +
                            QByteArray::number(status) + R"(,"title":"T","type":")" +
                            type.toLatin1() + "\"}";
    server.push({status, body, {}, false});
    auto c = client(server.url());
    QVERIFY(c);
    auto reply = c->send(HttpMethod::Delete, QStringLiteral("/api_keys/7"));
    QVERIFY(!reply.has_value());
    QCOMPARE(errorCodeName(reply.error().code), errorCodeName(ErrorCode(code)));
    QCOMPARE(reply.error().type, type);
    QCOMPARE(reply.error().message, QStringLiteral("Only site administrators can do this"));
}

void TestRestClient::redirectsAreNotFollowed()
{
    ScriptedServer elsewhere;
    ScriptedServer server;
    server.push({302,
                 {},
                 "Location: " + elsewhere.url().toString().toLatin1() + "/api/rest/v1/x\r\n",
                 false});
    auto c = client(server.url());
    QVERIFY(c);
    c->setKey("kdu_secretvalue");
    auto reply = c->send(HttpMethod::Get, QStringLiteral("/api_key"));
    QVERIFY(!reply.has_value());
    QTest::qWait(100);
    QVERIFY(elsewhere.requests.isEmpty()); // the key went nowhere else
}

void TestRestClient::secretsAreTakenOutOfTheAnswer()
{
    QByteArray raw = R"({"id":7,"description":"\"key\":\"decoy\"","nested":{"key":"inner"},)"
                     R"("key" : "kdu_abc123","aws_secret_key":"S3CRET"})";
    const SecretBytes key = JsonParse::takeSecret(raw, "key");
    const SecretBytes s3 = JsonParse::takeSecret(raw, "aws_secret_key");
    QCOMPARE(QByteArray(key.data(), key.size()), QByteArray("kdu_abc123"));
    QCOMPARE(QByteArray(s3.data(), s3.size()), QByteArray("S3CRET"));
    QVERIFY(!raw.contains("kdu_abc123"));
    QVERIFY(!raw.contains("S3CRET"));
    QVERIFY(raw.contains("inner") && raw.contains("decoy"));
    QVERIFY(JsonParse::object(raw, QStringLiteral("x")).has_value()); // still valid JSON
    QByteArray none = R"({"name":"key"})";
    QVERIFY(JsonParse::takeSecret(none, "key").isEmpty());
}

void TestRestClient::messagesNeverCarryAKey()
{
    const QString key =
        QStringLiteral("kdu_") + QString(40, QLatin1Char('A')) + QStringLiteral("abcdef");
    const Error e = RestErrors::fromReply(
        400,
        QStringLiteral(R"({"error":"bad key %1 here","type":"bad-request/x"})").arg(key).toUtf8(),
        QStringLiteral("http://127.0.0.1:1"));
    QVERIFY(!e.message.contains(key));
    QVERIFY(!e.message.contains(QLatin1String("AAAAAAAAAA")));
    QVERIFY(e.message.contains(QLatin1String("bad key")));
}

// The server's message_template and message_args become a translatable Text, but only when
// they make exactly the message it sent.
void TestRestClient::serverMessageTemplateKeptOnlyWhenItMatches_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("kept");
    QTest::newRow("matches") << QByteArray(
                                    R"({"error":"API key #7 not found","type":"not-found/x",)"
                                    R"("message_template":"API key #%1 not found",)"
                                    R"("message_args":["7"]})")
                             << true;
    QTest::newRow("no arguments") << QByteArray(R"({"error":"Nothing to update","type":"a/b",)"
                                                R"("message_template":"Nothing to update",)"
                                                R"("message_args":[]})")
                                  << true;
    QTest::newRow("says something else")
        << QByteArray(R"({"error":"API key #7 not found","type":"not-found/x",)"
                      R"("message_template":"You are fired %1","message_args":["7"]})")
        << false;
    QTest::newRow("other argument")
        << QByteArray(R"({"error":"API key #7 not found","type":"not-found/x",)"
                      R"("message_template":"API key #%1 not found","message_args":["8"]})")
        << false;
    QTest::newRow("argument not a string")
        << QByteArray(R"({"error":"API key #7 not found","type":"not-found/x",)"
                      R"("message_template":"API key #%1 not found","message_args":[7]})")
        << false;
    QTest::newRow("no template") << QByteArray(R"({"error":"API key #7 not found","type":"a/b"})")
                                 << false;
}

void TestRestClient::serverMessageTemplateKeptOnlyWhenItMatches()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, kept);
    const Error e = RestErrors::fromReply(404, body, QStringLiteral("http://127.0.0.1:1"));
    QCOMPARE(!e.text.isEmpty(), kept);
    QCOMPARE(localizedMessage(e), e.message); // no translator here: the English either way
    if (kept)
        QCOMPARE(englishText(e.text), e.message);
}

QTEST_GUILESS_MAIN(TestRestClient)
#include "tst_RestClient.moc"
