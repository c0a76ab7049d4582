// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "SecretBytes.h"

#include <QObject>
#include <QTimer>
#include <chrono>

class QClipboard;

namespace keydesk::ui {

// Puts a secret on the clipboard the way password managers do: text plus the
// "x-kde-passwordManagerHint: secret" MIME entry (clipboard managers skip their history), and
// takes it off again after a timeout, on quit and on destruction, but only while the clipboard
// still holds our copy: whatever the user copied since is left alone.
class ClipboardGuard : public QObject {
    Q_OBJECT

public:
    explicit ClipboardGuard(QClipboard* clipboard, Clock clock = systemClock(),
                            QObject* parent = nullptr);
    ~ClipboardGuard() override;

    void setTimeout(std::chrono::seconds timeout); // 0: clear only on quit
    std::chrono::seconds timeout() const { return m_timeout; }

    void copySecret(const SecretBytes& secret);
    bool holdsOurCopy() const;
    void clearIfOurs();

public slots:
    // Clears when the timeout has passed on the injected clock. A 1 s timer calls it in the
    // running console; tests move the clock and call it directly.
    void expireIfDue();

signals:
    void copied();
    void cleared();

private:
    QClipboard* m_clipboard;
    Clock m_clock;
    std::chrono::seconds m_timeout{30};
    QByteArray m_fingerprint; // SHA-256 of what we put there, to recognise our copy
    QDateTime m_copiedAt;
    QTimer m_timer;
};

} // namespace keydesk::ui
