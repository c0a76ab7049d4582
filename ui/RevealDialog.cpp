// SPDX-License-Identifier: GPL-3.0-or-later
#include "RevealDialog.h"

#include "AwsProfile.h"
#include "ClipboardGuard.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

// The icons live in keydesk-ui, a static library: make sure its resources are linked in.
static void initKeyDeskResources()
{
    Q_INIT_RESOURCE(keydesk);
}

namespace keydesk::ui {

namespace {
QLineEdit* secretField(const QString& objectName, const QString& accessibleName,
                       const SecretBytes& value, QWidget* parent)
{
    auto* field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setAccessibleName(accessibleName);
    field->setReadOnly(true);
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    field->setText(QString::fromLatin1(value.data(), value.size()));
    field->setCursorPosition(0);
    field->setContextMenuPolicy(Qt::NoContextMenu); // copying goes through the guard
    // Wide enough for the whole value (a key is 50 characters) without scrolling.
    const int chars = std::max<int>(static_cast<int>(value.size()), 20) + 2;
    field->setMinimumWidth(field->fontMetrics().horizontalAdvance(QString(chars, u'0')) + 12);
    return field;
}

QPushButton* copyButton(const QString& objectName, const QString& what, QWidget* parent)
{
    auto* button = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")),
                                   RevealDialog::tr("Copy"), parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false); // Return never copies by accident
    button->setToolTip(RevealDialog::tr("Copy the %1 to the clipboard").arg(what));
    button->setAccessibleName(RevealDialog::tr("Copy %1").arg(what));
    return button;
}

// Overwrites the field's text with filler of the same length before clearing it, so the
// widget's own buffer does not keep the secret.
void scrub(QLineEdit* field)
{
    if (!field)
        return;
    field->setText(QString(field->text().size(), u'\u2022'));
    field->clear();
    field->setPlaceholderText(RevealDialog::tr("(wiped)"));
}
} // namespace

RevealDialog::RevealDialog(CreatedKey created, ClipboardGuard& clipboard, QWidget* parent)
    : QDialog(parent)
    , m_created(std::move(created))
    , m_clipboard(clipboard)
{
    initKeyDeskResources();
    setObjectName(QStringLiteral("RevealDialog"));
    setWindowTitle(tr("Copy your new API key"));
    setModal(true);
    build();
}

RevealDialog::~RevealDialog()
{
    wipe();
}

void RevealDialog::build()
{
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(buildHeader());
    layout->addLayout(buildFields());
    layout->addLayout(buildConfirmation());
    layout->setSizeConstraint(QLayout::SetMinimumSize);
}

