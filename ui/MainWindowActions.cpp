// SPDX-License-Identifier: GPL-3.0-or-later
// Main window key actions: enabled by the access policy (with its reason as tooltip), run
// through dialogs opened with open(), results shown in the status bar or a message box.
#include "ClipboardGuard.h"
#include "CreateKeyDialog.h"
#include "KeyActionDialogs.h"
#include "MainWindowPrivate.h"
#include "PolicyText.h"
#include "RevealDialog.h"
#include "SettingsDialog.h"

#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace keydesk::ui {

namespace {
template <typename T> Result<void> discardValue(const Result<T>& r)
{
    if (!r)
        return std::unexpected(r.error());
    return {};
}

// "the key "Backup"" or "3 keys", without relying on a loaded translation for plurals.
QList<qint64> idsOf(const QList<ApiKey>& keys)
{
    QList<qint64> ids;
    for (const ApiKey& k : keys)
        ids << k.id;
    return ids;
}

QString keysPhrase(const QList<ApiKey>& keys)
{
    if (keys.size() == 1)
        return MainWindow::tr("the key \u201C%1\u201D").arg(keys.first().name);
    return MainWindow::tr("%1 keys").arg(keys.size());
}

template <typename Dialog> Dialog* prepare(Dialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    return dialog;
}
} // namespace

void MainWindow::Private::connectActions()
{
    connect(siteTree->selectionModel(), &QItemSelectionModel::currentChanged, q,
            [this](const QModelIndex& index) { selectSite(index.data(Qt::UserRole + 1).toInt()); });
    connect(search, &QLineEdit::textChanged, q, [this] { applyFilters(); });
    for (QComboBox* combo : {statusFilter, kindFilter, ownerFilter})
        connect(combo, &QComboBox::currentIndexChanged, q, [this] { applyFilters(); });
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, q,
            [this] { selectionChanged(); });
    connect(model, &QAbstractItemModel::modelReset, q, [this] { selectionChanged(); });
    connect(model, &KeyTableModel::loadFailed, q, [this](const QString& text) { showError(text); });
    connect(newKey, &QAction::triggered, q, [this] { createKey(); });
    connect(disable, &QAction::triggered, q, [this] { disableSelected(); });
    connect(enable, &QAction::triggered, q, [this] { enableSelected(); });
    connect(revoke, &QAction::triggered, q, [this] { revokeSelected(); });
    connect(revokeUserKeys, &QAction::triggered, q, [this] { revokeKeysOfUser(); });
    connect(auditLog, &QAction::triggered, q, [this] { showAuditLog(); });
    connect(sitePolicy, &QAction::triggered, q, [this] { editSitePolicy(); });
    connect(refresh, &QAction::triggered, q, [this] {
        loadUsers();
        model->reload();
    });
    connect(find, &QAction::triggered, q, [this] {
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    });
    q->addAction(find);
}

Target MainWindow::Private::targetFor(const ApiKey& key) const
{
    return Target{currentSite.id, currentSite.parentId, currentSite.settings.usersCanCreateApiKeys,
                  key.kind(), key.userId};
}

Decision MainWindow::Private::decide(Action action, const QList<ApiKey>& keys) const
{
    for (const ApiKey& key : keys) {
        const Decision d = AccessPolicy::check(principal(), action, targetFor(key));
        if (!d)
            return d;
    }
    return Decision{true, DenyReason::None};
}

void MainWindow::Private::setActionState(QAction* action, const Decision& decision,
                                         const QString& why)
{
    const QString base = action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"));
    const QString reason = !decision ? reasonText(decision.reason) : why;
    action->setEnabled(decision.allowed && why.isEmpty());
    action->setToolTip(reason.isEmpty() ? base : base + QStringLiteral(": ") + reason);
    action->setStatusTip(reason);
}

void MainWindow::Private::updateActions()
{
    ApiKey own;
    own.userId = principal().userId;
    if (!own.userId) // a site-wide key: its principal administers the site
        own.userId = -1;
    setActionState(newKey, AccessPolicy::check(principal(), Action::CreateKey, targetFor(own)));
    const QList<ApiKey> keys = selectedKeys();
    const QString none = keys.isEmpty() ? tr("select one or more keys first") : QString();
    const bool anyActive = std::any_of(keys.begin(), keys.end(), [](const ApiKey& k) {
        return k.permissionSet != PermissionSet::None;
    });
    setActionState(disable, decide(Action::DisableKey, keys),
                   !none.isEmpty() ? none : (anyActive ? QString() : tr("already disabled")));
    setActionState(enable, decide(Action::EnableKey, keys), none);
    setActionState(revoke, decide(Action::RevokeKey, keys), none);
    updateRollAction(keys);
    revokeUserKeys->setEnabled(principal().role != Role::User); // admins and help desk (E1)
    setActionState(sitePolicy, AccessPolicy::check(principal(), Action::ManageSite,
                                                   Target{currentSite.id, currentSite.parentId,
                                                          false, KeyKind::User, std::nullopt}));
}

