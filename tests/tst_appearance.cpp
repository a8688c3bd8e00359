#include "conflictspanel.h"
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
#include <QMenu>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTreeWidget>

#include <cmath>

using namespace Parallax;
using namespace Parallax::Test;

// How the window looks: the theme choice, colours readable on it, and sources told apart past
// the eight colours people can name (a letter on every swatch).
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

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
