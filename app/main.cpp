#include "commandline.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QGuiApplication>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Parallax"));
    QCoreApplication::setApplicationName(QStringLiteral("parallax"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARALLAX_VERSION));
}

QStringList rawArguments(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    return args;
}

} // namespace

int main(int argc, char **argv)
{
    using namespace Parallax;
    // Headless modes never touch the display: no QApplication, no platform plugin.
    const QStringList arguments = rawArguments(argc, argv);
    if (CommandLine::isHeadless(arguments) && CommandLine::needsFonts(arguments)) {
        // The PDF report lays out text: fonts, but still no display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        describeApplication();
        Translations::install(Translations::chosen(arguments));
        CommandLine commandLine;
        return commandLine.runHeadless(QCoreApplication::arguments());
    }
    if (CommandLine::isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        Translations::install(Translations::chosen(arguments));
        CommandLine commandLine;
        return commandLine.runHeadless(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    describeApplication();
    Translations::install(Translations::chosen(arguments));
    QApplication::setApplicationDisplayName(QStringLiteral("Parallax"));
    CommandLine commandLine;
    commandLine.parser().process(app);

    MainWindow window;
    const QStringList files = commandLine.parser().positionalArguments();
    if (commandLine.parser().isSet(QStringLiteral("sample")))
        window.openSampleStory();
    else if (!files.isEmpty())
        window.openFiles(files, commandLine.parser().value(QStringLiteral("base")));
    window.show();
    return app.exec();
}
