// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormHelpers.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <cstring>

namespace keydesk::ui {

void setUpKeyEdit(QLineEdit* edit)
{
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                              Qt::ImhNoAutoUppercase);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setMaxLength(256);
    edit->setClearButtonEnabled(true);
    edit->setPlaceholderText(
        QCoreApplication::translate("FormHelpers", "kds_… or kdu_… (50 characters)"));
}

SecretBytes keyFrom(const QLineEdit* edit)
{
    QByteArray utf8 = edit->text().trimmed().toUtf8();
    SecretBytes key =
        SecretBytes::copyOf(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
    if (!utf8.isEmpty())
        std::memset(utf8.data(), 0, static_cast<size_t>(utf8.size()));
    return key;
}

Result<KeyFormat::Parsed> parseKeyIn(const QLineEdit* edit)
{
    const SecretBytes key = keyFrom(edit);
    return KeyFormat::parse(key.view());
}

QLabel* messageLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void showErrorIn(QLabel* label, const QString& text)
{
    // Breeze's "negative text": readable on light and dark palettes alike.
    label->setStyleSheet(QStringLiteral("color: #da4453;"));
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void showHintIn(QLabel* label, const QString& text)
{
    label->setStyleSheet(QString());
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace keydesk::ui
