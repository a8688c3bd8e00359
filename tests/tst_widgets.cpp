#include "articleloader.h"
#include "articleview.h"
#include "celllayout.h"
#include "consensusmodel.h"
#include "detailspanel.h"
#include "elidingcombobox.h"
#include "overviewstrip.h"
#include "pairview.h"
#include "sourcecolors.h"
#include "sourcelistmodel.h"
#include "stateutil.h"
#include "synopsismodel.h"
#include "synopsisutil.h"
#include "synopsisview.h"
#include "testutil.h"
#include "timelineview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QTreeWidget>

using namespace Parallax;
using Test::samplePaths;
using Test::stateFor;

// The views and their layout maths, without the main window.
class TestWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellHeightFollowsTextAndWidth();
    void rowsFitTheirTallestCell();
    void overviewGeometry();
    void connectorGeometry();
    void sourceColoursStayDistinct_data();
    void sourceColoursStayDistinct();
    void synopsisModel();
    void findingsComeAfterTheComparison();
    void synopsisHighlightModes();
    void eachSentenceInOneRow();
    void synopsisHidesFurniture();
    void sourceListModel();
    void timelineOrdersSourcesByDate();
    void sourcesSayWhoCopiedWhom();
    void sameTitlesAreToldApart();
    void pairViewHighlightsTheRightSpans();
    void pairViewShowsThePairsDifferencesByDefault();
    void pairViewBandsStandOutInLightAndDarkPalettes();
    void pairViewScrollsTogether();
    void pairViewElidesLongTitles();
    void overviewJumpsWhereClicked();
    void detailsListsEachSourcesAdditions();
    void detailsForTheSeeds();
    void detailsStayNarrowWithLongNames();
    void bigArticlesWaitUntilShown();
    void modelsTakeNoIndexQuietly();

private:
};

namespace {

QString highlighted(const QString &text, const QList<HighlightSpan> &spans)
{
    QStringList parts;
    for (const HighlightSpan &span : spans)
        parts.append(text.mid(span.start, span.end - span.start));
    return parts.join(u'|');
}

} // namespace

void TestWidgets::cellHeightFollowsTextAndWidth()
{
    const QFont font = QApplication::font();
    const QString shortText = QStringLiteral("A short line.");
    const QString longText = QStringLiteral("A much longer sentence that has to wrap onto several "
                                            "lines when the column is narrow, as prose does.");
    QCOMPARE(CellLayout::height(QString(), font, 300), CellLayout::kMinimumHeight);
    const int oneLine = CellLayout::height(shortText, font, 300);
    QVERIFY(CellLayout::height(longText, font, 300) > oneLine);
    QVERIFY(CellLayout::height(longText, font, 120) > CellLayout::height(longText, font, 300));
    QVERIFY(CellLayout::height(longText, font, 2000) == oneLine);
}

void TestWidgets::rowsFitTheirTallestCell()
{
    SynopsisModel model;
    model.setState(stateFor(samplePaths()));
    SynopsisView view;
    view.setModel(&model);
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.resizeRowsToContents();
    QStyleOptionViewItem option;
    option.initFrom(&view);
    for (int row = 0; row < model.rowCount(); ++row) {
        int tallest = 0;
        for (int column = 0; column < model.columnCount(); ++column) {
            // The view measures cells inside the grid lines.
            option.rect = QRect(0, 0, view.columnWidth(column) - (view.showGrid() ? 1 : 0), 0);
            tallest = std::max(
                tallest, view.itemDelegate()->sizeHint(option, model.index(row, column)).height());
        }
        // The grid line takes one pixel of the row.
        QCOMPARE(view.rowHeight(row), tallest + (view.showGrid() ? 1 : 0));
    }
}

void TestWidgets::overviewGeometry()
{
    OverviewGeometry g;
    g.rows = 10;
    g.columns = 4;
    g.area = QRectF(0, 0, 40, 200);
    QCOMPARE(g.cell(0, 0), QRectF(0, 0, 10, 20));
    QCOMPARE(g.cell(9, 3), QRectF(30, 180, 10, 20));
    QCOMPARE(g.rowAt(0), 0);
    QCOMPARE(g.rowAt(39.9), 1);
    QCOMPARE(g.rowAt(199), 9);
    QCOMPARE(g.rowAt(-1), -1);
    QCOMPARE(g.rowAt(200), -1);
    QCOMPARE(g.span(2, 4), QRectF(0, 40, 40, 60));
    QVERIFY(g.span(4, 2).isNull());
    OverviewGeometry empty;
    QCOMPARE(empty.rowAt(5), -1);
}

