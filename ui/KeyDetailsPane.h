// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKey.h"
#include "Clock.h"
#include "Session.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace keydesk::ui {

// The selected key: descriptive label, metadata, description and its audit trail (E2).
// objectNames: detailsPane, detailsTitle, detailsDescription, auditTrail.
class KeyDetailsPane : public QWidget {
    Q_OBJECT

public:
    explicit KeyDetailsPane(Clock clock, QWidget* parent = nullptr);

    void showKey(const std::optional<ApiKey>& key, Session* session);
    void showSelectionCount(int count);
    void setUserNames(QHash<qint64, QString> names) { m_userNames = std::move(names); }

private:
    void setField(int row, const QString& value);
    void loadAuditTrail(const ApiKey& key, Session* session);

    Clock m_clock;
    QLabel* m_title = nullptr;
    QFormLayout* m_form = nullptr;
    QList<QLabel*> m_values;
    QPlainTextEdit* m_description = nullptr;
    QTreeWidget* m_audit = nullptr;
    QHash<qint64, QString> m_userNames;
};

} // namespace keydesk::ui
