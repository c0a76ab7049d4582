// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PermissionSet.h"

#include <QComboBox>

namespace keydesk::ui {

// The permission sets a key can be given (every set but `none`, which means disabled), with a
// tooltip per set. Used by the create and enable dialogs.
class PermissionSetCombo : public QComboBox {
    Q_OBJECT

public:
    explicit PermissionSetCombo(QWidget* parent = nullptr);

    PermissionSet permissionSet() const;
    void setPermissionSet(PermissionSet set);
};

// One line on what a key with `set` may do.
QString permissionSetDescription(PermissionSet set);

} // namespace keydesk::ui