void TestWidgets::connectorGeometry()
{
    const Connector c{10, 30, 100, 140, true};
    const QPainterPath path = c.path(50);
    QVERIFY(path.contains(QPointF(1, 20)));   // the left extent
    QVERIFY(path.contains(QPointF(49, 120))); // the right extent
    QVERIFY(!path.contains(QPointF(1, 60)));
    QVERIFY(!path.contains(QPointF(49, 50)));
    QCOMPARE(path.boundingRect().left(), 0.0);
    QCOMPARE(path.boundingRect().right(), 50.0);
    QVERIFY(c.isVisible(200));
    QVERIFY(!(Connector{300, 320, 400, 420, false}).isVisible(200));
    QVERIFY(!(Connector{-50, -20, -30, -10, false}).isVisible(200));
}

void TestWidgets::sourceColoursStayDistinct_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light theme") << false;
    QTest::newRow("dark theme") << true;
}

void TestWidgets::sourceColoursStayDistinct()
{
    QFETCH(bool, dark);
    QPalette palette;
    palette.setColor(QPalette::Base, dark ? QColor(30, 30, 30) : QColor(255, 255, 255));
    palette.setColor(QPalette::Text, dark ? QColor(230, 230, 230) : QColor(0, 0, 0));
    QCOMPARE(isDarkPalette(palette), dark);
    QList<QColor> colours;
    for (int i = 0; i < 12; ++i)
        colours.append(sourceColor(i, palette));
    // Pairwise distinct hues or lightness for the first twelve.
    for (int i = 0; i < colours.size(); ++i) {
        for (int j = i + 1; j < colours.size(); ++j) {
            const int hueGap = std::abs(colours[i].hsvHue() - colours[j].hsvHue());
            const int gap = std::min(hueGap, 360 - hueGap);
            QVERIFY2(gap >= 12, qPrintable(QStringLiteral("%1 and %2").arg(i).arg(j)));
        }
    }
    // Highlights keep text readable: far from the text colour in lightness.
    const double text = palette.color(QPalette::Text).lightnessF();
    for (int i = 0; i < 24; ++i)
        QVERIFY(std::abs(sourceHighlight(i, palette).lightnessF() - text) > 0.35);
}

void TestWidgets::synopsisModel()
{
    SynopsisModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ComparisonStatePtr state = stateFor(samplePaths());
    model.setState(state);
    QCOMPARE(model.columnCount(), 4); // one column per source
    const Comparison &c = state->comparison;
    int unitRows = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qsizetype unit = model.unitOfRow(row);
        if (unit < 0)
            continue;
        ++unitRows;
        QCOMPARE(model.rowOfUnit(unit), row);
        for (int column = 0; column < 4; ++column) {
            const QModelIndex index = model.index(row, column);
            const bool carries = c.units.at(unit).sources.contains(column);
            QCOMPARE(index.data(SynopsisModel::AbsentRole).toBool(), !carries);
            QCOMPARE(index.data().toString().isEmpty(), !carries);
        }
    }
    QCOMPARE(unitRows, c.units.size()); // the rows follow the units, in order
    QVERIFY(model.headerData(0, Qt::Horizontal).toString().contains(QStringLiteral("(base)")));
    // The header elides long names; its tooltip has the whole one.
    for (int column = 0; column < 4; ++column)
        QVERIFY(model.headerData(column, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(state->sources.at(column).name.toHtmlEscaped()));
}

