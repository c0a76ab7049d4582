// SPDX-License-Identifier: GPL-3.0-or-later
// AES-256-GCM sealing of S3 secrets, KEK files, and SecretBytes.
#include "Crypto.h"
#include "Expect.h"
#include "KekFile.h"
#include "SecretBox.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace keydesk;

namespace {
const QByteArray kAad = "KDAKAAAAAAAAAAAAAAAA";
const std::string_view kSecret = "s3cretS3cretS3cretS3cretS3cretS3cretS3cr";
} // namespace

class TestSecretBox : public QObject {
    Q_OBJECT

private slots:
    void sealedSecretsOpenWithTheSameKekAndAad();
    void everyTamperedByteFailsClosed();
    void wrongKekOrAadFailsClosed();
    void sealingTwiceGivesDifferentCiphertexts();
    void kekFileRoundTrip();
    void kekFileMustBePrivate();
    void kekFileRejectsGarbage_data();
    void kekFileRejectsGarbage();
    void kekFileIsNeverOverwritten();
    void kekFromEnvironment();
    void kekFromEnvironmentListsSeveralKeysCurrentFirst();
    void kekFromEnvironmentRejectsBadLists_data();
    void kekFromEnvironmentRejectsBadLists();
    void kekFileReplaceKeepsOrderAndMode();
    void kekFileReplaceNeedsAnExistingFile();
    void secretBytesMoveAndGrow();
};

void TestSecretBox::sealedSecretsOpenWithTheSameKekAndAad()
{
    const Kek kek = KekRing::generate();
    auto sealed = SecretBox::seal(kek, kSecret, kAad);
    QVERIFY(sealed);
    QCOMPARE(sealed->size(), qsizetype(1 + 12 + kSecret.size() + 16));
    QVERIFY(!sealed->contains(QByteArray(kSecret.data(), 16)));
    auto opened = SecretBox::open(kek, *sealed, kAad);
    QVERIFY(opened);
    QVERIFY(opened->view() == kSecret);
}

void TestSecretBox::everyTamperedByteFailsClosed()
{
    const Kek kek = KekRing::generate();
    const QByteArray sealed = *SecretBox::seal(kek, kSecret, kAad);
    for (qsizetype i = 0; i < sealed.size(); ++i) {
        QByteArray tampered = sealed;
        tampered[i] = char(tampered[i] ^ 0x01);
        QVERIFY2(!SecretBox::open(kek, tampered, kAad),
                 qPrintable(QStringLiteral("byte %1").arg(i)));
    }
    QVERIFY(!SecretBox::open(kek, sealed.left(sealed.size() - 1), kAad));
    QVERIFY(!SecretBox::open(kek, QByteArray(sealed + 'x'), kAad));
    QVERIFY(!SecretBox::open(kek, QByteArray(), kAad));
}

void TestSecretBox::wrongKekOrAadFailsClosed()
{
    const Kek kek = KekRing::generate();
    const QByteArray sealed = *SecretBox::seal(kek, kSecret, kAad);
    QVERIFY(!SecretBox::open(KekRing::generate(), sealed, kAad));
    QVERIFY(!SecretBox::open(kek, sealed, "KDAKBBBBBBBBBBBBBBBB"));
    Kek shortKek{QStringLiteral("short"), SecretBytes(16)};
    QVERIFY(!SecretBox::seal(shortKek, kSecret, kAad));
}

void TestSecretBox::sealingTwiceGivesDifferentCiphertexts()
{
    const Kek kek = KekRing::generate();
    QVERIFY(*SecretBox::seal(kek, kSecret, kAad) != *SecretBox::seal(kek, kSecret, kAad));
}

void TestSecretBox::kekFileRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kek"));
    auto created = KekFile::create(path);
    QVERIFY(created);
    const QFileDevice::Permissions mode = QFile::permissions(path);
    QVERIFY(mode.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(int(mode & 0x77), 0); // nothing for group and others
    auto loaded = KekFile::load(path);
    QVERIFY(loaded);
    QCOMPARE(loaded->current()->id, created->current()->id);
    QVERIFY(loaded->current()->key.view() == created->current()->key.view());
    QVERIFY(KekRing::isValidId(loaded->current()->id));
    const QByteArray sealed = *SecretBox::seal(*created->current(), kSecret, kAad);
    QVERIFY(SecretBox::open(*loaded->find(created->current()->id), sealed, kAad));
}

void TestSecretBox::kekFileMustBePrivate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kek"));
    QVERIFY(KekFile::create(path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                    QFileDevice::ReadGroup);
    KD_EXPECT_ERROR(KekFile::load(path), ErrorCode::InvalidInput);
}

void TestSecretBox::kekFileRejectsGarbage_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no id") << QByteArray("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n");
    QTest::newRow("short key") << QByteArray("k1 AAAA\n");
    QTest::newRow("not base64") << QByteArray("k1 ********************************************\n");
    QTest::newRow("bad id") << QByteArray("k/1 AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n");
}

