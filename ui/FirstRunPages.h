// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Bootstrap.h"

#include <QList>
#include <QWizardPage>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace keydesk::ui {

class FirstRunWizard;

// The pages of FirstRunWizard; only the wizard creates them.

// Page 1: what KeyDesk is, and where the new local store goes (the default path, editable,
// with Browse). An existing file is never overwritten: Next stays disabled, and the page
// offers to use that file as the store instead (the wizard then ends, and the console asks for
// one of its API keys).
// It also connects to a store the team shares (a server or PostgreSQL profile, as in
// Connection Profiles); the wizard then ends and the console signs in with that profile.
// objectNames: introLabel, storePathEdit, browseButton, storePathStatusLabel,
// useExistingButton, connectServerButton, connectPostgresButton.
class StorePage : public QWizardPage {
    Q_OBJECT

public:
    StorePage(const QString& defaultPath, FirstRunWizard* wizard);

    QString storePath() const;
    bool isComplete() const override;

private slots:
    void updateStatus();
    void browse();
    void useExisting();

private:
    void build(const QString& defaultPath);
    QHBoxLayout* buildSharedRow();
    QString pathProblem() const; // empty when a new store can be created there

    FirstRunWizard* m_wizard;
    QLineEdit* m_path = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_useExisting = nullptr;
};

// Page 2: the site and its first administrator, validated as typed; "Create Store" (a commit
// page: there is no way back once the store exists).
// objectNames: siteNameEdit, subdomainEdit, adminEdit, validationLabel.
class SitePage : public QWizardPage {
    Q_OBJECT

public:
    explicit SitePage(FirstRunWizard* wizard);

    InitRequest request() const;
    bool isComplete() const override;
    bool validatePage() override;

private slots:
    void revalidate();
    void suggestSubdomain(const QString& siteName);

private:
    void build();
    QString firstProblem() const; // empty when every field is valid

    FirstRunWizard* m_wizard;
    QLineEdit* m_siteName = nullptr;
    QLineEdit* m_subdomain = nullptr;
    QLineEdit* m_admin = nullptr;
    QLabel* m_validation = nullptr;
    bool m_subdomainEdited = false;
    bool m_valid = false;
};

// Page 3: what was created, whether the key is in the keychain, and that Finish shows the
// admin key (once). objectNames: summaryStoreLabel, summarySiteLabel, summaryAdminLabel,
// summaryProfileLabel, keychainLabel, revealNoteLabel.
class DonePage : public QWizardPage {
    Q_OBJECT

public:
    explicit DonePage(FirstRunWizard* wizard);
    void initializePage() override;

private:
    FirstRunWizard* m_wizard;
    QList<QLabel*> m_summary; // store file, site, administrator, profile
    QLabel* m_keychain = nullptr;
};

} // namespace keydesk::ui
