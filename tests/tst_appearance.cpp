#include "conflictspanel.h"
#include "detailspanel.h"
#include "elidedlabel.h"
#include "mainwindow.h"
#include "pairview.h"
#include "quotationspanel.h"
#include "sourcecolors.h"
#include "sourcelistmodel.h"
#include "synopsismodel.h"
#include "synopsisview.h"
#include "testutil.h"
#include "theme.h"
#include "windowutil.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTreeWidget>

#include <cmath>

using namespace Parallax;
using namespace Parallax::Test;

// How the window looks: the theme choice, colours readable on it, and sources told apart past
// the eight colours people can name (a letter on every swatch), labels whole in a small window.
class TestAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void themeChoice();
    void swatchesFollowTheTheme();
    void themeSwitchKeepsTheWindow();
    void everySourceHasItsOwnBadge();
    void badgesMatchAcrossTheWindow();
    void smallWindowKeepsLabelsWhole();
    void pairPickersInASmallWindow();
    void headingOnItsOwnLine();

private:
    QTemporaryDir m_settings;
};

namespace {

// WCAG 2 contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double x = luminance(a);
    const double y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

// The background of a swatch: its corner, away from the badge.
QColor swatchColour(const QIcon &icon)
{
    return icon.pixmap(14, 14).toImage().pixelColor(0, 0);
}

// The colours the sources get on a palette, for the first n of them.
QSet<QRgb> sourceColours(const QPalette &palette, int n)
{
    QSet<QRgb> colours;
    for (int i = 0; i < n; ++i)
        colours.insert(sourceColor(i, palette).rgb());
    return colours;
}

} // namespace

void TestAppearance::initTestCase()
{
    Test::isolateSettings(m_settings, QStringLiteral("tst_appearance"));
}

void TestAppearance::init()
{
    QSettings().clear();
    Theme::apply(Theme::Choice::System);
}

// View > Theme: dark and light palettes applied at once and saved, "As the System" gives the
// start palette back; text on every source's highlight stays readable in both.
void TestAppearance::themeChoice()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QPalette start = QApplication::palette();
    auto *menu = window.findChild<QMenu *>(QStringLiteral("themeMenu"));
    QVERIFY(menu);
    const QList<QAction *> actions = menu->actions();
    QCOMPARE(actions.size(), 3);
    QVERIFY(actions.at(0)->isChecked()); // the system's, by default

    for (int choice : {2, 1}) { // dark, then light
        actions.at(choice)->trigger();
        const QPalette palette = QApplication::palette();
        QCOMPARE(isDarkPalette(palette), choice == 2);
        QTRY_COMPARE(isDarkPalette(window.palette()), choice == 2);
        QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(),
                 choice == 2 ? QStringLiteral("dark") : QStringLiteral("light"));
        QVERIFY(contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 7);
        for (int source = 0; source < 16; ++source) {
            const double ratio =
                contrast(palette.color(QPalette::Text), sourceHighlight(source, palette));
            QVERIFY2(ratio >= 4.5,
                     qPrintable(QStringLiteral("source %1: %2").arg(source).arg(ratio)));
        }
    }
    actions.at(0)->trigger();
    QCOMPARE(QApplication::palette().color(QPalette::Window), start.color(QPalette::Window));
    QCOMPARE(Theme::saved(), Theme::Choice::System);
}

