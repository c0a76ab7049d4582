// SPDX-License-Identifier: GPL-3.0-or-later
// keydesk: the console. Start-up is ConsoleController's: first-run wizard, or the current
// profile signed in from the keychain.
#include "ClipboardGuard.h"
#include "ConsoleController.h"
#include "Hardening.h"
#include "Keychain.h"
#include "ProfileStore.h"
#include "SettingsDialog.h"
#include "StoreUrl.h"
#include "Translations.h"

#include <QApplication>
#include <QClipboard>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <cstdio>

namespace {

struct Options {
    QString profile;
    bool done = false; // --help or --version answered, or a usage error reported
    int exitCode = 0;
};

// The language chosen in Settings, or the system's.
QString chosenLanguage()
{
    return keydesk::Translations::resolve(keydesk::ui::SettingsDialog::language(QSettings()));
}

// Parsed before QApplication exists (in a QCoreApplication of its own, for the translators), so
// --help and --version work without a display.
Options parseOptions(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    keydesk::Translations::install(app, chosenLanguage());
    const QStringList args = QCoreApplication::arguments();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("keydesk", "KeyDesk: manage the API keys of your sites."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QCoreApplication::translate("keydesk", "Open the connection profile <name>."),
        QCoreApplication::translate("keydesk", "name"));
    parser.addOption(profile);
    Options o;
    if (!parser.parse(args) || !parser.positionalArguments().isEmpty()) {
        const QString why =
            parser.errorText().isEmpty()
                ? QCoreApplication::translate("keydesk", "unexpected argument; see --help")
                : parser.errorText();
        std::fprintf(stderr, "keydesk: %s\n", qPrintable(why));
        return {{}, true, 2};
    }
    if (parser.isSet(help) || parser.isSet(version)) {
        const QString text =
            parser.isSet(version)
                ? QStringLiteral("keydesk ") + QStringLiteral(KEYDESK_VERSION) + u'\n'
                : parser.helpText().replace(QStringLiteral("<executable_name>"),
                                            QStringLiteral("keydesk"));
        std::fputs(qPrintable(text), stdout);
        return {{}, true, 0};
    }
    o.profile = parser.value(profile);
    return o;
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

// keydeskctl's convention: $KEYDESK_STORE names the local store; first run proposes it.
QString storeFromEnvironment()
{
    const auto store = keydesk::StoreUrl::parse(qEnvironmentVariable("KEYDESK_STORE"));
    return store && store->kind == keydesk::StoreUrl::Kind::SQLite
               ? store->path
               : keydesk::StoreUrl::defaultSqlitePath();
}

} // namespace

int main(int argc, char* argv[])
{
    keydesk::Hardening::disableCoreDumps();
    QCoreApplication::setApplicationName(QStringLiteral("keydesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("KeyDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYDESK_VERSION));
    const Options options = parseOptions(argc, argv);
    if (options.done)
        return options.exitCode;
    if (!hasDisplay()) { // say so, instead of Qt's abort() in QGuiApplication
        QCoreApplication core(argc, argv);
        keydesk::Translations::install(core, chosenLanguage());
        const QString text = QCoreApplication::translate(
            "keydesk", "no display found (DISPLAY/WAYLAND_DISPLAY unset); run it in a desktop "
                       "session, or use keydeskctl");
        std::fprintf(stderr, "keydesk: %s\n", qPrintable(text));
        return 2;
    }

    QApplication app(argc, argv);
    keydesk::Translations::install(app, chosenLanguage());
    Q_INIT_RESOURCE(keydesk); // the icons are in keydesk-ui, a static library
    QGuiApplication::setDesktopFileName(QStringLiteral("org.keydesk.KeyDesk")); // Wayland app id
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/keydesk.svg")));

    QSettings settings;
    keydesk::ProfileStore profiles(settings);
    if (!options.profile.isEmpty() && !profiles.profile(options.profile)) {
        const QString text =
            QCoreApplication::translate("keydesk", "no connection profile named \"%1\"")
                .arg(options.profile);
        std::fprintf(stderr, "keydesk: %s\n", qPrintable(text));
        return 2;
    }
    keydesk::ui::ClipboardGuard clipboard(QGuiApplication::clipboard());
    clipboard.setTimeout(keydesk::ui::SettingsDialog::clipboardTimeout(settings));
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &clipboard,
                     &keydesk::ui::ClipboardGuard::clearIfOurs);

    keydesk::Keychain keychain;
    keydesk::ui::ConsoleController controller(profiles, keychain, clipboard);
    controller.setDefaultStorePath(storeFromEnvironment());
    controller.start(options.profile);
    return app.exec();
}
