// parallax-window-bench: how long the real window takes from start to showing a comparison.
//
//   QT_QPA_PLATFORM=offscreen parallax-window-bench FILE...
//
// Builds the main window, opens the files, waits for the comparison to be shown, paints the
// window once, and prints the milliseconds since main() started; then waits for the findings
// (conflicts, quotations, ...) that the window adds after, and prints when they were shown. For
// benchmarks, not tests.

#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ParallaxBench"));
    Parallax::MainWindow window;
    QObject::connect(&window, &Parallax::MainWindow::comparisonShown, &window, [&] {
        window.grab(); // one full paint
        std::printf("%lld ms to the first painted comparison\n",
                    static_cast<long long>(clock.elapsed()));
        std::fflush(stdout);
    });
    QObject::connect(&window, &Parallax::MainWindow::comparisonFinished, &window, [&] {
        std::printf("%lld ms until its findings were shown too\n",
                    static_cast<long long>(clock.elapsed()));
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    });
    window.show();
    window.openFiles(QCoreApplication::arguments().mid(1));
    QTimer::singleShot(60000, &app, [] {
        std::fputs("parallax-window-bench: no comparison after 60 s\n", stderr);
        QCoreApplication::exit(1);
    });
    return app.exec();
}
