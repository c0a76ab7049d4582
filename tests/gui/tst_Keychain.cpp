// SPDX-License-Identifier: GPL-3.0-or-later
// core Keychain against the real gnome-keyring (Secret Service over D-Bus), and the profile
// entry round trip ConsoleController relies on. CTest runs this suite through
// tests/gui/run-with-keyring.sh (see the end of tests/gui/CMakeLists.txt); with no reachable
// keychain it FAILS: the issue asks for the real thing, and a skip would hide a broken setup.
// No secret is ever printed: comparisons happen inside QVERIFY.
#include "ClipboardGuard.h"
#include "ConsoleController.h"
#include "GuiTestSupport.h"
#include "KeyFormat.h"
#include "Keychain.h"
#include "LocalBackend.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "SignInDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <unistd.h>
#include <vector>

using namespace keydesk;
using keydesk::test::findTopLevel;

namespace {

SecretBytes allByteValues()
{
    SecretBytes bytes(256);
    for (int i = 0; i < 256; ++i)
        bytes.data()[i] = static_cast<char>(i);
    return bytes;
}

// KEYDESK_KEYCHAIN_PROBE=1: print the status of one keychain read and exit. The suite runs
// itself that way with a broken session bus, which a running process cannot switch to.
int probeKeychain()
{
    SecretBytes unused;
    switch (
        Keychain(QStringLiteral("KeyDesk-probe")).read(QStringLiteral("probe"), unused).status) {
    case Keychain::Status::Ok:
        return std::puts("Ok") < 0;
    case Keychain::Status::NotFound:
        return std::puts("NotFound") < 0;
    case Keychain::Status::Unavailable:
        return std::puts("Unavailable") < 0;
    case Keychain::Status::Failed:
        return std::puts("Failed") < 0;
    }
    return 1;
}

bool same(const SecretBytes& a, const SecretBytes& b)
{
    return a.view() == b.view();
}

} // namespace

class tst_Keychain : public QObject {
    Q_OBJECT

public:
    tst_Keychain()
        : m_keychain(QStringLiteral("KeyDesk-test-%1").arg(QCoreApplication::applicationPid()))
    {}

private slots:
    void initTestCase();
    void writeReadRemove_data();
    void writeReadRemove();
    void notFoundAfterRemove();
    void overwriteKeepsTheLatest();
    void profileEntriesAreSeparate();
    void unreachableBusIsUnavailable_data();
    void unreachableBusIsUnavailable();
    void consoleSignsInFromProfileEntry();
    void consoleStoresKeyWhenEntryMissing();
    void cleanupTestCase();

private:
    Keychain::Outcome writeEntry(const QString& entry, const SecretBytes& secret);
    struct Store;
    std::unique_ptr<Store> makeStore(const QString& profileName);

    Keychain m_keychain;
    QStringList m_written; // entries to remove at the end
    QTemporaryDir m_dir;
};

// A real local store with its admin key, and a profile for it in a private QSettings file.
struct tst_Keychain::Store {
    SecretBytes adminKey;
    QString username;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<ProfileStore> profiles;
};

Keychain::Outcome tst_Keychain::writeEntry(const QString& entry, const SecretBytes& secret)
{
    m_written << entry;
    return m_keychain.write(entry, secret);
}

std::unique_ptr<tst_Keychain::Store> tst_Keychain::makeStore(const QString& profileName)
{
    auto store = std::make_unique<Store>();
    const QString path = m_dir.filePath(profileName + QStringLiteral(".sqlite"));
    auto url = StoreUrl::parse(path);
    auto init = LocalBackend::initialize(
        *url, {QStringLiteral("Acme"), QStringLiteral("acme"), QStringLiteral("alice")});
    if (!init)
        return nullptr;
    store->adminKey = std::move(init->second.adminKey.secret);
    store->username = init->second.admin.username;
    store->settings = std::make_unique<QSettings>(
        m_dir.filePath(profileName + QStringLiteral(".ini")), QSettings::IniFormat);
    store->profiles = std::make_unique<ProfileStore>(*store->settings);
    if (!store->profiles->save(Profile{profileName, url->toString()}))
        return nullptr;
    return store;
}

