// SPDX-License-Identifier: GPL-3.0-or-later
// The console's dialogs, driven by objectName with QTest on the offscreen platform, with real
// principals, sites, users and keys from a TestWorld. Secrets are compared inside QVERIFY only,
// so a failure never prints one.
#include "ClipboardGuard.h"
#include "CreateKeyDialog.h"
#include "Expect.h"
#include "GuiTestSupport.h"
#include "KeyActionDialogs.h"
#include "PolicyText.h"
#include "RevealDialog.h"
#include "TestWorld.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTest>
#include <QTimeZone>
#include <memory>

using namespace keydesk;
using namespace keydesk::ui;
using keydesk::test::TestWorld;

namespace {
template <typename T> T* child(QWidget* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

bool comboItemEnabled(QComboBox* combo, int index)
{
    auto* model = qobject_cast<QStandardItemModel*>(combo->model());
    return model && model->item(index) && model->item(index)->isEnabled();
}

int comboIndexOfData(QComboBox* combo, const QVariant& data)
{
    return combo->findData(data);
}

// Radio buttons react to clicks on their indicator or label, not on the empty space a layout
// may give them: click just inside the left edge.
void clickRadio(QRadioButton* radio)
{
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
}

bool holdsText(const QLineEdit* field, const SecretBytes& secret)
{
    return !secret.isEmpty() && field->text() == QString::fromLatin1(secret.data(), secret.size());
}
} // namespace

class TestDialogs : public QObject {
    Q_OBJECT

private slots:
    void init();

    void create_okDisabledUntilANameIsTyped();
    void create_overlongNameKeepsOkDisabledWithAMessage();
    void create_nonAdminCannotChooseSiteWideOrOtherUsers();
    void create_nonAdminWithTheSettingOffCannotCreate();
    void create_s3OnlyForUserKeys();
    void create_presetsBeyondMaxLifetimeAreDisabled();
    void create_requireExpiryDisablesNever();
    void create_customDateOnlyForCustomExpiry();
    void create_requestReflectsTheInputs();
    void create_requestIsAcceptedByTheService();

    void reveal_showsTheKey();
    void reveal_s3ShowsAccessKeyIdAndSecretKey();
    void reveal_copyPutsTheKeyOnTheClipboardWithTheHint();
    void reveal_closeRefusedUntilStoredThenWiped();

    void enable_preselectsThePreviousSet();
    void enable_fullWhenKeysDisagree();
    void disable_listsTheKeys();
    void revoke_siteWideKeyNeedsItsNameTyped();
    void revoke_severalKeysWithASiteWideOneNeedTheCount();
    void revoke_userKeysNeedNoTyping();

    void policyText_everyReasonHasWords();

private:
    CreateKeyContext contextFor(const User& user, const Site& site);
    Principal admin() const { return m_world->principal(m_world->siteAdmin); }

    std::unique_ptr<TestWorld> m_world;
};

void TestDialogs::init()
{
    m_world = std::make_unique<TestWorld>();
    QGuiApplication::clipboard()->clear();
}

CreateKeyContext TestDialogs::contextFor(const User& user, const Site& site)
{
    QList<User> users = m_world->store().users(site.id).value_or(QList<User>{});
    return CreateKeyContext{m_world->principal(user), site, users, m_world->now};
}

void TestDialogs::create_okDisabledUntilANameIsTyped()
{
    CreateKeyDialog dialog(contextFor(m_world->siteAdmin, m_world->acme));
    auto* ok = child<QPushButton>(&dialog, "okButton");
    auto* name = child<QLineEdit>(&dialog, "nameEdit");
    QVERIFY(ok && name);
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.isInputValid());
    QVERIFY(!child<QLabel>(&dialog, "validationLabel")->text().isEmpty());
    QTest::keyClicks(name, QStringLiteral("nightly backup"));
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog.isInputValid());
    QVERIFY(child<QLabel>(&dialog, "validationLabel")->text().isEmpty());
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Backspace);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(name, QStringLiteral("   "));
    QVERIFY(!ok->isEnabled()); // blanks are no name
}

