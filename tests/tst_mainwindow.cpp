#include "articleview.h"
#include "mainwindow.h"
#include "sourcelistmodel.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Parallax;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensSampleStory();
    void reportsUnreadableFilesAndLoadsTheRest();
    void showsArticleTextAsPlainText();

private:
    static bool load(MainWindow &window, const QStringList &paths);
};

bool TestMainWindow::load(MainWindow &window, const QStringList &paths)
{
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    window.openFiles(paths);
    return finished.wait(30000);
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
    auto *list = window.findChild<QTreeView *>();
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
    QVERIFY(load(window, QStringList{missing} + MainWindow::sampleStoryPaths()));
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
    QCOMPARE(window.sourceModel()->index(0, SourceListModel::TitleColumn).data().toString(),
             QStringLiteral("A <b> headline with markup"));
    auto *view = window.findChild<ArticleView *>();
    QVERIFY(view->toPlainText().contains(QLatin1String("<img src=x onerror=alert(1)>")));
    QVERIFY(view->toPlainText().contains(QLatin1String("<a href=\"x\">")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
