// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyMinter.h"

#include "Crypto.h"
#include "KeyFormat.h"

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
    const Kek* kek = keks ? keks->current() : nullptr;
    if (!kek)
        return fail(
            ErrorCode::Unsupported,
            QStringLiteral("No key-encryption key is configured, so S3 keys cannot be created"));
    out.key.s3AccessKeyId = newAccessKeyId();
    out.s3Secret = crypto::randomString(crypto::kBase62, 40);
    auto sealed = SecretBox::seal(*kek, out.s3Secret.view(), out.key.s3AccessKeyId.toLatin1());
    if (!sealed)
        return std::unexpected(sealed.error());
    out.key.s3SecretSealed = *sealed;
    out.key.s3KekId = kek->id;
    return out;
}

} // namespace keydesk
