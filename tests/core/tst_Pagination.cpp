// SPDX-License-Identifier: GPL-3.0-or-later
// Keyset pagination with store-side sort and filter: every sort, both directions, with ties
// and nulls, pages through exactly the rows an in-memory sort gives; filters select the
// right rows; cursors are validated.
#include "Expect.h"
#include "TestWorld.h"

#include <algorithm>

using namespace keydesk;
using keydesk::test::TestWorld;

namespace {
QList<ApiKey> pageThrough(TestWorld& w, const Principal& p, KeyQuery q, int pageSize)
{
    QList<ApiKey> all;
    q.limit = pageSize;
    for (int guard = 0; guard < 1000; ++guard) {
        auto page = w.keys().listKeys(p, q);
        if (!page)
            return {};
        all << page->keys;
        if (page->nextCursor.isEmpty())
            break;
        q.cursor = page->nextCursor;
    }
    return all;
}

qint64 sortKey(const ApiKey& k, KeySortField f)
{
    switch (f) {
    case KeySortField::CreatedAt:
        return k.createdAt.toMSecsSinceEpoch();
    case KeySortField::ExpiresAt:
        return k.expiresAt ? k.expiresAt->toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    case KeySortField::LastUseAt:
        return k.lastUseAt ? k.lastUseAt->toMSecsSinceEpoch() : 0;
    default:
        return k.id;
    }
}

bool before(const ApiKey& a, const ApiKey& b, KeySortField f)
{
    if (f == KeySortField::Name)
        return a.name != b.name ? a.name < b.name : a.id < b.id;
    const qint64 x = sortKey(a, f), y = sortKey(b, f);
    return x != y ? x < y : a.id < b.id;
}

// 40 keys with repeated names, some expiring, some used, some disabled, a few S3.
void populate(TestWorld& w)
{
    const Principal admin = w.principal(w.siteAdmin);
    for (int i = 0; i < 40; ++i) {
        CreateKeyRequest r = i % 3 ? w.userKey(i % 2 ? w.ann : w.ben) : w.siteWideKey(w.acme);
        r.name = QStringLiteral("key-%1").arg(i % 7);
        if (i % 4 == 0)
            r.expiresAt = w.now.addDays(1 + i % 10);
        r.s3 = r.userId && i % 5 == 0;
        if (i == 11)
            r.description = QStringLiteral("Grüße, don't \"quote\" me");
        CreatedKey k = w.create(admin, r);
        if (i % 6 == 0)
            (void)w.store().touchLastUse(k.key.id, w.now.addSecs(i), 0);
        if (i % 9 == 0)
            (void)w.keys().disableKey(admin, k.key.id);
        w.advance(i % 2); // some keys share created_at
    }
}
} // namespace

class TestPagination : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everySortPagesThroughEveryRowOnce_data();
    void everySortPagesThroughEveryRowOnce();
    void filtersSelectTheRightRows();
    void searchFindsSubstringsAnywhere_data();
    void searchFindsSubstringsAnywhere();
    void cursorsAreValidated_data();
    void cursorsAreValidated();
    void namesSortByteWise();

private:
    std::unique_ptr<TestWorld> m_world;
};

void TestPagination::initTestCase()
{
    m_world = std::make_unique<TestWorld>();
    populate(*m_world);
}

void TestPagination::everySortPagesThroughEveryRowOnce_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<int>("pageSize");
    for (KeySortField f : {KeySortField::Id, KeySortField::Name, KeySortField::CreatedAt,
                           KeySortField::ExpiresAt, KeySortField::LastUseAt}) {
        for (bool desc : {false, true}) {
            for (int size : {1, 7, 100})
                QTest::addRow("%s %s by %d", qPrintable(nameOf(f)), desc ? "desc" : "asc", size)
                    << int(f) << desc << size;
        }
    }
}

