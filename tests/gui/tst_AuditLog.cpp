// SPDX-License-Identifier: GPL-3.0-or-later
// The console's audit log viewer (issue 6): filters by actor, key, action and time range, the
// visibility of E2 per role, and the CSV export.
#include "AuditLogDialog.h"
#include "ConsoleFixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
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

ui::AuditLogDialog* openViewer(ConsoleFixture& f)
{
    QAction* action = f.action("actionAuditLog");
    if (!action)
        return nullptr;
    action->trigger();
    return findTopLevel<ui::AuditLogDialog>();
}
} // namespace

class TestAuditLog : public QObject {
    Q_OBJECT

private slots:
    void filtersByActorActionAndKey();
    void timeRangeFilters();
    void helpdeskSeesUserKeyEventsOnly();
    void exportsTheShownEventsAsCsv();
};

void TestAuditLog::filtersByActorActionAndKey()
{
    ConsoleFixture f;
    const qint64 benKey =
        f.world.create(f.world.principal(f.world.siteAdmin), f.world.userKey(f.world.ben)).key.id;
    QVERIFY(f.world.keys().disableKey(f.world.principal(f.world.helpdesk), benKey));
    QVERIFY(f.openAs(f.world.principal(f.world.siteAdmin)));
    auto* viewer = openViewer(f);
    QVERIFY(viewer);
    auto* actor = child<QComboBox>(viewer, "actorCombo");
    actor->setCurrentIndex(actor->findText(QStringLiteral("desk"), Qt::MatchStartsWith));
    QTest::keyClicks(child<QLineEdit>(viewer, "actionEdit"), QStringLiteral("key.disable"));
    QTest::mouseClick(child<QPushButton>(viewer, "applyButton"), Qt::LeftButton);
    auto* table = child<QTableWidget>(viewer, "eventTable");
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("#%1").arg(benKey));
    const QByteArray dir = qgetenv("KEYDESK_SHOTS_DIR");
    if (!dir.isEmpty())
        viewer->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/audit-log.png"));
    actor->setCurrentIndex(0);
    child<QLineEdit>(viewer, "actionEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(viewer, "keyEdit"), QString::number(benKey));
    QTest::mouseClick(child<QPushButton>(viewer, "applyButton"), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 2); // create and disable
}

void TestAuditLog::timeRangeFilters()
{
    ConsoleFixture f;
    f.world.create(f.world.principal(f.world.siteAdmin), f.world.userKey(f.world.ann));
    QVERIFY(f.openAs(f.world.principal(f.world.siteAdmin)));
    auto* viewer = openViewer(f);
    QVERIFY(viewer);
    const int all = int(viewer->events().size());
    QVERIFY(all > 0);
    child<QCheckBox>(viewer, "untilCheck")->setChecked(true);
    child<QDateTimeEdit>(viewer, "untilEdit")->setDateTime(QDateTime(QDate(2000, 1, 1), QTime()));
    QVERIFY(viewer->reload());
    QCOMPARE(viewer->events().size(), 0);
    child<QCheckBox>(viewer, "untilCheck")->setChecked(false);
    child<QCheckBox>(viewer, "sinceCheck")->setChecked(true);
    child<QDateTimeEdit>(viewer, "sinceEdit")->setDateTime(QDateTime(QDate(2000, 1, 1), QTime()));
    QVERIFY(viewer->reload());
    QCOMPARE(int(viewer->events().size()), all);
}

void TestAuditLog::helpdeskSeesUserKeyEventsOnly()
{
    ConsoleFixture f;
    f.world.siteWidePrincipal(f.world.acme); // a site-wide key's creation event
    f.world.create(f.world.principal(f.world.siteAdmin), f.world.userKey(f.world.ann));
    QVERIFY(f.openAs(f.world.principal(f.world.helpdesk)));
    auto* viewer = openViewer(f);
    QVERIFY(viewer);
    QVERIFY(!viewer->events().isEmpty());
    for (const AuditEvent& e : viewer->events())
        QCOMPARE(e.keyKind, std::optional(KeyKind::User));
}

void TestAuditLog::exportsTheShownEventsAsCsv()
{
    ConsoleFixture f;
    f.world.create(f.world.principal(f.world.siteAdmin), f.world.userKey(f.world.ann));
    QVERIFY(f.openAs(f.world.principal(f.world.siteAdmin)));
    auto* viewer = openViewer(f);
    QVERIFY(viewer);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    QVERIFY(viewer->exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.first().startsWith("id,at,site_id,actor_user_id"));
    QVERIFY(lines.first().endsWith('\r'));
    QCOMPARE(lines.size(), viewer->events().size() + 2); // header, events, after the last CRLF
}

QTEST_MAIN(TestAuditLog)
#include "tst_AuditLog.moc"
