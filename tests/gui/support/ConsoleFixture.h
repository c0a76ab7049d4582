// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClipboardGuard.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "TestWorld.h"

#include <QAction>
#include <QTableView>
#include <memory>

namespace keydesk::test {

// A main window signed in as one member of a TestWorld, on the world's own SQLite file and
// clock, with model testers attached to every model of the window for the whole test.
class ConsoleFixture {
public:
    ConsoleFixture();
    ~ConsoleFixture();

    TestWorld world;
    std::unique_ptr<ui::ClipboardGuard> clipboard;
    std::unique_ptr<ui::MainWindow> window;
    ModelTesters testers;

    bool openAs(const Principal& principal); // false (with a QWARN) when it cannot
    QAction* action(const char* objectName) const;
    QTableView* table() const;
    int rowOf(qint64 keyId) const; // -1 when the key is not listed
    QList<qint64> listedKeyIds() const;
    bool selectKeys(const QList<qint64>& ids);
};

} // namespace keydesk::test
