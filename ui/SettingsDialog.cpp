// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "ClipboardGuard.h"
#include "Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace keydesk::ui {

QString SettingsDialog::clipboardTimeoutKey()
{
    return QStringLiteral("clipboard/timeoutSeconds");
}

std::chrono::seconds SettingsDialog::clipboardTimeout(const QSettings& settings)
{
    bool ok = false;
    const int value = settings.value(clipboardTimeoutKey(), kDefaultTimeoutSeconds).toInt(&ok);
    if (!ok)
        return std::chrono::seconds(kDefaultTimeoutSeconds);
    return std::chrono::seconds(std::clamp(value, kMinTimeoutSeconds, kMaxTimeoutSeconds));
}

QString SettingsDialog::s3EndpointKey()
{
    return QStringLiteral("s3/endpointUrl");
}

bool SettingsDialog::isValidS3Endpoint(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() && url.userInfo().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
           !url.hasQuery() && !url.hasFragment() && !text.contains(QLatin1Char(' '));
}

QString SettingsDialog::s3Endpoint(const QSettings& settings)
{
    const QString value = settings.value(s3EndpointKey()).toString().trimmed();
    return isValidS3Endpoint(value) ? value : QString();
}

QString SettingsDialog::expiringWindowKey()
{
    return QStringLiteral("keys/expiringWindowDays");
}

int SettingsDialog::expiringWindowDays(const QSettings& settings)
{
    bool ok = false;
    const int days = settings.value(expiringWindowKey(), kDefaultExpiringWindowDays).toInt(&ok);
    return ok ? std::clamp(days, 1, 90) : kDefaultExpiringWindowDays;
}

QString SettingsDialog::languageKey()
{
    return QStringLiteral("ui/language");
}

QString SettingsDialog::language(const QSettings& settings)
{
    const QString value = settings.value(languageKey()).toString();
    return Translations::languages().contains(value) ? value : QString();
}

SettingsDialog::SettingsDialog(ClipboardGuard& clipboard, QWidget* parent)
    : QDialog(parent)
    , m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setMinimumWidth(440);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("clipboardTimeoutSpin"));
    m_timeout->setAccessibleName(tr("Clear copied keys after, in seconds"));
    m_timeout->setRange(kMinTimeoutSeconds, kMaxTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(static_cast<int>(clipboardTimeout(QSettings()).count()));
    form->addRow(tr("&Clear copied keys after:"), m_timeout);
    m_expiringWindow = new QSpinBox(this);
    m_expiringWindow->setObjectName(QStringLiteral("expiringWindowSpin"));
    m_expiringWindow->setAccessibleName(tr("Keys are expiring soon within, in days"));
    m_expiringWindow->setRange(1, 90);
    m_expiringWindow->setSuffix(tr(" days"));
    m_expiringWindow->setValue(expiringWindowDays(QSettings()));
    form->addRow(tr("&Expiring soon within:"), m_expiringWindow);
    layout->addLayout(form);

    auto* note = new QLabel(tr("A key copied from KeyDesk is taken off the clipboard after this "
                               "time, and when KeyDesk quits, unless you copied something else "
                               "since."),
                            this);
    note->setObjectName(QStringLiteral("clipboardNoteLabel"));
    note->setWordWrap(true);
    layout->addWidget(note);
    addLanguageRow(layout);
    addS3EndpointRow(layout);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

void SettingsDialog::addLanguageRow(QVBoxLayout* layout)
{
    auto* form = new QFormLayout;
    layout->addLayout(form); // first: addRow's label is then created inside the dialog
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(
        tr("System default (%1)").arg(Translations::nativeName(Translations::resolve({}))),
        QString());
    for (const QString& code : Translations::languages())
        m_language->addItem(Translations::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(language(QSettings()))));
    form->addRow(tr("&Language:"), m_language);
    m_languageNote = new QLabel(tr("KeyDesk speaks the new language when it starts again."), this);
    m_languageNote->setObjectName(QStringLiteral("languageNoteLabel"));
    m_languageNote->setVisible(false);
    layout->addWidget(m_languageNote);
    const int initial = m_language->currentIndex();
    connect(m_language, &QComboBox::currentIndexChanged, this, [this, initial](int index) {
        m_languageNote->setVisible(index != initial);
        adjustSize();
    });
}

void SettingsDialog::addS3EndpointRow(QVBoxLayout* layout)
{
    auto* form = new QFormLayout;
    layout->addLayout(form); // first: addRow's label is then created inside the dialog
    m_s3Endpoint = new QLineEdit(this);
    m_s3Endpoint->setObjectName(QStringLiteral("s3EndpointEdit"));
    m_s3Endpoint->setAccessibleName(tr("S3 endpoint URL"));
    m_s3Endpoint->setPlaceholderText(tr("e.g. https://s3.keys.example.com:9000"));
    m_s3Endpoint->setText(s3Endpoint(QSettings()));
    form->addRow(tr("&S3 endpoint:"), m_s3Endpoint);
    auto* note = new QLabel(tr("Where S3 clients reach your KeyDesk server (its S3-compatible "
                               "listener; ask its administrator). The AWS CLI profile offered "
                               "for a new S3 key names it; leave it empty if you do not know it."),
                            this);
    note->setObjectName(QStringLiteral("s3EndpointNoteLabel"));
    note->setWordWrap(true);
    layout->addWidget(note);
    m_s3EndpointError = new QLabel(tr("The S3 endpoint must be an http:// or https:// URL."), this);
    m_s3EndpointError->setObjectName(QStringLiteral("s3EndpointErrorLabel"));
    m_s3EndpointError->setVisible(false);
    layout->addWidget(m_s3EndpointError);
}

void SettingsDialog::accept()
{
    const QString endpoint = m_s3Endpoint->text().trimmed();
    if (!endpoint.isEmpty() && !isValidS3Endpoint(endpoint)) {
        m_s3EndpointError->setVisible(true);
        m_s3Endpoint->setFocus(Qt::OtherFocusReason);
        return;
    }
    QSettings settings;
    settings.setValue(s3EndpointKey(), endpoint);
    settings.setValue(clipboardTimeoutKey(), m_timeout->value());
    settings.setValue(expiringWindowKey(), m_expiringWindow->value());
    settings.setValue(languageKey(), m_language->currentData().toString());
    settings.sync();
    m_clipboard.setTimeout(std::chrono::seconds(m_timeout->value()));
    QDialog::accept();
}

} // namespace keydesk::ui