void tst_Keychain::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Keychain::Outcome probe =
        writeEntry(QStringLiteral("probe"), SecretBytes::copyOf("not a secret"));
    QVERIFY2(probe.status == Keychain::Status::Ok,
             qPrintable(QStringLiteral("no keychain is reachable (%1): run this suite through "
                                       "tests/gui/run-with-keyring.sh, as CTest does")
                            .arg(probe.message)));
}

void tst_Keychain::writeReadRemove_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("site-wide API key") << 0;
    QTest::newRow("user API key") << 1;
    QTest::newRow("every byte value") << 2;
}

void tst_Keychain::writeReadRemove()
{
    QFETCH(int, kind);
    const SecretBytes secret =
        kind == 2 ? allByteValues()
                  : KeyFormat::generate(kind == 0 ? KeyKind::SiteWide : KeyKind::User);
    const QString entry = QStringLiteral("round-trip/%1").arg(kind);
    QCOMPARE(writeEntry(entry, secret).status, Keychain::Status::Ok);
    SecretBytes read;
    QCOMPARE(m_keychain.read(entry, read).status, Keychain::Status::Ok);
    QCOMPARE(read.size(), secret.size());
    QVERIFY(same(read, secret));
    QCOMPARE(m_keychain.remove(entry).status, Keychain::Status::Ok);
}

void tst_Keychain::notFoundAfterRemove()
{
    const QString entry = QStringLiteral("removed");
    QCOMPARE(writeEntry(entry, KeyFormat::generate(KeyKind::User)).status, Keychain::Status::Ok);
    QCOMPARE(m_keychain.remove(entry).status, Keychain::Status::Ok);
    SecretBytes read;
    const Keychain::Outcome after = m_keychain.read(entry, read);
    QCOMPARE(after.status, Keychain::Status::NotFound);
    QVERIFY(read.isEmpty());
    SecretBytes never;
    QCOMPARE(m_keychain.read(QStringLiteral("never-written"), never).status,
             Keychain::Status::NotFound);
}

void tst_Keychain::overwriteKeepsTheLatest()
{
    const QString entry = QStringLiteral("overwritten");
    const SecretBytes first = KeyFormat::generate(KeyKind::User);
    const SecretBytes second = KeyFormat::generate(KeyKind::User);
    QCOMPARE(writeEntry(entry, first).status, Keychain::Status::Ok);
    QCOMPARE(writeEntry(entry, second).status, Keychain::Status::Ok);
    SecretBytes read;
    QCOMPARE(m_keychain.read(entry, read).status, Keychain::Status::Ok);
    QVERIFY(same(read, second));
    QVERIFY(!same(read, first));
}

void tst_Keychain::profileEntriesAreSeparate()
{
    const QString work = Keychain::profileKeyEntry(QStringLiteral("Work"));
    const QString home = Keychain::profileKeyEntry(QStringLiteral("Home"));
    QVERIFY(work != home);
    QVERIFY(work != Keychain::profileKekEntry(QStringLiteral("Work")));
    const SecretBytes workKey = KeyFormat::generate(KeyKind::SiteWide);
    const SecretBytes homeKey = KeyFormat::generate(KeyKind::User);
    QCOMPARE(writeEntry(work, workKey).status, Keychain::Status::Ok);
    QCOMPARE(writeEntry(home, homeKey).status, Keychain::Status::Ok);
    QCOMPARE(m_keychain.remove(home).status, Keychain::Status::Ok);
    SecretBytes read;
    QCOMPARE(m_keychain.read(work, read).status, Keychain::Status::Ok);
    QVERIFY(same(read, workKey));
    QVERIFY(KeyFormat::parse(read.view()).has_value());
}

