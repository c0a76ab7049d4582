// SPDX-License-Identifier: GPL-3.0-or-later
#include "RollKeyDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace keydesk::ui {

RollKeyDialog::RollKeyDialog(const ApiKey& key, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("rollKeyDialog"));
    setWindowTitle(tr("Roll Key"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Roll \u201C%1\u201D: a new key with the same name, owner, permission set%2 and "
           "description is shown once. The old key stops working after the grace period.")
            .arg(key.name.toHtmlEscaped(), key.isS3() ? tr(", S3 credentials") : QString()),
        this);
    intro->setObjectName(QStringLiteral("rollIntroLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_grace = new QComboBox(this);
    m_grace->setObjectName(QStringLiteral("graceCombo"));
    m_grace->setAccessibleName(tr("Old key keeps working for"));
    m_grace->addItem(tr("No grace: stop it now"), int(RotationGrace::Now));
    m_grace->addItem(tr("1 hour"), int(RotationGrace::OneHour));
    m_grace->addItem(tr("24 hours"), int(RotationGrace::OneDay));
    m_grace->addItem(tr("7 days"), int(RotationGrace::SevenDays));
    m_grace->setCurrentIndex(2);
    form->addRow(tr("Old key keeps &working:"), m_grace);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setText(tr("&Roll Key"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

RotationGrace RollKeyDialog::grace() const
{
    return RotationGrace(m_grace->currentData().toInt());
}

} // namespace keydesk::ui
