// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AddProfileDialog.h"
#include "ProfileStore.h"

#include <QDialog>

class QLabel;
class QLayout;
class QListWidget;
class QPushButton;

namespace keydesk::ui {

class SecretStore;

// The connection profiles: list, add a local SQLite store, a PostgreSQL database or a KeyDesk
// server (AddProfileDialog), remove (its keychain entries too) and switch (profileChosen). The
// profile in use cannot be removed. objectNames: profileList, switchButton, addLocalButton,
// addPostgresButton, addServerButton, removeButton, statusLabel, buttonBox.
class ProfilesDialog : public QDialog {
    Q_OBJECT

public:
    ProfilesDialog(ProfileStore& profiles, SecretStore& secrets, QString activeProfile,
                   QWidget* parent = nullptr);

    QString selectedProfile() const;
    void selectProfile(const QString& name);

signals:
    void profileChosen(const QString& name);

private slots:
    void reload();
    void updateButtons();
    void add(AddProfileDialog::Kind kind);
    void confirmRemove();
    void switchToSelected();

private:
    void build();
    QLayout* buildSide();
    void remove(const QString& name);
    void setStatus(const QString& text);

    ProfileStore& m_profiles;
    SecretStore& m_secrets;
    QString m_active;
    QListWidget* m_list = nullptr;
    QPushButton* m_switch = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace keydesk::ui
