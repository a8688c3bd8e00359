#include "appsettings.h"
#include "articleview.h"
#include "detailspanel.h"
#include "dockfitter.h"
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
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QTreeView>
#include <QTreeWidget>

#include <cmath>

using namespace Parallax;
using namespace Parallax::Test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void opensSampleStory();
    void reportsUnreadableFilesAndLoadsTheRest();
    void showsArticleTextAsPlainText();
    void welcomePageUntilSomethingLoads();
    void firstStartFitsTheScreen();
    void dropOfFilesAndFolders();
    void dropOfBrowserText();
    void pasteAsNewSource();
    void dropWhileAligningStartsOver();
    void dropWhileOpeningListsEachFileOnce();
    void pasteWhileOpeningIsKept();
    void synopsisHasAColumnPerSource();
    void nextAndPreviousDifference();
    void navigationLandsOnTheCell();
    void zoomOutFitsMoreColumns();
    void docksGiveWayToTheComparison();
    void findCountsHitsPerSource();
    void findKeepsTheWindowWidth();
    void hidingAndBaseRealign();
    void baseGivenWithTheFiles();
    void settingsRoundTrip();
    void seedsShowWhoAddedWhat();
    void fileNamesAreNeverMarkup();
    void pairViewNeverShowsOneSourceTwice();

private:
    QTemporaryDir m_settings;
};

