// SPDX-License-Identifier: GPL-3.0-or-later
// The console's key lifecycle (issue 6): Roll Key… with a grace chooser and the one-time reveal,
// refused for help-desk staff; the expiring-soon window and the sign-in notice; the "not used
// for" filter; File → Export Inventory… as CSV read back by Python's csv module.
#include "ConsoleFixture.h"
#include "Expect.h"
#include "KeyTableModel.h"
#include "RevealDialog.h"
#include "RollKeyDialog.h"
#include "SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace keydesk;
using keydesk::test::ConsoleFixture;
using keydesk::test::findTopLevel;

namespace {
template <typename T> T* child(QWidget* parent, const char* name)
{
    return parent ? parent->findChild<T*>(QString::fromLatin1(name)) : nullptr;
}

// KEYDESK_SHOTS_DIR=/some/dir saves what the user sees, for looking at by eye.
void shoot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KEYDESK_SHOTS_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    widget->grab().save(dir + QStringLiteral("/lifecycle-") + name + QStringLiteral(".png"));
}

void selectFilter(QComboBox* combo, const QString& text)
{
    QVERIFY(combo);
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setCurrentIndex(index);
}

int pythonCsvRows(const QString& file)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import csv,sys; print(len(list(csv.reader(open(sys.argv[1], "
                            "newline='', encoding='utf-8')))))"),
             file});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return -1;
    return p.readAllStandardOutput().trimmed().toInt();
}
} // namespace

class TestKeyLifecycle : public QObject {
    Q_OBJECT

private slots:
    void init() { QSettings().remove(ui::SettingsDialog::expiringWindowKey()); }
    void cleanup() { QSettings().remove(ui::SettingsDialog::expiringWindowKey()); }
    void rollKeyWithAGraceRevealsTheReplacement();
    void rollKeyIsRefusedToHelpdeskAndForRolledKeys();
    void signInNoticeListsOwnKeysThatExpireSoon();
    void expiringSoonFollowsTheConfiguredWindow();
    void unusedForFilterCountsNeverUsedKeysFromCreation();
    void exportInventoryWritesCsvOfTheListedKeys();
};

void TestKeyLifecycle::rollKeyWithAGraceRevealsTheReplacement()
{
    ConsoleFixture f;
    const ApiKey old = f.world
                           .create(f.world.principal(f.world.siteAdmin),
                                   f.world.userKey(f.world.ann, QStringLiteral("deploy")))
                           .key;
    QVERIFY(f.openAs(f.world.principal(f.world.siteAdmin)));
    QVERIFY(f.selectKeys({old.id}));
    QAction* roll = f.action("actionRollKey");
    QVERIFY(roll && roll->isEnabled());
    roll->trigger();
    auto* dialog = findTopLevel<ui::RollKeyDialog>();
    QVERIFY(dialog);
    selectFilter(child<QComboBox>(dialog, "graceCombo"), QStringLiteral("7 days"));
    shoot(dialog, QStringLiteral("roll-dialog"));
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    auto* reveal = findTopLevel<ui::RevealDialog>();
    QVERIFY(reveal);
    const QString key = child<QLineEdit>(reveal, "keyField")->text();
    QVERIFY(key.startsWith(QLatin1String("kdu_")));
    auto principal = f.world.auth().authenticate(key.toStdString(), f.world.acme.id);
    QVERIFY(principal);
    const ApiKey stored = *f.world.store().key(old.id).value();
    QCOMPARE(stored.replacedBy, std::optional<qint64>(principal->keyId));
    QCOMPARE(stored.expiresAt, std::optional<QDateTime>(f.world.now.addDays(7)));
    QVERIFY(f.rowOf(principal->keyId) >= 0);
    QTest::mouseClick(child<QCheckBox>(reveal, "storedCheckBox"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(reveal, "closeButton"), Qt::LeftButton);
    QTRY_VERIFY(!findTopLevel<ui::RevealDialog>());
    QVERIFY(f.selectKeys({old.id})); // rolled: cannot be rolled again
    QVERIFY(!roll->isEnabled());
    QVERIFY(roll->toolTip().contains(QStringLiteral("already rolled")));
}

void TestKeyLifecycle::rollKeyIsRefusedToHelpdeskAndForRolledKeys()
{
    ConsoleFixture f;
    const ApiKey annKey = f.world
                              .create(f.world.principal(f.world.siteAdmin),
                                      f.world.userKey(f.world.ann, QStringLiteral("ann")))
                              .key;
    QVERIFY(f.openAs(f.world.principal(f.world.helpdesk)));
    QVERIFY(f.selectKeys({annKey.id}));
    QAction* roll = f.action("actionRollKey");
    QVERIFY(roll);
    QVERIFY(!roll->isEnabled()); // help desk may revoke user keys, but not create them
    QVERIFY(!roll->toolTip().isEmpty());
    roll->trigger();
    QVERIFY(!findTopLevel<ui::RollKeyDialog>());
}

void TestKeyLifecycle::signInNoticeListsOwnKeysThatExpireSoon()
{
    ConsoleFixture f;
    CreateKeyRequest soon = f.world.userKey(f.world.ann, QStringLiteral("laptop sync"));
    soon.expiresAt = f.world.now.addDays(3);
    f.world.create(f.world.principal(f.world.siteAdmin), soon);
    CreateKeyRequest later = f.world.userKey(f.world.ann, QStringLiteral("archive"));
    later.expiresAt = f.world.now.addDays(40);
    f.world.create(f.world.principal(f.world.siteAdmin), later);
    QVERIFY(f.openAs(f.world.principal(f.world.ann)));
    auto* banner = f.window->findChild<QFrame*>(QStringLiteral("expiryBanner"));
    QVERIFY(banner && banner->isVisible());
    const QString text = child<QLabel>(banner, "expiryBannerLabel")->text();
    QVERIFY2(text.contains(QStringLiteral("laptop sync")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("archive")));
    shoot(f.window.get(), QStringLiteral("expiry-banner"));
    QVERIFY(!findTopLevel<QDialog>()); // a notice, not a dialog
    QTest::mouseClick(child<QWidget>(banner, "expiryBannerClose"), Qt::LeftButton);
    QVERIFY(!banner->isVisible());

    ConsoleFixture other; // ben has nothing expiring: no notice
    QVERIFY(other.openAs(other.world.principal(other.world.ben)));
    QVERIFY(!other.window->findChild<QFrame*>(QStringLiteral("expiryBanner"))->isVisible());
}

void TestKeyLifecycle::expiringSoonFollowsTheConfiguredWindow()
{
    ConsoleFixture f;
    const Principal admin = f.world.principal(f.world.siteAdmin);
    CreateKeyRequest soon = f.world.userKey(f.world.ben, QStringLiteral("soon"));
    soon.expiresAt = f.world.now.addDays(3);
    const qint64 soonId = f.world.create(admin, soon).key.id;
    CreateKeyRequest later = f.world.userKey(f.world.ben, QStringLiteral("later"));
    later.expiresAt = f.world.now.addDays(20);
    const qint64 laterId = f.world.create(admin, later).key.id;
    QVERIFY(f.openAs(admin));
    selectFilter(f.window->findChild<QComboBox*>(QStringLiteral("statusFilter")),
                 QStringLiteral("Expiring soon"));
    QCOMPARE(f.listedKeyIds(), QList<qint64>{soonId});
    QSettings().setValue(ui::SettingsDialog::expiringWindowKey(), 30);
    f.action("actionRefresh")->trigger();
    selectFilter(f.window->findChild<QComboBox*>(QStringLiteral("statusFilter")),
                 QStringLiteral("Active"));
    selectFilter(f.window->findChild<QComboBox*>(QStringLiteral("statusFilter")),
                 QStringLiteral("Expiring soon"));
    QList<qint64> listed = f.listedKeyIds();
    std::sort(listed.begin(), listed.end());
    QCOMPARE(listed, (QList<qint64>{soonId, laterId}));
    const QModelIndex status =
        f.table()->model()->index(f.rowOf(laterId), ui::KeyTableModel::StatusColumn);
    QVERIFY(status.data().toString().contains(QStringLiteral("xpir")));
    QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull()); // the badge
    shoot(f.window.get(), QStringLiteral("expiring-filter"));
}

