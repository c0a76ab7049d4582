// SPDX-License-Identifier: GPL-3.0-or-later
// The S3 listener's parts without a network: request heads as they arrive, query and path
// decoding, the object store's listing order, prefixes, delimiters and pages, replacing and
// deleting objects, multipart assembly and its refusals.
#include "S3Http.h"
#include "S3ObjectStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace keydesk::server::s3;

namespace {
QStringList utf8List(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list << QString::fromUtf8(item);
    return list;
}
} // namespace

class tst_S3Units : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void headParsing_data();
    void headParsing();
    void pipelinedHeadsComeOneAtATime();
    void queryAndPathDecoding();
    void listingFollowsPrefixDelimiterAndPages();
    void listingResumesAfterACommonPrefix();
    void putReplacesAndDeleteRemovesTheBlob();
    void multipartAssemblesPartsInOrder();
    void multipartRefusesBadPartLists();
    void completeMultipartXmlIsValidated();
    void deleteObjectsXmlIsValidated();
    void sweepRemovesWhatWasAbandonedOnly();

private:
    ObjectInfo put(const QString& key, const QByteArray& bytes);
    std::unique_ptr<QTemporaryFile> body(const QByteArray& bytes);
    QStringList keysOf(const ListPage& page) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ObjectStore> m_store;
};

void tst_S3Units::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ObjectStore>(m_dir->filePath(QStringLiteral("objects")));
    QVERIFY(m_store->prepare().has_value());
}

void tst_S3Units::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<QTemporaryFile> tst_S3Units::body(const QByteArray& bytes)
{
    auto file = m_store->newBody(1);
    if (!file)
        return nullptr;
    (*file)->write(bytes);
    return std::move(*file);
}

ObjectInfo tst_S3Units::put(const QString& key, const QByteArray& bytes)
{
    auto file = body(bytes);
    const QByteArray md5 = QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex();
    auto info = m_store->put(1, key, *file, md5, "text/plain");
    return info ? *info : ObjectInfo{};
}

QStringList tst_S3Units::keysOf(const ListPage& page) const
{
    QStringList keys;
    for (const ObjectInfo& o : page.objects)
        keys << o.key;
    return keys;
}

