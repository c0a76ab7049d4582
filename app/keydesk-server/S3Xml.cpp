// SPDX-License-Identifier: GPL-3.0-or-later
#include "S3Xml.h"

#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace keydesk::server::s3 {

namespace {
const QString kNamespace = QStringLiteral("http://s3.amazonaws.com/doc/2006-03-01/");

int statusOf(QByteArrayView code)
{
    static const QHash<QByteArray, int> statuses = {
        {"AccessDenied", 403},
        {"InvalidAccessKeyId", 403},
        {"SignatureDoesNotMatch", 403},
        {"RequestTimeTooSkewed", 403},
        {"AuthorizationHeaderMalformed", 400},
        {"AuthorizationQueryParametersError", 400},
        {"NoSuchKey", 404},
        {"NoSuchBucket", 404},
        {"NoSuchUpload", 404},
        {"MethodNotAllowed", 405},
        {"MissingContentLength", 411},
        {"InvalidRange", 416},
        {"InternalError", 500},
        {"NotImplemented", 501},
        {"ServiceUnavailable", 503},
        {"SlowDown", 503},
        {"RequestTimeout", 400},
        {"RequestHeaderSectionTooLarge", 400},
        {"EntityTooLarge", 400},
    };
    return statuses.value(code.toByteArray(), 400);
}

// S3's encoding-type=url: keys and prefixes percent-encoded, '/' kept.
QString encodedIf(bool encode, const QString& text)
{
    return encode ? QString::fromLatin1(QUrl::toPercentEncoding(text, "/")) : text;
}

QByteArray document(const std::function<void(QXmlStreamWriter&)>& body)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    body(xml);
    xml.writeEndDocument();
    return out;
}
} // namespace

S3Error s3Error(QByteArrayView code, const QString& message)
{
    return S3Error{code.toByteArray(), statusOf(code), message};
}

std::unexpected<S3Error> fail(QByteArrayView code, const QString& message)
{
    return std::unexpected(s3Error(code, message));
}

HttpResponse errorResponse(const S3Error& error, const QString& resource,
                           const QByteArray& requestId, bool headOnly)
{
    HttpResponse response;
    response.status = error.status;
    response.headOnly = headOnly;
    response.setHeader("Content-Type", "application/xml");
    response.setHeader("x-amz-request-id", requestId);
    response.body = document([&](QXmlStreamWriter& xml) {
        xml.writeStartElement(QStringLiteral("Error"));
        xml.writeTextElement(QStringLiteral("Code"), QString::fromLatin1(error.code));
        xml.writeTextElement(QStringLiteral("Message"), error.message);
        if (!resource.isEmpty())
            xml.writeTextElement(QStringLiteral("Resource"), resource);
        xml.writeTextElement(QStringLiteral("RequestId"), QString::fromLatin1(requestId));
        xml.writeEndElement();
    });
    return response;
}

QByteArray isoTime(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddThh:mm:ss.zzzZ")).toLatin1();
}

QByteArray quotedEtag(const QByteArray& etag)
{
    return '"' + etag + '"';
}

QByteArray listBucketsXml(const QString& owner, const QString& bucket, const QDateTime& created)
{
    return document([&](QXmlStreamWriter& xml) {
        xml.writeDefaultNamespace(kNamespace);
        xml.writeStartElement(QStringLiteral("ListAllMyBucketsResult"));
        xml.writeStartElement(QStringLiteral("Owner"));
        xml.writeTextElement(QStringLiteral("ID"), owner);
        xml.writeTextElement(QStringLiteral("DisplayName"), owner);
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("Buckets"));
        xml.writeStartElement(QStringLiteral("Bucket"));
        xml.writeTextElement(QStringLiteral("Name"), bucket);
        xml.writeTextElement(QStringLiteral("CreationDate"), QString::fromLatin1(isoTime(created)));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    });
}

