// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserKeysDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace keydesk::ui {

RevokeUserKeysDialog::RevokeUserKeysDialog(const QList<User>& users, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Revoke All Keys of a User"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_users = new QComboBox(this);
    m_users->setObjectName(QStringLiteral("userCombo"));
    m_users->setAccessibleName(tr("User"));
    for (const User& u : users)
        m_users->addItem(u.displayName.isEmpty()
                             ? u.username
                             : QStringLiteral("%1 (%2)").arg(u.username, u.displayName),
                         u.id);
    form->addRow(tr("&User:"), m_users);
    layout->addLayout(form);
    auto* warning = new QLabel(tr("Every API key of this user is revoked at once, in one step. "
                                  "Revoked keys authenticate nothing and cannot be restored. If "
                                  "any key may not be revoked by you, none is."),
                               this);
    warning->setObjectName(QStringLiteral("warningLabel"));
    warning->setWordWrap(true);
    layout->addWidget(warning);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setText(tr("Revoke All"));
    ok->setEnabled(!users.isEmpty());
    ok->setAutoDefault(false);
    // Revoking cannot be undone: Return means Cancel here, as in the single-key revoke.
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

qint64 RevokeUserKeysDialog::userId() const
{
    return m_users->currentData().toLongLong();
}

QString RevokeUserKeysDialog::username() const
{
    return m_users->currentText();
}

} // namespace keydesk::ui