void TestDialogs::create_overlongNameKeepsOkDisabledWithAMessage()
{
    CreateKeyDialog dialog(contextFor(m_world->siteAdmin, m_world->acme));
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QString(300, u'n'));
    QVERIFY(!child<QPushButton>(&dialog, "okButton")->isEnabled());
    const QString message = child<QLabel>(&dialog, "validationLabel")->text();
    QVERIFY(!message.isEmpty());
    QVERIFY2(message.contains(QStringLiteral("255")), qPrintable(message));
}

void TestDialogs::create_nonAdminCannotChooseSiteWideOrOtherUsers()
{
    m_world->setUsersCanCreate(m_world->acme, true);
    CreateKeyDialog dialog(contextFor(m_world->ann, m_world->acme));
    auto* siteWide = child<QRadioButton>(&dialog, "siteWideRadio");
    auto* user = child<QRadioButton>(&dialog, "userRadio");
    auto* users = child<QComboBox>(&dialog, "userCombo");
    QVERIFY(!siteWide->isEnabled());
    QVERIFY(!siteWide->toolTip().isEmpty());
    QVERIFY(user->isEnabled() && user->isChecked());
    QCOMPARE(users->currentData().toLongLong(), m_world->ann.id);
    const int ben = comboIndexOfData(users, m_world->ben.id);
    QVERIFY(ben >= 0);
    QVERIFY(!comboItemEnabled(users, ben));
    QVERIFY(!users->itemData(ben, Qt::ToolTipRole).toString().isEmpty());
    clickRadio(siteWide); // disabled: nothing happens
    QVERIFY(user->isChecked());
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("laptop"));
    QVERIFY(child<QPushButton>(&dialog, "okButton")->isEnabled());
    QCOMPARE(dialog.request().userId, std::optional<qint64>(m_world->ann.id));
}

void TestDialogs::create_nonAdminWithTheSettingOffCannotCreate()
{
    CreateKeyDialog dialog(contextFor(m_world->ann, m_world->acme));
    QVERIFY(!child<QRadioButton>(&dialog, "siteWideRadio")->isEnabled());
    QVERIFY(!child<QRadioButton>(&dialog, "userRadio")->isEnabled());
    QVERIFY(!child<QRadioButton>(&dialog, "userRadio")->toolTip().isEmpty());
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("laptop"));
    QVERIFY(!child<QPushButton>(&dialog, "okButton")->isEnabled());
    QVERIFY(!child<QLabel>(&dialog, "validationLabel")->text().isEmpty());
}

void TestDialogs::create_s3OnlyForUserKeys()
{
    CreateKeyDialog dialog(contextFor(m_world->siteAdmin, m_world->acme));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* s3 = child<QCheckBox>(&dialog, "s3CheckBox");
    QVERIFY(child<QRadioButton>(&dialog, "userRadio")->isChecked());
    QVERIFY(s3->isEnabled());
    QTest::mouseClick(s3, Qt::LeftButton, {}, QPoint(6, s3->height() / 2));
    QVERIFY(s3->isChecked());
    clickRadio(child<QRadioButton>(&dialog, "siteWideRadio"));
    QVERIFY(child<QRadioButton>(&dialog, "siteWideRadio")->isChecked());
    QVERIFY(!s3->isEnabled());
    QVERIFY(!s3->isChecked());
    QVERIFY(!s3->toolTip().isEmpty());
    QVERIFY(!child<QComboBox>(&dialog, "userCombo")->isEnabled());
    clickRadio(child<QRadioButton>(&dialog, "userRadio"));
    QVERIFY(s3->isEnabled());
}

