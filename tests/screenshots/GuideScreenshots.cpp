// SPDX-License-Identifier: GPL-3.0-or-later
// keydesk-guide-screenshots OUTPUT_DIR: the screenshots of the user guides (docs/user-guide):
// the console as a site admin, a user and a help-desk agent sees it, the create, reveal,
// enable and revoke dialogs, Settings, Connection Profiles and the first-run wizard. It seeds
// a demo store (SeedStore), gives bob and dana keys of their own and signs in with them, so
// each window shows what the access policy lets that role see and do. Run under a real X
// server (xvfb-run) by tests/screenshots/take-guide-screenshots.sh.
#include "AddProfileDialog.h"
#include "ClipboardGuard.h"
#include "CreateKeyDialog.h"
#include "FirstRunWizard.h"
#include "KeyActionDialogs.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ProfilesDialog.h"
#include "RevealDialog.h"
#include "SeedStore.h"
#include "SettingsDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <cstdio>
#include <cstdlib>
#include <map>

using namespace keydesk;
using keydesk::test::MemorySecretStore;

namespace {

// The keychain of the shots: entries in memory (the real one is gui_Keychain's business).
class Shooter {
public:
    explicit Shooter(QString dir)
        : m_dir(std::move(dir))
    {}

    void save(QWidget* widget, const char* name)
    {
        widget->show();
        widget->raise();
        widget->activateWindow();
        if (!QTest::qWaitForWindowExposed(widget)) {
            m_ok = false;
            return;
        }
        QTest::qWait(300); // fonts and layout settle on a window manager-less server
        const QString path = m_dir + u'/' + QLatin1String(name) + QStringLiteral(".png");
        const bool saved = widget->grab().save(path, "PNG", 9);
        std::fprintf(stderr, "%s %s\n", saved ? "saved" : "FAILED", qPrintable(path));
        m_ok = m_ok && saved;
    }
    bool ok() const { return m_ok; }

private:
    QString m_dir;
    bool m_ok = true;
};

void fail(const char* what, const Error& e)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(e.message));
    std::exit(1);
}

template <typename T> T take(Result<T> r, const char* what)
{
    if (!r)
        fail(what, r.error());
    return std::move(*r);
}

std::optional<qint64> userId(const QList<User>& users, const char* name)
{
    for (const User& u : users) {
        if (u.username == QLatin1String(name))
            return u.id;
    }
    return std::nullopt;
}

// The first row whose name column shows `name`.
void selectKey(ui::MainWindow& window, const QString& name)
{
    auto* table = window.findChild<QTableView*>(QStringLiteral("keyTable"));
    const QAbstractItemModel* model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == name)
            return table->selectRow(row);
    }
}

ApiKey keyNamed(Session& session, const QString& name)
{
    KeyQuery query;
    query.siteId = session.principal().siteId;
    query.text = name;
    const KeyPage page = take(session.listKeys(query), "list keys");
    for (const ApiKey& key : page.keys) {
        if (key.name == name)
            return key;
    }
    std::fprintf(stderr, "no key named %s\n", qPrintable(name));
    std::exit(1);
}

struct RoleWindow {
    std::unique_ptr<ui::MainWindow> window;
    Session* session = nullptr;
};

// A console window signed in with `key` on the demo store, as a profile of a team server.
RoleWindow openAs(const StoreUrl& url, const SecretBytes& key, ui::ClipboardGuard& clipboard,
                  const QString& profile)
{
    std::unique_ptr<Backend> backend = take(LocalBackend::open(url), "open store");
    std::unique_ptr<Session> session = take(backend->signIn(key.view()), "sign in");
    Session* raw = session.get();
    auto window = std::make_unique<ui::MainWindow>(
        ui::ConsoleSession{std::move(backend), std::move(session), profile}, clipboard);
    window->resize(1340, 600);
    return {std::move(window), raw};
}

struct Demo {
    test::SeededStore seeded;
    StoreUrl url;
    SecretBytes bobKey;
    SecretBytes danaKey;
};

