// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyActionDialogs.h"

#include "PermissionSetCombo.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>

// The icons live in keydesk-ui, a static library: make sure its resources are linked in.
static void initKeyDeskResources()
{
    Q_INIT_RESOURCE(keydesk);
}

namespace keydesk::ui {

namespace {
constexpr int kVisibleKeyRows = 6;

QString keyLine(const ApiKey& key)
{
    return QCoreApplication::translate("KeyActionDialogs", "%1 \u2014 %2")
        .arg(key.name, key.displayLabel());
}

QListWidget* keyList(const QList<ApiKey>& keys, QWidget* parent)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(QStringLiteral("keyList"));
    list->setAccessibleName(QCoreApplication::translate("KeyActionDialogs", "Keys concerned"));
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setTextElideMode(Qt::ElideMiddle);
    for (const ApiKey& key : keys) {
        auto* item = new QListWidgetItem(keyLine(key), list);
        item->setToolTip(key.description.isEmpty() ? key.displayLabel() : key.description);
    }
    const int rows = std::clamp(static_cast<int>(keys.size()), 1, kVisibleKeyRows);
    const int rowHeight = std::max(list->sizeHintForRow(0), list->fontMetrics().lineSpacing());
    list->setFixedHeight(rowHeight * rows + 2 * list->frameWidth() + 4);
    return list;
}

// Heading with an icon, an explanation, and the list of keys; returns the dialog's layout.
QVBoxLayout* frame(QDialog* dialog, const QIcon& icon, const QString& heading,
                   const QString& message, const QList<ApiKey>& keys)
{
    initKeyDeskResources();
    auto* layout = new QVBoxLayout(dialog);
    layout->setSpacing(10);
    auto* top = new QHBoxLayout;
    top->setSpacing(14);
    auto* iconLabel = new QLabel(dialog);
    iconLabel->setPixmap(icon.pixmap(40, 40));
    iconLabel->setAlignment(Qt::AlignTop);
    auto* text = new QVBoxLayout;
    auto* title = new QLabel(heading, dialog);
    title->setObjectName(QStringLiteral("headingLabel"));
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    title->setFont(font);
    auto* body = new QLabel(message, dialog);
    body->setObjectName(QStringLiteral("messageLabel"));
    body->setWordWrap(true);
    // Word-wrapped labels size the dialog from their width hint: make it the real width.
    body->setMinimumWidth(380);
    text->addWidget(title);
    text->addWidget(body);
    text->addStretch(1);
    top->addWidget(iconLabel);
    top->addLayout(text, 1);
    layout->addLayout(top);
    layout->addWidget(keyList(keys, dialog));
    dialog->setMinimumWidth(480);
    return layout;
}

QPushButton* addButtons(QDialog* dialog, QVBoxLayout* layout, const QString& okText,
                        const QIcon& okIcon)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setText(okText);
    ok->setIcon(okIcon);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return ok;
}

// What to offer on enable: the key's set while active, else the set it had before (R7).
PermissionSet offeredSet(const ApiKey& key)
{
    if (key.permissionSet != PermissionSet::None)
        return key.permissionSet;
    return key.previousPermissionSet.value_or(PermissionSet::Full);
}
} // namespace

EnableKeyDialog::EnableKeyDialog(const QList<ApiKey>& keys, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("EnableKeyDialog"));
    setWindowTitle(tr("Enable API keys"));
    const QString heading = keys.size() == 1
                                ? tr("Enable the key \u201c%1\u201d").arg(keys.first().name)
                                : tr("Enable %1 keys").arg(keys.size());
    QVBoxLayout* layout =
        frame(this, QIcon(QStringLiteral(":/icons/key-enable.svg")), heading,
              keys.size() == 1 ? tr("The key authenticates again, with the permission set you "
                                    "choose. The set it had before is preselected.")
                               : tr("The keys authenticate again, with the permission set you "
                                    "choose."),
              keys);
    m_permission = new PermissionSetCombo(this);
    m_permission->setObjectName(QStringLiteral("permissionCombo"));
    m_permission->setAccessibleName(tr("Permission set"));
    PermissionSet preselected = PermissionSet::Full;
    if (!keys.isEmpty()) {
        const PermissionSet first = offeredSet(keys.first());
        if (std::all_of(keys.begin(), keys.end(),
                        [first](const ApiKey& k) { return offeredSet(k) == first; }))
            preselected = first;
    }
    static_cast<PermissionSetCombo*>(m_permission)->setPermissionSet(preselected);
    auto* form = new QFormLayout;
    form->addRow(tr("&Permission set:"), m_permission);
    layout->addLayout(form);
    QPushButton* ok =
        addButtons(this, layout, tr("&Enable"), QIcon(QStringLiteral(":/icons/key-enable.svg")));
    ok->setDefault(true);
    m_permission->setFocus(Qt::OtherFocusReason);
}

