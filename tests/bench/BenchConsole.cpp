// SPDX-License-Identifier: GPL-3.0-or-later
// bench_console: the console against a store of 100,000 keys (issue #3).
//   bench_console --populate PATH [--keys N]   fill a store (separate process: RSS stays honest)
//   bench_console --measure PATH               sign in, paint, type, scroll; report
// Reports: sign-in to first rows painted, time per search keystroke, scrolling to the end, and
// the console's peak RSS (VmHWM), each next to its target.
#include "BenchSupport.h"
#include "ClipboardGuard.h"
#include "KeyTableModel.h"
#include "LocalBackend.h"
#include "MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <cstdio>

using namespace keydesk;

namespace {
// Counts paints of a widget, so "painted" means the event loop really drew the rows.
class PaintCounter : public QObject {
public:
    int paints = 0;
    bool eventFilter(QObject*, QEvent* e) override
    {
        if (e->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

double waitForPaint(QWidget* viewport, PaintCounter& counter, const QElapsedTimer& clock)
{
    const int before = counter.paints;
    viewport->update();
    while (counter.paints == before)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return clock.nsecsElapsed() / 1e6;
}

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

int populateStore(const QString& path, qint64 keys)
{
    bench::BenchOptions options;
    options.keys = keys;
    options.sample = 10;
    auto population = bench::populate(path, options);
    if (!population) {
        std::fprintf(stderr, "populate failed: %s\n", qPrintable(population.error().message));
        return 1;
    }
    std::fprintf(stderr, "populated %lld keys in %.1f s\n", population->keys, population->seconds);
    // The admin (user 0) gets a key the measuring run signs in with; it goes to stdout, for the
    // script to pipe into the measuring process (never to a file).
    auto url = StoreUrl::parse(QStringLiteral("sqlite:") + path);
    auto backend = LocalBackend::open(*url);
    if (!backend)
        return 1;
    const qint64 admin = population->userIds.first();
    const Principal p{population->siteId, admin, 0, Role::SiteAdmin, PermissionSet::Full, {}};
    CreateKeyRequest r;
    r.userId = admin;
    r.siteId = population->siteId;
    r.name = QStringLiteral("bench console");
    auto created = (*backend)->keys().createKey(p, r);
    if (!created)
        return 1;
    std::fwrite(created->secret.data(), 1, size_t(created->secret.size()), stdout);
    std::fputc('\n', stdout);
    return 0;
}
} // namespace

namespace {
struct Figures {
    double firstPaintMs = 0;
    QList<double> keystrokeMs;
    double scrollMs = 0;
    int rowsScrolled = 0;
    qint64 peakKiB = 0;
};

SecretBytes readKey()
{
    SecretBytes key(128);
    const size_t n = std::fread(key.data(), 1, 127, stdin);
    key.resize(qsizetype(n));
    while (!key.isEmpty() && (key.view().back() == '\n' || key.view().back() == '\r'))
        key.resize(key.size() - 1);
    return key;
}

void typeSearch(ui::MainWindow& window, PaintCounter& counter, Figures& f)
{
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    auto* viewport = window.findChild<QTableView*>(QStringLiteral("keyTable"))->viewport();
    for (QChar c : QStringLiteral("deploy-12")) {
        QElapsedTimer t;
        t.start();
        QTest::keyClick(search, c.toLatin1());
        f.keystrokeMs << waitForPaint(viewport, counter, t);
    }
    search->clear();
}

void scrollToEnd(ui::MainWindow& window, PaintCounter& counter, Figures& f)
{
    auto* table = window.findChild<QTableView*>(QStringLiteral("keyTable"));
    QAbstractItemModel* model = table->model();
    QElapsedTimer t;
    t.start();
    while (model->canFetchMore({})) {
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
        waitForPaint(table->viewport(), counter, t);
    }
    table->scrollToBottom();
    f.scrollMs = waitForPaint(table->viewport(), counter, t);
    f.rowsScrolled = model->rowCount();
}

void report(const Figures& f)
{
    QList<double> sorted = f.keystrokeMs;
    std::sort(sorted.begin(), sorted.end());
    const double median = sorted.isEmpty() ? 0 : sorted.at(sorted.size() / 2);
    const double worst = sorted.isEmpty() ? 0 : sorted.last();
    std::printf("KeyDesk console benchmark (bench_console)\n");
    std::printf("  sign-in to first rows painted  %8.1f ms   (target <= 300 ms: %s)\n",
                f.firstPaintMs, f.firstPaintMs <= 300 ? "met" : "MISSED");
    std::printf("  search keystroke (median/max)  %8.1f / %.1f ms over %lld keystrokes (target <= "
                "50 ms: %s)\n",
                median, worst, qint64(f.keystrokeMs.size()), worst <= 50 ? "met" : "MISSED");
    std::printf("  per keystroke of \"deploy-12\"  ");
    for (double ms : f.keystrokeMs)
        std::printf(" %.1f", ms);
    std::printf(" ms\n");
    std::printf("  scroll to the end              %8.1f ms   (%d rows fetched page by page)\n",
                f.scrollMs, f.rowsScrolled);
    std::printf("  peak RSS (VmHWM)               %8.1f MiB  (target <= 200 MB: %s)\n",
                f.peakKiB / 1024.0, f.peakKiB * 1024 <= 200LL * 1000 * 1000 ? "met" : "MISSED");
}

int measure(const QString& path)
{
    const SecretBytes key = readKey();
    Figures f;
    PaintCounter counter;
    QElapsedTimer t;
    t.start();
    auto url = StoreUrl::parse(QStringLiteral("sqlite:") + path);
    auto backend = url ? LocalBackend::open(*url) : std::unexpected(url.error());
    if (!backend)
        return 1;
    auto session = (*backend)->signIn(key.view());
    if (!session) {
        std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(session.error().message));
        return 1;
    }
    ui::ClipboardGuard clipboard(QGuiApplication::clipboard());
    ui::MainWindow window(
        ui::ConsoleSession{std::move(*backend), std::move(*session), QStringLiteral("bench")},
        clipboard);
    window.findChild<QTableView*>(QStringLiteral("keyTable"))
        ->viewport()
        ->installEventFilter(&counter);
    window.resize(1280, 720);
    window.show();
    while (counter.paints == 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    f.firstPaintMs = t.nsecsElapsed() / 1e6;
    typeSearch(window, counter, f);
    scrollToEnd(window, counter, f);
    f.peakKiB = peakRssKiB();
    report(f);
    return 0;
}
} // namespace

int main(int argc, char* argv[])
{
    if (argc >= 3 && qstrcmp(argv[1], "--populate") == 0) {
        QCoreApplication app(argc, argv);
        const qint64 keys = argc >= 5 && qstrcmp(argv[3], "--keys") == 0
                                ? QByteArray(argv[4]).toLongLong()
                                : 100000;
        return populateStore(QString::fromLocal8Bit(argv[2]), keys);
    }
    if (argc >= 3 && qstrcmp(argv[1], "--measure") == 0) {
        QApplication app(argc, argv);
        return measure(QString::fromLocal8Bit(argv[2]));
    }
    std::fprintf(stderr,
                 "usage: bench_console --populate PATH [--keys N] | --measure PATH < KEY\n");
    return 2;
}
