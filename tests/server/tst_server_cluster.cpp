// SPDX-License-Identifier: GPL-3.0-or-later
// Two keydesk-server processes on one PostgreSQL database behave as one (DESIGN.md section 7):
// a key revoked through one is refused by the other within 1 s, and 200 concurrent creates and
// 100 concurrent revokes spread over both lose no write and leave exactly one audit event each.
// Uses the CTest fixture "postgres" of tests/pg; a fresh schema per run.
#include "ServerHarness.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QSet>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <algorithm>

using namespace keydesk::servertest;

namespace {
constexpr int kCreatesPerServer = 100;
constexpr int kRevokes = 100;
constexpr int kPollMs = 20;
constexpr qint64 kMaxPropagationMs = 1000;
constexpr int kBurstTimeoutMs = 30000;

QString postgresUrl()
{
    QFile file(qEnvironmentVariable("KEYDESK_TEST_PG_URL_FILE"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll().trimmed()) + QStringLiteral("?schema=server_cluster_") +
           QString::number(QCoreApplication::applicationPid());
}

// One request of a burst, sent on a connection of its own ("Connection: close").
struct Call {
    quint16 port = 0;
    QByteArray method;
    QByteArray path; // below /api/rest/v1
    QByteArray body;
};

QByteArray rawRequest(const Call& call, const QByteArray& key)
{
    QByteArray r = call.method + " /api/rest/v1" + call.path +
                   " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(call.port) +
                   "\r\nX-FilesAPI-Key: " + key + "\r\nConnection: close\r\n";
    if (!call.body.isEmpty())
        r += "Content-Type: application/json\r\nContent-Length: " +
             QByteArray::number(call.body.size()) + "\r\n";
    return r + "\r\n" + call.body;
}

bool responseComplete(const QByteArray& data)
{
    if (!data.contains("\r\n\r\n"))
        return false;
    const HttpReply partial = RawHttp::parse(data);
    return partial.body.size() >= partial.header("content-length").toLongLong();
}

struct Burst {
    QList<HttpReply> replies; // in the order of the calls
    QList<qint64> doneMs;     // when each response was complete, from the start of the burst

    // "201 x 200; responses complete after median 80 ms, at most 1100 ms"
    QString describe() const;
};

// Sends every call at once, each on its own TCP connection, and waits for all the responses.
// No retries: a call that gets no response comes back with status 0.
class BurstRunner {
public:
    BurstRunner(const QList<Call>& calls, const QByteArray& key)
        : m_calls(calls)
        , m_key(key)
        , m_received(calls.size())
        , m_finished(calls.size(), false)
        , m_open(calls.size())
    {
        m_burst.replies.resize(calls.size());
    }

    Burst run(int timeoutMs)
    {
        m_clock.start();
        for (qsizetype i = 0; i < m_calls.size(); ++i)
            send(i);
        QTimer::singleShot(timeoutMs, &m_loop, &QEventLoop::quit);
        if (m_open > 0)
            m_loop.exec();
        return m_burst;
    }

private:
    void send(qsizetype i)
    {
        auto* socket = new QTcpSocket(&m_scope);
        const QByteArray request = rawRequest(m_calls[i], m_key);
        QObject::connect(socket, &QTcpSocket::connected, socket,
                         [socket, request] { socket->write(request); });
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, i, socket] {
            m_received[i] += socket->readAll();
            if (responseComplete(m_received[i]))
                finish(i, socket);
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket,
                         [this, i, socket] { finish(i, socket); });
        QObject::connect(socket, &QTcpSocket::errorOccurred, socket,
                         [this, i, socket] { finish(i, socket); });
        socket->connectToHost(QHostAddress::LocalHost, m_calls[i].port);
    }

    void finish(qsizetype i, QTcpSocket* socket)
    {
        if (m_finished[i])
            return;
        m_finished[i] = true;
        m_burst.doneMs << m_clock.elapsed();
        m_burst.replies[i] = RawHttp::parse(m_received[i]);
        if (m_burst.replies[i].status == 0)
            m_burst.replies[i].errorString = socket->errorString();
        if (--m_open == 0)
            m_loop.quit();
    }

    const QList<Call>& m_calls;
    QByteArray m_key;
    QList<QByteArray> m_received;
    QList<bool> m_finished;
    qsizetype m_open;
    Burst m_burst;
    QElapsedTimer m_clock;
    QEventLoop m_loop;
    QObject m_scope; // the sockets; destroyed first
};

Burst sendAll(const QList<Call>& calls, const QByteArray& key, int timeoutMs)
{
    return BurstRunner(calls, key).run(timeoutMs);
}

QString Burst::describe() const
{
    QMap<int, int> counts;
    for (const HttpReply& r : replies)
        ++counts[r.status];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("HTTP %1 x %2").arg(it.key()).arg(it.value());
    QList<qint64> ms = doneMs;
    std::sort(ms.begin(), ms.end());
    return parts.join(QStringLiteral(", ")) +
           QStringLiteral("; responses complete after median %1 ms, at most %2 ms")
               .arg(ms.value(ms.size() / 2))
               .arg(ms.isEmpty() ? -1 : ms.last());
}

// The first reply whose status is not `expected`, described (never contains a key).
QByteArray firstUnexpected(const QList<HttpReply>& replies, int expected)
{
    for (const HttpReply& r : replies) {
        if (r.status != expected)
            return r.describe();
    }
    return {};
}

// Every element of a paged list endpoint, following X-Files-Cursor.
std::optional<QJsonArray> listAll(HttpClient& http, const QString& path, const QByteArray& key)
{
    QJsonArray all;
    QByteArray cursor;
    do {
        QString url = path + QStringLiteral("?per_page=100");
        if (!cursor.isEmpty())
            url += QStringLiteral("&cursor=") + QString::fromLatin1(cursor.toPercentEncoding());
        const HttpReply r = http.get(url, RequestOptions{key, {}});
        if (r.status != 200)
            return std::nullopt;
        for (const QJsonValue& v : r.array())
            all.append(v);
        cursor = r.header("x-files-cursor");
    } while (!cursor.isEmpty());
    return all;
}

QList<qint64> idsOf(const QJsonArray& array)
{
    QList<qint64> ids;
    for (const QJsonValue& v : array)
        ids << v.toObject().value(QStringLiteral("id")).toInteger();
    return ids;
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

struct AuditCounts {
    QMap<qint64, int> creates; // api_key_id -> key.create events
    QMap<qint64, int> revokes;
    QSet<qint64> eventIds;
};

AuditCounts countAudit(const QJsonArray& events, const QSet<qint64>& skip)
{
    AuditCounts counts;
    for (const QJsonValue& v : events) {
        const QJsonObject e = v.toObject();
        const qint64 id = e.value(QStringLiteral("id")).toInteger();
        if (skip.contains(id))
            continue;
        counts.eventIds.insert(id);
        const qint64 key = e.value(QStringLiteral("api_key_id")).toInteger();
        if (e.value(QStringLiteral("action")).toString() == QLatin1String("key.create"))
            ++counts.creates[key];
        else if (e.value(QStringLiteral("action")).toString() == QLatin1String("key.revoke"))
            ++counts.revokes[key];
    }
    return counts;
}

// Ids whose count is not exactly `expected` (missing ids count 0), and ids not in `ids` at all.
QStringList wrongCounts(const QMap<qint64, int>& counts, const QList<qint64>& ids, int expected)
{
    QStringList wrong;
    for (qint64 id : ids) {
        if (counts.value(id) != expected)
            wrong << QStringLiteral("key %1: %2").arg(id).arg(counts.value(id));
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!ids.contains(it.key()))
            wrong << QStringLiteral("unexpected key %1: %2").arg(it.key()).arg(it.value());
    }
    return wrong;
}
} // namespace