void TestMainWindow::initTestCase()
{
    Test::isolateSettings(m_settings, QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::opensSampleStory()
{
    MainWindow window;
    QAbstractItemModelTester tester(window.sourceModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(load(window, MainWindow::sampleStoryPaths()));

    SourceListModel *model = window.sourceModel();
    QCOMPARE(model->rowCount(), 4);
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY(!model->index(row, SourceListModel::TitleColumn).data().toString().isEmpty());
        QVERIFY(model->index(row, SourceListModel::WordsColumn).data().toInt() > 100);
    }
    auto *list = window.findChild<QTreeView *>(QStringLiteral("sourceList"));
    QVERIFY(list);
    QCOMPARE(list->currentIndex().row(), 0);
    auto *view = window.findChild<ArticleView *>();
    QVERIFY(view);
    QVERIFY(view->toPlainText().contains(model->article(0)->metadata.title));

    // Choosing another source shows its text.
    list->setCurrentIndex(model->index(2, 0));
    QVERIFY(view->toPlainText().contains(model->article(2)->metadata.title));
}

void TestMainWindow::reportsUnreadableFilesAndLoadsTheRest()
{
    QTemporaryDir tmp;
    const QString missing = tmp.filePath(QStringLiteral("gone.txt"));
    MainWindow window;
    window.show();
    QSignalSpy read(&window, &MainWindow::loadFinished);
    window.openFiles(QStringList{missing} + MainWindow::sampleStoryPaths());
    QVERIFY(read.wait(30000));
    QCOMPARE(window.sourceModel()->rowCount(), 4);

    auto *box = window.findChild<QMessageBox *>(QStringLiteral("loadErrors"));
    QVERIFY(box);
    QVERIFY(!box->isModal());
    QVERIFY(box->isVisible());
    QVERIFY(box->informativeText().contains(QDir::toNativeSeparators(missing)));
    QVERIFY(box->informativeText().contains(QLatin1String("does not exist")));
}

void TestMainWindow::showsArticleTextAsPlainText()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("markup.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("A <b> headline with markup\n\n<img src=x onerror=alert(1)> The body names <a "
               "href=\"x\"> too.\n");
    file.close();

    MainWindow window;
    window.show();
    QVERIFY(load(window, {path}));
    QCOMPARE(window.sourceModel()->rowCount(), 1);
    QCOMPARE(window.sourceModel()->name(0), QStringLiteral("A <b> headline with markup"));
    auto *view = window.findChild<ArticleView *>();
    QVERIFY(view->toPlainText().contains(QLatin1String("<img src=x onerror=alert(1)>")));
    QVERIFY(view->toPlainText().contains(QLatin1String("<a href=\"x\">")));
    // The synopsis shows the same characters: its cells and header are plain text.
    SynopsisModel *synopsis = window.synopsisModel();
    QVERIFY(synopsis->headerData(0, Qt::Horizontal).toString().contains(QLatin1String("<b>")));
    QString cells;
    for (int row = 0; row < synopsis->rowCount(); ++row)
        cells += synopsis->index(row, 0).data().toString();
    QVERIFY(cells.contains(QLatin1String("<img src=x onerror=alert(1)>")));
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

void TestMainWindow::firstStartFitsTheScreen()
{
    // No saved geometry: the window opens within the screen (the offscreen screen is 800x600).
    MainWindow window;
    const QRect screen = window.screen()->availableGeometry();
    QVERIFY2(window.width() <= screen.width() && window.height() <= screen.height(),
             qPrintable(QStringLiteral("%1x%2 on %3x%4")
                            .arg(window.width())
                            .arg(window.height())
                            .arg(screen.width())
                            .arg(screen.height())));
}

void TestMainWindow::welcomePageUntilSomethingLoads()
{
    MainWindow window;
    window.show();
    auto *pages = window.findChild<QStackedWidget *>();
    QVERIFY(pages);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("welcome"));
    auto *sample = window.findChild<QPushButton *>(QStringLiteral("welcomeSample"));
    QVERIFY(sample);
    QSignalSpy finished(&window, &MainWindow::comparisonFinished);
    sample->click();
    QVERIFY(finished.wait(30000));
    QVERIFY(pages->currentWidget()->objectName() != u"welcome");
    QCOMPARE(window.sourceModel()->rowCount(), 4);
}

void TestMainWindow::dropOfFilesAndFolders()
{
    QTemporaryDir dir;
    const QStringList paths = copySample(dir);
    QTemporaryDir folder;
    QFile::copy(paths.at(0), folder.filePath(QStringLiteral("a.txt")));
    QFile::copy(paths.at(1), folder.filePath(QStringLiteral("b.md")));
    QFile png(folder.filePath(QStringLiteral("picture.png")));
    QVERIFY(png.open(QIODevice::WriteOnly));
    png.write("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    png.close();
    // Documents in the folder are articles too.
    QFile docx(folder.filePath(QStringLiteral("c.docx")));
    QVERIFY(docx.open(QIODevice::WriteOnly));
    docx.write(Test::wordDocument("<w:p><w:r><w:t>The Lantern Bridge reopened on Monday after "
                                  "four months of repairs, the council said.</w:t></w:r></w:p>"));
    docx.close();
    QFile pdf(folder.filePath(QStringLiteral("d.pdf")));
    QVERIFY(pdf.open(QIODevice::WriteOnly));
    pdf.write(Test::textPdf({{QStringLiteral("The Lantern Bridge reopened on Monday after four "
                                             "months of repairs.")}}));
    pdf.close();

    MainWindow window;
    window.show();
    QSignalSpy finished(&window, &MainWindow::comparisonFinished);
    drop(window, filesMime({paths.at(2), paths.at(3)}));
    QVERIFY(finished.wait(30000));
    QCOMPARE(window.sourceModel()->rowCount(), 2);
    // A folder adds its supported files (the picture is not one).
    drop(window, filesMime({folder.path()}));
    QVERIFY(finished.wait(30000));
    QCOMPARE(window.sourceModel()->rowCount(), 6);
    QCOMPARE(window.state()->articles.size(), 6);
    QStringList formats;
    for (const Article &article : window.state()->articles)
        formats.append(article.encoding);
    QVERIFY2(formats.contains(QStringLiteral("PDF")) && formats.contains(QStringLiteral("DOCX")),
             qPrintable(formats.join(u' ')));
    // A file that is not text: named with the reason, the rest stay.
    drop(window, filesMime({folder.filePath(QStringLiteral("picture.png"))}));
    QTRY_VERIFY(window.findChild<QMessageBox *>(QStringLiteral("loadErrors")));
    const auto *box = window.findChild<QMessageBox *>(QStringLiteral("loadErrors"));
    QVERIFY(box->informativeText().contains(QStringLiteral("picture.png")));
    QCOMPARE(window.sourceModel()->rowCount(), 6);
}

void TestMainWindow::dropOfBrowserText()
{
    MainWindow window;
    window.show();
    QVERIFY(load(window, MainWindow::sampleStoryPaths()));
    auto *mime = new QMimeData;
    mime->setHtml(QStringLiteral("<html><body><h1>Ferry &amp; bridge <b>row</b></h1>"
                                 "<p>The Lantern Bridge reopened on Tuesday after repairs.</p>"
                                 "<p>Engineer Pavel Orsak said the cables were sound.</p>"
                                 "</body></html>"));
    mime->setText(QStringLiteral("Ferry & bridge row"));
    QSignalSpy finished(&window, &MainWindow::comparisonFinished);
    drop(window, mime);
    QVERIFY(finished.wait(30000));
    QCOMPARE(window.sourceModel()->rowCount(), 5);
    QCOMPARE(window.sourceModel()->name(4), QStringLiteral("Ferry & bridge row"));
    QCOMPARE(window.state()->articles.size(), 5);
}

void TestMainWindow::pasteAsNewSource()
{
    MainWindow window;
    window.show();
    QVERIFY(load(window, MainWindow::sampleStoryPaths()));
    QApplication::clipboard()->setText(
        QStringLiteral("Pasted headline\n\nThe bridge reopened on Tuesday, the council said."));
    QSignalSpy finished(&window, &MainWindow::comparisonFinished);
    QTest::keyClick(&window, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(finished.wait(30000));
    QCOMPARE(window.sourceModel()->rowCount(), 5);
    QCOMPARE(window.sourceModel()->name(4), QStringLiteral("Pasted headline"));
}

void TestMainWindow::dropWhileAligningStartsOver()
{
    QTemporaryDir dir;
    const QStringList paths = copySample(dir);
    MainWindow window;
    window.show();
    QSignalSpy finished(&window, &MainWindow::comparisonFinished);
    window.openFiles(paths.mid(0, 2));
    drop(window, filesMime(paths.mid(2))); // before the first set is done
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy() && window.state() && finished.count() >= 1, 30000);
    QCOMPARE(window.state()->articles.size(), 4); // the last request wins, nothing is lost
}

void TestMainWindow::dropWhileOpeningListsEachFileOnce()
{
    // Found by the monkey: a folder dropped while its files were being opened listed them twice.
    QTemporaryDir dir;
    const QStringList paths = copySample(dir);
    MainWindow window;
    window.show();
    window.openFiles(paths.mid(0, 2));
    drop(window, filesMime({dir.path()}));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy() && window.state(), 30000);
    QCOMPARE(window.sourceModel()->rowCount(), 4);
    QCOMPARE(window.state()->articles.size(), 4);
}

void TestMainWindow::pasteWhileOpeningIsKept()
{
    QTemporaryDir dir;
    const QStringList paths = copySample(dir);
    MainWindow window;
    window.show();
    QSignalSpy finished(&window, &MainWindow::comparisonFinished);
    window.openFiles(paths);
    window.addText(QStringLiteral("Pasted meanwhile\n\nThe bridge reopened, the council said."),
                   ArticleLoader::Format::PlainText);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy() && window.state(), 30000);
    QCOMPARE(window.sourceModel()->rowCount(), 5);
    QCOMPARE(window.sourceModel()->name(4), QStringLiteral("Pasted meanwhile"));
}

