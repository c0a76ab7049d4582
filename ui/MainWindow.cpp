// SPDX-License-Identifier: GPL-3.0-or-later
// Main window layout: site tree, filter bar, key table, details pane, status bar.
#include "MainWindow.h"

#include "MainWindowPrivate.h"
#include "PolicyText.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>

namespace keydesk::ui {

MainWindow::MainWindow(ConsoleSession session, ClipboardGuard& clipboard, Clock clock,
                       QWidget* parent)
    : QMainWindow(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->console = std::move(session);
    d->connection = new ConnectionMonitor(this);
    d->console.session =
        std::make_unique<WatchedSession>(std::move(d->console.session), *d->connection);
    d->clipboard = &clipboard;
    d->clock = std::move(clock);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("KeyDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/keydesk.svg")));
    d->buildActions();
    d->buildMenus();
    d->buildCentralArea();
    d->buildLifecycleUi();
    d->watchConnection();
    d->connectActions();
    d->loadSites();
    d->restoreState();
    d->updateStatusBar();
    d->notifyExpiringKeys();
}

MainWindow::~MainWindow()
{
    d->saveState();
}

Session& MainWindow::session() const
{
    return d->session();
}

void MainWindow::Private::buildActions()
{
    const auto make = [this](const char* name, const QString& text, const char* icon,
                             const QKeySequence& keys) {
        auto* a = new QAction(QIcon(QString::fromLatin1(icon)), text, q);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(keys);
        return a;
    };
    newKey = make("actionNewKey", tr("&New Key…"), ":/icons/key-new.svg", QKeySequence::New);
    disable = make("actionDisable", tr("&Disable"), ":/icons/key-disable.svg",
                   QKeySequence(Qt::CTRL | Qt::Key_D));
    enable = make("actionEnable", tr("&Enable…"), ":/icons/key-enable.svg",
                  QKeySequence(Qt::CTRL | Qt::Key_E));
    revoke = make("actionRevoke", tr("&Revoke…"), ":/icons/key-revoke.svg", QKeySequence::Delete);
    refresh = make("actionRefresh", tr("Re&fresh"), ":/icons/refresh.svg", QKeySequence::Refresh);
    find = make("actionFind", tr("&Find"), "", QKeySequence::Find);
    enable->setToolTip(tr("Re-enable the key, or change its permission set"));
    revokeUserKeys = make("actionRevokeUserKeys", tr("Revoke All Keys of &User…"), "", {});
    revokeUserKeys->setToolTip(tr("Revoke every key of one user at once, e.g. when they leave"));
    auditLog = make("actionAuditLog", tr("&Audit Log…"), "", QKeySequence(Qt::CTRL | Qt::Key_L));
    sitePolicy = make("actionSitePolicy", tr("Key &Policy…"), "", {});
}