QByteArray listObjectsV2Xml(const ListV2Result& r)
{
    return document([&](QXmlStreamWriter& xml) {
        xml.writeDefaultNamespace(kNamespace);
        xml.writeStartElement(QStringLiteral("ListBucketResult"));
        xml.writeTextElement(QStringLiteral("Name"), r.bucket);
        xml.writeTextElement(QStringLiteral("Prefix"), encodedIf(r.urlEncoded, r.prefix));
        if (!r.delimiter.isEmpty())
            xml.writeTextElement(QStringLiteral("Delimiter"), encodedIf(r.urlEncoded, r.delimiter));
        if (!r.startAfter.isEmpty())
            xml.writeTextElement(QStringLiteral("StartAfter"),
                                 encodedIf(r.urlEncoded, r.startAfter));
        if (!r.continuationToken.isEmpty())
            xml.writeTextElement(QStringLiteral("ContinuationToken"), r.continuationToken);
        if (r.urlEncoded)
            xml.writeTextElement(QStringLiteral("EncodingType"), QStringLiteral("url"));
        xml.writeTextElement(QStringLiteral("KeyCount"),
                             QString::number(r.contents.size() + r.commonPrefixes.size()));
        xml.writeTextElement(QStringLiteral("MaxKeys"), QString::number(r.maxKeys));
        xml.writeTextElement(QStringLiteral("IsTruncated"),
                             r.truncated ? QStringLiteral("true") : QStringLiteral("false"));
        if (r.truncated)
            xml.writeTextElement(QStringLiteral("NextContinuationToken"), r.nextContinuationToken);
        for (const ObjectEntry& o : r.contents) {
            xml.writeStartElement(QStringLiteral("Contents"));
            xml.writeTextElement(QStringLiteral("Key"), encodedIf(r.urlEncoded, o.key));
            xml.writeTextElement(QStringLiteral("LastModified"),
                                 QString::fromLatin1(isoTime(o.modified)));
            xml.writeTextElement(QStringLiteral("ETag"), QString::fromLatin1(quotedEtag(o.etag)));
            xml.writeTextElement(QStringLiteral("Size"), QString::number(o.size));
            xml.writeTextElement(QStringLiteral("StorageClass"), QStringLiteral("STANDARD"));
            xml.writeEndElement();
        }
        for (const QString& prefix : r.commonPrefixes) {
            xml.writeStartElement(QStringLiteral("CommonPrefixes"));
            xml.writeTextElement(QStringLiteral("Prefix"), encodedIf(r.urlEncoded, prefix));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    });
}

QByteArray locationXml()
{
    return document([](QXmlStreamWriter& xml) {
        xml.writeDefaultNamespace(kNamespace);
        xml.writeEmptyElement(QStringLiteral("LocationConstraint"));
    });
}

QByteArray initiateMultipartXml(const QString& bucket, const QString& key, const QString& uploadId)
{
    return document([&](QXmlStreamWriter& xml) {
        xml.writeDefaultNamespace(kNamespace);
        xml.writeStartElement(QStringLiteral("InitiateMultipartUploadResult"));
        xml.writeTextElement(QStringLiteral("Bucket"), bucket);
        xml.writeTextElement(QStringLiteral("Key"), key);
        xml.writeTextElement(QStringLiteral("UploadId"), uploadId);
        xml.writeEndElement();
    });
}

QByteArray completeMultipartXml(const QString& bucket, const QString& key, const QByteArray& etag)
{
    return document([&](QXmlStreamWriter& xml) {
        xml.writeDefaultNamespace(kNamespace);
        xml.writeStartElement(QStringLiteral("CompleteMultipartUploadResult"));
        xml.writeTextElement(QStringLiteral("Bucket"), bucket);
        xml.writeTextElement(QStringLiteral("Key"), key);
        xml.writeTextElement(QStringLiteral("ETag"), QString::fromLatin1(quotedEtag(etag)));
        xml.writeEndElement();
    });
}

S3Result<QList<std::pair<int, QByteArray>>> parseCompleteMultipart(const QByteArray& body)
{
    QList<std::pair<int, QByteArray>> parts;
    QXmlStreamReader xml(body);
    int number = 0;
    QByteArray etag;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("Part")) {
            number = 0;
            etag.clear();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("PartNumber")) {
            number = xml.readElementText().trimmed().toInt();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("ETag")) {
            etag = xml.readElementText().trimmed().remove(QLatin1Char('"')).toLatin1();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("Part")) {
            if (number < 1 || number > 10000 || etag.isEmpty())
                return fail("MalformedXML", QStringLiteral("A part needs PartNumber and ETag"));
            parts.append({number, etag});
        }
    }
    if (xml.hasError() || parts.isEmpty())
        return fail("MalformedXML",
                    QStringLiteral("The XML you provided was not well-formed or did not "
                                   "validate against our published schema"));
    return parts;
}

S3Result<DeleteRequest> parseDeleteObjects(const QByteArray& body)
{
    DeleteRequest request;
    QXmlStreamReader xml(body);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("Key"))
            request.keys << xml.readElementText();
        else if (xml.isStartElement() && xml.name() == QLatin1String("Quiet"))
            request.quiet = xml.readElementText().trimmed() == QLatin1String("true");
    }
    if (xml.hasError() || request.keys.isEmpty() || request.keys.size() > 1000)
        return fail("MalformedXML",
                    QStringLiteral("The XML you provided was not well-formed or did not "
                                   "validate against our published schema"));
    return request;
}

QByteArray deleteResultXml(const DeleteResult& r)
{
    return document([&](QXmlStreamWriter& xml) {
        xml.writeDefaultNamespace(kNamespace);
        xml.writeStartElement(QStringLiteral("DeleteResult"));
        for (const QString& key : r.quiet ? QStringList() : r.deleted) {
            xml.writeStartElement(QStringLiteral("Deleted"));
            xml.writeTextElement(QStringLiteral("Key"), key);
            xml.writeEndElement();
        }
        for (const auto& [key, error] : r.errors) {
            xml.writeStartElement(QStringLiteral("Error"));
            xml.writeTextElement(QStringLiteral("Key"), key);
            xml.writeTextElement(QStringLiteral("Code"), QString::fromLatin1(error.code));
            xml.writeTextElement(QStringLiteral("Message"), error.message);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    });
}

} // namespace keydesk::server::s3
