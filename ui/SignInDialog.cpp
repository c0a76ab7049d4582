// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInDialog.h"

#include "FormHelpers.h"
#include "PolicyText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace keydesk::ui {

SignInDialog::SignInDialog(Options options, Attempt attempt, QWidget* parent)
    : QDialog(parent)
    , m_attempt(std::move(attempt))
    , m_initialError(options.error)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign In to %1").arg(options.profileName));
    build(options);
    revalidate();
}

SignInDialog::~SignInDialog()
{
    m_keyEdit->clear();
}

QLayout* SignInDialog::buildHeader(const Options& options)
{
    auto* header = new QHBoxLayout;
    header->setSpacing(12);
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/keydesk.svg")).pixmap(40, 40));
    icon->setAlignment(Qt::AlignTop);
    header->addWidget(icon);
    auto* text = new QVBoxLayout;
    auto* title = messageLabel(QStringLiteral("profileLabel"), this);
    title->setText(tr("Sign in to \"%1\"").arg(options.profileName));
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    auto* store = messageLabel(QStringLiteral("storeLabel"), this);
    store->setText(tr("Store: %1").arg(options.storeLocation));
    auto* what = messageLabel(QStringLiteral("explanationLabel"), this);
    what->setText(tr("Enter the API key this profile signs in with."));
    text->addWidget(title);
    text->addWidget(store);
    text->addWidget(what);
    header->addLayout(text, 1);
    return header;
}

void SignInDialog::build(const Options& options)
{
    setMinimumWidth(540);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addLayout(buildHeader(options));

    auto* notice = messageLabel(QStringLiteral("noticeLabel"), this);
    notice->setText(options.notice);
    notice->setVisible(!options.notice.isEmpty());
    notice->setFrameShape(QFrame::StyledPanel);
    notice->setMargin(8);
    layout->addWidget(notice);

    auto* form = new QFormLayout;
    m_keyEdit = new QLineEdit(this);
    m_keyEdit->setObjectName(QStringLiteral("keyEdit"));
    m_keyEdit->setAccessibleName(tr("API key"));
    setUpKeyEdit(m_keyEdit);
    form->addRow(tr("&API key:"), m_keyEdit);
    layout->addLayout(form);
    m_errorLabel = messageLabel(QStringLiteral("errorLabel"), this);
    layout->addWidget(m_errorLabel);

    m_remember = new QCheckBox(tr("&Remember this key in the keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheckBox"));
    m_remember->setAccessibleName(tr("Remember the key in the keychain"));
    m_remember->setChecked(options.offerRemember);
    m_remember->setVisible(options.offerRemember);
    layout->addWidget(m_remember);
    layout->addStretch(1);
    layout->addWidget(buildButtons());
    connect(m_keyEdit, &QLineEdit::textChanged, this, &SignInDialog::revalidate);
}

QWidget* SignInDialog::buildButtons()
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setText(tr("&Sign In"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    return buttons;
}

bool SignInDialog::rememberChecked() const
{
    return m_remember->isVisible() && m_remember->isChecked();
}

void SignInDialog::revalidate()
{
    if (m_keyEdit->text().trimmed().isEmpty()) {
        m_okButton->setEnabled(false);
        showError(m_initialError);
        return;
    }
    const auto parsed = parseKeyIn(m_keyEdit);
    m_okButton->setEnabled(parsed.has_value());
    const qsizetype typed = m_keyEdit->text().trimmed().size();
    if (!parsed && typed < KeyFormat::kKeyLength) // still typing: count, do not scold
        showHintIn(m_errorLabel, tr("%1 of %2 characters").arg(typed).arg(KeyFormat::kKeyLength));
    else
        showError(parsed ? QString() : errorText(parsed.error()));
}

void SignInDialog::showError(const QString& text)
{
    showErrorIn(m_errorLabel, text);
}

void SignInDialog::accept()
{
    if (!m_okButton->isEnabled())
        return;
    const SecretBytes key = keyFrom(m_keyEdit);
    const QString error = m_attempt ? m_attempt(key, rememberChecked()) : QString();
    if (!error.isEmpty()) {
        m_initialError = error;
        m_keyEdit->clear(); // shows the error through revalidate()
        m_keyEdit->setFocus();
        return;
    }
    m_keyEdit->clear();
    QDialog::accept();
}

} // namespace keydesk::ui
