// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 6 in the main window: bulk actions (the selection, or every key of one user, disabled
// or revoked in one transaction; a refusal of any key leaves every key as it was) and the
// audit log viewer.
#include "AuditLogDialog.h"
#include "KeyTableModel.h"
#include "MainWindowPrivate.h"
#include "SitePolicyDialog.h"

#include "PolicyText.h"
#include "UserKeysDialog.h"
#include <QItemSelectionModel>
#include <QTableView>

#include <QStatusBar>

namespace keydesk::ui {

void MainWindow::Private::runBulk(BulkAction action, const KeySelection& selection,
                                  const QString& doneText)
{
    auto done = session().bulkChange(action, selection);
    model->reload();
    if (!done) {
        showError(tr("Nothing was changed.\n%1").arg(errorText(done.error())));
        return;
    }
    q->statusBar()->showMessage(doneText, 8000);
}

void MainWindow::Private::revokeKeysOfUser()
{
    if (!revokeUserKeys->isEnabled())
        return;
    auto* dialog = new RevokeUserKeysDialog(users, q);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, q, [this, dialog] {
        runBulk(BulkAction::Revoke, KeySelection{{}, dialog->userId()},
                tr("Revoked every key of %1. Revoked keys authenticate nothing.")
                    .arg(dialog->username()));
    });
    dialog->open();
}

void MainWindow::Private::showAuditLog()
{
    auto* dialog = new AuditLogDialog(session(), currentSite.id, users, q);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::Private::editSitePolicy()
{
    if (!sitePolicy->isEnabled())
        return;
    auto* dialog = new SitePolicyDialog(session(), currentSite, q);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SitePolicyDialog::keyRequested, q, [this](qint64 id) { selectKey(id); });
    connect(dialog, &QDialog::finished, q, [this] { // the create dialog bounds expiry by it
        if (auto fresh = session().site(currentSite.id))
            currentSite = *fresh;
    });
    dialog->open();
}

void MainWindow::Private::selectKey(qint64 id)
{
    model->reload();
    while (!model->indexOfKey(id).isValid() && model->canFetchMore({}))
        model->fetchMore({});
    const QModelIndex row = model->indexOfKey(id);
    if (row.isValid())
        table->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
}

} // namespace keydesk::ui
