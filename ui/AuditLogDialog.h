// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditEvent.h"
#include "KeyQuery.h"
#include "User.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace keydesk {
class Session;
}

namespace keydesk::ui {

// The audit log viewer (issue 6, E2): what the principal may read, filtered by actor, key,
// action and time range in the store, newest first, and exported as CSV (core AuditCsv).
// objectNames: actorCombo, keyEdit, actionEdit, sinceCheck, sinceEdit, untilCheck, untilEdit,
// applyButton, exportButton, eventTable, countLabel.
class AuditLogDialog : public QDialog {
    Q_OBJECT

public:
    AuditLogDialog(Session& session, qint64 siteId, const QList<User>& users,
                   QWidget* parent = nullptr);

    AuditQuery query() const; // the filters as they stand
    const QList<AuditEvent>& events() const { return m_events; }
    bool reload();                             // false: the error is shown in countLabel
    bool exportCsv(const QString& path) const; // what the table shows

private:
    void buildFilters();
    void fill();
    void chooseExportFile();

    Session& m_session;
    qint64 m_siteId;
    QList<User> m_users;
    QList<AuditEvent> m_events;
    QComboBox* m_actor = nullptr;
    QLineEdit* m_key = nullptr;
    QLineEdit* m_action = nullptr;
    QCheckBox* m_sinceOn = nullptr;
    QDateTimeEdit* m_since = nullptr;
    QCheckBox* m_untilOn = nullptr;
    QDateTimeEdit* m_until = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace keydesk::ui