// The window shows a comparison first and its findings when they are found: withFindings()
// makes the same comparison (same id, the articles shared, not copied) with what the engine
// finds, and the models told of it keep their rows (no reset) and mark the conflicts.
void TestWidgets::findingsComeAfterTheComparison()
{
    const ComparisonStatePtr sample =
        stateFor(Test::seedPaths().size() >= 5 ? Test::seedPaths() : samplePaths());
    auto pending = std::make_shared<ComparisonState>(*sample);
    pending->conflicts.clear();
    pending->quotations.clear();
    pending->relations.clear();
    pending->partialDetails.clear();
    pending->findingsPending = true;
    pending->id = 7;
    const ComparisonStatePtr found = withFindings(pending);
    QVERIFY(found != pending);
    QVERIFY(!found->findingsPending);
    QCOMPARE(found->id, quint64(7));
    QVERIFY(found->sameComparison(pending.get()));
    QVERIFY(found->articles.constData() == pending->articles.constData());
    QCOMPARE(found->relations.size(), sample->relations.size());
    QCOMPARE(found->conflicts.size(), sample->conflicts.size());
    QCOMPARE(found->quotations.size(), sample->quotations.size());
    QCOMPARE(found->partialDetails.size(), sample->partialDetails.size());
    QVERIFY(withFindings(found) == found); // nothing left to find

    SynopsisModel synopsis;
    ConsensusModel consensus;
    synopsis.setState(pending);
    consensus.setState(pending);
    for (qsizetype u = 0; u < pending->comparison.units.size(); ++u)
        QVERIFY(!consensus.unitHasConflict(u));
    QSignalSpy synopsisReset(&synopsis, &QAbstractItemModel::modelReset);
    QSignalSpy consensusReset(&consensus, &QAbstractItemModel::modelReset);
    const int rows = synopsis.rowCount();
    synopsis.setState(found);
    consensus.setState(found);
    QCOMPARE(synopsisReset.count(), 0);
    QCOMPARE(consensusReset.count(), 0);
    QCOMPARE(synopsis.rowCount(), rows);
    for (const Conflict &c : found->conflicts) {
        QVERIFY(consensus.unitHasConflict(c.unit));
        QVERIFY(synopsis.rowHasConflict(synopsis.rowOfUnit(c.unit)));
    }
    // Another comparison, even of the same articles, is a new set of rows.
    auto other = std::make_shared<ComparisonState>(*found);
    other->id = 8;
    synopsis.setState(other);
    QCOMPARE(synopsisReset.count(), 1);
}

void TestWidgets::eachSentenceInOneRow()
{
    // The five seeds and a sixth, unrelated article dropped on them: every sentence is shown in
    // exactly one row, so nothing looks repeated.
    const QStringList seeds = Test::seedPaths();
    if (seeds.isEmpty())
        QSKIP("the seed articles are not here");
    SynopsisModel model;
    model.setState(stateFor(seeds + QStringList{samplePaths().at(0)}));
    qsizetype shown = 0;
    const QString twice = Test::segmentInTwoRows(model, &shown);
    QVERIFY2(twice.isEmpty(), qPrintable(twice));
    QVERIFY(shown > 100);
}

void TestWidgets::synopsisHighlightModes()
{
    SynopsisModel model;
    const ComparisonStatePtr state = stateFor(samplePaths());
    model.setState(state);
    // The rewrite (column 1) adds the engineer Pavel Orsak: highlighted in "added" mode.
    QString added;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 1);
        added +=
            highlighted(index.data().toString(),
                        index.data(SynopsisModel::HighlightsRole).value<QList<HighlightSpan>>()) +
            u'\n';
    }
    QVERIFY2(added.contains(QStringLiteral("Orsak")), qPrintable(added));
    // "All wording changes" highlights more, and never in the base column.
    ViewOptions all;
    all.highlight = ViewOptions::Highlight::AllChanges;
    model.setOptions(all);
    int changed = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(model.index(row, 0)
                    .data(SynopsisModel::HighlightsRole)
                    .value<QList<HighlightSpan>>()
                    .isEmpty());
        changed += int(model.index(row, 2)
                           .data(SynopsisModel::HighlightsRole)
                           .value<QList<HighlightSpan>>()
                           .size());
    }
    QVERIFY(changed > 10); // the paraphrase rewords nearly every sentence
    QVERIFY(model.rowHasDifference(model.rowOfUnit(0)) || model.rowCount() > 0);
}

void TestWidgets::synopsisHidesFurniture()
{
    SynopsisModel model;
    model.setState(stateFor(samplePaths()));
    const int withFurniture = model.rowCount();
    ViewOptions options;
    options.showFurniture = false;
    model.setOptions(options);
    QVERIFY(model.rowCount() < withFurniture);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.unitOfRow(row) >= 0);
}

