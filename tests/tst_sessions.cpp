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
#include "timelineview.h"
#include "windowutil.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace Parallax;
using namespace Parallax::Test;

// Sessions as the window keeps them: saved, reopened, their files found or missing, and the title
// bar that says whether the comparison holds unsaved changes.
class TestSessions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void sessionInTheTitleBar();
    void saveAsksOnceThenSaves();
    void sessionRoundTrip();
    void sessionWithAMissingArticleKeepsItsBase();
    void sessionFindsMovedArticles();
    void sessionNeverListsAFileTwice();
    void enteredDateChangesFirstAndIsSaved();

private:
    QTemporaryDir m_settings;
};

void TestSessions::initTestCase()
{
    Test::isolateSettings(m_settings, QStringLiteral("tst_sessions"));
}

void TestSessions::init()
{
    QSettings().clear();
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
    // Nor does adding a file that cannot be read: the sources did not change.
    QSignalSpy loaded(&window, &MainWindow::loadFinished);
    window.addFiles({dir.filePath(QStringLiteral("missing.txt"))});
    QVERIFY(loaded.wait(30000));
    QCOMPARE(window.sourceModel()->rowCount(), MainWindow::sampleStoryPaths().size());
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
    // Open the Sample Story asks as well; Cancel keeps the comparison with its rename.
    QAction *sample = nullptr;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->text() == QStringLiteral("Open the &Sample Story"))
            sample = a;
    }
    QVERIFY(sample);
    sample->trigger();
    QCOMPARE(asked, 2);
    QVERIFY(window.isWindowModified());
    QCOMPARE(window.sourceModel()->name(1), QStringLiteral("Renamed by the user"));
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

// Save Session on a comparison never saved asks where, proposing the shown base's title; once
// saved, Ctrl+S writes the same file without asking; Save Session As asks again.
void TestSessions::saveAsksOnceThenSaves()
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(load(window, MainWindow::sampleStoryPaths()));
    QVERIFY(window.windowTitle().endsWith(QStringLiteral(" - Parallax")));
    auto actionNamed = [&](const QString &text) -> QAction * {
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->text() == text)
                return a;
        }
        return nullptr;
    };
    QAction *save = actionNamed(QStringLiteral("Sa&ve Session"));
    QAction *saveAs = actionNamed(QStringLiteral("Save Session &As..."));
    QVERIFY(save && saveAs);
    QCOMPARE(save->shortcut(), QKeySequence(QKeySequence::Save));
    // Ctrl+Shift+S, the key the README gives, also where the platform has no Save As key.
    QVERIFY(saveAs->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    // Answers the next file dialog with a path in dir, noting the name it proposed.
    int dialogs = 0;
    QString proposed;
    const QString path = dir.filePath(QStringLiteral("story.parallax"));
    auto answerDialog = [&](const QString &answer) {
        QTimer::singleShot(0, &window, [&, answer] {
            QTRY_VERIFY(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()));
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            ++dialogs;
            proposed = dialog->selectedFiles().value(0);
            dialog->selectFile(answer);
            QMetaObject::invokeMethod(dialog, "accept");
        });
    };
    window.sourceModel()->setName(1, QStringLiteral("Renamed by the user"));
    answerDialog(path);
    save->trigger();
    QCOMPARE(dialogs, 1);
    const int base = window.sourceModel()->shownBaseRow();
    QVERIFY(base >= 0);
    QVERIFY2(QFileInfo(proposed).completeBaseName().startsWith(
                 window.sourceModel()->name(base).left(10)),
             qPrintable(proposed));
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(!window.isWindowModified());
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("story.parallax")));
    // Changed and saved again: no dialog, the same file now holds the change.
    window.sourceModel()->setName(1, QStringLiteral("Renamed twice"));
    QVERIFY(window.isWindowModified());
    save->trigger();
    QCOMPARE(dialogs, 1);
    QVERIFY(!window.isWindowModified());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("Renamed twice"));
    // Save As asks.
    const QString copy = dir.filePath(QStringLiteral("copy.parallax"));
    answerDialog(copy);
    saveAs->trigger();
    QCOMPARE(dialogs, 2);
    QVERIFY(QFileInfo::exists(copy));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("copy.parallax")));
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
        // The user widens the Title column and narrows the Outlet column.
        auto *list = window.findChild<QTreeView *>(QStringLiteral("sourceList"));
        QVERIFY(list);
        list->setColumnWidth(SourceListModel::TitleColumn, 321);
        list->setColumnWidth(SourceListModel::OutletColumn, 47);
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
    // The columns have the widths the user left them (the titles stay readable: at least 12
    // average characters wide), the whole title, its outlet and its file in the tooltip.
    auto *list = window.findChild<QTreeView *>(QStringLiteral("sourceList"));
    QVERIFY(list);
    QCOMPARE(list->columnWidth(SourceListModel::TitleColumn), 321);
    QCOMPARE(list->columnWidth(SourceListModel::OutletColumn), 47);
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

namespace {

// The unit that holds the sentence of `source` containing `words`, or -1.
qsizetype unitWith(const ComparisonState &state, qsizetype source, const QString &words)
{
    const Comparison &c = state.comparison;
    for (qsizetype u = 0; u < c.units.size(); ++u) {
        for (qsizetype segment : c.units.at(u).segments) {
            if (c.sourceOf(segment) == source &&
                state.articles.at(source).sentences.at(c.sentenceOf(segment)).text.contains(words))
                return u;
        }
    }
    return -1;
}

// Selects the unit's row in the synopsis and returns the sources the details call "first".
QStringList firstInDetails(MainWindow &window, qsizetype unit)
{
    auto *view = window.findChild<SynopsisView *>(QStringLiteral("synopsis"));
    view->setCurrentIndex(
        window.synopsisModel()->index(window.synopsisModel()->rowOfUnit(unit), 0));
    QTreeWidget *tree = window.findChild<DetailsPanel *>(QStringLiteral("details"))->unitTree();
    QStringList first;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (!tree->topLevelItem(i)->text(3).isEmpty())
            first.append(tree->topLevelItem(i)->text(0));
    }
    return first;
}

} // namespace

