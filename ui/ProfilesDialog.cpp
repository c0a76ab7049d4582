// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfilesDialog.h"

#include "AddProfileDialog.h"
#include "FormHelpers.h"
#include "SecretStore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace keydesk::ui {

namespace {
constexpr int kNameRole = Qt::UserRole;

QPushButton* namedButton(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    return button;
}
} // namespace

ProfilesDialog::ProfilesDialog(ProfileStore& profiles, SecretStore& secrets, QString activeProfile,
                               QWidget* parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_active(std::move(activeProfile))
{
    setObjectName(QStringLiteral("profilesDialog"));
    setWindowTitle(tr("Connection Profiles"));
    build();
    reload();
    selectProfile(m_active);
}

void ProfilesDialog::build()
{
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Connection profiles"));
    m_list->setMinimumWidth(380);
    m_list->setSpacing(3);
    row->addWidget(m_list, 1);

    row->addLayout(buildSide());
    layout->addLayout(row);

    m_status = messageLabel(QStringLiteral("statusLabel"), this);
    m_status->hide();
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &ProfilesDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfilesDialog::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, &ProfilesDialog::switchToSelected);
    connect(m_switch, &QPushButton::clicked, this, &ProfilesDialog::switchToSelected);
    connect(m_remove, &QPushButton::clicked, this, &ProfilesDialog::confirmRemove);
}

// Switch, the three kinds of profile to add, and Remove.
QLayout* ProfilesDialog::buildSide()
{
    using Kind = AddProfileDialog::Kind;
    auto* side = new QVBoxLayout;
    m_switch = namedButton(tr("&Switch To"), QStringLiteral("switchButton"), this);
    m_switch->setDefault(true);
    side->addWidget(m_switch);
    const struct {
        QString text, name, tip;
        Kind kind;
    } adds[] = {
        {tr("Add &Local Store…"), QStringLiteral("addLocalButton"),
         tr("A KeyDesk store file on this computer"), Kind::Local},
        {tr("Add &PostgreSQL…"), QStringLiteral("addPostgresButton"),
         tr("A KeyDesk database on PostgreSQL, for the operators who own it"), Kind::PostgreSQL},
        {tr("Add Se&rver…"), QStringLiteral("addServerButton"),
         tr("A KeyDesk server: your team's shared key inventory"), Kind::Server},
    };
    for (const auto& a : adds) {
        QPushButton* button = namedButton(a.text, a.name, this);
        button->setToolTip(a.tip);
        connect(button, &QPushButton::clicked, this, [this, kind = a.kind] { add(kind); });
        side->addWidget(button);
    }
    m_remove = namedButton(tr("&Remove"), QStringLiteral("removeButton"), this);
    side->addSpacing(12);
    side->addWidget(m_remove);
    side->addStretch(1);
    return side;
}

void ProfilesDialog::reload()
{
    const QString keep = selectedProfile();
    m_list->clear();
    for (const Profile& p : m_profiles.profiles()) {
        const QString where = p.storeUrl.startsWith(QLatin1String("sqlite:"))
                                  ? QDir::toNativeSeparators(p.storeUrl.mid(7))
                                  : p.storeUrl;
        const QString text = p.name == m_active ? tr("%1 (in use)\n%2").arg(p.name, where)
                                                : tr("%1\n%2").arg(p.name, where);
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(kNameRole, p.name);
        item->setToolTip(p.storeUrl);
    }
    selectProfile(keep);
    updateButtons();
}

QString ProfilesDialog::selectedProfile() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(kNameRole).toString() : QString();
}

void ProfilesDialog::selectProfile(const QString& name)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kNameRole).toString() == name)
            return m_list->setCurrentRow(i);
    }
    if (m_list->count() > 0 && m_list->currentRow() < 0)
        m_list->setCurrentRow(0);
}

void ProfilesDialog::updateButtons()
{
    const QString name = selectedProfile();
    const bool inUse = !name.isEmpty() && name == m_active;
    m_switch->setEnabled(!name.isEmpty() && !inUse);
    m_remove->setEnabled(!name.isEmpty() && !inUse);
    m_remove->setToolTip(inUse ? tr("This profile is in use: switch to another one first")
                               : tr("Forget this profile and its key in the keychain; the "
                                    "store itself is kept"));
}

void ProfilesDialog::setStatus(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void ProfilesDialog::add(AddProfileDialog::Kind kind)
{
    auto* dialog = new AddProfileDialog(m_profiles, m_secrets, kind, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        selectProfile(dialog->profileName());
        const Keychain::Outcome saved = dialog->keychainOutcome();
        setStatus(
            saved.status == Keychain::Status::Ok
                ? tr("Profile \"%1\" added; its key is in the keychain.").arg(dialog->profileName())
                : tr("Profile \"%1\" added, but the keychain did not keep its key (%2): "
                     "KeyDesk will ask for it when you switch to the profile.")
                      .arg(dialog->profileName(), saved.localized()));
    });
    dialog->open();
}

void ProfilesDialog::confirmRemove()
{
    const QString name = selectedProfile();
    if (name.isEmpty() || name == m_active)
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Remove Profile"),
                                tr("Remove the profile \"%1\"?").arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeConfirmMessage"));
    box->setInformativeText(tr("Its API key is deleted from the keychain. The store itself is "
                               "kept; you need a key of that store to add it again."));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, name] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            remove(name);
    });
    box->open();
}

void ProfilesDialog::remove(const QString& name)
{
    m_profiles.remove(name);
    const Keychain::Outcome removed = m_secrets.remove(Keychain::profileKeyEntry(name));
    m_secrets.remove(Keychain::profilePasswordEntry(name)); // PostgreSQL profiles only
    reload();
    const bool gone =
        removed.status == Keychain::Status::Ok || removed.status == Keychain::Status::NotFound;
    setStatus(gone ? tr("Profile \"%1\" removed.").arg(name)
                   : tr("Profile \"%1\" removed; its keychain entry could not be deleted (%2).")
                         .arg(name, removed.localized()));
}

void ProfilesDialog::switchToSelected()
{
    const QString name = selectedProfile();
    if (name.isEmpty() || name == m_active)
        return;
    emit profileChosen(name);
    accept();
}

} // namespace keydesk::ui
