// SPDX-License-Identifier: GPL-3.0-or-later
// KEYDESK_API_KEY missing or bad: exit 3, one clear line on stderr, and the key is never echoed.
#include "CliAsserts.h"
#include "KeyFormat.h"

using namespace keydesk::clitest;

namespace {
// The same key with one character replaced by another base62 character.
QByteArray mistyped(const QByteArray& key, qsizetype at)
{
    QByteArray out = key;
    out[at] = out.at(at) == 'a' ? 'b' : 'a';
    return out;
}

enum class Bad {
    Unset,
    Empty,
    Malformed,
    MistypedBody,
    MistypedChecksum,
    Unknown,
    Revoked,
    Disabled,
    Padded
};
} // namespace

class TestCliAuth : public QObject {
    Q_OBJECT

private slots:
    void init();
    void badKeyIsRefused_data();
    void badKeyIsRefused();
    void unsetKeyNamesTheVariable();
    void goodKeyIsAccepted();

private:
    std::optional<QByteArray> badKey(Bad bad);

    std::unique_ptr<CliRunner> m_cli;
    QByteArray m_admin;
};

void TestCliAuth::init()
{
    m_cli = std::make_unique<CliRunner>();
    QVERIFY2(m_cli->isValid(), "no temporary directory or no KEYDESK_CTL");
    CliResult r;
    m_admin = m_cli->init(&r);
    QVERIFY2(!m_admin.isEmpty(), qPrintable(r.describe()));
}

std::optional<QByteArray> TestCliAuth::badKey(Bad bad)
{
    switch (bad) {
    case Bad::Unset:
        return std::nullopt;
    case Bad::Empty:
        return QByteArray("");
    case Bad::Malformed:
        return QByteArray("not-a-key-at-all-but-long-enough-to-look-like-one");
    case Bad::MistypedBody:
        return mistyped(m_admin, 10);
    case Bad::MistypedChecksum:
        return mistyped(m_admin, m_admin.size() - 1);
    case Bad::Unknown: {
        const keydesk::SecretBytes fresh = keydesk::KeyFormat::generate(keydesk::KeyKind::User);
        return QByteArray(fresh.data(), fresh.size());
    }
    case Bad::Revoked:
    case Bad::Disabled: {
        const CreatedKey k = m_cli->createKey(m_admin, args({"--name", "gone", "--site-wide"}));
        const char* verb = bad == Bad::Revoked ? "revoke" : "disable";
        const CliResult r = m_cli->run(
            QStringList{QStringLiteral("key"), QString::fromLatin1(verb), QString::number(k.id)},
            m_admin);
        return k.ok() && r.exitCode == 0 ? k.key : QByteArray("setup-failed");
    }
    case Bad::Padded:
        return m_admin + "x";
    }
    return std::nullopt;
}

void TestCliAuth::badKeyIsRefused_data()
{
    QTest::addColumn<int>("bad");
    QTest::addColumn<QString>("reason"); // a word the one stderr line must contain
    QTest::newRow("unset") << int(Bad::Unset) << QStringLiteral("KEYDESK_API_KEY");
    QTest::newRow("empty") << int(Bad::Empty) << QStringLiteral("KEYDESK_API_KEY");
    QTest::newRow("malformed") << int(Bad::Malformed) << QStringLiteral("malformed");
    QTest::newRow("mistyped body") << int(Bad::MistypedBody) << QStringLiteral("mistyped");
    QTest::newRow("mistyped checksum") << int(Bad::MistypedChecksum) << QStringLiteral("mistyped");
    QTest::newRow("one character too many") << int(Bad::Padded) << QStringLiteral("malformed");
    QTest::newRow("unknown") << int(Bad::Unknown) << QStringLiteral("no such key");
    QTest::newRow("revoked") << int(Bad::Revoked) << QStringLiteral("no such key");
    QTest::newRow("disabled") << int(Bad::Disabled) << QStringLiteral("disabled");
}

void TestCliAuth::badKeyIsRefused()
{
    QFETCH(int, bad);
    QFETCH(QString, reason);
    const std::optional<QByteArray> key = badKey(Bad(bad));
    const int events = m_cli->auditCount(m_admin);
    for (const QStringList& command :
         {args({"key", "list"}), args({"site", "show"}),
          args({"key", "create", "--name", "n", "--site-wide"}), args({"audit", "list"})}) {
        const CliResult r = m_cli->run(command, key);
        CLI_EXPECT_ERROR(r, 3);
        QVERIFY2(QString::fromUtf8(r.err).contains(reason, Qt::CaseInsensitive),
                 qPrintable(r.describe()));
        QVERIFY(r.err.startsWith("keydeskctl: not authenticated: "));
        if (key && !key->isEmpty())
            QVERIFY2(!r.mentions(*key), "the key is echoed");
    }
    if (key && !key->isEmpty()) {
        const CliResult v = m_cli->verify(*key, QStringLiteral("acme"));
        CLI_EXPECT_ERROR(v, 3);
        QVERIFY2(!v.mentions(*key), "key verify echoes the key");
    }
    QCOMPARE(m_cli->auditCount(m_admin), events);
}

void TestCliAuth::unsetKeyNamesTheVariable()
{
    const CliResult r = m_cli->run(args({"user", "list"}));
    CLI_EXPECT_ERROR(r, 3);
    QVERIFY(r.err.contains("KEYDESK_API_KEY is not set"));
}

void TestCliAuth::goodKeyIsAccepted()
{
    const CliResult r = m_cli->run(args({"--json", "site", "show"}), m_admin);
    CLI_EXPECT_OK(r);
    QCOMPARE(r.json().object().value(QStringLiteral("subdomain")).toString(),
             QStringLiteral("acme"));
    QVERIFY(r.err.isEmpty());
    QVERIFY(!r.mentions(m_admin));
}

QTEST_GUILESS_MAIN(TestCliAuth)
#include "tst_cli_auth.moc"
