// SPDX-License-Identifier: GPL-3.0-or-later
// The access-policy table of DESIGN.md section 4, cell by cell, through the REST API: site
// admin, site-wide key, help desk and a plain user, with users_can_create_api_keys on and off.
#include "RestWorld.h"
#include "ServerHarness.h"

#include <QTest>

using namespace keydesk::servertest;

namespace {
// A row of the table: `expected` is the HTTP status, or for "list" rows 1 (the target is in
// the list) or 0 (it is not).
struct Cell {
    const char* actor;  // admin, sitewide, desk, ann
    const char* action; // view, list, create, edit, disable, enable, revoke, settings, users,
                        // children, audit
    const char* target; // sitewide, other (ben's key), own, -
    bool setting;       // users_can_create_api_keys
    int expected;
};

// clang-format off
const Cell kTable[] = {
    // list/view site-wide keys: yes | no | no | no
    {"admin", "view", "sitewide", false, 200}, {"sitewide", "view", "sitewide", false, 200},
    {"desk", "view", "sitewide", false, 404}, {"ann", "view", "sitewide", true, 404},
    {"ann", "view", "sitewide", false, 404},
    {"admin", "list", "sitewide", false, 1}, {"sitewide", "list", "sitewide", false, 1},
    {"desk", "list", "sitewide", false, 0}, {"ann", "list", "sitewide", true, 0},
    {"ann", "list", "sitewide", false, 0},
    // list/view user keys: all users | all users | own | own
    {"admin", "view", "other", false, 200}, {"sitewide", "view", "other", false, 200},
    {"desk", "view", "other", false, 200}, {"ann", "view", "other", true, 404},
    {"ann", "view", "other", false, 404}, {"ann", "view", "own", true, 200},
    {"ann", "view", "own", false, 200},
    {"admin", "list", "other", false, 1}, {"desk", "list", "other", false, 1},
    {"ann", "list", "other", true, 0}, {"ann", "list", "own", false, 1},
    // create site-wide key: yes | no | no | no
    {"admin", "create", "sitewide", false, 201}, {"sitewide", "create", "sitewide", false, 201},
    {"desk", "create", "sitewide", true, 403}, {"ann", "create", "sitewide", true, 403},
    {"ann", "create", "sitewide", false, 403},
    // create own user key: yes | if setting on | yes | no
    {"admin", "create", "own", false, 201}, {"desk", "create", "own", true, 201},
    {"desk", "create", "own", false, 403}, {"ann", "create", "own", true, 201},
    {"ann", "create", "own", false, 403},
    // create key for another user: yes | no | no | no
    {"admin", "create", "other", false, 201}, {"sitewide", "create", "other", false, 201},
    {"desk", "create", "other", true, 403}, {"ann", "create", "other", true, 403},
    {"ann", "create", "other", false, 403},
    // edit name/description/expiry: any key | no | own | no
    {"admin", "edit", "sitewide", false, 200}, {"admin", "edit", "other", false, 200},
    {"sitewide", "edit", "sitewide", false, 200}, {"sitewide", "edit", "other", false, 200},
    {"desk", "edit", "other", true, 403}, {"desk", "edit", "own", true, 403},
    {"desk", "edit", "sitewide", true, 404}, {"ann", "edit", "own", true, 200},
    {"ann", "edit", "own", false, 403}, {"ann", "edit", "other", true, 404},
    // disable: any key | user keys | own | own
    {"admin", "disable", "sitewide", false, 200}, {"admin", "disable", "other", false, 200},
    {"sitewide", "disable", "sitewide", false, 200}, {"desk", "disable", "other", false, 200},
    {"desk", "disable", "sitewide", false, 404}, {"ann", "disable", "own", true, 200},
    {"ann", "disable", "own", false, 200}, {"ann", "disable", "other", true, 404},
    // re-enable / change permission set: any key | user keys | own | no
    {"admin", "enable", "sitewide", false, 200}, {"admin", "enable", "other", false, 200},
    {"sitewide", "enable", "other", false, 200}, {"desk", "enable", "other", false, 200},
    {"desk", "enable", "sitewide", false, 404}, {"ann", "enable", "own", true, 200},
    {"ann", "enable", "own", false, 403}, {"ann", "enable", "other", true, 404},
    // revoke: any key | user keys | own | no
    {"admin", "revoke", "sitewide", false, 204}, {"admin", "revoke", "other", false, 204},
    {"sitewide", "revoke", "sitewide", false, 204}, {"desk", "revoke", "other", false, 204},
    {"desk", "revoke", "sitewide", false, 404}, {"ann", "revoke", "own", true, 204},
    {"ann", "revoke", "own", false, 403}, {"ann", "revoke", "other", true, 404},
    // site settings, users, child sites: yes (E3) | no | no | no
    {"admin", "settings", "-", false, 200}, {"sitewide", "settings", "-", false, 200},
    {"desk", "settings", "-", false, 403}, {"ann", "settings", "-", true, 403},
    {"ann", "settings", "-", false, 403},
    {"admin", "users", "-", false, 201}, {"sitewide", "users", "-", false, 201},
    {"desk", "users", "-", false, 403}, {"ann", "users", "-", true, 403},
    {"admin", "children", "-", false, 200}, {"sitewide", "children", "-", false, 200},
    {"desk", "children", "-", false, 403}, {"ann", "children", "-", false, 403},
    // read audit log: all | user-key events | own keys | own keys (checked in auditScope)
    {"admin", "audit", "-", false, 200}, {"desk", "audit", "-", false, 200},
    {"ann", "audit", "-", true, 200}, {"ann", "audit", "-", false, 200},
};
// clang-format on
} // namespace

