// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcL10n, "keydesk.core.l10n")

namespace keydesk::Translations {

QStringList languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString nativeName(const QString& language)
{
    if (language == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (language == QLatin1String("fr"))
        return QStringLiteral("Français");
    return QStringLiteral("English");
}

QString resolve(const QString& setting, const QLocale& system)
{
    if (languages().contains(setting))
        return setting;
    for (const QString& tag : system.uiLanguages()) {
        const QString language = tag.section(QLatin1Char('-'), 0, 0).toLower();
        if (languages().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

namespace {
bool load(QCoreApplication& app, const QString& file, const QString& directory)
{
    auto* translator = new QTranslator(&app);
    if (translator->load(file, directory) && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}
} // namespace

bool install(QCoreApplication& app, const QString& language)
{
    if (language == QLatin1String("en") || !languages().contains(language))
        return language == QLatin1String("en");
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!load(app, QStringLiteral("qtbase_") + language, qtDir))
        qCInfo(lcL10n) << "Qt's own translations for" << language << "are not installed in"
                       << qtDir;
    if (!load(app, QStringLiteral("keydesk_") + language, QStringLiteral(":/i18n"))) {
        qCWarning(lcL10n) << "KeyDesk's translations for" << language << "are missing";
        return false;
    }
    return true;
}

} // namespace keydesk::Translations