void TestMainWindow::synopsisHasAColumnPerSource()
{
    MainWindow window;
    window.show();
    QVERIFY(load(window, MainWindow::sampleStoryPaths()));
    SynopsisModel *model = window.synopsisModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->columnCount(), 4);
    QVERIFY(model->rowCount() >= window.state()->comparison.units.size());
    auto *view = window.findChild<SynopsisView *>(QStringLiteral("synopsis"));
    QVERIFY(view);
    QCOMPARE(view->horizontalHeader()->count(), 4);
}

void TestMainWindow::nextAndPreviousDifference()
{
    MainWindow window;
    window.show();
    QVERIFY(load(window, MainWindow::sampleStoryPaths()));
    auto *view = window.findChild<SynopsisView *>(QStringLiteral("synopsis"));
    SynopsisModel *model = window.synopsisModel();
    QVERIFY(!view->currentIndex().isValid());
    QTest::keyClick(&window, Qt::Key_F7);
    const int first = view->currentIndex().row();
    QVERIFY(first >= 0);
    QVERIFY(model->rowHasDifference(first));
    for (int row = 0; row < first; ++row)
        QVERIFY(!model->rowHasDifference(row));
    QTest::keyClick(&window, Qt::Key_F7);
    const int second = view->currentIndex().row();
    QVERIFY(second > first);
    QVERIFY(model->rowHasDifference(second));
    QTest::keyClick(&window, Qt::Key_F7, Qt::ShiftModifier);
    QCOMPARE(view->currentIndex().row(), first);
    QTest::keyClick(&window, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(view->currentIndex().row(), second);
    // Next added detail lands on a row with an addition.
    QTest::keyClick(&window, Qt::Key_F8);
    QVERIFY(model->rowHasAddition(view->currentIndex().row()));
}

void TestMainWindow::docksGiveWayToTheComparison()
{
    // Narrowed to 800 px, the docks take at most about a third of the window (less at 1024 px,
    // where the comparison keeps its readable minimum); widened again, they come back to the width
    // they had.
    MainWindow window;
    window.resize(1500, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(load(window, MainWindow::sampleStoryPaths()));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("sourcesDock"));
    QVERIFY(dock);
    QTRY_VERIFY(dock->width() > 300);
    const int wide = dock->width();
    window.resize(800, 700);
    QTRY_VERIFY2(dock->width() <= 0.36 * window.width(),
                 qPrintable(QString::number(dock->width())));
    // At 1024 px the comparison keeps about four readable columns: the docks take less than
    // their third.
    window.resize(1024, 700);
    QTRY_VERIFY2(window.width() - dock->width() >=
                         DockFitter::kComparisonChars * window.fontMetrics().averageCharWidth() ||
                     dock->width() <= dock->minimumSizeHint().width(),
                 qPrintable(QString::number(dock->width())));
    QVERIFY2(dock->width() < 0.3 * window.width(), qPrintable(QString::number(dock->width())));
    window.resize(1500, 800);
    QTRY_VERIFY2(
        std::abs(dock->width() - wide) <= 8,
        qPrintable(
            QStringLiteral("%1 of %2, was %3").arg(dock->width()).arg(window.width()).arg(wide)));
}

void TestMainWindow::zoomOutFitsMoreColumns()
{
    // At 1024x700 not every column of the sample fits; Ctrl+minus makes the text smaller and the
    // columns narrower, so more of them show; Ctrl+0 goes back; the zoom is kept for next time.
    // Compact columns fit more at the same text size.
    auto fullyVisibleColumns = [](SynopsisView *view) {
        int count = 0;
        for (int c = 0; c < view->model()->columnCount(); ++c) {
            const int left = view->columnViewportPosition(c);
            count += left >= 0 && left + view->columnWidth(c) <= view->viewport()->width();
        }
        return count;
    };
    int before = 0;
    {
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(load(window, MainWindow::sampleStoryPaths()));
        auto *view = window.findChild<SynopsisView *>(QStringLiteral("synopsis"));
        QVERIFY(view);
        before = fullyVisibleColumns(view);
        QVERIFY2(before < view->model()->columnCount(), qPrintable(QString::number(before)));
        const qreal size = view->font().pointSizeF();
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(view->font().pointSizeF() < size);
        QTRY_VERIFY(fullyVisibleColumns(view) > before);
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(view->font().pointSizeF(), size);
        QCOMPARE(fullyVisibleColumns(view), before);
        // Compact columns (Ctrl+Shift+M) fit them all at the same text size, and back.
        QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(view->isCompact());
        QCOMPARE(view->font().pointSizeF(), size);
        QTRY_COMPARE(fullyVisibleColumns(view), view->model()->columnCount());
        QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!view->isCompact());
        QTRY_COMPARE(fullyVisibleColumns(view), before);
        QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
        window.close(); // settings are written
    }
    MainWindow again;
    auto *view = again.findChild<SynopsisView *>(QStringLiteral("synopsis"));
    QVERIFY(view->font().pointSizeF() < QApplication::font().pointSizeF());
}