void TestWidgets::sourceListModel()
{
    SourceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &SourceListModel::sourcesChanged);
    model.setArticles(ArticleLoader::loadAll(samplePaths()).articles);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.visibleArticles().size(), 4);
    QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).value<QPixmap>().isNull());

    QVERIFY(model.setData(model.index(1, SourceListModel::TitleColumn), Qt::Unchecked,
                          Qt::CheckStateRole));
    QVERIFY(model.isHidden(1));
    QCOMPARE(model.visibleArticles().size(), 3);

    QVERIFY(model.setData(model.index(2, SourceListModel::TitleColumn),
                          QStringLiteral("<i>Mine</i>"), Qt::EditRole));
    QCOMPARE(model.name(2), QStringLiteral("<i>Mine</i>"));
    QCOMPARE(model.visibleSources().at(1).name, QStringLiteral("<i>Mine</i>"));

    model.setBaseRow(3);
    QCOMPARE(model.visibleBase(), 2); // source 1 is hidden
    const QString baseTitle = model.article(3)->metadata.title;
    model.moveSource(3, 0);
    QCOMPARE(model.article(0)->metadata.title, baseTitle);
    QCOMPARE(model.baseRow(), 0);
    model.removeSource(0);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.baseRow(), -1);
    QVERIFY(changed.count() >= 6);
}

void TestWidgets::sourcesSayWhoCopiedWhom()
{
    // The wire and a copy of it saved under another name, dated a day later.
    QTemporaryDir dir;
    const QString wire = Test::readUtf8(samplePaths().at(0));
    const QString copyPath = dir.filePath(QStringLiteral("copy.txt"));
    QFile copy(copyPath);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(QString(wire)
                   .replace(QStringLiteral("March 3, 2026"), QStringLiteral("March 4, 2026"))
                   .toUtf8());
    copy.close();
    SourceListModel model;
    model.setArticles(ArticleLoader::loadAll({samplePaths().at(0), copyPath}).articles);
    model.setState(stateFor({samplePaths().at(0), copyPath}), false);
    const QString relation = model.index(1, SourceListModel::RelationColumn).data().toString();
    QCOMPARE(relation, QStringLiteral("copy of A")); // by the badge beside the title
    const QString tip =
        model.index(1, SourceListModel::RelationColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("100%")) && tip.contains(model.name(0).toHtmlEscaped()),
             qPrintable(tip));
    // The Sources panel tells the two titles apart by file name, as the synopsis does.
    const QString copyTitle = model.index(1, SourceListModel::TitleColumn).data().toString();
    QVERIFY2(copyTitle.startsWith(model.name(1)) && copyTitle.contains(QStringLiteral("copy.txt")),
             qPrintable(copyTitle));
    QVERIFY(!model.index(0, SourceListModel::TitleColumn)
                 .data()
                 .toString()
                 .contains(QStringLiteral("copy.txt")));
    QCOMPARE(model.index(1, SourceListModel::TitleColumn).data(Qt::EditRole).toString(),
             model.name(1));
    // The original is not derived from its copy.
    QVERIFY(!model.index(0, SourceListModel::RelationColumn)
                 .data()
                 .toString()
                 .contains(QStringLiteral(" of ")));
}

void TestWidgets::sameTitlesAreToldApart()
{
    auto article = [](const QString &outlet, const QString &path) {
        Article a;
        a.metadata.outlet = outlet;
        a.path = path;
        return a;
    };
    auto names = [](QList<SourceInfo> sources, const QList<Article> &articles) {
        distinguishNames(sources, articles);
        QStringList out;
        for (const SourceInfo &s : sources)
            out.append(s.name);
        return out;
    };
    const QList<SourceInfo> three{{0, QStringLiteral("Bridge"), 0},
                                  {1, QStringLiteral("Bridge"), 1},
                                  {2, QStringLiteral("Flood"), 2}};
    // By outlet when the outlets differ; a name no other source has stays as it is.
    QCOMPARE(names(three, {article(QStringLiteral("AP"), QStringLiteral("/a/x.txt")),
                           article(QStringLiteral("Reuters"), QStringLiteral("/b/x.txt")),
                           article({}, QStringLiteral("/c/y.txt"))}),
             QStringList({QStringLiteral("Bridge (AP)"), QStringLiteral("Bridge (Reuters)"),
                          QStringLiteral("Flood")}));
    // By file name when the outlet does not tell them apart.
    QCOMPARE(names(three, {article(QStringLiteral("AP"), QStringLiteral("/a/one.txt")),
                           article(QStringLiteral("AP"), QStringLiteral("/a/two.txt")),
                           article({}, QStringLiteral("/c/y.txt"))}),
             QStringList({QStringLiteral("Bridge (one.txt)"), QStringLiteral("Bridge (two.txt)"),
                          QStringLiteral("Flood")}));
    // By number when nothing else does.
    QCOMPARE(names(three, {article({}, QStringLiteral("/a/x.txt")),
                           article({}, QStringLiteral("/b/x.txt")),
                           article({}, QStringLiteral("/c/y.txt"))}),
             QStringList({QStringLiteral("Bridge (1)"), QStringLiteral("Bridge (2)"),
                          QStringLiteral("Flood")}));
}