// The seeded store, plus what the guides need: users may create their own keys, bob and dana
// have console keys, and the child site has a user with a key.
Demo makeDemo(const QString& path)
{
    Demo d{take(test::seedStore(path), "seed"),
           take(StoreUrl::parse(QStringLiteral("sqlite:") + path), "url"),
           {},
           {}};
    Session& admin = *d.seeded.session;
    SiteSettingsUpdate on;
    on.usersCanCreateApiKeys = true;
    d.seeded.site = take(admin.updateSettings(d.seeded.site.id, on), "settings");
    const QList<User>& users = d.seeded.users;
    CreateKeyRequest bob;
    bob.name = QStringLiteral("KeyDesk console");
    bob.userId = userId(users, "bob");
    d.bobKey = std::move(take(admin.createKey(bob), "bob's key").secret);
    CreateKeyRequest dana = bob;
    dana.userId = userId(users, "dana");
    d.danaKey = std::move(take(admin.createKey(dana), "dana's key").secret);
    const QList<Site> children = take(admin.childSites(), "child sites");
    const Site& eu = children.first();
    NewUser frida{eu.id, QStringLiteral("frida"), QStringLiteral("Frida Berg"), Role::User};
    const User fridaUser = take(admin.createUser(frida), "frida");
    CreateKeyRequest euKeys[2];
    euKeys[0].siteId = eu.id;
    euKeys[0].name = QStringLiteral("EU nightly export");
    euKeys[0].expiresAt = QDateTime::currentDateTimeUtc().addDays(180);
    euKeys[1].siteId = eu.id;
    euKeys[1].userId = fridaUser.id;
    euKeys[1].name = QStringLiteral("Frida's sync");
    euKeys[1].permissionSet = PermissionSet::SyncApp;
    for (const CreateKeyRequest& r : euKeys)
        take(admin.createKey(r), "child site key");
    return d;
}

void shootAdmin(Shooter& shots, Demo& d, ui::ClipboardGuard& clipboard)
{
    // The seeded session is the admin's (SeedStore signs in with the store's first key).
    RoleWindow admin;
    admin.session = d.seeded.session.get();
    admin.window = std::make_unique<ui::MainWindow>(
        ui::ConsoleSession{std::move(d.seeded.backend), std::move(d.seeded.session),
                           QStringLiteral("Acme Corporation")},
        clipboard);
    admin.window->resize(1340, 600);
    selectKey(*admin.window, QStringLiteral("Nightly backup"));
    shots.save(admin.window.get(), "admin-main-window");

    ui::CreateKeyDialog create(ui::CreateKeyContext{admin.session->principal(), d.seeded.site,
                                                    d.seeded.users,
                                                    QDateTime::currentDateTimeUtc()},
                               admin.window.get());
    create.findChild<QLineEdit*>(QStringLiteral("nameEdit"))
        ->setText(QStringLiteral("Backup to S3"));
    create.findChild<QPlainTextEdit*>(QStringLiteral("descriptionEdit"))
        ->setPlainText(QStringLiteral("restic on backup01, nightly"));
    create.findChild<QCheckBox*>(QStringLiteral("s3CheckBox"))->setChecked(true);
    shots.save(&create, "admin-create-dialog");
    create.hide();

    QSettings().setValue(ui::SettingsDialog::s3EndpointKey(),
                         QStringLiteral("https://s3.keys.example.com:9000"));
    auto created = take(admin.session->createKey(d.seeded.s3Request), "S3 key");
    ui::RevealDialog reveal(std::move(created), clipboard, admin.window.get());
    reveal.setS3Endpoint(ui::SettingsDialog::s3Endpoint(QSettings()));
    shots.save(&reveal, "reveal-s3-key");
    reveal.findChild<QCheckBox*>(QStringLiteral("storedCheckBox"))->setChecked(true);
    reveal.accept();

    ui::RevokeKeysDialog revoke({keyNamed(*admin.session, QStringLiteral("Nightly backup"))},
                                admin.window.get());
    shots.save(&revoke, "revoke-site-wide-key");
    revoke.hide();

    ui::SettingsDialog settings(clipboard, admin.window.get());
    shots.save(&settings, "settings-dialog");
    settings.hide();

    auto* tree = admin.window->findChild<QTreeView*>(QStringLiteral("siteTree"));
    const QModelIndex child = tree->model()->index(0, 0, tree->model()->index(0, 0));
    tree->setCurrentIndex(child);
    selectKey(*admin.window, QStringLiteral("Frida's sync"));
    shots.save(admin.window.get(), "admin-child-site");
}

