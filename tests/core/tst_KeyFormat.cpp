// SPDX-License-Identifier: GPL-3.0-or-later
// Key material (DESIGN.md section 5): the scannable format, its checksum, and that every
// single-character typo is rejected before any store access.
#include "Authenticator.h"
#include "CountingStore.h"
#include "Crypto.h"
#include "KeyFormat.h"
#include "KeyMinter.h"
#include "TestWorld.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace keydesk;

namespace {
QString text(const SecretBytes& s)
{
    return QString::fromLatin1(s.data(), s.size());
}

// Every key that differs from `key` in exactly one character: all base62 substitutions, plus
// characters outside the alphabet.
QList<std::string> singleCharacterTypos(const std::string& key)
{
    QList<std::string> typos;
    const std::string extra = "_-+/= .!O0lI";
    for (size_t pos = 0; pos < key.size(); ++pos) {
        for (char c : std::string(crypto::kBase62) + extra) {
            if (c == key[pos])
                continue;
            std::string typo = key;
            typo[pos] = c;
            typos << typo;
        }
    }
    return typos;
}
} // namespace

class TestKeyFormat : public QObject {
    Q_OBJECT

private slots:
    void generatedKeysHaveTheDocumentedShape_data();
    void generatedKeysHaveTheDocumentedShape();
    void generatedKeysAreUnique();
    void checksumIsCrc32OfEverythingBefore();
    void everySingleCharacterTypoIsRejected();
    void adjacentTranspositionsAreRejected();
    void wrongLengthIsRejected_data();
    void wrongLengthIsRejected();
    void typosNeverReachTheStore();
    void errorsNeverQuoteTheKey();
    void accessKeyIdsHaveTheDocumentedShape();
    void randomCharactersAreUniform();
};

void TestKeyFormat::generatedKeysHaveTheDocumentedShape_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("site-wide") << int(KeyKind::SiteWide) << QStringLiteral("kds_");
    QTest::newRow("user") << int(KeyKind::User) << QStringLiteral("kdu_");
}

void TestKeyFormat::generatedKeysHaveTheDocumentedShape()
{
    QFETCH(int, kind);
    QFETCH(QString, prefix);
    const SecretBytes key = KeyFormat::generate(KeyKind(kind));
    static const QRegularExpression shape(QStringLiteral("^kd[su]_[0-9A-Za-z]{46}$"));
    QVERIFY(shape.match(text(key)).hasMatch());
    QVERIFY(text(key).startsWith(prefix));
    auto parsed = KeyFormat::parse(key.view());
    QVERIFY(parsed);
    QCOMPARE(int(parsed->kind), kind);
    QCOMPARE(parsed->displayPrefix, text(key).left(10));
}

void TestKeyFormat::generatedKeysAreUnique()
{
    QSet<QString> seen;
    for (int i = 0; i < 5000; ++i)
        seen.insert(text(KeyFormat::generate(KeyKind::User)));
    QCOMPARE(seen.size(), 5000);
}

void TestKeyFormat::checksumIsCrc32OfEverythingBefore()
{
    QCOMPARE(KeyFormat::crc32("123456789"), 0xCBF43926u); // the CRC-32 check value
    const SecretBytes key = KeyFormat::generate(KeyKind::SiteWide);
    const QString k = text(key);
    QCOMPARE(KeyFormat::checksumText(key.view().substr(0, 44)), k.right(6));
}

void TestKeyFormat::everySingleCharacterTypoIsRejected()
{
    for (KeyKind kind : {KeyKind::SiteWide, KeyKind::User}) {
        const SecretBytes key = KeyFormat::generate(kind);
        const auto typos = singleCharacterTypos(std::string(key.view()));
        QVERIFY(typos.size() > 50 * 61);
        int accepted = 0;
        for (const std::string& typo : typos)
            accepted += KeyFormat::parse(typo).has_value() ? 1 : 0;
        QCOMPARE(accepted, 0);
    }
}

void TestKeyFormat::adjacentTranspositionsAreRejected()
{
    const SecretBytes key = KeyFormat::generate(KeyKind::User);
    const std::string k(key.view());
    for (size_t i = 0; i + 1 < k.size(); ++i) {
        if (k[i] == k[i + 1])
            continue;
        std::string swapped = k;
        std::swap(swapped[i], swapped[i + 1]);
        QVERIFY2(!KeyFormat::parse(swapped), qPrintable(QStringLiteral("swap at %1").arg(i)));
    }
}

void TestKeyFormat::wrongLengthIsRejected_data()
{
    QTest::addColumn<int>("cut");
    QTest::addColumn<QByteArray>("extra");
    QTest::newRow("empty") << 50 << QByteArray();
    QTest::newRow("one short") << 1 << QByteArray();
    QTest::newRow("one long") << 0 << QByteArray("a");
    QTest::newRow("trailing newline") << 0 << QByteArray("\n");
    QTest::newRow("doubled") << 0 << QByteArray("kdu_");
}

void TestKeyFormat::wrongLengthIsRejected()
{
    QFETCH(int, cut);
    QFETCH(QByteArray, extra);
    const SecretBytes key = KeyFormat::generate(KeyKind::User);
    std::string k(key.view().substr(0, key.view().size() - size_t(cut)));
    k += extra.toStdString();
    QVERIFY(!KeyFormat::parse(k));
}

void TestKeyFormat::typosNeverReachTheStore()
{
    test::TestWorld world;
    test::CountingStore counting(world.store());
    Authenticator auth(counting, [&] { return world.now; });
    const CreatedKey created =
        world.create(world.principal(world.siteAdmin), world.userKey(world.ann));
    const auto typos = singleCharacterTypos(std::string(created.secret.view()));
    for (const std::string& typo : typos) {
        auto r = auth.authenticate(typo, world.acme.id);
        QVERIFY(!r);
        QCOMPARE(r.error().failure, AuthFailure::Malformed);
    }
    QCOMPARE(counting.keyLookups, 0);
    QVERIFY(auth.authenticate(created.secret.view(), world.acme.id));
    QCOMPARE(counting.keyLookups, 1);
}

void TestKeyFormat::errorsNeverQuoteTheKey()
{
    const SecretBytes key = KeyFormat::generate(KeyKind::User);
    std::string typo(key.view());
    typo[20] = typo[20] == 'a' ? 'b' : 'a';
    auto r = KeyFormat::parse(typo);
    QVERIFY(!r);
    const QString random = QString::fromLatin1(typo.substr(4, 40));
    QVERIFY(!r.error().message.contains(random.left(8)));
    QVERIFY(!r.error().message.contains(random.mid(10, 8)));
}

void TestKeyFormat::accessKeyIdsHaveTheDocumentedShape()
{
    static const QRegularExpression shape(QStringLiteral("^KDAK[A-Z2-7]{16}$"));
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        const QString id = KeyMinter::newAccessKeyId();
        QVERIFY(shape.match(id).hasMatch());
        seen.insert(id);
    }
    QCOMPARE(seen.size(), 1000);
}

void TestKeyFormat::randomCharactersAreUniform()
{
    // 62 symbols x ~3200 draws each: every count within 5 standard deviations of the mean.
    const SecretBytes sample = crypto::randomString(crypto::kBase62, 62 * 3200);
    QHash<char, int> counts;
    for (char c : sample.view())
        ++counts[c];
    QCOMPARE(counts.size(), 62);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        QVERIFY2(qAbs(it.value() - 3200) < 5 * 56,
                 qPrintable(QStringLiteral("count %1").arg(it.value())));
}

QTEST_GUILESS_MAIN(TestKeyFormat)
#include "tst_KeyFormat.moc"
