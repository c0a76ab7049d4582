// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWorld.h"

#include "KekFile.h"
#include "KeyMinter.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUrlQuery>

namespace keydesk::test {

namespace {
template <typename T> T must(Result<T> r)
{
    if (!r)
        qFatal("TestWorld setup failed: %s", qPrintable(r.error().message));
    return std::move(*r);
}

void mustOk(const Result<void>& r)
{
    if (!r)
        qFatal("TestWorld setup failed: %s", qPrintable(r.error().message));
}

int count(SqlStore& store, const QString& sql)
{
    QSqlQuery q = must(store.exec(sql));
    return q.next() ? q.value(0).toInt() : -1;
}

// A schema name no other world, process or earlier (crashed) run uses.
QString uniqueSchema()
{
    static QAtomicInt counter;
    return QStringLiteral("kdt_%1_%2_%3")
        .arg(QCoreApplication::applicationPid())
        .arg(counter.fetchAndAddRelaxed(1))
        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}
} // namespace

std::optional<StoreUrl> TestWorld::freshPostgresUrl()
{
    const QString file = qEnvironmentVariable("KEYDESK_TEST_PG_URL_FILE");
    if (file.isEmpty())
        return std::nullopt;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("Cannot read KEYDESK_TEST_PG_URL_FILE %s", qPrintable(file));
    QUrl url(QString::fromUtf8(f.readAll()).trimmed());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("schema"), uniqueSchema());
    url.setQuery(query);
    return must(StoreUrl::parse(url.toString()));
}

TestWorld::TestWorld()
    : now(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc())
{
    if (auto pg = freshPostgresUrl()) {
        m_url = *pg;
        m_store = must(SqlStore::openPostgres(m_url, SqlStore::OpenMode::Create));
    } else {
        m_url = must(StoreUrl::parse(QStringLiteral("sqlite:") + databasePath()));
        m_store = must(SqlStore::openSqlite(databasePath(), SqlStore::OpenMode::Create));
    }
    // The KEK file beside the database, where LocalBackend looks for it too.
    m_keks = must(KekFile::create(databasePath() + QStringLiteral(".kek")));
    const Clock clock = [this] { return now; };
    m_keys = std::make_unique<KeyService>(*m_store, &m_keks, clock);
    m_admin = std::make_unique<AdminService>(*m_store, clock);
    m_auth = std::make_unique<Authenticator>(*m_store, clock);
    const auto addSite = [&](const char* sub, std::optional<qint64> parent) {
        Site s{0, QString::fromLatin1(sub), QString::fromLatin1(sub), parent, {}, now};
        s.id = must(m_store->insertSite(s));
        return s;
    };
    acme = addSite("acme", std::nullopt);
    acmeEu = addSite("acme-eu", acme.id);
    other = addSite("other", std::nullopt);
    mustOk(m_store->setMeta(QStringLiteral("primary_site_id"), QString::number(acme.id)));
    siteAdmin = addUser(acme, QStringLiteral("admin"), Role::SiteAdmin);
    helpdesk = addUser(acme, QStringLiteral("desk"), Role::Helpdesk);
    ann = addUser(acme, QStringLiteral("ann"), Role::User);
    ben = addUser(acme, QStringLiteral("ben"), Role::User);
    euAdmin = addUser(acmeEu, QStringLiteral("euadmin"), Role::SiteAdmin);
    eve = addUser(acmeEu, QStringLiteral("eve"), Role::User);
    otherAdmin = addUser(other, QStringLiteral("otheradmin"), Role::SiteAdmin);
}

TestWorld::~TestWorld()
{
    m_auth.reset();
    m_admin.reset();
    m_keys.reset();
    if (isPostgres() && m_store) // best effort: the cluster is thrown away after the run anyway
        (void)m_store->exec(QStringLiteral("DROP SCHEMA ") + m_url.postgresSchema() +
                            QStringLiteral(" CASCADE"));
}

Result<std::unique_ptr<SqlStore>> TestWorld::openAgain(SqlStore::OpenMode mode) const
{
    return isPostgres() ? SqlStore::openPostgres(m_url, mode)
                        : SqlStore::openSqlite(databasePath(), mode);
}

User TestWorld::addUser(const Site& site, const QString& name, Role role)
{
    User u{0, site.id, name, QString(), role, false, now};
    u.id = must(m_store->insertUser(u));
    addKeyFor(u);
    return u;
}

void TestWorld::addKeyFor(const User& user)
{
    CreatedKey minted = must(KeyMinter::mint(KeyKind::User, false, nullptr));
    ApiKey& k = minted.key;
    k.siteId = user.siteId;
    k.userId = user.id;
    k.name = user.username + QStringLiteral("'s own key");
    k.createdAt = now;
    k.createdBy = user.id;
    k.id = must(m_store->insertKey(k));
    m_principals.insert(user.id, Principal{user.siteId, user.id, k.id, user.role,
                                           PermissionSet::Full, user.username});
}

Principal TestWorld::principal(const User& user) const
{
    return m_principals.value(user.id);
}

Principal TestWorld::siteWidePrincipal(const Site& site)
{
    const User& admin =
        site.id == acme.id ? siteAdmin : (site.id == acmeEu.id ? euAdmin : otherAdmin);
    CreatedKey key = create(principal(admin), siteWideKey(site));
    auto p = m_auth->authenticate(key.secret.view(), site.id);
    if (!p)
        qFatal("site-wide key does not authenticate");
    return *p;
}

void TestWorld::setUsersCanCreate(const Site& site, bool on)
{
    Site s = *m_store->site(site.id).value();
    s.settings.usersCanCreateApiKeys = on;
    mustOk(m_store->updateSiteSettings(site.id, s.settings));
    if (site.id == acme.id)
        acme.settings = s.settings;
    if (site.id == acmeEu.id)
        acmeEu.settings = s.settings;
}

CreatedKey TestWorld::create(const Principal& by, CreateKeyRequest request)
{
    auto created = m_keys->createKey(by, request);
    if (!created)
        qFatal("create failed: %s", qPrintable(created.error().message));
    return std::move(*created);
}

CreateKeyRequest TestWorld::userKey(const User& owner, const QString& name) const
{
    CreateKeyRequest r;
    r.siteId = owner.siteId;
    r.userId = owner.id;
    r.name = name;
    return r;
}

CreateKeyRequest TestWorld::siteWideKey(const Site& site, const QString& name) const
{
    CreateKeyRequest r;
    r.siteId = site.id;
    r.name = name;
    return r;
}

int TestWorld::auditCount()
{
    return count(*m_store, QStringLiteral("SELECT COUNT(*) FROM audit_events"));
}

int TestWorld::keyCount()
{
    return count(*m_store, QStringLiteral("SELECT COUNT(*) FROM api_keys"));
}

} // namespace keydesk::test
