// SPDX-License-Identifier: GPL-3.0-or-later
// keydeskctl: the command-line client of KeyDesk.
#include "Commands.h"
#include "Hardening.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char* argv[])
{
    keydesk::Hardening::disableCoreDumps();
    // Errors reach the user as one line from keydeskctl itself; module logs only on request
    // (QT_LOGGING_RULES="keydesk.*=true").
    QLoggingCategory::setFilterRules(
        QStringLiteral("keydesk.*.info=false\nkeydesk.*.warning=false"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("keydeskctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYDESK_VERSION));
    // Human-readable output in the locale's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG);
    // --json output and exit codes never change with it.
    keydesk::Translations::install(app, keydesk::Translations::resolve({}));
    return keydesk::cli::dispatch(QCoreApplication::arguments().mid(1));
}
