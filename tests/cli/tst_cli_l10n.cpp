// SPDX-License-Identifier: GPL-3.0-or-later
// keydeskctl speaks the locale's language (LANG): help, usage errors, core's error messages and
// text output; exit codes and --json output do not change with it. Expectations come from the
// same translations keydeskctl embeds, so a reworded translation does not break the suite.
#include "CliAsserts.h"
#include "ServerProcess.h"

#include <QTranslator>

using namespace keydesk::clitest;
using keydesk::test::ServerProcess;

class TestCliL10n : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void helpInTheLocalesLanguage_data();
    void helpInTheLocalesLanguage();
    void coreErrorsTranslatedExitCodesKept_data();
    void coreErrorsTranslatedExitCodesKept();
    void usageErrorsTranslated();
    void jsonOutputIsNeverTranslated();
    void unknownLanguageFallsBackToEnglish();
    void serverErrorsTranslatedByTheClient();

private:
    static QString translated(const QString& language, const char* context, const char* source);
    CliRunner m_cli;
    QByteArray m_admin;
};

QString TestCliL10n::translated(const QString& language, const char* context, const char* source)
{
    QTranslator translator;
    if (!translator.load(QStringLiteral(":/i18n/keydesk_") + language))
        return {};
    return translator.translate(context, source);
}

void TestCliL10n::initTestCase()
{
    QVERIFY2(m_cli.isValid(), "no temporary directory or no KEYDESK_CTL");
    m_admin = m_cli.init();
    QVERIFY(!m_admin.isEmpty());
}

void TestCliL10n::helpInTheLocalesLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("de_DE") << "de_DE.UTF-8"
                           << "de";
    QTest::newRow("de_AT: German too") << "de_AT.UTF-8"
                                       << "de";
    QTest::newRow("fr_FR") << "fr_FR.UTF-8"
                           << "fr";
    QTest::newRow("fr_CA: French too") << "fr_CA.UTF-8"
                                       << "fr";
}

void TestCliL10n::helpInTheLocalesLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    const QString summary = translated(language, "keydeskctl", "create a user");
    QVERIFY(!summary.isEmpty() && summary != QLatin1String("create a user"));
    m_cli.setLocale(locale);
    const CliResult r = m_cli.runBare(args({"--help"}));
    m_cli.setLocale({});
    CLI_EXPECT_OK(r);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(summary), qPrintable(out.left(400)));
    QVERIFY(!out.contains(QLatin1String("create a user")));
    // Command and option names stay what you type.
    QVERIFY(out.contains(QLatin1String("keydeskctl [--store URL] [--json] key create")));
}

void TestCliL10n::coreErrorsTranslatedExitCodesKept_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << "de_DE.UTF-8"
                        << "de";
    QTest::newRow("fr") << "fr_FR.UTF-8"
                        << "fr";
}

void TestCliL10n::coreErrorsTranslatedExitCodesKept()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    const CliResult english = m_cli.run(args({"key", "show", "999999"}), m_admin);
    QCOMPARE(english.exitCode, 5);
    QCOMPARE(english.err.trimmed(), QByteArray("keydeskctl: not found: API key #999999 not found"));

    m_cli.setLocale(locale);
    const CliResult local = m_cli.run(args({"key", "show", "999999"}), m_admin);
    m_cli.setLocale({});
    QCOMPARE(local.exitCode, 5);
    QVERIFY(local.isOneErrorLine());
    const QString expected =
        translated(language, "keydeskctl", "keydeskctl: %1: %2")
            .arg(translated(language, "keydeskctl", "not found"),
                 translated(language, "keydesk::Error", "API key #%1 not found").arg(999999));
    QCOMPARE(QString::fromUtf8(local.err.trimmed()), expected);
    QVERIFY(local.err != english.err);
}

void TestCliL10n::usageErrorsTranslated()
{
    m_cli.setLocale(QStringLiteral("de_DE.UTF-8"));
    const CliResult r = m_cli.run(args({"key", "create", "--site-wide"}), m_admin);
    m_cli.setLocale({});
    QCOMPARE(r.exitCode, 2);
    const QString needsName =
        translated(QStringLiteral("de"), "keydeskctl", "key create needs --name");
    QVERIFY(!needsName.isEmpty() && needsName != QLatin1String("key create needs --name"));
    QVERIFY2(QString::fromUtf8(r.err).contains(needsName), r.describe().toUtf8().constData());
}

void TestCliL10n::jsonOutputIsNeverTranslated()
{
    for (const QStringList& command :
         {args({"key", "list", "--json"}), args({"site", "show", "--json"}),
          args({"user", "list", "--json"}), args({"key", "show", "1", "--json"})}) {
        const CliResult english = m_cli.run(command, m_admin);
        CLI_EXPECT_OK(english);
        m_cli.setLocale(QStringLiteral("fr_FR.UTF-8"));
        const CliResult french = m_cli.run(command, m_admin);
        m_cli.setLocale({});
        CLI_EXPECT_OK(french);
        QVERIFY(!english.json().isNull());
        QCOMPARE(french.jsonWithoutLastUse(), english.jsonWithoutLastUse());
    }
}

void TestCliL10n::unknownLanguageFallsBackToEnglish()
{
    m_cli.setLocale(QStringLiteral("ja_JP.UTF-8"));
    const CliResult r = m_cli.run(args({"key", "show", "999999"}), m_admin);
    m_cli.setLocale({});
    QCOMPARE(r.exitCode, 5);
    QCOMPARE(r.err.trimmed(), QByteArray("keydeskctl: not found: API key #999999 not found"));
}

// The server answers in English, with the message's template and arguments; keydeskctl shows
// it in its user's language.
void TestCliL10n::serverErrorsTranslatedByTheClient()
{
    QVERIFY2(!ServerProcess::binary().isEmpty(), "KEYDESK_SERVER is not set");
    ServerProcess server;
    QVERIFY2(server.start(m_cli.storeUrl(), {}, {}), qPrintable(server.error()));
    const QStringList show{QStringLiteral("--store"), server.url(), QStringLiteral("key"),
                           QStringLiteral("show"), QStringLiteral("999999")};
    const CliResult english = m_cli.runBare(show, m_admin);
    m_cli.setLocale(QStringLiteral("de_DE.UTF-8"));
    const CliResult german = m_cli.runBare(show, m_admin);
    m_cli.setLocale({});
    QVERIFY2(server.stop(), qPrintable(server.error()));
    QCOMPARE(english.exitCode, 5);
    QCOMPARE(english.err.trimmed(), QByteArray("keydeskctl: not found: API key #999999 not found"));
    QCOMPARE(german.exitCode, 5);
    const QString de = QStringLiteral("de");
    QCOMPARE(QString::fromUtf8(german.err.trimmed()),
             translated(de, "keydeskctl", "keydeskctl: %1: %2")
                 .arg(translated(de, "keydeskctl", "not found"),
                      translated(de, "keydesk::Error", "API key #%1 not found").arg(999999)));
}

QTEST_MAIN(TestCliL10n)
#include "tst_cli_l10n.moc"
