// SPDX-License-Identifier: GPL-3.0-or-later
// keydesk-screenshots OUTPUT_DIR: seeds a store with a realistic site, opens the console as its
// admin and saves PNGs of the main window, the create dialog and the reveal dialog of an S3
// key. Run under a real X server (xvfb-run) by tests/screenshots/take-screenshots.sh.
#include "ClipboardGuard.h"
#include "CreateKeyDialog.h"
#include "KeyMinter.h"
#include "LocalBackend.h"
#include "LocalSession.h"
#include "MainWindow.h"
#include "RevealDialog.h"
#include "SeedStore.h"

#include <QApplication>
#include <QDir>
#include <QItemSelectionModel>
#include <QScreen>
#include <QTableView>
#include <QTest>
#include <cstdio>

using namespace keydesk;

namespace {
bool save(QWidget* widget, const QString& path)
{
    widget->show();
    widget->raise();
    widget->activateWindow();
    if (!QTest::qWaitForWindowExposed(widget))
        return false;
    QTest::qWait(300); // let the window manager-less server settle fonts and layout
    const bool ok = widget->grab().save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("keydesk-screenshots"));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots");
    QDir().mkpath(out);
    QTemporaryDir dir;
    auto seeded = test::seedStore(dir.filePath(QStringLiteral("demo.sqlite")));
    if (!seeded) {
        std::fprintf(stderr, "seeding failed: %s\n", qPrintable(seeded.error().message));
        return 1;
    }
    ui::ClipboardGuard clipboard(QGuiApplication::clipboard());
    Session* sessionPtr = seeded->session.get();
    ui::MainWindow window(ui::ConsoleSession{std::move(seeded->backend), std::move(seeded->session),
                                             QStringLiteral("Local")},
                          clipboard);
    window.resize(1280, 720);
    auto* table = window.findChild<QTableView*>(QStringLiteral("keyTable"));
    table->selectRow(2);
    bool ok = save(&window, out + QStringLiteral("/main-window.png"));
    ui::CreateKeyDialog create(ui::CreateKeyContext{sessionPtr->principal(), seeded->site,
                                                    seeded->users, QDateTime::currentDateTimeUtc()},
                               &window);
    ok = save(&create, out + QStringLiteral("/create-dialog.png")) && ok;
    create.hide();
    auto created = sessionPtr->createKey(seeded->s3Request);
    if (!created)
        return 1;
    ui::RevealDialog reveal(std::move(*created), clipboard, &window);
    ok = save(&reveal, out + QStringLiteral("/reveal-dialog.png")) && ok;
    return ok ? 0 : 1;
}