void TestSessions::enteredDateChangesFirstAndIsSaved()
{
    const QStringList seeds = Test::seedPaths();
    if (seeds.size() < 5)
        QSKIP("../shared/seeds is absent");
    QTemporaryDir dir;
    const QString session = dir.filePath(QStringLiteral("dates.parallax"));
    // 001's and 003's sentence on the 2022 Istanbul draft.
    const QString draft = QStringLiteral("draft agreement discussed");
    const QDate entered(2025, 8, 22); // after 003's 21 August
    {
        MainWindow window;
        window.show();
        QVERIFY(load(window, seeds));
        SourceListModel *sources = window.sourceModel();
        const QString name001 = sources->name(1);
        const QString name003 = sources->name(3);
        qsizetype unit = unitWith(*window.state(), 1, draft);
        QVERIFY(unit >= 0);
        QVERIFY(window.state()->comparison.units.at(unit).sources.contains(3));
        QCOMPARE(firstInDetails(window, unit), QStringList{name001});
        // The time order below says where 001's date comes from, and dims it.
        auto *timeline = window.findChild<TimelineView *>();
        QVERIFY(timeline);
        QTreeWidgetItem *earliest = timeline->topLevelItem(0);
        QVERIFY(earliest);
        QCOMPARE(earliest->text(1), name001);
        QVERIFY2(earliest->toolTip(0).contains(QStringLiteral("photo caption")),
                 qPrintable(earliest->toolTip(0)));

        // F2 on 001's date, the date typed over it, Enter: compared again at once.
        auto *list = window.findChild<QTreeView *>(QStringLiteral("sourceList"));
        QVERIFY(list);
        const QModelIndex date = sources->index(1, SourceListModel::DateColumn);
        QVERIFY(!date.data().toString().isEmpty());
        // 001 is dated only by a photo caption: dimmed, and the tooltip says why; 000's byline
        // date is not.
        QVERIFY2(date.data(Qt::ToolTipRole).toString().contains(QStringLiteral("photo caption")),
                 qPrintable(date.data(Qt::ToolTipRole).toString()));
        QVERIFY(date.data(Qt::ForegroundRole).isValid());
        QVERIFY(!sources->index(0, SourceListModel::DateColumn).data(Qt::ForegroundRole).isValid());
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        list->setFocus();
        list->setCurrentIndex(date);
        QTest::keyClick(list, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor && list->isAncestorOf(editor));
        editor->selectAll();
        QTest::keyClicks(editor, entered.toString(Qt::ISODate));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(window.state()->articles.at(1).metadata.date, entered, 30000);
        QVERIFY(window.isWindowModified());
        // Shown apart from a date read from the file, which the tooltip gives.
        QVERIFY(date.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(!date.data(Qt::ForegroundRole).isValid()); // the user's date is no caption's
        QVERIFY(!sources->index(0, SourceListModel::DateColumn)
                     .data(Qt::FontRole)
                     .value<QFont>()
                     .italic());
        const QString tip = date.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("entered by you")) &&
                     tip.contains(QLocale().toString(QDate(2025, 8, 20), QLocale::LongFormat)),
                 qPrintable(tip));
        unit = unitWith(*window.state(), 1, draft);
        QVERIFY(unit >= 0);
        QCOMPARE(firstInDetails(window, unit), QStringList{name003});

        // Text that is not a date is refused; the entry stays.
        QVERIFY(!sources->setData(date, QStringLiteral("soon"), Qt::EditRole));
        QCOMPARE(sources->userMetadata(1).date, entered);
        // An outlet entered too.
        QVERIFY(sources->setData(sources->index(1, SourceListModel::OutletColumn),
                                 QStringLiteral("Example Wire"), Qt::EditRole));
        QVERIFY(compared(window));
        QString error;
        QVERIFY2(window.saveSession(session, &error), qPrintable(error));
    }
    MainWindow window;
    window.show();
    QSignalSpy finished(&window, &MainWindow::comparisonFinished);
    QString error;
    QVERIFY2(window.openSession(session, &error), qPrintable(error));
    QVERIFY(finished.wait(30000));
    QVERIFY(!window.isWindowModified()); // reopened as saved
    SourceListModel *sources = window.sourceModel();
    QCOMPARE(sources->userMetadata(1).date, entered);
    QCOMPARE(sources->index(1, SourceListModel::OutletColumn).data().toString(),
             QStringLiteral("Example Wire"));
    QCOMPARE(window.state()->articles.at(1).metadata.date, entered);
    QVERIFY(sources->userMetadata(0).isEmpty());
    const qsizetype unit = unitWith(*window.state(), 1, draft);
    QVERIFY(unit >= 0);
    QCOMPARE(firstInDetails(window, unit), QStringList{sources->name(3)});

    // Emptied: back to what the file says.
    QVERIFY(
        sources->setData(sources->index(1, SourceListModel::DateColumn), QString(), Qt::EditRole));
    QVERIFY(compared(window));
    QCOMPARE(window.state()->articles.at(1).metadata.date, QDate(2025, 8, 20));
    QVERIFY(
        !sources->index(1, SourceListModel::DateColumn).data(Qt::FontRole).value<QFont>().italic());
    window.document()->setQuestion(
        [](const QString &) { return SessionDocument::Answer::Discard; });
}

QTEST_MAIN(TestSessions)
#include "tst_sessions.moc"
