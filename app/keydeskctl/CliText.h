// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace keydesk::cli {

// keydeskctl's words for humans, translated (lupdate context "keydeskctl"): Tr::tr("..."), or
// QT_TRANSLATE_NOOP("keydeskctl", "...") where the text is looked up later. JSON output, option
// and command names, and values a script matches (active, site_wide, ...) stay as they are.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(keydeskctl)
};

} // namespace keydesk::cli
