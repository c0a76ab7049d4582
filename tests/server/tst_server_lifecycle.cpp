// SPDX-License-Identifier: GPL-3.0-or-later
// The command line (flags, environment, --help, exit codes), the listening line, SIGTERM and
// SIGINT draining, and an access log without secrets.
#include "ServerHarness.h"

#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace keydesk::servertest;

namespace {
QStringList words(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* w : list)
        out << QString::fromUtf8(w);
    return out;
}

QByteArray readUntilClosed(QTcpSocket& socket)
{
    QByteArray data;
    while (socket.bytesAvailable() > 0 || socket.waitForReadyRead(5000))
        data += socket.readAll();
    return data;
}

// True once connecting to `port` fails (within about five seconds).
bool becomesRefusing(quint16 port)
{
    for (int i = 0; i < 50; ++i) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        if (!probe.waitForConnected(1000))
            return true;
        QThread::msleep(100);
    }
    return false;
}
} // namespace

class tst_server_lifecycle : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!ServerHarness::binary().isEmpty(), "KEYDESK_SERVER is not set");
    }

    void help()
    {
        std::unique_ptr<QProcess> p(ServerHarness::runToEnd({QStringLiteral("--help")}));
        QCOMPARE(p->exitCode(), 0);
        const QByteArray out = p->readAllStandardOutput();
        for (const char* needle :
             {"--store", "--listen", "--domain", "--s3-listen", "--data-dir", "--tls-cert",
              "--tls-key", "--auth-fail-limit", "--auth-fail-window", "--drain-timeout",
              "KEYDESK_SERVER_STORE", "KEYDESK_SERVER_LISTEN", "KEYDESK_SERVER_TLS_CERT",
              "Exit status", "SIGTERM", "rest listening on"})
            QVERIFY2(out.contains(needle), needle);
        std::unique_ptr<QProcess> v(ServerHarness::runToEnd({QStringLiteral("--version")}));
        QCOMPARE(v->exitCode(), 0);
        QVERIFY(v->readAllStandardOutput().startsWith("keydesk-server "));
    }

    void badFlags_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QStringList base = words({"--store", "sqlite:/nonexistent/kd.sqlite"});
        QTest::newRow("unknown flag") << base + words({"--listen", "127.0.0.1:0", "--bogus"});
        QTest::newRow("no store") << words({"--listen", "127.0.0.1:0"});
        QTest::newRow("no listen") << base;
        QTest::newRow("listen garbage") << base + words({"--listen", "nope"});
        QTest::newRow("listen port") << base + words({"--listen", "127.0.0.1:70000"});
        QTest::newRow("listen v6 unbracketed") << base + words({"--listen", "::1:80"});
        QTest::newRow("server as store")
            << words({"--store", "https://example.com", "--listen", "127.0.0.1:0"});
        QTest::newRow("tls cert alone")
            << base + words({"--listen", "127.0.0.1:0", "--tls-cert", "/etc/hostname"});
        QTest::newRow("tls missing file")
            << base + words({"--listen", "127.0.0.1:0", "--tls-cert", "/nonexistent.pem",
                             "--tls-key", "/nonexistent.key"});
        QTest::newRow("limit negative")
            << base + words({"--listen", "127.0.0.1:0", "--auth-fail-limit", "-1"});
        QTest::newRow("window zero")
            << base + words({"--listen", "127.0.0.1:0", "--auth-fail-window", "0"});
        QTest::newRow("domain") << base + words({"--listen", "127.0.0.1:0", "--domain",
                                                 "not a domain"});
        QTest::newRow("s3 listen") << base + words({"--listen", "127.0.0.1:0", "--s3-listen", "x"});
        QTest::newRow("data dir file")
            << base + words({"--listen", "127.0.0.1:0", "--data-dir", "/etc/hostname"});
        QTest::newRow("positional") << base + words({"--listen", "127.0.0.1:0", "extra"});
    }

    void badFlags()
    {
        QFETCH(QStringList, arguments);
        std::unique_ptr<QProcess> p(ServerHarness::runToEnd(arguments));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 2);
        QVERIFY(p->readAllStandardOutput().isEmpty());
        const QByteArray err = p->readAllStandardError().trimmed();
        QVERIFY2(!err.isEmpty() && !err.contains('\n'), err.constData()); // one clear line
    }

    void storeProblemsExit3()
    {
        std::unique_ptr<QProcess> p(ServerHarness::runToEnd(
            words({"--store", "sqlite:/nonexistent/kd.sqlite", "--listen", "127.0.0.1:0"})));
        QCOMPARE(p->exitCode(), 3);
    }

    void busyAddressExits4()
    {
        ServerHarness server;
        QVERIFY2(server.initStore(), qPrintable(server.lastError()));
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost));
        std::unique_ptr<QProcess> p(ServerHarness::runToEnd(
            {QStringLiteral("--store"), server.storeUrl(), QStringLiteral("--listen"),
             QStringLiteral("127.0.0.1:%1").arg(squatter.serverPort())}));
        QCOMPARE(p->exitCode(), 4);
    }

    void environmentEquivalents()
    {
        ServerHarness server;
        QVERIFY2(server.initStore(), qPrintable(server.lastError()));
        std::unique_ptr<QProcess> p(new QProcess);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KEYDESK_SERVER_STORE"), server.storeUrl());
        env.insert(QStringLiteral("KEYDESK_SERVER_LISTEN"), QStringLiteral("not-an-address"));
        env.insert(QStringLiteral("KEYDESK_SERVER_DOMAIN"), QStringLiteral("keydesk.test"));
        p->setProcessEnvironment(env);
        p->start(ServerHarness::binary(), words({"--listen", "127.0.0.1:0"})); // flag wins
        QVERIFY(p->waitForReadyRead(10000));
        const QByteArray line = p->readLine();
        QVERIFY2(line.startsWith("rest listening on 127.0.0.1:"), line.constData());
        QVERIFY(line.trimmed().split(':').last().toInt() > 0); // port 0 shows the real port
        ::kill(static_cast<pid_t>(p->processId()), SIGINT);
        QVERIFY(p->waitForFinished(10000));
        QCOMPARE(p->exitCode(), 0);
        env.insert(QStringLiteral("KEYDESK_SERVER_LISTEN"), QStringLiteral("127.0.0.1:0"));
        env.insert(QStringLiteral("KEYDESK_SERVER_AUTH_FAIL_LIMIT"), QStringLiteral("many"));
        p.reset(new QProcess);
        p->setProcessEnvironment(env);
        p->start(ServerHarness::binary(), QStringList());
        QVERIFY(p->waitForFinished(10000));
        QCOMPARE(p->exitCode(), 2); // environment values are checked like flags
    }

    void sighupReloadsKeysAndKeepsServing()
    {
        ServerHarness server;
        QVERIFY2(server.initStore(), qPrintable(server.lastError()));
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        ::kill(static_cast<pid_t>(server.process()->processId()), SIGHUP);
        QTRY_VERIFY(server.serverOutput().contains("SIGHUP: key-encryption keys read again"));
        QVERIFY(server.isRunning());
        QCOMPARE(server.stop(), 0);
    }

    void s3ListenNeedsADataDirectory()
    {
        ServerHarness server;
        QVERIFY2(server.initStore(), qPrintable(server.lastError()));
        QVERIFY(!server.start({QStringLiteral("--s3-listen"), QStringLiteral("127.0.0.1:0")}));
        QVERIFY2(server.lastError().contains(QLatin1String("--s3-listen needs --data-dir")),
                 qPrintable(server.lastError()));
    }

    void s3ListenerPrintsItsRealPortAndDrains()
    {
        ServerHarness server;
        QVERIFY2(server.initStore(), qPrintable(server.lastError()));
        const QString data = server.dir() + QStringLiteral("/objects");
        QVERIFY2(server.start({QStringLiteral("--s3-listen"), QStringLiteral("127.0.0.1:0"),
                               QStringLiteral("--data-dir"), data}),
                 qPrintable(server.lastError()));
        QTRY_VERIFY(server.serverOutput().contains("s3 listening on 127.0.0.1:"));
        const QByteArray output = server.serverOutput();
        const qsizetype at = output.indexOf("s3 listening on 127.0.0.1:") + 26;
        const int port = output.mid(at, output.indexOf('\n', at) - at).trimmed().toInt();
        QVERIFY(port > 0);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(port));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QByteArray reply;
        QTRY_VERIFY((reply += socket.readAll()).contains("</Error>"));
        QVERIFY(reply.startsWith("HTTP/1.1 403"));
        QVERIFY(reply.contains("<Code>AccessDenied</Code>")); // anonymous
        QCOMPARE(server.stop(), 0);
        QVERIFY(QFileInfo(data).isDir());
    }

    void sigtermDrainsInFlightRequest()
    {
        ServerHarness server;
        QVERIFY2(server.initStore(), qPrintable(server.lastError()));
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        const QByteArray body = R"({"name":"drained"})";
        const QByteArray head =
            "POST /api/rest/v1/api_keys HTTP/1.1\r\nHost: 127.0.0.1\r\nX-FilesAPI-Key: " +
            server.adminKey() + "\r\nContent-Type: application/json\r\nContent-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n";
        QTcpSocket busy;
        QTcpSocket idle;
        busy.connectToHost(QHostAddress::LocalHost, server.port());
        idle.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(busy.waitForConnected(5000) && idle.waitForConnected(5000));
        busy.write(head + body.left(5)); // in flight: the body is not complete
        QVERIFY(busy.waitForBytesWritten(5000));
        QThread::msleep(300);
        ::kill(static_cast<pid_t>(server.process()->processId()), SIGTERM);
        QVERIFY(becomesRefusing(server.port())); // it stops accepting
        QVERIFY(idle.state() == QAbstractSocket::UnconnectedState ||
                idle.waitForDisconnected(5000));
        QCOMPARE(server.process()->state(), QProcess::Running); // still draining
        busy.write(body.mid(5));
        const QByteArray response = readUntilClosed(busy);
        const HttpReply r = RawHttp::parse(response);
        QVERIFY2(r.status == 201, response.left(200).constData());
        QCOMPARE(r.header("connection"), QByteArray("close"));
        server.rememberSecret(r.object().value(QStringLiteral("key")).toString().toLatin1());
        QVERIFY(server.process()->waitForFinished(10000));
        QCOMPARE(server.process()->exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.process()->exitCode(), 0);
        QVERIFY(server.leakedSecrets().isEmpty());
    }

    void accessLogHasNoSecrets()
    {
        ServerHarness server;
        QVERIFY2(server.initStore(), qPrintable(server.lastError()));
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        HttpClient http(server.baseUrl());
        const QByteArray key = server.adminKey();
        QCOMPARE(http.get(QStringLiteral("/api_key"), {key, {}}).status, 200);
        const HttpReply created =
            http.post(QStringLiteral("/api_keys"), {{QStringLiteral("name"), QStringLiteral("x")}},
                      {key, {}});
        server.rememberSecret(created.object().value(QStringLiteral("key")).toString().toLatin1());
        http.get(QStringLiteral("/api_key"), {{}, {}, {{"Authorization", "Bearer " + key}}});
        http.get(QStringLiteral("/api_keys/") + QString::fromLatin1(key), {key, {}});
        http.get(QStringLiteral("/api_keys?filter%5Bsearch%5D=") + QString::fromLatin1(key),
                 {key, {}});
        http.get(QStringLiteral("/") + QString::fromLatin1(key) + QStringLiteral("?x=") +
                 QString::fromLatin1(key));
        http.get(QStringLiteral("/api_key"), {key.left(key.size() - 1) + 'x', {}});
        QCOMPARE(server.stop(), 0);
        QVERIFY2(server.leakedSecrets().isEmpty(), qPrintable(server.leakedSecrets().join(u' ')));
        const QByteArray log = server.serverOutput();
        QVERIFY(log.contains("GET /api/rest/v1/api_key 200"));
        QVERIFY(log.contains("POST /api/rest/v1/api_keys 201"));
        QVERIFY(log.contains("/api/rest/v1/api_keys?filter[search] 200"));
        QVERIFY(!log.contains(key.left(12))); // not even a recognisable piece
    }
};

QTEST_GUILESS_MAIN(tst_server_lifecycle)
#include "tst_server_lifecycle.moc"
