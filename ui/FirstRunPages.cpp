// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstRunPages.h"

#include "FirstRunWizard.h"
#include "FormHelpers.h"
#include "PolicyText.h"
#include "Validation.h"

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
QLineEdit* namedEdit(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QString defaultAdminName()
{
    const QString user = qEnvironmentVariable("USER");
    return Validation::username(user) ? user : QStringLiteral("admin");
}

// "Acme Corp." -> "acme-corp": a DNS label the user can still change.
QString subdomainFor(const QString& siteName)
{
    QString out;
    for (const QChar c : siteName.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.left(63);
}
} // namespace

// --- StorePage --------------------------------------------------------------------------------

StorePage::StorePage(const QString& defaultPath, FirstRunWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("storePage"));
    setTitle(tr("Welcome to KeyDesk"));
    setSubTitle(tr("Manage the API keys of your sites in one place."));
    build(defaultPath);
    updateStatus();
}

void StorePage::build(const QString& defaultPath)
{
    auto* layout = new QVBoxLayout(this);
    auto* intro = messageLabel(QStringLiteral("introLabel"), this);
    intro->setText(
        tr("KeyDesk keeps the API keys of your sites: site-wide keys, users' own keys and "
           "S3-compatible credentials, with who may create, disable and revoke which key.\n\n"
           "Keys live in a store. To begin, create a local store: a file on this computer. "
           "Next you name your site and its first administrator; KeyDesk then creates that "
           "administrator's API key and shows it to you once.\n\n"
           "If your team already shares a store, connect to it instead with an API key you "
           "were given."));
    layout->addWidget(intro);
    layout->addSpacing(12);

    auto* row = new QHBoxLayout;
    m_path = namedEdit(QStringLiteral("storePathEdit"), tr("Store file"), this);
    m_path->setText(QDir::toNativeSeparators(defaultPath));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    browse->setAccessibleName(tr("Browse for the store file"));
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("New store &file:"), this);
    label->setBuddy(m_path);
    form->addRow(label, row);
    layout->addLayout(form);

    m_status = messageLabel(QStringLiteral("storePathStatusLabel"), this);
    layout->addWidget(m_status);
    m_useExisting = new QPushButton(tr("&Use This Existing Store…"), this);
    m_useExisting->setObjectName(QStringLiteral("useExistingButton"));
    m_useExisting->setToolTip(tr("Connect to the store in this file; KeyDesk then asks for one "
                                 "of its API keys"));
    layout->addWidget(m_useExisting, 0, Qt::AlignLeft);
    layout->addStretch(1);
    layout->addLayout(buildSharedRow());

    connect(m_path, &QLineEdit::textChanged, this, &StorePage::updateStatus);
    connect(browse, &QPushButton::clicked, this, &StorePage::browse);
    connect(m_useExisting, &QPushButton::clicked, this, &StorePage::useExisting);
}

// Teams share a store through a KeyDesk server (everyone) or PostgreSQL (its operators).
QHBoxLayout* StorePage::buildSharedRow()
{
    auto* row = new QHBoxLayout;
    auto* server = new QPushButton(tr("Connect to a &Server…"), this);
    server->setObjectName(QStringLiteral("connectServerButton"));
    server->setToolTip(tr("Use the store of a KeyDesk server with one of its API keys"));
    auto* postgres = new QPushButton(tr("Connect to &PostgreSQL…"), this);
    postgres->setObjectName(QStringLiteral("connectPostgresButton"));
    postgres->setToolTip(tr("For the operators of a shared PostgreSQL store"));
    row->addWidget(server);
    row->addWidget(postgres);
    row->addStretch(1);
    connect(server, &QPushButton::clicked, this,
            [this] { m_wizard->connectShared(AddProfileDialog::Kind::Server); });
    connect(postgres, &QPushButton::clicked, this,
            [this] { m_wizard->connectShared(AddProfileDialog::Kind::PostgreSQL); });
    return row;
}

QString StorePage::storePath() const
{
    return QDir::cleanPath(QDir::fromNativeSeparators(m_path->text().trimmed()));
}

