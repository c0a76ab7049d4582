// SPDX-License-Identifier: GPL-3.0-or-later
#include "Hardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace keydesk::Hardening {

void disableCoreDumps()
{
    struct rlimit none {
        0, 0
    };
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

} // namespace keydesk::Hardening
