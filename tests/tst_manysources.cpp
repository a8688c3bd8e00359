#include "comparison.h"
#include "editedcopies.h"
#include "mainwindow.h"
#include "pairview.h"
#include "synopsismodel.h"
#include "synopsisview.h"
#include "testutil.h"
#include "windowutil.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace Parallax;
using namespace Parallax::Test;

// Many sources and sources added: the links between any two of them, the pair view of two among
// twenty, a sixth article dropped on five, a fourth added to a narrow window.
class TestManySources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linksBetweenEveryPairOfSources();
    void pairViewMatchesAmongManySources();
    void droppedSixthSentencesInOneRow();
    void addedSourceIsShownAndSummed();
};

void TestManySources::linksBetweenEveryPairOfSources()
{
    // With 30 sources the units are large and `links` ties their members to representatives
    // only; linksBetween() still gives every two sources a link for each pair of their sentences
    // that share a unit, and no link between sentences of different units.
    QTemporaryDir dir;
    const QList<Article> articles =
        ArticleLoader::loadAll(writeEditedCopies(dir.path(), 30, 7)).articles;
    QCOMPARE(articles.size(), 30);
    const Comparison c = compare(articles);
    QHash<qsizetype, qsizetype> unitOf;
    qsizetype largest = 0;
    for (qsizetype u = 0; u < c.units.size(); ++u) {
        largest = std::max(largest, c.units.at(u).segments.size());
        for (qsizetype segment : c.units.at(u).segments)
            unitOf.insert(segment, u);
    }
    QVERIFY2(largest > 16, "no unit large enough to be linked through representatives");
    for (qsizetype x = 0; x < articles.size(); ++x) {
        for (qsizetype y = x + 1; y < articles.size(); ++y) {
            QSet<std::pair<qsizetype, qsizetype>> linked;
            for (const Link &link : c.linksBetween(x, y)) {
                QVERIFY(link.a < link.b);
                const std::pair ends{c.sourceOf(link.a), c.sourceOf(link.b)};
                QVERIFY(ends == std::pair(x, y) || ends == std::pair(y, x));
                QCOMPARE(unitOf.value(link.a, -1), unitOf.value(link.b, -2));
                QVERIFY(link.score > 0 && link.score <= 1);
                linked.insert({link.a, link.b});
            }
            for (const Unit &unit : c.units) {
                for (qsizetype a : unit.segments) {
                    for (qsizetype b : unit.segments) {
                        if (a < b && ((c.sourceOf(a) == x && c.sourceOf(b) == y) ||
                                      (c.sourceOf(a) == y && c.sourceOf(b) == x)))
                            QVERIFY2(linked.contains({a, b}),
                                     qPrintable(QStringLiteral("%1-%2").arg(a).arg(b)));
                    }
                }
            }
        }
    }
}

void TestManySources::pairViewMatchesAmongManySources()
{
    // Twenty versions of the sample's wire, each with a closing sentence of its own: the units
    // are too large to link every member with every other, yet the pair view of two versions
    // matches every shared sentence and joins each pair with a band.
    QTemporaryDir dir;
    QFile wire(MainWindow::sampleStoryPaths().at(0));
    QVERIFY(wire.open(QIODevice::ReadOnly));
    const QByteArray text = wire.readAll();
    const QStringList places{QStringLiteral("Arden"),  QStringLiteral("Brill"),
                             QStringLiteral("Corvo"),  QStringLiteral("Delft"),
                             QStringLiteral("Eskel"),  QStringLiteral("Falun"),
                             QStringLiteral("Gorse"),  QStringLiteral("Hythe"),
                             QStringLiteral("Ilkley"), QStringLiteral("Jarrow")};
    QStringList paths;
    for (int k = 0; k < 20; ++k) {
        const QString path =
            dir.filePath(QStringLiteral("version-%1.txt").arg(k, 2, 10, QChar(u'0')));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
        out.write(QStringLiteral("\n\nVolunteers from %1 counted %2 visitors by evening.\n")
                      .arg(places.at(k % places.size()))
                      .arg(100 + 7 * k)
                      .toUtf8());
        paths.append(path);
    }
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(load(window, paths));
    auto *pair = window.findChild<PairView *>(QStringLiteral("pairView"));
    QVERIFY(pair);
    pair->setSources(5, 13);
    QTRY_VERIFY(!pair->verdict().isEmpty());
    static const QRegularExpression counts(
        QStringLiteral("left: (\\d+) of (\\d+) sentences matched on the right"));
    const QRegularExpressionMatch m = counts.match(pair->verdict());
    QVERIFY2(m.hasMatch(), qPrintable(pair->verdict()));
    const int story = m.captured(2).toInt();
    QVERIFY(story > 10);
    // All but the closing sentence of each.
    QVERIFY2(m.captured(1).toInt() >= story - 1, qPrintable(pair->verdict()));
    QVERIFY2(pair->connectors().size() >= story - 1,
             qPrintable(QString::number(pair->connectors().size())));
}

void TestManySources::droppedSixthSentencesInOneRow()
{
    // The five seeds in the window, then a sixth article dropped on it: every sentence of all six
    // is shown in exactly one row of the synopsis, so nothing looks repeated.
    const QStringList seeds = Test::seedPaths();
    if (seeds.size() < 5)
        QSKIP("../shared/seeds is absent");
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window, &MainWindow::comparisonFinished);
    drop(window, filesMime(seeds));
    QVERIFY(finished.wait(30000));
    drop(window, filesMime({MainWindow::sampleStoryPaths().at(0)}));
    QVERIFY(finished.wait(30000));
    SynopsisModel *model = window.synopsisModel();
    QCOMPARE(model->columnCount(), 6);
    qsizetype shown = 0;
    const QString twice = Test::segmentInTwoRows(*model, &shown);
    QVERIFY2(twice.isEmpty(), qPrintable(twice));
    QVERIFY(shown > 100);
}

void TestManySources::addedSourceIsShownAndSummed()
{
    // Narrow: the columns scroll sideways. A source added to three is brought into view, and the
    // status bar says what it brought.
    MainWindow window;
    window.resize(600, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList sample = MainWindow::sampleStoryPaths();
    QVERIFY(load(window, sample.mid(0, 3)));
    auto *view = window.findChild<SynopsisView *>(QStringLiteral("synopsis"));
    QVERIFY(view);
    view->setCurrentIndex(view->model()->index(0, 0));
    view->scrollTo(view->model()->index(0, 0));
    QSignalSpy finished(&window, &MainWindow::comparisonFinished);
    window.addFiles({sample.at(3)});
    QVERIFY(finished.wait(30000));
    QCOMPARE(view->model()->columnCount(), 4);
    const int column = 3;
    QTRY_VERIFY(
        window.statusBar()->currentMessage().startsWith(QStringLiteral("1 source added: ")));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("new detail")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(view->viewport()->rect().intersects(
        view->visualRect(view->model()->index(std::max(0, view->currentIndex().row()), column))));
    QVERIFY(!view->viewport()->rect().intersects(view->visualRect(view->model()->index(0, 0))));
    // Open replaces the sources: a set of four opened over two is new, not two sources added.
    QVERIFY(load(window, sample.mid(0, 2)));
    window.statusBar()->clearMessage();
    QVERIFY(load(window, sample));
    QCOMPARE(view->model()->columnCount(), 4);
    QTest::qWait(100); // the message would come after the views took the comparison
    QVERIFY2(!window.statusBar()->currentMessage().contains(QStringLiteral(" added: ")),
             qPrintable(window.statusBar()->currentMessage()));
}

QTEST_MAIN(TestManySources)
#include "tst_manysources.moc"