void TestDialogs::create_presetsBeyondMaxLifetimeAreDisabled()
{
    Site site = m_world->acme;
    site.settings.maxKeyLifetimeDays = 60;
    CreateKeyContext context = contextFor(m_world->siteAdmin, site);
    CreateKeyDialog dialog(context);
    auto* expiry = child<QComboBox>(&dialog, "expiryCombo");
    QVERIFY(comboItemEnabled(expiry, comboIndexOfData(expiry, 0)));  // never: allowed
    QVERIFY(comboItemEnabled(expiry, comboIndexOfData(expiry, 30))); // within 60 days
    QVERIFY(!comboItemEnabled(expiry, comboIndexOfData(expiry, 90)));
    QVERIFY(!comboItemEnabled(expiry, comboIndexOfData(expiry, 365)));
    QVERIFY(!expiry->itemData(comboIndexOfData(expiry, 90), Qt::ToolTipRole).toString().isEmpty());
    auto* date = child<QDateEdit>(&dialog, "expiryDateEdit");
    QVERIFY(date->maximumDate() <= context.now.addDays(60).date());
    QVERIFY(date->minimumDate() >= context.now.date());
}

void TestDialogs::create_requireExpiryDisablesNever()
{
    Site site = m_world->acme;
    site.settings.requireKeyExpiry = true;
    CreateKeyDialog dialog(contextFor(m_world->siteAdmin, site));
    auto* expiry = child<QComboBox>(&dialog, "expiryCombo");
    QVERIFY(!comboItemEnabled(expiry, comboIndexOfData(expiry, 0)));
    QVERIFY(expiry->currentData().toInt() != 0);
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("ci"));
    QVERIFY(child<QPushButton>(&dialog, "okButton")->isEnabled());
    QVERIFY(dialog.request().expiresAt.has_value());
    expiry->setCurrentIndex(comboIndexOfData(expiry, 0)); // forced past the disabled item
    QVERIFY(!child<QPushButton>(&dialog, "okButton")->isEnabled());
}

void TestDialogs::create_customDateOnlyForCustomExpiry()
{
    CreateKeyDialog dialog(contextFor(m_world->siteAdmin, m_world->acme));
    auto* expiry = child<QComboBox>(&dialog, "expiryCombo");
    auto* date = child<QDateEdit>(&dialog, "expiryDateEdit");
    QCOMPARE(expiry->currentData().toInt(), 0);
    QVERIFY(!date->isEnabled());
    expiry->setFocus();
    QTest::keyClick(expiry, Qt::Key_End); // the last item: a date
    QVERIFY(date->isEnabled());
    QTest::keyClick(expiry, Qt::Key_Home);
    QVERIFY(!date->isEnabled());
}

void TestDialogs::create_requestReflectsTheInputs()
{
    const CreateKeyContext context = contextFor(m_world->siteAdmin, m_world->acme);
    CreateKeyDialog dialog(context);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* users = child<QComboBox>(&dialog, "userCombo");
    users->setCurrentIndex(comboIndexOfData(users, m_world->ben.id));
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("  ben's sync  "));
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, "descriptionEdit"),
                     QStringLiteral("for the laptop"));
    auto* expiry = child<QComboBox>(&dialog, "expiryCombo");
    expiry->setCurrentIndex(comboIndexOfData(expiry, 90));
    auto* permission = child<QComboBox>(&dialog, "permissionCombo");
    permission->setCurrentIndex(permission->findText(nameOf(PermissionSet::FilesOnly)));
    auto* s3 = child<QCheckBox>(&dialog, "s3CheckBox");
    QTest::mouseClick(s3, Qt::LeftButton, {}, QPoint(6, s3->height() / 2));

    CreateKeyRequest r = dialog.request();
    QCOMPARE(r.siteId, std::optional<qint64>(m_world->acme.id));
    QCOMPARE(r.userId, std::optional<qint64>(m_world->ben.id));
    QCOMPARE(r.name, QStringLiteral("ben's sync"));
    QCOMPARE(r.description, QStringLiteral("for the laptop"));
    QCOMPARE(r.expiresAt, std::optional<QDateTime>(context.now.addDays(90)));
    QCOMPARE(nameOf(r.permissionSet), nameOf(PermissionSet::FilesOnly));
    QVERIFY(r.s3);

    expiry->setCurrentIndex(expiry->count() - 1);
    child<QDateEdit>(&dialog, "expiryDateEdit")->setDate(QDate(2026, 7, 4));
    r = dialog.request();
    QCOMPARE(r.expiresAt, std::optional<QDateTime>(
                              QDateTime(QDate(2026, 7, 4), QTime(23, 59, 59), QTimeZone::utc())));

    clickRadio(child<QRadioButton>(&dialog, "siteWideRadio"));
    r = dialog.request();
    QVERIFY(!r.userId.has_value());
    QVERIFY(!r.s3);
}

