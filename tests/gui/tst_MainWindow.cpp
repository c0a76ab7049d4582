// SPDX-License-Identifier: GPL-3.0-or-later
// The main window per role: what each principal sees, which actions the policy enables (with
// its reason as tooltip), filters, child sites (E3), shortcuts.
#include "ConsoleFixture.h"
#include "Expect.h"
#include "KeyTableModel.h"
#include "PolicyText.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace keydesk;
using keydesk::test::ConsoleFixture;

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void adminSeesEveryKeyOfTheSite();
    void R5_nonAdminWithSettingOffSeesCreateDisabledWithTheReason();
    void R5_nonAdminWithSettingOnMayCreate();
    void E1_helpdeskSeesNoSiteWideKeys();
    void E1_helpdeskCannotRevokeSiteWideKeysEvenWhenListed();
    void actionsNeedASelection();
    void searchFiltersAsYouType();
    void statusAndKindFilters();
    void E3_siteTreeShowsChildSitesOfAnAdmin();
    void detailsPaneShowsLabelAndAuditTrail();
    void shortcuts();
    void statusBarNamesStoreSiteAndPrincipal();
};

void TestMainWindow::adminSeesEveryKeyOfTheSite()
{
    ConsoleFixture f;
    const qint64 siteWide =
        f.world.create(f.world.principal(f.world.siteAdmin), f.world.siteWideKey(f.world.acme))
            .key.id;
    QVERIFY(f.openAs(f.world.principal(f.world.siteAdmin)));
    const QList<qint64> ids = f.listedKeyIds();
    QCOMPARE(ids.size(), 5); // four members' keys and the site-wide key
    QVERIFY(ids.contains(siteWide));
    QVERIFY(f.action("actionNewKey")->isEnabled());
}

void TestMainWindow::R5_nonAdminWithSettingOffSeesCreateDisabledWithTheReason()
{
    ConsoleFixture f;
    QVERIFY(f.openAs(f.world.principal(f.world.ann)));
    QAction* create = f.action("actionNewKey");
    QVERIFY(!create->isEnabled());
    QVERIFY(create->toolTip().contains(ui::reasonText(DenyReason::SettingOff)));
    QCOMPARE(f.listedKeyIds(), QList<qint64>{f.world.principal(f.world.ann).keyId});
}

void TestMainWindow::R5_nonAdminWithSettingOnMayCreate()
{
    ConsoleFixture f;
    f.world.setUsersCanCreate(f.world.acme, true);
    QVERIFY(f.openAs(f.world.principal(f.world.ann)));
    QVERIFY(f.action("actionNewKey")->isEnabled());
}

void TestMainWindow::E1_helpdeskSeesNoSiteWideKeys()
{
    ConsoleFixture f;
    f.world.create(f.world.principal(f.world.siteAdmin), f.world.siteWideKey(f.world.acme));
    QVERIFY(f.openAs(f.world.principal(f.world.helpdesk)));
    QAbstractItemModel* model = f.table()->model();
    QCOMPARE(f.listedKeyIds().size(), 4);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->index(row, ui::KeyTableModel::KindColumn).data().toString() !=
                QLatin1String("Site-wide"));
    auto* kind = f.window->findChild<QComboBox*>(QStringLiteral("kindFilter"));
    kind->setCurrentIndex(kind->findData(int(KeyKindFilter::SiteWide)));
    QCOMPARE(f.listedKeyIds().size(), 0);
    QVERIFY(!f.action("actionNewKey")->isEnabled()); // setting off: not even their own
}

void TestMainWindow::E1_helpdeskCannotRevokeSiteWideKeysEvenWhenListed()
{
    // The view never lists them (above); the action state still checks every selected key.
    ConsoleFixture f;
    QVERIFY(f.openAs(f.world.principal(f.world.helpdesk)));
    QVERIFY(f.selectKeys({f.world.principal(f.world.ben).keyId}));
    QVERIFY(f.action("actionRevoke")->isEnabled());
    QVERIFY(f.action("actionDisable")->isEnabled());
}

void TestMainWindow::actionsNeedASelection()
{
    ConsoleFixture f;
    QVERIFY(f.openAs(f.world.principal(f.world.siteAdmin)));
    for (const char* name : {"actionDisable", "actionEnable", "actionRevoke"}) {
        QVERIFY(!f.action(name)->isEnabled());
        QVERIFY(!f.action(name)->toolTip().isEmpty());
    }
    QVERIFY(
        f.selectKeys({f.world.principal(f.world.ann).keyId, f.world.principal(f.world.ben).keyId}));
    for (const char* name : {"actionDisable", "actionEnable", "actionRevoke"})
        QVERIFY(f.action(name)->isEnabled());
}

void TestMainWindow::searchFiltersAsYouType()
{
    ConsoleFixture f;
    f.world.create(f.world.principal(f.world.siteAdmin),
                   f.world.userKey(f.world.ann, QStringLiteral("deploy-prod")));
    f.world.create(f.world.principal(f.world.siteAdmin),
                   f.world.userKey(f.world.ben, QStringLiteral("deploy-test")));
    QVERIFY(f.openAs(f.world.principal(f.world.siteAdmin)));
    auto* search = f.window->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, QStringLiteral("deploy"));
    QCOMPARE(f.listedKeyIds().size(), 2);
    QTest::keyClicks(search, QStringLiteral("-p"));
    QCOMPARE(f.listedKeyIds().size(), 1);
    search->clear();
    QCOMPARE(f.listedKeyIds().size(), 6);
}