class tst_server_cluster : public QObject {
    Q_OBJECT

private:
    ServerHarness m_a;
    ServerHarness m_b;

    void remember(const QByteArray& secret)
    {
        m_a.rememberSecret(secret);
        m_b.rememberSecret(secret);
    }

    ServerHarness& server(int i) { return i % 2 ? m_b : m_a; }
    RequestOptions admin() const { return RequestOptions{m_a.adminKey(), {}}; }

    // A site-wide key created through `via`; its id and secret.
    std::pair<qint64, QByteArray> createKey(ServerHarness& via, const QString& name)
    {
        HttpClient http(via.baseUrl());
        const HttpReply r =
            http.post(QStringLiteral("/api_keys"), {{QStringLiteral("name"), name}}, admin());
        const QByteArray key = r.object().value(QStringLiteral("key")).toString().toLatin1();
        remember(key);
        return {r.status == 201 ? r.object().value(QStringLiteral("id")).toInteger() : 0, key};
    }

    // Revokes a fresh key through `from` and polls `to` until it refuses the key: the delay in
    // microseconds from `from` confirming the revoke (204 received) to `to`'s refusal (401
    // received), or -1 when it never came.
    qint64 propagationUs(ServerHarness& from, ServerHarness& to, int trial);

    // Each returns the ids it created or revoked; empty when any call failed (see the warning).
    QList<qint64> burstCreate();
    QList<qint64> burstRevoke(const QList<qint64>& created);
    void compareKeyLists(const QList<qint64>& expected); // through both servers

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void revokeIsRefusedByTheOtherServerWithinOneSecond();
    void concurrentCreatesAndRevokesLoseNothing();
};

