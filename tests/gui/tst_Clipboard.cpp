// SPDX-License-Identifier: GPL-3.0-or-later
// ClipboardGuard on the offscreen platform's in-process clipboard, with a clock moved by hand:
// the copy carries the password-manager hint, and it is taken off again after the timeout, on
// clearIfOurs() and on destruction, but only while the clipboard still holds it.
#include "ClipboardGuard.h"
#include "TestWorld.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace keydesk;
using keydesk::test::TestWorld;
using keydesk::ui::ClipboardGuard;

namespace {
const QString kHint = QStringLiteral("x-kde-passwordManagerHint");

QClipboard* clipboard()
{
    return QGuiApplication::clipboard();
}

// True when the clipboard text equals `secret`; never prints either.
bool clipboardHolds(const SecretBytes& secret)
{
    return clipboard()->text() == QString::fromLatin1(secret.data(), secret.size());
}
} // namespace

class TestClipboard : public QObject {
    Q_OBJECT

private slots:
    void init();
    void offscreenClipboardWorks();
    void copyCarriesThePasswordManagerHint();
    void expiryTimerRunsOnlyWhileACopyIsPending();
    void clearsAfterTheTimeoutWhenUnchanged();
    void leavesWhatTheUserCopiedSinceAlone();
    void timeoutIsConfigurable();
    void zeroTimeoutClearsOnlyOnRequest();
    void clearIfOursOnDestruction();
    void destructionLeavesOtherContentAlone();

private:
    SecretBytes newKey();

    std::unique_ptr<TestWorld> m_world;
    QDateTime m_now;
    Clock clock()
    {
        return [this] { return m_now; };
    }
};

SecretBytes TestClipboard::newKey()
{
    return std::move(m_world->create(m_world->principal(m_world->siteAdmin),
                                     m_world->userKey(m_world->ann)))
        .secret;
}

void TestClipboard::init()
{
    m_world = std::make_unique<TestWorld>();
    m_now = m_world->now;
    clipboard()->clear();
}

void TestClipboard::offscreenClipboardWorks()
{
    auto* data = new QMimeData;
    data->setText(QStringLiteral("hello"));
    data->setData(QStringLiteral("application/x-test"), QByteArrayLiteral("x"));
    clipboard()->setMimeData(data);
    QCOMPARE(clipboard()->text(), QStringLiteral("hello"));
    QCOMPARE(clipboard()->mimeData()->data(QStringLiteral("application/x-test")),
             QByteArrayLiteral("x"));
    clipboard()->clear();
    QVERIFY(clipboard()->text().isEmpty());
}

void TestClipboard::copyCarriesThePasswordManagerHint()
{
    ClipboardGuard guard(clipboard(), clock());
    QSignalSpy copied(&guard, &ClipboardGuard::copied);
    const SecretBytes key = newKey();
    guard.copySecret(key);
    QCOMPARE(copied.count(), 1);
    QVERIFY(clipboardHolds(key));
    QVERIFY(clipboard()->mimeData()->hasText());
    QCOMPARE(clipboard()->mimeData()->data(kHint), QByteArrayLiteral("secret"));
    QVERIFY(guard.holdsOurCopy());
}

void TestClipboard::expiryTimerRunsOnlyWhileACopyIsPending()
{
    ClipboardGuard guard(clipboard(), clock());
    auto* timer = guard.findChild<QTimer*>(QStringLiteral("clipboardExpiryTimer"));
    QVERIFY(timer);
    QVERIFY(!timer->isActive());
    guard.copySecret(newKey());
    QVERIFY(timer->isActive());
    QCOMPARE(timer->interval(), 1000);
    guard.clearIfOurs();
    QVERIFY(!timer->isActive());
}

void TestClipboard::clearsAfterTheTimeoutWhenUnchanged()
{
    ClipboardGuard guard(clipboard(), clock());
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    QCOMPARE(guard.timeout(), std::chrono::seconds(30));
    const SecretBytes key = newKey();
    guard.copySecret(key);

    m_now = m_now.addSecs(29);
    guard.expireIfDue();
    QVERIFY(clipboardHolds(key));
    QCOMPARE(cleared.count(), 0);

    m_now = m_now.addSecs(2); // 31 s after the copy
    guard.expireIfDue();
    QVERIFY(clipboard()->text().isEmpty());
    const QMimeData* left = clipboard()->mimeData(); // null on offscreen after clear()
    QVERIFY(!left || !left->hasFormat(kHint));
    QCOMPARE(cleared.count(), 1);
    QVERIFY(!guard.holdsOurCopy());
}

void TestClipboard::leavesWhatTheUserCopiedSinceAlone()
{
    ClipboardGuard guard(clipboard(), clock());
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    guard.copySecret(newKey());
    m_now = m_now.addSecs(10);
    clipboard()->setText(QStringLiteral("a shopping list"));
    QVERIFY(!guard.holdsOurCopy());

    m_now = m_now.addSecs(21); // 31 s after our copy
    guard.expireIfDue();
    QCOMPARE(clipboard()->text(), QStringLiteral("a shopping list"));
    QCOMPARE(cleared.count(), 0);
}

void TestClipboard::timeoutIsConfigurable()
{
    ClipboardGuard guard(clipboard(), clock());
    guard.setTimeout(std::chrono::seconds(5));
    const SecretBytes key = newKey();
    guard.copySecret(key);
    m_now = m_now.addSecs(4);
    guard.expireIfDue();
    QVERIFY(clipboardHolds(key));
    m_now = m_now.addSecs(1);
    guard.expireIfDue();
    QVERIFY(clipboard()->text().isEmpty());
}

void TestClipboard::zeroTimeoutClearsOnlyOnRequest()
{
    ClipboardGuard guard(clipboard(), clock());
    guard.setTimeout(std::chrono::seconds(0));
    const SecretBytes key = newKey();
    guard.copySecret(key);
    auto* timer = guard.findChild<QTimer*>(QStringLiteral("clipboardExpiryTimer"));
    QVERIFY(!timer->isActive());
    m_now = m_now.addDays(1);
    guard.expireIfDue();
    QVERIFY(clipboardHolds(key));
    guard.clearIfOurs(); // what quitting does
    QVERIFY(clipboard()->text().isEmpty());
}

void TestClipboard::clearIfOursOnDestruction()
{
    const SecretBytes key = newKey();
    {
        ClipboardGuard guard(clipboard(), clock());
        guard.copySecret(key);
        QVERIFY(clipboardHolds(key));
    }
    QVERIFY(clipboard()->text().isEmpty());
}

void TestClipboard::destructionLeavesOtherContentAlone()
{
    {
        ClipboardGuard guard(clipboard(), clock());
        guard.copySecret(newKey());
        clipboard()->setText(QStringLiteral("copied by the user"));
    }
    QCOMPARE(clipboard()->text(), QStringLiteral("copied by the user"));
}

QTEST_MAIN(TestClipboard)
#include "tst_Clipboard.moc"
