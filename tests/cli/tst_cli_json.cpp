// SPDX-License-Identifier: GPL-3.0-or-later
// --json output of keydeskctl: Files.com ApiKey field names, secrets only in creation output,
// lists as arrays, and the key in the JSON is the one that verifies.
#include "CliAsserts.h"
#include "StoredSecret.h"

#include <QRegularExpression>

using namespace keydesk::clitest;

namespace {
const char* const kApiKeyFields[] = {
    "id",         "name",        "descriptive_label",     "description",
    "user_id",    "site_id",     "permission_set",        "created_at",
    "expires_at", "last_use_at", "aws_style_credentials", "aws_access_key_id"};

QString missingField(const QJsonObject& o)
{
    for (const char* f : kApiKeyFields) {
        if (!o.contains(QString::fromLatin1(f)))
            return QString::fromLatin1(f);
    }
    return {};
}

bool hasSecretFields(const QJsonObject& o)
{
    return o.contains(QStringLiteral("key")) || o.contains(QStringLiteral("aws_secret_key"));
}
} // namespace

class TestCliJson : public QObject {
    Q_OBJECT

private slots:
    void init();
    void createSiteWideKey();
    void createS3UserKey();
    void listHasNoSecrets();
    void showKey();
    void siteShow();
    void userList();
    void auditListIsArray();
    void createdKeyVerifies();

private:
    qint64 siteId();
    QJsonObject runObject(const QStringList& a);

    std::unique_ptr<CliRunner> m_cli;
    QByteArray m_admin;
};

void TestCliJson::init()
{
    m_cli = std::make_unique<CliRunner>();
    QVERIFY2(m_cli->isValid(), "no temporary directory or no KEYDESK_CTL");
    CliResult r;
    m_admin = m_cli->init(&r);
    QVERIFY2(!m_admin.isEmpty(), qPrintable(r.describe()));
    CLI_EXPECT_OK(m_cli->run(args({"user", "create", "--username", "bob"}), m_admin));
}

QJsonObject TestCliJson::runObject(const QStringList& a)
{
    const CliResult r = m_cli->run(QStringList{QStringLiteral("--json")} + a, m_admin);
    if (r.exitCode != 0 || !r.json().isObject())
        qWarning("no JSON object: %s", qPrintable(r.describe()));
    return r.json().object();
}

qint64 TestCliJson::siteId()
{
    return runObject(args({"site", "show"})).value(QStringLiteral("id")).toInteger();
}

void TestCliJson::createSiteWideKey()
{
    CliResult r;
    const CreatedKey k = m_cli->createKey(
        m_admin, args({"--name", "ci", "--site-wide", "--description", "deploys"}), &r);
    QVERIFY2(k.ok(), qPrintable(r.describe()));
    const QJsonObject& o = k.json;
    QCOMPARE(missingField(o), QString());
    QVERIFY(o.value(QStringLiteral("user_id")).isNull());
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("ci"));
    QCOMPARE(o.value(QStringLiteral("description")).toString(), QStringLiteral("deploys"));
    QCOMPARE(o.value(QStringLiteral("site_id")).toInteger(), siteId());
    QCOMPARE(o.value(QStringLiteral("permission_set")).toString(), QStringLiteral("full"));
    QVERIFY(o.value(QStringLiteral("expires_at")).isNull());
    QVERIFY(o.value(QStringLiteral("last_use_at")).isNull());
    QCOMPARE(o.value(QStringLiteral("aws_style_credentials")).toBool(), false);
    QVERIFY(o.value(QStringLiteral("aws_access_key_id")).isNull());
    QVERIFY(k.key.startsWith("kds_"));
    QVERIFY(
        o.value(QStringLiteral("descriptive_label")).toString().contains(QString::number(k.id)));
    QVERIFY(o.value(QStringLiteral("created_at")).toString().endsWith(u'Z'));
    QVERIFY(!r.err.contains(k.key));
}

