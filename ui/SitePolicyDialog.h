// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PolicyViolation.h"
#include "Site.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace keydesk {
class Session;
}

namespace keydesk::ui {

// Site → Policy… (issue 6, site admins): the three key settings of a site, validated before
// they are sent, and the keys that break the policy as it is stored, listed for the admin to
// fix (never changed here). "Show Key" asks the main window to select one (keyRequested).
// objectNames: usersCanCreateCheck, maxLifetimeCheck, maxLifetimeSpin, requireExpiryCheck,
// violationTable, showKeyButton, saveButton, messageLabel.
class SitePolicyDialog : public QDialog {
    Q_OBJECT

public:
    SitePolicyDialog(Session& session, const Site& site, QWidget* parent = nullptr);

    bool save(); // false: refused or invalid, the reason in messageLabel
    bool loadViolations();
    const QList<PolicyViolation>& violations() const { return m_violations; }

signals:
    void keyRequested(qint64 keyId);

private:
    void showSettings(const SiteSettings& settings);
    void showSelectedKey();

    Session& m_session;
    Site m_site;
    QList<PolicyViolation> m_violations;
    QCheckBox* m_usersCanCreate = nullptr;
    QCheckBox* m_maxOn = nullptr;
    QSpinBox* m_maxDays = nullptr;
    QCheckBox* m_requireExpiry = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace keydesk::ui
