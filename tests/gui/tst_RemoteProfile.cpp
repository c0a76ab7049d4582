// SPDX-License-Identifier: GPL-3.0-or-later
// The console on a server profile, against the real keydesk-server on loopback: the profile is
// added and its key checked by the server; the main window lists the server's keys; when the
// server goes away a create keeps the dialog and its input, the status bar says the connection
// is lost, and once the server is back the same click creates the key. A profile whose server
// does not answer is said to be unreachable, not to have a bad key. Keychain in memory.
#include "AddProfileDialog.h"
#include "ClipboardGuard.h"
#include "ConsoleController.h"
#include "CreateKeyDialog.h"
#include "FirstRunWizard.h"
#include "GuiTestSupport.h"
#include "KeyFormat.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ProfilesDialog.h"
#include "RevealDialog.h"
#include "ServerProcess.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <map>

using namespace keydesk;
using keydesk::test::findTopLevel;
using keydesk::test::MemorySecretStore;
using keydesk::test::ServerProcess;

namespace {
template <typename T> T* child(QObject* parent, const char* name)
{
    return parent ? parent->findChild<T*>(QLatin1String(name)) : nullptr;
}

QString typed(const SecretBytes& key)
{
    return QString::fromLatin1(key.data(), key.size());
}

// KEYDESK_SHOTS_DIR=/some/dir saves what the user sees, for looking at by eye.
void shoot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KEYDESK_SHOTS_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    widget->grab().save(dir + QStringLiteral("/remote-") + name + QStringLiteral(".png"));
}

int rowCount(ui::MainWindow* window)
{
    auto* table = child<QTableView>(window, "keyTable");
    return table && table->model() ? table->model()->rowCount() : -1;
}
} // namespace

class tst_RemoteProfile : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void serverProfileIsAddedAndCheckedByTheServer();
    void firstRunConnectsToAServer();
    void lostConnectionKeepsTheCreateDialogAndItsInput();
    void unreachableServerIsNotABadKey();

private:
    bool startServer(); // on the port of the last start, if any
    void startConsole();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<ui::ClipboardGuard> m_clipboard;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ui::ConsoleController> m_controller;
    SecretBytes m_adminKey;
};

void tst_RemoteProfile::init()
{
    QVERIFY2(!ServerProcess::binary().isEmpty(), "KEYDESK_SERVER is not set");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("keydesk.ini")),
                                             QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(*m_settings);
    m_clipboard = std::make_unique<ui::ClipboardGuard>(QGuiApplication::clipboard());
    m_secrets = std::make_unique<MemorySecretStore>();
    const QString store =
        QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("team.sqlite"));
    auto init = LocalBackend::initialize(
        *StoreUrl::parse(store),
        {QStringLiteral("Acme"), QStringLiteral("acme"), QStringLiteral("admin")});
    QVERIFY(init.has_value());
    m_adminKey = std::move(init->second.adminKey.secret);
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(startServer(), qPrintable(m_server->error()));
}

void tst_RemoteProfile::cleanup()
{
    m_controller.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    if (m_server && m_server->isRunning())
        QVERIFY2(m_server->stop(), qPrintable(m_server->error()));
    m_server.reset();
    m_secrets.reset();
    m_clipboard.reset();
    m_profiles.reset();
    m_settings.reset();
    m_dir.reset();
}

bool tst_RemoteProfile::startServer()
{
    return m_server->start(QStringLiteral("sqlite:") +
                               m_dir->filePath(QStringLiteral("team.sqlite")),
                           {}, {QStringLiteral("--auth-fail-limit"), QStringLiteral("0")});
}

void tst_RemoteProfile::startConsole()
{
    QVERIFY(m_profiles->save(Profile{QStringLiteral("Team"), m_server->url()}));
    m_profiles->setCurrent(QStringLiteral("Team"));
    QCOMPARE(m_secrets->write(Keychain::profileKeyEntry(QStringLiteral("Team")), m_adminKey).status,
             Keychain::Status::Ok);
    m_controller = std::make_unique<ui::ConsoleController>(*m_profiles, *m_secrets, *m_clipboard);
    m_controller->start();
}

