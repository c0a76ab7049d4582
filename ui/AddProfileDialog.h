// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Keychain.h"
#include "ProfileStore.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace keydesk::ui {

class SecretStore;

// A connection profile: a name, where the store is, and the API key to sign in with.
//  - Local: a KeyDesk store file on this computer (Browse… picks it).
//  - PostgreSQL: postgresql://user@host:port/db, for operators who own the database; its
//    password, if any, is kept in the keychain too (empty: PGPASSWORD or ~/.pgpass).
//  - Server: a KeyDesk server, https://host[:port] (http:// to this computer only).
// OK opens the store and checks the key there (against the server for a server profile), saves
// the profile and keeps the key (and password) in the profile's keychain entries; when there is
// no keychain, the profile is saved without them and the console asks at sign-in.
// objectNames: nameEdit, storePathEdit (the file or URL), browseButton (local only),
// passwordEdit (PostgreSQL only), keyEdit, errorLabel, buttonBox (OK: okButton).
class AddProfileDialog : public QDialog {
    Q_OBJECT

public:
    enum class Kind { Local, PostgreSQL, Server };

    AddProfileDialog(ProfileStore& profiles, SecretStore& secrets, QWidget* parent = nullptr);
    AddProfileDialog(ProfileStore& profiles, SecretStore& secrets, Kind kind,
                     QWidget* parent = nullptr);
    ~AddProfileDialog() override;

    QString profileName() const { return m_saved; }
    Keychain::Outcome keychainOutcome() const { return m_keychain; }

public slots:
    void accept() override;

private slots:
    void revalidate();
    void browse();

private:
    void build();
    void buildLocation(QFormLayout* form);
    QWidget* buildButtons();
    QString problem() const; // empty when the input can be tried
    QString locationProblem() const;
    QString location() const; // the file path, or the URL as typed
    void keepSecrets(const QString& profileName);

    ProfileStore& m_profiles;
    SecretStore& m_secrets;
    Kind m_kind;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_path = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_key = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
    QString m_saved;
    Keychain::Outcome m_keychain;
};

} // namespace keydesk::ui
