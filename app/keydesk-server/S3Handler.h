// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Principal.h"
#include "S3ObjectStore.h"

#include <QHostAddress>

namespace keydesk {
class LocalBackend;
class S3Authenticator;
} // namespace keydesk

namespace keydesk::server {
class RateLimiter;
class SiteResolver;
} // namespace keydesk::server

namespace keydesk::server::s3 {

enum class Operation {
    ListBuckets,
    HeadBucket,
    GetBucketLocation,
    ListObjectsV2,
    GetObject,
    HeadObject,
    PutObject,
    DeleteObject,
    DeleteObjects,
    CreateMultipartUpload,
    UploadPart,
    CompleteMultipartUpload,
    AbortMultipartUpload,
};

// One request on its way through the handler.
struct Call {
    HttpHead head;
    QHostAddress peer;
    QByteArray requestId;
    // Set by S3Handler::begin():
    qint64 siteId = 0;
    Principal principal;
    QString accessKeyId;
    Operation operation = Operation::ListBuckets;
    QString bucket;
    QString key;
    QueryItems query;
};

// Where a request body goes while it arrives.
enum class BodySink { None, Memory, File };

struct Start {
    std::optional<HttpResponse> response; // answered without a body (or refused)
    BodySink sink = BodySink::None;
    qint64 maxBody = 0;
};

struct ReceivedBody {
    QByteArray memory;                    // BodySink::Memory
    std::unique_ptr<QTemporaryFile> file; // BodySink::File
    QByteArray sha256Hex;
    QByteArray md5;
};

// The S3 operations over the site's bucket `default`: authentication (SigV4, S3Authenticator),
// routing, the access rule (site admins see the whole bucket, everyone else only their home
// prefix "<username>/"), and the object store.
class S3Handler {
public:
    S3Handler(LocalBackend& backend, SiteResolver& sites, RateLimiter& limiter,
              ObjectStore& objects);
    ~S3Handler();

    Start begin(Call& call);
    std::unique_ptr<QTemporaryFile> newBodyFile(const Call& call, S3Error& error);
    HttpResponse finish(Call& call, ReceivedBody body);
    HttpResponse error(const Call& call, const S3Error& error) const;

private:
    S3Result<void> resolveSite(Call& call);
    S3Result<void> authenticate(Call& call);
    S3Result<void> route(Call& call);
    S3Result<void> authorize(const Call& call) const;
    S3Result<void> authorizeKey(const Call& call, const QString& key) const;
    S3Result<HttpResponse> respond(Call& call);
    S3Result<HttpResponse> listObjects(Call& call);
    S3Result<HttpResponse> getObject(Call& call, bool headOnly);
    S3Result<HttpResponse> deleteObject(Call& call);
    S3Result<HttpResponse> createUpload(Call& call);
    S3Result<HttpResponse> abortUpload(Call& call);
    S3Result<HttpResponse> putObject(Call& call, ReceivedBody& body);
    S3Result<HttpResponse> uploadPart(Call& call, ReceivedBody& body);
    S3Result<HttpResponse> completeUpload(Call& call, ReceivedBody& body);
    S3Result<HttpResponse> deleteObjects(Call& call, ReceivedBody& body);
    S3Result<void> checkBody(const Call& call, const ReceivedBody& body) const;
    S3Result<Upload> ownUpload(const Call& call);
    QString homePrefix(const Call& call) const; // empty: the whole bucket

    LocalBackend& m_backend;
    SiteResolver& m_sites;
    RateLimiter& m_limiter;
    ObjectStore& m_objects;
    std::unique_ptr<S3Authenticator> m_auth;
};

} // namespace keydesk::server::s3
