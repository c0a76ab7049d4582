// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddProfileDialog.h"

#include "BackendFactory.h"
#include "FormHelpers.h"
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

namespace {
QString titleFor(AddProfileDialog::Kind kind)
{
    switch (kind) {
    case AddProfileDialog::Kind::Local:
        return AddProfileDialog::tr("Add Local Store Profile");
    case AddProfileDialog::Kind::PostgreSQL:
        return AddProfileDialog::tr("Add PostgreSQL Profile");
    case AddProfileDialog::Kind::Server:
        return AddProfileDialog::tr("Add Server Profile");
    }
    return {};
}

QString introFor(AddProfileDialog::Kind kind)
{
    switch (kind) {
    case AddProfileDialog::Kind::Local:
        return AddProfileDialog::tr("Connect to a KeyDesk store file on this computer with one "
                                    "of its API keys. The key is checked now and kept in your "
                                    "keychain.");
    case AddProfileDialog::Kind::PostgreSQL:
        return AddProfileDialog::tr(
            "Connect straight to a KeyDesk database on PostgreSQL (for operators who own the "
            "database; everyone else uses a server profile). The key is checked now; the key "
            "and the database password are kept in your keychain.");
    case AddProfileDialog::Kind::Server:
        return AddProfileDialog::tr(
            "Connect to a KeyDesk server with your API key. The server checks the key now and "
            "decides what you may do; the key is kept in your keychain.");
    }
    return {};
}
} // namespace

AddProfileDialog::AddProfileDialog(ProfileStore& profiles, SecretStore& secrets, QWidget* parent)
    : AddProfileDialog(profiles, secrets, Kind::Local, parent)
{}

AddProfileDialog::AddProfileDialog(ProfileStore& profiles, SecretStore& secrets, Kind kind,
                                   QWidget* parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("addProfileDialog"));
    setWindowTitle(titleFor(kind));
    build();
    revalidate();
}

AddProfileDialog::~AddProfileDialog()
{
    m_key->clear();
    if (m_password)
        m_password->clear();
}

void AddProfileDialog::build()
{
    setMinimumWidth(560);
    auto* layout = new QVBoxLayout(this);
    auto* intro = messageLabel(QStringLiteral("introLabel"), this);
    intro->setText(introFor(m_kind));
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Profile name"));
    m_name->setMaxLength(64);
    form->addRow(tr("&Name:"), m_name);

    buildLocation(form);
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
    for (QLineEdit* edit : {m_name, m_path, m_key})
        connect(edit, &QLineEdit::textChanged, this, &AddProfileDialog::revalidate);
}

// The store's row: a file with Browse… (local), or a URL; PostgreSQL adds the password.
void AddProfileDialog::buildLocation(QFormLayout* form)
{
    auto* row = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("storePathEdit"));
    row->addWidget(m_path, 1);
    auto* label = new QLabel(this);
    label->setBuddy(m_path);
    form->addRow(label, row);
    if (m_kind == Kind::Local) {
        m_path->setAccessibleName(tr("Store file"));
        label->setText(tr("Store &file:"));
        auto* browse = new QPushButton(tr("&Browse…"), this);
        browse->setObjectName(QStringLiteral("browseButton"));
        browse->setAccessibleName(tr("Browse for the store file"));
        row->addWidget(browse);
        connect(browse, &QPushButton::clicked, this, &AddProfileDialog::browse);
    } else {
        const bool postgres = m_kind == Kind::PostgreSQL;
        m_path->setAccessibleName(postgres ? tr("Database URL") : tr("Server URL"));
        label->setText(postgres ? tr("&Database:") : tr("&Server:"));
        m_path->setPlaceholderText(
            postgres ? QStringLiteral("postgresql://keydesk@db.example:5432/keydesk")
                     : QStringLiteral("https://keydesk.example.com"));
    }
    if (m_kind == Kind::PostgreSQL) {
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("passwordEdit"));
        m_password->setAccessibleName(tr("Database password"));
        m_password->setEchoMode(QLineEdit::Password);
        m_password->setPlaceholderText(tr("Empty: PGPASSWORD or ~/.pgpass"));
        form->addRow(tr("Pass&word:"), m_password);
    }
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

QString AddProfileDialog::location() const
{
    const QString text = m_path->text().trimmed();
    return m_kind == Kind::Local ? QDir::cleanPath(QDir::fromNativeSeparators(text)) : text;
}

QString AddProfileDialog::locationProblem() const
{
    if (m_kind == Kind::Local) {
        if (!QDir::isAbsolutePath(location()) || !QFileInfo(location()).isFile())
            return tr("There is no store file at this path.");
        return {};
    }
    const auto url = StoreUrl::parse(location());
    if (!url)
        return errorText(url.error());
    if (m_kind == Kind::PostgreSQL && url->kind != StoreUrl::Kind::PostgreSQL)
        return tr("Enter a PostgreSQL URL, such as postgresql://user@host:5432/database.");
    if (m_kind == Kind::Server && url->kind != StoreUrl::Kind::Server)
        return tr("Enter the server's address, such as https://keydesk.example.com.");
    return {};
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
    if (const QString where = locationProblem(); !where.isEmpty())
        return where;
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
    auto* dialog = new QFileDialog(this, tr("Store File"), QFileInfo(location()).absolutePath(),
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
    const auto url = StoreUrl::parse(location());
    auto backend = url ? openBackend(*url, m_password ? m_password->text() : QString())
                       : Result<std::unique_ptr<Backend>>(std::unexpected(url.error()));
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
    keepSecrets(profile.name);
    m_key->clear();
    QDialog::accept();
}

// The database password beside the key; a keychain that failed for the key says so already.
void AddProfileDialog::keepSecrets(const QString& profileName)
{
    if (!m_password || m_password->text().isEmpty())
        return;
    QByteArray utf8 = m_password->text().toUtf8();
    const SecretBytes password =
        SecretBytes::copyOf(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
    utf8.fill('\0');
    const Keychain::Outcome kept =
        m_secrets.write(Keychain::profilePasswordEntry(profileName), password);
    if (m_keychain.status == Keychain::Status::Ok && kept.status != Keychain::Status::Ok)
        m_keychain = kept;
    m_password->clear();
}

} // namespace keydesk::ui