void TestCliJson::createS3UserKey()
{
    CliResult r;
    const CreatedKey k =
        m_cli->createKey(m_admin,
                         args({"--name", "sync", "--user", "bob", "--s3", "--expires", "2099-01-31",
                               "--permission-set", "files_only"}),
                         &r);
    QVERIFY2(k.ok(), qPrintable(r.describe()));
    const QJsonObject& o = k.json;
    QCOMPARE(missingField(o), QString());
    QVERIFY(o.value(QStringLiteral("user_id")).toInteger() > 0);
    QCOMPARE(o.value(QStringLiteral("permission_set")).toString(), QStringLiteral("files_only"));
    QVERIFY(o.value(QStringLiteral("expires_at")).toString().startsWith(u"2099-01-31T"));
    QCOMPARE(o.value(QStringLiteral("aws_style_credentials")).toBool(), true);
    QVERIFY(k.key.startsWith("kdu_"));
    QVERIFY(o.value(QStringLiteral("descriptive_label")).toString().contains(u"bob"));
    // R6: both S3 credentials, well formed, under Files.com's names; the Secret Key is the one
    // the store keeps sealed (what the S3 listener will check signatures with).
    static const QRegularExpression accessKeyId(QStringLiteral("^KDAK[A-Z2-7]{16}$"));
    static const QRegularExpression secretKey(QStringLiteral("^[0-9A-Za-z]{40}$"));
    QVERIFY(accessKeyId.match(o.value(QStringLiteral("aws_access_key_id")).toString()).hasMatch());
    QVERIFY(secretKey.match(o.value(QStringLiteral("aws_secret_key")).toString()).hasMatch());
    const StoredSecret stored = openStoredSecret(m_cli->storeUrl(), k.accessKeyId);
    QVERIFY2(stored.error.isEmpty(), qPrintable(stored.error));
    QVERIFY(stored.secret == k.s3Secret);
}

void TestCliJson::listHasNoSecrets()
{
    const CreatedKey a = m_cli->createKey(m_admin, args({"--name", "a", "--site-wide"}));
    const CreatedKey b = m_cli->createKey(m_admin, args({"--name", "b", "--user", "bob", "--s3"}));
    QVERIFY(a.ok() && b.ok());
    const CliResult r = m_cli->run(args({"--json", "key", "list"}), m_admin);
    CLI_EXPECT_OK(r);
    QVERIFY(r.json().isArray());
    const QJsonArray list = r.json().array();
    QCOMPARE(list.size(), 3); // the initial admin key, a, b
    for (const QJsonValue& v : list) {
        QVERIFY(v.isObject());
        QCOMPARE(missingField(v.toObject()), QString());
        QVERIFY(!hasSecretFields(v.toObject()));
    }
    QVERIFY(!r.mentions(a.key) && !r.mentions(b.key) && !r.mentions(b.s3Secret));
    QVERIFY(r.out.contains(b.accessKeyId.toLatin1()));
}

void TestCliJson::showKey()
{
    const CreatedKey k = m_cli->createKey(m_admin, args({"--name", "shown", "--user", "bob"}));
    QVERIFY(k.ok());
    const CliResult r = m_cli->run(QStringList{QStringLiteral("--json"), QStringLiteral("key"),
                                               QStringLiteral("show"), QString::number(k.id)},
                                   m_admin);
    CLI_EXPECT_OK(r);
    const QJsonObject o = r.json().object();
    QCOMPARE(missingField(o), QString());
    QVERIFY(!hasSecretFields(o));
    QCOMPARE(o.value(QStringLiteral("id")).toInteger(), k.id);
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("shown"));
    QCOMPARE(o.value(QStringLiteral("user_id")).toInteger(),
             k.json.value(QStringLiteral("user_id")).toInteger());
    QVERIFY(!r.mentions(k.key));
}