// Switching the theme with a comparison open: the swatches already built (pair view's source
// boxes, the findings panels) take the new palette's colours, not the old ones.
void TestAppearance::swatchesFollowTheTheme()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(load(window, MainWindow::sampleStoryPaths()));
    const int n = window.sourceModel()->rowCount();
    QVERIFY(n >= 3);
    auto *menu = window.findChild<QMenu *>(QStringLiteral("themeMenu"));
    QVERIFY(menu);

    for (int choice : {2, 1}) { // dark, then light
        menu->actions().at(choice)->trigger();
        const QSet<QRgb> now = sourceColours(QApplication::palette(), n);
        const QSet<QRgb> before =
            sourceColours(choice == 2 ? Theme::lightPalette() : Theme::darkPalette(), n);
        QVERIFY(!now.intersects(before));

        auto *pair = window.findChild<PairView *>(QStringLiteral("pairView"));
        QVERIFY(pair);
        int swatches = 0;
        for (QComboBox *box : pair->findChildren<QComboBox *>()) {
            for (int i = 0; i < box->count(); ++i) {
                if (box->itemIcon(i).isNull())
                    continue;
                QTRY_VERIFY(now.contains(swatchColour(box->itemIcon(i)).rgb()));
                ++swatches;
            }
        }
        QCOMPARE(swatches, 2 * n);

        QList<QTreeWidget *> trees;
        for (auto *panel : window.findChildren<FindingsListPanel *>())
            trees.append(panel->tree());
        QVERIFY(trees.size() >= 2);
        for (QTreeWidget *tree : std::as_const(trees)) {
            for (QTreeWidgetItemIterator it(tree); *it; ++it) {
                if (!(*it)->icon(0).isNull())
                    QVERIFY(now.contains(swatchColour((*it)->icon(0)).rgb()));
            }
        }
        const QVariant decoration =
            window.sourceModel()->index(0, SourceListModel::TitleColumn).data(Qt::DecorationRole);
        QVERIFY(now.contains(decoration.value<QPixmap>().toImage().pixelColor(0, 0).rgb()));
    }
}

// Switching the theme while a comparison of long-titled sources is open: the window keeps its
// width (a style change recomputed the pair view's source boxes from their titles, 1790 pixels
// on a 1280-pixel screen), and the pair view's dimmed captions are readable on the new base.
void TestAppearance::themeSwitchKeepsTheWindow()
{
    const QStringList seeds = Test::seedPaths();
    if (seeds.isEmpty())
        QSKIP("../shared/seeds is not present");
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(load(window, seeds));
    auto *menu = window.findChild<QMenu *>(QStringLiteral("themeMenu"));
    auto *pair = window.findChild<PairView *>(QStringLiteral("pairView"));
    QVERIFY(menu && pair);
    auto *tabs = qobject_cast<QTabWidget *>(pair->parentWidget()->parentWidget());
    QVERIFY(tabs);
    for (int choice : {2, 1}) { // dark, then light
        tabs->setCurrentIndex(0);
        menu->actions().at(choice)->trigger();
        tabs->setCurrentWidget(pair);
        QTest::qWait(100);
        QCOMPARE(window.width(), 1280);
        // Every character in the left pane reads on the pane's base (WCAG AA for large text).
        const QColor base = pair->leftPane()->palette().color(QPalette::Base);
        int dimmed = 0;
        for (QTextBlock b = pair->leftPane()->document()->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (!format.hasProperty(QTextFormat::ForegroundBrush))
                    continue;
                ++dimmed;
                QVERIFY2(contrast(format.foreground().color(), base) >= 3.0,
                         qPrintable(format.foreground().color().name() + u'/' + base.name()));
            }
        }
        QVERIFY(dimmed > 0);
    }
}

// Hues come close past about eight sources: each source also carries a letter, drawn on its
// swatch so that it can be read on that colour.
void TestAppearance::everySourceHasItsOwnBadge()
{
    QCOMPARE(sourceBadge(0), QStringLiteral("A"));
    QCOMPARE(sourceBadge(25), QStringLiteral("Z"));
    QCOMPARE(sourceBadge(26), QStringLiteral("AA"));
    QCOMPARE(sourceBadge(27 * 26 - 1), QStringLiteral("ZZ"));
    QCOMPARE(sourceBadge(27 * 26), QStringLiteral("AAA"));
    QVERIFY(sourceBadge(-1).isEmpty());
    QSet<QString> badges;
    for (int i = 0; i < 1000; ++i)
        badges.insert(sourceBadge(i));
    QCOMPARE(badges.size(), 1000);

    for (const QPalette &palette : {Theme::lightPalette(), Theme::darkPalette()}) {
        for (int i = 0; i < 40; ++i) {
            const QImage image = sourceSwatch(i, palette).toImage();
            const QColor background = image.pixelColor(0, 0);
            QCOMPARE(background.rgb(), sourceColor(i, palette).rgb());
            // The letter: the pixel that differs most from the background contrasts with it
            // as text must (WCAG AA, 4.5:1).
            double best = 1;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    best = std::max(best, contrast(background, image.pixelColor(x, y)));
            }
            QVERIFY2(best >= 4.5, qPrintable(QStringLiteral("source %1: %2").arg(i).arg(best)));
        }
    }
}

