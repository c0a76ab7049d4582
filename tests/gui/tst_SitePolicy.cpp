// SPDX-License-Identifier: GPL-3.0-or-later
// Site → Policy… (issue 6): site admins edit the key policy; keys that break it are listed,
// never changed, and "Show Key" selects one in the main window; others cannot open it.
#include "ConsoleFixture.h"
#include "SitePolicyDialog.h"

#include <QCheckBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace keydesk;
using keydesk::test::ConsoleFixture;
using keydesk::test::findTopLevel;

namespace {
template <typename T> T* child(QWidget* parent, const char* name)
{
    return parent ? parent->findChild<T*>(QString::fromLatin1(name)) : nullptr;
}
} // namespace

class TestSitePolicy : public QObject {
    Q_OBJECT

private slots:
    void adminSavesPolicyAndSeesViolationsUnchanged();
    void showKeySelectsTheKeyInTheMainWindow();
    void onlySiteAdminsOpenThePolicy();
};

void TestSitePolicy::adminSavesPolicyAndSeesViolationsUnchanged()
{
    ConsoleFixture f;
    const qint64 annKey = f.world.principal(f.world.ann).keyId; // never expires
    QVERIFY(f.openAs(f.world.principal(f.world.siteAdmin)));
    QAction* action = f.action("actionSitePolicy");
    QVERIFY(action && action->isEnabled());
    action->trigger();
    auto* dialog = findTopLevel<ui::SitePolicyDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->violations().size(), 0);
    child<QCheckBox>(dialog, "requireExpiryCheck")->setChecked(true);
    child<QCheckBox>(dialog, "maxLifetimeCheck")->setChecked(true);
    child<QSpinBox>(dialog, "maxLifetimeSpin")->setValue(90);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QVERIFY2(child<QLabel>(dialog, "messageLabel")->text().startsWith(QLatin1String("Saved")),
             qPrintable(child<QLabel>(dialog, "messageLabel")->text()));
    const Site stored = *f.world.store().site(f.world.acme.id).value();
    QVERIFY(stored.settings.requireKeyExpiry);
    QCOMPARE(stored.settings.maxKeyLifetimeDays, std::optional(90));
    auto* table = child<QTableWidget>(dialog, "violationTable");
    QVERIFY(table->rowCount() >= 1);
    bool listed = false;
    for (const PolicyViolation& v : dialog->violations())
        listed = listed || (v.key.id == annKey && v.kind == ViolationKind::NoExpiry);
    QVERIFY(listed);
    QVERIFY(!f.world.store().key(annKey).value()->expiresAt); // never changed
    const QByteArray dir = qgetenv("KEYDESK_SHOTS_DIR");
    if (!dir.isEmpty())
        dialog->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/site-policy.png"));
}

void TestSitePolicy::showKeySelectsTheKeyInTheMainWindow()
{
    ConsoleFixture f;
    const qint64 benKey = f.world.principal(f.world.ben).keyId;
    QVERIFY(f.world.admin().updateSettings(f.world.principal(f.world.siteAdmin), f.world.acme.id,
                                           SiteSettingsUpdate{{}, {}, true}));
    QVERIFY(f.openAs(f.world.principal(f.world.siteAdmin)));
    f.action("actionSitePolicy")->trigger();
    auto* dialog = findTopLevel<ui::SitePolicyDialog>();
    QVERIFY(dialog);
    int row = -1;
    for (int r = 0; r < dialog->violations().size(); ++r) {
        if (dialog->violations().at(r).key.id == benKey)
            row = r;
    }
    QVERIFY(row >= 0);
    auto* table = child<QTableWidget>(dialog, "violationTable");
    table->setCurrentCell(row, 0);
    QTest::mouseClick(child<QPushButton>(dialog, "showKeyButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    const QModelIndex current = f.table()->selectionModel()->currentIndex();
    QCOMPARE(current.row(), f.rowOf(benKey));
}

void TestSitePolicy::onlySiteAdminsOpenThePolicy()
{
    {
        ConsoleFixture desk;
        QVERIFY(desk.openAs(desk.world.principal(desk.world.helpdesk)));
        QVERIFY(!desk.action("actionSitePolicy")->isEnabled());
    }
    ConsoleFixture ann;
    QVERIFY(ann.openAs(ann.world.principal(ann.world.ann)));
    QVERIFY(!ann.action("actionSitePolicy")->isEnabled());
    QVERIFY(!ann.action("actionSitePolicy")->toolTip().isEmpty()); // the reason
}

QTEST_MAIN(TestSitePolicy)
#include "tst_SitePolicy.moc"