void TestDialogs::create_requestIsAcceptedByTheService()
{
    CreateKeyDialog dialog(contextFor(m_world->siteAdmin, m_world->acme));
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("from the dialog"));
    auto* expiry = child<QComboBox>(&dialog, "expiryCombo");
    expiry->setCurrentIndex(comboIndexOfData(expiry, 365));
    QVERIFY(dialog.isInputValid());
    KD_EXPECT_OK(m_world->keys().createKey(admin(), dialog.request()));
}

void TestDialogs::reveal_showsTheKey()
{
    CreatedKey created = m_world->create(admin(), m_world->userKey(m_world->ann));
    const SecretBytes expected = SecretBytes::copyOf(created.secret.view());
    ClipboardGuard guard(QGuiApplication::clipboard());
    RevealDialog dialog(std::move(created), guard);
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("Copy your new API key")));
    auto* field = child<QLineEdit>(&dialog, "keyField");
    QVERIFY(field);
    QVERIFY(holdsText(field, expected));
    QVERIFY(field->isReadOnly());
    QVERIFY(field->font().fixedPitch() ||
            field->font().family() == QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    QVERIFY(!field->accessibleName().isEmpty());
    QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("accessKeyIdField")));
    QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("secretKeyField")));
    QVERIFY(!dialog.isWiped());
}

void TestDialogs::reveal_s3ShowsAccessKeyIdAndSecretKey()
{
    CreateKeyRequest request = m_world->userKey(m_world->ann, QStringLiteral("s3"));
    request.s3 = true;
    CreatedKey created = m_world->create(admin(), request);
    const SecretBytes key = SecretBytes::copyOf(created.secret.view());
    const SecretBytes secret = SecretBytes::copyOf(created.s3Secret.view());
    const QString accessKeyId = created.key.s3AccessKeyId;
    ClipboardGuard guard(QGuiApplication::clipboard());
    RevealDialog dialog(std::move(created), guard);
    QVERIFY(holdsText(child<QLineEdit>(&dialog, "keyField"), key));
    QCOMPARE(child<QLineEdit>(&dialog, "accessKeyIdField")->text(), accessKeyId);
    QVERIFY(holdsText(child<QLineEdit>(&dialog, "secretKeyField"), secret));
    QVERIFY(child<QPushButton>(&dialog, "copyAccessKeyIdButton"));
    QVERIFY(child<QPushButton>(&dialog, "copySecretKeyButton"));
}

