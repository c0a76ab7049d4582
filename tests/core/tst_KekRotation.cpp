// SPDX-License-Identifier: GPL-3.0-or-later
// R6 key-encryption key rotation (KekRotation): secrets sealed under KEK A open after rotating
// to B, are sealed under B (new bytes, kek id B) and open without A; a rotation that fails
// part-way leaves store and KEK file as they were, and a failed commit leaves A in the file;
// retiring drops only KEKs no stored secret uses; one audit event, never key material.
#include "CountingStore.h"
#include "Expect.h"
#include "KekFile.h"
#include "KekRotation.h"
#include "S3Secret.h"
#include "TestWorld.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

using namespace keydesk;
using keydesk::test::CountingStore;
using keydesk::test::TestWorld;

namespace {
struct Row {
    qint64 id;
    QByteArray sealed;
    QString kekId;
    bool operator==(const Row&) const = default;
};

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestKekRotation : public QObject {
    Q_OBJECT

private slots:
    void init();
    void R6_rotationResealsEverySecretUnderTheNewKek();
    void R6_secretsOpenWithoutTheOldKekAfterRotation();
    void R6_rotatedKekFileStaysPrivate();
    void R6_failedResealLeavesStoreAndFileUnchanged_data();
    void R6_failedResealLeavesStoreAndFileUnchanged();
    void R6_failedCommitKeepsTheOldKekInTheFile();
    void R6_secretUnderAnUnconfiguredKekAbortsTheRotation();
    void R6_retireDropsOnlyKeksNoSecretUses();
    void R6_resealOnlyUsesTheCurrentKekOfTheRing();
    void R6_rotationIsAuditedOnceWithoutKeyMaterial();
    void R6_missingKekFileIsAnError();

private:
    QString kekFile() const { return m_world->databasePath() + QStringLiteral(".kek"); }
    // S3 keys of ann and eve (another site) and one plain key; their secrets as shown once.
    void createKeys(KeyService& keys, int count);
    QList<Row> rows();
    // Every created S3 secret opens with `ring` to the value shown at creation.
    bool allOpenWith(const KekRing& ring);

    std::unique_ptr<TestWorld> m_world;
    QHash<qint64, QByteArray> m_secrets; // key id -> S3 secret shown at creation
};

void TestKekRotation::init()
{
    m_world = std::make_unique<TestWorld>();
    m_secrets.clear();
    createKeys(m_world->keys(), 3);
}

void TestKekRotation::createKeys(KeyService& keys, int count)
{
    for (int i = 0; i < count; ++i) {
        const User& owner = i % 2 ? m_world->eve : m_world->ann;
        const User& admin = i % 2 ? m_world->euAdmin : m_world->siteAdmin;
        CreateKeyRequest r = m_world->userKey(owner, QStringLiteral("s3-%1").arg(i));
        r.s3 = true;
        auto created = keys.createKey(m_world->principal(admin), r);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        m_secrets.insert(created->key.id,
                         QByteArray(created->s3Secret.data(), created->s3Secret.size()));
    }
    QVERIFY(keys.createKey(m_world->principal(m_world->siteAdmin), m_world->userKey(m_world->ben)));
}

QList<Row> TestKekRotation::rows()
{
    QList<Row> out;
    const auto keys = m_world->store().listS3Keys();
    for (const ApiKey& k : keys.value())
        out << Row{k.id, k.s3SecretSealed, k.s3KekId};
    return out;
}

bool TestKekRotation::allOpenWith(const KekRing& ring)
{
    const auto keys = m_world->store().listS3Keys();
    if (!keys || keys->size() != m_secrets.size())
        return false;
    for (const ApiKey& k : *keys) {
        auto opened = S3Secret::open(ring, k);
        const QByteArray expected = m_secrets.value(k.id);
        if (!opened || opened->view() != std::string_view(expected.constData(), expected.size()))
            return false;
    }
    return true;
}

void TestKekRotation::R6_rotationResealsEverySecretUnderTheNewKek()
{
    const QString kekA = m_world->keks().current()->id;
    const QList<Row> before = rows();
    QCOMPARE(before.size(), 3);
    auto summary = KekRotation::rotateFile(m_world->store(), kekFile(), {});
    KD_EXPECT_OK(summary);
    QVERIFY(summary->newKey);
    QCOMPARE(summary->resealed, 3);
    QCOMPARE(summary->alreadyCurrent, 0);
    QCOMPARE(summary->keptKekIds, QStringList{kekA});
    QVERIFY(summary->retiredKekIds.isEmpty());
    const QString kekB = summary->currentKekId;
    QVERIFY(kekB != kekA);

    auto file = KekFile::load(kekFile());
    QVERIFY(file);
    QCOMPARE(file->ids(), (QStringList{kekB, kekA})); // new key first, the old one kept
    const QList<Row> after = rows();
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < after.size(); ++i) {
        QCOMPARE(after[i].id, before[i].id);
        QCOMPARE(after[i].kekId, kekB);
        QVERIFY(after[i].sealed != before[i].sealed);
    }
    QVERIFY(allOpenWith(*file));
}

