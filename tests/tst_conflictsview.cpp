#include "conflictspanel.h"
#include "mainwindow.h"
#include "pairview.h"
#include "quotationspanel.h"
#include "sourcecolors.h"
#include "sourcematrix.h"
#include "synopsismodel.h"
#include "synopsisview.h"
#include "testutil.h"
#include "windowutil.h"

#include <QDockWidget>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Parallax;
using namespace Parallax::Test;

// The fact-checker's findings in the window: where sources contradict each other.
class TestConflictsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void conflictsPanelRowMarkAndNavigation();
    void noConflictsSaysSo();
    void quotationsPanelListsAlteredQuote();
    void relationsMatrixOpensThePair();

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_dir;
};

void TestConflictsView::initTestCase()
{
    Test::isolateSettings(m_settings, QStringLiteral("tst_conflictsview"));
    QSettings().clear();
}

void TestConflictsView::conflictsPanelRowMarkAndNavigation()
{
    // The sample wire, and a copy of it that changes one figure (14 -> 15).
    const QString wire = Test::samplePaths().at(0);
    const QString copyPath = m_dir.filePath(QStringLiteral("copy-with-15.txt"));
    QFile copy(copyPath);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    const QString text = Test::readUtf8(wire);
    QVERIFY(text.contains(QStringLiteral("replaced 14 of")));
    copy.write(QString(text)
                   .replace(QStringLiteral("replaced 14 of"), QStringLiteral("replaced 15 of"))
                   .toUtf8());
    copy.close();

    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(load(window, {wire, copyPath}));

    // The panel: one conflict, both values, each with its source.
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("conflictsDock"));
    QVERIFY(dock);
    auto *panel = window.findChild<ConflictsPanel *>(QStringLiteral("conflicts"));
    QVERIFY(panel);
    QTreeWidget *tree = panel->tree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *conflict = tree->topLevelItem(0);
    QVERIFY2(conflict->text(0).contains(QStringLiteral("14 / 15")), qPrintable(conflict->text(0)));
    QCOMPARE(conflict->childCount(), 2);
    QTreeWidgetItem *fifteen = nullptr;
    for (int i = 0; i < conflict->childCount(); ++i) {
        if (conflict->child(i)->text(0).startsWith(QStringLiteral("15")))
            fifteen = conflict->child(i);
    }
    QVERIFY(fifteen);
    QVERIFY2(fifteen->text(0).contains(QStringLiteral("copy-with-15")),
             qPrintable(fifteen->text(0)));

    // The row carries a mark, and its tooltip names both values.
    SynopsisModel *model = window.synopsisModel();
    auto *view = window.findChild<SynopsisView *>(QStringLiteral("synopsis"));
    QVERIFY(view);
    int conflictRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString label = model->headerData(row, Qt::Vertical).toString();
        if (model->rowHasConflict(row)) {
            QVERIFY2(label.contains(QStringLiteral("≠")), qPrintable(label));
            QVERIFY(model->headerData(row, Qt::Vertical, Qt::ToolTipRole)
                        .toString()
                        .contains(QStringLiteral("14 (")));
            conflictRow = row;
        } else {
            QVERIFY2(!label.contains(QStringLiteral("≠")), qPrintable(label));
        }
    }
    QVERIFY(conflictRow >= 0);
    QVERIFY2(conflict->text(0).contains(QStringLiteral("Row %1").arg(
                 model->headerData(conflictRow, Qt::Vertical).toString().section(u' ', 0, 0))),
             qPrintable(conflict->text(0)));

    // F9 goes to the row, on the cell whose value differs from the base's.
    view->setCurrentIndex(QModelIndex());
    QTest::keyClick(&window, Qt::Key_F9);
    QModelIndex cell = view->currentIndex();
    QCOMPARE(cell.row(), conflictRow);
    QVERIFY2(!model->headerData(cell.column(), Qt::Horizontal)
                  .toString()
                  .contains(QStringLiteral("(base)")),
             qPrintable(model->headerData(cell.column(), Qt::Horizontal).toString()));
    QVERIFY2(cell.data().toString().contains(QStringLiteral("replaced 1")),
             qPrintable(cell.data().toString()));
    // No further conflict below; Shift+F9 comes back to it.
    QTest::keyClick(&window, Qt::Key_F9);
    QCOMPARE(view->currentIndex().row(), conflictRow);
    view->setCurrentIndex(model->index(model->rowCount() - 1, 0));
    QTest::keyClick(&window, Qt::Key_F9, Qt::ShiftModifier);
    QCOMPARE(view->currentIndex().row(), conflictRow);

    // Clicking a value shows the sentence of a source that states it.
    view->setCurrentIndex(model->index(0, 0));
    tree->setCurrentItem(fifteen);
    cell = view->currentIndex();
    QCOMPARE(cell.row(), conflictRow);
    QVERIFY2(cell.data().toString().contains(QStringLiteral("replaced 15 of")),
             qPrintable(cell.data().toString()));
}

