// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk actions in the console (issue 6): the multi-selection revoked in one transaction with one
// confirmation, all or nothing, and "Revoke All Keys of User…" for a help-desk agent.
#include "ConsoleFixture.h"
#include "KeyActionDialogs.h"
#include "UserKeysDialog.h"

#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace keydesk;
using keydesk::test::ConsoleFixture;
using keydesk::test::findTopLevel;

namespace {
template <typename T> T* child(QWidget* parent, const char* name)
{
    return parent ? parent->findChild<T*>(QString::fromLatin1(name)) : nullptr;
}

void clickOk(QDialog* dialog)
{
    auto* ok = child<QPushButton>(dialog, "okButton");
    QVERIFY(ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

void shoot(QWidget* widget, const char* name)
{
    const QByteArray dir = qgetenv("KEYDESK_SHOTS_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') +
                            QString::fromLatin1(name) + QStringLiteral(".png"));
}
} // namespace

class TestBulkActions : public QObject {
    Q_OBJECT

private slots:
    void multiSelectRevokeIsOneConfirmedAction();
    void helpdeskRevokesAllKeysOfAUser();
    void usersHaveNoRevokeAllKeysOfUser();
};

void TestBulkActions::multiSelectRevokeIsOneConfirmedAction()
{
    ConsoleFixture f;
    const Principal admin = f.world.principal(f.world.siteAdmin);
    const QList<qint64> ids{f.world.create(admin, f.world.userKey(f.world.ann)).key.id,
                            f.world.create(admin, f.world.userKey(f.world.ben)).key.id};
    const int events = f.world.auditCount();
    QVERIFY(f.openAs(f.world.principal(f.world.helpdesk)));
    QVERIFY(f.selectKeys(ids));
    f.action("actionRevoke")->trigger();
    auto* confirm = findTopLevel<ui::RevokeKeysDialog>();
    QVERIFY(confirm);
    shoot(confirm, "bulk-revoke-confirm");
    clickOk(confirm);
    for (qint64 id : ids) {
        QCOMPARE(f.rowOf(id), -1);
        QVERIFY(!f.world.store().key(id).value());
    }
    QCOMPARE(f.world.auditCount(), events + 2); // one event per key
}

void TestBulkActions::helpdeskRevokesAllKeysOfAUser()
{
    ConsoleFixture f;
    const Principal admin = f.world.principal(f.world.siteAdmin);
    const qint64 a = f.world.create(admin, f.world.userKey(f.world.ben)).key.id;
    const qint64 b = f.world.create(admin, f.world.userKey(f.world.ben)).key.id;
    const qint64 annKey = f.world.principal(f.world.ann).keyId;
    QVERIFY(f.openAs(f.world.principal(f.world.helpdesk)));
    QAction* action = f.action("actionRevokeUserKeys");
    QVERIFY(action && action->isEnabled());
    action->trigger();
    auto* dialog = findTopLevel<ui::RevokeUserKeysDialog>();
    QVERIFY(dialog);
    auto* users = child<QComboBox>(dialog, "userCombo");
    users->setCurrentIndex(users->findText(QStringLiteral("ben"), Qt::MatchStartsWith));
    QCOMPARE(dialog->userId(), f.world.ben.id);
    QVERIFY(child<QPushButton>(dialog, "cancelButton")->isDefault()); // Return does not revoke
    shoot(dialog, "revoke-user-keys");
    clickOk(dialog);
    QVERIFY(!f.world.store().key(a).value());
    QVERIFY(!f.world.store().key(b).value());
    QVERIFY(!f.world.store().key(f.world.principal(f.world.ben).keyId).value());
    QVERIFY(f.world.store().key(annKey).value()); // nobody else's
}

void TestBulkActions::usersHaveNoRevokeAllKeysOfUser()
{
    ConsoleFixture f;
    QVERIFY(f.openAs(f.world.principal(f.world.ann)));
    QVERIFY(!f.action("actionRevokeUserKeys")->isEnabled());
}

QTEST_MAIN(TestBulkActions)
#include "tst_BulkActions.moc"
