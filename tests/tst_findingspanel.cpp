// The Findings panel: what the comparison found, in the window, as the report's first page has
// it: how the sources relate, conflicts, quotations, notes, and the details only some sources
// carry; each entry leads to its row, a relation to its pair.
#include "findingspanel.h"
#include "mainwindow.h"
#include "notebook.h"
#include "notescontroller.h"
#include "pairview.h"
#include "sourcecolors.h"
#include "synopsismodel.h"
#include "synopsisview.h"
#include "testutil.h"
#include "translations.h"
#include "windowutil.h"

#include <QTextStream>

#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Parallax;
using namespace Parallax::Test;

class TestFindingsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seedsFindingsInAnyOrder();
    void conflictAndNoteListed();
    void undatedCopiesSaidOnce();
    void findingsFollowTheShownComparison();

private:
    static FindingsPanel *panelOf(MainWindow &window);
    // The top-level entry whose text starts with heading; null when there is none.
    static QTreeWidgetItem *section(QTreeWidget *tree, const QString &heading);
    QTemporaryDir m_settings;
    QTemporaryDir m_dir;
};

void TestFindingsPanel::initTestCase()
{
    Test::isolateSettings(m_settings, QStringLiteral("tst_findingspanel"));
    QSettings().clear();
    Translations::install(QStringLiteral("en")); // "1 source", as the window says it
}

FindingsPanel *TestFindingsPanel::panelOf(MainWindow &window)
{
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("findingsDock"));
    if (!dock)
        return nullptr;
    dock->raise();
    return window.findChild<FindingsPanel *>(QStringLiteral("findings"));
}

QTreeWidgetItem *TestFindingsPanel::section(QTreeWidget *tree, const QString &heading)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0).startsWith(heading))
            return tree->topLevelItem(i);
    }
    return nullptr;
}

