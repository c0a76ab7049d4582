// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiInfo.h"

#include <QCoreApplication>

namespace keydesk::ui {

QString applicationDisplayName()
{
    return QCoreApplication::translate("KeyDesk", "KeyDesk");
}

} // namespace keydesk::ui
