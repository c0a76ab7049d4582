// SPDX-License-Identifier: GPL-3.0-or-later
// Key actions through the main window, mouse and keyboard only: create (site-wide with expiry,
// S3 user key) and the one-time reveal with copy and auto-clear, disable then enable, revoke
// (a help-desk agent a user key; an admin a site-wide key, which needs its name typed).
#include "ConsoleFixture.h"
#include "CreateKeyDialog.h"
#include "Expect.h"
#include "KeyActionDialogs.h"
#include "RevealDialog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
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

// Checks "stored" and closes the reveal dialog; returns whether it wiped itself.
bool closeReveal(ui::RevealDialog* reveal)
{
    QTest::mouseClick(child<QCheckBox>(reveal, "storedCheckBox"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(reveal, "closeButton"), Qt::LeftButton);
    return reveal->isWiped() || !reveal->isVisible();
}
} // namespace

class TestKeyActions : public QObject {
    Q_OBJECT

private slots:
    void createSiteWideKeyWithExpiryRevealCopyAndAutoClear();
    void createS3UserKeyShowsBothValues();
    void disableThenEnable();
    void E1_helpdeskRevokesAUserKey();
    void R8_revokingASiteWideKeyNeedsItsNameTyped();
    void multiSelectDisable();
};

void TestKeyActions::createSiteWideKeyWithExpiryRevealCopyAndAutoClear()
{
    ConsoleFixture f;
    QVERIFY(f.openAs(f.world.principal(f.world.siteAdmin)));
    f.action("actionNewKey")->trigger();
    auto* dialog = findTopLevel<ui::CreateKeyDialog>();
    QVERIFY(dialog);
    QTest::mouseClick(child<QRadioButton>(dialog, "siteWideRadio"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Nightly backup"));
    auto* expiry = child<QComboBox>(dialog, "expiryCombo");
    expiry->setCurrentIndex(expiry->findText(QStringLiteral("30 days")));
    clickOk(dialog);
    auto* reveal = findTopLevel<ui::RevealDialog>();
    QVERIFY(reveal);
    const QString key = child<QLineEdit>(reveal, "keyField")->text();
    QVERIFY(key.startsWith(QLatin1String("kds_")));
    auto principal = f.world.auth().authenticate(key.toStdString(), f.world.acme.id);
    QVERIFY(principal);
    const ApiKey stored = *f.world.store().key(principal->keyId).value();
    QVERIFY(stored.expiresAt && *stored.expiresAt > f.world.now.addDays(29));
    QVERIFY(f.rowOf(stored.id) >= 0);
    QTest::mouseClick(child<QPushButton>(reveal, "copyKeyButton"), Qt::LeftButton);
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime && mime->text() == key);
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    f.world.advance(29);
    f.clipboard->expireIfDue();
    QVERIFY(QGuiApplication::clipboard()->text() == key);
    f.world.advance(2);
    f.clipboard->expireIfDue();
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QVERIFY(closeReveal(reveal));
}

void TestKeyActions::createS3UserKeyShowsBothValues()
{
    ConsoleFixture f;
    QVERIFY(f.openAs(f.world.principal(f.world.siteAdmin)));
    f.action("actionNewKey")->trigger();
    auto* dialog = findTopLevel<ui::CreateKeyDialog>();
    QVERIFY(dialog);
    QTest::mouseClick(child<QRadioButton>(dialog, "userRadio"), Qt::LeftButton);
    auto* users = child<QComboBox>(dialog, "userCombo");
    users->setCurrentIndex(users->findText(QStringLiteral("ann"), Qt::MatchStartsWith));
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Uploads"));
    QTest::mouseClick(child<QCheckBox>(dialog, "s3CheckBox"), Qt::LeftButton);
    clickOk(dialog);
    auto* reveal = findTopLevel<ui::RevealDialog>();
    QVERIFY(reveal);
    const QString accessKeyId = child<QLineEdit>(reveal, "accessKeyIdField")->text();
    const QString secret = child<QLineEdit>(reveal, "secretKeyField")->text();
    QVERIFY(accessKeyId.startsWith(QLatin1String("KDAK")));
    QCOMPARE(secret.size(), 40);
    auto stored = f.world.store().keyByAccessKeyId(accessKeyId);
    QVERIFY(stored && *stored);
    QVERIFY((*stored)->userId == f.world.ann.id);
    auto opened = SecretBox::open(*f.world.keks().current(), (*stored)->s3SecretSealed,
                                  accessKeyId.toLatin1());
    QVERIFY(opened);
    QVERIFY(opened->view() == secret.toStdString());
    QVERIFY(closeReveal(reveal));
}

void TestKeyActions::disableThenEnable()
{
    ConsoleFixture f;
    const qint64 id = f.world.principal(f.world.ann).keyId;
    QVERIFY(f.openAs(f.world.principal(f.world.siteAdmin)));
    QVERIFY(f.selectKeys({id}));
    f.action("actionDisable")->trigger();
    auto* confirm = findTopLevel<ui::DisableKeysDialog>();
    QVERIFY(confirm);
    clickOk(confirm);
    QCOMPARE(f.world.store().key(id).value()->permissionSet, PermissionSet::None);
    QVERIFY(f.selectKeys({id}));
    QVERIFY(!f.action("actionDisable")->isEnabled()); // already disabled
    f.action("actionEnable")->trigger();
    auto* enable = findTopLevel<ui::EnableKeyDialog>();
    QVERIFY(enable);
    QCOMPARE(child<QComboBox>(enable, "permissionCombo")->currentText(), QStringLiteral("full"));
    clickOk(enable);
    QCOMPARE(f.world.store().key(id).value()->permissionSet, PermissionSet::Full);
}

void TestKeyActions::E1_helpdeskRevokesAUserKey()
{
    ConsoleFixture f;
    const CreatedKey ben =
        f.world.create(f.world.principal(f.world.siteAdmin), f.world.userKey(f.world.ben));
    QVERIFY(f.openAs(f.world.principal(f.world.helpdesk)));
    QVERIFY(f.selectKeys({ben.key.id}));
    QTest::keySequence(f.table(), QKeySequence::Delete);
    auto* confirm = findTopLevel<ui::RevokeKeysDialog>();
    QVERIFY(confirm);
    QVERIFY(confirm->expectedConfirmation().isEmpty());
    clickOk(confirm);
    QCOMPARE(f.rowOf(ben.key.id), -1);
    QVERIFY(!f.world.auth().authenticate(ben.secret.view(), f.world.acme.id));
}

void TestKeyActions::R8_revokingASiteWideKeyNeedsItsNameTyped()
{
    ConsoleFixture f;
    const CreatedKey backup =
        f.world.create(f.world.principal(f.world.siteAdmin),
                       f.world.siteWideKey(f.world.acme, QStringLiteral("Backup")));
    QVERIFY(f.openAs(f.world.principal(f.world.siteAdmin)));
    QVERIFY(f.selectKeys({backup.key.id}));
    f.action("actionRevoke")->trigger();
    auto* confirm = findTopLevel<ui::RevokeKeysDialog>();
    QVERIFY(confirm);
    auto* ok = child<QPushButton>(confirm, "okButton");
    auto* typed = child<QLineEdit>(confirm, "confirmEdit");
    QVERIFY(typed);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(typed, QStringLiteral("Backu"));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(typed, QStringLiteral("p"));
    clickOk(confirm);
    QCOMPARE(f.rowOf(backup.key.id), -1);
    QVERIFY(!f.world.auth().authenticate(backup.secret.view(), f.world.acme.id));
}

void TestKeyActions::multiSelectDisable()
{
    ConsoleFixture f;
    const QList<qint64> ids{f.world.principal(f.world.ann).keyId,
                            f.world.principal(f.world.ben).keyId};
    QVERIFY(f.openAs(f.world.principal(f.world.helpdesk)));
    QVERIFY(f.selectKeys(ids));
    f.action("actionDisable")->trigger();
    auto* confirm = findTopLevel<ui::DisableKeysDialog>();
    QVERIFY(confirm);
    clickOk(confirm);
    for (qint64 id : ids)
        QCOMPARE(f.world.store().key(id).value()->permissionSet, PermissionSet::None);
    QCOMPARE(f.world.store().key(f.world.principal(f.world.helpdesk).keyId).value()->permissionSet,
             PermissionSet::Full);
}

QTEST_MAIN(TestKeyActions)
#include "tst_KeyActions.moc"