void MainWindow::Private::buildMenus()
{
    QMenu* file = q->menuBar()->addMenu(tr("&File"));
    fileMenu = file;
    auto* profiles =
        file->addAction(tr("Connection &Profiles…"), q, &MainWindow::profilesRequested);
    profiles->setObjectName(QStringLiteral("actionProfiles"));
    auto* settings = file->addAction(tr("&Settings…"), q, &MainWindow::settingsRequested);
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), q, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    QMenu* keys = q->menuBar()->addMenu(tr("&Keys"));
    keysMenu = keys;
    keys->addActions({newKey, disable, enable, revoke, revokeUserKeys});
    keys->addSeparator();
    keys->addActions({refresh, find});
    keys->addSeparator();
    keys->addAction(auditLog);
    QMenu* site = q->menuBar()->addMenu(tr("&Site"));
    site->addAction(sitePolicy);
    QMenu* help = q->menuBar()->addMenu(tr("&Help"));
    auto* about = help->addAction(tr("&About KeyDesk"), q, [this] {
        QMessageBox::about(q, tr("About KeyDesk"),
                           tr("<h3>KeyDesk %1</h3><p>API keys for multi-site file sharing, "
                              "modelled on Files.com.</p><p>Keys are shown once and stored only "
                              "as SHA-256 digests.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QToolBar* bar = q->addToolBar(tr("Keys"));
    bar->setObjectName(QStringLiteral("keyToolBar"));
    keyToolBar = bar;
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({newKey, disable, enable, revoke});
    bar->addSeparator();
    bar->addAction(refresh);
}

QWidget* MainWindow::Private::buildFilterBar()
{
    auto* bar = new QWidget(q);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    filterLayout = layout;
    search = new QLineEdit(bar);
    search->setObjectName(QStringLiteral("searchEdit"));
    search->setPlaceholderText(tr("Search name, description, prefix or owner (Ctrl+F)"));
    search->setAccessibleName(tr("Search keys"));
    search->setClearButtonEnabled(true);
    statusFilter = new QComboBox(bar);
    statusFilter->setObjectName(QStringLiteral("statusFilter"));
    statusFilter->setAccessibleName(tr("Filter by status"));
    statusFilter->addItem(tr("Any status"));
    statusFilter->addItem(tr("Active"), int(KeyStatus::Active));
    statusFilter->addItem(tr("Expiring soon"), int(KeyStatus::Expiring));
    statusFilter->addItem(tr("Expired"), int(KeyStatus::Expired));
    statusFilter->addItem(tr("Disabled"), int(KeyStatus::Disabled));
    kindFilter = new QComboBox(bar);
    kindFilter->setObjectName(QStringLiteral("kindFilter"));
    kindFilter->setAccessibleName(tr("Filter by kind"));
    kindFilter->addItem(tr("Any kind"));
    kindFilter->addItem(tr("Site-wide"), int(KeyKindFilter::SiteWide));
    kindFilter->addItem(tr("User"), int(KeyKindFilter::User));
    kindFilter->addItem(tr("S3-compatible"), int(KeyKindFilter::S3));
    ownerFilter = new QComboBox(bar);
    ownerFilter->setObjectName(QStringLiteral("ownerFilter"));
    ownerFilter->setAccessibleName(tr("Filter by owner"));
    ownerFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addWidget(search, 1);
    layout->addWidget(statusFilter);
    layout->addWidget(kindFilter);
    layout->addWidget(ownerFilter);
    return bar;
}

void MainWindow::Private::buildCentralArea()
{
    siteModel = new QStandardItemModel(q);
    siteTree = new QTreeView(q);
    siteTree->setObjectName(QStringLiteral("siteTree"));
    siteTree->setAccessibleName(tr("Sites"));
    siteTree->setModel(siteModel);
    siteTree->setHeaderHidden(true);
    siteTree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    model = new KeyTableModel(clock, q);
    model->setSession(console.session.get());
    table = new QTableView(q);
    table->setObjectName(QStringLiteral("keyTable"));
    table->setAccessibleName(tr("API keys"));
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setSortingEnabled(true);
    table->sortByColumn(KeyTableModel::NameColumn, Qt::AscendingOrder);
    table->verticalHeader()->hide();
    configureHeader();
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    details = new KeyDetailsPane(clock, q);
    auto* middle = new QWidget(q);
    middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(buildFilterBar());
    middleLayout->addWidget(table, 1);
    auto* splitter = new QSplitter(q);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(siteTree);
    splitter->addWidget(middle);
    splitter->addWidget(details);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({160, 800, 320});
    q->setCentralWidget(splitter);
    statusLabel = new QLabel(q);
    statusLabel->setObjectName(QStringLiteral("statusLabel"));
    q->statusBar()->addPermanentWidget(statusLabel, 1);
}

void MainWindow::Private::configureHeader()
{
    QHeaderView* header = table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    const int widths[KeyTableModel::ColumnCount] = {190, 70, 80, 115, 140, 118, 120, 125, 125};
    for (int column = 0; column < KeyTableModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column]);
    header->hideSection(KeyTableModel::CreatedColumn); // shown in the details pane
    const int rowHeight = table->fontMetrics().height() + 8;
    table->verticalHeader()->setDefaultSectionSize(rowHeight);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, q, [this, header](const QPoint& at) {
        QMenu menu;
        for (int column = 0; column < KeyTableModel::ColumnCount; ++column) {
            QAction* a = menu.addAction(
                model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(column));
            a->setEnabled(column != KeyTableModel::NameColumn);
            connect(a, &QAction::toggled, q,
                    [header, column](bool on) { header->setSectionHidden(column, !on); });
        }
        menu.exec(header->mapToGlobal(at));
    });
}

void MainWindow::Private::loadSites()
{
    sites.clear();
    siteModel->clear();
    auto own = session().site(principal().siteId);
    if (!own) {
        showError(errorText(own.error()));
        return;
    }
    sites << *own;
    auto* root = new QStandardItem(QIcon(QStringLiteral(":/icons/keydesk.svg")), own->name);
    root->setToolTip(tr("%1 (subdomain %2)").arg(own->name, own->subdomain));
    root->setData(0);
    siteModel->appendRow(root);
    const Target ownTarget{
        own->id, own->parentId, own->settings.usersCanCreateApiKeys, KeyKind::User, {}};
    if (!own->isChild() && AccessPolicy::check(principal(), Action::ManageSite, ownTarget)) {
        auto children = session().childSites();
        for (const Site& child : children.value_or(QList<Site>{})) {
            auto* item = new QStandardItem(child.name);
            item->setToolTip(tr("Child site %1 (subdomain %2)").arg(child.name, child.subdomain));
            item->setData(int(sites.size()));
            sites << child;
            root->appendRow(item);
        }
    }
    siteTree->expandAll();
    siteTree->setCurrentIndex(siteModel->index(0, 0));
    selectSite(0);
}

void MainWindow::Private::selectSite(int index)
{
    if (index < 0 || index >= sites.size())
        return;
    currentSite = sites.at(index);
    loadUsers();
    applyFilters();
    updateStatusBar();
}

void MainWindow::Private::loadUsers()
{
    auto list = session().users(currentSite.id);
    users = list.value_or(QList<User>{});
    QHash<qint64, QString> names;
    const QSignalBlocker block(ownerFilter);
    ownerFilter->clear();
    ownerFilter->addItem(tr("Any owner"));
    for (const User& u : users) {
        names.insert(u.id, u.username);
        ownerFilter->addItem(u.username, u.id);
    }
    details->setUserNames(names);
}

void MainWindow::Private::applyFilters()
{
    KeyQuery query = model->query();
    query.siteId = currentSite.id;
    query.text = search->text().trimmed();
    query.status = statusFilter->currentData().isValid()
                       ? std::optional<KeyStatus>(KeyStatus(statusFilter->currentData().toInt()))
                       : std::nullopt;
    query.kind =
        kindFilter->currentData().isValid()
            ? std::optional<KeyKindFilter>(KeyKindFilter(kindFilter->currentData().toInt()))
            : std::nullopt;
    query.userId = ownerFilter->currentData().isValid()
                       ? std::optional<qint64>(ownerFilter->currentData().toLongLong())
                       : std::nullopt;
    applyLifecycleFilters(query);
    model->setQuery(query);
    selectionChanged();
}

void MainWindow::Private::updateStatusBar()
{
    const Principal& p = principal();
    const QString who = p.isSiteWideKey() ? tr("the site-wide key #%1").arg(p.keyId) : p.username;
    statusLabel->setText(tr("Store: %1   Site: %2   Signed in as %3 (%4)   Profile: %5")
                             .arg(console.backend->location(), currentSite.subdomain, who,
                                  roleText(p.role), console.profileName));
}

// A lost connection stays in the status bar until a call gets through again.
void MainWindow::Private::watchConnection()
{
    connectionLabel = new QLabel(q);
    connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    connectionLabel->setTextFormat(Qt::PlainText);
    connectionLabel->setForegroundRole(QPalette::BrightText);
    connectionLabel->setBackgroundRole(QPalette::Dark);
    connectionLabel->setAutoFillBackground(true);
    connectionLabel->setContentsMargins(6, 0, 6, 0);
    connectionLabel->hide();
    q->statusBar()->addPermanentWidget(connectionLabel);
    connect(connection, &ConnectionMonitor::lost, q, [this](const QString& problem) {
        connectionLabel->setText(problem);
        connectionLabel->setAccessibleName(problem);
        connectionLabel->show();
    });
    connect(connection, &ConnectionMonitor::restored, q, [this] {
        connectionLabel->hide();
        q->statusBar()->showMessage(tr("Connected to the store again."), 8000);
    });
}

QList<ApiKey> MainWindow::Private::selectedKeys() const
{
    QList<ApiKey> keys;
    for (const QModelIndex& index : table->selectionModel()->selectedRows()) {
        if (auto key = model->keyAt(index.row()))
            keys << *key;
    }
    return keys;
}

void MainWindow::Private::selectionChanged()
{
    const QList<ApiKey> keys = selectedKeys();
    if (keys.size() == 1)
        details->showKey(keys.first(), &session());
    else if (keys.size() > 1)
        details->showSelectionCount(int(keys.size()));
    else
        details->showKey(std::nullopt, nullptr);
    updateActions();
}

void MainWindow::Private::restoreState()
{
    QSettings settings;
    q->restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    q->QMainWindow::restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    table->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("mainWindow/columns")).toByteArray());
    if (settings.value(QStringLiteral("mainWindow/geometry")).isNull())
        q->resize(1280, 720);
}

void MainWindow::Private::saveState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), q->saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), q->QMainWindow::saveState());
    settings.setValue(QStringLiteral("mainWindow/columns"), table->horizontalHeader()->saveState());
}

} // namespace keydesk::ui