void TestPagination::everySortPagesThroughEveryRowOnce()
{
    QFETCH(int, field);
    QFETCH(bool, descending);
    QFETCH(int, pageSize);
    TestWorld& w = *m_world;
    const Principal admin = w.principal(w.siteAdmin);
    KeyQuery q;
    q.sortBy = KeySortField(field);
    q.descending = descending;
    const QList<ApiKey> paged = pageThrough(w, admin, q, pageSize);
    QList<ApiKey> expected = pageThrough(w, admin, KeyQuery{}, 10000);
    std::sort(expected.begin(), expected.end(), [&](const ApiKey& a, const ApiKey& b) {
        return descending ? before(b, a, q.sortBy) : before(a, b, q.sortBy);
    });
    QCOMPARE(paged.size(), expected.size());
    QCOMPARE(paged.size(), 44); // 40 plus the four members' own keys on acme
    for (qsizetype i = 0; i < paged.size(); ++i)
        QCOMPARE(paged[i].id, expected[i].id);
}

void TestPagination::filtersSelectTheRightRows()
{
    TestWorld& w = *m_world;
    const Principal admin = w.principal(w.siteAdmin);
    const QList<ApiKey> all = pageThrough(w, admin, KeyQuery{}, 10000);
    const auto count = [&](auto pred) { return int(std::count_if(all.begin(), all.end(), pred)); };
    const auto filtered = [&](auto setup) {
        KeyQuery q;
        setup(q);
        return int(pageThrough(w, admin, q, 5).size());
    };
    QCOMPARE(filtered([](KeyQuery& q) { q.status = KeyStatus::Disabled; }),
             count([](const ApiKey& k) { return k.permissionSet == PermissionSet::None; }));
    QCOMPARE(
        filtered([&](KeyQuery& q) { q.status = KeyStatus::Active; }), count([&](const ApiKey& k) {
            return k.status(w.now) == KeyStatus::Active || k.status(w.now) == KeyStatus::Expiring;
        }));
    QCOMPARE(filtered([&](KeyQuery& q) { q.status = KeyStatus::Expiring; }),
             count([&](const ApiKey& k) { return k.status(w.now) == KeyStatus::Expiring; }));
    QCOMPARE(filtered([](KeyQuery& q) { q.kind = KeyKindFilter::SiteWide; }),
             count([](const ApiKey& k) { return k.kind() == KeyKind::SiteWide; }));
    QCOMPARE(filtered([](KeyQuery& q) { q.kind = KeyKindFilter::S3; }),
             count([](const ApiKey& k) { return k.isS3(); }));
    QCOMPARE(filtered([&](KeyQuery& q) { q.userId = w.ann.id; }),
             count([&](const ApiKey& k) { return k.userId == w.ann.id; }));
    QCOMPARE(filtered([](KeyQuery& q) { q.text = QStringLiteral("KEY-3"); }),
             count([](const ApiKey& k) { return k.name == QLatin1String("key-3"); }));
    QCOMPARE(filtered([](KeyQuery& q) { q.text = QStringLiteral("ben"); }),
             count([](const ApiKey& k) { return k.ownerName == QLatin1String("ben"); }));
    QVERIFY(filtered([](KeyQuery& q) { q.status = KeyStatus::Disabled; }) > 0);
    QVERIFY(filtered([](KeyQuery& q) { q.kind = KeyKindFilter::S3; }) > 0);
    w.advance(20 * 86400); // all expiries passed
    QCOMPARE(filtered([](KeyQuery& q) { q.status = KeyStatus::Expired; }),
             count([&](const ApiKey& k) {
                 return k.expiresAt && k.permissionSet != PermissionSet::None;
             }));
    w.advance(-20 * 86400);
}

void TestPagination::searchFindsSubstringsAnywhere_data()
{
    QTest::addColumn<QString>("text");
    for (const char* t : {"ey-", "KEY-5", "y-6", "ann", "BE", "k", "zzz", "\"", "a\"b", "key AND",
                          "NEAR(", "*", "key-1 OR", "don't", "ü", "kdu_", "Grüße"})
        QTest::newRow(t) << QString::fromUtf8(t);
}