void TestKekRotation::R6_secretsOpenWithoutTheOldKekAfterRotation()
{
    auto summary = KekRotation::rotateFile(m_world->store(), kekFile(), {});
    KD_EXPECT_OK(summary);
    auto file = KekFile::load(kekFile());
    QVERIFY(file);
    KekRing onlyB;
    onlyB.add(Kek{file->current()->id, SecretBytes::copyOf(file->current()->key.view())});
    QVERIFY(allOpenWith(onlyB));
    QVERIFY(!allOpenWith(m_world->keks())); // A alone opens none of them any more
}

void TestKekRotation::R6_rotatedKekFileStaysPrivate()
{
    KD_EXPECT_OK(KekRotation::rotateFile(m_world->store(), kekFile(), {}));
    const QFileDevice::Permissions mode = QFile::permissions(kekFile());
    QVERIFY(mode.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(int(mode & 0x77), 0);
    const QStringList leftovers =
        QDir(m_world->directory())
            .entryList({QStringLiteral("world.sqlite.kek.*")}, QDir::Files | QDir::Hidden);
    QCOMPARE(leftovers, QStringList()); // no temporary file stays behind
}

void TestKekRotation::R6_failedResealLeavesStoreAndFileUnchanged_data()
{
    QTest::addColumn<int>("failingUpdate");
    QTest::newRow("first secret") << 1;
    QTest::newRow("second secret") << 2;
    QTest::newRow("last secret") << 3;
}

void TestKekRotation::R6_failedResealLeavesStoreAndFileUnchanged()
{
    QFETCH(int, failingUpdate);
    const QList<Row> before = rows();
    const QByteArray fileBefore = fileBytes(kekFile());
    const int auditBefore = m_world->auditCount();
    CountingStore failing(m_world->store());
    failing.failS3UpdateNumber = failingUpdate;
    KD_EXPECT_ERROR(KekRotation::rotateFile(failing, kekFile(), {}), ErrorCode::StoreFailure);
    QVERIFY(rows() == before);
    QVERIFY(fileBytes(kekFile()) == fileBefore);
    QCOMPARE(m_world->auditCount(), auditBefore);
    QVERIFY(allOpenWith(m_world->keks()));
}

void TestKekRotation::R6_failedCommitKeepsTheOldKekInTheFile()
{
    const QString kekA = m_world->keks().current()->id;
    const QList<Row> before = rows();
    CountingStore failing(m_world->store());
    failing.failCommits = true;
    KD_EXPECT_ERROR(KekRotation::rotateFile(failing, kekFile(), {}), ErrorCode::StoreFailure);
    QVERIFY(rows() == before); // rolled back
    auto file = KekFile::load(kekFile());
    QVERIFY(file);
    QCOMPARE(file->ids().size(), 2); // the new key was written, and A is still there
    QCOMPARE(file->ids().last(), kekA);
    QVERIFY(allOpenWith(*file));
    // Running again without a new key finishes the job under the key the file made current.
    auto finished =
        KekRotation::rotateFile(m_world->store(), kekFile(), KekRotation::FileOptions{false});
    KD_EXPECT_OK(finished);
    QCOMPARE(finished->resealed, 3);
    QCOMPARE(finished->currentKekId, file->current()->id);
    QCOMPARE(KekFile::load(kekFile())->ids(), file->ids()); // file untouched
    for (const Row& r : rows())
        QCOMPARE(r.kekId, file->current()->id);
}

void TestKekRotation::R6_secretUnderAnUnconfiguredKekAbortsTheRotation()
{
    KekRing stranger;
    stranger.add(KekRing::generate());
    KeyService other(m_world->store(), &stranger, [this] { return m_world->now; });
    createKeys(other, 1); // sealed under a KEK the file does not hold
    const QList<Row> before = rows();
    const QByteArray fileBefore = fileBytes(kekFile());
    const auto rotated = KekRotation::rotateFile(m_world->store(), kekFile(), {});
    KD_EXPECT_ERROR(rotated, ErrorCode::StoreFailure);
    QVERIFY2(rotated.error().message.contains(
                 QStringLiteral("The key-encryption key %1 is not configured")
                     .arg(stranger.current()->id)),
             qPrintable(rotated.error().message));
    QVERIFY(rows() == before);
    QVERIFY(fileBytes(kekFile()) == fileBefore); // checked before the file was written
}

void TestKekRotation::R6_retireDropsOnlyKeksNoSecretUses()
{
    const QString kekA = m_world->keks().current()->id;
    KD_EXPECT_OK(KekRotation::rotateFile(m_world->store(), kekFile(), {}));
    // A process still running with the old file seals a new secret under A meanwhile.
    createKeys(m_world->keys(), 1);
    auto kept = KekRotation::retireUnused(m_world->store(), kekFile());
    KD_EXPECT_OK(kept);
    QVERIFY(kept->isEmpty());
    QVERIFY(KekFile::load(kekFile())->find(kekA));
    // Once that secret is re-sealed too, A goes.
    auto done = KekRotation::rotateFile(m_world->store(), kekFile(), {false, true});
    KD_EXPECT_OK(done);
    QCOMPARE(done->resealed, 1);
    QCOMPARE(done->alreadyCurrent, 3);
    QCOMPARE(done->retiredKekIds, QStringList{kekA});
    QVERIFY(done->keptKekIds.isEmpty());
    auto file = KekFile::load(kekFile());
    QCOMPARE(file->ids(), QStringList{done->currentKekId});
    QVERIFY(allOpenWith(*file));
}

void TestKekRotation::R6_resealOnlyUsesTheCurrentKekOfTheRing()
{
    // KEYDESK_KEK="new:...,old:...": the caller's ring, no file involved.
    KekRing ring;
    ring.add(KekRing::generate());
    const Kek* old = m_world->keks().current();
    ring.add(Kek{old->id, SecretBytes::copyOf(old->key.view())});
    const QByteArray fileBefore = fileBytes(kekFile());
    auto summary = KekRotation::reseal(m_world->store(), ring);
    KD_EXPECT_OK(summary);
    QVERIFY(!summary->newKey);
    QCOMPARE(summary->resealed, 3);
    QCOMPARE(summary->keptKekIds, QStringList{old->id});
    for (const Row& r : rows())
        QCOMPARE(r.kekId, ring.current()->id);
    QVERIFY(allOpenWith(ring));
    QVERIFY(fileBytes(kekFile()) == fileBefore);
    KD_EXPECT_ERROR(KekRotation::reseal(m_world->store(), KekRing{}), ErrorCode::InvalidInput);
}

void TestKekRotation::R6_rotationIsAuditedOnceWithoutKeyMaterial()
{
    const int auditBefore = m_world->auditCount();
    auto summary = KekRotation::rotateFile(m_world->store(), kekFile(), {true, true});
    KD_EXPECT_OK(summary);
    QCOMPARE(m_world->auditCount(), auditBefore + 2); // kek.rotate, kek.retire
    AuditQuery q;
    q.siteId = m_world->acme.id; // the primary site
    q.limit = 2;
    auto page = m_world->store().listAudit(q);
    QVERIFY(page && page->events.size() == 2);
    const AuditEvent& rotate = page->events.at(1);
    QCOMPARE(rotate.action, QStringLiteral("kek.rotate"));
    QVERIFY(!rotate.actorUserId && !rotate.actorKeyId && !rotate.targetKeyId);
    QCOMPARE(rotate.details.value(QStringLiteral("kek_id")).toString(), summary->currentKekId);
    QCOMPARE(rotate.details.value(QStringLiteral("resealed")).toInt(), 3);
    QCOMPARE(page->events.at(0).action, QStringLiteral("kek.retire"));
    auto file = KekFile::load(kekFile());
    const QByteArray kekB64 =
        QByteArray(file->current()->key.data(), file->current()->key.size()).toBase64();
    for (const AuditEvent& e : page->events) {
        const QByteArray json = QJsonDocument(e.details).toJson();
        QVERIFY(!json.contains(kekB64));
        for (const QByteArray& secret : std::as_const(m_secrets))
            QVERIFY(!json.contains(secret.left(16)));
    }
}

void TestKekRotation::R6_missingKekFileIsAnError()
{
    const QList<Row> before = rows();
    KD_EXPECT_ERROR(KekRotation::rotateFile(m_world->store(),
                                            m_world->directory() + QStringLiteral("/none.kek"), {}),
                    ErrorCode::InvalidInput);
    QVERIFY(rows() == before);
}

QTEST_GUILESS_MAIN(TestKekRotation)
#include "tst_KekRotation.moc"
