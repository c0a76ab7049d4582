// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoredSecret.h"

#include "LocalBackend.h"
#include "S3Secret.h"

namespace keydesk::clitest {

StoredSecret openStoredSecret(const QString& storeUrl, const QString& accessKeyId)
{
    StoredSecret out;
    auto url = StoreUrl::parse(storeUrl);
    if (!url) {
        out.error = url.error().message;
        return out;
    }
    auto backend = LocalBackend::open(*url);
    if (!backend) {
        out.error = backend.error().message;
        return out;
    }
    auto key = (*backend)->store().keyByAccessKeyId(accessKeyId);
    if (!key || !*key) {
        out.error = key ? QStringLiteral("no key with that Access Key ID") : key.error().message;
        return out;
    }
    out.kekId = (*key)->s3KekId;
    auto secret = S3Secret::open((*backend)->keks(), **key);
    if (!secret)
        out.error = secret.error().message;
    else
        out.secret = QByteArray(secret->data(), secret->size());
    return out;
}

} // namespace keydesk::clitest
