#include "commandline.h"
#include "lexicon.h"
#include "mainwindow.h"
#include "recovery.h"
#include "theme.h"
#include "translations.h"

#include <QApplication>
#include <QFile>
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

// Test-only, not a user feature (tests/tst_recovery.cpp): the text of the file that
// PARALLAX_TEST_PASTE_FILE names is added as if pasted, since a test cannot reach the clipboard
// of another process on the offscreen platform.
void pasteForTests(Parallax::MainWindow &window)
{
    const QString path = qEnvironmentVariable("PARALLAX_TEST_PASTE_FILE");
    QFile file(path);
    if (!path.isEmpty() && file.open(QIODevice::ReadOnly))
        window.addText(QString::fromUtf8(file.readAll()),
                       Parallax::ArticleLoader::Format::PlainText);
}

} // namespace

int main(int argc, char **argv)
{
    using namespace Parallax;
    // Declared first, so destroyed last: before the statics go, no dictionary is still being read
    // in the background (Lexicon::loadDictionaryInBackground).
    struct WaitForDictionaries
    {
        ~WaitForDictionaries() { Lexicon::waitForBackgroundReads(); }
    } waitForDictionaries;
    // Headless modes never touch the display: no QApplication, no platform plugin.
    const QStringList arguments = rawArguments(argc, argv);
    if (CommandLine::isHeadless(arguments)) {
        // A desktop session's platform theme (QT_QPA_PLATFORMTHEME=gtk3) would open the display
        // that headless runs must never need.
        qunsetenv("QT_QPA_PLATFORMTHEME");
    }
    if (CommandLine::isHeadless(arguments) && CommandLine::needsFonts(arguments)) {
        // The PDF report lays out text: fonts, but still no display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        describeApplication();
        Translations::installChosen(arguments);
        CommandLine commandLine;
        return commandLine.runHeadless(QCoreApplication::arguments());
    }
    if (CommandLine::isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        Translations::installChosen(arguments);
        CommandLine commandLine;
        return commandLine.runHeadless(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    describeApplication();
    Translations::installChosen(arguments);
    QApplication::setApplicationDisplayName(QStringLiteral("Parallax"));
    Theme::apply(Theme::saved());
    CommandLine commandLine;
    commandLine.parser().process(app);

    MainWindow window;
    window.startAutosave(Recovery::defaultFolder());
    window.show();
    // Only here, with a window: the headless modes above never ask anything.
    const bool restored = window.offerRecovery();
    const QStringList files = commandLine.parser().isSet(QStringLiteral("sample"))
                                  ? MainWindow::sampleStoryPaths()
                                  : commandLine.parser().positionalArguments();
    if (restored)
        window.addFiles(files); // what the command line names joins what was restored
    else if (!files.isEmpty())
        window.openFiles(files, commandLine.parser().value(QStringLiteral("base")));
    pasteForTests(window);
    return app.exec();
}
