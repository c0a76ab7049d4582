// SPDX-License-Identifier: GPL-3.0-or-later
// Failed authentications are limited per client address: 429 with Retry-After after N
// failures inside the window; other clients are unaffected; successful requests are not
// limited; the block lifts when the window has passed.
#include "ServerHarness.h"

#include <QTest>
#include <QThread>

using namespace keydesk::servertest;

namespace {
constexpr int kLimit = 5;
constexpr int kWindowSeconds = 3;

QByteArray request(const QByteArray& key, const QByteArray& path = "/api/rest/v1/api_key")
{
    QByteArray r = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    if (!key.isEmpty())
        r += "X-FilesAPI-Key: " + key + "\r\n";
    return r + "\r\n";
}
} // namespace

class tst_server_ratelimit : public QObject {
    Q_OBJECT

private:
    ServerHarness m_server;
    const QHostAddress m_attacker{QStringLiteral("127.0.0.1")};
    const QHostAddress m_bystander{QStringLiteral("127.0.0.2")};
    const QHostAddress m_busyClient{QStringLiteral("127.0.0.3")};

    HttpReply from(const QHostAddress& client, const QByteArray& key,
                   const QByteArray& path = "/api/rest/v1/api_key")
    {
        return RawHttp::exchange(m_server.port(), request(key, path), client);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!ServerHarness::binary().isEmpty(), "KEYDESK_SERVER is not set");
        QVERIFY2(m_server.initStore(), qPrintable(m_server.lastError()));
        QVERIFY2(
            m_server.start({QStringLiteral("--auth-fail-limit"), QString::number(kLimit),
                            QStringLiteral("--auth-fail-window"), QString::number(kWindowSeconds)}),
            qPrintable(m_server.lastError()));
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_server.stop(), 0);
        QVERIFY2(m_server.leakedSecrets().isEmpty(),
                 qPrintable(m_server.leakedSecrets().join(u' ')));
    }

    void successfulRequestsAreNotLimited()
    {
        for (int i = 0; i < 10 * kLimit; ++i) {
            const HttpReply r = from(m_busyClient, m_server.adminKey());
            QVERIFY2(r.status == 200, r.describe().constData());
        }
    }

    void failuresLeadTo429()
    {
        for (int i = 0; i < kLimit; ++i) {
            const HttpReply r = from(m_attacker, "kdu_guess" + QByteArray::number(i));
            QVERIFY2(r.status == 401, r.describe().constData());
        }
        const HttpReply blocked = from(m_attacker, "kdu_one-more");
        QCOMPARE(blocked.status, 429);
        QCOMPARE(blocked.type(), QStringLiteral("rate-limited/too-many-requests"));
        const int retryAfter = blocked.header("retry-after").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= kWindowSeconds,
                 blocked.header("retry-after").constData());
        // Missing keys count too, and a blocked client cannot try a good key either.
        QCOMPARE(from(m_attacker, {}).status, 429);
        QCOMPARE(from(m_attacker, m_server.adminKey()).status, 429);
        // Endpoints without authentication are not affected.
        QCOMPARE(from(m_attacker, {}, "/api/rest/v1/health").status, 200);
    }

    void otherClientsAreUnaffected()
    {
        QCOMPARE(from(m_bystander, m_server.adminKey()).status, 200);
        QCOMPARE(from(m_bystander, "kdu_wrong").status, 401); // its own count, not the attacker's
        QCOMPARE(from(m_busyClient, m_server.adminKey()).status, 200);
    }

    void blockLiftsAfterTheWindow()
    {
        QThread::msleep((kWindowSeconds + 1) * 1000);
        QCOMPARE(from(m_attacker, m_server.adminKey()).status, 200);
    }

    void failuresAreLogged()
    {
        const QByteArray log = m_server.serverOutput();
        QVERIFY(log.contains("authentication failed"));
        QVERIFY(log.contains(" 429 "));
    }
};

QTEST_GUILESS_MAIN(tst_server_ratelimit)
#include "tst_server_ratelimit.moc"