void TestWidgets::pairViewHighlightsTheRightSpans()
{
    const ComparisonStatePtr state = stateFor(samplePaths());
    PairView view;
    view.resize(1000, 600);
    view.setState(state);
    view.setSources(0, 1);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto marked = [](PairPane *pane) {
        QStringList parts;
        for (const QTextEdit::ExtraSelection &s : pane->extraSelections())
            parts.append(s.cursor.selectedText());
        return parts.join(u'|');
    };
    // Additions: the rewrite's additions on the right, nothing the wire lacks on the left.
    view.setShown(PairView::Shown::Additions);
    const QString right = marked(view.rightPane());
    QVERIFY2(right.contains(QStringLiteral("Orsak")), qPrintable(right));
    QVERIFY(!marked(view.leftPane()).contains(QStringLiteral("Orsak")));
    QVERIFY(!view.connectors().isEmpty());

    ViewOptions all;
    all.highlight = ViewOptions::Highlight::AllChanges;
    view.setOptions(all);
    QVERIFY(!marked(view.leftPane()).isEmpty());
    QVERIFY(!marked(view.rightPane()).isEmpty());
    // Plain text only: the panes hold exactly the sentences.
    QVERIFY(view.leftPane()->toPlainText().contains(state->articles.at(0).sentences.at(0).text));
}

void TestWidgets::pairViewShowsThePairsDifferencesByDefault()
{
    // The wire and its sentence-by-sentence paraphrase: nothing either adds to all sources, but
    // every sentence is reworded, and that is what a pair view opened on them must show.
    const ComparisonStatePtr state = stateFor(samplePaths());
    PairView view;
    view.resize(1000, 600);
    view.setState(state);
    view.setSources(0, 2);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.shown(), PairView::Shown::PairDifferences);
    const qsizetype leftMarks = view.leftPane()->extraSelections().size();
    const qsizetype rightMarks = view.rightPane()->extraSelections().size();
    QVERIFY2(leftMarks >= 5 && rightMarks >= 5,
             qPrintable(QStringLiteral("%1 / %2 marks").arg(leftMarks).arg(rightMarks)));
    view.setShown(PairView::Shown::Additions);
    QVERIFY(view.leftPane()->extraSelections().size() + view.rightPane()->extraSelections().size() <
            leftMarks + rightMarks);

    // The verdict: how much of each the other carries, and that one rewords the other.
    const QString verdict = view.verdict();
    const int story0 = int(std::count_if(state->articles.at(0).sentences.cbegin(),
                                         state->articles.at(0).sentences.cend(),
                                         [](const Sentence &s) { return isStoryText(s.kind); }));
    QVERIFY2(verdict.contains(QStringLiteral("left: %1 of %1 sentences matched").arg(story0)),
             qPrintable(verdict));
    QVERIFY2(verdict.startsWith(QStringLiteral("rewordings of each other")), qPrintable(verdict));
    auto *label = view.findChild<ElidedLabel *>(QStringLiteral("pairVerdict"));
    QVERIFY(label);
    QCOMPARE(label->text(), verdict);
    // A pair that is not derived says only how much they share.
    view.setSources(0, 3);
    QVERIFY(view.verdict().contains(QStringLiteral("matched")));
    QVERIFY2(!view.verdict().contains(QStringLiteral("rewording")), qPrintable(view.verdict()));
    // The titles are in the tooltip (the verdict names sources by their badges).
    view.setSources(0, 2);
    QVERIFY(label->toolTip().contains(state->sourceName(2)));
    // The same source on both sides is said, not shown as a pair that shares nothing.
    view.setSources(1, 1);
    QVERIFY2(view.verdict().startsWith(QStringLiteral("The same source")),
             qPrintable(view.verdict()));
}