// The swatch by a source's name in the source list is the one over its column in the synopsis,
// and every source's is different.
void TestAppearance::badgesMatchAcrossTheWindow()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(load(window, MainWindow::sampleStoryPaths()));
    auto *view = window.findChild<SynopsisView *>(QStringLiteral("synopsis"));
    QVERIFY(view);
    QAbstractItemModel *synopsis = view->model();
    SourceListModel *sources = window.sourceModel();
    QCOMPARE(synopsis->columnCount(), sources->rowCount());
    QSet<QByteArray> seen;
    for (int s = 0; s < sources->rowCount(); ++s) {
        const QImage inList = sources->index(s, SourceListModel::TitleColumn)
                                  .data(Qt::DecorationRole)
                                  .value<QPixmap>()
                                  .toImage();
        const QImage overColumn =
            synopsis->headerData(s, Qt::Horizontal, Qt::DecorationRole).value<QPixmap>().toImage();
        QVERIFY(!inList.isNull());
        QCOMPARE(overColumn, inList);
        seen.insert(
            QByteArray(reinterpret_cast<const char *>(inList.constBits()), inList.sizeInBytes()));
    }
    QCOMPARE(seen.size(), sources->rowCount());
}

// At 800x600 the four docks tabbed on the left (Who Added What, Findings, Conflicts,
// Quotations) keep their names whole and the tab bar scrolls, and the selected row's title in
// Who Added What shows every line it wraps to, however short the panel.
void TestAppearance::smallWindowKeepsLabelsWhole()
{
    MainWindow window;
    window.resize(800, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(load(window, MainWindow::sampleStoryPaths()));
    auto *details = window.findChild<QDockWidget *>(QStringLiteral("detailsDock"));
    QVERIFY(details);
    QTabBar *docksBar = nullptr;
    for (QTabBar *bar : window.findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
        for (int i = 0; i < bar->count(); ++i)
            docksBar = bar->tabText(i) == details->windowTitle() ? bar : docksBar;
    }
    QVERIFY(docksBar);
    QVERIFY(docksBar->isVisible());
    QCOMPARE(docksBar->count(), 4);
    QVERIFY2(docksBar->width() < 4 * 100, qPrintable(QString::number(docksBar->width())));
    for (int i = 0; i < docksBar->count(); ++i) {
        const int text = docksBar->fontMetrics().horizontalAdvance(docksBar->tabText(i));
        QVERIFY2(docksBar->tabRect(i).width() >= text,
                 qPrintable(QStringLiteral("%1: %2 px for %3 px of text")
                                .arg(docksBar->tabText(i))
                                .arg(docksBar->tabRect(i).width())
                                .arg(text)));
    }
    // The selected row's title in a short Who Added What panel: the lists give way to it.
    // It sits in a frame shorter than it would like, as in a short window under a tall
    // Sources dock.
    QWidget frame;
    frame.resize(details->width(), 300);
    auto *panel = new DetailsPanel(&frame);
    panel->setGeometry(frame.rect());
    panel->setState(window.state());
    frame.show();
    QVERIFY(QTest::qWaitForWindowExposed(&frame));
    auto *title = panel->findChild<QLabel *>(QStringLiteral("unitTitle"));
    QVERIFY(title);
    const ComparisonState &state = *window.state();
    qsizetype shared = -1;
    for (qsizetype u = 0; u < state.comparison.units.size() && shared < 0; ++u)
        shared = state.comparison.units.at(u).sources.size() > 2 ? u : -1;
    QVERIFY(shared >= 0);
    panel->showUnit(shared);
    const QRect wrapped = title->fontMetrics().boundingRect(
        QRect(0, 0, title->contentsRect().width(), 10000), Qt::TextWordWrap, title->text());
    QVERIFY2(wrapped.height() >= 2 * title->fontMetrics().height(),
             qPrintable(QString::number(wrapped.height())));
    QTRY_VERIFY2(title->contentsRect().height() >= wrapped.height(),
                 qPrintable(QStringLiteral("%1 px for %2 px of text")
                                .arg(title->contentsRect().height())
                                .arg(wrapped.height())));
}

// In an 800x600 window the Pair tab's Show box shows each of its choices whole, and each source
// picker keeps room for a title (they had 124 px when Show's choices were long sentences).
void TestAppearance::pairPickersInASmallWindow()
{
    MainWindow window;
    window.resize(800, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(load(window, MainWindow::sampleStoryPaths()));
    auto *pair = window.findChild<PairView *>(QStringLiteral("pairView"));
    QVERIFY(pair);
    auto *tabs = qobject_cast<QTabWidget *>(pair->parentWidget()->parentWidget());
    QVERIFY(tabs);
    tabs->setCurrentWidget(pair);
    QTest::qWait(100);
    QComboBox *shown = nullptr;
    QList<QComboBox *> pickers;
    for (QComboBox *box : pair->findChildren<QComboBox *>()) {
        if (box->accessibleName() == u"What the highlights show")
            shown = box;
        else
            pickers.append(box);
    }
    QVERIFY(shown);
    QCOMPARE(pickers.size(), 2);
    for (int i = 0; i < shown->count(); ++i) {
        shown->setCurrentIndex(i);
        QStyleOptionComboBox option;
        option.initFrom(shown);
        option.currentText = shown->itemText(i);
        const QRect field = shown->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                           QStyle::SC_ComboBoxEditField, shown);
        const int text = shown->fontMetrics().horizontalAdvance(shown->itemText(i));
        QVERIFY2(field.width() >= text, qPrintable(QStringLiteral("%1: %2 px for %3 px of text")
                                                       .arg(shown->itemText(i))
                                                       .arg(field.width())
                                                       .arg(text)));
        QVERIFY(!shown->itemData(i, Qt::ToolTipRole).toString().isEmpty());
    }
    for (QComboBox *picker : pickers)
        QVERIFY2(picker->width() >= 150, qPrintable(QString::number(picker->width())));
    // Additions are not between the two: the line above the panes says against what they are.
    auto *verdict = pair->findChild<ElidedLabel *>(QStringLiteral("pairVerdict"));
    QVERIFY(verdict);
    shown->setCurrentIndex(1);
    QVERIFY2(verdict->text().contains(QStringLiteral("relative to all other sources")),
             qPrintable(verdict->text()));
    shown->setCurrentIndex(0);
    QVERIFY2(!verdict->text().contains(QStringLiteral("relative to")), qPrintable(verdict->text()));
}

// A subheading aligned with a body sentence stands on its own line in the cell (the report's
// cells are the synopsis's): "NATO chiefs meet" ran into "NATO defence chiefs held...".
void TestAppearance::headingOnItsOwnLine()
{
    const QStringList seeds = Test::seedPaths();
    if (seeds.size() < 5)
        QSKIP("../shared/seeds is not present");
    MainWindow window;
    window.show();
    QVERIFY(load(window, seeds));
    auto *synopsis = window.findChild<SynopsisView *>(QStringLiteral("synopsis"));
    QVERIFY(synopsis);
    const QAbstractItemModel *model = synopsis->model();
    const ComparisonState &state = *window.state();
    int mixed = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex cell = model->index(row, column);
            const auto segments = cell.data(SynopsisModel::SegmentsRole).value<QList<qsizetype>>();
            const QString text = cell.data().toString();
            for (qsizetype i = 1; i < segments.size(); ++i) {
                const Sentence *before = state.sentence(segments.at(i - 1));
                const Sentence *after = state.sentence(segments.at(i));
                QVERIFY(before && after);
                if (before->kind != BlockKind::Subheading || after->kind != BlockKind::Body)
                    continue;
                ++mixed;
                const qsizetype at = text.indexOf(after->text);
                QVERIFY(at > 0);
                QVERIFY2(text.at(at - 1) == QChar::LineSeparator, qPrintable(text));
            }
        }
    }
    QVERIFY(mixed > 0); // the seeds have such a cell: the test tests something
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
