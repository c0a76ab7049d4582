// SPDX-License-Identifier: GPL-3.0-or-later
// R4/R6 at rest: the database files (main file, WAL, shared memory) and the audit rows never
// contain a key or an S3 secret in plaintext, whatever happened to the keys, nor a KEK, also
// after a KEK rotation re-sealed every S3 secret.
#include "Expect.h"
#include "KekFile.h"
#include "KekRotation.h"
#include "TestWorld.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

using namespace keydesk;
using keydesk::test::TestWorld;

namespace {
QByteArray allDatabaseBytes(const QString& dir)
{
    QByteArray bytes;
    for (const QFileInfo& f : QDir(dir).entryInfoList(QDir::Files)) {
        if (!f.fileName().startsWith(QLatin1String("world.sqlite")) ||
            f.fileName().endsWith(QLatin1String(".kek"))) // the KEK file is not the database
            continue;
        QFile file(f.absoluteFilePath());
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

// The parts of a secret that must never appear: the whole value and any 16-character run
// past the stored display prefix.
QList<QByteArray> fragments(const SecretBytes& secret, int skip)
{
    const QByteArray s(secret.data(), secret.size());
    QList<QByteArray> out{s};
    for (qsizetype i = skip; i + 16 <= s.size(); i += 8)
        out << s.mid(i, 16);
    return out;
}
} // namespace

class TestSecretStorage : public QObject {
    Q_OBJECT

private slots:
    void R4_R6_noSecretInTheDatabaseFiles();
    void R4_noSecretInAuditRows();
    void R6_noSecretOrKekInTheDatabaseFilesAfterKekRotation();
};

void TestSecretStorage::R4_R6_noSecretInTheDatabaseFiles()
{
    TestWorld w;
    w.setUsersCanCreate(w.acme, true);
    const Principal admin = w.principal(w.siteAdmin);
    QList<QByteArray> forbidden;
    for (int i = 0; i < 20; ++i) {
        CreateKeyRequest r = i % 2 ? w.userKey(i % 4 == 1 ? w.ann : w.ben) : w.siteWideKey(w.acme);
        r.s3 = i % 2 == 1;
        r.description = QStringLiteral("key %1").arg(i);
        CreatedKey k = w.create(admin, r);
        forbidden << fragments(k.secret, 10);
        if (r.s3)
            forbidden << fragments(k.s3Secret, 0);
        if (i % 5 == 0)
            KD_EXPECT_OK(w.keys().disableKey(admin, k.key.id));
        if (i % 7 == 0)
            KD_EXPECT_OK(w.keys().revokeKey(admin, k.key.id));
    }
    QVERIFY(w.auth().authenticate(w.create(admin, w.userKey(w.ann)).secret.view(), w.acme.id));
    const QByteArray bytes = allDatabaseBytes(w.directory());
    QVERIFY(bytes.size() > 4096);
    QVERIFY(bytes.contains("kdu_")); // display prefixes are there, so the scan reads real data
    int leaks = 0;
    for (const QByteArray& f : forbidden)
        leaks += bytes.contains(f) ? 1 : 0;
    QCOMPARE(leaks, 0);
}

void TestSecretStorage::R4_noSecretInAuditRows()
{
    TestWorld w;
    const Principal admin = w.principal(w.siteAdmin);
    CreateKeyRequest r = w.userKey(w.ann);
    r.s3 = true;
    CreatedKey k = w.create(admin, r);
    KD_EXPECT_OK(w.keys().disableKey(admin, k.key.id));
    KD_EXPECT_OK(w.keys().revokeKey(admin, k.key.id));
    auto page = w.keys().listAudit(admin, AuditQuery{});
    QVERIFY(page);
    QCOMPARE(page->events.size(), 3);
    for (const AuditEvent& e : page->events) {
        const QByteArray json = QJsonDocument(e.details).toJson();
        for (const QByteArray& f : fragments(k.secret, 10) + fragments(k.s3Secret, 0))
            QVERIFY(!json.contains(f));
        QVERIFY(!e.details.contains(QStringLiteral("key")));
        QVERIFY(!e.details.contains(QStringLiteral("aws_secret_key")));
    }
}

void TestSecretStorage::R6_noSecretOrKekInTheDatabaseFilesAfterKekRotation()
{
    TestWorld w;
    const Principal admin = w.principal(w.siteAdmin);
    QList<QByteArray> forbidden;
    for (int i = 0; i < 6; ++i) {
        CreateKeyRequest r = w.userKey(i % 2 ? w.ann : w.ben, QStringLiteral("s3 %1").arg(i));
        r.s3 = true;
        CreatedKey k = w.create(admin, r);
        forbidden << fragments(k.secret, 10) << fragments(k.s3Secret, 0);
    }
    const QString kekFile = w.databasePath() + QStringLiteral(".kek");
    auto rotated = KekRotation::rotateFile(w.store(), kekFile, {true, true});
    KD_EXPECT_OK(rotated);
    QCOMPARE(rotated->resealed, 6);
    auto ring = KekFile::load(kekFile);
    QVERIFY(ring);
    for (const Kek* kek : {ring->current(), w.keks().current()}) { // the new KEK and the retired
        const QByteArray raw(kek->key.data(), kek->key.size());
        forbidden << raw << raw.toBase64() << raw.toHex();
    }
    const QByteArray bytes = allDatabaseBytes(w.directory());
    QVERIFY(bytes.contains(rotated->currentKekId.toLatin1())); // the rows were rewritten
    int leaks = 0;
    for (const QByteArray& f : forbidden)
        leaks += bytes.contains(f) ? 1 : 0;
    QCOMPARE(leaks, 0);
}

QTEST_GUILESS_MAIN(TestSecretStorage)
#include "tst_SecretStorage.moc"