// No session bus, or a dead one: "no keychain" (Unavailable), which the console words as such,
// not a keychain failure.
void tst_Keychain::unreachableBusIsUnavailable_data()
{
    QTest::addColumn<QString>("busAddress");
    QTest::newRow("no session bus") << QString();
    QTest::newRow("dead session bus") << QStringLiteral("unix:path=/nonexistent/bus");
}

void tst_Keychain::unreachableBusIsUnavailable()
{
    QFETCH(QString, busAddress);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KEYDESK_KEYCHAIN_PROBE"), QStringLiteral("1"));
    env.remove(QStringLiteral("DISPLAY")); // no X11 autolaunch of a bus either
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    if (!busAddress.isEmpty())
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
    QProcess probe;
    probe.setProcessEnvironment(env);
    probe.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(probe.waitForFinished(30000));
    QCOMPARE(probe.readAllStandardOutput().trimmed(), QByteArray("Unavailable"));
}

// A later start: the profile's key is in the keychain, so the console signs in silently.
void tst_Keychain::consoleSignsInFromProfileEntry()
{
    auto store = makeStore(QStringLiteral("Silent"));
    QVERIFY(store);
    QCOMPARE(
        writeEntry(Keychain::profileKeyEntry(QStringLiteral("Silent")), store->adminKey).status,
        Keychain::Status::Ok);
    ui::ClipboardGuard clipboard(QGuiApplication::clipboard());
    ui::ConsoleController controller(*store->profiles, m_keychain, clipboard);
    QSignalSpy shown(&controller, &ui::ConsoleController::mainWindowShown);
    controller.start();
    QCOMPARE(shown.count(), 1);
    QVERIFY(!findTopLevel<ui::SignInDialog>());
    QVERIFY(controller.mainWindow());
    QCOMPARE(controller.mainWindow()->session().principal().role, Role::SiteAdmin);
    QCOMPARE(controller.mainWindow()->session().principal().username, store->username);
}

// No entry yet: the console asks, offers to remember, and the next start is silent.
void tst_Keychain::consoleStoresKeyWhenEntryMissing()
{
    auto store = makeStore(QStringLiteral("Asked"));
    QVERIFY(store);
    m_written << Keychain::profileKeyEntry(QStringLiteral("Asked"));
    ui::ClipboardGuard clipboard(QGuiApplication::clipboard());
    {
        ui::ConsoleController controller(*store->profiles, m_keychain, clipboard);
        controller.start();
        auto* dialog = findTopLevel<ui::SignInDialog>();
        QVERIFY(dialog);
        auto* remember = dialog->findChild<QCheckBox*>(QStringLiteral("rememberCheckBox"));
        QVERIFY(remember && remember->isVisible() && remember->isChecked());
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("keyEdit")),
                         QString::fromLatin1(store->adminKey.data(), store->adminKey.size()));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")),
                          Qt::LeftButton);
        QVERIFY(controller.mainWindow());
    }
    SecretBytes saved;
    QCOMPARE(m_keychain.read(Keychain::profileKeyEntry(QStringLiteral("Asked")), saved).status,
             Keychain::Status::Ok);
    QVERIFY(same(saved, store->adminKey));
    ui::ConsoleController again(*store->profiles, m_keychain, clipboard);
    QSignalSpy shown(&again, &ui::ConsoleController::mainWindowShown);
    again.start();
    QCOMPARE(shown.count(), 1);
}

void tst_Keychain::cleanupTestCase()
{
    for (const QString& entry : std::as_const(m_written))
        m_keychain.remove(entry);
}

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsSet("KEYDESK_KEYCHAIN_PROBE")) {
        QCoreApplication app(argc, argv);
        return probeKeychain();
    }
    QApplication app(argc, argv);
    tst_Keychain suite;
    return QTest::qExec(&suite, argc, argv);
}

#include "tst_Keychain.moc"