void TestWidgets::pairViewBandsStandOutInLightAndDarkPalettes()
{
    // A band painted on the gutter's window colour must differ from it clearly (at least 12 %
    // in luminance) in a light and in a dark palette; grey on grey did not.
    auto luminance = [](const QColor &c) {
        return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
    };
    auto over = [](const QColor &top, const QColor &bottom) {
        const double a = top.alphaF();
        return QColor::fromRgbF(float(top.redF() * a + bottom.redF() * (1 - a)),
                                float(top.greenF() * a + bottom.greenF() * (1 - a)),
                                float(top.blueF() * a + bottom.blueF() * (1 - a)));
    };
    QPalette light(QColor(0xef, 0xef, 0xef), QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::Text, Qt::black);
    light.setColor(QPalette::Mid, QColor(0xb8, 0xb8, 0xb8));
    QPalette dark(QColor(0x35, 0x35, 0x35), QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Mid, QColor(0x25, 0x25, 0x25));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    for (const QPalette &palette : {light, dark, QApplication::palette()}) {
        const QColor window = palette.color(QPalette::Window);
        for (bool moved : {false, true}) {
            const QColor band = over(Connector::fillColour(palette, moved), window);
            QVERIFY2(std::abs(luminance(band) - luminance(window)) >= 0.12,
                     qPrintable(QStringLiteral("%1 on %2").arg(band.name(), window.name())));
        }
    }
}

void TestWidgets::pairViewElidesLongTitles()
{
    // In a narrow pair view the source boxes show each title elided in the middle, with a mark
    // where text is left out, and the whole title in the tooltip.
    const ComparisonStatePtr state = stateFor(samplePaths());
    PairView view;
    view.resize(640, 300);
    view.setState(state);
    view.setSources(0, 2);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QList<ElidingComboBox *> boxes = view.findChildren<ElidingComboBox *>();
    QCOMPARE(boxes.size(), 2);
    for (ElidingComboBox *box : boxes) {
        const QString title = box->currentText();
        QVERIFY2(title.size() > 30, qPrintable(title));
        QHelpEvent help(QEvent::ToolTip, QPoint(4, 4), box->mapToGlobal(QPoint(4, 4)));
        QApplication::sendEvent(box, &help);
        QCOMPARE(QTextDocumentFragment::fromHtml(box->toolTip()).toPlainText(), title);
        const QString shown = box->shownText();
        QVERIFY2(shown.contains(QChar(0x2026)), qPrintable(shown));
        QVERIFY2(shown.startsWith(title.left(2)), qPrintable(shown));
        QVERIFY(shown.endsWith(title.right(1)));
    }
    // Wide enough, the whole title shows.
    view.resize(2400, 300);
    QTRY_COMPARE(boxes.at(0)->shownText(), boxes.at(0)->currentText());
}

void TestWidgets::pairViewScrollsTogether()
{
    const ComparisonStatePtr state = stateFor(samplePaths());
    PairView view;
    view.resize(700, 260); // short: both panes must scroll
    view.setState(state);
    view.setSources(0, 2); // the wire and its paraphrase
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QScrollBar *left = view.leftPane()->verticalScrollBar();
    QScrollBar *right = view.rightPane()->verticalScrollBar();
    QVERIFY(left->maximum() > 0);
    left->setValue(left->maximum() / 2);
    // The right pane followed: the left's top sentence and its counterpart are level.
    QVERIFY(right->value() > 0);
    const qsizetype top = view.leftPane()->segmentAtTop();
    qsizetype partner = -1;
    for (const Link &link : state->comparison.links) {
        if (link.a == top && state->comparison.sourceOf(link.b) == 2)
            partner = link.b;
    }
    if (partner >= 0) {
        const qreal leftY = view.leftPane()->extentOf(top).first;
        const qreal rightY = view.rightPane()->extentOf(partner).first;
        QVERIFY2(std::abs(leftY - rightY) < 40,
                 qPrintable(QStringLiteral("%1 vs %2").arg(leftY).arg(rightY)));
    }
    // And back: scrolling the right pane moves the left one, without a loop.
    right->setValue(0);
    QCOMPARE(left->value(), 0);
}

