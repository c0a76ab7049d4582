// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "ClipboardGuard.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
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
    layout->addLayout(form);

    auto* note = new QLabel(tr("A key copied from KeyDesk is taken off the clipboard after this "
                               "time, and when KeyDesk quits, unless you copied something else "
                               "since."),
                            this);
    note->setObjectName(QStringLiteral("clipboardNoteLabel"));
    note->setWordWrap(true);
    layout->addWidget(note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

void SettingsDialog::accept()
{
    QSettings settings;
    settings.setValue(clipboardTimeoutKey(), m_timeout->value());
    settings.sync();
    m_clipboard.setTimeout(std::chrono::seconds(m_timeout->value()));
    QDialog::accept();
}

} // namespace keydesk::ui