PermissionSet EnableKeyDialog::permissionSet() const
{
    return static_cast<const PermissionSetCombo*>(m_permission)->permissionSet();
}

DisableKeysDialog::DisableKeysDialog(const QList<ApiKey>& keys, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("DisableKeysDialog"));
    setWindowTitle(tr("Disable API keys"));
    const QString heading = keys.size() == 1
                                ? tr("Disable the key \u201c%1\u201d?").arg(keys.first().name)
                                : tr("Disable %1 keys?").arg(keys.size());
    QVBoxLayout* layout = frame(
        this, QIcon(QStringLiteral(":/icons/key-disable.svg")), heading,
        tr("A disabled key authenticates nothing until it is enabled again. Its permission set "
           "is remembered and offered when it is enabled."),
        keys);
    QPushButton* ok =
        addButtons(this, layout, tr("&Disable"), QIcon(QStringLiteral(":/icons/key-disable.svg")));
    ok->setDefault(true);
    ok->setFocus(Qt::OtherFocusReason);
}

RevokeKeysDialog::RevokeKeysDialog(const QList<ApiKey>& keys, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("RevokeKeysDialog"));
    setWindowTitle(tr("Revoke API keys"));
    const bool siteWide = std::any_of(
        keys.begin(), keys.end(), [](const ApiKey& k) { return k.kind() == KeyKind::SiteWide; });
    if (siteWide)
        m_expected = keys.size() == 1 ? keys.first().name : QString::number(keys.size());
    const QString heading = keys.size() == 1
                                ? tr("Revoke the key \u201c%1\u201d?").arg(keys.first().name)
                                : tr("Revoke %1 keys?").arg(keys.size());
    QVBoxLayout* layout =
        frame(this, style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this), heading,
              tr("Revoking deletes a key for good: every client that uses it stops working at "
                 "once. This cannot be undone, and a revoked key cannot be restored."),
              keys);
    QPushButton* ok =
        addButtons(this, layout, tr("&Revoke"), QIcon(QStringLiteral(":/icons/key-revoke.svg")));
    if (m_expected.isEmpty()) {
        // Nothing to type: the safe choice is the default one.
        auto* cancel = findChild<QPushButton*>(QStringLiteral("cancelButton"));
        cancel->setDefault(true);
        cancel->setFocus(Qt::OtherFocusReason);
        return;
    }
    addConfirmation(layout, keys.size() == 1);
    ok->setEnabled(false);
    ok->setDefault(true);
    connect(m_confirm, &QLineEdit::textChanged, this,
            [this, ok](const QString& text) { ok->setEnabled(text.trimmed() == m_expected); });
}

void RevokeKeysDialog::addConfirmation(QVBoxLayout* layout, bool single)
{
    const QString prompt =
        single ? tr("This is a site-wide key with the full API of its site. To confirm, type "
                    "its name, <b>%1</b>:")
                     .arg(m_expected.toHtmlEscaped())
               : tr("A site-wide key is among them. To confirm, type the number of keys, "
                    "<b>%1</b>:")
                     .arg(m_expected);
    auto* label = new QLabel(prompt, this);
    label->setObjectName(QStringLiteral("confirmLabel"));
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmEdit"));
    m_confirm->setAccessibleName(single ? tr("Name of the key to revoke")
                                        : tr("Number of keys to revoke"));
    label->setBuddy(m_confirm);
    // The buttons are the layout's last item: the confirmation goes above them.
    const int at = layout->count() - 1;
    layout->insertWidget(at, label);
    layout->insertWidget(at + 1, m_confirm);
    m_confirm->setFocus(Qt::OtherFocusReason);
}

QString RevokeKeysDialog::expectedConfirmation() const
{
    return m_expected;
}

} // namespace keydesk::ui
