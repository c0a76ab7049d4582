// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace keydesk::Hardening {
// Called first thing by every executable: no core dumps (they would hold keys) and no ptrace
// attach by other processes of the same user.
void disableCoreDumps();
} // namespace keydesk::Hardening
