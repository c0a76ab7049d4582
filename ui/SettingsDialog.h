// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>
#include <chrono>

class QComboBox;
class QLabel;
class QLineEdit;
class QVBoxLayout;
class QSettings;
class QSpinBox;

namespace keydesk::ui {

class ClipboardGuard;

// The console's settings: how long a copied secret stays on the clipboard (QSettings
// "clipboard/timeoutSeconds", 5-600 s, default 30), and the S3 endpoint URL the AWS CLI profile
// of a new S3 key names ("s3/endpointUrl", empty: unknown; a client cannot learn it from a
// server profile, whose REST address is another listener), the expiring-soon window, and the
// language ("ui/language": en, de, fr; empty: the system's), which applies at the next start.
// OK saves and applies them. objectNames: clipboardTimeoutSpin, expiringWindowSpin, languageCombo,
// languageNoteLabel, s3EndpointEdit, s3EndpointErrorLabel, buttonBox (OK: okButton).
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutSeconds = 30;
    static constexpr int kMinTimeoutSeconds = 5;
    static constexpr int kMaxTimeoutSeconds = 600;
    static QString clipboardTimeoutKey();
    // The saved timeout, clamped to the allowed range (the default when unset or unreadable).
    static std::chrono::seconds clipboardTimeout(const QSettings& settings);
    static QString s3EndpointKey();
    // The saved S3 endpoint, or empty when unset or not an http(s) URL.
    static QString s3Endpoint(const QSettings& settings);
    static bool isValidS3Endpoint(const QString& text); // http(s)://host[:port][/path]
    // "Expiring soon" means expiring within this many days ("keys/expiringWindowDays", 1-90,
    // default 7): the status badge, the filter and the sign-in notice.
    static constexpr int kDefaultExpiringWindowDays = 7;
    static QString expiringWindowKey();
    static int expiringWindowDays(const QSettings& settings);
    static QString languageKey();
    // The chosen language ("en", "de", "fr"), or empty: follow the system.
    static QString language(const QSettings& settings);

    explicit SettingsDialog(ClipboardGuard& clipboard, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    ClipboardGuard& m_clipboard;
    void addS3EndpointRow(QVBoxLayout* layout);
    void addLanguageRow(QVBoxLayout* layout);

    QSpinBox* m_timeout = nullptr;
    QSpinBox* m_expiringWindow = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;
    QLineEdit* m_s3Endpoint = nullptr;
    QLabel* m_s3EndpointError = nullptr;
};

} // namespace keydesk::ui
