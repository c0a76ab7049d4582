// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up as a new user meets it: no profile -> the first-run wizard, driven by objectName, to
// the one-time reveal of the admin key and a main window signed in as that admin; and start-up
// with no keychain -> the console says so and asks for the key (SignInDialog).
// The keychain is injected (ui::SecretStore): an in-memory store that can also play "no
// keychain backend". The real gnome-keyring is gui_Keychain's business. Secrets are compared
// inside QVERIFY only, never printed.
#include "ClipboardGuard.h"
#include "ConsoleController.h"
#include "FirstRunWizard.h"
#include "GuiTestSupport.h"
#include "KeyFormat.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "RevealDialog.h"
#include "SignInDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <map>

using namespace keydesk;
using keydesk::test::findTopLevel;
using keydesk::test::MemorySecretStore;
using ui::FirstRunWizard;

namespace {

// The keychain of these tests: entries in memory, or no backend at all.
template <typename T> T* child(QObject* parent, const char* name)
{
    return parent ? parent->findChild<T*>(QLatin1String(name)) : nullptr;
}

void click(QAbstractButton* button)
{
    QVERIFY(button);
    QVERIFY(button->isVisible() && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void retype(QLineEdit* edit, const QString& text)
{
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

class tst_FirstRun : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void wizardCreatesStoreAndRevealsAdminKeyOnce();
    void laterStartSignsInSilently();
    void wizardNeverOverwritesAFile();
    void wizardUsesExistingStore();
    void firstRunWithoutKeychainSaysSo();
    void noKeychainAsksForKeyForThisSessionOnly();
    void staleKeyInKeychainAsksAgain();

private:
    void createStoreWithProfile(const QString& profileName, SecretBytes& adminKey);
    void fillWizard(FirstRunWizard* wizard);
    void shoot(QWidget* widget, const QString& name);

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<ui::ClipboardGuard> m_clipboard;
    std::unique_ptr<MemorySecretStore> m_store;
    MemorySecretStore& secrets() { return *m_store; }
};

void tst_FirstRun::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    // A fresh home: StoreUrl::defaultSqlitePath() and QSettings land inside it.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home->filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home->filePath(QStringLiteral("config"))));
    m_settings = std::make_unique<QSettings>(m_home->filePath(QStringLiteral("keydesk.ini")),
                                             QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(*m_settings);
    m_clipboard = std::make_unique<ui::ClipboardGuard>(QGuiApplication::clipboard());
    m_store = std::make_unique<MemorySecretStore>();
}

void tst_FirstRun::cleanup()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_clipboard.reset();
    m_profiles.reset();
    m_settings.reset();
    m_store.reset();
    m_home.reset();
}

// KEYDESK_SHOTS_DIR=/some/dir saves what the user sees, for looking at by eye.
void tst_FirstRun::shoot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KEYDESK_SHOTS_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents(); // pending layout requests, as a running console would
    widget->grab().save(dir + u'/' + QLatin1String(QTest::currentTestFunction()) + u'-' + name +
                        QStringLiteral(".png"));
}

void tst_FirstRun::fillWizard(FirstRunWizard* wizard)
{
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::StorePageId));
    auto* path = child<QLineEdit>(wizard, "storePathEdit");
    QVERIFY(path);
    QCOMPARE(QDir::fromNativeSeparators(path->text()), StoreUrl::defaultSqlitePath());
    QVERIFY(!child<QPushButton>(wizard, "useExistingButton")->isVisible());
    shoot(wizard, QStringLiteral("1-welcome"));
    click(wizard->button(QWizard::NextButton));
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::SitePageId));

    QAbstractButton* create = wizard->button(QWizard::CommitButton);
    QVERIFY(!create->isEnabled());
    shoot(wizard, QStringLiteral("2-site-empty"));
    QTest::keyClicks(child<QLineEdit>(wizard, "siteNameEdit"), QStringLiteral("Acme Corp"));
    auto* subdomain = child<QLineEdit>(wizard, "subdomainEdit");
    QCOMPARE(subdomain->text(), QStringLiteral("acme-corp")); // suggested from the name
    retype(subdomain, QStringLiteral("Not_A-Label"));
    QVERIFY(!create->isEnabled());
    QVERIFY(!child<QLabel>(wizard, "validationLabel")->text().isEmpty());
    shoot(wizard, QStringLiteral("3-site-invalid"));
    retype(subdomain, QStringLiteral("acme"));
    retype(child<QLineEdit>(wizard, "adminEdit"), QStringLiteral("alice"));
    QVERIFY(create->isEnabled());
    shoot(wizard, QStringLiteral("4-site-valid"));
    click(create);
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::DonePageId));
    shoot(wizard, QStringLiteral("5-done"));
}

