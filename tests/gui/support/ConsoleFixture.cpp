// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleFixture.h"

#include "KeyTableModel.h"
#include "LocalBackend.h"
#include "LocalSession.h"

#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QTest>

namespace keydesk::test {

ConsoleFixture::ConsoleFixture()
    : clipboard(std::make_unique<ui::ClipboardGuard>(QGuiApplication::clipboard(),
                                                     [this] { return world.now; }))
{}

ConsoleFixture::~ConsoleFixture()
{
    window.reset();
}

bool ConsoleFixture::openAs(const Principal& principal)
{
    auto url = StoreUrl::parse(QStringLiteral("sqlite:") + world.databasePath());
    auto backend =
        url ? LocalBackend::open(*url, [this] { return world.now; }) : std::unexpected(url.error());
    if (!backend) {
        qWarning("cannot open the world's store: %s", qPrintable(backend.error().message));
        return false;
    }
    auto session = std::make_unique<LocalSession>(**backend, principal);
    window = std::make_unique<ui::MainWindow>(
        ui::ConsoleSession{std::move(*backend), std::move(session), QStringLiteral("test")},
        *clipboard, [this] { return world.now; });
    testers.attachAll(window.get());
    window->show();
    return QTest::qWaitForWindowExposed(window.get());
}

QAction* ConsoleFixture::action(const char* objectName) const
{
    return window->findChild<QAction*>(QString::fromLatin1(objectName));
}

QTableView* ConsoleFixture::table() const
{
    return window->findChild<QTableView*>(QStringLiteral("keyTable"));
}

QList<qint64> ConsoleFixture::listedKeyIds() const
{
    QAbstractItemModel* model = table()->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(ui::KeyTableModel::KeyIdRole).toLongLong();
    return ids;
}

int ConsoleFixture::rowOf(qint64 keyId) const
{
    return int(listedKeyIds().indexOf(keyId));
}

bool ConsoleFixture::selectKeys(const QList<qint64>& ids)
{
    QItemSelectionModel* selection = table()->selectionModel();
    selection->clearSelection();
    for (qint64 id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            return false;
        selection->select(table()->model()->index(row, 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    return true;
}

} // namespace keydesk::test
