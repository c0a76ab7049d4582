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
// S3 keys also offer "Copy as AWS Credentials Profile" (AwsProfile), with the S3 endpoint that
// setS3Endpoint gives (the console's Settings), or a placeholder when none is known.
// objectNames: keyField, copyKeyButton, accessKeyIdField, copyAccessKeyIdButton,
// secretKeyField, copySecretKeyButton, copyAwsProfileButton, storedCheckBox, closeButton,
// warningLabel.
class RevealDialog : public QDialog {
    Q_OBJECT

public:
    RevealDialog(CreatedKey created, ClipboardGuard& clipboard, QWidget* parent = nullptr);
    ~RevealDialog() override;

    bool isWiped() const;
    void setS3Endpoint(const QString& endpoint) { m_s3Endpoint = endpoint; }

public slots:
    void reject() override; // refused (with a warning) until storedCheckBox is checked
    void accept() override;

private:
    void build();
    QLayout* buildHeader();
    QLayout* buildFields();
    QWidget* buildCopyStatus();
    QPushButton* buildAwsProfileButton();
    void copyAwsProfile();
    QLayout* buildConfirmation();
    void storedToggled(bool stored);
    void setWarningVisible(bool visible);
    void copy(const SecretBytes& value, const QString& what = {});
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
    QPushButton* m_copyAwsProfile = nullptr;
    QLabel* m_copyStatus = nullptr;
    QCheckBox* m_stored = nullptr;
    QLabel* m_warning = nullptr;
    QLabel* m_warningIcon = nullptr;
    QPushButton* m_closeButton = nullptr;
    QString m_s3Endpoint;
    bool m_wiped = false;
};

} // namespace keydesk::ui