void tst_FirstRun::wizardCreatesStoreAndRevealsAdminKeyOnce()
{
    ui::ConsoleController controller(*m_profiles, secrets(), *m_clipboard);
    QSignalSpy shown(&controller, &ui::ConsoleController::mainWindowShown);
    controller.start();
    auto* wizard = findTopLevel<FirstRunWizard>();
    QVERIFY(wizard);
    fillWizard(wizard);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(QFileInfo::exists(StoreUrl::defaultSqlitePath()));
    const QString entry = Keychain::profileKeyEntry(QStringLiteral("Acme Corp"));
    QVERIFY(secrets().entry(entry));
    QVERIFY(child<QLabel>(wizard, "keychainLabel")->text().contains(QStringLiteral("keychain")));

    click(wizard->button(QWizard::FinishButton));
    QVERIFY(!wizard->isVisible());
    QPointer<ui::RevealDialog> reveal = findTopLevel<ui::RevealDialog>();
    QVERIFY(reveal);
    QCOMPARE(shown.count(), 0); // not before the key has been seen
    auto* keyField = child<QLineEdit>(reveal, "keyField");
    QVERIFY(keyField && keyField->isReadOnly());
    QVERIFY(keyField->text().toUtf8() == secrets().entry(entry)->byteView());
    shoot(reveal, QStringLiteral("6-reveal"));
    QVERIFY(!child<QPushButton>(reveal, "closeButton")->isEnabled());
    QTest::keyClick(child<QCheckBox>(reveal, "storedCheckBox"), Qt::Key_Space);
    click(child<QPushButton>(reveal, "closeButton"));
    QVERIFY(!reveal || reveal->isWiped());

    QCOMPARE(shown.count(), 1);
    ui::MainWindow* window = controller.mainWindow();
    QVERIFY(window && window->isVisible());
    QCOMPARE(window->session().principal().username, QStringLiteral("alice"));
    QCOMPARE(window->session().principal().role, Role::SiteAdmin);
    QCOMPARE(m_profiles->current()->name, QStringLiteral("Acme Corp"));
    QVERIFY(!findTopLevel<ui::RevealDialog>()); // shown once, gone for good
}

void tst_FirstRun::createStoreWithProfile(const QString& profileName, SecretBytes& adminKey)
{
    const QString path = m_home->filePath(QStringLiteral("existing.sqlite"));
    auto init = LocalBackend::initialize(
        *StoreUrl::parse(path),
        {QStringLiteral("Acme"), QStringLiteral("acme"), QStringLiteral("alice")});
    QVERIFY(init.has_value());
    adminKey = std::move(init->second.adminKey.secret);
    QVERIFY(m_profiles->save(Profile{profileName, QStringLiteral("sqlite:") + path}).has_value());
}

void tst_FirstRun::laterStartSignsInSilently()
{
    SecretBytes key;
    createStoreWithProfile(QStringLiteral("Work"), key);
    QCOMPARE(secrets().write(Keychain::profileKeyEntry(QStringLiteral("Work")), key).status,
             Keychain::Status::Ok);
    ui::ConsoleController controller(*m_profiles, secrets(), *m_clipboard);
    QSignalSpy shown(&controller, &ui::ConsoleController::mainWindowShown);
    controller.start();
    QCOMPARE(shown.count(), 1);
    QVERIFY(!findTopLevel<ui::SignInDialog>());
    QVERIFY(!findTopLevel<FirstRunWizard>());
    QCOMPARE(controller.mainWindow()->session().principal().username, QStringLiteral("alice"));
}

void tst_FirstRun::wizardNeverOverwritesAFile()
{
    const QString path = StoreUrl::defaultSqlitePath();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("precious");
    file.close();
    ui::ConsoleController controller(*m_profiles, secrets(), *m_clipboard);
    controller.start();
    auto* wizard = findTopLevel<FirstRunWizard>();
    QVERIFY(wizard);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    auto* status = child<QLabel>(wizard, "storePathStatusLabel");
    QVERIFY(status->isVisible() && status->text().contains(QStringLiteral("never overwrites")));
    QVERIFY(child<QPushButton>(wizard, "useExistingButton")->isVisible());
    shoot(wizard, QStringLiteral("existing-file"));
    retype(child<QLineEdit>(wizard, "storePathEdit"), path + QStringLiteral(".new"));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!child<QPushButton>(wizard, "useExistingButton")->isVisible());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("precious"));
}

