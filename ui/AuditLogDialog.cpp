// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLogDialog.h"

#include "AuditCsv.h"
#include "PolicyText.h"
#include "Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace keydesk::ui {

namespace {
constexpr int kMaxEvents = 10000;

QString userName(const QList<User>& users, const std::optional<qint64>& id)
{
    if (!id)
        return AuditLogDialog::tr("site-wide key");
    for (const User& u : users) {
        if (u.id == *id)
            return u.username;
    }
    return QStringLiteral("#%1").arg(*id);
}
} // namespace

AuditLogDialog::AuditLogDialog(Session& session, qint64 siteId, const QList<User>& users,
                               QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_siteId(siteId)
    , m_users(users)
{
    setWindowTitle(tr("Audit Log"));
    resize(900, 520);
    auto* layout = new QVBoxLayout(this);
    buildFilters();
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("eventTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("Actor"), tr("Action"), tr("Key"), tr("Details")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* exportButton = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    connect(exportButton, &QPushButton::clicked, this, &AuditLogDialog::chooseExportFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(findChild<QWidget*>(QStringLiteral("filterBox")));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    reload();
}

void AuditLogDialog::buildFilters()
{
    auto* box = new QWidget(this);
    box->setObjectName(QStringLiteral("filterBox"));
    auto* form = new QFormLayout(box);
    m_actor = new QComboBox(box);
    m_actor->setObjectName(QStringLiteral("actorCombo"));
    m_actor->addItem(tr("Anyone"), qint64(0));
    for (const User& u : std::as_const(m_users))
        m_actor->addItem(u.username, u.id);
    m_key = new QLineEdit(box);
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_key->setPlaceholderText(tr("key id, e.g. 7"));
    m_action = new QLineEdit(box);
    m_action->setObjectName(QStringLiteral("actionEdit"));
    m_action->setPlaceholderText(tr("e.g. key.revoke"));
    const auto range = [&](const char* check, const char* edit, const QString& text, int days,
                           QCheckBox*& on, QDateTimeEdit*& when) {
        auto* row = new QHBoxLayout;
        on = new QCheckBox(text, box);
        on->setObjectName(QString::fromLatin1(check));
        when = new QDateTimeEdit(QDateTime::currentDateTime().addDays(days), box);
        when->setObjectName(QString::fromLatin1(edit));
        when->setCalendarPopup(true);
        row->addWidget(on);
        row->addWidget(when, 1);
        return row;
    };
    auto* times = new QHBoxLayout;
    times->addLayout(range("sinceCheck", "sinceEdit", tr("From"), -7, m_sinceOn, m_since));
    times->addLayout(range("untilCheck", "untilEdit", tr("Before"), 1, m_untilOn, m_until));
    auto* apply = new QPushButton(tr("&Apply"), box);
    apply->setObjectName(QStringLiteral("applyButton"));
    apply->setDefault(true);
    connect(apply, &QPushButton::clicked, this, [this] { reload(); });
    times->addWidget(apply);
    form->addRow(tr("&Actor:"), m_actor);
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("Ac&tion:"), m_action);
    form->addRow(tr("Time:"), times);
}

AuditQuery AuditLogDialog::query() const
{
    AuditQuery q;
    q.siteId = m_siteId;
    q.limit = 1000;
    if (const qint64 actor = m_actor->currentData().toLongLong(); actor > 0)
        q.actorUserId = actor;
    bool ok = false;
    if (const qint64 key = m_key->text().trimmed().toLongLong(&ok); ok && key > 0)
        q.keyId = key;
    q.action = m_action->text().trimmed();
    if (m_sinceOn->isChecked())
        q.since = m_since->dateTime().toUTC();
    if (m_untilOn->isChecked())
        q.until = m_until->dateTime().toUTC();
    return q;
}

bool AuditLogDialog::reload()
{
    AuditQuery q = query();
    m_events.clear();
    do {
        auto page = m_session.audit(q);
        if (!page) {
            m_count->setText(errorText(page.error()));
            fill();
            return false;
        }
        m_events << page->events;
        q.cursor = page->nextCursor;
    } while (!q.cursor.isEmpty() && m_events.size() < kMaxEvents);
    fill();
    m_count->setText(tr("%n event(s)", nullptr, int(m_events.size())));
    return true;
}

void AuditLogDialog::fill()
{
    m_table->setRowCount(int(m_events.size()));
    for (int r = 0; r < m_events.size(); ++r) {
        const AuditEvent& e = m_events.at(r);
        const QStringList cells{
            QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat),
            userName(m_users, e.actorUserId), e.action,
            e.targetKeyId ? QStringLiteral("#%1").arg(*e.targetKeyId) : QString(),
            QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact))};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
}

bool AuditLogDialog::exportCsv(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(AuditCsv::document(m_events).toUtf8()) >= 0;
}

void AuditLogDialog::chooseExportFile()
{
    auto* chooser =
        new QFileDialog(this, tr("Export Audit Log"), QString(), tr("CSV files (*.csv)"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setDefaultSuffix(QStringLiteral("csv"));
    chooser->setObjectName(QStringLiteral("exportFileDialog"));
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString& path) {
        m_count->setText(exportCsv(path)
                             ? tr("Exported %n event(s).", nullptr, int(m_events.size()))
                             : tr("Could not write %1").arg(path));
    });
    chooser->open();
}

} // namespace keydesk::ui
