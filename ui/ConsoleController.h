// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Keychain.h"
#include "ProfileStore.h"
#include "SignInDialog.h"
#include "StoreUrl.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <memory>

class QWidget;

namespace keydesk::ui {

class ClipboardGuard;
class MainWindow;
class SecretStore;
struct ConsoleSession;

// Start-up and profile switching. No profile: the first-run wizard creates a local store and
// a profile, and keeps the admin key in the keychain. A profile: its key is read from the
// keychain and the main window opens signed in; with no keychain backend the console says so
// and asks for the key for this session only (SignInDialog), never storing it in plaintext.
//
// The keychain is injectable: the Keychain& constructor uses the desktop keychain (through
// KeychainSecretStore); tests pass any SecretStore (SecretStore.h). Every dialog is opened with
// open(), never exec(), and is a visible top-level widget that tests find and drive.
class ConsoleController : public QObject {
    Q_OBJECT

public:
    ConsoleController(ProfileStore& profiles, Keychain& keychain, ClipboardGuard& clipboard,
                      QObject* parent = nullptr);
    ConsoleController(ProfileStore& profiles, SecretStore& secrets, ClipboardGuard& clipboard,
                      QObject* parent = nullptr);
    ~ConsoleController() override;

    // Where the first-run wizard proposes the new store (default: StoreUrl::defaultSqlitePath).
    void setDefaultStorePath(const QString& path);

    void start();
    // Opens the named profile (without making it the current one); unknown: says so and
    // offers the profiles dialog.
    void start(const QString& profileName);
    MainWindow* mainWindow() const;
    QString activeProfile() const { return m_activeProfile; }

public slots:
    void switchTo(const QString& profileName); // signs in, then replaces the main window
    void showProfilesDialog();
    void showSettingsDialog();

signals:
    void mainWindowShown(keydesk::ui::MainWindow* window);

private:
    struct PendingSignIn;

    void showFirstRunWizard();
    void openProfile(const Profile& profile, bool makeCurrent);
    QString postgresPassword(const Profile& profile, const StoreUrl& url);
    void askForKey(const Profile& profile, std::shared_ptr<PendingSignIn> pending,
                   Keychain::Outcome readOutcome);
    SignInDialog::Options signInOptions(const Profile& profile, const QString& location,
                                        const Keychain::Outcome& readOutcome);
    void warnKeyNotSaved(const QString& reason);
    void showMainWindow(ConsoleSession session, bool makeCurrent);
    void cannotOpen(const QString& profileName, const QString& reason);
    void track(QWidget* dialog);
    QWidget* dialogParent() const;

    ProfileStore& m_profiles;
    std::unique_ptr<SecretStore> m_ownedSecrets; // the Keychain& constructor's adapter
    SecretStore* m_secrets;
    ClipboardGuard& m_clipboard;
    QString m_defaultStorePath;
    QString m_activeProfile;
    QPointer<MainWindow> m_window;
    QList<QPointer<QWidget>> m_dialogs; // open parentless dialogs, closed with the controller
};

} // namespace keydesk::ui
