// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "SecretBox.h"

#include <QString>

namespace keydesk {

// KEKs kept outside the database: a file readable by its owner only (mode 0600), one
// "<kek-id> <base64 of 32 bytes>" per line, the first line current; or the environment
// variable KEYDESK_KEK="<kek-id>:<base64>". The console's keychain copy arrives with the GUI.
namespace KekFile {
Result<KekRing> load(const QString& path);
Result<KekRing> create(const QString& path); // refuses to overwrite an existing file
Result<KekRing> fromEnvironment();           // empty ring when KEYDESK_KEK is not set
} // namespace KekFile

} // namespace keydesk