// A store made elsewhere (keydeskctl init, say) at the default path: use it, then sign in.
void tst_FirstRun::wizardUsesExistingStore()
{
    SecretBytes key;
    {
        auto init = LocalBackend::initialize(
            *StoreUrl::parse(StoreUrl::defaultSqlitePath()),
            {QStringLiteral("Acme"), QStringLiteral("acme"), QStringLiteral("alice")});
        QVERIFY(init.has_value());
        key = std::move(init->second.adminKey.secret);
    }
    ui::ConsoleController controller(*m_profiles, secrets(), *m_clipboard);
    controller.start();
    auto* wizard = findTopLevel<FirstRunWizard>();
    QVERIFY(wizard);
    click(child<QPushButton>(wizard, "useExistingButton"));
    QVERIFY(!wizard->isVisible());
    QCOMPARE(m_profiles->current()->name, QStringLiteral("Local"));
    auto* dialog = findTopLevel<ui::SignInDialog>();
    QVERIFY(dialog);
    QVERIFY(child<QCheckBox>(dialog, "rememberCheckBox")->isVisible());
    QTest::keyClicks(child<QLineEdit>(dialog, "keyEdit"),
                     QString::fromLatin1(key.data(), key.size()));
    click(child<QPushButton>(dialog, "okButton"));
    QVERIFY(controller.mainWindow());
    QCOMPARE(controller.mainWindow()->session().principal().username, QStringLiteral("alice"));
    QVERIFY(secrets().entry(Keychain::profileKeyEntry(QStringLiteral("Local"))));
}

void tst_FirstRun::firstRunWithoutKeychainSaysSo()
{
    secrets().available = false;
    ui::ConsoleController controller(*m_profiles, secrets(), *m_clipboard);
    controller.start();
    auto* wizard = findTopLevel<FirstRunWizard>();
    QVERIFY(wizard);
    fillWizard(wizard);
    if (QTest::currentTestFailed())
        return;
    auto* label = child<QLabel>(wizard, "keychainLabel");
    QVERIFY(label->text().contains(QStringLiteral("No keychain is available")));
    QVERIFY(label->text().contains(QStringLiteral("never stores it in plaintext")));
    shoot(wizard, QStringLiteral("8-done-no-keychain"));
    QCOMPARE(secrets().writes, 0);
    click(wizard->button(QWizard::FinishButton));
    QVERIFY(findTopLevel<ui::RevealDialog>()); // the user must keep the key now
}

void tst_FirstRun::noKeychainAsksForKeyForThisSessionOnly()
{
    SecretBytes key;
    createStoreWithProfile(QStringLiteral("Work"), key);
    secrets().available = false;
    ui::ConsoleController controller(*m_profiles, secrets(), *m_clipboard);
    QSignalSpy shown(&controller, &ui::ConsoleController::mainWindowShown);
    controller.start();
    QCOMPARE(shown.count(), 0);
    auto* dialog = findTopLevel<ui::SignInDialog>();
    QVERIFY(dialog);
    auto* notice = child<QLabel>(dialog, "noticeLabel");
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(QStringLiteral("No keychain is available")));
    QVERIFY(notice->text().contains(QStringLiteral("this session only")));
    QVERIFY(!child<QCheckBox>(dialog, "rememberCheckBox")->isVisible());
    auto* edit = child<QLineEdit>(dialog, "keyEdit");
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    auto* ok = child<QPushButton>(dialog, "okButton");
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(edit, QStringLiteral("kdu_notakey"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(child<QLabel>(dialog, "errorLabel")->isVisible());
    shoot(dialog, QStringLiteral("9-sign-in-no-keychain"));
    retype(edit, QString::fromLatin1(key.data(), key.size()));
    click(ok);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(controller.mainWindow()->session().principal().username, QStringLiteral("alice"));
    QCOMPARE(secrets().writes, 0); // used for this session only
}

void tst_FirstRun::staleKeyInKeychainAsksAgain()
{
    SecretBytes key;
    createStoreWithProfile(QStringLiteral("Work"), key);
    const QString entry = Keychain::profileKeyEntry(QStringLiteral("Work"));
    secrets().write(entry, KeyFormat::generate(KeyKind::SiteWide)); // well formed, unknown
    ui::ConsoleController controller(*m_profiles, secrets(), *m_clipboard);
    controller.start();
    auto* dialog = findTopLevel<ui::SignInDialog>();
    QVERIFY(dialog);
    QVERIFY(child<QLabel>(dialog, "errorLabel")->isVisible());
    auto* remember = child<QCheckBox>(dialog, "rememberCheckBox");
    QVERIFY(remember->isVisible() && remember->isChecked());
    shoot(dialog, QStringLiteral("10-sign-in-stale-key"));
    QTest::keyClicks(child<QLineEdit>(dialog, "keyEdit"),
                     QString::fromLatin1(key.data(), key.size()));
    click(child<QPushButton>(dialog, "okButton"));
    QVERIFY(controller.mainWindow());
    QVERIFY(secrets().entry(entry)->view() == key.view()); // remembered for next time
}

QTEST_MAIN(tst_FirstRun)
#include "tst_FirstRun.moc"