QLayout* RevealDialog::buildHeader()
{
    auto* header = new QHBoxLayout;
    header->setSpacing(14);
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/keydesk.svg")).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    header->addWidget(icon);

    auto* text = new QVBoxLayout;
    auto* title = new QLabel(tr("Copy your new API key"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setObjectName(QStringLiteral("titleLabel"));
    auto* label =
        new QLabel(m_created.key.name.isEmpty()
                       ? m_created.key.displayLabel()
                       : tr("%1 \u2014 %2").arg(m_created.key.name, m_created.key.displayLabel()),
                   this);
    label->setObjectName(QStringLiteral("keyLabel"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    auto* explanation = new QLabel(
        tr("This is the only time the key is shown. KeyDesk does not store it and cannot show "
           "it again. Copy it now and keep it somewhere safe, such as a password manager. If "
           "you lose it, revoke this key and create a new one."),
        this);
    explanation->setObjectName(QStringLiteral("explanationLabel"));
    explanation->setWordWrap(true);
    text->addWidget(title);
    text->addWidget(label);
    text->addSpacing(4);
    text->addWidget(explanation);
    header->addLayout(text, 1);
    return header;
}

QLayout* RevealDialog::buildFields()
{
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(8);
    int row = 0;
    const auto addRow = [&](const QString& caption, QLineEdit* field, QPushButton* button) {
        auto* label = new QLabel(caption, this);
        label->setBuddy(field);
        grid->addWidget(label, row, 0);
        grid->addWidget(field, row, 1);
        grid->addWidget(button, row, 2);
        ++row;
    };
    m_keyField = secretField(QStringLiteral("keyField"), tr("API key"), m_created.secret, this);
    m_copyKey = copyButton(QStringLiteral("copyKeyButton"), tr("API key"), this);
    addRow(tr("&API key:"), m_keyField, m_copyKey);
    connect(m_copyKey, &QPushButton::clicked, this, [this] { copy(m_created.secret); });
    if (m_created.key.isS3()) {
        const SecretBytes id = SecretBytes::copyOf(m_created.key.s3AccessKeyId.toStdString());
        m_accessKeyIdField =
            secretField(QStringLiteral("accessKeyIdField"), tr("Access Key ID"), id, this);
        m_copyAccessKeyId =
            copyButton(QStringLiteral("copyAccessKeyIdButton"), tr("Access Key ID"), this);
        addRow(tr("Access &Key ID:"), m_accessKeyIdField, m_copyAccessKeyId);
        connect(m_copyAccessKeyId, &QPushButton::clicked, this,
                [this] { copy(SecretBytes::copyOf(m_created.key.s3AccessKeyId.toStdString())); });
        m_secretField = secretField(QStringLiteral("secretKeyField"), tr("Secret Key"),
                                    m_created.s3Secret, this);
        m_copySecret = copyButton(QStringLiteral("copySecretKeyButton"), tr("Secret Key"), this);
        addRow(tr("&Secret Key:"), m_secretField, m_copySecret);
        connect(m_copySecret, &QPushButton::clicked, this, [this] { copy(m_created.s3Secret); });
        grid->addWidget(buildAwsProfileButton(), row++, 1, 1, 2, Qt::AlignLeft);
    }
    grid->addWidget(buildCopyStatus(), row, 1, 1, 2);
    grid->setColumnStretch(1, 1);
    return grid;
}

QPushButton* RevealDialog::buildAwsProfileButton()
{
    m_copyAwsProfile = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")),
                                       tr("Copy as AWS Credentials &Profile"), this);
    m_copyAwsProfile->setObjectName(QStringLiteral("copyAwsProfileButton"));
    m_copyAwsProfile->setAutoDefault(false);
    m_copyAwsProfile->setToolTip(
        tr("Copy a profile with the Access Key ID and Secret Key for the AWS CLI. Paste it into "
           "~/.aws/config (not ~/.aws/credentials); it names the S3 endpoint in a comment."));
    m_copyAwsProfile->setAccessibleName(tr("Copy as AWS Credentials Profile for ~/.aws/config"));
    connect(m_copyAwsProfile, &QPushButton::clicked, this, &RevealDialog::copyAwsProfile);
    return m_copyAwsProfile;
}

void RevealDialog::copyAwsProfile()
{
    if (m_wiped)
        return;
    const SecretBytes profile =
        AwsProfile::snippet(m_created.key, m_created.s3Secret, m_s3Endpoint);
    copy(profile, tr("Copied the AWS CLI profile %1: paste it into ~/.aws/config.")
                      .arg(AwsProfile::profileName(m_created.key)));
} // the snippet is wiped here

QWidget* RevealDialog::buildCopyStatus()
{
    m_copyStatus = new QLabel(this);
    m_copyStatus->setObjectName(QStringLiteral("copyStatusLabel"));
    m_copyStatus->setWordWrap(true);
    m_copyStatus->setForegroundRole(QPalette::PlaceholderText);
    // Keep the row's height so the dialog does not jump when the first copy is made.
    m_copyStatus->setMinimumHeight(m_copyStatus->fontMetrics().lineSpacing());
    return m_copyStatus;
}

QLayout* RevealDialog::buildConfirmation()
{
    auto* box = new QVBoxLayout;
    box->setSpacing(8);
    m_stored = new QCheckBox(tr("I have stored this key in a safe place"), this);
    m_stored->setObjectName(QStringLiteral("storedCheckBox"));
    m_stored->setAccessibleName(tr("I have stored this key in a safe place"));
    box->addWidget(m_stored, 0, Qt::AlignLeft); // no stretch: clickable only where drawn

    auto* warningRow = new QHBoxLayout;
    m_warningIcon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_warningIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    m_warning = new QLabel(tr("The key cannot be shown again. Confirm that you have stored it "
                              "before closing this window."),
                           this);
    m_warning->setObjectName(QStringLiteral("warningLabel"));
    m_warning->setWordWrap(true);
    QFont bold = m_warning->font();
    bold.setBold(true);
    m_warning->setFont(bold);
    warningRow->addWidget(m_warningIcon, 0, Qt::AlignTop);
    warningRow->addWidget(m_warning, 1);
    box->addLayout(warningRow);
    setWarningVisible(false);

    auto* buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_closeButton = buttons->addButton(tr("&Close"), QDialogButtonBox::AcceptRole);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setEnabled(false);
    m_closeButton->setToolTip(tr("Confirm that you have stored the key first"));
    box->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &RevealDialog::accept);
    connect(m_stored, &QCheckBox::toggled, this, &RevealDialog::storedToggled);
    return box;
}

void RevealDialog::storedToggled(bool stored)
{
    m_closeButton->setEnabled(stored);
    m_closeButton->setToolTip(stored ? QString()
                                     : tr("Confirm that you have stored the key first"));
    if (stored) {
        setWarningVisible(false);
        m_closeButton->setDefault(true);
    }
}

void RevealDialog::setWarningVisible(bool visible)
{
    m_warning->setVisible(visible);
    m_warningIcon->setVisible(visible);
}

void RevealDialog::copy(const SecretBytes& value, const QString& what)
{
    if (m_wiped || value.isEmpty())
        return;
    m_clipboard.copySecret(value);
    const auto seconds = static_cast<int>(m_clipboard.timeout().count());
    const QString clearing =
        seconds > 0 ? tr("KeyDesk clears the clipboard after %1 s, unless you have copied "
                         "something else by then.")
                          .arg(seconds)
                    : tr("KeyDesk clears the clipboard when it quits, unless you have copied "
                         "something else by then.");
    m_copyStatus->setText((what.isEmpty() ? tr("Copied.") : what) + QLatin1Char(' ') + clearing);
    // A longer message (the AWS profile's) wraps onto more lines: grow rather than clip it.
    layout()->activate();
    if (const int needed = std::max(heightForWidth(width()), sizeHint().height());
        needed > height())
        resize(width(), needed);
}

void RevealDialog::refuseClose()
{
    setWarningVisible(true);
    m_stored->setFocus(Qt::OtherFocusReason);
}

void RevealDialog::reject()
{
    if (!m_stored->isChecked()) {
        refuseClose();
        return;
    }
    wipe();
    QDialog::reject();
}

void RevealDialog::accept()
{
    if (!m_stored->isChecked()) {
        refuseClose();
        return;
    }
    wipe();
    QDialog::accept();
}

bool RevealDialog::isWiped() const
{
    return m_wiped;
}

void RevealDialog::wipe()
{
    if (m_wiped)
        return;
    m_created.secret.clear();
    m_created.s3Secret.clear();
    scrub(m_keyField);
    scrub(m_accessKeyIdField);
    scrub(m_secretField);
    for (QPushButton* b : {m_copyKey, m_copyAccessKeyId, m_copySecret, m_copyAwsProfile}) {
        if (b)
            b->setEnabled(false);
    }
    m_wiped = true;
}

} // namespace keydesk::ui
