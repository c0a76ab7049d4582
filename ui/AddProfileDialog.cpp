// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddProfileDialog.h"

#include "FormHelpers.h"
#include "LocalBackend.h"
#include "PolicyText.h"
#include "SecretStore.h"
#include "Validation.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace keydesk::ui {

AddProfileDialog::AddProfileDialog(ProfileStore& profiles, SecretStore& secrets, QWidget* parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("addProfileDialog"));
    setWindowTitle(tr("Add Local Store Profile"));
    build();
    revalidate();
}

AddProfileDialog::~AddProfileDialog()
{
    m_key->clear();
}

void AddProfileDialog::build()
{
    setMinimumWidth(560);
    auto* layout = new QVBoxLayout(this);
    auto* intro = messageLabel(QStringLiteral("introLabel"), this);
    intro->setText(tr("Connect to a KeyDesk store file on this computer with one of its API "
                      "keys. The key is checked now and kept in your keychain."));
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Profile name"));
    m_name->setMaxLength(64);
    form->addRow(tr("&Name:"), m_name);

    auto* row = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("storePathEdit"));
    m_path->setAccessibleName(tr("Store file"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    browse->setAccessibleName(tr("Browse for the store file"));
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto* label = new QLabel(tr("Store &file:"), this);
    label->setBuddy(m_path);
    form->addRow(label, row);

    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_key->setAccessibleName(tr("API key"));
    setUpKeyEdit(m_key);
    form->addRow(tr("&API key:"), m_key);
    layout->addLayout(form);

    m_error = messageLabel(QStringLiteral("errorLabel"), this);
    layout->addWidget(m_error);
    layout->addStretch(1);

    layout->addWidget(buildButtons());
    connect(browse, &QPushButton::clicked, this, &AddProfileDialog::browse);
    for (QLineEdit* edit : {m_name, m_path, m_key})
        connect(edit, &QLineEdit::textChanged, this, &AddProfileDialog::revalidate);
}

QWidget* AddProfileDialog::buildButtons()
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(tr("&Add Profile"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddProfileDialog::reject);
    return buttons;
}

QString AddProfileDialog::storePath() const
{
    return QDir::cleanPath(QDir::fromNativeSeparators(m_path->text().trimmed()));
}

QString AddProfileDialog::problem() const
{
    if (m_name->text().trimmed().isEmpty() || m_path->text().trimmed().isEmpty() ||
        m_key->text().isEmpty())
        return {}; // nothing to complain about yet; OK stays disabled
    if (auto name = Validation::keyName(m_name->text()); !name)
        return errorText(name.error());
    if (m_profiles.profile(m_name->text().trimmed()))
        return tr("There is a profile of that name already.");
    if (!QDir::isAbsolutePath(storePath()) || !QFileInfo(storePath()).isFile())
        return tr("There is no store file at this path.");
    if (auto key = parseKeyIn(m_key); !key)
        return errorText(key.error());
    return {};
}

void AddProfileDialog::revalidate()
{
    const QString text = problem();
    showErrorIn(m_error, text);
    const bool filled = !m_name->text().trimmed().isEmpty() &&
                        !m_path->text().trimmed().isEmpty() && !m_key->text().isEmpty();
    m_ok->setEnabled(filled && text.isEmpty());
}

void AddProfileDialog::browse()
{
    auto* dialog = new QFileDialog(this, tr("Store File"), QFileInfo(storePath()).absolutePath(),
                                   tr("KeyDesk stores (*.sqlite);;All files (*)"));
    dialog->setObjectName(QStringLiteral("storeFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString& file) { m_path->setText(QDir::toNativeSeparators(file)); });
    dialog->open();
}

void AddProfileDialog::accept()
{
    if (!m_ok->isEnabled())
        return;
    const auto url = StoreUrl::parse(storePath());
    auto backend = url ? LocalBackend::open(*url)
                       : Result<std::unique_ptr<LocalBackend>>(std::unexpected(url.error()));
    if (!backend)
        return showErrorIn(m_error, errorText(backend.error()));
    const SecretBytes key = keyFrom(m_key);
    if (auto session = (*backend)->signIn(key.view()); !session)
        return showErrorIn(m_error, errorText(session.error()));
    const Profile profile{m_name->text().trimmed(), url->toString()};
    if (auto saved = m_profiles.save(profile); !saved)
        return showErrorIn(m_error, errorText(saved.error()));
    m_saved = profile.name;
    m_keychain = m_secrets.write(Keychain::profileKeyEntry(profile.name), key);
    m_key->clear();
    QDialog::accept();
}

} // namespace keydesk::ui
