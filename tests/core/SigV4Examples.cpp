// SPDX-License-Identifier: GPL-3.0-or-later
#include "SigV4Examples.h"

#include "Crypto.h"

#include <QJsonDocument>
#include <QProcess>

using keydesk::sigv4::Authorization;
using keydesk::sigv4::kUnsignedPayload;
using keydesk::sigv4::PathMode;

namespace sigv4test {

keydesk::SecretBytes secret(const QByteArray& text)
{
    return keydesk::SecretBytes::copyOf({text.constData(), size_t(text.size())});
}

QByteArray sha256Hex(const QByteArray& data)
{
    return keydesk::crypto::sha256({data.constData(), size_t(data.size())}).toHex();
}

HttpRequest parseRawRequest(const QByteArray& raw)
{
    HttpRequest request;
    const qsizetype blank = raw.indexOf("\n\n");
    QList<QByteArray> lines = (blank < 0 ? raw : raw.left(blank)).split('\n');
    const QList<QByteArray> requestLine = lines.takeFirst().split(' ');
    request.method = requestLine.value(0);
    const QByteArray target = requestLine.value(1);
    const qsizetype question = target.indexOf('?');
    request.rawPath = question < 0 ? target : target.left(question);
    request.rawQuery = question < 0 ? QByteArray() : target.mid(question + 1);
    for (const QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        request.headers.append({line.left(colon), line.mid(colon + 1)});
    }
    request.payloadHash = sha256Hex(blank < 0 ? QByteArray() : raw.mid(blank + 2));
    return request;
}

QJsonArray botocoreRequests(const QByteArray& accessKey, const QByteArray& s3Secret,
                            QString* skipReason)
{
    const QString python = QStringLiteral("/usr/bin/python3");
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import botocore")});
    if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit ||
        probe.exitCode() != 0) {
        *skipReason = QStringLiteral("/usr/bin/python3 cannot import botocore (Debian package "
                                     "python3-botocore)");
        return {};
    }
    QProcess signer;
    signer.start(python, {QStringLiteral(KEYDESK_SIGV4_BOTOCORE_SCRIPT),
                          QString::fromLatin1(accessKey), QString::fromLatin1(s3Secret)});
    if (!signer.waitForFinished(60000) || signer.exitCode() != 0)
        qWarning().noquote() << signer.readAllStandardError();
    return QJsonDocument::fromJson(signer.readAllStandardOutput()).array();
}

HttpRequest fromBotocoreJson(const QJsonObject& entry)
{
    const auto text = [&](const char* key) {
        return entry[QLatin1String(key)].toString().toUtf8();
    };
    HttpRequest request{text("method"), text("path"), text("query"), {}, text("payloadHash")};
    for (const QJsonValue& header : entry[QLatin1String("headers")].toArray())
        request.headers.append({header[0].toString().toUtf8(), header[1].toString().toUtf8()});
    return request;
}

void setHeader(HttpRequest& request, const QByteArray& name, const QByteArray& value)
{
    for (auto& [received, current] : request.headers) {
        if (received.toLower() == name.toLower()) {
            current = value;
            return;
        }
    }
    request.headers.append({name, value});
}

void removeHeader(HttpRequest& request, const QByteArray& name)
{
    request.headers.removeIf([&](const auto& h) { return h.first.toLower() == name.toLower(); });
}

QByteArray flipLastHexDigit(const QByteArray& text)
{
    QByteArray out = text;
    out.back() = out.back() == '0' ? '1' : '0';
    return out;
}

QByteArray creqLine(const HttpRequest& request, int line, PathMode mode)
{
    Authorization auth;
    auth.signedHeaders = {"host"};
    auth.presigned = request.rawQuery.contains("X-Amz-Algorithm");
    return keydesk::sigv4::canonicalRequest(request, auth, mode).split('\n').value(line);
}

namespace {
QByteArray authorization(const QByteArray& signedHeaders, const QByteArray& signature)
{
    return "AWS4-HMAC-SHA256 Credential=" + kS3DocScope + ",SignedHeaders=" + signedHeaders +
           ",Signature=" + signature;
}
} // namespace

HttpRequest s3DocGetObject(const QByteArray& signedHeaders)
{
    HttpRequest request{"GET", "/test.txt", {}, {}, kEmptySha256};
    request.headers = {{"Host", "examplebucket.s3.amazonaws.com"},
                       {"Range", "bytes=0-9"},
                       {"x-amz-content-sha256", kEmptySha256},
                       {"x-amz-date", "20130524T000000Z"},
                       {"Authorization", authorization(signedHeaders, kGetObjectSignature)}};
    return request;
}

QByteArray s3DocGetObjectCreq()
{
    return "GET\n/test.txt\n\nhost:examplebucket.s3.amazonaws.com\nrange:bytes=0-9\n"
           "x-amz-content-sha256:" +
           kEmptySha256 +
           "\nx-amz-date:20130524T000000Z\n\nhost;range;x-amz-content-sha256;x-amz-date\n" +
           kEmptySha256;
}

// PUT "test$file.text": the documentation's request line sends the '$' unencoded.
HttpRequest s3DocPutObject()
{
    const QByteArray bodyHash = sha256Hex("Welcome to Amazon S3.");
    HttpRequest request{"PUT", "/test$file.text", {}, {}, bodyHash};
    request.headers = {
        {"Host", "examplebucket.s3.amazonaws.com"},
        {"Date", "Fri, 24 May 2013 00:00:00 GMT"},
        {"x-amz-date", "20130524T000000Z"},
        {"x-amz-storage-class", "REDUCED_REDUNDANCY"},
        {"x-amz-content-sha256", bodyHash},
        {"Authorization",
         authorization("date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class",
                       "98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd")}};
    return request;
}

HttpRequest s3DocBucketGet(const QByteArray& query, const QByteArray& signature)
{
    HttpRequest request{"GET", "/", query, {}, kEmptySha256};
    request.headers = {
        {"Host", "examplebucket.s3.amazonaws.com"},
        {"x-amz-date", "20130524T000000Z"},
        {"x-amz-content-sha256", kEmptySha256},
        {"Authorization", authorization("host;x-amz-content-sha256;x-amz-date", signature)}};
    return request;
}

HttpRequest s3DocPresigned(const QByteArray& expires)
{
    HttpRequest request{"GET", "/test.txt", {}, {}, kUnsignedPayload};
    request.rawQuery = "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=" +
                       QByteArray(kS3DocScope).replace("/", "%2F") +
                       "&X-Amz-Date=20130524T000000Z&X-Amz-Expires=" + expires +
                       "&X-Amz-SignedHeaders=host&X-Amz-Signature=" + kPresignedSignature;
    request.headers = {{"Host", "examplebucket.s3.amazonaws.com"}};
    return request;
}

QByteArray s3DocPresignedCreq()
{
    return "GET\n/test.txt\nX-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential="
           "AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date="
           "20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host\n"
           "host:examplebucket.s3.amazonaws.com\n\nhost\nUNSIGNED-PAYLOAD";
}

} // namespace sigv4test