void shootUser(Shooter& shots, Demo& d, ui::ClipboardGuard& clipboard)
{
    RoleWindow bob = openAs(d.url, d.bobKey, clipboard, QStringLiteral("Acme team server"));
    selectKey(*bob.window, QStringLiteral("CI deploy (GitHub Actions)"));
    shots.save(bob.window.get(), "user-main-window");
    const QList<User> visible = take(bob.session->users(d.seeded.site.id), "bob's users");
    ui::CreateKeyDialog create(ui::CreateKeyContext{bob.session->principal(), d.seeded.site,
                                                    visible, QDateTime::currentDateTimeUtc()},
                               bob.window.get());
    create.findChild<QLineEdit*>(QStringLiteral("nameEdit"))
        ->setText(QStringLiteral("Laptop uploads"));
    create.findChild<QCheckBox*>(QStringLiteral("s3CheckBox"))->setChecked(true);
    shots.save(&create, "user-create-dialog");
}

void shootHelpdesk(Shooter& shots, Demo& d, ui::ClipboardGuard& clipboard)
{
    RoleWindow dana = openAs(d.url, d.danaKey, clipboard, QStringLiteral("Acme team server"));
    selectKey(*dana.window, QStringLiteral("Laptop sync"));
    shots.save(dana.window.get(), "helpdesk-main-window");
    ui::EnableKeyDialog enable({keyNamed(*dana.session, QStringLiteral("Laptop sync"))},
                               dana.window.get());
    shots.save(&enable, "enable-dialog");
}

// Connection Profiles with the three kinds of profile, and the first-run wizard.
void shootProfiles(Shooter& shots, const Demo& d, const QString& scratch)
{
    QSettings settings(scratch + QStringLiteral("/profiles.conf"), QSettings::IniFormat);
    ProfileStore profiles(settings);
    MemorySecretStore secrets;
    (void)profiles.save(
        Profile{QStringLiteral("My local store"),
                QStringLiteral("sqlite:/home/alice/.local/share/keydesk/keydesk.sqlite")});
    (void)profiles.save(
        Profile{QStringLiteral("Acme team server"), QStringLiteral("https://keys.example.com")});
    (void)profiles.save(
        Profile{QStringLiteral("Acme database (operators)"),
                QStringLiteral("postgresql://keydesk@db.example.com:5432/keydesk")});
    ui::ProfilesDialog dialog(profiles, secrets, QStringLiteral("Acme team server"));
    shots.save(&dialog, "connection-profiles");
    dialog.hide();

    QSettings fresh(scratch + QStringLiteral("/fresh.conf"), QSettings::IniFormat);
    ProfileStore none(fresh);
    ui::FirstRunWizard wizard(none, secrets,
                              QStringLiteral("/home/alice/.local/share/keydesk/keydesk.sqlite"));
    wizard.resize(640, 480);
    shots.save(&wizard, "first-run-wizard");

    ui::AddProfileDialog server(none, secrets, ui::AddProfileDialog::Kind::Server, &wizard);
    server.findChild<QLineEdit*>(QStringLiteral("nameEdit"))
        ->setText(QStringLiteral("Acme team server"));
    server.findChild<QLineEdit*>(QStringLiteral("storePathEdit"))
        ->setText(QStringLiteral("https://keys.example.com"));
    server.findChild<QLineEdit*>(QStringLiteral("keyEdit"))
        ->setText(QString::fromLatin1(d.bobKey.data(), d.bobKey.size()));
    shots.save(&server, "connect-to-server");
    server.findChild<QLineEdit*>(QStringLiteral("keyEdit"))->clear();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("keydesk-guide-screenshots"));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots");
    QDir().mkpath(out);
    QTemporaryDir dir;
    Demo demo = makeDemo(dir.filePath(QStringLiteral("acme.sqlite")));
    ui::ClipboardGuard clipboard(QGuiApplication::clipboard());
    Shooter shots(out);
    shootAdmin(shots, demo, clipboard);
    shootUser(shots, demo, clipboard);
    shootHelpdesk(shots, demo, clipboard);
    shootProfiles(shots, demo, dir.path());
    return shots.ok() ? 0 : 1;
}