class tst_server_policy : public QObject {
    Q_OBJECT

private:
    ServerHarness m_server;
    std::unique_ptr<RestWorld> m_world;
    int m_serial = 0;

    const Actor& actor(const QString& name) const
    {
        if (name == QLatin1String("sitewide"))
            return m_world->siteWide;
        if (name == QLatin1String("desk"))
            return m_world->desk;
        if (name == QLatin1String("ann"))
            return m_world->ann;
        return m_world->admin;
    }

    // A fresh key for the row to act on: site-wide, ben's, or the actor's own.
    qint64 target(const QString& kind, const Actor& who)
    {
        if (kind == QLatin1String("sitewide"))
            return m_world->createKey(std::nullopt);
        if (kind == QLatin1String("other"))
            return m_world->createKey(m_world->ben.userId);
        return m_world->createKey(who.userId);
    }

    HttpReply create(const QString& kind, const Actor& who)
    {
        QJsonObject body{{QStringLiteral("name"), QStringLiteral("row-%1").arg(++m_serial)}};
        if (kind == QLatin1String("own"))
            body.insert(QStringLiteral("user_id"), 0);
        else if (kind == QLatin1String("other"))
            body.insert(QStringLiteral("user_id"), m_world->ben.userId);
        const HttpReply r = m_world->http().post(QStringLiteral("/api_keys"), body, who.as());
        m_server.rememberSecret(r.object().value(QStringLiteral("key")).toString().toLatin1());
        return r;
    }

    HttpReply act(const QString& action, const QString& kind, const Actor& who, qint64 id)
    {
        HttpClient& http = m_world->http();
        const QString path = QStringLiteral("/api_keys/%1").arg(id);
        if (action == QLatin1String("view"))
            return http.get(path, who.as());
        if (action == QLatin1String("create"))
            return create(kind, who);
        if (action == QLatin1String("edit"))
            return http.patch(path, {{QStringLiteral("name"), QStringLiteral("renamed")}},
                              who.as());
        if (action == QLatin1String("disable"))
            return http.post(path + QStringLiteral("/disable"), {}, who.as());
        if (action == QLatin1String("enable")) {
            http.post(path + QStringLiteral("/disable"), {}, m_world->admin.as());
            return http.post(path + QStringLiteral("/enable"), {}, who.as());
        }
        if (action == QLatin1String("revoke"))
            return http.del(path, who.as());
        if (action == QLatin1String("settings"))
            return http.patch(QStringLiteral("/site"),
                              {{QStringLiteral("require_key_expiry"), false}}, who.as());
        if (action == QLatin1String("users"))
            return http.post(QStringLiteral("/users"),
                             {{QStringLiteral("username"), QStringLiteral("u%1").arg(++m_serial)}},
                             who.as());
        if (action == QLatin1String("children"))
            return http.get(QStringLiteral("/child_sites"), who.as());
        return http.get(QStringLiteral("/audit_events"), who.as());
    }

