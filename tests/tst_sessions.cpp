#include "appsettings.h"
#include "articleview.h"
#include "detailspanel.h"
#include "documentutil.h"
#include "elidedlabel.h"
#include "findbar.h"
#include "mainwindow.h"
#include "pairview.h"
#include "sessiondocument.h"
#include "sourcelistmodel.h"
#include "synopsismodel.h"
#include "synopsisview.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>

using namespace Parallax;

// Sessions as the window keeps them: saved, reopened, their files found or missing, and the title
// bar that says whether the comparison holds unsaved changes.
class TestSessions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void sessionInTheTitleBar();
    void sessionRoundTrip();
    void sessionWithAMissingArticleKeepsItsBase();
    void sessionFindsMovedArticles();
    void sessionNeverListsAFileTwice();

private:
    static bool load(MainWindow &window, const QStringList &paths);
    static bool compared(MainWindow &window);
    QTemporaryDir m_settings;
};

void TestSessions::initTestCase()
{
    // Never touch the user's settings.
    QCoreApplication::setOrganizationName(QStringLiteral("ParallaxTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sessions"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
}

void TestSessions::init()
{
    QSettings().clear();
}

bool TestSessions::load(MainWindow &window, const QStringList &paths)
{
    QSignalSpy finished(&window, &MainWindow::comparisonFinished);
    window.openFiles(paths);
    return finished.wait(30000);
}

bool TestSessions::compared(MainWindow &window)
{
    QSignalSpy finished(&window, &MainWindow::comparisonFinished);
    return finished.wait(30000);
}

namespace {

QStringList copySample(const QTemporaryDir &dir)
{
    QStringList paths;
    for (const QString &path : MainWindow::sampleStoryPaths()) {
        const QString target = dir.filePath(QFileInfo(path).fileName());
        QFile::copy(path, target);
        paths.append(target);
    }
    return paths;
}

} // namespace

void TestSessions::sessionInTheTitleBar()
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    QVERIFY(load(window, MainWindow::sampleStoryPaths()));
    // Files just opened: nothing to lose, so closing asks nothing.
    QVERIFY(!window.isWindowModified());
    int asked = 0;
    SessionDocument::Answer answer = SessionDocument::Answer::Cancel;
    window.document()->setQuestion([&](const QString &) {
        ++asked;
        return answer;
    });
    // A rename is work: marked in the title bar, and closing asks first.
    window.sourceModel()->setName(1, QStringLiteral("Renamed by the user"));
    QVERIFY(window.isWindowModified());
    QVERIFY(window.windowTitle().contains(QStringLiteral("[*]")));
    QVERIFY(!window.close());
    QCOMPARE(asked, 1);
    QVERIFY(window.isVisible());
    // Save Session proposes a file named after the base source's title, in the last folder.
    const QString proposed =
        window.document()->proposedPath(window.sourceModel()->name(0), dir.path());
    QVERIFY2(proposed.startsWith(dir.path()) && proposed.endsWith(QStringLiteral(".parallax")) &&
                 QFileInfo(proposed).completeBaseName().startsWith(
                     window.sourceModel()->name(0).left(10)),
             qPrintable(proposed));
    QString error;
    QVERIFY2(window.saveSession(proposed, &error), qPrintable(error));
    QVERIFY(!window.isWindowModified());
    QVERIFY(window.windowTitle().startsWith(QFileInfo(proposed).fileName()));
    QCOMPARE(window.document()->proposedPath(QStringLiteral("Other"), dir.path()), proposed);
    // The session is in Open Recent.
    QCOMPARE(AppSettings::recentSets().value(0), proposed);
    // Reopened: the same name in the title, unmodified; a new base marks it again.
    MainWindow again;
    again.show();
    QVERIFY(again.openSession(proposed, &error));
    QVERIFY(compared(again));
    QVERIFY(again.windowTitle().startsWith(QFileInfo(proposed).fileName()));
    QVERIFY(!again.isWindowModified());
    again.sourceModel()->setBaseRow(2);
    QVERIFY(again.isWindowModified());
    again.document()->setQuestion([](const QString &) { return SessionDocument::Answer::Discard; });
    QVERIFY(again.close());
    answer = SessionDocument::Answer::Discard;
    window.sourceModel()->setName(1, QStringLiteral("Renamed again"));
    QVERIFY(window.close());
}

void TestSessions::sessionRoundTrip()
{
    QTemporaryDir dir;
    const QStringList paths = copySample(dir);
    const QString session = dir.filePath(QStringLiteral("story.parallax"));
    ViewOptions options;
    options.highlight = ViewOptions::Highlight::AllChanges;
    options.diff.ignoreCase = false;
    {
        MainWindow window;
        window.show();
        QVERIFY(load(window, paths));
        window.addText(QStringLiteral("Pasted text\n\nThe bridge reopened, said the council."),
                       ArticleLoader::Format::PlainText);
        QVERIFY(compared(window));
        window.sourceModel()->setName(0, QStringLiteral("The wire"));
        window.sourceModel()->setHidden(2, true);
        window.sourceModel()->setBaseRow(1);
        window.setViewOptions(options);
        QString error;
        QVERIFY2(window.saveSession(session, &error), qPrintable(error));
    }
    const QByteArray before = Test::sha256(paths.at(0));
    MainWindow window;
    window.show();
    QSignalSpy finished(&window, &MainWindow::comparisonFinished);
    QString error;
    QVERIFY2(window.openSession(session, &error), qPrintable(error));
    QVERIFY(finished.wait(30000));
    SourceListModel *sources = window.sourceModel();
    QCOMPARE(sources->rowCount(), 5);
    QCOMPARE(sources->name(0), QStringLiteral("The wire"));
    QCOMPARE(sources->name(4), QStringLiteral("Pasted text"));
    QVERIFY(sources->isHidden(2));
    QCOMPARE(sources->baseRow(), 1);
    QVERIFY(window.viewOptions() == options);
    QCOMPARE(window.state()->articles.size(), 4);
    QCOMPARE(Test::sha256(paths.at(0)), before); // articles are only read
    // The titles stay readable after reopening: at least 12 average characters wide, the whole
    // title, its outlet and its file in the tooltip.
    auto *list = window.findChild<QTreeView *>(QStringLiteral("sourceList"));
    QVERIFY(list);
    QVERIFY2(list->columnWidth(SourceListModel::TitleColumn) >=
                 12 * list->fontMetrics().averageCharWidth(),
             qPrintable(QString::number(list->columnWidth(SourceListModel::TitleColumn))));
    const QString tip =
        sources->index(1, SourceListModel::TitleColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(sources->name(1).toHtmlEscaped()) &&
                 tip.contains(QFileInfo(paths.at(1)).fileName()),
             qPrintable(tip));

    // A file that is not a session is a clear error.
    QString reason;
    QVERIFY(!window.openSession(paths.at(0), &reason));
    QVERIFY(reason.contains(QStringLiteral("not a Parallax session")));
}

void TestSessions::sessionWithAMissingArticleKeepsItsBase()
{
    QTemporaryDir dir;
    const QStringList paths = copySample(dir);
    const QString session = dir.filePath(QStringLiteral("story.parallax"));
    {
        MainWindow window;
        QVERIFY(load(window, paths));
        window.sourceModel()->setBaseRow(2);
        QVERIFY(window.saveSession(session));
    }
    QVERIFY(QFile::remove(paths.at(0))); // the first article moved away
    MainWindow window;
    window.show();
    QStringList askedFor;
    window.setMissingFileLocator([&](const QString &missing) {
        askedFor.append(missing);
        return QString(); // the user cancels
    });
    QSignalSpy finished(&window, &MainWindow::comparisonFinished);
    QVERIFY(window.openSession(session));
    QVERIFY(finished.wait(30000));
    QCOMPARE(window.sourceModel()->rowCount(), 3);
    const int base = window.sourceModel()->baseRow();
    QVERIFY(base >= 0);
    QCOMPARE(window.sourceModel()->article(base)->path, paths.at(2)); // the same article
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("loadErrors"));
    QVERIFY(box && box->informativeText().contains(QFileInfo(paths.at(0)).fileName()));
    QCOMPARE(askedFor, QStringList{paths.at(0)}); // the user was asked where it went
}

