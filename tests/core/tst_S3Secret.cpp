// SPDX-License-Identifier: GPL-3.0-or-later
// R6 at rest: a stored S3 secret opens (S3Secret::open) to exactly what its creation showed, and
// fails closed with a clear error when any byte of the sealed secret, its KEK id or its Access
// Key ID (the associated data) was changed in the store, or when its KEK is not configured.
// Neither errors nor log lines carry the secret or the sealed bytes.
#include "Expect.h"
#include "KekFile.h"
#include "S3Secret.h"
#include "TestWorld.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace keydesk;
using keydesk::test::TestWorld;

namespace {
// Every log line of the test, to prove none carries secret material.
QStringList g_log;

void captureLog(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_log << message;
}

QByteArray flipped(QByteArray bytes, qsizetype i)
{
    bytes[i] = char(bytes[i] ^ 0x01);
    return bytes;
}

// Text that must appear in no error and no log line: the secret, and the sealed bytes in every
// form a message could show them.
QList<QByteArray> forbiddenForms(const SecretBytes& secret, const QByteArray& sealed)
{
    return {QByteArray(secret.data(), 16), sealed.toHex().left(24), sealed.toBase64().left(24),
            sealed.mid(1, 12)};
}

bool mentionsAny(const QString& text, const QList<QByteArray>& forms)
{
    const QByteArray bytes = text.toLatin1();
    for (const QByteArray& f : forms) {
        if (bytes.contains(f))
            return true;
    }
    return false;
}
} // namespace

class TestS3Secret : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void R6_storedSecretOpensToTheCreatedValue();
    void R6_everyTamperedSealedByteFailsClosed_data();
    void R6_everyTamperedSealedByteFailsClosed();
    void R6_changedKekIdFailsClosed_data();
    void R6_changedKekIdFailsClosed();
    void R6_changedAccessKeyIdFailsClosed_data();
    void R6_changedAccessKeyIdFailsClosed();
    void R6_sealedSecretMovedToAnotherKeyFailsClosed();
    void R6_missingKekIsAClearError();
    void R6_keyWithoutS3CredentialsIsAnError();
    void R6_noErrorOrLogLineCarriesSecretMaterial();

private:
    // An S3 key of ann, created through KeyService; its secret as shown once.
    CreatedKey createS3Key(const QString& name = QStringLiteral("s3"));
    ApiKey stored(qint64 id);
    void setColumn(qint64 id, const char* column, const QVariant& value);

    std::unique_ptr<TestWorld> m_world;
    QtMessageHandler m_previousHandler = nullptr;
};

void TestS3Secret::init()
{
    m_world = std::make_unique<TestWorld>();
    g_log.clear();
    m_previousHandler = qInstallMessageHandler(captureLog);
}

void TestS3Secret::cleanup()
{
    qInstallMessageHandler(m_previousHandler);
    m_world.reset();
}

CreatedKey TestS3Secret::createS3Key(const QString& name)
{
    CreateKeyRequest r = m_world->userKey(m_world->ann, name);
    r.s3 = true;
    return m_world->create(m_world->principal(m_world->siteAdmin), r);
}

ApiKey TestS3Secret::stored(qint64 id)
{
    auto key = m_world->store().key(id);
    if (!key || !*key)
        qFatal("key %lld is not in the store", id);
    return **key;
}

// Changes a column as someone with write access to the database file would.
void TestS3Secret::setColumn(qint64 id, const char* column, const QVariant& value)
{
    auto q = m_world->store().exec(
        QStringLiteral("UPDATE api_keys SET %1 = ? WHERE id = ?").arg(QLatin1String(column)),
        {value, id});
    QVERIFY2(q && q->numRowsAffected() == 1, "tampering with the row failed");
}

void TestS3Secret::R6_storedSecretOpensToTheCreatedValue()
{
    const CreatedKey created = createS3Key();
    const ApiKey key = stored(created.key.id);
    QVERIFY(key.isS3());
    QCOMPARE(key.s3KekId, m_world->keks().current()->id);
    auto opened = S3Secret::open(m_world->keks(), key);
    KD_EXPECT_OK(opened);
    QVERIFY(opened->view() == created.s3Secret.view());
    QCOMPARE(opened->size(), S3Secret::kSecretLength);
    // A ring read from the KEK file, as another process would load it, opens it as well.
    auto fromFile = KekFile::load(m_world->databasePath() + QStringLiteral(".kek"));
    QVERIFY(fromFile);
    QVERIFY(S3Secret::open(*fromFile, key)->view() == created.s3Secret.view());
}

void TestS3Secret::R6_everyTamperedSealedByteFailsClosed_data()
{
    QTest::addColumn<int>("byte");
    // version | 12-byte nonce | 40 bytes of ciphertext | 16-byte tag
    for (int i = 0; i < 1 + 12 + 40 + 16; ++i)
        QTest::addRow("byte %d", i) << i;
}

void TestS3Secret::R6_everyTamperedSealedByteFailsClosed()
{
    QFETCH(int, byte);
    const CreatedKey created = createS3Key();
    const QByteArray sealed = stored(created.key.id).s3SecretSealed;
    QCOMPARE(sealed.size(), 1 + 12 + 40 + 16);
    setColumn(created.key.id, "s3_secret_sealed", flipped(sealed, byte));
    const auto opened = S3Secret::open(m_world->keks(), stored(created.key.id));
    KD_EXPECT_ERROR(opened, ErrorCode::StoreFailure);
    QCOMPARE(opened.error().message,
             QStringLiteral("The S3 secret of API key #%1 failed authentication (damaged or "
                            "tampered with)")
                 .arg(created.key.id));
}

