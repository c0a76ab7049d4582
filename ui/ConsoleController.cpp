// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleController.h"

#include "BackendFactory.h"
#include "FirstRunWizard.h"
#include "MainWindow.h"
#include "PolicyText.h"
#include "ProfilesDialog.h"
#include "RevealDialog.h"
#include "SecretStore.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "StoreUrl.h"

#include <QDir>
#include <QMessageBox>

namespace keydesk::ui {

// A store opened for a profile whose key is still to be entered (SignInDialog).
struct ConsoleController::PendingSignIn {
    Profile profile;
    bool makeCurrent = false;
    std::unique_ptr<Backend> backend;
    std::unique_ptr<Session> session;
    std::optional<Keychain::Outcome> saved; // set when the user asked to remember the key
};

ConsoleController::ConsoleController(ProfileStore& profiles, Keychain& keychain,
                                     ClipboardGuard& clipboard, QObject* parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_ownedSecrets(std::make_unique<KeychainSecretStore>(keychain))
    , m_secrets(m_ownedSecrets.get())
    , m_clipboard(clipboard)
    , m_defaultStorePath(StoreUrl::defaultSqlitePath())
{
    qRegisterMetaType<MainWindow*>(); // for queued connections and QSignalSpy
}

ConsoleController::ConsoleController(ProfileStore& profiles, SecretStore& secrets,
                                     ClipboardGuard& clipboard, QObject* parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(&secrets)
    , m_clipboard(clipboard)
    , m_defaultStorePath(StoreUrl::defaultSqlitePath())
{
    qRegisterMetaType<MainWindow*>(); // for queued connections and QSignalSpy
}

ConsoleController::~ConsoleController()
{
    for (const QPointer<QWidget>& dialog : std::as_const(m_dialogs))
        delete dialog.data();
    delete m_window.data();
}

MainWindow* ConsoleController::mainWindow() const
{
    return m_window;
}

void ConsoleController::setDefaultStorePath(const QString& path)
{
    m_defaultStorePath = path;
}

void ConsoleController::track(QWidget* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialogs.removeAll(nullptr);
    if (!dialog->parent())
        m_dialogs << dialog;
}

QWidget* ConsoleController::dialogParent() const
{
    return m_window.data();
}

void ConsoleController::start()
{
    if (const auto current = m_profiles.current())
        openProfile(*current, false);
    else
        showFirstRunWizard();
}

void ConsoleController::start(const QString& profileName)
{
    if (profileName.isEmpty())
        return start();
    if (const auto profile = m_profiles.profile(profileName))
        return openProfile(*profile, false);
    cannotOpen(profileName, tr("There is no connection profile of that name."));
}

void ConsoleController::switchTo(const QString& profileName)
{
    if (profileName == m_activeProfile && m_window)
        return;
    if (const auto profile = m_profiles.profile(profileName))
        openProfile(*profile, true);
}

void ConsoleController::showFirstRunWizard()
{
    auto* wizard = new FirstRunWizard(m_profiles, *m_secrets, m_defaultStorePath, dialogParent());
    track(wizard);
    connect(wizard, &QDialog::finished, this, [this, wizard] {
        auto outcome = wizard->takeOutcome();
        if (!outcome) {
            if (const QString name = wizard->existingStoreProfile(); !name.isEmpty())
                start(name);
            return;
        }
        // Reveal the admin key once; the main window opens when the user has kept it.
        auto session = std::make_shared<std::optional<ConsoleSession>>(std::move(outcome->session));
        auto* reveal = new RevealDialog(std::move(outcome->adminKey), m_clipboard, dialogParent());
        track(reveal);
        const QString profile = outcome->profileName;
        connect(reveal, &QDialog::finished, this, [this, session, profile] {
            if (*session)
                showMainWindow(std::move(**session), false);
            else if (!profile.isEmpty())
                start(profile);
        });
        reveal->open();
    });
    wizard->open();
}

// Opens the profile's store (a PostgreSQL profile with its password from the keychain) and
// signs in with its key from the keychain, else asks for the key. A store that cannot be
// reached is said so, not taken for a key that no longer signs in.
void ConsoleController::openProfile(const Profile& profile, bool makeCurrent)
{
    const auto url = StoreUrl::parse(profile.storeUrl);
    if (!url)
        return cannotOpen(profile.name, errorText(url.error()));
    auto backend = openBackend(*url, postgresPassword(profile, *url));
    if (!backend)
        return cannotOpen(profile.name, errorText(backend.error()));

    auto pending = std::make_shared<PendingSignIn>();
    pending->profile = profile;
    pending->makeCurrent = makeCurrent;
    pending->backend = std::move(*backend);

    SecretBytes key;
    const Keychain::Outcome read = m_secrets->read(Keychain::profileKeyEntry(profile.name), key);
    if (read.status == Keychain::Status::Ok) {
        auto session = pending->backend->signIn(key.view());
        key.clear();
        if (session)
            return showMainWindow(
                ConsoleSession{std::move(pending->backend), std::move(*session), profile.name},
                makeCurrent);
        if (isConnectionProblem(session.error()))
            return cannotOpen(profile.name, errorText(session.error()));
        return askForKey(
            profile, pending,
            {Keychain::Status::Ok, tr("The key saved in the keychain no longer signs in. %1")
                                       .arg(errorText(session.error()))});
    }
    askForKey(profile, pending, read);
}

QString ConsoleController::postgresPassword(const Profile& profile, const StoreUrl& url)
{
    if (url.kind != StoreUrl::Kind::PostgreSQL)
        return {};
    SecretBytes password;
    if (m_secrets->read(Keychain::profilePasswordEntry(profile.name), password).status !=
        Keychain::Status::Ok)
        return {}; // libpq's own sources: PGPASSWORD, ~/.pgpass
    return QString::fromUtf8(password.byteView());
}

SignInDialog::Options ConsoleController::signInOptions(const Profile& profile,
                                                       const QString& location,
                                                       const Keychain::Outcome& readOutcome)
{
    SignInDialog::Options options;
    options.profileName = profile.name;
    options.storeLocation = location.startsWith(QLatin1String("sqlite:"))
                                ? QDir::toNativeSeparators(location.mid(7))
                                : location;
    options.offerRemember = readOutcome.status != Keychain::Status::Unavailable;
    switch (readOutcome.status) {
    case Keychain::Status::Ok: // the stored key failed; the message says how
        options.error = readOutcome.localized();
        break;
    case Keychain::Status::NotFound:
        options.error = tr("No API key is saved in the keychain for this profile.");
        break;
    case Keychain::Status::Unavailable:
        options.notice = tr("No keychain is available (no Secret Service is running), so "
                            "KeyDesk cannot remember your key. The key you enter is used for "
                            "this session only and is not stored anywhere.");
        break;
    case Keychain::Status::Failed:
        options.error = tr("The keychain could not be read: %1").arg(readOutcome.localized());
        break;
    }
    return options;
}

void ConsoleController::askForKey(const Profile& profile, std::shared_ptr<PendingSignIn> pending,
                                  Keychain::Outcome readOutcome)
{
    const QString entry = Keychain::profileKeyEntry(profile.name);
    auto attempt = [this, pending, entry](const SecretBytes& key, bool remember) -> QString {
        auto session = pending->backend->signIn(key.view());
        if (!session)
            return errorText(session.error());
        pending->session = std::move(*session);
        if (remember)
            pending->saved = m_secrets->write(entry, key);
        return {};
    };
    auto* dialog = new SignInDialog(
        signInOptions(profile, pending->backend->location(), readOutcome), attempt, dialogParent());
    track(dialog);
    connect(dialog, &QDialog::accepted, this, [this, pending] {
        showMainWindow(ConsoleSession{std::move(pending->backend), std::move(pending->session),
                                      pending->profile.name},
                       pending->makeCurrent);
        if (pending->saved && pending->saved->status != Keychain::Status::Ok)
            warnKeyNotSaved(pending->saved->message);
    });
    dialog->open();
}

void ConsoleController::warnKeyNotSaved(const QString& reason)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Key Not Saved"),
                                tr("You are signed in, but the keychain did not keep the key. "
                                   "KeyDesk will ask for it next time."),
                                QMessageBox::Ok, dialogParent());
    box->setObjectName(QStringLiteral("keyNotSavedMessage"));
    box->setInformativeText(reason);
    track(box);
    box->open();
}

void ConsoleController::showMainWindow(ConsoleSession session, bool makeCurrent)
{
    const QPointer<MainWindow> old = m_window;
    m_activeProfile = session.profileName;
    if (makeCurrent)
        m_profiles.setCurrent(m_activeProfile);
    auto* window = new MainWindow(std::move(session), m_clipboard);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &MainWindow::profilesRequested, this, &ConsoleController::showProfilesDialog);
    connect(window, &MainWindow::settingsRequested, this, &ConsoleController::showSettingsDialog);
    m_window = window;
    window->show();
    if (old) // after the new one is up, so the console never has no window
        old->close();
    emit mainWindowShown(window);
}

void ConsoleController::cannotOpen(const QString& profileName, const QString& reason)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot Open Profile"),
                                tr("KeyDesk cannot open the profile \"%1\".").arg(profileName),
                                QMessageBox::Ok, dialogParent());
    box->setObjectName(QStringLiteral("cannotOpenMessage"));
    box->setInformativeText(reason);
    track(box);
    // Without a window, offer the profiles so the user can pick, fix or remove one.
    if (!m_window)
        connect(box, &QDialog::finished, this, &ConsoleController::showProfilesDialog);
    box->open();
}

void ConsoleController::showProfilesDialog()
{
    auto* dialog = new ProfilesDialog(m_profiles, *m_secrets, m_activeProfile, dialogParent());
    track(dialog);
    connect(dialog, &ProfilesDialog::profileChosen, this, &ConsoleController::switchTo);
    connect(dialog, &QDialog::rejected, this, [this] {
        if (!m_window && m_profiles.profiles().isEmpty())
            showFirstRunWizard();
    });
    dialog->open();
}

void ConsoleController::showSettingsDialog()
{
    auto* dialog = new SettingsDialog(m_clipboard, dialogParent());
    track(dialog);
    dialog->open();
}

} // namespace keydesk::ui
