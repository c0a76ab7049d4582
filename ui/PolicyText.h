// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccessPolicy.h"
#include "Error.h"

#include <QString>

namespace keydesk::ui {

// The user's words for the policy's refusals and core errors (translated; core stays English).
QString reasonText(DenyReason reason);
// A more specific wording for Action::CreateKey refusals, e.g. "Only site administrators can
// create site-wide keys"; other reasons read as reasonText().
QString createKeyReasonText(DenyReason reason, KeyKind kind);
QString errorText(const Error& error);
// "site admin", "help desk", "user" in the user's language.
QString roleText(Role role);

} // namespace keydesk::ui