void TestSecretBox::kekFileRejectsGarbage()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("kek")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    KD_EXPECT_ERROR(KekFile::load(file.fileName()), ErrorCode::InvalidInput);
}

void TestSecretBox::kekFileIsNeverOverwritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kek"));
    auto first = KekFile::create(path);
    QVERIFY(first);
    KD_EXPECT_ERROR(KekFile::create(path), ErrorCode::InvalidInput);
    QCOMPARE(KekFile::load(path)->current()->id, first->current()->id);
}

void TestSecretBox::kekFromEnvironment()
{
    qputenv("KEYDESK_KEK", "envkek:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
    auto ring = KekFile::fromEnvironment();
    qunsetenv("KEYDESK_KEK");
    QVERIFY(ring);
    QCOMPARE(ring->current()->id, QStringLiteral("envkek"));
    QCOMPARE(ring->current()->key.size(), 32);
    QCOMPARE(int(ring->current()->key.bytes()[31]), 31);
    QVERIFY(KekFile::fromEnvironment()->isEmpty());
}

void TestSecretBox::kekFromEnvironmentListsSeveralKeysCurrentFirst()
{
    qputenv("KEYDESK_KEK", "new:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=, "
                           "old:Hx4dHBsaGRgXFhUUExIREA8ODQwLCgkIBwYFBAMCAQA=");
    auto ring = KekFile::fromEnvironment();
    qunsetenv("KEYDESK_KEK");
    QVERIFY(ring);
    QCOMPARE(ring->ids(), (QStringList{QStringLiteral("new"), QStringLiteral("old")}));
    QCOMPARE(ring->current()->id, QStringLiteral("new"));
    QCOMPARE(int(ring->find(QStringLiteral("old"))->key.bytes()[0]), 0x1f);
}

void TestSecretBox::kekFromEnvironmentRejectsBadLists_data()
{
    QTest::addColumn<QByteArray>("value");
    const QByteArray key = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    QTest::newRow("trailing comma") << "a:" + key + ",";
    QTest::newRow("empty entry") << "a:" + key + ",,b:" + key;
    QTest::newRow("same id twice") << "a:" + key + ",a:" + key;
    QTest::newRow("second has no id") << "a:" + key + "," + key;
    QTest::newRow("semicolon") << "a:" + key + ";b:" + key;
}

void TestSecretBox::kekFromEnvironmentRejectsBadLists()
{
    QFETCH(QByteArray, value);
    qputenv("KEYDESK_KEK", value);
    auto ring = KekFile::fromEnvironment();
    qunsetenv("KEYDESK_KEK");
    KD_EXPECT_ERROR(ring, ErrorCode::InvalidInput);
}

void TestSecretBox::kekFileReplaceKeepsOrderAndMode()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kek"));
    auto ring = KekFile::create(path);
    QVERIFY(ring);
    const QString old = ring->current()->id;
    ring->makeCurrent(KekRing::generate());
    KD_EXPECT_OK(KekFile::replace(path, *ring));
    auto loaded = KekFile::load(path); // refuses anything but mode 0600
    QVERIFY(loaded);
    QCOMPARE(loaded->ids(), ring->ids());
    QCOMPARE(loaded->ids().last(), old);
    QVERIFY(loaded->current()->key.view() == ring->current()->key.view());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("kek")});
    QCOMPARE(ring->retireAllBut({}), QStringList{old}); // never the current one
    QCOMPARE(ring->ids().size(), 1);
}

void TestSecretBox::kekFileReplaceNeedsAnExistingFile()
{
    QTemporaryDir dir;
    KekRing ring;
    ring.add(KekRing::generate());
    KD_EXPECT_ERROR(KekFile::replace(dir.filePath(QStringLiteral("none")), ring),
                    ErrorCode::InvalidInput);
    QVERIFY(QDir(dir.path()).isEmpty());
    const QString path = dir.filePath(QStringLiteral("kek"));
    QVERIFY(KekFile::create(path));
    KD_EXPECT_ERROR(KekFile::replace(path, KekRing{}), ErrorCode::InvalidInput);
    QVERIFY(KekFile::load(path));
}

void TestSecretBox::secretBytesMoveAndGrow()
{
    SecretBytes a = SecretBytes::copyOf("abc");
    for (int i = 0; i < 100; ++i)
        a.append("0123456789");
    QCOMPARE(a.size(), 1003);
    QVERIFY(a.view().substr(0, 4) == "abc0");
    SecretBytes b = std::move(a);
    QCOMPARE(a.size(), 0);
    QVERIFY(a.isEmpty());
    QCOMPARE(b.size(), 1003);
    b.resize(3);
    QVERIFY(b.view() == "abc");
    b.clear();
    QVERIFY(b.isEmpty());
    QCOMPARE(crypto::sha256("abc").toHex(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

QTEST_GUILESS_MAIN(TestSecretBox)
#include "tst_SecretBox.moc"