void tst_S3Units::headParsing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("length");

    QTest::newRow("complete GET") << QByteArray("GET /default/a%20b?list-type=2 HTTP/1.1\r\n"
                                                "Host: x\r\n\r\n")
                                  << int(HeadStatus::Complete) << qint64(0);
    QTest::newRow("PUT with a length") << QByteArray("PUT /default/k HTTP/1.1\r\nHost: x\r\n"
                                                     "Content-Length: 5\r\n\r\nhello")
                                       << int(HeadStatus::Complete) << qint64(5);
    QTest::newRow("not finished") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n")
                                  << int(HeadStatus::Incomplete) << qint64(0);
    QTest::newRow("chunked") << QByteArray("PUT /default/k HTTP/1.1\r\nHost: x\r\n"
                                           "Transfer-Encoding: chunked\r\n\r\n")
                             << int(HeadStatus::LengthRequired) << qint64(0);
    QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\nAccept: */*\r\n\r\n")
                             << int(HeadStatus::Malformed) << qint64(0);
    QTest::newRow("negative length") << QByteArray("PUT /k HTTP/1.1\r\nHost: x\r\n"
                                                   "Content-Length: -1\r\n\r\n")
                                     << int(HeadStatus::Malformed) << qint64(0);
    QTest::newRow("two lengths") << QByteArray("PUT /k HTTP/1.1\r\nHost: x\r\n"
                                               "Content-Length: 1\r\nContent-Length: 2\r\n\r\n")
                                 << int(HeadStatus::Malformed) << qint64(0);
    QTest::newRow("relative target") << QByteArray("GET default HTTP/1.1\r\nHost: x\r\n\r\n")
                                     << int(HeadStatus::Malformed) << qint64(0);
    QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n")
                                    << int(HeadStatus::Malformed) << qint64(0);
    QTest::newRow("too large") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX-Pad: " +
                                             QByteArray(70 * 1024, 'a') + "\r\n\r\n")
                               << int(HeadStatus::TooLarge) << qint64(0);
}

void tst_S3Units::headParsing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(qint64, length);
    HttpHead head;
    QCOMPARE(int(keydesk::server::s3::takeHead(bytes, head, 64 * 1024)), status);
    if (status == int(HeadStatus::Complete))
        QCOMPARE(head.contentLength, length);
}

void tst_S3Units::pipelinedHeadsComeOneAtATime()
{
    QByteArray bytes(
        "GET /a HTTP/1.1\r\nHost: h\r\nX-Amz-Meta-A:  one \r\nx-amz-meta-a: two\r\n\r\n"
        "HEAD /b?x HTTP/1.0\r\nHost: h\r\n\r\n");
    HttpHead head;
    QCOMPARE(keydesk::server::s3::takeHead(bytes, head, 4096), HeadStatus::Complete);
    QCOMPARE(head.rawPath, QByteArray("/a"));
    QCOMPARE(head.header("x-amz-meta-a"), QByteArray("one,two"));
    QVERIFY(head.keepAlive);
    QCOMPARE(keydesk::server::s3::takeHead(bytes, head, 4096), HeadStatus::Complete);
    QCOMPARE(head.method, QByteArray("HEAD"));
    QCOMPARE(head.rawQuery, QByteArray("x"));
    QVERIFY(!head.keepAlive); // HTTP/1.0 without keep-alive
    QVERIFY(bytes.isEmpty());
}

void tst_S3Units::queryAndPathDecoding()
{
    const QueryItems items = parseQuery("list-type=2&prefix=a%2Fb+c&uploads&empty=");
    QCOMPARE(queryValue(items, u"prefix"), QStringLiteral("a/b c"));
    QVERIFY(hasQueryItem(items, u"uploads"));
    QVERIFY(hasQueryItem(items, u"empty"));
    QVERIFY(!hasQueryItem(items, u"missing"));
    QCOMPARE(*decodePath("/default/%C3%BCber+x"), QStringLiteral("/default/über+x"));
    QVERIFY(!decodePath("/default/%ZZ"));
    QVERIFY(!decodePath("/default/%C3")); // not UTF-8
    QVERIFY(!decodePath("/default/%4"));  // cut short
}

void tst_S3Units::listingFollowsPrefixDelimiterAndPages()
{
    for (const QString& key :
         {QStringLiteral("a/1"), QStringLiteral("a/2"), QStringLiteral("a/x/3"),
          QStringLiteral("a/x/4"), QStringLiteral("a/y/5"), QStringLiteral("b/6"),
          QStringLiteral("a/\u00fc"), QStringLiteral("a/Z")})
        QVERIFY(!put(key, "x").blob.isEmpty());
    auto all = m_store->list(1, {QStringLiteral("a/"), {}, {}, 1000});
    QVERIFY(all.has_value());
    // Byte order of UTF-8, as S3 lists: upper case before lower case before non-ASCII.
    QCOMPARE(keysOf(*all),
             utf8List({"a/1", "a/2", "a/Z", "a/x/3", "a/x/4", "a/y/5", "a/\xc3\xbc"}));
    auto folders = m_store->list(1, {QStringLiteral("a/"), QStringLiteral("/"), {}, 1000});
    QVERIFY(folders.has_value());
    QCOMPARE(keysOf(*folders), utf8List({"a/1", "a/2", "a/Z", "a/\xc3\xbc"}));
    QCOMPARE(folders->commonPrefixes, utf8List({"a/x/", "a/y/"}));
    QVERIFY(!folders->truncated);

    QStringList paged;
    QString after;
    for (int pages = 0; pages < 10; ++pages) {
        auto page = m_store->list(1, {QStringLiteral("a/"), QStringLiteral("/"), after, 2});
        QVERIFY(page.has_value());
        paged << keysOf(*page) << page->commonPrefixes;
        if (!page->truncated)
            break;
        after = page->last;
    }
    QCOMPARE(paged.size(), 6);
    paged.sort();
    QCOMPARE(paged, utf8List({"a/1", "a/2", "a/Z", "a/x/", "a/y/", "a/\xc3\xbc"}));
}

void tst_S3Units::listingResumesAfterACommonPrefix()
{
    for (const QString& key :
         {QStringLiteral("d/a/1"), QStringLiteral("d/a/2"), QStringLiteral("d/b")})
        put(key, "x");
    auto page =
        m_store->list(1, {QStringLiteral("d/"), QStringLiteral("/"), QStringLiteral("d/a/"), 1000});
    QVERIFY(page.has_value());
    QCOMPARE(keysOf(*page), utf8List({"d/b"}));
    QVERIFY(page->commonPrefixes.isEmpty());
}

void tst_S3Units::putReplacesAndDeleteRemovesTheBlob()
{
    const QString blobs = m_dir->filePath(QStringLiteral("objects/site-1/blobs"));
    const ObjectInfo first = put(QStringLiteral("k"), "first");
    const ObjectInfo second = put(QStringLiteral("k"), "second!");
    QVERIFY(first.blob != second.blob);
    QCOMPARE(QDir(blobs).entryList(QDir::Files), QStringList{second.blob});
    auto found = m_store->find(1, QStringLiteral("k"));
    QVERIFY(found && *found);
    QCOMPARE((*found)->size, 7);
    QCOMPARE((*found)->etag, QCryptographicHash::hash("second!", QCryptographicHash::Md5).toHex());
    auto removed = m_store->remove(1, QStringLiteral("k"));
    QVERIFY(removed && *removed);
    QVERIFY(QDir(blobs).entryList(QDir::Files).isEmpty());
    auto again = m_store->remove(1, QStringLiteral("k"));
    QVERIFY(again && !*again);
    QVERIFY(QDir(m_dir->filePath(QStringLiteral("objects/site-1/tmp"))).isEmpty());
}

void tst_S3Units::multipartAssemblesPartsInOrder()
{
    auto id = m_store->createUpload(1, QStringLiteral("big"), QStringLiteral("user:2"), {});
    QVERIFY(id.has_value());
    const QByteArray one(5 * 1024 * 1024, 'a');
    const QByteArray two("tail");
    QList<std::pair<int, QByteArray>> parts;
    for (const auto& [number, bytes] : {std::pair{2, two}, std::pair{1, one}}) {
        auto file = body(bytes);
        const QByteArray md5 = QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex();
        auto etag = m_store->putPart(1, *id, number, *file, md5);
        QVERIFY(etag.has_value());
        parts.prepend({number, *etag});
    }
    auto upload = m_store->upload(1, *id);
    QVERIFY(upload.has_value());
    auto info = m_store->complete(1, *upload, parts);
    QVERIFY2(info.has_value(), info ? "" : qPrintable(info.error().message));
    QCOMPARE(info->size, one.size() + two.size());
    QVERIFY(info->etag.endsWith("-2"));
    auto file = m_store->open(1, *info);
    QVERIFY(file.has_value());
    QVERIFY((*file)->readAll() == one + two);
    QCOMPARE(m_store->upload(1, *id).error().code, QByteArray("NoSuchUpload"));
}

void tst_S3Units::multipartRefusesBadPartLists()
{
    auto id = m_store->createUpload(1, QStringLiteral("k"), QStringLiteral("user:2"), {});
    QVERIFY(id.has_value());
    QByteArray etags[3];
    for (int n = 1; n <= 2; ++n) {
        auto file = body("small part");
        etags[n] = *m_store->putPart(1, *id, n, *file, QByteArray::number(n).repeated(32).left(32));
    }
    const Upload upload = *m_store->upload(1, *id);
    QCOMPARE(m_store->complete(1, upload, {{2, etags[2]}, {1, etags[1]}}).error().code,
             QByteArray("InvalidPartOrder"));
    QCOMPARE(m_store->complete(1, upload, {{1, etags[1]}, {3, etags[2]}}).error().code,
             QByteArray("InvalidPart"));
    QCOMPARE(m_store->complete(1, upload, {{1, etags[2]}}).error().code, QByteArray("InvalidPart"));
    QCOMPARE(m_store->complete(1, upload, {{1, etags[1]}, {2, etags[2]}}).error().code,
             QByteArray("EntityTooSmall"));
    QVERIFY(m_store->complete(1, upload, {{2, etags[2]}}).has_value()); // the last may be small
    auto found = m_store->find(1, QStringLiteral("k"));
    QVERIFY(found && *found && (*found)->size == 10);
}

void tst_S3Units::completeMultipartXmlIsValidated()
{
    auto parts = parseCompleteMultipart(
        "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>\"ab\"</ETag></Part>"
        "<Part><ETag>cd</ETag><PartNumber>2</PartNumber></Part></CompleteMultipartUpload>");
    QVERIFY(parts.has_value());
    QCOMPARE(parts->size(), 2);
    QCOMPARE(parts->at(0).second, QByteArray("ab"));
    QCOMPARE(parts->at(1).first, 2);
    for (const QByteArray& bad :
         {QByteArray("<CompleteMultipartUpload>"), QByteArray("not xml"),
          QByteArray("<CompleteMultipartUpload></CompleteMultipartUpload>"),
          QByteArray("<C><Part><PartNumber>0</PartNumber><ETag>x</ETag></Part></C>"),
          QByteArray("<C><Part><PartNumber>1</PartNumber></Part></C>")})
        QCOMPARE(parseCompleteMultipart(bad).error().code, QByteArray("MalformedXML"));
}

void tst_S3Units::deleteObjectsXmlIsValidated()
{
    auto request = parseDeleteObjects("<Delete><Quiet>true</Quiet><Object><Key>a b</Key></Object>"
                                      "<Object><Key>c/&amp;d</Key></Object></Delete>");
    QVERIFY(request.has_value());
    QVERIFY(request->quiet);
    QCOMPARE(request->keys, QStringList({QStringLiteral("a b"), QStringLiteral("c/&d")}));
    QByteArray many = "<Delete>";
    for (int i = 0; i < 1001; ++i)
        many += "<Object><Key>k" + QByteArray::number(i) + "</Key></Object>";
    many += "</Delete>";
    for (const QByteArray& bad :
         {QByteArray("<Delete></Delete>"), QByteArray("<Delete><Object>"), many})
        QCOMPARE(parseDeleteObjects(bad).error().code, QByteArray("MalformedXML"));
}

void tst_S3Units::sweepRemovesWhatWasAbandonedOnly()
{
    const ObjectInfo kept = put(QStringLiteral("kept"), "x");
    auto id = m_store->createUpload(1, QStringLiteral("big"), QStringLiteral("user:2"), {});
    auto part = body("part");
    QVERIFY(m_store->putPart(1, *id, 1, *part, QByteArray(32, 'a')).has_value());
    const QString dir = m_dir->filePath(QStringLiteral("objects/site-1"));
    QFile orphan(dir + QStringLiteral("/blobs/orphan"));
    QVERIFY(orphan.open(QIODevice::WriteOnly));
    orphan.close();
    auto halfReceived = body("cut off");
    halfReceived->setAutoRemove(false);
    const QString tmpFile = halfReceived->fileName();
    halfReceived.reset();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(m_store->sweep(now), 0); // everything is fresh
    // Eight days on: the upload (and its part) and the two stray files go, the object stays.
    QCOMPARE(m_store->sweep(now.addDays(8)), 3);
    QCOMPARE(m_store->upload(1, *id).error().code, QByteArray("NoSuchUpload"));
    QVERIFY(!QFile::exists(tmpFile));
    QCOMPARE(QDir(dir + QStringLiteral("/blobs")).entryList(QDir::Files), QStringList{kept.blob});
    auto found = m_store->find(1, QStringLiteral("kept"));
    QVERIFY(found && *found);
}

QTEST_GUILESS_MAIN(tst_S3Units)
#include "tst_s3_units.moc"
