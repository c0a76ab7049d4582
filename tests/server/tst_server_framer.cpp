// SPDX-License-Identifier: GPL-3.0-or-later
// RequestFramer, the part of keydesk-server that sees request bytes before Qt HttpServer does:
// limits, framing errors and in-flight tracking, with the bytes split at every position.
#include "RequestFramer.h"

#include <QTest>

using keydesk::server::RequestFramer;
using Verdict = RequestFramer::Verdict;

class tst_server_framer : public QObject {
    Q_OBJECT

private:
    static QByteArray post(const QByteArray& body, const QByteArray& extra = {})
    {
        return "POST /api/rest/v1/api_keys HTTP/1.1\r\nHost: x\r\n" + extra +
               "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

    // Feeds `bytes` split at `cut`; the verdict of the first non-Ok feed, else Ok.
    static Verdict feedSplit(RequestFramer& f, const QByteArray& bytes, qsizetype cut)
    {
        const Verdict first = f.feed(QByteArrayView(bytes).first(cut));
        return first != Verdict::Ok ? first : f.feed(QByteArrayView(bytes).sliced(cut));
    }

private Q_SLOTS:
    void completeRequestsAtEverySplit()
    {
        const QByteArray twoRequests = post(R"({"name":"a"})") + "\r\n" +
                                       "GET /api/rest/v1/health HTTP/1.1\r\nHost: x\r\n\r\n";
        for (qsizetype cut = 0; cut <= twoRequests.size(); ++cut) {
            RequestFramer f;
            QCOMPARE(feedSplit(f, twoRequests, cut), Verdict::Ok);
            QCOMPARE(f.completed(), 2);
            QVERIFY(!f.inFlight());
            QCOMPARE(f.method(), QByteArray("GET"));
        }
    }

    void inFlightUntilTheBodyIsComplete()
    {
        const QByteArray request = post(R"({"name":"abc"})");
        RequestFramer f;
        QCOMPARE(f.feed(QByteArrayView(request).chopped(3)), Verdict::Ok);
        QVERIFY(f.inFlight());
        QCOMPARE(f.remainingBody(), 3);
        QCOMPARE(f.completed(), 0);
        QCOMPARE(f.feed(QByteArrayView(request).last(3)), Verdict::Ok);
        QVERIFY(!f.inFlight());
        QCOMPARE(f.completed(), 1);
        QCOMPARE(f.target(), QByteArray("/api/rest/v1/api_keys"));
    }

    void limits_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("verdict");
        const QByteArray head = "POST / HTTP/1.1\r\nHost: x\r\n";
        QTest::newRow("1 MiB ok") << head + "Content-Length: 1048576\r\n\r\n" << int(Verdict::Ok);
        QTest::newRow("1 MiB + 1") << head + "Content-Length: 1048577\r\n\r\n"
                                   << int(Verdict::BodyTooLarge);
        QTest::newRow("huge length") << head + "Content-Length: 99999999999999\r\n\r\n"
                                     << int(Verdict::BodyTooLarge);
        QTest::newRow("chunked") << head + "Transfer-Encoding: chunked\r\n\r\n"
                                 << int(Verdict::LengthRequired);
        QTest::newRow("two lengths") << head + "Content-Length: 1\r\nContent-Length: 2\r\n\r\n"
                                     << int(Verdict::Malformed);
        QTest::newRow("signed length") << head + "Content-Length: -1\r\n\r\n"
                                       << int(Verdict::Malformed);
        QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << int(Verdict::Malformed);
        QTest::newRow("header line") << head + "no colon here\r\n\r\n" << int(Verdict::Malformed);
        QTest::newRow("huge head")
            << head + "X-Pad: " + QByteArray(70000, 'a') << int(Verdict::HeadTooLarge);
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: x\n\n") << int(Verdict::Ok);
    }

    void limits()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, verdict);
        RequestFramer f;
        QCOMPARE(int(f.feed(bytes)), verdict);
    }

    void tooLargeCountsTheRestOfTheBody()
    {
        RequestFramer f;
        const QByteArray start =
            "POST / HTTP/1.1\r\nContent-Length: 2000000\r\n\r\n" + QByteArray(100, 'x');
        QCOMPARE(f.feed(start), Verdict::BodyTooLarge);
        QCOMPARE(f.remainingBody(), 2000000 - 100);
    }

    void expectContinueOncePerRequest()
    {
        RequestFramer f;
        QCOMPARE(f.feed("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n"),
                 Verdict::Ok);
        QVERIFY(f.takeContinue());
        QVERIFY(!f.takeContinue());
        RequestFramer refused;
        QCOMPARE(refused.feed(
                     "POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 9999999\r\n\r\n"),
                 Verdict::BodyTooLarge);
        QVERIFY(!refused.takeContinue());
    }
};

QTEST_GUILESS_MAIN(tst_server_framer)
#include "tst_server_framer.moc"
