// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Cli.h"
#include "SecretBytes.h"

#include <QJsonObject>
#include <initializer_list>
#include <utility>

namespace keydesk::cli {

// Prints `meta` as JSON with the secret fields spliced in from wiped memory, so no secret
// passes through QJsonObject/QString buffers that are never cleansed. Secret values are
// base62 and need no escaping. An empty secret is printed as null.
void printCreatedJson(Cli& cli, const QJsonObject& meta,
                      std::initializer_list<std::pair<const char*, const SecretBytes*>> secrets);

} // namespace keydesk::cli
