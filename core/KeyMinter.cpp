// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyMinter.h"

#include "Crypto.h"
#include "KeyFormat.h"
#include "S3Secret.h"

namespace keydesk {

QString KeyMinter::newAccessKeyId()
{
    const SecretBytes random = crypto::randomString(crypto::kBase32, 16);
    return QStringLiteral("KDAK") + QString::fromLatin1(random.data(), random.size());
}

Result<CreatedKey> KeyMinter::mint(KeyKind kind, bool s3, const KekRing* keks)
{
    CreatedKey out;
    out.secret = KeyFormat::generate(kind);
    out.key.digest = crypto::sha256(out.secret.view());
    out.key.prefix = QString::fromLatin1(out.secret.data(), KeyFormat::kTypePrefixLength +
                                                                KeyFormat::kDisplayRandomChars);
    if (!s3)
        return out;
    const KekRing none;
    out.key.s3AccessKeyId = newAccessKeyId();
    out.s3Secret = crypto::randomString(crypto::kBase62, S3Secret::kSecretLength);
    auto sealed = S3Secret::seal(keks ? *keks : none, out.key, out.s3Secret);
    if (!sealed)
        return std::unexpected(sealed.error());
    out.key.s3SecretSealed = sealed->sealed;
    out.key.s3KekId = sealed->kekId;
    return out;
}

} // namespace keydesk
