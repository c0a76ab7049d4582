// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AddProfileDialog.h"
#include "Bootstrap.h"
#include "Keychain.h"
#include "MainWindow.h"
#include "ProfileStore.h"

#include <QWizard>
#include <optional>

namespace keydesk::ui {

class SecretStore;
class StorePage;

// First run, with no connection profile: explains KeyDesk, creates a local store (site, its
// first administrator and that administrator's API key), saves a profile for it and keeps the
// key in the profile's keychain entry. It never overwrites an existing file: a store that
// exists already can be picked instead, and the console then asks for its key. Finish (or
// closing the wizard once the store exists) hands the key to the console, which reveals it
// once. Nothing is ever written in plaintext.
// Pages: StorePage, SitePage, DonePage (FirstRunPages.h); buttons via QWizard::button(), with
// objectNames nextButton, backButton, commitButton, finishButton, cancelButton.
class FirstRunWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { StorePageId, SitePageId, DonePageId };

    // What a created store leaves for the console.
    struct Outcome {
        QString profileName;
        QString storeLocation; // "sqlite:/path"
        QString storePath;
        Site site;
        User admin;
        std::optional<ConsoleSession> session; // signed in as the admin; empty if that failed
        CreatedKey adminKey;                   // to reveal once
        Keychain::Outcome keychain;            // how saving the key went
    };

    FirstRunWizard(ProfileStore& profiles, SecretStore& secrets, const QString& defaultStorePath,
                   QWidget* parent = nullptr);
    ~FirstRunWizard() override;

    bool hasCreatedStore() const { return m_outcome.has_value(); }
    const Outcome* outcome() const { return m_outcome ? &*m_outcome : nullptr; }
    std::optional<Outcome> takeOutcome();
    // The existing store was chosen: its profile is saved (and current), no key is known yet.
    QString existingStoreProfile() const { return m_existingProfile; }

    // Called by the pages. Each returns an empty string on success, else the error to show.
    QString createStore(const InitRequest& request);
    QString useExistingStore(const QString& path);
    // Asks for a server or PostgreSQL profile (AddProfileDialog); once it is saved the wizard
    // ends and existingStoreProfile() names it.
    void connectShared(AddProfileDialog::Kind kind);

public slots:
    void reject() override; // once the store exists, closing means Finish: the key must be seen

private:
    QString storePath() const;
    QString saveProfile(const QString& preferredName, const QString& storeUrl);
    void nameButtons();

    ProfileStore& m_profiles;
    SecretStore& m_secrets;
    StorePage* m_storePage = nullptr;
    std::optional<Outcome> m_outcome;
    QString m_existingProfile;
};

} // namespace keydesk::ui
