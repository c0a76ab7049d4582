// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstRunWizard.h"

#include "FirstRunPages.h"
#include "LocalBackend.h"
#include "PolicyText.h"
#include "SecretStore.h"

#include <QAbstractButton>
#include <QFileInfo>
#include <QIcon>

// The icons live in keydesk-ui, a static library: make sure its resources are linked in.
static void initKeyDeskResources()
{
    Q_INIT_RESOURCE(keydesk);
}

namespace keydesk::ui {

FirstRunWizard::FirstRunWizard(ProfileStore& profiles, SecretStore& secrets,
                               const QString& defaultStorePath, QWidget* parent)
    : QWizard(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{
    initKeyDeskResources();
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("KeyDesk Setup"));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoCancelButtonOnLastPage | QWizard::NoBackButtonOnLastPage);
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/icons/keydesk.svg")).pixmap(48, 48));
    m_storePage = new StorePage(defaultStorePath, this);
    setPage(StorePageId, m_storePage);
    setPage(SitePageId, new SitePage(this));
    setPage(DonePageId, new DonePage(this));
    setStartId(StorePageId);
    nameButtons();
    setMinimumSize(620, 460);
}

FirstRunWizard::~FirstRunWizard() = default;

void FirstRunWizard::nameButtons()
{
    const std::pair<WizardButton, const char*> names[] = {
        {NextButton, "nextButton"},     {BackButton, "backButton"},
        {CommitButton, "commitButton"}, {FinishButton, "finishButton"},
        {CancelButton, "cancelButton"},
    };
    for (const auto& [which, name] : names)
        button(which)->setObjectName(QLatin1String(name));
}

std::optional<FirstRunWizard::Outcome> FirstRunWizard::takeOutcome()
{
    std::optional<Outcome> taken = std::move(m_outcome);
    m_outcome.reset();
    return taken;
}

QString FirstRunWizard::storePath() const
{
    return m_storePage->storePath();
}

QString FirstRunWizard::saveProfile(const QString& preferredName, const QString& storeUrl)
{
    for (const QString& name : {preferredName.trimmed().left(64), QStringLiteral("Local")}) {
        if (!name.isEmpty() && m_profiles.save(Profile{name, storeUrl})) {
            m_profiles.setCurrent(name);
            return name;
        }
    }
    return {};
}

QString FirstRunWizard::createStore(const InitRequest& request)
{
    if (m_outcome)
        return {};
    const QString path = storePath();
    if (QFileInfo::exists(path))
        return tr("A file already exists at %1, and KeyDesk never overwrites one. Go back and "
                  "choose another path.")
            .arg(path);
    const auto url = StoreUrl::parse(path);
    if (!url)
        return errorText(url.error());
    auto init = LocalBackend::initialize(*url, request);
    if (!init)
        return errorText(init.error());
    auto& [backend, result] = *init;

    // From here on the store exists: whatever else fails, the admin key must still be shown.
    Outcome o;
    o.storeLocation = url->toString();
    o.storePath = url->path;
    o.site = result.site;
    o.admin = result.admin;
    o.profileName = saveProfile(result.site.name, o.storeLocation);
    o.keychain = o.profileName.isEmpty() ? Keychain::Outcome{Keychain::Status::Failed, {}}
                                         : m_secrets.write(Keychain::profileKeyEntry(o.profileName),
                                                           result.adminKey.secret);
    if (auto session = backend->signIn(result.adminKey.secret.view()))
        o.session = ConsoleSession{std::move(backend), std::move(*session), o.profileName};
    o.adminKey = std::move(result.adminKey);
    m_outcome = std::move(o);
    return {};
}

QString FirstRunWizard::useExistingStore(const QString& path)
{
    const auto url = StoreUrl::parse(path);
    if (!url)
        return errorText(url.error());
    m_existingProfile = saveProfile(QStringLiteral("Local"), url->toString());
    if (m_existingProfile.isEmpty())
        return tr("The connection profile could not be saved.");
    return {};
}

void FirstRunWizard::connectShared(AddProfileDialog::Kind kind)
{
    auto* dialog = new AddProfileDialog(m_profiles, m_secrets, kind, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_existingProfile = dialog->profileName();
        m_profiles.setCurrent(m_existingProfile);
        accept();
    });
    dialog->open();
}

void FirstRunWizard::reject()
{
    if (m_outcome)
        accept();
    else
        QWizard::reject();
}

} // namespace keydesk::ui
