// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Placeholder of the console library until the console lands (issue #3).
namespace keydesk::ui {
QString applicationDisplayName();
} // namespace keydesk::ui