// The seeds in two orders: 002 is a rewording of 000 and no other source is derived; a click on
// that relation opens the pair; the Cavo Dragone and Macron details are listed under the sources
// that carry them (003, 004), and activating one shows its sentence; 001 first reported the
// Istanbul draft; the same findings, by file, whatever the order.
void TestFindingsPanel::seedsFindingsInAnyOrder()
{
    const QStringList seeds = Test::seedPaths();
    if (seeds.size() < 5)
        QSKIP("../shared/seeds is absent");
    QStringList first; // the details, each with the files of its sources
    for (const QStringList &paths :
         {seeds, QStringList{seeds.at(3), seeds.at(1), seeds.at(4), seeds.at(0), seeds.at(2)}}) {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(load(window, paths));
        FindingsPanel *panel = panelOf(window);
        QVERIFY(panel);
        const ComparisonStatePtr state = window.state();
        QHash<QString, QString> fileOf; // letter -> file name prefix ("002")
        qsizetype a000 = -1, a002 = -1;
        for (qsizetype s = 0; s < state->sources.size(); ++s) {
            const QString file = QFileInfo(state->articles.at(s).path).fileName().left(3);
            fileOf.insert(sourceBadge(state->sources.at(s).colour), file);
            a000 = file == u"000" ? s : a000;
            a002 = file == u"002" ? s : a002;
        }
        const QString summary = panel->findChild<QLabel *>()->text();
        QVERIFY2(summary.contains(QStringLiteral("1 source derived from another")),
                 qPrintable(summary));

        QTreeWidget *tree = panel->tree();
        QTreeWidgetItem *relations = section(tree, QStringLiteral("How the sources relate"));
        QVERIFY(relations);
        QTreeWidgetItem *rewording = nullptr;
        for (int i = 0; i < relations->childCount(); ++i) {
            const QString text = relations->child(i)->text(0);
            QVERIFY2(!text.contains(QStringLiteral("copy of")), qPrintable(text));
            if (text.contains(QStringLiteral("rewording of"))) {
                QVERIFY2(!rewording, qPrintable(text)); // only one
                rewording = relations->child(i);
            }
        }
        QVERIFY(rewording);
        const QString expected = QStringLiteral("%1 is a rewording of %2:")
                                     .arg(sourceBadge(state->sources.at(a002).colour),
                                          sourceBadge(state->sources.at(a000).colour));
        QVERIFY2(rewording->text(0).startsWith(expected), qPrintable(rewording->text(0)));
        // The pair is not listed a second time the other way round, as merely sharing most.
        const QString reverse = QStringLiteral("%1 shares most with %2")
                                    .arg(sourceBadge(state->sources.at(a000).colour),
                                         sourceBadge(state->sources.at(a002).colour));
        for (int i = 0; i < relations->childCount(); ++i)
            QVERIFY2(!relations->child(i)->text(0).startsWith(reverse),
                     qPrintable(relations->child(i)->text(0)));
        // The tooltip names both sources.
        const QString tip = rewording->toolTip(0);
        QVERIFY2(tip.contains(state->sourceName(a000).toHtmlEscaped()), qPrintable(tip));
        tree->scrollToItem(rewording);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                          tree->visualItemRect(rewording).center());
        auto *pair = window.findChild<PairView *>(QStringLiteral("pairView"));
        QVERIFY(pair);
        QTRY_VERIFY(pair->isVisible());
        QCOMPARE(pair->leftSource(), a002);
        QCOMPARE(pair->rightSource(), a000);

        QTreeWidgetItem *details = section(tree, QStringLiteral("Details only some sources"));
        QVERIFY(details);
        QStringList found;
        QTreeWidgetItem *dragone = nullptr;
        bool macron = false;
        int istanbul = 0;
        for (int g = 0; g < details->childCount(); ++g) {
            QTreeWidgetItem *group = details->child(g);
            const QString letters =
                group->text(0).section(QStringLiteral("Only in "), 1).section(u':', 0, 0);
            QStringList files;
            for (const QString &letter : letters.split(QStringLiteral(", ")))
                files.append(fileOf.value(letter));
            files.sort();
            QVERIFY2(!files.contains(QString()), qPrintable(group->text(0)));
            for (int d = 0; d < group->childCount(); ++d) {
                const QString detail =
                    group->child(d)->text(0).section(QStringLiteral(" · "), 0, 0);
                found.append(detail + u'|' + files.join(u','));
                // Who reported it first, among the sources that carry it: 001, whose date is
                // in its photo caption.
                if (detail.contains(u"Istanbul"_qs)) {
                    const QString earliest = group->text(0).section(QStringLiteral("first "), 1);
                    QVERIFY2(fileOf.value(earliest.section(u',', 0, 0)) == u"001",
                             qPrintable(group->text(0)));
                    // ... and the finding says so: that date may be the photo's.
                    QVERIFY2(group->text(0).contains(earliest.section(u',', 0, 0) +
                                                     QStringLiteral(": date from a photo caption")),
                             qPrintable(group->text(0)));
                    QVERIFY2(group->toolTip(0).contains(u"In time order:"_qs),
                             qPrintable(group->toolTip(0)));
                    QVERIFY2(group->toolTip(0)
                                 .section(u"In time order:"_qs, 1)
                                 .contains(u"(date from a photo caption)"_qs),
                             qPrintable(group->toolTip(0)));
                    // Its timeline: each source that carries it, 001 first, each leading to a
                    // sentence of that source that states it.
                    QTreeWidgetItem *timeline = group->child(d);
                    tree->expandItem(timeline); // built when first opened
                    QCOMPARE(timeline->childCount(), group->text(0)
                                                         .section(QStringLiteral(": "), 0, 0)
                                                         .section(QStringLiteral("Only in "), 1)
                                                         .split(QStringLiteral(", "))
                                                         .size());
                    QVERIFY2(fileOf.value(timeline->child(0)->text(0).section(u' ', -1)) == u"001",
                             qPrintable(timeline->child(0)->text(0)));
                    QStringList carriers; // each source of the group, once
                    for (int c = 0; c < timeline->childCount(); ++c)
                        carriers.append(timeline->child(c)->text(0).section(u' ', -1));
                    carriers.sort();
                    QStringList groupLetters = letters.split(QStringLiteral(", "));
                    groupLetters.sort();
                    QCOMPARE(carriers, groupLetters);
                    auto *synopsis = window.findChild<SynopsisView *>(QStringLiteral("synopsis"));
                    for (int c = 0; c < timeline->childCount(); ++c) {
                        tree->setCurrentItem(timeline->child(c));
                        const QModelIndex cell = synopsis->currentIndex();
                        QVERIFY2(cell.data().toString().contains(u"Istanbul"_qs),
                                 qPrintable(cell.data().toString()));
                        QCOMPARE(sourceBadge(state->sources.at(cell.column()).colour),
                                 timeline->child(c)->text(0).section(u' ', -1));
                    }
                    ++istanbul;
                }
                if (detail.contains(QStringLiteral("Cavo Dragone")) && files.contains(u"003"_qs))
                    dragone = group->child(d);
                macron = macron || (detail.contains(u"Macron"_qs) && files.contains(u"004"_qs));
            }
        }
        QVERIFY(dragone);
        QVERIFY(macron);
        QVERIFY(istanbul > 0);
        found.sort();
        if (first.isEmpty())
            first = found;
        else
            QCOMPARE(found, first);

        // Activating the detail shows its sentence in the synopsis.
        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        auto *view = window.findChild<SynopsisView *>(QStringLiteral("synopsis"));
        tabs->setCurrentWidget(view->parentWidget());
        view->setCurrentIndex(window.synopsisModel()->index(0, 0));
        tree->setCurrentItem(dragone);
        QTRY_VERIFY2(view->currentIndex().data().toString().contains(u"Cavo Dragone"_qs),
                     qPrintable(view->currentIndex().data().toString()));

        // Every name and number entry leads to a sentence that states it, of a source that
        // carries it (not to another source's cell of the row).
        for (int g = 0; g < details->childCount(); ++g) {
            QTreeWidgetItem *group = details->child(g);
            for (int d = 0; d < group->childCount(); ++d) {
                const QString entry = group->child(d)->text(0);
                const QString detail = entry.section(QStringLiteral(" · "), 0, 0);
                if (detail.startsWith(u'\u201C'))
                    continue; // quotations: their words, not a name
                tree->setCurrentItem(group->child(d));
                const QModelIndex cell = view->currentIndex();
                const QString stated = detail.section(u' ', -1); // a name: by its last word
                QVERIFY2(cell.data().toString().contains(stated, Qt::CaseInsensitive),
                         qPrintable(detail + u" | " + cell.data().toString()));
                // ... in the column of the source the entry names ("row 25 in E").
                const QString letter = entry.section(QStringLiteral(" in "), -1);
                qsizetype named = -1;
                for (qsizetype s = 0; s < state->sources.size(); ++s)
                    named = sourceBadge(state->sources.at(s).colour) == letter ? s : named;
                QVERIFY2(named >= 0, qPrintable(entry));
                QVERIFY2(window.synopsisModel()
                             ->headerData(cell.column(), Qt::Horizontal)
                             .toString()
                             .contains(state->sourceName(named)),
                         qPrintable(entry));
            }
        }
    }
}