void TestS3Secret::R6_changedKekIdFailsClosed_data()
{
    QTest::addColumn<int>("byte");
    const int length = int(KekRing::generate().id.size()); // "kek-" + 10 characters
    for (int i = 0; i < length; ++i)
        QTest::addRow("byte %d", i) << i;
}

void TestS3Secret::R6_changedKekIdFailsClosed()
{
    QFETCH(int, byte);
    const CreatedKey created = createS3Key();
    const QString kekId = stored(created.key.id).s3KekId;
    const QString changed = QString::fromLatin1(flipped(kekId.toLatin1(), byte));
    setColumn(created.key.id, "s3_kek_id", changed);
    const auto opened = S3Secret::open(m_world->keks(), stored(created.key.id));
    KD_EXPECT_ERROR(opened, ErrorCode::StoreFailure);
    QVERIFY2(opened.error().message.endsWith(QStringLiteral(" is not configured")),
             qPrintable(opened.error().message));
}

void TestS3Secret::R6_changedAccessKeyIdFailsClosed_data()
{
    QTest::addColumn<int>("byte");
    for (int i = 0; i < 20; ++i) // "KDAK" + 16 characters
        QTest::addRow("byte %d", i) << i;
}

void TestS3Secret::R6_changedAccessKeyIdFailsClosed()
{
    QFETCH(int, byte);
    const CreatedKey created = createS3Key();
    const QString id = created.key.s3AccessKeyId;
    setColumn(created.key.id, "s3_access_key_id",
              QString::fromLatin1(flipped(id.toLatin1(), byte)));
    const ApiKey key = stored(created.key.id);
    QVERIFY(key.s3AccessKeyId != id);
    KD_EXPECT_ERROR(S3Secret::open(m_world->keks(), key), ErrorCode::StoreFailure);
}

void TestS3Secret::R6_sealedSecretMovedToAnotherKeyFailsClosed()
{
    const CreatedKey a = createS3Key(QStringLiteral("a"));
    const CreatedKey b = createS3Key(QStringLiteral("b"));
    setColumn(b.key.id, "s3_secret_sealed", stored(a.key.id).s3SecretSealed);
    KD_EXPECT_ERROR(S3Secret::open(m_world->keks(), stored(b.key.id)), ErrorCode::StoreFailure);
    // A ring whose KEK of that id holds other bytes: still no secret comes out.
    KekRing ring;
    ring.add(KekRing::generate());
    ring.add(Kek{m_world->keks().current()->id, SecretBytes(32)}); // all zero
    KD_EXPECT_ERROR(S3Secret::open(ring, stored(a.key.id)), ErrorCode::StoreFailure);
}

void TestS3Secret::R6_missingKekIsAClearError()
{
    const CreatedKey created = createS3Key();
    KekRing other;
    other.add(KekRing::generate());
    const auto opened = S3Secret::open(other, stored(created.key.id));
    KD_EXPECT_ERROR(opened, ErrorCode::StoreFailure);
    QCOMPARE(opened.error().message, QStringLiteral("The key-encryption key %1 is not configured")
                                         .arg(m_world->keks().current()->id));
    KD_EXPECT_ERROR(S3Secret::open(KekRing{}, stored(created.key.id)), ErrorCode::StoreFailure);
}

void TestS3Secret::R6_keyWithoutS3CredentialsIsAnError()
{
    const CreatedKey plain =
        m_world->create(m_world->principal(m_world->siteAdmin), m_world->userKey(m_world->ann));
    const auto opened = S3Secret::open(m_world->keks(), stored(plain.key.id));
    KD_EXPECT_ERROR(opened, ErrorCode::StoreFailure);
    QVERIFY(opened.error().message.contains(QStringLiteral("has no S3 credentials")));
}

void TestS3Secret::R6_noErrorOrLogLineCarriesSecretMaterial()
{
    const CreatedKey created = createS3Key();
    const QByteArray sealed = stored(created.key.id).s3SecretSealed;
    const QList<QByteArray> forms = forbiddenForms(created.s3Secret, sealed);
    QStringList messages;
    setColumn(created.key.id, "s3_secret_sealed", flipped(sealed, 20));
    messages << S3Secret::open(m_world->keks(), stored(created.key.id)).error().message;
    setColumn(created.key.id, "s3_secret_sealed", sealed);
    messages << S3Secret::open(KekRing{}, stored(created.key.id)).error().message;
    setColumn(created.key.id, "s3_kek_id", QString::fromLatin1(sealed.toBase64()));
    messages << S3Secret::open(m_world->keks(), stored(created.key.id)).error().message;
    QVERIFY(g_log.size() >= 3); // the failures were logged ...
    for (const QString& line : messages + g_log)
        QVERIFY(!mentionsAny(line, forms)); // ... without the secret or the sealed bytes
    QVERIFY(messages.last().contains(QStringLiteral("(damaged id)")));
}

QTEST_GUILESS_MAIN(TestS3Secret)
#include "tst_S3Secret.moc"