void TestWidgets::overviewJumpsWhereClicked()
{
    SynopsisModel model;
    model.setState(stateFor(samplePaths()));
    OverviewStrip strip;
    strip.setModel(&model);
    strip.resize(60, 400);
    strip.show();
    QVERIFY(QTest::qWaitForWindowExposed(&strip));
    QSignalSpy clicked(&strip, &OverviewStrip::rowClicked);
    const OverviewGeometry g = strip.geometryForSize(strip.size());
    QCOMPARE(g.rows, model.rowCount());
    QCOMPARE(g.columns, 4);
    const int target = model.rowCount() - 2;
    QTest::mouseClick(&strip, Qt::LeftButton, {}, g.cell(target, 1).center().toPoint());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().first().toInt(), target);
}

void TestWidgets::detailsListsEachSourcesAdditions()
{
    const ComparisonStatePtr state = stateFor(samplePaths());
    DetailsPanel panel;
    panel.setState(state);
    QTreeWidget *tree = panel.additionsTree();
    QCOMPARE(tree->topLevelItemCount(), 4);
    auto childrenOf = [&](int source) {
        QString text;
        for (int i = 0; i < tree->topLevelItem(source)->childCount(); ++i)
            text += tree->topLevelItem(source)->child(i)->text(0) + u'\n';
        return text;
    };
    QVERIFY(childrenOf(1).contains(QStringLiteral("Orsak")));
    QVERIFY(childrenOf(3).contains(QStringLiteral("Quist")));
    QSignalSpy activated(&panel, &DetailsPanel::segmentActivated);
    QTreeWidgetItem *first = tree->topLevelItem(1)->child(0);
    Q_EMIT tree->itemActivated(first, 0);
    QCOMPARE(activated.count(), 1);
    panel.showUnit(0);
    QCOMPARE(panel.unitTree()->topLevelItemCount(),
             int(state->comparison.units.at(0).segments.size()));
}

// Sources named with long unbroken words (a renamed source, a file name): the row's title
// ("First: ...") must not make the panel, and with it the window, wider than the screen (the
// monkey test found a 1982-pixel window on an 800-pixel screen).
void TestWidgets::detailsStayNarrowWithLongNames()
{
    const ComparisonStatePtr sample = stateFor(samplePaths());
    auto state = std::make_shared<ComparisonState>(*sample);
    for (SourceInfo &source : state->sources)
        source.name = QString(200, u'x') + QString::number(source.id);
    DetailsPanel panel;
    panel.setState(state);
    qsizetype shared = -1;
    for (qsizetype u = 0; u < state->comparison.units.size() && shared < 0; ++u)
        shared = state->comparison.units.at(u).sources.size() > 2 ? u : -1;
    QVERIFY(shared >= 0);
    panel.showUnit(shared);
    QVERIFY(panel.findChild<QLabel *>() != nullptr);
    bool named = false; // the list of the row's sources does name them
    for (const QTreeWidget *tree : panel.findChildren<QTreeWidget *>()) {
        for (int row = 0; row < tree->topLevelItemCount(); ++row)
            named = named || tree->topLevelItem(row)->text(0).contains(QString(200, u'x'));
    }
    QVERIFY(named);
    QVERIFY2(panel.minimumSizeHint().width() < 400,
             qPrintable(QString::number(panel.minimumSizeHint().width())));
}

