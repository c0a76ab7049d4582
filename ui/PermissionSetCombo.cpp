// SPDX-License-Identifier: GPL-3.0-or-later
#include "PermissionSetCombo.h"

#include <QCoreApplication>

namespace keydesk::ui {

QString permissionSetDescription(PermissionSet set)
{
    switch (set) {
    case PermissionSet::None:
        return QCoreApplication::translate("PermissionSet", "Disabled: the key authenticates "
                                                            "nothing");
    case PermissionSet::Full:
        return QCoreApplication::translate("PermissionSet",
                                           "Everything its owner may do, including managing keys");
    case PermissionSet::FilesOnly:
        return QCoreApplication::translate("PermissionSet",
                                           "File operations only; no key or site management");
    case PermissionSet::DesktopApp:
        return QCoreApplication::translate("PermissionSet", "For the desktop app only");
    case PermissionSet::SyncApp:
        return QCoreApplication::translate("PermissionSet", "For the sync app only");
    case PermissionSet::OfficeIntegration:
        return QCoreApplication::translate("PermissionSet", "For the office integration only");
    case PermissionSet::MobileApp:
        return QCoreApplication::translate("PermissionSet", "For the mobile app only");
    }
    return {};
}

PermissionSetCombo::PermissionSetCombo(QWidget* parent)
    : QComboBox(parent)
{
    for (const QString& name : permissionSetNames()) {
        const std::optional<PermissionSet> set = parsePermissionSet(name);
        if (!set || *set == PermissionSet::None)
            continue;
        addItem(name, static_cast<int>(*set));
        setItemData(count() - 1, permissionSetDescription(*set), Qt::ToolTipRole);
    }
    setPermissionSet(PermissionSet::Full);
    connect(this, &QComboBox::currentIndexChanged, this,
            [this] { setToolTip(permissionSetDescription(permissionSet())); });
    setToolTip(permissionSetDescription(permissionSet()));
}

PermissionSet PermissionSetCombo::permissionSet() const
{
    return static_cast<PermissionSet>(currentData().toInt());
}

void PermissionSetCombo::setPermissionSet(PermissionSet set)
{
    const int index = findData(static_cast<int>(set));
    if (index >= 0)
        setCurrentIndex(index);
}

} // namespace keydesk::ui
