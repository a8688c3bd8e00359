// parallax-consensus-bench: the consensus view of many sources in the real window.
//
//   QT_QPA_PLATFORM=offscreen parallax-consensus-bench [--frames N] FILE...
//
// Builds the main window at 1280x800, opens the files, waits for the comparison, shows the
// consensus view and paints the window once, and prints the milliseconds since main() started.
// Then scrolls the consensus view a few rows at a time, repainting its viewport after each step
// (QWidget::repaint paints at once), and prints the time of each frame's repaint: median, 95th
// percentile and maximum; the first frames expand the visible units too, so their wordings are
// grouped while scrolling. For benchmarks, not tests.

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
#include <vector>

namespace {

// Scrolls the tree `frames` times, three rows a step (wrapping at the end), expanding every
// tenth unit row that comes into view; returns each frame's repaint time in milliseconds.
std::vector<double> scrollFrames(QTreeView *tree, int frames)
{
    std::vector<double> times;
    QScrollBar *bar = tree->verticalScrollBar();
    QElapsedTimer clock;
    for (int frame = 0; frame < frames; ++frame) {
        const int next = bar->value() + 3 * bar->singleStep();
        bar->setValue(next > bar->maximum() ? 0 : next);
        const QModelIndex top = tree->indexAt(QPoint(0, 0));
        if (top.isValid() && !top.parent().isValid() && top.row() % 10 == 0)
            tree->expand(top);
        clock.start();
        tree->viewport()->repaint();
        times.push_back(double(clock.nsecsElapsed()) / 1e6);
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
    int frames = 300;
    if (files.size() >= 2 && files.first() == u"--frames") {
        frames = files.at(1).toInt();
        files = files.mid(2);
    }
    Parallax::MainWindow window;
    window.resize(1280, 800);
    QObject::connect(&window, &Parallax::MainWindow::comparisonFinished, &window, [&] {
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
        std::vector<double> times = scrollFrames(view->tree(), frames);
        std::sort(times.begin(), times.end());
        if (!times.empty()) {
            const auto at = [&](double q) {
                return times.at(std::min(times.size() - 1, std::size_t(q * double(times.size()))));
            };
            std::printf("scrolling: %zu frames, repaint median %.2f ms, p95 %.2f ms, max %.2f ms\n",
                        times.size(), at(0.5), at(0.95), times.back());
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