void TestDialogs::reveal_copyPutsTheKeyOnTheClipboardWithTheHint()
{
    CreateKeyRequest request = m_world->userKey(m_world->ann, QStringLiteral("s3"));
    request.s3 = true;
    CreatedKey created = m_world->create(admin(), request);
    const SecretBytes key = SecretBytes::copyOf(created.secret.view());
    const SecretBytes secret = SecretBytes::copyOf(created.s3Secret.view());
    QClipboard* clipboard = QGuiApplication::clipboard();
    ClipboardGuard guard(clipboard, [this] { return m_world->now; });
    RevealDialog dialog(std::move(created), guard);
    QTest::mouseClick(child<QPushButton>(&dialog, "copyKeyButton"), Qt::LeftButton);
    QVERIFY(clipboard->text() == QString::fromLatin1(key.data(), key.size()));
    QCOMPARE(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
             QByteArrayLiteral("secret"));
    QVERIFY(!child<QLabel>(&dialog, "copyStatusLabel")->text().isEmpty());
    QTest::mouseClick(child<QPushButton>(&dialog, "copySecretKeyButton"), Qt::LeftButton);
    QVERIFY(clipboard->text() == QString::fromLatin1(secret.data(), secret.size()));
    QCOMPARE(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
             QByteArrayLiteral("secret"));
    m_world->advance(31);
    guard.expireIfDue();
    QVERIFY(clipboard->text().isEmpty());
}

void TestDialogs::reveal_closeRefusedUntilStoredThenWiped()
{
    CreatedKey created = m_world->create(admin(), m_world->userKey(m_world->ann));
    ClipboardGuard guard(QGuiApplication::clipboard());
    RevealDialog dialog(std::move(created), guard);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* warning = child<QLabel>(&dialog, "warningLabel");
    auto* close = child<QPushButton>(&dialog, "closeButton");
    auto* stored = child<QCheckBox>(&dialog, "storedCheckBox");
    QVERIFY(!warning->isVisible());
    QVERIFY(!close->isEnabled());

    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(dialog.isVisible());
    QVERIFY(warning->isVisible());
    QVERIFY(!warning->text().isEmpty());
    dialog.reject();
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.close());
    QVERIFY(dialog.isVisible());
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.isWiped());

    QTest::mouseClick(stored, Qt::LeftButton, {}, QPoint(6, stored->height() / 2));
    QVERIFY(stored->isChecked());
    QVERIFY(close->isEnabled());
    QVERIFY(!warning->isVisible());
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.isWiped());
    QVERIFY(child<QLineEdit>(&dialog, "keyField")->text().isEmpty());
    QVERIFY(!child<QPushButton>(&dialog, "copyKeyButton")->isEnabled());
}

void TestDialogs::enable_preselectsThePreviousSet()
{
    CreateKeyRequest request = m_world->userKey(m_world->ben, QStringLiteral("sync"));
    request.permissionSet = PermissionSet::SyncApp;
    const qint64 id = m_world->create(admin(), request).key.id;
    const Result<ApiKey> disabled = m_world->keys().disableKey(admin(), id);
    KD_EXPECT_OK(disabled);
    QCOMPARE(nameOf(disabled->permissionSet), nameOf(PermissionSet::None));
    EnableKeyDialog dialog({*disabled});
    auto* combo = child<QComboBox>(&dialog, "permissionCombo");
    QCOMPARE(combo->currentText(), nameOf(PermissionSet::SyncApp));
    QCOMPARE(nameOf(dialog.permissionSet()), nameOf(PermissionSet::SyncApp));
    QCOMPARE(child<QListWidget>(&dialog, "keyList")->count(), 1);
    combo->setCurrentIndex(combo->findText(nameOf(PermissionSet::DesktopApp)));
    QCOMPARE(nameOf(dialog.permissionSet()), nameOf(PermissionSet::DesktopApp));
    QVERIFY(child<QPushButton>(&dialog, "okButton")->isEnabled());
}

void TestDialogs::enable_fullWhenKeysDisagree()
{
    ApiKey a = m_world->create(admin(), m_world->userKey(m_world->ben, QStringLiteral("a"))).key;
    ApiKey b = m_world->create(admin(), m_world->userKey(m_world->ann, QStringLiteral("b"))).key;
    a.permissionSet = b.permissionSet = PermissionSet::None;
    a.previousPermissionSet = PermissionSet::MobileApp;
    b.previousPermissionSet = PermissionSet::FilesOnly;
    EnableKeyDialog dialog({a, b});
    QCOMPARE(nameOf(dialog.permissionSet()), nameOf(PermissionSet::Full));
    QCOMPARE(child<QListWidget>(&dialog, "keyList")->count(), 2);
}