void TestKeyLifecycle::unusedForFilterCountsNeverUsedKeysFromCreation()
{
    ConsoleFixture f;
    const Principal admin = f.world.principal(f.world.siteAdmin);
    const ApiKey used =
        f.world.create(admin, f.world.userKey(f.world.ben, QStringLiteral("u"))).key;
    f.world.advance(100 * 86400);
    QVERIFY(f.world.store().touchLastUse(used.id, f.world.now, 60000).value_or(false));
    QVERIFY(f.openAs(admin));
    auto* usage = f.window->findChild<QComboBox*>(QStringLiteral("usageFilter"));
    selectFilter(usage, QStringLiteral("Not used for 90 days"));
    const QList<qint64> unused = f.listedKeyIds();
    QVERIFY(!unused.contains(used.id));
    QVERIFY(!unused.isEmpty()); // the cast's keys: never used, created 100 days ago
    selectFilter(usage, QStringLiteral("Any use"));
    QVERIFY(f.listedKeyIds().contains(used.id));
}

void TestKeyLifecycle::exportInventoryWritesCsvOfTheListedKeys()
{
    ConsoleFixture f;
    const Principal admin = f.world.principal(f.world.siteAdmin);
    f.world.create(admin, f.world.siteWideKey(f.world.acme, QStringLiteral("=cmd|' /C calc'!A0")));
    QVERIFY(f.openAs(f.world.principal(f.world.helpdesk)));
    const int listed = int(f.listedKeyIds().size());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("inventory.csv"));
    f.action("actionExportInventory")->trigger();
    auto* dialog = f.window->findChild<QFileDialog*>(QStringLiteral("exportInventoryDialog"));
    QVERIFY(dialog && dialog->isVisible());
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // the dialog's Save button
    QTRY_VERIFY(QFile::exists(path));
    QCOMPARE(pythonCsvRows(path), listed + 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(!csv.contains("site_wide")); // help desk: user keys only (E1)
    QVERIFY(!csv.contains("calc"));

    ConsoleFixture a;
    a.world.create(a.world.principal(a.world.siteAdmin),
                   a.world.siteWideKey(a.world.acme, QStringLiteral("=cmd|' /C calc'!A0")));
    QVERIFY(a.openAs(a.world.principal(a.world.siteAdmin)));
    const QString adminPath = dir.filePath(QStringLiteral("admin.csv"));
    a.action("actionExportInventory")->trigger();
    auto* again = a.window->findChild<QFileDialog*>(QStringLiteral("exportInventoryDialog"));
    QVERIFY(again);
    again->selectFile(adminPath);
    static_cast<QDialog*>(again)->accept();
    QTRY_VERIFY(QFile::exists(adminPath));
    QFile adminFile(adminPath);
    QVERIFY(adminFile.open(QIODevice::ReadOnly));
    QVERIFY(adminFile.readAll().contains(",'=cmd|' /C calc'!A0,")); // formula guard
}

QTEST_MAIN(TestKeyLifecycle)
#include "tst_KeyLifecycle.moc"
