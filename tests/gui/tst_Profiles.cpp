// SPDX-License-Identifier: GPL-3.0-or-later
// The console's connection plumbing once it runs: the main window's Profiles action opens the
// profiles dialog (add a local store with its key, remove one with its keychain entry, switch:
// the old window closes and the new one is signed in as the other profile's key), and the
// Settings action's clipboard timeout. Keychain injected in memory (ui::SecretStore); no secret
// is printed.
#include "AddProfileDialog.h"
#include "ClipboardGuard.h"
#include "ConsoleController.h"
#include "GuiTestSupport.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ProfilesDialog.h"
#include "SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <map>

using namespace keydesk;
using keydesk::test::findTopLevel;
using keydesk::test::MemorySecretStore;

namespace {

template <typename T> T* child(QObject* parent, const char* name)
{
    return parent ? parent->findChild<T*>(QLatin1String(name)) : nullptr;
}

// KEYDESK_SHOTS_DIR=/some/dir saves what the user sees, for looking at by eye.
void shoot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KEYDESK_SHOTS_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    widget->grab().save(dir + QStringLiteral("/profiles-") + name + QStringLiteral(".png"));
}

QString typed(const SecretBytes& key)
{
    return QString::fromLatin1(key.data(), key.size());
}

} // namespace

class tst_Profiles : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void postgresAndServerProfilesAreOffered();
    void switchingReplacesTheWindow();
    void addLocalProfileKeepsKeyInKeychain();
    void removeDeletesKeychainEntry();
    void settingsSetClipboardTimeout();

private:
    // A store with site `subdomain` and admin `admin`; returns the admin's key.
    SecretBytes makeStore(const QString& file, const QString& subdomain, const QString& admin);
    void addProfile(const QString& name, const QString& file, const SecretBytes& key);
    ui::ProfilesDialog* openProfilesDialog(ui::ConsoleController& controller);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<ui::ClipboardGuard> m_clipboard;
    std::unique_ptr<MemorySecretStore> m_secrets;
};

void tst_Profiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir->filePath(QStringLiteral("config"))));
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("keydesk.ini")),
                                             QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(*m_settings);
    m_clipboard = std::make_unique<ui::ClipboardGuard>(QGuiApplication::clipboard());
    m_secrets = std::make_unique<MemorySecretStore>();
}

void tst_Profiles::cleanup()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_secrets.reset();
    m_clipboard.reset();
    m_profiles.reset();
    m_settings.reset();
    m_dir.reset();
}

SecretBytes tst_Profiles::makeStore(const QString& file, const QString& subdomain,
                                    const QString& admin)
{
    auto init = LocalBackend::initialize(*StoreUrl::parse(m_dir->filePath(file)),
                                         {subdomain, subdomain, admin});
    if (!init)
        return {};
    return std::move(init->second.adminKey.secret);
}

void tst_Profiles::addProfile(const QString& name, const QString& file, const SecretBytes& key)
{
    QVERIFY(!key.isEmpty());
    QVERIFY(m_profiles->save(Profile{name, QStringLiteral("sqlite:") + m_dir->filePath(file)}));
    QCOMPARE(m_secrets->write(Keychain::profileKeyEntry(name), key).status, Keychain::Status::Ok);
}

ui::ProfilesDialog* tst_Profiles::openProfilesDialog(ui::ConsoleController& controller)
{
    auto* action = child<QAction>(controller.mainWindow(), "actionProfiles");
    if (!action)
        return nullptr;
    action->trigger();
    return findTopLevel<ui::ProfilesDialog>();
}