void TestMainWindow::statusAndKindFilters()
{
    ConsoleFixture f;
    const Principal admin = f.world.principal(f.world.siteAdmin);
    KD_EXPECT_OK(f.world.keys().disableKey(admin, f.world.principal(f.world.ben).keyId));
    CreateKeyRequest expiring = f.world.userKey(f.world.ann, QStringLiteral("soon"));
    expiring.expiresAt = f.world.now.addDays(3);
    const qint64 soon = f.world.create(admin, expiring).key.id;
    QVERIFY(f.openAs(admin));
    auto* status = f.window->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(int(KeyStatus::Disabled)));
    QCOMPARE(f.listedKeyIds(), QList<qint64>{f.world.principal(f.world.ben).keyId});
    status->setCurrentIndex(status->findData(int(KeyStatus::Expiring)));
    QCOMPARE(f.listedKeyIds(), QList<qint64>{soon});
    const QString text =
        f.table()->model()->index(0, ui::KeyTableModel::StatusColumn).data().toString();
    QVERIFY2(text.contains(QLatin1Char('3')), qPrintable(text));
}

void TestMainWindow::E3_siteTreeShowsChildSitesOfAnAdmin()
{
    ConsoleFixture f;
    QVERIFY(f.openAs(f.world.principal(f.world.siteAdmin)));
    auto* tree = f.window->findChild<QTreeView*>(QStringLiteral("siteTree"));
    QAbstractItemModel* sites = tree->model();
    QCOMPARE(sites->rowCount(), 1);
    const QModelIndex child = sites->index(0, 0, sites->index(0, 0));
    QVERIFY(child.isValid());
    QVERIFY(child.data().toString().contains(QLatin1String("acme-eu")));
    tree->setCurrentIndex(child);
    QCOMPARE(f.listedKeyIds().size(), 2); // euadmin's and eve's keys
    QVERIFY(f.listedKeyIds().contains(f.world.principal(f.world.eve).keyId));
    ConsoleFixture plain;
    QVERIFY(plain.openAs(plain.world.principal(plain.world.ann)));
    QAbstractItemModel* annSites =
        plain.window->findChild<QTreeView*>(QStringLiteral("siteTree"))->model();
    QCOMPARE(annSites->rowCount(annSites->index(0, 0)), 0);
}

void TestMainWindow::detailsPaneShowsLabelAndAuditTrail()
{
    ConsoleFixture f;
    const Principal admin = f.world.principal(f.world.siteAdmin);
    const qint64 id =
        f.world.create(admin, f.world.userKey(f.world.ann, QStringLiteral("laptop"))).key.id;
    KD_EXPECT_OK(f.world.keys().disableKey(admin, id));
    QVERIFY(f.openAs(admin));
    QVERIFY(f.selectKeys({id}));
    auto* title = f.window->findChild<QLabel*>(QStringLiteral("detailsTitle"));
    QCOMPARE(title->text(), QStringLiteral("User API key for ann (key ID #%1)").arg(id));
    auto* audit = f.window->findChild<QTreeWidget*>(QStringLiteral("auditTrail"));
    QCOMPARE(audit->topLevelItemCount(), 2); // created, disabled
    QVERIFY(audit->topLevelItem(1)->text(2).contains(QLatin1String("admin")));
}

void TestMainWindow::shortcuts()
{
    ConsoleFixture f;
    QVERIFY(f.openAs(f.world.principal(f.world.siteAdmin)));
    QCOMPARE(f.action("actionNewKey")->shortcut(), QKeySequence(QKeySequence::New));
    QCOMPARE(f.action("actionRevoke")->shortcut(), QKeySequence(QKeySequence::Delete));
    QCOMPARE(f.action("actionRefresh")->shortcut(), QKeySequence(QKeySequence::Refresh));
    QCOMPARE(f.action("actionFind")->shortcut(), QKeySequence(QKeySequence::Find));
    f.table()->setFocus();
    QTest::keySequence(f.window.get(), QKeySequence::Find);
    QVERIFY(f.window->findChild<QLineEdit*>(QStringLiteral("searchEdit"))->hasFocus());
}

void TestMainWindow::statusBarNamesStoreSiteAndPrincipal()
{
    ConsoleFixture f;
    QVERIFY(f.openAs(f.world.principal(f.world.helpdesk)));
    const QString text = f.window->findChild<QLabel*>(QStringLiteral("statusLabel"))->text();
    for (const QString& part : {QStringLiteral("sqlite:"), QStringLiteral("acme"),
                                QStringLiteral("desk"), QStringLiteral("(help desk)")})
        QVERIFY2(text.contains(part), qPrintable(text));
}

QTEST_MAIN(TestMainWindow)
#include "tst_MainWindow.moc"
