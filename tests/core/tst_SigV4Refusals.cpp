// SPDX-License-Identifier: GPL-3.0-or-later
// AWS Signature Version 4 verification (core/SigV4), what it refuses: requests outside the time
// limits, malformed authorizations and presigned URLs, and refusals that never echo a
// signature or a secret. The published vectors and botocore's requests: tst_SigV4.
#include "SigV4.h"
#include "SigV4Asserts.h"
#include "SigV4Examples.h"

#include <QRegularExpression>
#include <QTest>

using namespace keydesk;
using namespace keydesk::sigv4;
using namespace Qt::StringLiterals;
using namespace sigv4test;

class TestSigV4Refusals : public QObject {
    Q_OBJECT

private slots:
    void headerFormAcceptsFifteenMinutesOfSkew_data();
    void headerFormAcceptsFifteenMinutesOfSkew();
    void presignedUrlIsValidFromSkewBeforeUntilExpiry_data();
    void presignedUrlIsValidFromSkewBeforeUntilExpiry();
    void unsignedPayloadIsBoundToTheSignature();
    void dateHeaderStandsInForXAmzDate();
    void malformedHeaderAuthorizationsAreRefused_data();
    void malformedHeaderAuthorizationsAreRefused();
    void malformedPresignedUrlsAreRefused_data();
    void malformedPresignedUrlsAreRefused();
    void signedHeaderMissingFromTheRequestIsMalformed();
    void refusalsNeverCarrySignaturesOrSecrets();
};

void TestSigV4Refusals::headerFormAcceptsFifteenMinutesOfSkew_data()
{
    QTest::addColumn<int>("offset");  // now - request time, seconds
    QTest::addColumn<int>("maxSkew"); // seconds
    QTest::addColumn<bool>("accepted");
    QTest::newRow("15 min early") << -900 << 900 << true;
    QTest::newRow("15 min late") << 900 << 900 << true;
    QTest::newRow("15 min 1 s early") << -901 << 900 << false;
    QTest::newRow("15 min 1 s late") << 901 << 900 << false;
    QTest::newRow("5 min allowed, 6 min late") << 360 << 300 << false;
}

void TestSigV4Refusals::headerFormAcceptsFifteenMinutesOfSkew()
{
    QFETCH(int, offset);
    QFETCH(int, maxSkew);
    QFETCH(bool, accepted);
    const HttpRequest request = s3DocGetObject();
    const auto auth = parseAuthorization(request);
    QVERIFY(auth);
    const auto result = verify(request, *auth, secret(kS3DocSecret), kS3DocTime.addSecs(offset),
                               std::chrono::seconds(maxSkew));
    if (accepted)
        SIGV4_EXPECT_OK(result);
    else
        SIGV4_EXPECT_FAILURE(result, Failure::RequestTimeTooSkewed);
}

void TestSigV4Refusals::presignedUrlIsValidFromSkewBeforeUntilExpiry_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("15 min before X-Amz-Date") << -900 << true;
    QTest::newRow("15 min 1 s before") << -901 << false;
    QTest::newRow("at X-Amz-Date") << 0 << true;
    QTest::newRow("at expiry (86400 s)") << 86400 << true;
    QTest::newRow("1 s after expiry") << 86401 << false;
}

void TestSigV4Refusals::presignedUrlIsValidFromSkewBeforeUntilExpiry()
{
    QFETCH(int, offset);
    QFETCH(bool, accepted);
    const HttpRequest request = s3DocPresigned();
    const auto auth = parseAuthorization(request);
    QVERIFY(auth);
    QVERIFY(auth->presigned);
    QCOMPARE(auth->expiresSeconds, qint64(86400));
    const auto result = verify(request, *auth, secret(kS3DocSecret), kS3DocTime.addSecs(offset));
    if (accepted)
        SIGV4_EXPECT_OK(result);
    else
        SIGV4_EXPECT_FAILURE(result, Failure::Expired);
}

