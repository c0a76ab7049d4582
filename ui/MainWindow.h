// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "Session.h"

#include <QMainWindow>
#include <memory>

namespace keydesk::ui {

class ClipboardGuard;

// What the main window works on: a backend, the session of the signed-in key, and the name of
// the connection profile it came from.
struct ConsoleSession {
    std::unique_ptr<Backend> backend;
    std::unique_ptr<Session> session;
    QString profileName;
};

// Site tree, key table, details pane with the key's audit trail, and the key actions. Every
// dialog is opened with open() (never exec()), so tests find it with findChild and drive it.
// objectNames: siteTree, keyTable, searchEdit, statusFilter, kindFilter, ownerFilter,
// detailsPane, auditTrail; actions: actionNewKey, actionDisable, actionEnable, actionRevoke,
// actionRefresh, actionFind, actionProfiles, actionSettings, actionQuit.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(ConsoleSession session, ClipboardGuard& clipboard, Clock clock = systemClock(),
               QWidget* parent = nullptr);
    ~MainWindow() override;

    Session& session() const;

signals:
    void profilesRequested();
    void settingsRequested();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace keydesk::ui
