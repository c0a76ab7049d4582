// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 6 over REST: POST /api_keys/{id}/rotate, the expires_at and last_use_at filters of
// GET /api_keys, and GET /reports/keys.csv, with the refusals of the access policy.
#include "RestWorld.h"
#include "ServerHarness.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTest>
#include <QUrl>

using namespace keydesk::servertest;

namespace {
QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QString encoded(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QList<qint64> ids(const QJsonArray& keys)
{
    QList<qint64> out;
    for (const QJsonValue& v : keys)
        out << v.toObject().value(QStringLiteral("id")).toInteger();
    return out;
}
} // namespace

class tst_server_keylifecycle : public QObject {
    Q_OBJECT

private:
    ServerHarness m_server;
    std::unique_ptr<RestWorld> m_world;
    HttpClient& http() { return m_world->http(); }
    RequestOptions admin() const { return m_world->admin.as(); }
    QString rotatePath(qint64 id) const { return QStringLiteral("/api_keys/%1/rotate").arg(id); }

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

    void rotate_answersLikeCreateAndLinksTheOldKey()
    {
        const qint64 old = m_world->createKey(m_world->ben.userId,
                                              {{QStringLiteral("aws_style_credentials"), true}});
        QVERIFY2(old, qPrintable(m_world->error()));
        const HttpReply r = http().post(rotatePath(old),
                                        {{QStringLiteral("grace"), QStringLiteral("7d")}}, admin());
        QCOMPARE(r.status, 201);
        const QJsonObject o = r.object();
        QVERIFY(o.value(QStringLiteral("key")).toString().startsWith(u"kdu_"));
        QCOMPARE(o.value(QStringLiteral("aws_secret_key")).toString().size(), 40);
        QVERIFY(o.value(QStringLiteral("aws_access_key_id")).toString().startsWith(u"KDAK"));
        const qint64 replacement = o.value(QStringLiteral("id")).toInteger();
        const HttpReply shown = http().get(QStringLiteral("/api_keys/%1").arg(old), admin());
        QCOMPARE(shown.status, 200);
        QCOMPARE(shown.object().value(QStringLiteral("replaced_by")).toInteger(), replacement);
        const QDateTime expires = QDateTime::fromString(
            shown.object().value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
        QVERIFY(std::abs(expires.secsTo(QDateTime::currentDateTimeUtc().addDays(7))) < 120);

        const HttpReply again = http().post(rotatePath(old), {}, admin());
        QCOMPARE(again.status, 409);
        QCOMPARE(again.type(), QStringLiteral("bad-request/api-key-already-rotated"));
    }

    void rotate_refusals_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("grace");
        QTest::addColumn<int>("status");
        QTest::newRow("helpdesk") << "desk"
                                  << "1h" << 403;
        QTest::newRow("user, setting off") << "ben"
                                           << "1h" << 403;
        QTest::newRow("another user") << "ann"
                                      << "1h" << 404;
        QTest::newRow("unknown grace") << "admin"
                                       << "3d" << 400;
    }

    void rotate_refusals()
    {
        QFETCH(QString, who);
        QFETCH(QString, grace);
        QFETCH(int, status);
        QVERIFY(m_world->setUsersCanCreate(false));
        const qint64 key = m_world->createKey(m_world->ben.userId);
        QVERIFY(key);
        const Actor& actor = who == u"desk"  ? m_world->desk
                             : who == u"ben" ? m_world->ben
                             : who == u"ann" ? m_world->ann
                                             : m_world->admin;
        const HttpReply r =
            http().post(rotatePath(key), {{QStringLiteral("grace"), grace}}, actor.as());
        QVERIFY2(r.status == status, r.describe().constData());
        const HttpReply shown = http().get(QStringLiteral("/api_keys/%1").arg(key), admin());
        QVERIFY(shown.object().value(QStringLiteral("replaced_by")).isNull());
    }

