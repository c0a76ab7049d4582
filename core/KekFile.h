// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "SecretBox.h"

#include <QString>

namespace keydesk {

// KEKs kept outside the database: a file readable by its owner only (mode 0600), one
// "<kek-id> <base64 of 32 bytes>" per line, the first line current; or the environment
// variable KEYDESK_KEK="<kek-id>:<base64>[,<kek-id>:<base64>...]", the first entry current.
// The console's keychain copy arrives with the GUI.
namespace KekFile {
Result<KekRing> load(const QString& path);
Result<KekRing> create(const QString& path); // refuses to overwrite an existing file
Result<KekRing> fromEnvironment();           // empty ring when KEYDESK_KEK is not set
// Replaces the existing file `path` with `ring` (current first), atomically: a new file with
// mode 0600 and the old file's owner and group is written beside it, fsync'ed and renamed over
// it, and the directory is fsync'ed. A crash leaves the old file or the new one, never a mix.
Result<void> replace(const QString& path, const KekRing& ring);
} // namespace KekFile

} // namespace keydesk
