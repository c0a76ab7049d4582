// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "Error.h"
#include "SecretBox.h"
#include "Store.h"

#include <QStringList>
#include <functional>

namespace keydesk {

// What a rotation did: KEK ids and counts, never key material.
struct KekRotationSummary {
    QString currentKekId;
    bool newKey = false;       // a new KEK was generated and made current
    int resealed = 0;          // S3 secrets re-sealed under the current KEK
    int alreadyCurrent = 0;    // S3 secrets that were sealed under it already
    QStringList keptKekIds;    // older KEKs still configured
    QStringList retiredKekIds; // older KEKs dropped because no stored secret uses them
};

// Rotation of the key-encryption keys that seal S3 secrets (R6) at rest. Re-sealing opens each
// S3 secret with the KEK it names (S3Secret::open) and seals it again under the ring's current
// KEK, all in ONE store transaction that also writes a "kek.rotate" audit event. Audit events
// belong to a site, and a KEK to the whole store: the event goes to the store's primary site,
// with no actor (the operator ran a command, no API key was used).
namespace KekRotation {

// Re-seals every S3 secret not sealed under `ring`'s current KEK. Any secret that does not open
// (its KEK missing from the ring, or tampered with) fails the call and the store is unchanged.
// `beforeCommit` runs inside the transaction once every secret is re-sealed; its failure rolls
// everything back.
Result<KekRotationSummary> reseal(Store& store, const KekRing& ring, Clock clock = systemClock(),
                                  const std::function<Result<void>()>& beforeCommit = {});

struct FileOptions {
    bool newKey = true;     // false: re-seal under the file's current KEK, generate nothing
    bool retireOld = false; // afterwards, drop the older KEKs that no stored secret uses
};

// Rotates the KEK file `kekFile` of `store`: generates a new KEK, re-seals every S3 secret under
// it, and replaces the file (new key first, the old ones kept; KekFile::replace) inside the
// transaction, just before the commit. So a failure before the file is written leaves store and
// file as they were, and a failed commit leaves the store as it was and a file that still holds
// the old KEKs: every secret opens either way, and running again with newKey false finishes
// the job. With retireOld, retireUnused runs once the re-seal has committed.
Result<KekRotationSummary> rotateFile(Store& store, const QString& kekFile, FileOptions options,
                                      Clock clock = systemClock());

// Drops from `kekFile` every KEK but the current one that no stored S3 secret is sealed under,
// checked and written inside a store transaction (no key can be sealed meanwhile by a process
// that has this file loaded), with a "kek.retire" audit event when any is dropped. Returns the
// dropped ids. A process still running with an older copy of the file may seal new secrets
// under a retired KEK: retire only once every process has loaded the rotated file.
Result<QStringList> retireUnused(Store& store, const QString& kekFile, Clock clock = systemClock());

} // namespace KekRotation

} // namespace keydesk