void TestMainWindow::navigationLandsOnTheCell()
{
    // Narrow enough that the columns scroll sideways: F7 and F8 select the cell that carries the
    // difference or the addition, never an empty one, and bring it into view.
    MainWindow window;
    window.resize(700, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(load(window, MainWindow::sampleStoryPaths()));
    auto *view = window.findChild<SynopsisView *>(QStringLiteral("synopsis"));
    SynopsisModel *model = window.synopsisModel();
    auto visible = [&](const QModelIndex &cell) {
        return view->viewport()->rect().intersects(view->visualRect(cell));
    };
    int additions = 0;
    for (int step = 0; step < 15; ++step) {
        QTest::keyClick(&window, Qt::Key_F8);
        const QModelIndex cell = view->currentIndex();
        QVERIFY(cell.isValid());
        QVERIFY2(model->additionColumn(cell.row(), cell.column()) == cell.column(),
                 qPrintable(QStringLiteral("row %1 column %2").arg(cell.row()).arg(cell.column())));
        QVERIFY(visible(cell));
        ++additions;
    }
    QVERIFY(additions > 0);
    view->setCurrentIndex(QModelIndex());
    for (int step = 0; step < 10; ++step) {
        QTest::keyClick(&window, Qt::Key_F7);
        const QModelIndex cell = view->currentIndex();
        QVERIFY(!cell.data().toString().isEmpty());
        QVERIFY(visible(cell));
    }
    // Up and Down in Who Added What move the synopsis with the selection.
    auto *details = window.findChild<DetailsPanel *>(QStringLiteral("details"));
    QTreeWidget *list = details->additionsTree();
    QTreeWidgetItem *source = nullptr;
    for (int i = 0; i < list->topLevelItemCount() && !source; ++i) {
        if (list->topLevelItem(i)->childCount() > 1)
            source = list->topLevelItem(i);
    }
    QVERIFY(source);
    list->expandItem(source);
    list->setFocus();
    list->setCurrentItem(source->child(0));
    const QModelIndex first = view->currentIndex();
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentItem(), source->child(1));
    QVERIFY(view->currentIndex() != first);
    QVERIFY(visible(view->currentIndex()));
    // So do they in the row's list of sources and in its time order: on a row all four carry,
    // each step down lands on the next source's cell of that row, in view.
    int shared = -1;
    for (int row = 0; row < model->rowCount() && shared < 0; ++row) {
        bool all = true;
        for (int column = 0; column < model->columnCount(); ++column)
            all = all && !model->index(row, column).data().toString().isEmpty();
        if (all)
            shared = row;
    }
    QVERIFY(shared >= 0);
    view->setCurrentIndex(model->index(shared, 0));
    for (QTreeWidget *sources : {static_cast<QTreeWidget *>(details->unitTree()),
                                 static_cast<QTreeWidget *>(details->timeline())}) {
        QTRY_COMPARE(sources->topLevelItemCount(), model->columnCount());
        sources->setFocus();
        sources->setCurrentItem(nullptr);
        QTest::keyClick(sources, Qt::Key_Home);
        QCOMPARE(sources->currentItem(), sources->topLevelItem(0));
        QCoreApplication::processEvents(); // the list's queued move
        QCOMPARE(sources->currentItem(), sources->topLevelItem(0));
        QSet<int> columns{view->currentIndex().column()};
        for (int step = 1; step < model->columnCount(); ++step) {
            QTest::keyClick(sources, Qt::Key_Down);
            QCOMPARE(sources->currentItem(), sources->topLevelItem(step));
            QTRY_VERIFY(!columns.contains(view->currentIndex().column()));
            QCOMPARE(sources->currentItem(), sources->topLevelItem(step));
            QCOMPARE(view->currentIndex().row(), shared);
            QVERIFY(visible(view->currentIndex()));
            columns.insert(view->currentIndex().column());
        }
        QCOMPARE(columns.size(), model->columnCount());
    }
}

