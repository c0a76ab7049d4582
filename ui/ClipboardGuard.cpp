// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClipboardGuard.h"

#include "Crypto.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QMimeData>
#include <algorithm>

namespace keydesk::ui {

namespace {
// KDE's Klipper, KeePassXC and most clipboard managers leave entries with this hint out of
// their history.
constexpr char kPasswordManagerHint[] = "x-kde-passwordManagerHint";

// SHA-256 of the clipboard text; the temporary copies of the text are overwritten afterwards.
QByteArray fingerprintOf(const QMimeData* data)
{
    if (!data || !data->hasText())
        return {};
    QString text = data->text();
    QByteArray utf8 = text.toUtf8();
    const QByteArray digest = crypto::sha256(std::string_view(utf8.constData(), utf8.size()));
    std::fill(utf8.begin(), utf8.end(), '\0');
    std::fill(text.begin(), text.end(), QChar());
    return digest;
}
} // namespace

ClipboardGuard::ClipboardGuard(QClipboard* clipboard, Clock clock, QObject* parent)
    : QObject(parent)
    , m_clipboard(clipboard)
    , m_clock(std::move(clock))
{
    m_timer.setParent(this); // a member: it leaves its parent before the parent deletes children
    m_timer.setObjectName(QStringLiteral("clipboardExpiryTimer"));
    m_timer.setInterval(std::chrono::seconds(1));
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::expireIfDue);
    if (m_clipboard) {
        // The clipboard dies with the application; never touch it afterwards.
        connect(m_clipboard, &QObject::destroyed, this, [this] {
            m_clipboard = nullptr;
            m_fingerprint.clear();
            m_timer.stop();
        });
    }
    if (auto* app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &ClipboardGuard::clearIfOurs);
}

ClipboardGuard::~ClipboardGuard()
{
    clearIfOurs();
}

void ClipboardGuard::setTimeout(std::chrono::seconds timeout)
{
    m_timeout = std::max(timeout, std::chrono::seconds(0));
    if (m_timeout.count() == 0)
        m_timer.stop();
    else if (!m_fingerprint.isEmpty())
        m_timer.start();
}

void ClipboardGuard::copySecret(const SecretBytes& secret)
{
    if (!m_clipboard || secret.isEmpty())
        return;
    auto* data = new QMimeData;
    data->setText(QString::fromLatin1(secret.data(), secret.size()));
    data->setData(QString::fromLatin1(kPasswordManagerHint), QByteArrayLiteral("secret"));
    m_fingerprint = crypto::sha256(secret.view());
    m_copiedAt = m_clock();
    m_clipboard->setMimeData(data, QClipboard::Clipboard);
    if (m_timeout.count() > 0)
        m_timer.start();
    emit copied();
}

bool ClipboardGuard::holdsOurCopy() const
{
    if (!m_clipboard || m_fingerprint.isEmpty())
        return false;
    const QByteArray current = fingerprintOf(m_clipboard->mimeData(QClipboard::Clipboard));
    return !current.isEmpty() && crypto::constantTimeEqual(current, m_fingerprint);
}

void ClipboardGuard::clearIfOurs()
{
    const bool ours = holdsOurCopy();
    m_fingerprint.clear();
    m_copiedAt = {};
    m_timer.stop();
    if (ours) {
        m_clipboard->clear(QClipboard::Clipboard);
        emit cleared();
    }
}

void ClipboardGuard::expireIfDue()
{
    if (m_fingerprint.isEmpty()) {
        m_timer.stop();
        return;
    }
    if (m_timeout.count() == 0)
        return;
    if (m_clock() < m_copiedAt.addSecs(m_timeout.count()))
        return;
    clearIfOurs();
}

} // namespace keydesk::ui
