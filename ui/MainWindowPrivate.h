// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccessPolicy.h"
#include "ConnectionMonitor.h"
#include "KeyDetailsPane.h"
#include "KeyTableModel.h"
#include "MainWindow.h"

#include <QAction>
#include <QBoxLayout>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>

namespace keydesk::ui {

// The widgets and state behind MainWindow (MainWindow.cpp builds them, MainWindowActions.cpp
// runs the key actions).
struct MainWindow::Private {
    MainWindow* q = nullptr;
    ConsoleSession console;
    ClipboardGuard* clipboard = nullptr;
    Clock clock;

    QList<Site> sites; // the principal's site, then the child sites it administers (E3)
    Site currentSite;
    QList<User> users;

    QTreeView* siteTree = nullptr;
    QStandardItemModel* siteModel = nullptr;
    QLineEdit* search = nullptr;
    QComboBox* statusFilter = nullptr;
    QComboBox* kindFilter = nullptr;
    QComboBox* ownerFilter = nullptr;
    QTableView* table = nullptr;
    KeyTableModel* model = nullptr;
    KeyDetailsPane* details = nullptr;
    QLabel* statusLabel = nullptr;
    ConnectionMonitor* connection = nullptr;
    QLabel* connectionLabel = nullptr; // shown while the connection is lost

    QAction* newKey = nullptr;
    QAction* disable = nullptr;
    QAction* enable = nullptr;
    QAction* revoke = nullptr;
    QAction* revokeUserKeys = nullptr; // issue 6: every key of one user
    QAction* auditLog = nullptr;       // issue 6: the audit log viewer
    QAction* sitePolicy = nullptr;     // issue 6: Site → Policy…
    QAction* refresh = nullptr;
    QAction* find = nullptr;

    // Issue 6 (MainWindowLifecycle.cpp): roll, usage filter, expiry banner, inventory export.
    QMenu* fileMenu = nullptr;
    QMenu* keysMenu = nullptr;
    QToolBar* keyToolBar = nullptr;
    QHBoxLayout* filterLayout = nullptr;
    QVBoxLayout* middleLayout = nullptr;
    QAction* roll = nullptr;
    QAction* exportInventory = nullptr;
    QComboBox* usageFilter = nullptr;
    QFrame* expiryBanner = nullptr;
    QLabel* expiryBannerLabel = nullptr;

    Session& session() const { return *console.session; }
    const Principal& principal() const { return console.session->principal(); }

    // MainWindow.cpp
    void buildActions();
    void buildMenus();
    QWidget* buildFilterBar();
    void buildCentralArea();
    void configureHeader();
    void loadSites();
    void selectSite(int index);
    void loadUsers();
    void applyFilters();
    void updateStatusBar();
    void watchConnection();
    void restoreState();
    void saveState();
    QList<ApiKey> selectedKeys() const;
    void selectionChanged();

    // MainWindowActions.cpp
    void connectActions();
    void updateActions();
    Target targetFor(const ApiKey& key) const;
    Decision decide(Action action, const QList<ApiKey>& keys) const;
    void setActionState(QAction* action, const Decision& decision, const QString& why = {});
    void createKey();
    void onKeyCreated(CreatedKey created);
    void disableSelected();
    void enableSelected();
    void revokeSelected();
    void runOnKeys(const QList<ApiKey>& keys, const std::function<Result<void>(qint64)>& op,
                   const QString& doneText);
    // Issue 6 (MainWindowBulk.cpp): one transaction for the whole selection, all or nothing.
    void runBulk(BulkAction action, const KeySelection& selection, const QString& doneText);
    void revokeKeysOfUser();
    void showAuditLog();
    void editSitePolicy();
    void selectKey(qint64 id);
    void showError(const QString& text);

    // MainWindowLifecycle.cpp
    void buildLifecycleUi();
    void applyLifecycleFilters(KeyQuery& query) const;
    void updateRollAction(const QList<ApiKey>& keys);
    void rollSelected();
    void onRollAccepted(const ApiKey& key, RotationGrace grace);
    void notifyExpiringKeys();
    void exportInventoryTo(const QString& path);
    void askExportInventory();
};

} // namespace keydesk::ui
