// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKey.h"
#include "Cli.h"

namespace keydesk::cli {

void printKey(Cli& cli, const ApiKey& key);
void printKeys(Cli& cli, const QList<ApiKey>& keys);

} // namespace keydesk::cli