void tst_RemoteProfile::serverProfileIsAddedAndCheckedByTheServer()
{
    ui::ProfilesDialog profiles(*m_profiles, *m_secrets, QString());
    profiles.show();
    QTest::mouseClick(child<QPushButton>(&profiles, "addServerButton"), Qt::LeftButton);
    auto* add = findTopLevel<ui::AddProfileDialog>();
    QVERIFY(add);
    QTest::keyClicks(child<QLineEdit>(add, "nameEdit"), QStringLiteral("Team"));
    QTest::keyClicks(child<QLineEdit>(add, "storePathEdit"), m_server->url());
    // A well-formed key the server never issued: refused by the server, shown in words.
    const SecretBytes stranger = KeyFormat::generate(KeyKind::User);
    QTest::keyClicks(child<QLineEdit>(add, "keyEdit"), typed(stranger));
    auto* ok = child<QPushButton>(add, "okButton");
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(add->isVisible());
    const QString refusal = child<QLabel>(add, "errorLabel")->text();
    QVERIFY2(refusal.startsWith(QLatin1String("The API key was not accepted")),
             qPrintable(refusal));
    QVERIFY(!m_profiles->profile(QStringLiteral("Team")));

    child<QLineEdit>(add, "keyEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(add, "keyEdit"), typed(m_adminKey));
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(!add->isVisible());
    QCOMPARE(m_profiles->profile(QStringLiteral("Team"))->storeUrl, m_server->url());
    QVERIFY(m_secrets->has(Keychain::profileKeyEntry(QStringLiteral("Team"))));
}

// A new team member has no profile and no local store: the wizard's "Connect to a Server…"
// adds the server profile, and the console opens on the server's keys, creating no file.
void tst_RemoteProfile::firstRunConnectsToAServer()
{
    const QString localStore = m_dir->filePath(QStringLiteral("never.sqlite"));
    m_controller = std::make_unique<ui::ConsoleController>(*m_profiles, *m_secrets, *m_clipboard);
    m_controller->setDefaultStorePath(localStore);
    m_controller->start();
    auto* wizard = findTopLevel<ui::FirstRunWizard>();
    QVERIFY(wizard);
    QTest::mouseClick(child<QPushButton>(wizard, "connectServerButton"), Qt::LeftButton);
    auto* add = findTopLevel<ui::AddProfileDialog>();
    QVERIFY(add);
    QTest::keyClicks(child<QLineEdit>(add, "nameEdit"), QStringLiteral("Team"));
    QTest::keyClicks(child<QLineEdit>(add, "storePathEdit"), m_server->url());
    QTest::keyClicks(child<QLineEdit>(add, "keyEdit"), typed(m_adminKey));
    QTest::mouseClick(child<QPushButton>(add, "okButton"), Qt::LeftButton);
    QTRY_VERIFY(m_controller->mainWindow());
    QVERIFY(!wizard->isVisible());
    QCOMPARE(m_profiles->current()->name, QStringLiteral("Team"));
    QCOMPARE(m_controller->mainWindow()->session().principal().username, QStringLiteral("admin"));
    QCOMPARE(rowCount(m_controller->mainWindow()), 1);
    QVERIFY(!QFileInfo::exists(localStore));
}

void tst_RemoteProfile::lostConnectionKeepsTheCreateDialogAndItsInput()
{
    startConsole();
    ui::MainWindow* window = m_controller->mainWindow();
    QVERIFY(window);
    QCOMPARE(window->session().principal().username, QStringLiteral("admin"));
    QVERIFY(child<QLabel>(window, "statusLabel")->text().contains(m_server->url()));
    QCOMPARE(rowCount(window), 1); // the admin's key, listed by the server

    QVERIFY2(m_server->stop(), qPrintable(m_server->error()));
    child<QAction>(window, "actionNewKey")->trigger();
    auto* dialog = findTopLevel<ui::CreateKeyDialog>();
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("nightly backup"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "descriptionEdit"), QStringLiteral("for cron"));
    auto* ok = child<QPushButton>(dialog, "okButton");
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    QVERIFY(dialog->isVisible()); // kept open, with everything that was typed
    QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("nightly backup"));
    QCOMPARE(child<QPlainTextEdit>(dialog, "descriptionEdit")->toPlainText(),
             QStringLiteral("for cron"));
    const QString shown = child<QLabel>(dialog, "validationLabel")->text();
    QVERIFY2(
        shown.startsWith(QLatin1String("Connection lost: Cannot reach the KeyDesk server at ")),
        qPrintable(shown));
    auto* connection = child<QLabel>(window, "connectionLabel");
    QVERIFY(connection && connection->isVisible());
    QVERIFY(connection->text().contains(m_server->url()));
    QVERIFY(!findTopLevel<ui::RevealDialog>());
    shoot(window, QStringLiteral("window-offline"));
    shoot(dialog, QStringLiteral("create-offline"));

    QVERIFY2(startServer(), qPrintable(m_server->error())); // back on the same address
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QVERIFY(findTopLevel<ui::RevealDialog>());
    QVERIFY(!connection->isVisible());
    QCOMPARE(rowCount(window), 2);
}

void tst_RemoteProfile::unreachableServerIsNotABadKey()
{
    const QString url = m_server->url();
    QVERIFY2(m_server->stop(), qPrintable(m_server->error()));
    startConsole();
    QVERIFY(!m_controller->mainWindow());
    auto* box = findTopLevel<QMessageBox>();
    QVERIFY(box);
    QCOMPARE(box->objectName(), QStringLiteral("cannotOpenMessage"));
    QVERIFY2(box->informativeText().startsWith(QLatin1String("Connection lost: Cannot reach the "
                                                             "KeyDesk server at ") +
                                               url),
             qPrintable(box->informativeText()));
    QVERIFY(!findTopLevel<ui::SignInDialog>()); // the saved key is not in question
}

QTEST_MAIN(tst_RemoteProfile)
#include "tst_RemoteProfile.moc"
