// SPDX-License-Identifier: GPL-3.0-or-later
// Main window, key lifecycle (issue 6): Roll Key…, the "not used for" filter, the expiring-soon
// window and the sign-in banner listing the principal's keys that expire soon, and
// File → Export Inventory… (CSV, metadata only).
#include "KeyReport.h"
#include "MainWindowPrivate.h"
#include "PolicyText.h"
#include "RollKeyDialog.h"
#include "SettingsDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QToolButton>

namespace keydesk::ui {

namespace {
constexpr int kBannerKeys = 5; // names listed in the banner; the rest are counted

QString daysLeft(const QDateTime& now, const QDateTime& expires)
{
    const qint64 hours = now.secsTo(expires) / 3600;
    if (hours < 24)
        return MainWindow::tr("in %1 h").arg(qMax<qint64>(hours, 0));
    return MainWindow::tr("in %1 days").arg(hours / 24);
}
} // namespace

void MainWindow::Private::buildLifecycleUi()
{
    roll = new QAction(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Ro&ll Key…"), q);
    roll->setObjectName(QStringLiteral("actionRollKey"));
    roll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    keysMenu->insertAction(refresh, roll);
    keyToolBar->insertAction(refresh, roll);
    connect(roll, &QAction::triggered, q, [this] { rollSelected(); });
    exportInventory = new QAction(tr("&Export Inventory…"), q);
    exportInventory->setObjectName(QStringLiteral("actionExportInventory"));
    exportInventory->setStatusTip(tr("The site's keys as CSV: metadata only, never a key"));
    fileMenu->insertAction(fileMenu->actions().value(1), exportInventory);
    connect(exportInventory, &QAction::triggered, q, [this] { askExportInventory(); });

    usageFilter = new QComboBox(q);
    usageFilter->setObjectName(QStringLiteral("usageFilter"));
    usageFilter->setAccessibleName(tr("Filter by last use"));
    usageFilter->addItem(tr("Any use"));
    usageFilter->addItem(tr("Not used for 30 days"), 30);
    usageFilter->addItem(tr("Not used for 90 days"), 90);
    usageFilter->addItem(tr("Not used for a year"), 365);
    filterLayout->addWidget(usageFilter);
    connect(usageFilter, &QComboBox::currentIndexChanged, q, [this] { applyFilters(); });

    expiryBanner = new QFrame(q);
    expiryBanner->setObjectName(QStringLiteral("expiryBanner"));
    expiryBanner->setFrameShape(QFrame::StyledPanel);
    expiryBanner->setBackgroundRole(QPalette::ToolTipBase);
    expiryBanner->setAutoFillBackground(true);
    auto* bannerLayout = new QHBoxLayout(expiryBanner);
    expiryBannerLabel = new QLabel(expiryBanner);
    expiryBannerLabel->setObjectName(QStringLiteral("expiryBannerLabel"));
    expiryBannerLabel->setTextFormat(Qt::PlainText);
    expiryBannerLabel->setWordWrap(true);
    expiryBannerLabel->setForegroundRole(QPalette::ToolTipText);
    auto* close = new QToolButton(expiryBanner);
    close->setObjectName(QStringLiteral("expiryBannerClose"));
    close->setText(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss the expiry notice"));
    bannerLayout->addWidget(expiryBannerLabel, 1);
    bannerLayout->addWidget(close);
    connect(close, &QToolButton::clicked, expiryBanner, &QWidget::hide);
    expiryBanner->hide();
    middleLayout->insertWidget(0, expiryBanner);
}

// "Expiring soon" travels as active keys with expires_at before now + the window, so every store
// (a server too, whose own window is not ours) answers with the console's setting.
void MainWindow::Private::applyLifecycleFilters(KeyQuery& query) const
{
    query.expiringWindowDays = SettingsDialog::expiringWindowDays(QSettings());
    query.expiresBefore.reset();
    query.unusedSince.reset();
    if (query.status == KeyStatus::Expiring) {
        query.status = KeyStatus::Active;
        query.expiresBefore = clock().addDays(query.expiringWindowDays);
    }
    if (usageFilter && usageFilter->currentData().isValid())
        query.unusedSince = clock().addDays(-usageFilter->currentData().toInt());
}

void MainWindow::Private::updateRollAction(const QList<ApiKey>& keys)
{
    if (keys.size() != 1) {
        setActionState(roll, Decision{true, DenyReason::None},
                       keys.isEmpty() ? tr("select a key first") : tr("select one key only"));
        return;
    }
    const ApiKey& k = keys.first();
    Decision d = decide(Action::RevokeKey, keys);
    if (d)
        d = decide(Action::CreateKey, keys);
    QString why;
    if (k.replacedBy)
        why = tr("already rolled; its replacement is key #%1").arg(*k.replacedBy);
    else if (k.permissionSet == PermissionSet::None)
        why = tr("disabled; enable it first");
    else if (k.isExpired(clock()))
        why = tr("expired; create a new key instead");
    setActionState(roll, d, why);
}

void MainWindow::Private::rollSelected()
{
    const QList<ApiKey> keys = selectedKeys();
    if (!roll->isEnabled() || keys.size() != 1)
        return;
    auto* dialog = new RollKeyDialog(keys.first(), q);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    const ApiKey key = keys.first();
    connect(dialog, &QDialog::accepted, q,
            [this, key, dialog] { onRollAccepted(key, dialog->grace()); });
    dialog->open();
}

void MainWindow::Private::onRollAccepted(const ApiKey& key, RotationGrace grace)
{
    auto rolled = session().rotateKey(key.id, grace);
    if (!rolled) {
        showError(errorText(rolled.error()));
        return;
    }
    q->statusBar()->showMessage(tr("Rolled \u201C%1\u201D: key #%2 replaces key #%3.")
                                    .arg(key.name)
                                    .arg(rolled->key.id)
                                    .arg(key.id),
                                8000);
    onKeyCreated(std::move(*rolled));
}

// A non-modal notice, once per sign-in: the principal's own keys (a site-wide key: itself)
// that expire within the window.
void MainWindow::Private::notifyExpiringKeys()
{
    const int window = SettingsDialog::expiringWindowDays(QSettings());
    const QDateTime now = clock();
    QList<ApiKey> soon;
    if (principal().userId) {
        KeyQuery own;
        own.siteId = principal().siteId;
        own.userId = principal().userId;
        own.status = KeyStatus::Active;
        own.expiresBefore = now.addDays(window);
        own.sortBy = KeySortField::ExpiresAt;
        own.limit = 100;
        soon = session().listKeys(own).value_or(KeyPage{}).keys;
    } else if (auto own = session().key(principal().keyId);
               own && own->status(now, window) == KeyStatus::Expiring) {
        soon << *own;
    }
    if (soon.isEmpty())
        return;
    QStringList names;
    for (const ApiKey& k : soon.mid(0, kBannerKeys))
        names << tr("\u201C%1\u201D (#%2, %3)")
                     .arg(k.name)
                     .arg(k.id)
                     .arg(daysLeft(now, *k.expiresAt));
    if (soon.size() > kBannerKeys)
        names << tr("%1 more").arg(soon.size() - kBannerKeys);
    expiryBannerLabel->setText(
        tr("Your keys expiring within %1 days: %2. Roll them (Keys → Roll Key…) or extend their "
           "expiry before they stop working.")
            .arg(window)
            .arg(names.join(QStringLiteral(", "))));
    expiryBanner->setAccessibleName(expiryBannerLabel->text());
    expiryBanner->show();
}

void MainWindow::Private::askExportInventory()
{
    auto* dialog = new QFileDialog(
        q, tr("Export Inventory"),
        QDir::home().filePath(QStringLiteral("keydesk-%1-keys.csv").arg(currentSite.subdomain)),
        tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportInventoryDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, q,
            [this](const QString& path) { exportInventoryTo(path); });
    dialog->open();
}

void MainWindow::Private::exportInventoryTo(const QString& path)
{
    KeyQuery query;
    query.siteId = currentSite.id;
    auto keys = KeyReport::collect(
        [this](const KeyQuery& page) { return session().listKeys(page); }, query);
    if (!keys) {
        showError(errorText(keys.error()));
        return;
    }
    const QByteArray csv = KeyReport::csv(*keys, clock());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        showError(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    q->statusBar()->showMessage(
        tr("Exported %1 keys to %2.").arg(keys->size()).arg(QDir::toNativeSeparators(path)), 8000);
}

} // namespace keydesk::ui
