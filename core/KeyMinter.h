// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Requests.h"
#include "SecretBox.h"

namespace keydesk {

// Makes fresh key material: the key, its digest and display prefix, and for S3 keys an Access
// Key ID and a Secret Key sealed under the current KEK. Policy and storage are the caller's.
namespace KeyMinter {
Result<CreatedKey> mint(KeyKind kind, bool s3, const KekRing* keks);
QString newAccessKeyId(); // "KDAK" + 16 characters of [A-Z2-7]
} // namespace KeyMinter

} // namespace keydesk
