// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Keychain.h"
#include "ProfileStore.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace keydesk::ui {

class SecretStore;

// A connection profile for a local SQLite store that exists: a name, the file, and the API key
// to sign in with. OK checks the key against the store, saves the profile and keeps the key in
// the profile's keychain entry (when there is no keychain, the profile is saved without it and
// the console asks for the key at sign-in).
// objectNames: nameEdit, storePathEdit, browseButton, keyEdit, errorLabel, buttonBox (OK:
// okButton).
class AddProfileDialog : public QDialog {
    Q_OBJECT

public:
    AddProfileDialog(ProfileStore& profiles, SecretStore& secrets, QWidget* parent = nullptr);
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
    QWidget* buildButtons();
    QString problem() const; // empty when the input can be tried
    QString storePath() const;

    ProfileStore& m_profiles;
    SecretStore& m_secrets;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_path = nullptr;
    QLineEdit* m_key = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
    QString m_saved;
    Keychain::Outcome m_keychain;
};

} // namespace keydesk::ui
