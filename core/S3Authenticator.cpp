// SPDX-License-Identifier: GPL-3.0-or-later
#include "S3Authenticator.h"

#include "Logging.h"
#include "S3Secret.h"

namespace keydesk {

namespace {
std::unexpected<S3AuthError> refuse(S3AuthFailure failure, const QString& message)
{
    return std::unexpected(S3AuthError{failure, message});
}

S3AuthFailure failureOf(sigv4::Failure failure)
{
    switch (failure) {
    case sigv4::Failure::MissingAuthentication:
        return S3AuthFailure::MissingAuthentication;
    case sigv4::Failure::Malformed:
    case sigv4::Failure::UnsupportedAlgorithm:
        return S3AuthFailure::Malformed;
    case sigv4::Failure::RequestTimeTooSkewed:
        return S3AuthFailure::RequestTimeTooSkewed;
    case sigv4::Failure::Expired:
        return S3AuthFailure::AccessDenied;
    case sigv4::Failure::SignatureDoesNotMatch:
        return S3AuthFailure::SignatureDoesNotMatch;
    }
    return S3AuthFailure::AccessDenied;
}

const QString kUnknownKey =
    QStringLiteral("The AWS Access Key Id you provided does not exist in our records");
} // namespace

S3Authenticator::S3Authenticator(Store& store, const KekRing& keks, Authenticator& authenticator,
                                 Clock clock, std::function<bool()> reloadKeks)
    : m_store(store)
    , m_keks(keks)
    , m_auth(authenticator)
    , m_clock(std::move(clock))
    , m_reloadKeks(std::move(reloadKeks))
{}

std::expected<Principal, S3AuthError>
S3Authenticator::authenticate(const sigv4::HttpRequest& request, qint64 siteId)
{
    auto auth = sigv4::parseAuthorization(request);
    if (!auth)
        return refuse(failureOf(auth.error().failure), auth.error().message);
    if (auth->service != "s3")
        return refuse(S3AuthFailure::Malformed,
                      QStringLiteral("The credential scope must name the service s3"));
    if (!auth->presigned && !sigv4::unsignedAmzHeaders(request, *auth).isEmpty())
        return refuse(S3AuthFailure::AccessDenied,
                      QStringLiteral("There were headers present in the request which were not "
                                     "signed"));
    const QString accessKeyId = QString::fromLatin1(auth->accessKeyId);
    auto found = m_store.keyByAccessKeyId(accessKeyId);
    if (!found) {
        qCWarning(lcAuth) << "S3 key lookup failed";
        return refuse(S3AuthFailure::Unavailable, QStringLiteral("The store could not be read"));
    }
    if (!*found || (*found)->s3AccessKeyId != accessKeyId)
        return refuse(S3AuthFailure::InvalidAccessKeyId, kUnknownKey); // R8: revoked = gone
    ApiKey& key = **found;
    if (key.siteId != siteId) // R10: before the secret is even opened
        return refuse(S3AuthFailure::InvalidAccessKeyId, kUnknownKey);

    if (!m_keks.find(key.s3KekId) && mayReload() && m_reloadKeks())
        qCInfo(lcAuth) << "key-encryption keys read again for key" << key.id;
    auto secret = S3Secret::open(m_keks, key); // logs the key and KEK ids, never the secret
    if (!secret)
        return refuse(S3AuthFailure::Internal,
                      QStringLiteral("The credentials cannot be checked on this server"));
    auto verified = sigv4::verify(request, *auth, *secret, m_clock());
    secret->clear();
    if (!verified)
        return refuse(failureOf(verified.error().failure), verified.error().message);
    return checkKey(key, siteId);
}

// At most one read of the KEK file per few seconds: a key whose KEK is really missing must not
// turn every request naming it into file I/O.
bool S3Authenticator::mayReload()
{
    constexpr qint64 kMinIntervalMs = 5000;
    if (!m_reloadKeks || (m_lastReload.isValid() && m_lastReload.elapsed() < kMinIntervalMs))
        return false;
    m_lastReload.start();
    return true;
}

std::expected<Principal, S3AuthError> S3Authenticator::checkKey(const ApiKey& key, qint64 siteId)
{
    KeyWithOwner found{key, std::nullopt};
    if (key.userId) {
        auto owner = m_store.user(*key.userId);
        if (!owner)
            return refuse(S3AuthFailure::Unavailable,
                          QStringLiteral("The store could not be read"));
        found.owner = *owner;
    }
    auto principal = m_auth.check(found, siteId);
    if (!principal) {
        qCInfo(lcAuth) << "S3 key" << key.id << "refused:" << principal.error().error.message;
        if (principal.error().failure == AuthFailure::StoreFailure)
            return refuse(S3AuthFailure::Unavailable, principal.error().error.message);
        return refuse(S3AuthFailure::AccessDenied, principal.error().error.message);
    }
    if (!covers(key.permissionSet, PermissionSet::FilesOnly)) // S3 is file access
        return refuse(S3AuthFailure::AccessDenied,
                      QStringLiteral("The key's permission set %1 does not allow file access")
                          .arg(nameOf(key.permissionSet)));
    m_auth.noteUse(found.key);
    return *principal;
}

} // namespace keydesk