void TestSigV4Refusals::unsignedPayloadIsBoundToTheSignature()
{
    // The presigned example signs the literal UNSIGNED-PAYLOAD...
    HttpRequest presigned = s3DocPresigned();
    const auto auth = parseAuthorization(presigned);
    QVERIFY(auth);
    SIGV4_EXPECT_OK(verify(presigned, *auth, secret(kS3DocSecret), kS3DocTime));
    presigned.payloadHash = kEmptySha256;
    SIGV4_EXPECT_FAILURE(verify(presigned, *auth, secret(kS3DocSecret), kS3DocTime),
                         Failure::SignatureDoesNotMatch);
    // ...and a request signed with a body hash does not pass as UNSIGNED-PAYLOAD.
    HttpRequest get = s3DocGetObject();
    get.payloadHash = kUnsignedPayload;
    SIGV4_EXPECT_FAILURE(verify(get, *parseAuthorization(get), secret(kS3DocSecret), kS3DocTime),
                         Failure::SignatureDoesNotMatch);
}

void TestSigV4Refusals::dateHeaderStandsInForXAmzDate()
{
    for (const QByteArray& date :
         {"Fri, 24 May 2013 00:00:00 GMT"_ba, "Fri, 24 May 2013 00:00:00 -0000"_ba}) {
        HttpRequest request = s3DocGetObject("date;host");
        removeHeader(request, "x-amz-date");
        request.headers.append({"Date", date});
        const auto auth = parseAuthorization(request);
        SIGV4_EXPECT_OK(auth);
        QCOMPARE(auth->requestTime, kS3DocTime);
        QCOMPARE(auth->amzDate, QByteArray("20130524T000000Z"));
    }
}

void TestSigV4Refusals::malformedHeaderAuthorizationsAreRefused_data()
{
    QTest::addColumn<QByteArray>("authorization"); // empty: no header
    QTest::addColumn<QByteArray>("amzDate");
    QTest::addColumn<Failure>("failure");
    const QByteArray date = "20130524T000000Z";
    const QByteArray rest = "SignedHeaders=host;x-amz-date, Signature=" + kPresignedSignature;
    const auto row = [&](const char* name, const QByteArray& credential, const QByteArray& fields,
                         const QByteArray& amzDate = "20130524T000000Z") {
        QTest::newRow(name) << QByteArray("AWS4-HMAC-SHA256 Credential=" + credential + ", " +
                                          fields)
                            << amzDate << Failure::Malformed;
    };
    QTest::newRow("no authorization") << QByteArray() << date << Failure::MissingAuthentication;
    QTest::newRow("signature version 2") << "AWS AKIAIOSFODNN7EXAMPLE:frJIUN8DYpKDtOLCwo="_ba
                                         << date << Failure::UnsupportedAlgorithm;
    QTest::newRow("SigV4a") << QByteArray("AWS4-ECDSA-P256-SHA256 Credential=" + kS3DocScope)
                            << date << Failure::UnsupportedAlgorithm;
    row("host not signed", kS3DocScope,
        "SignedHeaders=x-amz-date, Signature=" + kPresignedSignature);
    row("wrong terminator", "AKID/20130524/us-east-1/s3/aws4_reques", rest);
    row("no terminator", "AKID/20130524/us-east-1/s3", rest);
    row("six parts", "AK/ID/20130524/us-east-1/s3/aws4_request", rest);
    row("bad date", "AKID/20130532/us-east-1/s3/aws4_request", rest);
    row("short date", "AKID/2013052/us-east-1/s3/aws4_request", rest);
    row("scope day is not X-Amz-Date's", "AKID/20130523/us-east-1/s3/aws4_request", rest);
    row("empty region", "AKID/20130524//s3/aws4_request", rest);
    row("upper-case signed header", kS3DocScope,
        "SignedHeaders=Host, Signature=" + kPresignedSignature);
    row("unsorted signed headers", kS3DocScope,
        "SignedHeaders=x-amz-date;host, Signature=" + kPresignedSignature);
    row("repeated signed header", kS3DocScope,
        "SignedHeaders=host;host, Signature=" + kPresignedSignature);
    row("upper-case signature", kS3DocScope,
        "SignedHeaders=host, Signature=" + kPresignedSignature.toUpper());
    row("short signature", kS3DocScope, rest.chopped(1));
    row("no signature", kS3DocScope, "SignedHeaders=host");
    row("unknown field", kS3DocScope, rest + ", Extra=1");
    row("bad X-Amz-Date", kS3DocScope, rest, "20130524T000000");
    row("no date at all", kS3DocScope, rest, QByteArray());
}