    // 1 when key `id` is in the actor's unfiltered list (all pages of 10000), else 0.
    int listed(const Actor& who, qint64 id)
    {
        const HttpReply r =
            m_world->http().get(QStringLiteral("/api_keys?per_page=10000"), who.as());
        if (r.status != 200)
            return -r.status;
        for (const QJsonValue& k : r.array()) {
            if (k.toObject().value(QStringLiteral("id")).toInteger() == id)
                return 1;
        }
        return 0;
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

    void table_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("setting");
        QTest::addColumn<int>("expected");
        for (const Cell& c : kTable) {
            const QByteArray name = QByteArray(c.actor) + ' ' + c.action + ' ' + c.target +
                                    (c.setting ? " (setting on)" : " (setting off)");
            QTest::newRow(name.constData())
                << QString::fromLatin1(c.actor) << QString::fromLatin1(c.action)
                << QString::fromLatin1(c.target) << c.setting << c.expected;
        }
    }

    void table()
    {
        QFETCH(QString, who);
        QFETCH(QString, action);
        QFETCH(QString, kind);
        QFETCH(bool, setting);
        QFETCH(int, expected);
        QVERIFY2(m_world->setUsersCanCreate(setting), qPrintable(m_world->error()));
        const Actor& a = actor(who);
        const bool needsKey = action != QLatin1String("create") && kind != QLatin1String("-");
        const qint64 id = needsKey ? target(kind, a) : 0;
        QVERIFY2(!needsKey || id, qPrintable(m_world->error()));
        if (action == QLatin1String("list")) {
            QCOMPARE(listed(a, id), expected);
            return;
        }
        const HttpReply r = act(action, kind, a, id);
        QVERIFY2(r.status == expected, r.describe().constData());
        if (r.status >= 400) { // Files.com error JSON, status mirrored in http-code
            QCOMPARE(r.object().value(QStringLiteral("http-code")).toInt(), r.status);
            QVERIFY(!r.type().isEmpty());
            QVERIFY(!r.object().value(QStringLiteral("title")).toString().isEmpty());
        }
    }

    void auditScope()
    {
        QVERIFY(m_world->createKey(std::nullopt)); // at least one site-wide event
        auto events = [&](const Actor& who) {
            return m_world->http()
                .get(QStringLiteral("/audit_events?per_page=10000"), who.as())
                .array();
        };
        bool adminSeesSiteWide = false;
        for (const QJsonValue& e : events(m_world->admin))
            adminSeesSiteWide |= e.toObject().value(QStringLiteral("key_kind")).toString() ==
                                 QLatin1String("site_wide");
        QVERIFY(adminSeesSiteWide);
        const QJsonArray desk = events(m_world->desk);
        QVERIFY(!desk.isEmpty());
        for (const QJsonValue& e : desk)
            QCOMPARE(e.toObject().value(QStringLiteral("key_kind")).toString(),
                     QStringLiteral("user"));
        const QJsonArray ann = events(m_world->ann);
        QVERIFY(!ann.isEmpty());
        for (const QJsonValue& e : ann)
            QCOMPARE(e.toObject().value(QStringLiteral("key_owner_id")).toInteger(),
                     m_world->ann.userId);
    }

    void raisingAboveGrantIsRefused()
    {
        // A non-admin can never raise a key above what an admin granted it (section 4).
        QVERIFY(m_world->setUsersCanCreate(true));
        const qint64 id =
            m_world->createKey(m_world->ann.userId,
                               {{QStringLiteral("permission_set"), QStringLiteral("desktop_app")}});
        QVERIFY(id);
        const HttpReply r = m_world->http().patch(
            QStringLiteral("/api_keys/%1").arg(id),
            {{QStringLiteral("permission_set"), QStringLiteral("full")}}, m_world->ann.as());
        QCOMPARE(r.status, 403);
    }
};

QTEST_GUILESS_MAIN(tst_server_policy)
#include "tst_server_policy.moc"