// The sample wire and a copy that changes one figure: the conflict is listed with both values
// and the letters of their sources; a note on a row appears under Notes, and goes when cleared.
void TestFindingsPanel::conflictAndNoteListed()
{
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
    FindingsPanel *panel = panelOf(window);
    QVERIFY(panel);
    const ComparisonStatePtr state = window.state();
    const QString a = sourceBadge(state->sources.at(0).colour);
    const QString b = sourceBadge(state->sources.at(1).colour);
    QTreeWidget *tree = panel->tree();
    QTreeWidgetItem *conflicts = section(tree, QStringLiteral("Conflicts: 1"));
    QVERIFY(conflicts);
    QCOMPARE(conflicts->childCount(), 1);
    const QString conflict = conflicts->child(0)->text(0);
    QVERIFY2(conflict.contains(QStringLiteral("14 (%1) / 15 (%2)").arg(a, b)),
             qPrintable(conflict));
    QVERIFY2(panel->findChild<QLabel *>()->text().contains(QStringLiteral("1 conflict")),
             qPrintable(panel->findChild<QLabel *>()->text()));
    // Activating it shows the row of the conflict.
    auto *view = window.findChild<SynopsisView *>(QStringLiteral("synopsis"));
    view->setCurrentIndex(window.synopsisModel()->index(0, 0));
    tree->setCurrentItem(conflicts->child(0));
    QVERIFY(window.synopsisModel()->rowHasConflict(view->currentIndex().row()));

    QVERIFY(!section(tree, QStringLiteral("Notes")));
    NoteBook *book = window.notes()->noteBook();
    const Conflict &c = state->conflicts.first();
    book->setNote(c.unit, NoteStatus::Disputed, QStringLiteral("ask the agency"));
    QTreeWidgetItem *notes = section(tree, QStringLiteral("Notes: 1"));
    QVERIFY(notes);
    QCOMPARE(notes->child(0)->text(0),
             QStringLiteral("Row %1 · Disputed: ask the agency").arg(c.unit + 1));
    book->clearNote(c.unit);
    QVERIFY(!section(tree, QStringLiteral("Notes")));
}