void TestMainWindow::findCountsHitsPerSource()
{
    MainWindow window;
    window.show();
    QVERIFY(load(window, MainWindow::sampleStoryPaths()));
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    auto *bar = window.findChild<QWidget *>(QStringLiteral("findBar"));
    QVERIFY(bar->isVisible());
    const int hits = window.find(QStringLiteral("Orsak"));
    QVERIFY(hits >= 1);
    QVERIFY(window.findSummary().contains(window.sourceModel()->name(1) + QStringLiteral(": ")));
    auto *view = window.findChild<SynopsisView *>(QStringLiteral("synopsis"));
    QVERIFY(view->currentIndex().data().toString().contains(QStringLiteral("Orsak")));

    // The word is marked where it is, in every cell that holds it, and nowhere else.
    SynopsisModel *model = window.synopsisModel();
    const QString cellText = view->currentIndex().data().toString();
    const auto found =
        view->currentIndex().data(SynopsisModel::FoundRole).value<QList<HighlightSpan>>();
    QCOMPARE(found.size(), cellText.count(QStringLiteral("Orsak")));
    QCOMPARE(cellText.mid(found.first().start, found.first().end - found.first().start),
             QStringLiteral("Orsak"));
    QVERIFY(
        model->index(0, 0).data(SynopsisModel::FoundRole).value<QList<HighlightSpan>>().isEmpty());

    // The list of hits: a section per source that has some, a hit per entry; choosing one goes
    // there.
    auto *findBar = window.findChild<FindBar *>(QStringLiteral("findBar"));
    QVERIFY(findBar);
    QMenu *menu = findBar->hitsMenu();
    Q_EMIT menu->aboutToShow();
    int sections = 0, entries = 0;
    QAction *last = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->isSeparator()) {
            ++sections;
        } else if (a->isEnabled()) {
            ++entries;
            last = a;
        }
    }
    QVERIFY(sections >= 1);
    QCOMPARE(entries, hits);
    QVERIFY(last->text().contains(QStringLiteral("Orsak")));
    view->setCurrentIndex(model->index(0, 0));
    last->trigger();
    QVERIFY(view->currentIndex().data().toString().contains(QStringLiteral("Orsak")));

    // Each entry shows whole words around the hit, an ellipsis where text is left out (a word
    // found in the middle of long sentences).
    QVERIFY(window.find(QStringLiteral("bridge")) > 20);
    Q_EMIT menu->aboutToShow();
    QSet<QString> words;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            for (const QString &w : model->index(row, column).data().toString().split(u' '))
                words.insert(w.simplified());
        }
    }
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || !a->isEnabled())
            continue;
        const QString excerpt = a->text()
                                    .section(QStringLiteral(": "), 1)
                                    .remove(QChar(0x2026))
                                    .replace(QStringLiteral("&&"), QStringLiteral("&"));
        for (const QString &w : excerpt.split(u' ', Qt::SkipEmptyParts))
            QVERIFY2(words.contains(w), qPrintable(a->text()));
    }

    QCOMPARE(window.find(QStringLiteral("no such words anywhere")), 0);
    QVERIFY(view->currentIndex()
                .data(SynopsisModel::FoundRole)
                .value<QList<HighlightSpan>>()
                .isEmpty());
    // Closing Find takes the marks away.
    window.find(QStringLiteral("Orsak"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(model->findText().isEmpty());
}

void TestMainWindow::findKeepsTheWindowWidth()
{
    // Thirty sources with long titles: the per-source summary is elided, not laid out whole.
    QTemporaryDir dir;
    const QString body =
        Test::readUtf8(MainWindow::sampleStoryPaths().constFirst()).section(u'\n', 1);
    QStringList paths;
    for (int i = 1; i <= 30; ++i) {
        const QString path = dir.filePath(QStringLiteral("copy-%1.txt").arg(i));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Copy %1 of a long headline on the Lantern Bridge reopening "
                                  "after months of repairs in Kelmsby\n")
                       .arg(i)
                       .toUtf8() +
                   body.toUtf8());
        paths.append(path);
    }
    MainWindow window;
    window.resize(1200, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(load(window, paths));
    const int width = window.width();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    auto *bar = window.findChild<FindBar *>(QStringLiteral("findBar"));
    QVERIFY(bar->isVisible());
    QVERIFY(window.find(QStringLiteral("bridge")) > 30);
    QCoreApplication::processEvents();
    QCOMPARE(window.width(), width);
    auto *summary = bar->findChild<ElidedLabel *>();
    QVERIFY(summary->shownText().size() < summary->text().size());
    QCOMPARE(QTextDocumentFragment::fromHtml(summary->toolTip()).toPlainText(), summary->text());
    // Esc closes the bar and gives the keys back to the synopsis.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
}