void TestSigV4Refusals::malformedHeaderAuthorizationsAreRefused()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, amzDate);
    QFETCH(Failure, failure);
    HttpRequest request{"GET", "/test.txt", "a=1", {{"Host", "examplebucket"}}, kEmptySha256};
    if (!amzDate.isEmpty())
        request.headers.append({"X-Amz-Date", amzDate});
    if (!authorization.isEmpty())
        request.headers.append({"Authorization", authorization});
    const auto auth = parseAuthorization(request);
    SIGV4_EXPECT_FAILURE(auth, failure);
    QVERIFY(!auth.error().message.contains(QString::fromLatin1(kPresignedSignature)));
}

void TestSigV4Refusals::malformedPresignedUrlsAreRefused_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<bool>("withAuthorizationHeader");
    QTest::addColumn<Failure>("failure");
    const QByteArray url = s3DocPresigned().rawQuery;
    const auto changed = [&](const char* from, const char* to) {
        return QByteArray(url).replace(from, to);
    };
    QTest::newRow("also an Authorization header") << url << true << Failure::Malformed;
    QTest::newRow("no X-Amz-Expires")
        << changed("X-Amz-Expires=", "X=") << false << Failure::Malformed;
    QTest::newRow("X-Amz-Expires 0") << s3DocPresigned("0").rawQuery << false << Failure::Malformed;
    QTest::newRow("X-Amz-Expires 604801")
        << s3DocPresigned("604801").rawQuery << false << Failure::Malformed;
    QTest::newRow("signature twice") << QByteArray(url + "&X-Amz-Signature=" + kPresignedSignature)
                                     << false << Failure::Malformed;
    QTest::newRow("host not signed")
        << changed("SignedHeaders=host", "SignedHeaders=range") << false << Failure::Malformed;
    QTest::newRow("scope day is not X-Amz-Date's")
        << changed("%2F20130524%2F", "%2F20130525%2F") << false << Failure::Malformed;
    QTest::newRow("other algorithm") << changed("AWS4-HMAC-SHA256", "AWS4-ECDSA-P256-SHA256")
                                     << false << Failure::UnsupportedAlgorithm;
    QTest::newRow("Signature Version 2")
        << "AWSAccessKeyId=AKID&Expires=1&Signature=x"_ba << false << Failure::UnsupportedAlgorithm;
}

void TestSigV4Refusals::malformedPresignedUrlsAreRefused()
{
    QFETCH(QByteArray, query);
    QFETCH(bool, withAuthorizationHeader);
    QFETCH(Failure, failure);
    HttpRequest request = s3DocPresigned();
    request.rawQuery = query;
    if (withAuthorizationHeader)
        request.headers.append(s3DocGetObject().headers.last());
    SIGV4_EXPECT_FAILURE(parseAuthorization(request), failure);
}

void TestSigV4Refusals::signedHeaderMissingFromTheRequestIsMalformed()
{
    HttpRequest request = s3DocGetObject();
    const auto auth = parseAuthorization(request);
    QVERIFY(auth);
    removeHeader(request, "range");
    SIGV4_EXPECT_FAILURE(verify(request, *auth, secret(kS3DocSecret), kS3DocTime),
                         Failure::Malformed);
    QCOMPARE(parseAuthorization(request)->signedHeaders.size(),
             qsizetype(4)); // parsing alone cannot tell
}

void TestSigV4Refusals::refusalsNeverCarrySignaturesOrSecrets()
{
    const HttpRequest request = s3DocGetObject();
    const auto auth = parseAuthorization(request);
    QVERIFY(auth);
    const auto refused = verify(request, *auth, secret("a-wrong-secret"), kS3DocTime);
    SIGV4_EXPECT_FAILURE(refused, Failure::SignatureDoesNotMatch);
    static const QRegularExpression hex64(QStringLiteral("[0-9a-fA-F]{64}"));
    QVERIFY(!refused.error().message.contains(hex64));
    QVERIFY(!refused.error().message.contains(QStringLiteral("wrong-secret")));
    QVERIFY(!refused.error().message.contains(QString::fromLatin1(kS3DocSecret)));
}

QTEST_GUILESS_MAIN(TestSigV4Refusals)
#include "tst_SigV4Refusals.moc"
