// SPDX-License-Identifier: GPL-3.0-or-later
#include "S3Handler.h"

#include "LocalBackend.h"
#include "RateLimiter.h"
#include "S3Authenticator.h"
#include "ServerLogging.h"
#include "SiteResolver.h"

#include <QFile>

namespace keydesk::server::s3 {

namespace {
const QString kBucket = QStringLiteral("default");
constexpr qint64 kMaxObject = 5LL * 1024 * 1024 * 1024; // S3's single PUT limit
constexpr qint64 kMaxSmallBody = 1024 * 1024;
constexpr qsizetype kMaxKeyBytes = 1024;

S3Error authError(const S3AuthError& e)
{
    switch (e.failure) {
    case S3AuthFailure::MissingAuthentication:
        return s3Error("AccessDenied", QStringLiteral("Anonymous access is not allowed; sign "
                                                      "the request with an S3 key"));
    case S3AuthFailure::Malformed:
        return s3Error("AuthorizationHeaderMalformed", e.message);
    case S3AuthFailure::InvalidAccessKeyId:
        return s3Error("InvalidAccessKeyId", e.message);
    case S3AuthFailure::SignatureDoesNotMatch:
        return s3Error("SignatureDoesNotMatch",
                       QStringLiteral("The request signature we calculated does not match the "
                                      "signature you provided. Check your key and signing "
                                      "method."));
    case S3AuthFailure::RequestTimeTooSkewed:
        return s3Error("RequestTimeTooSkewed",
                       QStringLiteral("The difference between the request time and the "
                                      "server's time is too large."));
    case S3AuthFailure::AccessDenied:
    case S3AuthFailure::Internal:
        return s3Error("AccessDenied", e.message);
    case S3AuthFailure::Unavailable:
        return s3Error("ServiceUnavailable", QStringLiteral("Please reduce your request rate."));
    }
    return s3Error("AccessDenied", e.message);
}

bool isHex64(const QByteArray& text)
{
    static const QByteArray digits = "0123456789abcdef";
    if (text.size() != 64)
        return false;
    for (char c : text) {
        if (!digits.contains(c))
            return false;
    }
    return true;
}

// "bytes=a-b", "bytes=a-", "bytes=-n" against `size`: [first, last], or nullopt for the whole
// object (no or unparsable Range: RFC 9110 says ignore it); unsatisfiable -> InvalidRange.
S3Result<std::optional<std::pair<qint64, qint64>>> parseRange(const QByteArray& header, qint64 size)
{
    using Range = std::optional<std::pair<qint64, qint64>>;
    if (!header.startsWith("bytes=") || header.contains(','))
        return Range();
    const QByteArray spec = header.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return Range();
    bool okFirst = false, okLast = false;
    const qint64 first = spec.left(dash).toLongLong(&okFirst);
    const qint64 last = spec.mid(dash + 1).toLongLong(&okLast);
    const auto unsatisfiable = [] {
        return fail("InvalidRange", QStringLiteral("The requested range is not satisfiable"));
    };
    if (dash == 0) { // suffix: the last `last` bytes
        if (!okLast)
            return Range();
        if (last <= 0 || size == 0)
            return unsatisfiable();
        return Range({std::max<qint64>(0, size - last), size - 1});
    }
    if (!okFirst || (dash + 1 < spec.size() && !okLast) || (okLast && last < first))
        return Range();
    if (first >= size)
        return unsatisfiable();
    return Range({first, okLast ? std::min(last, size - 1) : size - 1});
}

QString decodeToken(const QString& token)
{
    return QString::fromUtf8(QByteArray::fromBase64(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors));
}

QString encodeToken(const QString& after)
{
    return QString::fromLatin1(
        after.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

HttpResponse xmlResponse(QByteArray body, int status = 200)
{
    HttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", "application/xml");
    response.body = std::move(body);
    return response;
}

QString uploadOwner(const Principal& principal)
{
    return principal.userId ? QStringLiteral("user:%1").arg(*principal.userId)
                            : QStringLiteral("site:%1").arg(principal.siteId);
}
} // namespace

S3Handler::S3Handler(LocalBackend& backend, SiteResolver& sites, RateLimiter& limiter,
                     ObjectStore& objects)
    : m_backend(backend)
    , m_sites(sites)
    , m_limiter(limiter)
    , m_objects(objects)
    , m_auth(std::make_unique<S3Authenticator>(backend.store(), backend.keks(),
                                               backend.authenticator(), systemClock(),
                                               [&backend] { return backend.reloadKeks(); }))
{}

S3Handler::~S3Handler() = default;

HttpResponse S3Handler::error(const Call& call, const S3Error& e) const
{
    QString resource = QLatin1Char('/') + call.bucket;
    if (!call.key.isEmpty())
        resource += QLatin1Char('/') + call.key;
    return errorResponse(e, call.bucket.isEmpty() ? QString() : resource, call.requestId,
                         call.head.method == "HEAD");
}

Start S3Handler::begin(Call& call)
{
    if (const int wait = m_limiter.retryAfterSeconds(call.peer); wait > 0) {
        HttpResponse r = error(call, s3Error("SlowDown", QStringLiteral("Too many failed "
                                                                        "authentications; "
                                                                        "slow down.")));
        r.setHeader("Retry-After", QByteArray::number(wait));
        return {std::move(r)};
    }
    S3Result<void> ok = resolveSite(call);
    if (ok)
        ok = authenticate(call);
    if (ok)
        ok = route(call);
    if (ok)
        ok = authorize(call);
    if (!ok)
        return {error(call, ok.error())};
    switch (call.operation) {
    case Operation::PutObject:
    case Operation::UploadPart:
        if (call.head.contentLength > kMaxObject)
            return {error(call, s3Error("EntityTooLarge", QStringLiteral("Your proposed upload "
                                                                         "exceeds the maximum "
                                                                         "allowed size")))};
        return {std::nullopt, BodySink::File, kMaxObject};
    case Operation::CompleteMultipartUpload:
    case Operation::DeleteObjects:
        return {std::nullopt, BodySink::Memory, kMaxSmallBody};
    default:
        if (call.head.contentLength > 0)
            return {std::nullopt, BodySink::Memory, kMaxSmallBody};
        auto response = respond(call);
        return {response ? std::move(*response) : error(call, response.error())};
    }
}

S3Result<void> S3Handler::resolveSite(Call& call)
{
    QByteArray host = call.head.header("host");
    // Virtual-hosted style: default.SUB.DOMAIN is bucket `default` of site SUB.
    const auto sub = SiteResolver::subdomainOf(SiteResolver::hostName(host), m_sites.domain());
    if (sub && sub->startsWith(kBucket + QLatin1Char('.'))) {
        call.bucket = kBucket;
        host = (sub->mid(kBucket.size() + 1) + QLatin1Char('.') + m_sites.domain()).toUtf8();
    }
    auto site = m_sites.siteFor(host);
    if (!site) {
        if (site.error().status == 404)
            return fail("NoSuchBucket", QStringLiteral("There is no such site on this server"));
        return fail("ServiceUnavailable", QStringLiteral("The store is unavailable; try again"));
    }
    call.siteId = *site;
    return {};
}

S3Result<void> S3Handler::authenticate(Call& call)
{
    sigv4::HttpRequest request{call.head.method, call.head.rawPath, call.head.rawQuery,
                               call.head.headers, call.head.header("x-amz-content-sha256")};
    const bool presigned = call.head.rawQuery.contains("X-Amz-Signature=");
    if (request.payloadHash.startsWith("STREAMING-"))
        return fail("NotImplemented",
                    QStringLiteral("aws-chunked uploads are not supported: sign the payload"));
    if (request.payloadHash.isEmpty()) {
        if (!presigned && call.head.hasHeader("authorization"))
            return fail("InvalidRequest", QStringLiteral("Missing required header for this "
                                                         "request: x-amz-content-sha256"));
        request.payloadHash = "UNSIGNED-PAYLOAD";
    }
    auto principal = m_auth->authenticate(request, call.siteId);
    if (!principal) {
        const S3AuthFailure failure = principal.error().failure;
        if (failure == S3AuthFailure::InvalidAccessKeyId ||
            failure == S3AuthFailure::SignatureDoesNotMatch)
            m_limiter.recordFailure(call.peer);
        qCInfo(lcS3).noquote() << "refused:" << principal.error().message;
        return std::unexpected(authError(principal.error()));
    }
    call.principal = *principal;
    return {};
}

S3Result<void> S3Handler::route(Call& call)
{
    const auto path = decodePath(call.head.rawPath);
    if (!path)
        return fail("InvalidURI", QStringLiteral("Couldn't parse the specified URI."));
    call.query = parseQuery(call.head.rawQuery);
    if (call.bucket.isEmpty()) { // path style: /bucket/key
        const qsizetype slash = path->indexOf(QLatin1Char('/'), 1);
        call.bucket = slash < 0 ? path->mid(1) : path->mid(1, slash - 1);
        call.key = slash < 0 ? QString() : path->mid(slash + 1);
    } else {
        call.key = path->mid(1);
    }
    const QByteArray& m = call.head.method;
    auto is = [&](const char* name) { return hasQueryItem(call.query, QString::fromLatin1(name)); };
    if (call.bucket.isEmpty()) {
        if (m != "GET")
            return fail("MethodNotAllowed", QStringLiteral("The specified method is not "
                                                           "allowed against this resource."));
        call.operation = Operation::ListBuckets;
        return {};
    }
    if (call.bucket != kBucket)
        return fail("NoSuchBucket", QStringLiteral("The specified bucket does not exist; each "
                                                   "site has one bucket, \"default\""));
    if (call.key.toUtf8().size() > kMaxKeyBytes)
        return fail("KeyTooLongError", QStringLiteral("Your key is too long"));
    const bool bucketLevel = call.key.isEmpty();
    if (bucketLevel && m == "HEAD")
        call.operation = Operation::HeadBucket;
    else if (bucketLevel && m == "GET" && is("location"))
        call.operation = Operation::GetBucketLocation;
    else if (bucketLevel && m == "GET" && queryValue(call.query, u"list-type") == u"2")
        call.operation = Operation::ListObjectsV2;
    else if (bucketLevel && m == "POST" && is("delete"))
        call.operation = Operation::DeleteObjects;
    else if (bucketLevel)
        return fail("NotImplemented", QStringLiteral("A bucket request this endpoint does not "
                                                     "implement (ListObjectsV2 is)"));
    else if (m == "GET" && !is("uploadId"))
        call.operation = Operation::GetObject;
    else if (m == "HEAD")
        call.operation = Operation::HeadObject;
    else if (m == "PUT" && call.head.hasHeader("x-amz-copy-source"))
        return fail("NotImplemented", QStringLiteral("CopyObject is not implemented"));
    else if (m == "PUT" && is("uploadId") && is("partNumber"))
        call.operation = Operation::UploadPart;
    else if (m == "PUT")
        call.operation = Operation::PutObject;
    else if (m == "POST" && is("uploads"))
        call.operation = Operation::CreateMultipartUpload;
    else if (m == "POST" && is("uploadId"))
        call.operation = Operation::CompleteMultipartUpload;
    else if (m == "DELETE" && is("uploadId"))
        call.operation = Operation::AbortMultipartUpload;
    else if (m == "DELETE")
        call.operation = Operation::DeleteObject;
    else
        return fail("MethodNotAllowed", QStringLiteral("The specified method is not allowed "
                                                       "against this resource."));
    return {};
}

QString S3Handler::homePrefix(const Call& call) const
{
    if (call.principal.role == Role::SiteAdmin)
        return {};
    return call.principal.username + QLatin1Char('/');
}

S3Result<void> S3Handler::authorize(const Call& call) const
{
    return call.key.isEmpty() ? S3Result<void>() : authorizeKey(call, call.key);
}

S3Result<void> S3Handler::authorizeKey(const Call& call, const QString& key) const
{
    const QString home = homePrefix(call);
    if (home.isEmpty() || key.startsWith(home))
        return {};
    return fail("AccessDenied", QStringLiteral("Access Denied: your keys reach only your home "
                                               "folder \"%1\"")
                                    .arg(home));
}

S3Result<HttpResponse> S3Handler::respond(Call& call)
{
    switch (call.operation) {
    case Operation::ListBuckets: {
        const QString owner =
            call.principal.username.isEmpty() ? QStringLiteral("site") : call.principal.username;
        auto site = m_backend.store().site(call.siteId);
        const QDateTime created =
            site && *site ? (*site)->createdAt : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
        return xmlResponse(listBucketsXml(owner, kBucket, created));
    }
    case Operation::HeadBucket: {
        HttpResponse r;
        r.headOnly = true;
        r.setHeader("x-amz-bucket-region", "us-east-1");
        return r;
    }
    case Operation::GetBucketLocation:
        return xmlResponse(locationXml());
    case Operation::ListObjectsV2:
        return listObjects(call);
    case Operation::GetObject:
        return getObject(call, false);
    case Operation::HeadObject:
        return getObject(call, true);
    case Operation::DeleteObject:
        return deleteObject(call);
    case Operation::CreateMultipartUpload:
        return createUpload(call);
    case Operation::AbortMultipartUpload:
        return abortUpload(call);
    default:
        return fail("InternalError", QStringLiteral("This request needs a body"));
    }
}

S3Result<HttpResponse> S3Handler::listObjects(Call& call)
{
    ListV2Result result;
    result.bucket = kBucket;
    result.prefix = queryValue(call.query, u"prefix");
    result.delimiter = queryValue(call.query, u"delimiter");
    result.startAfter = queryValue(call.query, u"start-after");
    result.continuationToken = queryValue(call.query, u"continuation-token");
    const QString encoding = queryValue(call.query, u"encoding-type");
    if (!encoding.isEmpty() && encoding != u"url")
        return fail("InvalidArgument", QStringLiteral("Invalid Encoding Method specified in "
                                                      "Request"));
    result.urlEncoded = !encoding.isEmpty();
    if (hasQueryItem(call.query, u"max-keys")) {
        bool ok = false;
        result.maxKeys = queryValue(call.query, u"max-keys").toInt(&ok);
        if (!ok || result.maxKeys < 0)
            return fail("InvalidArgument", QStringLiteral("max-keys must be a whole number "
                                                          "from 0"));
        result.maxKeys = std::min(result.maxKeys, 1000);
    }
    ListQuery query{result.prefix, result.delimiter, result.startAfter, result.maxKeys};
    if (!result.continuationToken.isEmpty()) {
        query.after = decodeToken(result.continuationToken);
        if (query.after.isEmpty())
            return fail("InvalidArgument", QStringLiteral("The continuation token provided is "
                                                          "incorrect"));
    }
    const QString home = homePrefix(call);
    if (!home.isEmpty() && !query.prefix.startsWith(home)) {
        if (!home.startsWith(query.prefix))
            return fail("AccessDenied", QStringLiteral("Access Denied: your keys list only "
                                                       "your home folder \"%1\"")
                                            .arg(home));
        const qsizetype cut =
            query.delimiter.isEmpty() ? -1 : home.indexOf(query.delimiter, query.prefix.size());
        if (cut >= 0) { // the listing shows the way down to the home folder, nothing else
            const QString common = home.left(cut + query.delimiter.size());
            if (query.after.isEmpty() || common.toUtf8() > query.after.toUtf8())
                result.commonPrefixes << common;
            return xmlResponse(listObjectsV2Xml(result));
        }
        query.prefix = home;
    }
    if (query.maxKeys > 0) {
        auto page = m_objects.list(call.siteId, query);
        if (!page)
            return std::unexpected(page.error());
        for (const ObjectInfo& o : page->objects)
            result.contents.append({o.key, o.size, o.etag, o.modified});
        result.commonPrefixes = page->commonPrefixes;
        result.truncated = page->truncated;
        if (page->truncated)
            result.nextContinuationToken = encodeToken(page->last);
    }
    return xmlResponse(listObjectsV2Xml(result));
}

S3Result<HttpResponse> S3Handler::getObject(Call& call, bool headOnly)
{
    auto found = m_objects.find(call.siteId, call.key);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail("NoSuchKey", QStringLiteral("The specified key does not exist."));
    const ObjectInfo& o = **found;
    auto range = parseRange(call.head.header("range"), o.size);
    if (!range)
        return std::unexpected(range.error());
    HttpResponse r;
    r.headOnly = headOnly;
    r.setHeader("Content-Type", o.contentType.isEmpty() ? "binary/octet-stream" : o.contentType);
    r.setHeader("ETag", quotedEtag(o.etag));
    r.setHeader("Last-Modified", httpDate(o.modified));
    r.setHeader("Accept-Ranges", "bytes");
    r.fileOffset = 0;
    r.fileLength = o.size;
    if (*range) {
        const auto [first, last] = **range;
        r.status = 206;
        r.fileOffset = first;
        r.fileLength = last - first + 1;
        r.setHeader("Content-Range", "bytes " + QByteArray::number(first) + '-' +
                                         QByteArray::number(last) + '/' +
                                         QByteArray::number(o.size));
    }
    auto file = m_objects.open(call.siteId, o);
    if (!file)
        return std::unexpected(file.error());
    r.file = std::move(*file);
    return r;
}

S3Result<HttpResponse> S3Handler::deleteObject(Call& call)
{
    auto removed = m_objects.remove(call.siteId, call.key);
    if (!removed)
        return std::unexpected(removed.error());
    HttpResponse r;
    r.status = 204;
    return r;
}

S3Result<HttpResponse> S3Handler::createUpload(Call& call)
{
    auto id = m_objects.createUpload(call.siteId, call.key, uploadOwner(call.principal),
                                     call.head.header("content-type"));
    if (!id)
        return std::unexpected(id.error());
    return xmlResponse(initiateMultipartXml(kBucket, call.key, *id));
}

S3Result<Upload> S3Handler::ownUpload(const Call& call)
{
    auto upload = m_objects.upload(call.siteId, queryValue(call.query, u"uploadId"));
    if (!upload)
        return upload;
    if (upload->key != call.key ||
        (upload->owner != uploadOwner(call.principal) && call.principal.role != Role::SiteAdmin))
        return fail("NoSuchUpload", QStringLiteral("The specified upload does not exist."));
    return upload;
}

S3Result<HttpResponse> S3Handler::abortUpload(Call& call)
{
    auto upload = ownUpload(call);
    if (!upload)
        return std::unexpected(upload.error());
    if (auto aborted = m_objects.abort(call.siteId, upload->id); !aborted)
        return std::unexpected(aborted.error());
    HttpResponse r;
    r.status = 204;
    return r;
}

std::unique_ptr<QTemporaryFile> S3Handler::newBodyFile(const Call& call, S3Error& error)
{
    auto file = m_objects.newBody(call.siteId);
    if (!file) {
        error = file.error();
        return nullptr;
    }
    return std::move(*file);
}

S3Result<void> S3Handler::checkBody(const Call& call, const ReceivedBody& body) const
{
    const QByteArray declared = call.head.header("x-amz-content-sha256");
    if (isHex64(declared) && declared != body.sha256Hex)
        return fail("XAmzContentSHA256Mismatch", QStringLiteral("The provided "
                                                                "'x-amz-content-sha256' header "
                                                                "does not match what was "
                                                                "computed."));
    if (call.head.hasHeader("content-md5")) {
        const auto md5 = QByteArray::fromBase64Encoding(call.head.header("content-md5"),
                                                        QByteArray::AbortOnBase64DecodingErrors);
        if (!md5 || md5.decoded.size() != 16)
            return fail("InvalidDigest", QStringLiteral("The Content-MD5 you specified was "
                                                        "invalid."));
        if (md5.decoded != body.md5)
            return fail("BadDigest", QStringLiteral("The Content-MD5 you specified did not "
                                                    "match what we received."));
    }
    return {};
}

HttpResponse S3Handler::finish(Call& call, ReceivedBody body)
{
    S3Result<HttpResponse> response = [&]() -> S3Result<HttpResponse> {
        if (auto ok = checkBody(call, body); !ok)
            return std::unexpected(ok.error());
        switch (call.operation) {
        case Operation::PutObject:
            return putObject(call, body);
        case Operation::UploadPart:
            return uploadPart(call, body);
        case Operation::CompleteMultipartUpload:
            return completeUpload(call, body);
        case Operation::DeleteObjects:
            return deleteObjects(call, body);
        default:
            return respond(call);
        }
    }();
    return response ? std::move(*response) : error(call, response.error());
}

S3Result<HttpResponse> S3Handler::putObject(Call& call, ReceivedBody& body)
{
    const QByteArray md5Hex = body.md5.toHex();
    auto info =
        m_objects.put(call.siteId, call.key, *body.file, md5Hex, call.head.header("content-type"));
    if (!info)
        return std::unexpected(info.error());
    HttpResponse r;
    r.setHeader("ETag", quotedEtag(info->etag));
    return r;
}

S3Result<HttpResponse> S3Handler::uploadPart(Call& call, ReceivedBody& body)
{
    bool ok = false;
    const int number = queryValue(call.query, u"partNumber").toInt(&ok);
    if (!ok || number < 1 || number > 10000)
        return fail("InvalidArgument", QStringLiteral("Part number must be an integer between "
                                                      "1 and 10000, inclusive"));
    auto upload = ownUpload(call);
    if (!upload)
        return std::unexpected(upload.error());
    auto etag = m_objects.putPart(call.siteId, upload->id, number, *body.file, body.md5.toHex());
    if (!etag)
        return std::unexpected(etag.error());
    HttpResponse r;
    r.setHeader("ETag", quotedEtag(*etag));
    return r;
}

S3Result<HttpResponse> S3Handler::completeUpload(Call& call, ReceivedBody& body)
{
    auto upload = ownUpload(call);
    if (!upload)
        return std::unexpected(upload.error());
    auto parts = parseCompleteMultipart(body.memory);
    if (!parts)
        return std::unexpected(parts.error());
    auto info = m_objects.complete(call.siteId, *upload, *parts);
    if (!info)
        return std::unexpected(info.error());
    return xmlResponse(completeMultipartXml(kBucket, call.key, info->etag));
}

// Each key on its own: a key outside the caller's reach is an <Error> entry, the others are
// deleted (S3's DeleteObjects is not atomic either).
S3Result<HttpResponse> S3Handler::deleteObjects(Call& call, ReceivedBody& body)
{
    auto request = parseDeleteObjects(body.memory);
    if (!request)
        return std::unexpected(request.error());
    DeleteResult result;
    result.quiet = request->quiet;
    for (const QString& key : request->keys) {
        const auto allowed = authorizeKey(call, key);
        const S3Result<bool> removed =
            allowed ? m_objects.remove(call.siteId, key) : std::unexpected(allowed.error());
        if (removed)
            result.deleted << key;
        else
            result.errors.append({key, removed.error()});
    }
    return xmlResponse(deleteResultXml(result));
}

} // namespace keydesk::server::s3