void TestMainWindow::hidingAndBaseRealign()
{
    MainWindow window;
    window.show();
    QVERIFY(load(window, MainWindow::sampleStoryPaths()));
    SourceListModel *sources = window.sourceModel();
    sources->setHidden(1, true);
    QVERIFY(compared(window));
    QCOMPARE(window.state()->articles.size(), 3);
    QCOMPARE(window.synopsisModel()->columnCount(), 3);
    sources->setBaseRow(3);
    QVERIFY(compared(window));
    QCOMPARE(window.state()->comparison.base, 2); // the fourth source, third of those shown
    QVERIFY(window.synopsisModel()
                ->headerData(2, Qt::Horizontal)
                .toString()
                .contains(QStringLiteral("(base)")));
    window.setThreshold(0.7);
    QVERIFY(compared(window));
    QCOMPARE(window.threshold(), 0.7);
}

void TestMainWindow::baseGivenWithTheFiles()
{
    QTemporaryDir dir;
    const QStringList paths = copySample(dir);
    MainWindow window;
    window.show();
    QSignalSpy finished(&window, &MainWindow::comparisonFinished);
    window.openFiles(paths, paths.at(2)); // parallax --base FILE FILE...
    QVERIFY(finished.wait(30000));
    QCOMPARE(window.sourceModel()->baseRow(), 2);
    QCOMPARE(window.state()->comparison.base, 2);
}

