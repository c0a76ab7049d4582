// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKey.h"
#include "RotationGrace.h"

#include <QDialog>

class QComboBox;

namespace keydesk::ui {

// Confirms rolling a key and asks how long the old key keeps working (now, 1 h, 24 h, 7 days;
// default 24 h). objectNames: rollKeyDialog, graceCombo, buttonBox (OK: okButton).
class RollKeyDialog : public QDialog {
    Q_OBJECT

public:
    explicit RollKeyDialog(const ApiKey& key, QWidget* parent = nullptr);
    RotationGrace grace() const;

private:
    QComboBox* m_grace = nullptr;
};

} // namespace keydesk::ui
