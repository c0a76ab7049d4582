// SPDX-License-Identifier: GPL-3.0-or-later
// The console's language: it follows the system's UI languages unless Settings names one; Qt's
// own dialog buttons, the console's words and core's error messages all come out translated.
#include "ClipboardGuard.h"
#include "SettingsDialog.h"
#include "Translations.h"
#include "Validation.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTranslator>
#include <memory>

using namespace keydesk;
using keydesk::ui::ClipboardGuard;
using keydesk::ui::SettingsDialog;

class TestLanguage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void followsTheSystemUnlessSet_data();
    void followsTheSystemUnlessSet();
    void everyLanguageHasItsTranslations_data();
    void everyLanguageHasItsTranslations();
    void settingIsSavedAndReadBack();
    void unknownSettingFollowsTheSystem();
    // Last: installs the German translators for the rest of the process.
    void germanConsoleTranslatesQtButtonsAndOwnWords();
    void germanConsoleTranslatesCoreErrors();

private:
    std::unique_ptr<ClipboardGuard> m_guard;
};

void TestLanguage::initTestCase()
{
    QSettings().clear();
    m_guard = std::make_unique<ClipboardGuard>(QGuiApplication::clipboard());
}

void TestLanguage::followsTheSystemUnlessSet_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("system de_CH") << QString() << "de_CH"
                                  << "de";
    QTest::newRow("system fr_CA") << QString() << "fr_CA"
                                  << "fr";
    QTest::newRow("system de_DE") << QString() << "de_DE"
                                  << "de";
    QTest::newRow("system en_GB") << QString() << "en_GB"
                                  << "en";
    QTest::newRow("system ja_JP: English") << QString() << "ja_JP"
                                           << "en";
    QTest::newRow("setting fr beats system de") << "fr"
                                                << "de_DE"
                                                << "fr";
    QTest::newRow("setting en beats system fr") << "en"
                                                << "fr_FR"
                                                << "en";
    QTest::newRow("unknown setting: system") << "xx"
                                             << "fr_BE"
                                             << "fr";
}

void TestLanguage::followsTheSystemUnlessSet()
{
    QFETCH(QString, setting);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    QCOMPARE(Translations::resolve(setting, QLocale(system)), expected);
}

void TestLanguage::everyLanguageHasItsTranslations_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("settings"); // what the Settings window title becomes
    QTest::newRow("de") << "de"
                        << "Einstellungen";
    QTest::newRow("fr") << "fr"
                        << "Paramètres";
}

// The .qm embedded in the console loads, and answers for the console and for core.
void TestLanguage::everyLanguageHasItsTranslations()
{
    QFETCH(QString, language);
    QFETCH(QString, settings);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/keydesk_") + language));
    QCOMPARE(translator.translate("keydesk::ui::SettingsDialog", "Settings"), settings);
    QVERIFY(!translator.translate("keydesk::Error", "Name is required").isEmpty());
    QVERIFY(!translator.translate("keydeskctl", "not found").isEmpty());
}

void TestLanguage::settingIsSavedAndReadBack()
{
    QVERIFY(SettingsDialog::language(QSettings()).isEmpty()); // unset: follow the system
    SettingsDialog dialog(*m_guard);
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
    auto* note = dialog.findChild<QLabel*>(QStringLiteral("languageNoteLabel"));
    QVERIFY(combo && note);
    QCOMPARE(combo->currentData().toString(), QString());
    QCOMPARE(combo->count(), 4); // system default, English, Deutsch, Français
    QVERIFY(note->isHidden());
    combo->setCurrentIndex(combo->findData(QStringLiteral("fr")));
    QCOMPARE(combo->currentText(), QStringLiteral("Français"));
    QVERIFY(!note->isHidden()); // applies at the next start, and says so
    dialog.accept();
    QCOMPARE(SettingsDialog::language(QSettings()), QStringLiteral("fr"));
    SettingsDialog again(*m_guard);
    auto* reopened = again.findChild<QComboBox*>(QStringLiteral("languageCombo"));
    QCOMPARE(reopened->currentData().toString(), QStringLiteral("fr"));
    QSettings().remove(SettingsDialog::languageKey());
}

void TestLanguage::unknownSettingFollowsTheSystem()
{
    QSettings().setValue(SettingsDialog::languageKey(), QStringLiteral("tlh"));
    QVERIFY(SettingsDialog::language(QSettings()).isEmpty());
    QSettings().remove(SettingsDialog::languageKey());
}

void TestLanguage::germanConsoleTranslatesQtButtonsAndOwnWords()
{
    SettingsDialog english(*m_guard);
    auto* englishButtons = english.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    const QString englishCancel = englishButtons->button(QDialogButtonBox::Cancel)->text();
    QCOMPARE(english.windowTitle(), QStringLiteral("Settings"));

    QVERIFY(Translations::install(*qApp, QStringLiteral("de")));
    SettingsDialog german(*m_guard);
    QCOMPARE(german.windowTitle(), QStringLiteral("Einstellungen"));
    auto* buttons = german.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    QString cancel = buttons->button(QDialogButtonBox::Cancel)->text();
    // Qt's own button text comes from qtbase_de.qm (Debian: qt6-translations-l10n).
    QVERIFY2(cancel != englishCancel, qPrintable(cancel));
    QCOMPARE(cancel.remove(QLatin1Char('&')), QStringLiteral("Abbrechen"));
}

void TestLanguage::germanConsoleTranslatesCoreErrors()
{
    const auto refused = Validation::keyName(QString());
    QVERIFY(!refused);
    QCOMPARE(refused.error().message, QStringLiteral("Name is required")); // stays English
    const QString german = QCoreApplication::translate("keydesk::Error", "Name is required");
    QVERIFY(german != refused.error().message);
    QCOMPARE(localizedMessage(refused.error()), german);
    const auto tooLong = Validation::keyName(QString(300, QLatin1Char('x')));
    QVERIFY(!tooLong);
    QVERIFY2(localizedMessage(tooLong.error()).contains(QStringLiteral("255")),
             qPrintable(localizedMessage(tooLong.error())));
    QVERIFY(localizedMessage(tooLong.error()) != tooLong.error().message);
}

QTEST_MAIN(TestLanguage)
#include "tst_Language.moc"