void TestSessions::sessionFindsMovedArticles()
{
    QTemporaryDir dir;
    const QStringList paths = copySample(dir);
    const QString session = dir.filePath(QStringLiteral("story.parallax"));
    {
        MainWindow window;
        QVERIFY(load(window, paths));
        QVERIFY(window.saveSession(session));
    }
    // The whole folder moves: found beside the session file, nobody asked.
    QTemporaryDir moved;
    for (const QString &path : paths)
        QVERIFY(QFile::rename(path, moved.filePath(QFileInfo(path).fileName())));
    QVERIFY(QFile::rename(session, moved.filePath(QStringLiteral("story.parallax"))));
    MainWindow window;
    bool asked = false;
    window.setMissingFileLocator([&](const QString &) {
        asked = true;
        return QString();
    });
    QSignalSpy finished(&window, &MainWindow::comparisonFinished);
    QVERIFY(window.openSession(moved.filePath(QStringLiteral("story.parallax"))));
    QVERIFY(finished.wait(30000));
    QCOMPARE(window.sourceModel()->rowCount(), 4);
    QVERIFY(!asked);

    // One article moved elsewhere: the user points at it.
    QTemporaryDir elsewhere;
    const QString wire = moved.filePath(QFileInfo(paths.at(0)).fileName());
    const QString relocated = elsewhere.filePath(QStringLiteral("renamed-wire.txt"));
    QVERIFY(QFile::rename(wire, relocated));
    window.setMissingFileLocator([&](const QString &) { return relocated; });
    QVERIFY(window.openSession(moved.filePath(QStringLiteral("story.parallax"))));
    QVERIFY(finished.wait(30000));
    QCOMPARE(window.sourceModel()->rowCount(), 4);
    QCOMPARE(window.sourceModel()->article(0)->path, relocated);

    // A truncated session is a clear error.
    QFile cut(moved.filePath(QStringLiteral("story.parallax")));
    QVERIFY(cut.open(QIODevice::ReadWrite));
    cut.resize(cut.size() / 2);
    cut.close();
    QString error;
    QVERIFY(!window.openSession(cut.fileName(), &error));
    QVERIFY2(error.contains(QStringLiteral("not a Parallax session")), qPrintable(error));
}

void TestSessions::sessionNeverListsAFileTwice()
{
    // Found by the monkey: the user located a moved article at a file already in the session.
    QTemporaryDir dir;
    const QStringList paths = copySample(dir);
    const QString session = dir.filePath(QStringLiteral("story.parallax"));
    {
        MainWindow window;
        QVERIFY(load(window, paths));
        window.sourceModel()->setBaseRow(0);
        QVERIFY(window.saveSession(session));
    }
    QVERIFY(QFile::remove(paths.at(0)));
    MainWindow window;
    window.setMissingFileLocator([&](const QString &) { return paths.at(2); });
    QSignalSpy finished(&window, &MainWindow::comparisonFinished);
    QVERIFY(window.openSession(session));
    QVERIFY(finished.wait(30000));
    SourceListModel *sources = window.sourceModel();
    QCOMPARE(sources->rowCount(), 3);
    QStringList listed;
    for (int row = 0; row < sources->rowCount(); ++row)
        listed.append(sources->article(row)->path);
    QCOMPARE(listed.count(paths.at(2)), 1);
    QCOMPARE(sources->article(sources->baseRow())->path, paths.at(2)); // where the base went
}

QTEST_MAIN(TestSessions)
#include "tst_sessions.moc"