void TestWidgets::timelineOrdersSourcesByDate()
{
    auto state = std::make_shared<ComparisonState>(*stateFor(samplePaths()));
    QCOMPARE(state->articles.size(), 4);
    const QDate day(2025, 3, 5);
    auto date = [&](qsizetype s, QDate d, QTime t = {}) {
        state->articles[s].metadata.date = d;
        state->articles[s].metadata.time = t;
    };
    date(0, day, QTime(10, 0));
    date(1, {});
    date(2, day.addDays(-1));
    date(3, day, QTime(8, 0));
    qsizetype unit = -1;
    for (qsizetype u = 0; u < state->comparison.units.size() && unit < 0; ++u) {
        if (state->comparison.units.at(u).sources.size() == 4)
            unit = u;
    }
    QVERIFY(unit >= 0);
    DetailsPanel panel;
    panel.resize(500, 900);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setState(state);
    panel.showUnit(unit);
    TimelineView *timeline = panel.timeline();
    QStringList order;
    for (int row = 0; row < timeline->topLevelItemCount(); ++row)
        order.append(row == timeline->undatedHeadingRow() ? QStringLiteral("--")
                                                          : timeline->topLevelItem(row)->text(1));
    QCOMPARE(order, (QStringList{state->sourceName(2), state->sourceName(3), state->sourceName(0),
                                 QStringLiteral("--"), state->sourceName(1)}));
    QVERIFY(timeline->topLevelItem(0)->text(0).contains(
        QLocale().toString(day.addDays(-1), QLocale::ShortFormat)));
    QVERIFY(timeline->topLevelItem(1)->text(0).contains(
        QLocale().toString(QTime(8, 0), QLocale::ShortFormat)));
    // The row details name the first and count the undated.
    const QString summary = panel.unitSummary();
    QVERIFY2(summary.contains(QStringLiteral("First: ") + sourceBadge(state->sources.at(2).colour) +
                              u',') &&
                 summary.contains(QStringLiteral("1 of 4 sources undated")),
             qPrintable(summary));
    // A click goes to that source's sentence.
    QSignalSpy activated(&panel, &DetailsPanel::segmentActivated);
    QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {},
                      timeline->visualItemRect(timeline->topLevelItem(0)).center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(state->comparison.sourceOf(activated.first().first().value<qsizetype>()), 2);
    // Without a unit, nothing.
    panel.showUnit(-1);
    QCOMPARE(timeline->topLevelItemCount(), 0);
}

void TestWidgets::detailsForTheSeeds()
{
    const QStringList seeds = Test::seedPaths();
    if (seeds.size() < 5)
        QSKIP("../shared/seeds is absent");
    const ComparisonStatePtr state = stateFor(seeds, 0);
    DetailsPanel panel;
    panel.setState(state);
    auto childrenOf = [&](int source) {
        QString text;
        QTreeWidgetItem *top = panel.additionsTree()->topLevelItem(source);
        for (int i = 0; i < top->childCount(); ++i)
            text += top->child(i)->text(0) + u'\n';
        return text;
    };
    for (const char *detail : {"Macron", "Grynkewich"})
        QVERIFY(childrenOf(4).contains(QString::fromLatin1(detail)));
    QVERIFY(childrenOf(3).contains(QStringLiteral("Cavo Dragone")));
    const QTreeWidgetItem *fifth = panel.additionsTree()->topLevelItem(4);
    QVERIFY2(fifth->text(0).contains(QStringLiteral("only it carries")),
             qPrintable(fifth->text(0)));
    panel.setRelativeToBase(true);
    fifth = panel.additionsTree()->topLevelItem(4); // the tree is filled again
    QVERIFY2(fifth->text(0).contains(QStringLiteral("the base lacks")), qPrintable(fifth->text(0)));
    for (int source : {1, 3, 4})
        QVERIFY2(childrenOf(source).contains(QStringLiteral("Istanbul")),
                 qPrintable(childrenOf(source)));
    QVERIFY(!childrenOf(2).contains(QStringLiteral("Istanbul")));
}

void TestWidgets::bigArticlesWaitUntilShown()
{
    // A big article is laid out when its view is shown, not while it sits in a hidden tab:
    // loading it never blocks the window for a view nobody looks at.
    QString text = QStringLiteral("A big article\n\n");
    for (int i = 0; i < 6000; ++i)
        text += QStringLiteral("Paragraph %1 says the bridge reopened on Monday.\n\n").arg(i);
    const Article big = ArticleLoader::fromText(text, ArticleLoader::Format::PlainText);
    ArticleView view;
    view.setArticle(&big);
    QVERIFY(view.toPlainText().isEmpty());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.toPlainText().contains(QStringLiteral("Paragraph 5999 says")));
    // Small ones are shown at once, visible or not.
    const Article small = ArticleLoader::fromText(QStringLiteral("Small\n\nJust this."),
                                                  ArticleLoader::Format::PlainText);
    ArticleView hidden;
    hidden.setArticle(&small);
    QVERIFY(hidden.toPlainText().contains(QStringLiteral("Just this.")));
}

void TestWidgets::modelsTakeNoIndexQuietly()
{
    // Found by the monkey: Ctrl+C in the synopsis with no cell chosen asks for data() of no
    // index, which is no mistake of the caller's and deserves no warning.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    SynopsisModel synopsis;
    synopsis.setState(stateFor(samplePaths()));
    SynopsisView view;
    view.setModel(&synopsis);
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    SourceListModel sources;
    QVERIFY(!sources.data({}).isValid());
}

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