    void filters_onExpiresAtAndLastUse()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 soon = m_world->createKey(
            m_world->ann.userId, {{QStringLiteral("expires_at"), iso(now.addDays(3))}});
        const qint64 late = m_world->createKey(
            m_world->ann.userId, {{QStringLiteral("expires_at"), iso(now.addDays(30))}});
        QVERIFY(soon && late);
        const QString base = QStringLiteral("/api_keys?user_id=%1&").arg(m_world->ann.userId);
        HttpReply r = http().get(base + QStringLiteral("filter_lt[expires_at]=") +
                                     encoded(iso(now.addDays(7))),
                                 admin());
        QCOMPARE(r.status, 200);
        QVERIFY(ids(r.array()).contains(soon));
        QVERIFY(!ids(r.array()).contains(late));
        r = http().get(base + QStringLiteral("filter_gteq[expires_at]=") +
                           encoded(iso(now.addDays(7))),
                       admin());
        QCOMPARE(r.status, 200);
        QCOMPARE(ids(r.array()), QList<qint64>{late});
        r = http().get(base + QStringLiteral("filter_lt[last_use_at]=") +
                           encoded(iso(now.addDays(-90))),
                       admin());
        QCOMPARE(r.status, 200);
        QVERIFY(r.array().isEmpty());
        r = http().get(QStringLiteral("/api_keys?filter_lt[expires_at]=tomorrow"), admin());
        QCOMPARE(r.status, 400);
        QCOMPARE(r.type(), QStringLiteral("bad-request/invalid-parameter"));
    }

    void report_csvOfWhatTheCallerMayList()
    {
        const HttpReply all = http().get(QStringLiteral("/reports/keys.csv"), admin());
        QCOMPARE(all.status, 200);
        QVERIFY(all.header("content-type").startsWith("text/csv"));
        QVERIFY(all.body.startsWith("id,name,label,kind,owner,permission_set,status,"));
        const HttpReply listed = http().get(QStringLiteral("/api_keys"), admin());
        QCOMPARE(all.body.count("\r\n"), listed.array().size() + 1);
        QVERIFY(all.body.contains(",site_wide,"));
        QVERIFY(!all.body.contains(m_world->admin.key));

        const HttpReply desk = http().get(QStringLiteral("/reports/keys.csv"), m_world->desk.as());
        QCOMPARE(desk.status, 200);
        QVERIFY(!desk.body.contains(",site_wide,"));
        const HttpReply ann = http().get(QStringLiteral("/reports/keys.csv"), m_world->ann.as());
        QCOMPARE(ann.status, 200);
        const HttpReply annListed = http().get(QStringLiteral("/api_keys"), m_world->ann.as());
        QCOMPARE(ann.body.count("\r\n"), annListed.array().size() + 1);
        const HttpReply eu =
            http().get(QStringLiteral("/reports/keys.csv?site_id=%1").arg(m_world->acmeId),
                       m_world->euAdmin.as());
        QVERIFY2(eu.status == 403 || eu.status == 404, eu.describe().constData());
        QCOMPARE(http().get(QStringLiteral("/reports/keys.csv")).status, 401);
        const QJsonObject openApi = http().get(QStringLiteral("/openapi.json")).object();
        const QJsonObject content = openApi.value(QStringLiteral("paths"))
                                        .toObject()
                                        .value(QStringLiteral("/reports/keys.csv"))
                                        .toObject()
                                        .value(QStringLiteral("get"))
                                        .toObject()
                                        .value(QStringLiteral("responses"))
                                        .toObject()
                                        .value(QStringLiteral("200"))
                                        .toObject()
                                        .value(QStringLiteral("content"))
                                        .toObject();
        QVERIFY2(content.contains(QStringLiteral("text/csv")),
                 QJsonDocument(content).toJson().constData());
    }
};

QTEST_GUILESS_MAIN(tst_server_keylifecycle)
#include "tst_server_keylifecycle.moc"
