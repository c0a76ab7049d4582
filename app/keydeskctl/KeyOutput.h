// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKey.h"
#include "Cli.h"
#include "Requests.h"

namespace keydesk::cli {

void printKey(Cli& cli, const ApiKey& key);
void printKeys(Cli& cli, const QList<ApiKey>& keys);
// The one output that carries secrets: the key (and S3 values), once (create, rotate).
void printCreated(Cli& cli, const CreatedKey& created);

} // namespace keydesk::cli