void TestDialogs::disable_listsTheKeys()
{
    ApiKey a = m_world->create(admin(), m_world->userKey(m_world->ben, QStringLiteral("a"))).key;
    ApiKey b = m_world->create(admin(), m_world->siteWideKey(m_world->acme)).key;
    DisableKeysDialog dialog({a, b});
    auto* list = child<QListWidget>(&dialog, "keyList");
    QCOMPARE(list->count(), 2);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("a")));
    QVERIFY(child<QPushButton>(&dialog, "okButton")->isEnabled());
}

void TestDialogs::revoke_siteWideKeyNeedsItsNameTyped()
{
    const ApiKey key =
        m_world->create(admin(), m_world->siteWideKey(m_world->acme, QStringLiteral("deploy"))).key;
    RevokeKeysDialog dialog({key});
    QCOMPARE(dialog.expectedConfirmation(), QStringLiteral("deploy"));
    auto* ok = child<QPushButton>(&dialog, "okButton");
    auto* confirm = child<QLineEdit>(&dialog, "confirmEdit");
    QVERIFY(ok && confirm);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(confirm, QStringLiteral("deplo"));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(confirm, QStringLiteral("y"));
    QVERIFY(ok->isEnabled());
    QTest::keyClicks(confirm, QStringLiteral("s"));
    QVERIFY(!ok->isEnabled());
    QTest::keyClick(confirm, Qt::Key_Backspace);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestDialogs::revoke_severalKeysWithASiteWideOneNeedTheCount()
{
    const ApiKey a = m_world->create(admin(), m_world->siteWideKey(m_world->acme)).key;
    const ApiKey b = m_world->create(admin(), m_world->userKey(m_world->ann)).key;
    RevokeKeysDialog dialog({a, b});
    QCOMPARE(dialog.expectedConfirmation(), QStringLiteral("2"));
    auto* ok = child<QPushButton>(&dialog, "okButton");
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(child<QLineEdit>(&dialog, "confirmEdit"), QStringLiteral("2"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(child<QListWidget>(&dialog, "keyList")->count(), 2);
}

void TestDialogs::revoke_userKeysNeedNoTyping()
{
    const ApiKey a = m_world->create(admin(), m_world->userKey(m_world->ann)).key;
    RevokeKeysDialog dialog({a});
    QVERIFY(dialog.expectedConfirmation().isEmpty());
    QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("confirmEdit")));
    QVERIFY(child<QPushButton>(&dialog, "okButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, "okButton")->isDefault()); // permanent: Cancel is
}

void TestDialogs::policyText_everyReasonHasWords()
{
    QVERIFY(reasonText(DenyReason::None).isEmpty());
    for (DenyReason r :
         {DenyReason::KeyDisabled, DenyReason::KeyNotForManagement, DenyReason::OtherSite,
          DenyReason::SiteAdminRequired, DenyReason::UserKeysOnly, DenyReason::OwnKeysOnly,
          DenyReason::SettingOff, DenyReason::CantActForOtherUser})
        QVERIFY(!reasonText(r).isEmpty());
    QCOMPARE(reasonText(DenyReason::SiteAdminRequired),
             QStringLiteral("Only site administrators can do this"));
    QCOMPARE(createKeyReasonText(DenyReason::SiteAdminRequired, KeyKind::SiteWide),
             QStringLiteral("Only site administrators can create site-wide keys"));
    const QString text =
        errorText(Error{ErrorCode::NotFound, QStringLiteral("Key 7 not found"), {}});
    QVERIFY(text.contains(QStringLiteral("Key 7 not found")));
    QVERIFY(text.size() > QStringLiteral("Key 7 not found").size());
}

QTEST_MAIN(TestDialogs)
#include "tst_Dialogs.moc"