QString StorePage::pathProblem() const
{
    if (m_path->text().trimmed().isEmpty())
        return tr("Choose where the store file goes.");
    if (!QDir::isAbsolutePath(storePath()))
        return tr("Give the full path of the store file.");
    if (QFileInfo::exists(storePath()))
        return tr("A file already exists at this path, and KeyDesk never overwrites one. Choose "
                  "another path, or use that file as your store.");
    return {};
}

void StorePage::updateStatus()
{
    const QString problem = pathProblem();
    if (!problem.isEmpty())
        showErrorIn(m_status, problem);
    else
        showHintIn(m_status, tr("KeyDesk will create the store here, with its key-encryption "
                                "key beside it (.kek, readable by you only)."));
    // A file there (say, one keydeskctl init made) can be used as it is.
    m_useExisting->setVisible(QFileInfo(storePath()).isFile());
    emit completeChanged();
}

void StorePage::browse()
{
    auto* dialog = new QFileDialog(this, tr("Store File"), QFileInfo(storePath()).absolutePath(),
                                   tr("KeyDesk stores (*.sqlite);;All files (*)"));
    dialog->setObjectName(QStringLiteral("storeFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setOption(QFileDialog::DontConfirmOverwrite); // the page says what it does with it
    dialog->selectFile(storePath());
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString& file) { m_path->setText(QDir::toNativeSeparators(file)); });
    dialog->open();
}

void StorePage::useExisting()
{
    const QString error = m_wizard->useExistingStore(storePath());
    if (!error.isEmpty())
        return showErrorIn(m_status, error);
    m_wizard->accept();
}

bool StorePage::isComplete() const
{
    return pathProblem().isEmpty();
}

// --- SitePage ---------------------------------------------------------------------------------

