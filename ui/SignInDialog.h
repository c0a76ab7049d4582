// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretBytes.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;

namespace keydesk::ui {

// Asks for the API key a profile signs in with, when the keychain has none, has one that no
// longer authenticates, or is not there at all. The key is typed in password mode and read
// into SecretBytes; OK stays disabled until it has the shape and checksum of a KeyDesk key.
// "Remember in keychain" is offered only when a keychain is reachable; with none, a notice
// says the key is used for this session only.
// objectNames: profileLabel, noticeLabel, keyEdit, errorLabel, rememberCheckBox, buttonBox
// (OK: okButton).
class SignInDialog : public QDialog {
    Q_OBJECT

public:
    struct Options {
        QString profileName;
        QString storeLocation; // "sqlite:/path"
        QString notice;        // e.g. that no keychain is available; empty: hidden
        QString error;         // why the dialog is shown (the stored key failed, ...)
        bool offerRemember = false;
    };

    // Tries the key. Returns an empty string when it signed in, else the reason to show; the
    // dialog then stays open. `remember`: the checkbox was ticked.
    using Attempt = std::function<QString(const SecretBytes& key, bool remember)>;

    SignInDialog(Options options, Attempt attempt, QWidget* parent = nullptr);
    ~SignInDialog() override;

    bool rememberChecked() const;

public slots:
    void accept() override;

private slots:
    void revalidate();

private:
    void build(const Options& options);
    QLayout* buildHeader(const Options& options);
    QWidget* buildButtons();
    void showError(const QString& text);

    Attempt m_attempt;
    QLineEdit* m_keyEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
    QCheckBox* m_remember = nullptr;
    QPushButton* m_okButton = nullptr;
    QString m_initialError;
};

} // namespace keydesk::ui