// The dialog sends the request itself, so a refusal or a lost connection keeps it open with
// the user's input; only a created key closes it.
void MainWindow::Private::createKey()
{
    if (!newKey->isEnabled())
        return;
    auto* dialog =
        prepare(new CreateKeyDialog(CreateKeyContext{principal(), currentSite, users, clock()}, q));
    auto created = std::make_shared<std::optional<CreatedKey>>();
    dialog->setSubmit([this, created](const CreateKeyRequest& request) -> QString {
        auto result = session().createKey(request);
        if (!result)
            return errorText(result.error());
        *created = std::move(*result);
        return {};
    });
    connect(dialog, &QDialog::accepted, q, [this, created] {
        if (*created)
            onKeyCreated(std::move(**created));
        created->reset();
    });
    dialog->open();
}

void MainWindow::Private::onKeyCreated(CreatedKey created)
{
    const qint64 id = created.key.id;
    model->reload();
    while (!model->indexOfKey(id).isValid() && model->canFetchMore({}))
        model->fetchMore({});
    const QModelIndex row = model->indexOfKey(id);
    if (row.isValid())
        table->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    auto* reveal = prepare(new RevealDialog(std::move(created), *clipboard, q));
    reveal->setS3Endpoint(SettingsDialog::s3Endpoint(QSettings()));
    reveal->open();
}

void MainWindow::Private::disableSelected()
{
    QList<ApiKey> keys = selectedKeys();
    keys.removeIf([](const ApiKey& k) { return k.permissionSet == PermissionSet::None; });
    if (!disable->isEnabled() || keys.isEmpty())
        return;
    auto* dialog = prepare(new DisableKeysDialog(keys, q));
    connect(dialog, &QDialog::accepted, q, [this, keys] {
        runBulk(BulkAction::Disable, KeySelection{idsOf(keys), {}},
                tr("Disabled %1.").arg(keysPhrase(keys)));
    });
    dialog->open();
}

void MainWindow::Private::enableSelected()
{
    const QList<ApiKey> keys = selectedKeys();
    if (!enable->isEnabled() || keys.isEmpty())
        return;
    auto* dialog = prepare(new EnableKeyDialog(keys, q));
    connect(dialog, &QDialog::accepted, q, [this, keys, dialog] {
        const PermissionSet set = dialog->permissionSet();
        runOnKeys(
            keys, [this, set](qint64 id) { return discardValue(session().enableKey(id, set)); },
            tr("Enabled %1 with permission set %2.").arg(keysPhrase(keys), nameOf(set)));
    });
    dialog->open();
}

void MainWindow::Private::revokeSelected()
{
    const QList<ApiKey> keys = selectedKeys();
    if (!revoke->isEnabled() || keys.isEmpty())
        return;
    auto* dialog = prepare(new RevokeKeysDialog(keys, q));
    connect(dialog, &QDialog::accepted, q, [this, keys] {
        runBulk(BulkAction::Revoke, KeySelection{idsOf(keys), {}},
                tr("Revoked %1. Revoked keys authenticate nothing.").arg(keysPhrase(keys)));
    });
    dialog->open();
}

void MainWindow::Private::runOnKeys(const QList<ApiKey>& keys,
                                    const std::function<Result<void>(qint64)>& op,
                                    const QString& doneText)
{
    QStringList failures;
    for (const ApiKey& key : keys) {
        if (auto r = op(key.id); !r)
            failures << QStringLiteral("%1: %2").arg(key.name, errorText(r.error()));
    }
    model->reload();
    if (failures.isEmpty())
        q->statusBar()->showMessage(doneText, 8000);
    else
        showError(failures.join(QLatin1Char('\n')));
}

void MainWindow::Private::showError(const QString& text)
{
    auto* box =
        prepare(new QMessageBox(QMessageBox::Warning, tr("KeyDesk"), text, QMessageBox::Ok, q));
    box->setObjectName(QStringLiteral("errorMessage"));
    box->open();
}

} // namespace keydesk::ui