// Two undated files with the same text: each is a copy of the other and no date tells which came
// first, so the panel says it once, of the two, instead of "A is a copy of B" and "B is a copy of
// A".
void TestFindingsPanel::undatedCopiesSaidOnce()
{
    const QString text = QStringLiteral(
        "Harbour council approves ferry budget\n\n"
        "The harbour council approved the new ferry budget on Thursday after a long debate.\n\n"
        "Two new boats will be bought, and the old pier will be repaired before the summer.\n\n"
        "Work on the second pier is expected to start in the spring, the council said.\n\n"
        "Residents had asked for more crossings in the evening for several years.\n");
    QStringList paths;
    for (const QString &name : {QStringLiteral("copy-one.txt"), QStringLiteral("copy-two.txt")}) {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QTextStream(&file) << text;
        paths.append(file.fileName());
    }
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(load(window, paths));
    FindingsPanel *panel = panelOf(window);
    QVERIFY(panel);
    QTreeWidgetItem *relations = section(panel->tree(), QStringLiteral("How the sources relate"));
    QVERIFY(relations);
    QStringList lines;
    for (int i = 0; i < relations->childCount(); ++i)
        lines.append(relations->child(i)->text(0));
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(QStringLiteral("are copies of each other")),
             qPrintable(lines.first()));
    QVERIFY2(lines.first().contains(QStringLiteral("no date tells which came first")),
             qPrintable(lines.first()));
}

// The window shows a comparison before its findings are found (with many sources they take as
// long as the alignment): the Findings panel says they are looked for, and a row the user chooses
// meanwhile stays chosen when they come; then the panel and the state have them.
void TestFindingsPanel::findingsFollowTheShownComparison()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    FindingsPanel *panel = panelOf(window);
    QVERIFY(panel);
    auto *summary = panel->findChild<QLabel *>(QStringLiteral("summary"));
    auto *view = window.findChild<SynopsisView *>(QStringLiteral("synopsis"));
    QVERIFY(summary && view);
    int shown = 0;
    bool pendingSaid = false;
    int chosenRow = -1;
    connect(&window, &MainWindow::comparisonShown, this, [&] {
        ++shown;
        const ComparisonStatePtr state = window.state();
        pendingSaid = state && state->findingsPending && state->relations.isEmpty() &&
                      panel->tree()->topLevelItemCount() == 0 &&
                      summary->text().startsWith(QStringLiteral("Looking for"));
        chosenRow = window.synopsisModel()->rowCount() - 1;
        view->setCurrentIndex(window.synopsisModel()->index(chosenRow, 1));
    });
    QVERIFY(load(window, MainWindow::sampleStoryPaths()));
    QCOMPARE(shown, 1);
    QVERIFY(pendingSaid);
    const ComparisonStatePtr state = window.state();
    QVERIFY(!state->findingsPending);
    QCOMPARE(state->relations.size(), state->sources.size());
    QVERIFY(chosenRow > 0);
    QCOMPARE(view->currentIndex().row(), chosenRow);
    QCOMPARE(view->currentIndex().column(), 1);
    QVERIFY(panel->tree()->topLevelItemCount() > 0);
    QVERIFY(!summary->text().startsWith(QStringLiteral("Looking for")));
    // What the window found is what the engine finds for the same comparison at once.
    auto direct = std::make_shared<ComparisonState>(*state);
    direct->findFindings();
    QCOMPARE(direct->conflicts.size(), state->conflicts.size());
    QCOMPARE(direct->quotations.size(), state->quotations.size());
    QCOMPARE(direct->partialDetails.size(), state->partialDetails.size());
}

QTEST_MAIN(TestFindingsPanel)
#include "tst_findingspanel.moc"
