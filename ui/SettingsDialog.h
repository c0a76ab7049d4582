// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <chrono>

class QSettings;
class QSpinBox;

namespace keydesk::ui {

class ClipboardGuard;

// The console's settings: how long a copied secret stays on the clipboard (QSettings
// "clipboard/timeoutSeconds", 5-600 s, default 30). OK saves and applies it to the guard.
// objectNames: clipboardTimeoutSpin, buttonBox (OK: okButton).
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutSeconds = 30;
    static constexpr int kMinTimeoutSeconds = 5;
    static constexpr int kMaxTimeoutSeconds = 600;
    static QString clipboardTimeoutKey();
    // The saved timeout, clamped to the allowed range (the default when unset or unreadable).
    static std::chrono::seconds clipboardTimeout(const QSettings& settings);

    explicit SettingsDialog(ClipboardGuard& clipboard, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    ClipboardGuard& m_clipboard;
    QSpinBox* m_timeout = nullptr;
};

} // namespace keydesk::ui