void tst_Profiles::postgresAndServerProfilesAreOffered()
{
    addProfile(
        QStringLiteral("Work"), QStringLiteral("work.sqlite"),
        makeStore(QStringLiteral("work.sqlite"), QStringLiteral("work"), QStringLiteral("alice")));
    ui::ConsoleController controller(*m_profiles, *m_secrets, *m_clipboard);
    controller.start();
    auto* dialog = openProfilesDialog(controller);
    QVERIFY(dialog);
    // Each kind asks for what it needs: a database URL and its password, or a server URL.
    const struct {
        const char* button;
        const char* title;
        bool password;
        const char* wrongUrl;
    } kinds[] = {{"addPostgresButton", "Add PostgreSQL Profile", true, "https://keydesk.example"},
                 {"addServerButton", "Add Server Profile", false, "postgresql://u@h:5432/db"}};
    for (const auto& kind : kinds) {
        auto* button = child<QPushButton>(dialog, kind.button);
        QVERIFY(button && button->isVisible() && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        auto* add = findTopLevel<ui::AddProfileDialog>();
        QVERIFY(add);
        QCOMPARE(add->windowTitle(), QString::fromLatin1(kind.title));
        QVERIFY(!child<QPushButton>(add, "browseButton"));
        QCOMPARE(child<QLineEdit>(add, "passwordEdit") != nullptr, kind.password);
        QTest::keyClicks(child<QLineEdit>(add, "nameEdit"), QStringLiteral("Remote"));
        QTest::keyClicks(child<QLineEdit>(add, "storePathEdit"), QLatin1String(kind.wrongUrl));
        QTest::keyClicks(child<QLineEdit>(add, "keyEdit"), QStringLiteral("kdu_x"));
        QVERIFY(!child<QPushButton>(add, "okButton")->isEnabled());
        QVERIFY(child<QLabel>(add, "errorLabel")->isVisible()); // the URL is of the other kind
        shoot(add, QString::fromLatin1(kind.button));
        add->reject();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    // The profile in use can be neither removed nor switched to.
    QCOMPARE(dialog->selectedProfile(), QStringLiteral("Work"));
    QVERIFY(!child<QPushButton>(dialog, "removeButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "switchButton")->isEnabled());
}

void tst_Profiles::switchingReplacesTheWindow()
{
    addProfile(
        QStringLiteral("Work"), QStringLiteral("work.sqlite"),
        makeStore(QStringLiteral("work.sqlite"), QStringLiteral("work"), QStringLiteral("alice")));
    addProfile(
        QStringLiteral("Home"), QStringLiteral("home.sqlite"),
        makeStore(QStringLiteral("home.sqlite"), QStringLiteral("home"), QStringLiteral("bob")));
    m_profiles->setCurrent(QStringLiteral("Work"));
    ui::ConsoleController controller(*m_profiles, *m_secrets, *m_clipboard);
    QSignalSpy shown(&controller, &ui::ConsoleController::mainWindowShown);
    controller.start();
    QCOMPARE(shown.count(), 1);
    QPointer<ui::MainWindow> first = controller.mainWindow();
    QCOMPARE(first->session().principal().username, QStringLiteral("alice"));

    auto* dialog = openProfilesDialog(controller);
    QVERIFY(dialog);
    dialog->selectProfile(QStringLiteral("Home"));
    QTest::mouseClick(child<QPushButton>(dialog, "switchButton"), Qt::LeftButton);
    QCOMPARE(shown.count(), 2);
    QVERIFY(controller.mainWindow() != first);
    QCOMPARE(controller.mainWindow()->session().principal().username, QStringLiteral("bob"));
    QVERIFY(controller.mainWindow()->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!first); // closed and gone
    QCOMPARE(controller.activeProfile(), QStringLiteral("Home"));
    QCOMPARE(m_profiles->current()->name, QStringLiteral("Home"));
}

void tst_Profiles::addLocalProfileKeepsKeyInKeychain()
{
    addProfile(
        QStringLiteral("Work"), QStringLiteral("work.sqlite"),
        makeStore(QStringLiteral("work.sqlite"), QStringLiteral("work"), QStringLiteral("alice")));
    const SecretBytes other =
        makeStore(QStringLiteral("other.sqlite"), QStringLiteral("other"), QStringLiteral("eve"));
    ui::ConsoleController controller(*m_profiles, *m_secrets, *m_clipboard);
    controller.start();
    auto* profiles = openProfilesDialog(controller);
    QVERIFY(profiles);
    QTest::mouseClick(child<QPushButton>(profiles, "addLocalButton"), Qt::LeftButton);
    auto* add = findTopLevel<ui::AddProfileDialog>();
    QVERIFY(add);
    auto* ok = child<QPushButton>(add, "okButton");
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(child<QLineEdit>(add, "nameEdit"), QStringLiteral("Other"));
    QTest::keyClicks(child<QLineEdit>(add, "storePathEdit"),
                     m_dir->filePath(QStringLiteral("other.sqlite")));
    QTest::keyClicks(child<QLineEdit>(add, "keyEdit"), typed(other).chopped(1));
    QVERIFY(!ok->isEnabled()); // one character short: not a key yet
    QTest::keyClicks(child<QLineEdit>(add, "keyEdit"), typed(other).right(1));
    QVERIFY(ok->isEnabled());
    shoot(add, QStringLiteral("add"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(!add->isVisible());
    QVERIFY(m_profiles->profile(QStringLiteral("Other")));
    QVERIFY(m_secrets->has(Keychain::profileKeyEntry(QStringLiteral("Other"))));
    QCOMPARE(profiles->selectedProfile(), QStringLiteral("Other"));
    shoot(profiles, QStringLiteral("list"));
}

void tst_Profiles::removeDeletesKeychainEntry()
{
    addProfile(
        QStringLiteral("Work"), QStringLiteral("work.sqlite"),
        makeStore(QStringLiteral("work.sqlite"), QStringLiteral("work"), QStringLiteral("alice")));
    addProfile(
        QStringLiteral("Old"), QStringLiteral("old.sqlite"),
        makeStore(QStringLiteral("old.sqlite"), QStringLiteral("old"), QStringLiteral("olga")));
    m_profiles->setCurrent(QStringLiteral("Work"));
    ui::ConsoleController controller(*m_profiles, *m_secrets, *m_clipboard);
    controller.start();
    auto* dialog = openProfilesDialog(controller);
    QVERIFY(dialog);
    dialog->selectProfile(QStringLiteral("Old"));
    QTest::mouseClick(child<QPushButton>(dialog, "removeButton"), Qt::LeftButton);
    auto* confirm = child<QMessageBox>(dialog, "removeConfirmMessage");
    QVERIFY(confirm && confirm->isVisible());
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    QVERIFY(!m_profiles->profile(QStringLiteral("Old")));
    QVERIFY(!m_secrets->has(Keychain::profileKeyEntry(QStringLiteral("Old"))));
    QVERIFY(m_secrets->has(Keychain::profileKeyEntry(QStringLiteral("Work"))));
    QVERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("old.sqlite")))); // file kept
    QCOMPARE(child<QListWidget>(dialog, "profileList")->count(), 1);
}

void tst_Profiles::settingsSetClipboardTimeout()
{
    addProfile(
        QStringLiteral("Work"), QStringLiteral("work.sqlite"),
        makeStore(QStringLiteral("work.sqlite"), QStringLiteral("work"), QStringLiteral("alice")));
    QSettings().remove(ui::SettingsDialog::clipboardTimeoutKey());
    ui::ConsoleController controller(*m_profiles, *m_secrets, *m_clipboard);
    controller.start();
    auto* action = child<QAction>(controller.mainWindow(), "actionSettings");
    QVERIFY(action);
    action->trigger();
    auto* dialog = findTopLevel<ui::SettingsDialog>();
    QVERIFY(dialog);
    auto* spin = child<QSpinBox>(dialog, "clipboardTimeoutSpin");
    QCOMPARE(spin->value(), 30);
    QCOMPARE(spin->minimum(), 5);
    QCOMPARE(spin->maximum(), 600);
    shoot(dialog, QStringLiteral("settings"));
    spin->setValue(120);
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    QCOMPARE(m_clipboard->timeout(), std::chrono::seconds(120));
    QCOMPARE(QSettings().value(ui::SettingsDialog::clipboardTimeoutKey()).toInt(), 120);
    QSettings settings;
    settings.setValue(ui::SettingsDialog::clipboardTimeoutKey(), 100000);
    QCOMPARE(ui::SettingsDialog::clipboardTimeout(settings), std::chrono::seconds(600));
    settings.remove(ui::SettingsDialog::clipboardTimeoutKey());
}

QTEST_MAIN(tst_Profiles)
#include "tst_Profiles.moc"
