// SPDX-License-Identifier: GPL-3.0-or-later
#include "S3Secret.h"

#include "Logging.h"

namespace keydesk {

namespace {
Error secretError(const Text& message)
{
    return makeError(ErrorCode::StoreFailure, message, QStringLiteral("internal-server-error"));
}

// The associated data: the Access Key ID the box belongs to (a box copied to another key, or a
// changed id, fails to open).
QByteArray aad(const ApiKey& key)
{
    return key.s3AccessKeyId.toLatin1();
}

// A stored KEK id fit for a message: ids are [A-Za-z0-9._-]; anything else was damaged.
QString shownKekId(const QString& id)
{
    return KekRing::isValidId(id) ? id : QStringLiteral("(damaged id)");
}

bool isBase62(const SecretBytes& secret)
{
    for (const char c : secret.view()) {
        const bool ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        if (!ok)
            return false;
    }
    return true;
}
} // namespace

Result<SecretBytes> S3Secret::open(const KekRing& keks, const ApiKey& key)
{
    if (!key.isS3() || key.s3SecretSealed.isEmpty())
        return std::unexpected(secretError(translatable(
            QT_TRANSLATE_NOOP("keydesk::Error", "API key #%1 has no S3 credentials"), key.id)));
    const Kek* kek = KekRing::isValidId(key.s3KekId) ? keks.find(key.s3KekId) : nullptr;
    if (!kek) {
        qCWarning(lcCrypto) << "S3 secret of key" << key.id << "is sealed under KEK"
                            << shownKekId(key.s3KekId) << "which is not configured";
        return std::unexpected(secretError(translatable(
            QT_TRANSLATE_NOOP("keydesk::Error", "The key-encryption key %1 is not configured"),
            shownKekId(key.s3KekId))));
    }
    auto opened = SecretBox::open(*kek, key.s3SecretSealed, aad(key));
    if (!opened || opened->size() != kSecretLength || !isBase62(*opened)) {
        qCWarning(lcCrypto) << "S3 secret of key" << key.id << "failed authentication";
        return std::unexpected(secretError(translatable(
            QT_TRANSLATE_NOOP("keydesk::Error",
                              "The S3 secret of API key #%1 failed authentication (damaged or "
                              "tampered with)"),
            key.id)));
    }
    return std::move(*opened);
}

Result<S3Secret::Sealed> S3Secret::seal(const KekRing& keks, const ApiKey& key,
                                        const SecretBytes& secret)
{
    const Kek* kek = keks.current();
    if (!kek)
        return fail(ErrorCode::Unsupported,
                    translatable(QT_TRANSLATE_NOOP(
                        "keydesk::Error",
                        "No key-encryption key is configured, so S3 keys cannot be created")));
    if (!key.isS3())
        return std::unexpected(secretError(translatable(
            QT_TRANSLATE_NOOP("keydesk::Error", "API key #%1 has no S3 credentials"), key.id)));
    auto sealed = SecretBox::seal(*kek, secret.view(), aad(key));
    if (!sealed)
        return std::unexpected(sealed.error());
    return Sealed{*sealed, kek->id};
}

} // namespace keydesk