void TestCliJson::siteShow()
{
    CLI_EXPECT_OK(m_cli->run(args({"site", "set", "max_key_lifetime_days", "30"}), m_admin));
    const QJsonObject o = runObject(args({"site", "show"}));
    QVERIFY(o.value(QStringLiteral("id")).toInteger() > 0);
    QCOMPARE(o.value(QStringLiteral("subdomain")).toString(), QStringLiteral("acme"));
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Acme"));
    QVERIFY(o.value(QStringLiteral("parent_site_id")).isNull());
    QCOMPARE(o.value(QStringLiteral("users_can_create_api_keys")).toBool(true), false);
    QCOMPARE(o.value(QStringLiteral("max_key_lifetime_days")).toInt(), 30);
    QCOMPARE(o.value(QStringLiteral("require_key_expiry")).toBool(true), false);
}

void TestCliJson::userList()
{
    bool ok = false;
    const QJsonArray users = m_cli->jsonArray(m_admin, args({"user", "list"}), &ok);
    QVERIFY(ok);
    QCOMPARE(users.size(), 2);
    QStringList seen;
    for (const QJsonValue& v : users) {
        const QJsonObject u = v.toObject();
        seen << u.value(QStringLiteral("username")).toString() + u':' +
                    u.value(QStringLiteral("role")).toString();
        QCOMPARE(u.value(QStringLiteral("site_id")).toInteger(), siteId());
    }
    seen.sort();
    QCOMPARE(seen, QStringList({QStringLiteral("admin:site_admin"), QStringLiteral("bob:user")}));
}

void TestCliJson::auditListIsArray()
{
    const CreatedKey k = m_cli->createKey(m_admin, args({"--name", "audited", "--user", "bob"}));
    QVERIFY(k.ok());
    bool ok = false;
    const QJsonArray events = m_cli->jsonArray(m_admin, args({"audit", "list"}), &ok);
    QVERIFY(ok);
    QVERIFY(events.size() >= 2);
    bool found = false;
    for (const QJsonValue& v : events) {
        const QJsonObject e = v.toObject();
        QVERIFY(e.contains(QStringLiteral("action")) && e.contains(QStringLiteral("at")));
        found = found || (e.value(QStringLiteral("api_key_id")).toInteger() == k.id &&
                          e.value(QStringLiteral("action")).toString() == u"key.create");
    }
    QVERIFY(found);
    const CliResult raw = m_cli->run(args({"--json", "audit", "list"}), m_admin);
    QVERIFY(!raw.mentions(k.key) && !raw.mentions(m_admin));
    // The text table names the actor (the site admin may list the users), not "user #1".
    const CliResult table = m_cli->run(args({"audit", "list"}), m_admin);
    CLI_EXPECT_OK(table);
    QVERIFY2(table.out.contains("  admin  ") && !table.out.contains("user #"),
             table.out.constData());
}

void TestCliJson::createdKeyVerifies()
{
    const CreatedKey k = m_cli->createKey(m_admin, args({"--name", "v", "--user", "bob"}));
    QVERIFY(k.ok());
    const CliResult r =
        m_cli->run(args({"--json", "key", "verify", "--site", "acme"}), std::nullopt, k.key + '\n');
    CLI_EXPECT_OK(r);
    const QJsonObject p = r.json().object();
    QCOMPARE(p.value(QStringLiteral("api_key_id")).toInteger(), k.id);
    QCOMPARE(p.value(QStringLiteral("username")).toString(), QStringLiteral("bob"));
    QCOMPARE(p.value(QStringLiteral("kind")).toString(), QStringLiteral("user"));
    QCOMPARE(p.value(QStringLiteral("site_subdomain")).toString(), QStringLiteral("acme"));
    // The key acts: bob sees exactly his own key.
    bool ok = false;
    const QJsonArray mine = m_cli->jsonArray(k.key, args({"key", "list"}), &ok);
    QVERIFY(ok);
    QCOMPARE(names(mine), QStringList{QStringLiteral("v")});
}

QTEST_GUILESS_MAIN(TestCliJson)
#include "tst_cli_json.moc"
