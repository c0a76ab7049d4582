// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "User.h"

#include <QDialog>
#include <QList>

class QComboBox;

namespace keydesk::ui {

// "Revoke all keys of user…" (issue 6), e.g. when someone leaves: pick the user, confirm once;
// every key of theirs is revoked in one transaction, or none is.
// objectNames: userCombo, warningLabel, buttonBox (OK: okButton).
class RevokeUserKeysDialog : public QDialog {
    Q_OBJECT

public:
    RevokeUserKeysDialog(const QList<User>& users, QWidget* parent = nullptr);
    qint64 userId() const;
    QString username() const;

private:
    QComboBox* m_users = nullptr;
};

} // namespace keydesk::ui
