// SPDX-License-Identifier: GPL-3.0-or-later
#include "SitePolicyDialog.h"

#include "PolicyText.h"
#include "Session.h"
#include "Validation.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace keydesk::ui {

SitePolicyDialog::SitePolicyDialog(Session& session, const Site& site, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_site(site)
{
    setWindowTitle(tr("Key Policy of %1").arg(site.name));
    resize(720, 460);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_usersCanCreate = new QCheckBox(tr("Users may create their own API keys"), this);
    m_usersCanCreate->setObjectName(QStringLiteral("usersCanCreateCheck"));
    m_maxOn = new QCheckBox(tr("Limit key lifetime to"), this);
    m_maxOn->setObjectName(QStringLiteral("maxLifetimeCheck"));
    m_maxDays = new QSpinBox(this);
    m_maxDays->setObjectName(QStringLiteral("maxLifetimeSpin"));
    m_maxDays->setRange(1, 36500);
    m_maxDays->setSuffix(tr(" days"));
    connect(m_maxOn, &QCheckBox::toggled, m_maxDays, &QWidget::setEnabled);
    auto* lifetime = new QHBoxLayout;
    lifetime->addWidget(m_maxOn);
    lifetime->addWidget(m_maxDays, 1);
    m_requireExpiry = new QCheckBox(tr("Every key must have an expiry date"), this);
    m_requireExpiry->setObjectName(QStringLiteral("requireExpiryCheck"));
    form->addRow(m_usersCanCreate);
    form->addRow(lifetime);
    form->addRow(m_requireExpiry);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Keys that break the saved policy (fix or revoke them; "
                                    "nothing is changed automatically):"),
                                 this));
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("violationTable"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Owner"), tr("Problem")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { showSelectedKey(); });
    layout->addWidget(m_table, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* showKey = buttons->addButton(tr("Show &Key"), QDialogButtonBox::ActionRole);
    showKey->setObjectName(QStringLiteral("showKeyButton"));
    auto* saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    connect(showKey, &QPushButton::clicked, this, [this] { showSelectedKey(); });
    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    showSettings(site.settings);
    loadViolations();
}

void SitePolicyDialog::showSettings(const SiteSettings& s)
{
    m_usersCanCreate->setChecked(s.usersCanCreateApiKeys);
    m_maxOn->setChecked(s.maxKeyLifetimeDays.has_value());
    m_maxDays->setValue(s.maxKeyLifetimeDays.value_or(365));
    m_maxDays->setEnabled(s.maxKeyLifetimeDays.has_value());
    m_requireExpiry->setChecked(s.requireKeyExpiry);
}

bool SitePolicyDialog::save()
{
    SiteSettingsUpdate u;
    u.usersCanCreateApiKeys = m_usersCanCreate->isChecked();
    u.requireKeyExpiry = m_requireExpiry->isChecked();
    u.maxKeyLifetimeDays =
        m_maxOn->isChecked() ? std::optional<int>(m_maxDays->value()) : std::optional<int>();
    if (m_maxOn->isChecked()) {
        if (auto ok = Validation::maxKeyLifetimeDays(m_maxDays->value()); !ok) {
            m_message->setText(errorText(ok.error()));
            return false;
        }
    }
    auto saved = m_session.updateSettings(m_site.id, u);
    if (!saved) {
        m_message->setText(errorText(saved.error()));
        return false;
    }
    m_site = *saved;
    showSettings(m_site.settings);
    const bool listed = loadViolations();
    if (listed)
        m_message->setText(m_violations.isEmpty()
                               ? tr("Saved. Every key follows the policy.")
                               : tr("Saved. %n key(s) break the policy; fix or revoke them.",
                                    nullptr, int(m_violations.size())));
    return true;
}

bool SitePolicyDialog::loadViolations()
{
    auto found = m_session.policyViolations(m_site.id);
    m_violations = found.value_or(QList<PolicyViolation>{});
    if (!found)
        m_message->setText(errorText(found.error()));
    m_table->setRowCount(int(m_violations.size()));
    for (int r = 0; r < m_violations.size(); ++r) {
        const PolicyViolation& v = m_violations.at(r);
        const QStringList cells{QStringLiteral("%1 (#%2)").arg(v.key.name).arg(v.key.id),
                                v.key.ownerName.isEmpty() ? tr("site-wide") : v.key.ownerName,
                                localizedText(v.explanationText(m_site.settings))};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, v.key.id);
            m_table->setItem(r, c, item);
        }
    }
    return found.has_value();
}

void SitePolicyDialog::showSelectedKey()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_violations.size())
        return;
    emit keyRequested(m_violations.at(row).key.id);
    accept();
}

} // namespace keydesk::ui
