// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

// Which language the console and keydeskctl speak, and loading it. Core translates nothing
// itself; this only installs the application's translators (the server never calls it).
namespace keydesk::Translations {

// "en" (the source language), "de", "fr".
QStringList languages();

// The language's own name for itself: "English", "Deutsch", "Français".
QString nativeName(const QString& language);

// `setting` when it names a known language; otherwise the first of the system's UI languages
// that KeyDesk speaks (de-CH -> de), else "en". An empty setting means "follow the system".
QString resolve(const QString& setting, const QLocale& system = QLocale::system());

// Installs Qt's own translations (dialog buttons, QCommandLineParser) and KeyDesk's
// (:/i18n/keydesk_<language>.qm) on `app`. Returns false if KeyDesk's could not be loaded;
// "en" needs none and returns true.
bool install(QCoreApplication& app, const QString& language);

} // namespace keydesk::Translations
