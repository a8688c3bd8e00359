// parallax-consensus-bench: the consensus view of many sources in the real window.
//
//   QT_QPA_PLATFORM=offscreen parallax-consensus-bench [--frames N] FILE...
//
// Builds the main window at 1280x800, opens the files, waits for the comparison, shows the
// consensus view and paints the window once, and prints the milliseconds since main() started.
// Waits for the findings the window adds after (conflicts, quotations, ...) and prints when they
// were shown. Then scrolls the consensus view a few rows at a time, repainting its viewport after
// each step (QWidget::repaint paints at once) at 60 frames a second, and prints the time of each
// frame's repaint, wall clock and CPU time of the GUI thread: median, 95th percentile and maximum.
// Every tenth unit scrolled to the top is expanded on the way, so wordings are grouped and shown
// while scrolling. For benchmarks, not tests.

#include "comparisonpage.h"
#include "consensusmodel.h"
#include "consensusview.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

// The CPU time of this thread in milliseconds: on a machine shared with other work, what a
// repaint costs apart from the time it waits for a core.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct Frame
{
    double wall = 0; // ms
    double cpu = 0;  // ms
};

// Scrolls the tree `frames` times, three rows a step (wrapping at the end), expanding every
// tenth unit row that comes into view, at 60 frames a second: the event loop runs for the rest
// of each 16.7 ms, as it would between the frames of a real scroll. Returns each frame's
// repaint time in milliseconds.
std::vector<Frame> scrollFrames(QTreeView *tree, int frames)
{
    std::vector<Frame> times;
    QScrollBar *bar = tree->verticalScrollBar();
    QElapsedTimer clock;
    for (int frame = 0; frame < frames; ++frame) {
        const int next = bar->value() + 3 * bar->singleStep();
        bar->setValue(next > bar->maximum() ? 0 : next);
        const QModelIndex top = tree->indexAt(QPoint(0, 0));
        if (top.isValid() && !top.parent().isValid() && top.row() % 10 == 0)
            tree->expand(top);
        clock.start();
        const double cpu = threadCpuMs();
        tree->viewport()->repaint();
        times.push_back({double(clock.nsecsElapsed()) / 1e6, threadCpuMs() - cpu});
        while (clock.nsecsElapsed() < 16'666'667)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    }
    return times;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ParallaxBench"));
    QStringList files = QCoreApplication::arguments().mid(1);
    int frameCount = 300;
    if (files.size() >= 2 && files.first() == u"--frames") {
        frameCount = files.at(1).toInt();
        files = files.mid(2);
    }
    Parallax::MainWindow window;
    window.resize(1280, 800);
    QObject::connect(&window, &Parallax::MainWindow::comparisonShown, &window, [&] {
        auto *page = window.findChild<Parallax::ComparisonPage *>();
        auto *view = window.findChild<Parallax::ConsensusView *>(QStringLiteral("consensus"));
        if (!page || !view) {
            std::fputs("parallax-consensus-bench: no consensus view\n", stderr);
            QCoreApplication::exit(1);
            return;
        }
        page->showConsensus(true);
        window.grab(); // one full paint
        std::printf("%lld ms to the painted consensus view of %lld sources, %d units\n",
                    static_cast<long long>(clock.elapsed()),
                    static_cast<long long>(window.state()->sources.size()),
                    view->model()->rowCount());
        std::fflush(stdout);
    });
    QObject::connect(&window, &Parallax::MainWindow::comparisonFinished, &window, [&] {
        auto *view = window.findChild<Parallax::ConsensusView *>(QStringLiteral("consensus"));
        if (!view) {
            std::fputs("parallax-consensus-bench: no consensus view\n", stderr);
            QCoreApplication::exit(1);
            return;
        }
        window.grab();
        std::printf("%lld ms until the findings were shown too\n",
                    static_cast<long long>(clock.elapsed()));
        const std::vector<Frame> frames = scrollFrames(view->tree(), frameCount);
        if (!frames.empty()) {
            std::vector<double> wall, cpu;
            for (const Frame &f : frames) {
                wall.push_back(f.wall);
                cpu.push_back(f.cpu);
            }
            const auto print = [](const char *what, std::vector<double> &times) {
                std::sort(times.begin(), times.end());
                const auto at = [&](double q) {
                    return times.at(
                        std::min(times.size() - 1, std::size_t(q * double(times.size()))));
                };
                std::printf("scrolling: %zu frames, repaint %s median %.2f ms, p95 %.2f ms, "
                            "max %.2f ms\n",
                            times.size(), what, at(0.5), at(0.95), times.back());
            };
            print("wall", wall);
            print("cpu", cpu);
        }
        std::fflush(stdout);
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    });
    window.show();
    window.openFiles(files);
    QTimer::singleShot(600000, &app, [] {
        std::fputs("parallax-consensus-bench: no comparison after 600 s\n", stderr);
        QCoreApplication::exit(1);
    });
    return app.exec();
}