void TestPagination::searchFindsSubstringsAnywhere()
{
    // The trigram index (3+ characters) and the LIKE fallback must both select exactly the keys
    // whose name, description, prefix or owner contains the text, ignoring ASCII case.
    QFETCH(QString, text);
    TestWorld& w = *m_world;
    const Principal admin = w.principal(w.siteAdmin);
    const QList<ApiKey> all = pageThrough(w, admin, KeyQuery{}, 10000);
    QList<qint64> expected;
    for (const ApiKey& k : all) {
        for (const QString& field : {k.name, k.description, k.prefix, k.ownerName}) {
            if (field.contains(text, Qt::CaseInsensitive)) {
                expected << k.id;
                break;
            }
        }
    }
    KeyQuery q;
    q.text = text;
    QList<qint64> found;
    for (const ApiKey& k : pageThrough(w, admin, q, 7))
        found << k.id;
    QCOMPARE(found, expected);
}

void TestPagination::cursorsAreValidated_data()
{
    QTest::addColumn<QString>("cursor");
    QTest::newRow("garbage") << QStringLiteral("not a cursor!");
    QTest::newRow("base64 of junk") << QStringLiteral("aGVsbG8");
    QTest::newRow("huge") << QString(5000, QLatin1Char('A'));
    QTest::newRow("other sort order") << QStringLiteral("OTHER");
}

void TestPagination::cursorsAreValidated()
{
    QFETCH(QString, cursor);
    TestWorld& w = *m_world;
    const Principal admin = w.principal(w.siteAdmin);
    if (cursor == QLatin1String("OTHER")) {
        KeyQuery byName;
        byName.sortBy = KeySortField::Name;
        byName.limit = 2;
        cursor = w.keys().listKeys(admin, byName)->nextCursor;
        QVERIFY(!cursor.isEmpty());
    }
    KeyQuery q;
    q.cursor = cursor;
    auto page = w.keys().listKeys(admin, q);
    KD_EXPECT_ERROR(page, ErrorCode::InvalidInput);
    QCOMPARE(page.error().type, QStringLiteral("bad-request/invalid-cursor"));
}

void TestPagination::namesSortByteWise()
{
    // Code point (UTF-8 byte) order, as SQLite's BINARY collation: digits, upper case, "_",
    // lower case, then accented letters; PostgreSQL sorts with COLLATE "C" whatever the
    // database's (often linguistic) collation, so both stores page in the same order. On the
    // site "other", apart from the keys of the tests above.
    TestWorld& w = *m_world;
    const Principal admin = w.principal(w.otherAdmin);
    for (const char* name : {"b", "B", "a", "A", "_x", "Zeta", "zeta", "é", "e", "10", "9", "a b",
                             "a-b", "a.b", "a_b", "Ärger", "b", "ab", "aB"})
        w.create(admin, w.userKey(w.otherAdmin, QString::fromUtf8(name)));
    for (bool descending : {false, true}) {
        KeyQuery q;
        q.sortBy = KeySortField::Name;
        q.descending = descending;
        const QList<ApiKey> paged = pageThrough(w, admin, q, 3);
        QList<ApiKey> expected = pageThrough(w, admin, KeyQuery{}, 10000);
        std::sort(expected.begin(), expected.end(), [&](const ApiKey& a, const ApiKey& b) {
            return descending ? before(b, a, q.sortBy) : before(a, b, q.sortBy);
        });
        QCOMPARE(paged.size(), 20);
        QStringList names, expectedNames;
        for (qsizetype i = 0; i < paged.size(); ++i) {
            names << paged[i].name;
            expectedNames << expected[i].name;
            QCOMPARE(paged[i].id, expected[i].id);
        }
        QCOMPARE(names, expectedNames);
    }
    KeyQuery q;
    q.sortBy = KeySortField::Name;
    const QList<ApiKey> first = pageThrough(w, admin, q, 100).mid(0, 5);
    QStringList names;
    for (const ApiKey& k : first)
        names << k.name;
    QCOMPARE(names, (QStringList{QStringLiteral("10"), QStringLiteral("9"), QStringLiteral("A"),
                                 QStringLiteral("B"), QStringLiteral("Zeta")}));
}

QTEST_GUILESS_MAIN(TestPagination)
#include "tst_Pagination.moc"