void TestConflictsView::noConflictsSaysSo()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(load(window, {Test::samplePaths().at(0), Test::samplePaths().at(2)}));
    auto *panel = window.findChild<ConflictsPanel *>(QStringLiteral("conflicts"));
    QVERIFY(panel);
    QCOMPARE(panel->tree()->topLevelItemCount(), 0);
    QTest::keyClick(&window, Qt::Key_F9);
    auto *view = window.findChild<SynopsisView *>(QStringLiteral("synopsis"));
    QVERIFY(!view->currentIndex().isValid() ||
            !window.synopsisModel()->rowHasConflict(view->currentIndex().row()));
    // Not "no more": there are none at all.
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("No conflicts found."));
}

// The Relations tab on the seeds, opened in two orders: 002 shares all of its units with 000 and
// is labelled its rewording (bold); no other pair is; the figures follow the sources, not the
// order; a click on a cell opens that pair in the Pair tab.
void TestConflictsView::relationsMatrixOpensThePair()
{
    const QStringList seeds = Test::seedPaths();
    if (seeds.size() < 5)
        QSKIP("../shared/seeds is absent");
    QHash<QString, double> first; // "row file|column file" -> share
    for (const QStringList &paths :
         {seeds, QStringList{seeds.at(4), seeds.at(2), seeds.at(0), seeds.at(3), seeds.at(1)}}) {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(load(window, paths));
        auto *matrix = window.findChild<SourceMatrixView *>(QStringLiteral("sourceMatrix"));
        QVERIFY(matrix);
        auto *tabs = qobject_cast<QTabWidget *>(matrix->parentWidget()->parentWidget());
        QVERIFY(tabs);
        tabs->setCurrentWidget(matrix);
        const SourceMatrixModel *model = matrix->model();
        const ComparisonStatePtr state = window.state();
        QCOMPARE(model->rowCount(), 5);
        auto fileOf = [&](int s) { return QFileInfo(state->articles.at(s).path).fileName(); };
        int a000 = -1, a002 = -1;
        for (int s = 0; s < 5; ++s) {
            if (fileOf(s).startsWith(QLatin1String("000")))
                a000 = s;
            if (fileOf(s).startsWith(QLatin1String("002")))
                a002 = s;
        }
        QVERIFY(a000 >= 0 && a002 >= 0);
        int derived = 0;
        for (int r = 0; r < 5; ++r) {
            for (int c = 0; c < 5; ++c) {
                const QModelIndex cell = model->index(r, c);
                const double share = cell.data(SourceMatrixModel::CoverageRole).toDouble();
                const QString key = fileOf(r) + u'|' + fileOf(c);
                if (first.contains(key))
                    QCOMPARE(share, first.value(key));
                first.insert(key, share);
                if (cell.data(Qt::FontRole).value<QFont>().bold())
                    ++derived;
                // Every share reads well on its colour (WCAG 2 AA: a contrast of 4.5).
                if (r != c) {
                    const double ratio =
                        contrastRatio(cell.data(Qt::ForegroundRole).value<QColor>(),
                                      cell.data(Qt::BackgroundRole).value<QColor>());
                    QVERIFY2(ratio >= 4.5, qPrintable(key + QString::number(ratio)));
                }
            }
        }
        QCOMPARE(derived, 1);
        const QModelIndex rewording = model->index(a002, a000);
        QVERIFY(rewording.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(rewording.data(SourceMatrixModel::CoverageRole).toDouble() >= 0.8);
        QVERIFY(rewording.data(Qt::ToolTipRole).toString().contains(QStringLiteral("rewording")));

        // A click on the cell opens the pair: 002 on the left, 000 on the right.
        QTableView *table = matrix->table();
        const QRect rect = table->visualRect(rewording);
        QVERIFY(rect.isValid());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        auto *pair = window.findChild<PairView *>(QStringLiteral("pairView"));
        QTRY_COMPARE(tabs->currentWidget(), static_cast<QWidget *>(pair));
        QCOMPARE(pair->leftSource(), qsizetype(a002));
        QCOMPARE(pair->rightSource(), qsizetype(a000));
    }
}

QTEST_MAIN(TestConflictsView)
// A copy of the wire that changes the words of one quotation: the Quotations tab lists it as
// altered, with both wordings and their sources, and a click shows the changed sentence.
void TestConflictsView::quotationsPanelListsAlteredQuote()
{
    const QString wire = Test::samplePaths().at(0);
    const QString text = Test::readUtf8(wire);
    const QString original = QStringLiteral("probably within our lifetimes");
    QVERIFY(text.contains(original));
    const QString copyPath = m_dir.filePath(QStringLiteral("copy-with-quote.txt"));
    QFile copy(copyPath);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(QString(text)
                   .replace(original, QStringLiteral("surely within our own lifetimes"))
                   .toUtf8());
    copy.close();

    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(load(window, {wire, copyPath}));
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("quotationsDock")));
    auto *panel = window.findChild<QuotationsPanel *>(QStringLiteral("quotations"));
    QVERIFY(panel);
    QTreeWidget *tree = panel->tree();
    QTreeWidgetItem *altered = nullptr;
    int changed = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = tree->topLevelItem(i);
        if (item->text(0).contains(QStringLiteral("altered quotation"))) {
            altered = item;
            ++changed;
        }
        QVERIFY2(!item->text(0).contains(QStringLiteral("quoted in part")),
                 qPrintable(item->text(0)));
    }
    QCOMPARE(changed, 1);
    QCOMPARE(altered->childCount(), 2);
    QTreeWidgetItem *copied = nullptr;
    for (int i = 0; i < altered->childCount(); ++i) {
        if (altered->child(i)->text(0).contains(QStringLiteral("surely within our own lifetimes")))
            copied = altered->child(i);
    }
    QVERIFY(copied);
    QVERIFY2(copied->text(0).contains(QStringLiteral("copy-with-quote")),
             qPrintable(copied->text(0)));
    // The row number it names is the synopsis row that holds the quotation.
    SynopsisModel *model = window.synopsisModel();
    auto *view = window.findChild<SynopsisView *>(QStringLiteral("synopsis"));
    QVERIFY(view);
    view->setCurrentIndex(model->index(0, 0));
    tree->setCurrentItem(copied);
    const QModelIndex cell = view->currentIndex();
    QVERIFY2(cell.data().toString().contains(QStringLiteral("surely within our own lifetimes")),
             qPrintable(cell.data().toString()));
    const QString row = model->headerData(cell.row(), Qt::Vertical).toString().section(u' ', 0, 0);
    QVERIFY2(altered->text(0).startsWith(QStringLiteral("Row %1 ").arg(row)),
             qPrintable(altered->text(0)));
}

#include "tst_conflictsview.moc"