SitePage::SitePage(FirstRunWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("sitePage"));
    setTitle(tr("Your Site"));
    setSubTitle(tr("A site holds users and their keys. Its administrator creates site-wide keys "
                   "and manages everyone else's."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Create Store"));
    build();
    revalidate();
}

void SitePage::build()
{
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_siteName = namedEdit(QStringLiteral("siteNameEdit"), tr("Site name"), this);
    m_siteName->setPlaceholderText(tr("e.g. Acme Corporation"));
    m_subdomain = namedEdit(QStringLiteral("subdomainEdit"), tr("Subdomain"), this);
    m_subdomain->setPlaceholderText(tr("e.g. acme"));
    m_subdomain->setToolTip(tr("Lower-case letters, digits and hyphens; it names the site in "
                               "URLs and on the command line"));
    m_admin = namedEdit(QStringLiteral("adminEdit"), tr("Administrator username"), this);
    m_admin->setText(defaultAdminName());
    form->addRow(tr("Site &name:"), m_siteName);
    form->addRow(tr("&Subdomain:"), m_subdomain);
    form->addRow(tr("&Administrator:"), m_admin);
    layout->addLayout(form);

    m_validation = messageLabel(QStringLiteral("validationLabel"), this);
    layout->addWidget(m_validation);
    layout->addStretch(1);
    auto* note = messageLabel(QStringLiteral("commitNoteLabel"), this);
    note->setText(tr("Create Store makes the store, the site, its administrator and the "
                     "administrator's API key."));
    layout->addWidget(note);

    connect(m_siteName, &QLineEdit::textChanged, this, &SitePage::suggestSubdomain);
    connect(m_subdomain, &QLineEdit::textEdited, this, [this] { m_subdomainEdited = true; });
    for (QLineEdit* edit : {m_siteName, m_subdomain, m_admin})
        connect(edit, &QLineEdit::textChanged, this, &SitePage::revalidate);
}

void SitePage::suggestSubdomain(const QString& siteName)
{
    if (!m_subdomainEdited)
        m_subdomain->setText(subdomainFor(siteName));
}

InitRequest SitePage::request() const
{
    return {m_siteName->text().trimmed(), m_subdomain->text().trimmed(), m_admin->text().trimmed(),
            tr("Initial admin key")};
}

QString SitePage::firstProblem() const
{
    const InitRequest r = request();
    if (r.siteName.isEmpty() || r.subdomain.isEmpty() || r.adminUsername.isEmpty())
        return tr("Fill in the site name, its subdomain and the administrator's username.");
    if (auto v = Validation::siteName(r.siteName); !v)
        return errorText(v.error());
    if (auto v = Validation::subdomain(r.subdomain); !v)
        return errorText(v.error());
    if (auto v = Validation::username(r.adminUsername); !v)
        return errorText(v.error());
    return {};
}

void SitePage::revalidate()
{
    const QString problem = firstProblem();
    const bool valid = problem.isEmpty();
    // An empty form is not an error yet: say what is needed without the error colour.
    const bool untouched = m_siteName->text().isEmpty() && m_subdomain->text().isEmpty();
    if (untouched)
        showHintIn(m_validation, problem);
    else
        showErrorIn(m_validation, problem);
    if (valid != m_valid) {
        m_valid = valid;
        emit completeChanged();
    }
}

bool SitePage::isComplete() const
{
    return m_valid;
}

bool SitePage::validatePage()
{
    if (!m_valid)
        return false;
    const QString error = m_wizard->createStore(request());
    if (!error.isEmpty())
        showErrorIn(m_validation, error);
    return error.isEmpty();
}

// --- DonePage ---------------------------------------------------------------------------------

DonePage::DonePage(FirstRunWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("donePage"));
    setTitle(tr("Your Store Is Ready"));
    setSubTitle(tr("One step left: keep the administrator's API key."));
    setFinalPage(true);
    setButtonText(QWizard::FinishButton, tr("Show Admin &Key"));
    auto* layout = new QVBoxLayout(this);
    auto* summary = new QFormLayout;
    for (const QString& caption :
         {tr("Store file:"), tr("Site:"), tr("Administrator:"), tr("Connection profile:")}) {
        auto* value = messageLabel(QString(), this);
        summary->addRow(caption, value);
        m_summary << value;
    }
    m_summary[0]->setObjectName(QStringLiteral("summaryStoreLabel"));
    m_summary[1]->setObjectName(QStringLiteral("summarySiteLabel"));
    m_summary[2]->setObjectName(QStringLiteral("summaryAdminLabel"));
    m_summary[3]->setObjectName(QStringLiteral("summaryProfileLabel"));
    m_keychain = messageLabel(QStringLiteral("keychainLabel"), this);
    m_keychain->setFrameShape(QFrame::StyledPanel);
    m_keychain->setMargin(8);
    auto* reveal = messageLabel(QStringLiteral("revealNoteLabel"), this);
    reveal->setText(tr("Show Admin Key displays the key once. KeyDesk keeps only a digest of it, "
                       "so nothing can show it again: copy it into your password manager."));
    layout->addLayout(summary);
    layout->addSpacing(8);
    layout->addWidget(m_keychain);
    layout->addSpacing(8);
    layout->addWidget(reveal);
    layout->addStretch(1);
}

void DonePage::initializePage()
{
    const FirstRunWizard::Outcome* o = m_wizard->outcome();
    if (!o)
        return;
    m_summary[0]->setText(QDir::toNativeSeparators(o->storePath));
    m_summary[1]->setText(tr("%1 (subdomain %2)").arg(o->site.name, o->site.subdomain));
    m_summary[2]->setText(tr("%1, site administrator").arg(o->admin.username));
    m_summary[3]->setText(o->profileName);
    if (o->keychain.status == Keychain::Status::Ok) {
        showHintIn(m_keychain, tr("The key is saved in your keychain for this profile: KeyDesk "
                                  "signs in with it from now on."));
        return;
    }
    const QString why = o->keychain.status == Keychain::Status::Unavailable
                            ? tr("No keychain is available (no Secret Service is running).")
                            : tr("The keychain refused to store the key.");
    showErrorIn(m_keychain, why + QLatin1Char(' ') +
                                tr("KeyDesk did not save the key, and never stores it in "
                                   "plaintext: keep it yourself. You will be asked for it each "
                                   "time KeyDesk starts."));
}

} // namespace keydesk::ui
