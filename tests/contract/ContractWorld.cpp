// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContractWorld.h"

#include "BackendFactory.h"
#include "KekFile.h"
#include "LocalBackend.h"
#include "RestBackend.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QUrlQuery>

namespace keydesk::contract {

namespace {
QString describe(const Error& e)
{
    return errorCodeName(e.code) + QStringLiteral(": ") + e.message;
}

bool failed(QString* error, const QString& why)
{
    *error = why;
    return false;
}

std::optional<StoreKind> kindFromEnvironment()
{
    const QString name = qEnvironmentVariable("KEYDESK_CONTRACT_STORE", QStringLiteral("sqlite"));
    if (name == QLatin1String("sqlite"))
        return StoreKind::SQLite;
    if (name == QLatin1String("postgresql"))
        return StoreKind::PostgreSQL;
    if (name == QLatin1String("server-sqlite"))
        return StoreKind::ServerSQLite;
    if (name == QLatin1String("server-postgresql"))
        return StoreKind::ServerPostgreSQL;
    return std::nullopt;
}

// A fresh schema of the test cluster's database ($KEYDESK_TEST_PG_URL_FILE).
std::optional<QString> postgresUrl(QString* error)
{
    QFile f(qEnvironmentVariable("KEYDESK_TEST_PG_URL_FILE"));
    if (f.fileName().isEmpty() || !f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("KEYDESK_TEST_PG_URL_FILE does not name a readable file (the "
                                "postgres CTest fixture writes it)");
        return std::nullopt;
    }
    QUrl url(QString::fromUtf8(f.readAll()).trimmed());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("schema"),
                       QStringLiteral("contract_%1_%2")
                           .arg(QCoreApplication::applicationPid())
                           .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
    url.setQuery(query);
    return url.toString();
}
} // namespace

ContractWorld::ContractWorld() = default;

ContractWorld::~ContractWorld()
{
    QString error;
    if (!shutDown(&error))
        qWarning("%s", qPrintable(error));
}

bool ContractWorld::shutDown(QString* error)
{
    for (Member* m : {&admin, &siteWide, &desk, &ann, &ben, &euAdmin, &eve, &euSiteWide})
        m->session.reset();
    m_backend.reset();
    if (!m_server || !m_server->isRunning())
        return true;
    return m_server->stop() || failed(error, m_server->error());
}

QString ContractWorld::kindName() const
{
    switch (m_kind) {
    case StoreKind::SQLite:
        return QStringLiteral("sqlite");
    case StoreKind::PostgreSQL:
        return QStringLiteral("postgresql");
    case StoreKind::ServerSQLite:
        return QStringLiteral("server-sqlite");
    case StoreKind::ServerPostgreSQL:
        return QStringLiteral("server-postgresql");
    }
    return {};
}

bool ContractWorld::isRemote() const
{
    return m_kind == StoreKind::ServerSQLite || m_kind == StoreKind::ServerPostgreSQL;
}

QString ContractWorld::serverUrl() const
{
    return m_server ? m_server->url() : QString();
}

bool ContractWorld::build(QString* error)
{
    const auto kind = kindFromEnvironment();
    if (!kind) {
        *error = QStringLiteral("KEYDESK_CONTRACT_STORE must be sqlite, postgresql, "
                                "server-sqlite or server-postgresql");
        return false;
    }
    m_kind = *kind;
    return openStore(error) && (!isRemote() || startServer(error)) && buildCast(error);
}

// Initialises the store locally (init has no API) and keeps the first admin's key.
bool ContractWorld::openStore(QString* error)
{
    const bool postgres = m_kind == StoreKind::PostgreSQL || m_kind == StoreKind::ServerPostgreSQL;
    const auto text = postgres ? postgresUrl(error)
                               : std::optional(m_dir.filePath(QStringLiteral("contract.sqlite")));
    if (!text)
        return false;
    if (postgres) { // a shared store's KEKs are configured, never created beside it
        const QString kek = m_dir.filePath(QStringLiteral("contract.kek"));
        if (auto made = KekFile::create(kek); !made)
            return failed(error, describe(made.error()));
        qputenv("KEYDESK_KEK_FILE", kek.toLocal8Bit());
    }
    auto url = StoreUrl::parse(*text);
    if (!url)
        return failed(error, describe(url.error()));
    m_url = *url;
    auto init = LocalBackend::initialize(
        m_url, {QStringLiteral("Acme"), QStringLiteral("acme"), QStringLiteral("admin")});
    if (!init)
        return failed(error, describe(init.error()));
    m_adminKey = std::move(init->second.adminKey.secret);
    acme = init->second.site;
    admin.user = init->second.admin;
    if (isRemote())
        return true;
    m_backend = std::move(init->first);
    return true;
}

bool ContractWorld::startServer(QString* error)
{
    m_server = std::make_unique<test::ServerProcess>();
    // The suite fails authentications on purpose, many per minute: no rate limit here.
    if (!m_server->start(m_url.toString(), QString::fromLatin1(kDomain),
                         {QStringLiteral("--auth-fail-limit"), QStringLiteral("0")}))
        return failed(error, m_server->error());
    auto url = StoreUrl::parse(m_server->url());
    if (!url)
        return failed(error, describe(url.error()));
    RestOptions options;
    options.domain = QString::fromLatin1(kDomain);
    auto remote = RestBackend::open(*url, options);
    if (!remote)
        return failed(error, describe(remote.error()));
    m_backend = std::move(*remote);
    return true;
}

bool ContractWorld::signInMember(Member& m, QString* error)
{
    auto s = m_backend->signIn(m.key.view(), m.subdomain);
    if (!s)
        return failed(
            error,
            QStringLiteral("%1 cannot sign in: %2").arg(m.user.username, describe(s.error())));
    m.session = std::move(*s);
    return true;
}

bool ContractWorld::addMember(Member& m, const Site& site, const QString& name, Role role,
                              QString* error)
{
    auto user = admin.s().createUser(NewUser{site.id, name, name.toUpper(), role});
    if (!user)
        return failed(error, describe(user.error()));
    m.user = *user;
    m.subdomain = site.subdomain;
    CreateKeyRequest request = userKey(m, name + QStringLiteral("'s key"));
    request.siteId = site.id;
    auto created = admin.s().createKey(request);
    if (!created)
        return failed(error, describe(created.error()));
    m.key = std::move(created->secret);
    return signInMember(m, error);
}

bool ContractWorld::addSiteWide(Member& m, const Site& site, QString* error)
{
    auto created = admin.s().createKey(siteWideKey(site, site.subdomain + QStringLiteral(" API")));
    if (!created)
        return failed(error, describe(created.error()));
    m.subdomain = site.subdomain;
    m.key = std::move(created->secret);
    return signInMember(m, error);
}

bool ContractWorld::buildCast(QString* error)
{
    admin.key = std::move(m_adminKey);
    admin.subdomain = acme.subdomain;
    if (!signInMember(admin, error))
        return false;
    auto child = admin.s().createChildSite(QStringLiteral("Acme EU"), QStringLiteral("acme-eu"));
    if (!child)
        return failed(error, describe(child.error()));
    acmeEu = *child;
    return addMember(desk, acme, QStringLiteral("desk"), Role::Helpdesk, error) &&
           addMember(ann, acme, QStringLiteral("ann"), Role::User, error) &&
           addMember(ben, acme, QStringLiteral("ben"), Role::User, error) &&
           addMember(euAdmin, acmeEu, QStringLiteral("euadmin"), Role::SiteAdmin, error) &&
           addMember(eve, acmeEu, QStringLiteral("eve"), Role::User, error) &&
           addSiteWide(siteWide, acme, error) && addSiteWide(euSiteWide, acmeEu, error);
}

QString ContractWorld::uniqueName(const QString& stem)
{
    return QStringLiteral("%1 %2").arg(stem).arg(++m_counter);
}

CreateKeyRequest ContractWorld::userKey(const Member& owner, const QString& name) const
{
    CreateKeyRequest r;
    r.siteId = owner.user.siteId;
    r.userId = owner.user.id;
    r.name = name.isEmpty() ? QStringLiteral("key of %1").arg(owner.user.username) : name;
    return r;
}

CreateKeyRequest ContractWorld::siteWideKey(const Site& site, const QString& name) const
{
    CreateKeyRequest r;
    r.siteId = site.id;
    r.name = name.isEmpty() ? QStringLiteral("site-wide key") : name;
    return r;
}

CreatedKey ContractWorld::create(CreateKeyRequest request)
{
    if (request.name.isEmpty())
        request.name = uniqueName();
    auto created = admin.s().createKey(request);
    if (!created) {
        QTest::qFail(qPrintable(QStringLiteral("the admin could not create a key: ") +
                                describe(created.error())),
                     __FILE__, __LINE__);
        return {};
    }
    return std::move(*created);
}

Result<std::unique_ptr<Session>> ContractWorld::signIn(const SecretBytes& key,
                                                       const QString& subdomain)
{
    return m_backend->signIn(key.view(), subdomain);
}

bool ContractWorld::resetSettings(bool usersCanCreate)
{
    SiteSettingsUpdate u;
    u.usersCanCreateApiKeys = usersCanCreate;
    u.maxKeyLifetimeDays = std::optional<int>();
    u.requireKeyExpiry = false;
    return admin.s().updateSettings(acme.id, u).has_value();
}

Result<QList<ApiKey>> allKeys(Session& s, qint64 siteId)
{
    KeyQuery q;
    q.siteId = siteId;
    q.limit = 10000;
    auto page = s.listKeys(q);
    if (!page)
        return std::unexpected(page.error());
    return page->keys;
}

Result<QList<AuditEvent>> allEvents(Session& s, qint64 siteId)
{
    AuditQuery q;
    q.siteId = siteId;
    q.limit = 10000;
    auto page = s.audit(q);
    if (!page)
        return std::unexpected(page.error());
    return page->events;
}

bool contains(const QList<ApiKey>& keys, qint64 id)
{
    return std::any_of(keys.begin(), keys.end(), [id](const ApiKey& k) { return k.id == id; });
}

} // namespace keydesk::contract
