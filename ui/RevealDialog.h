// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Requests.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;

namespace keydesk::ui {

class ClipboardGuard;

// The one-time reveal (R4, R6): the key, or the key plus Access Key ID and Secret Key, in
// monospace read-only fields with copy buttons. It cannot be closed until the user confirms
// the key is stored; on close every secret is wiped, and nothing can show it again.
// objectNames: keyField, copyKeyButton, accessKeyIdField, copyAccessKeyIdButton,
// secretKeyField, copySecretKeyButton, storedCheckBox, closeButton, warningLabel.
class RevealDialog : public QDialog {
    Q_OBJECT

public:
    RevealDialog(CreatedKey created, ClipboardGuard& clipboard, QWidget* parent = nullptr);
    ~RevealDialog() override;

    bool isWiped() const;

public slots:
    void reject() override; // refused (with a warning) until storedCheckBox is checked
    void accept() override;

private:
    void build();
    QLayout* buildHeader();
    QLayout* buildFields();
    QWidget* buildCopyStatus();
    QLayout* buildConfirmation();
    void storedToggled(bool stored);
    void setWarningVisible(bool visible);
    void copy(const SecretBytes& value);
    void refuseClose();
    void wipe();

    CreatedKey m_created;
    ClipboardGuard& m_clipboard;
    QLineEdit* m_keyField = nullptr;
    QLineEdit* m_accessKeyIdField = nullptr;
    QLineEdit* m_secretField = nullptr;
    QPushButton* m_copyKey = nullptr;
    QPushButton* m_copyAccessKeyId = nullptr;
    QPushButton* m_copySecret = nullptr;
    QLabel* m_copyStatus = nullptr;
    QCheckBox* m_stored = nullptr;
    QLabel* m_warning = nullptr;
    QLabel* m_warningIcon = nullptr;
    QPushButton* m_closeButton = nullptr;
    bool m_wiped = false;
};

} // namespace keydesk::ui
