// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKey.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace keydesk::ui {

// Re-enable or change the permission set (R7): the previous set is preselected.
// objectNames: permissionCombo, buttonBox (OK: okButton), keyList.
class EnableKeyDialog : public QDialog {
    Q_OBJECT

public:
    EnableKeyDialog(const QList<ApiKey>& keys, QWidget* parent = nullptr);
    PermissionSet permissionSet() const;

private:
    QComboBox* m_permission = nullptr;
};

// Confirms disabling one or more keys. objectNames: keyList, buttonBox (OK: okButton).
class DisableKeysDialog : public QDialog {
    Q_OBJECT

public:
    DisableKeysDialog(const QList<ApiKey>& keys, QWidget* parent = nullptr);
};

// Confirms revoking (R8: permanent). A site-wide key needs its name typed; several keys with a
// site-wide one among them need the number of keys typed. OK stays disabled until it matches.
// objectNames: keyList, confirmEdit (only when typing is needed), buttonBox (OK: okButton).
class RevokeKeysDialog : public QDialog {
    Q_OBJECT

public:
    RevokeKeysDialog(const QList<ApiKey>& keys, QWidget* parent = nullptr);
    QString expectedConfirmation() const; // empty when no typing is needed

private:
    void addConfirmation(QVBoxLayout* layout, bool single);

    QString m_expected;
    QLineEdit* m_confirm = nullptr;
};

} // namespace keydesk::ui