void TestMainWindow::settingsRoundTrip()
{
    ViewOptions options;
    options.highlight = ViewOptions::Highlight::AllChanges;
    options.relativeToBase = true;
    options.showFurniture = false;
    options.diff.ignorePunctuation = true;
    options.diff.ignoreSpellingVariants = true;
    {
        MainWindow window;
        window.show();
        window.setViewOptions(options);
        window.setThreshold(0.6);
        window.resize(900, 640);
        window.close();
    }
    MainWindow again;
    QVERIFY(again.viewOptions() == options);
    QCOMPARE(again.threshold(), 0.6);
    QCOMPARE(again.size(), QSize(900, 640));
}

void TestMainWindow::fileNamesAreNeverMarkup()
{
    QTemporaryDir dir;
    const QString odd = dir.filePath(QStringLiteral("<u>empty</u>.txt"));
    QFile(odd).open(QIODevice::WriteOnly); // empty: cannot be read
    MainWindow window;
    window.show();
    QSignalSpy read(&window, &MainWindow::loadFinished);
    window.openFiles(QStringList{odd} + MainWindow::sampleStoryPaths());
    QVERIFY(read.wait(30000));
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("loadErrors"));
    QVERIFY(box);
    for (QLabel *label : box->findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("<u>")))
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }
    // Text dropped as HTML is named after its text, never after its markup.
    window.addText(QStringLiteral("<meta charset=\"utf-8\"><p>Ferry &lt;service&gt; resumes on "
                                  "Friday after the strike.</p><p>The operator confirmed it.</p>"),
                   ArticleLoader::Format::Html);
    const QString name = window.sourceModel()->name(window.sourceModel()->rowCount() - 1);
    QVERIFY2(name.startsWith(QStringLiteral("Ferry <service> resumes")), qPrintable(name));
}

void TestMainWindow::pairViewNeverShowsOneSourceTwice()
{
    MainWindow window;
    window.show();
    QVERIFY(load(window, MainWindow::sampleStoryPaths()));
    auto *pair = window.findChild<PairView *>(QStringLiteral("pairView"));
    QVERIFY(pair);
    pair->setSources(3, 0);
    window.sourceModel()->removeSource(3);
    QVERIFY(compared(window));
    QVERIFY(pair->leftSource() >= 0 && pair->rightSource() >= 0);
    QVERIFY(pair->leftSource() != pair->rightSource());
}

void TestMainWindow::seedsShowWhoAddedWhat()
{
    const QStringList seeds = Test::seedPaths();
    if (seeds.size() < 5)
        QSKIP("../shared/seeds is absent");
    MainWindow window;
    window.show();
    QSignalSpy finished(&window, &MainWindow::comparisonFinished);
    drop(window, filesMime(seeds));
    QVERIFY(finished.wait(30000));
    auto *details = window.findChild<DetailsPanel *>(QStringLiteral("details"));
    QVERIFY(details);
    QTreeWidget *tree = details->additionsTree();
    QCOMPARE(tree->topLevelItemCount(), 5);
    QString added004;
    for (int i = 0; i < tree->topLevelItem(4)->childCount(); ++i)
        added004 += tree->topLevelItem(4)->child(i)->text(0) + u'\n';
    QVERIFY(added004.contains(QStringLiteral("Macron")));
    QVERIFY(added004.contains(QStringLiteral("Grynkewich")));
    // Clicking an addition jumps to its row in the synopsis.
    auto *view = window.findChild<SynopsisView *>(QStringLiteral("synopsis"));
    QTreeWidgetItem *item = tree->topLevelItem(4)->child(0);
    tree->setCurrentItem(item);
    Q_EMIT tree->itemActivated(item, 0);
    QVERIFY(view->currentIndex().isValid());
    QCOMPARE(view->currentIndex().column(), 4);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