void tst_server_cluster::initTestCase()
{
    QVERIFY2(!ServerHarness::binary().isEmpty(), "KEYDESK_SERVER is not set");
    const QString url = postgresUrl();
    if (url.startsWith(u'?'))
        QSKIP("needs KEYDESK_TEST_PG_URL_FILE (CTest fixture postgres, tests/pg)");
    m_a.setStoreUrl(url);
    m_b.setStoreUrl(url);
    QVERIFY2(m_a.initStore(), qPrintable(m_a.lastError()));
    m_b.rememberSecret(m_a.adminKey());
    // Refused keys are polled on purpose: no rate limit on failed authentications.
    const QStringList args{QStringLiteral("--auth-fail-limit"), QStringLiteral("0")};
    QVERIFY2(m_a.start(args), qPrintable(m_a.lastError()));
    QVERIFY2(m_b.start(args), qPrintable(m_b.lastError()));
}

void tst_server_cluster::cleanupTestCase()
{
    QCOMPARE(m_a.stop(), 0);
    QCOMPARE(m_b.stop(), 0);
    for (ServerHarness* s : {&m_a, &m_b})
        QVERIFY2(s->leakedSecrets().isEmpty(), qPrintable(s->leakedSecrets().join(u' ')));
}

qint64 tst_server_cluster::propagationUs(ServerHarness& from, ServerHarness& to, int trial)
{
    const auto [id, key] = createKey(from, QStringLiteral("propagation-%1").arg(trial));
    HttpClient fromHttp(from.baseUrl());
    HttpClient toHttp(to.baseUrl());
    const RequestOptions asKey{key, {}};
    if (id == 0 || toHttp.get(QStringLiteral("/api_key"), asKey).status != 200)
        return -1; // the other server must know the key first
    const HttpReply revoked = fromHttp.del(QStringLiteral("/api_keys/%1").arg(id), admin());
    if (revoked.status != 204)
        return -1;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() <= 2 * kMaxPropagationMs) {
        const HttpReply r = toHttp.get(QStringLiteral("/api_key"), asKey);
        if (r.status == 401 && r.type() == QLatin1String("not-authenticated/invalid-credentials"))
            return clock.nsecsElapsed() / 1000;
        if (r.status != 200)
            return -1;
        QThread::msleep(kPollMs);
    }
    return -1;
}

void tst_server_cluster::revokeIsRefusedByTheOtherServerWithinOneSecond()
{
    QList<qint64> delaysUs;
    for (int trial = 0; trial < 10; ++trial) { // A -> B on even trials, B -> A on odd ones
        const qint64 us = propagationUs(server(trial), server(trial + 1), trial);
        QVERIFY2(us >= 0, qPrintable(QStringLiteral("trial %1: the revoke did not reach the "
                                                    "other server")
                                         .arg(trial)));
        delaysUs << us;
    }
    const QList<qint64> ordered = sorted(delaysUs);
    qInfo("revoke through one server -> refused by the other: max %.1f ms, median %.1f ms over "
          "%lld trials (first poll at once, then every %d ms)",
          static_cast<double>(ordered.last()) / 1000.0,
          static_cast<double>(ordered.at(ordered.size() / 2)) / 1000.0,
          static_cast<long long>(ordered.size()), kPollMs);
    QVERIFY(ordered.last() <= kMaxPropagationMs * 1000);
}

