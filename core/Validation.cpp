// SPDX-License-Identifier: GPL-3.0-or-later
#include "Validation.h"

#include <QRegularExpression>

namespace keydesk::Validation {

namespace {
std::unexpected<Error> invalid(const Text& message)
{
    return fail(ErrorCode::InvalidInput, message, QStringLiteral("bad-request/invalid-input"));
}

bool hasControl(const QString& text, bool allowNewlines)
{
    for (QChar c : text) {
        if (allowNewlines && (c == QLatin1Char('\n') || c == QLatin1Char('\t')))
            continue;
        const auto cat = c.category();
        if (cat == QChar::Other_Control || cat == QChar::Other_Format ||
            cat == QChar::Other_NotAssigned || c.isNonCharacter() || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

bool hasBrokenSurrogates(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return true;
    }
    return false;
}

// One field's three refusals, whole sentences so that translations can inflect the field name.
struct LabelTexts {
    const char* required;
    const char* tooLong; // %1: the maximum length
    const char* control;
};

const LabelTexts kKeyNameTexts{
    QT_TRANSLATE_NOOP("keydesk::Error", "Name is required"),
    QT_TRANSLATE_NOOP("keydesk::Error", "Name must be at most %1 characters"),
    QT_TRANSLATE_NOOP("keydesk::Error", "Name must not contain control characters")};
const LabelTexts kSiteNameTexts{
    QT_TRANSLATE_NOOP("keydesk::Error", "Site name is required"),
    QT_TRANSLATE_NOOP("keydesk::Error", "Site name must be at most %1 characters"),
    QT_TRANSLATE_NOOP("keydesk::Error", "Site name must not contain control characters")};
const LabelTexts kDisplayNameTexts{
    QT_TRANSLATE_NOOP("keydesk::Error", "Display name is required"),
    QT_TRANSLATE_NOOP("keydesk::Error", "Display name must be at most %1 characters"),
    QT_TRANSLATE_NOOP("keydesk::Error", "Display name must not contain control characters")};

Result<QString> label(const QString& raw, const LabelTexts& texts, int maxLength)
{
    const QString trimmed = raw.trimmed();
    if (trimmed.isEmpty())
        return invalid(translatable(texts.required));
    if (trimmed.size() > maxLength)
        return invalid(translatable(texts.tooLong, maxLength));
    if (hasControl(trimmed, false) || hasBrokenSurrogates(trimmed))
        return invalid(translatable(texts.control));
    return trimmed;
}
} // namespace

Result<QString> keyName(const QString& raw)
{
    return label(raw, kKeyNameTexts, kMaxNameLength);
}

Result<QString> siteName(const QString& raw)
{
    return label(raw, kSiteNameTexts, kMaxNameLength);
}

Result<QString> description(const QString& raw)
{
    if (raw.toUtf8().size() > kMaxDescriptionBytes)
        return invalid(translatable(
            QT_TRANSLATE_NOOP("keydesk::Error", "Description must be at most %1 bytes"),
            kMaxDescriptionBytes));
    if (hasControl(raw, true) || hasBrokenSurrogates(raw))
        return invalid(translatable(QT_TRANSLATE_NOOP(
            "keydesk::Error", "Description must not contain control characters")));
    return raw;
}

Result<QString> subdomain(const QString& raw)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"));
    if (!pattern.match(raw).hasMatch())
        return invalid(translatable(QT_TRANSLATE_NOOP(
            "keydesk::Error", "Subdomain must be 1-63 lower-case letters, digits or "
                              "hyphens, not starting or ending with a hyphen")));
    return raw;
}

Result<QString> username(const QString& raw)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._@+-]{0,127}$"));
    if (!pattern.match(raw).hasMatch())
        return invalid(translatable(QT_TRANSLATE_NOOP(
            "keydesk::Error", "Username must be 1-128 characters: letters, digits and "
                              ". _ @ + - (starting with a letter or digit)")));
    return raw;
}

Result<QString> displayName(const QString& raw)
{
    if (raw.trimmed().isEmpty())
        return QString();
    return label(raw, kDisplayNameTexts, kMaxNameLength);
}

QString echo(const QString& input)
{
    static const QRegularExpression secretish(QStringLiteral("(^kd[su]_|^KDAK|[A-Za-z0-9]{24})"));
    if (input.isEmpty() || input.size() > 64 || hasControl(input, false) ||
        hasBrokenSurrogates(input) || secretish.match(input).hasMatch())
        return QStringLiteral("(not shown)");
    return QLatin1Char('"') + input + QLatin1Char('"');
}

Result<int> maxKeyLifetimeDays(int days)
{
    if (days < 1 || days > 36500)
        return invalid(translatable(QT_TRANSLATE_NOOP(
            "keydesk::Error", "max_key_lifetime_days must be between 1 and 36500")));
    return days;
}

Result<void> expiry(const std::optional<QDateTime>& expiresAt, const SiteSettings& settings,
                    const QDateTime& now, const QDateTime& createdAt)
{
    if (!expiresAt) {
        if (settings.requireKeyExpiry)
            return invalid(translatable(QT_TRANSLATE_NOOP(
                "keydesk::Error", "This site requires every key to have an expiry date")));
        return {};
    }
    if (!expiresAt->isValid())
        return invalid(
            translatable(QT_TRANSLATE_NOOP("keydesk::Error", "Expiry is not a valid date")));
    if (*expiresAt <= now)
        return invalid(
            translatable(QT_TRANSLATE_NOOP("keydesk::Error", "Expiry must be in the future")));
    if (settings.maxKeyLifetimeDays && *expiresAt > createdAt.addDays(*settings.maxKeyLifetimeDays))
        return invalid(translatable(
            QT_TRANSLATE_NOOP("keydesk::Error",
                              "Expiry must be at most %1 days after the key's creation "
                              "(this site's max_key_lifetime_days)"),
            *settings.maxKeyLifetimeDays));
    return {};
}

} // namespace keydesk::Validation