QList<qint64> tst_server_cluster::burstCreate()
{
    QList<Call> calls;
    for (int i = 0; i < 2 * kCreatesPerServer; ++i) {
        const QByteArray name = "burst-" + QByteArray(i % 2 ? "b-" : "a-") + QByteArray::number(i);
        calls << Call{server(i).port(), "POST", "/api_keys", "{\"name\":\"" + name + "\"}"};
    }
    const Burst burst = sendAll(calls, m_a.adminKey(), kBurstTimeoutMs);
    const QList<HttpReply>& replies = burst.replies;
    qInfo("%lld concurrent creates, half through each server, one connection each: %s",
          static_cast<long long>(calls.size()), qPrintable(burst.describe()));
    QList<qint64> ids;
    for (const HttpReply& r : replies) {
        remember(r.object().value(QStringLiteral("key")).toString().toLatin1());
        if (r.status == 201)
            ids << r.object().value(QStringLiteral("id")).toInteger();
    }
    const QByteArray bad = firstUnexpected(replies, 201);
    if (!bad.isEmpty())
        qWarning("not every create got 201 (%s); the first: %s", qPrintable(burst.describe()),
                 bad.constData());
    return ids.size() == replies.size() ? ids : QList<qint64>();
}

QList<qint64> tst_server_cluster::burstRevoke(const QList<qint64>& created)
{
    QList<Call> calls;
    QList<qint64> revoked;
    for (int i = 0; i < kRevokes; ++i) { // every other key: created through A and through B
        revoked << created.at(2 * i);
        calls << Call{
            server(i).port(), "DELETE", "/api_keys/" + QByteArray::number(revoked.last()), {}};
    }
    const Burst burst = sendAll(calls, m_a.adminKey(), kBurstTimeoutMs);
    const QList<HttpReply>& replies = burst.replies;
    qInfo("%lld concurrent revokes, half through each server, one connection each: %s",
          static_cast<long long>(calls.size()), qPrintable(burst.describe()));
    const QByteArray bad = firstUnexpected(replies, 204);
    if (!bad.isEmpty())
        qWarning("not every revoke got 204 (%s); the first: %s", qPrintable(burst.describe()),
                 bad.constData());
    return bad.isEmpty() ? revoked : QList<qint64>();
}

void tst_server_cluster::compareKeyLists(const QList<qint64>& expected)
{
    for (ServerHarness* s : {&m_a, &m_b}) {
        HttpClient http(s->baseUrl());
        const auto keys = listAll(http, QStringLiteral("/api_keys"), m_a.adminKey());
        QVERIFY(keys);
        QCOMPARE(sorted(idsOf(*keys)), sorted(expected));
    }
}

void tst_server_cluster::concurrentCreatesAndRevokesLoseNothing()
{
    HttpClient httpA(m_a.baseUrl());
    const auto keysBefore = listAll(httpA, QStringLiteral("/api_keys"), m_a.adminKey());
    const auto auditBefore = listAll(httpA, QStringLiteral("/audit_events"), m_a.adminKey());
    QVERIFY(keysBefore && auditBefore);
    const QList<qint64> oldEvents = idsOf(*auditBefore);

    const QList<qint64> created = burstCreate();
    QVERIFY2(created.size() == 2 * kCreatesPerServer, "creates were lost (see the warning)");
    QCOMPARE(QSet<qint64>(created.cbegin(), created.cend()).size(), created.size());
    const QList<qint64> revoked = burstRevoke(created);
    QVERIFY2(revoked.size() == kRevokes, "revokes were lost (see the warning)");

    QList<qint64> expected = idsOf(*keysBefore);
    for (qint64 id : created) {
        if (!revoked.contains(id))
            expected << id;
    }
    compareKeyLists(expected);
    if (QTest::currentTestFailed())
        return;

    const auto audit = listAll(httpA, QStringLiteral("/audit_events"), m_a.adminKey());
    QVERIFY(audit);
    const AuditCounts counts =
        countAudit(*audit, QSet<qint64>(oldEvents.cbegin(), oldEvents.cend()));
    const QStringList badCreates = wrongCounts(counts.creates, created, 1);
    const QStringList badRevokes = wrongCounts(counts.revokes, revoked, 1);
    QVERIFY2(badCreates.isEmpty(), qPrintable(badCreates.join(QStringLiteral("; "))));
    QVERIFY2(badRevokes.isEmpty(), qPrintable(badRevokes.join(QStringLiteral("; "))));
    QCOMPARE(counts.eventIds.size(), created.size() + revoked.size()); // nothing else happened
}

QTEST_GUILESS_MAIN(tst_server_cluster)
#include "tst_server_cluster.moc"
