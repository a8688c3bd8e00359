#include "comparisonpage.h"
#include "consensusdelegate.h"
#include "consensusmodel.h"
#include "consensusview.h"
#include "mainwindow.h"
#include "synopsismodel.h"
#include "synopsisview.h"
#include "testutil.h"
#include "windowutil.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Parallax;
using namespace Parallax::Test;

// The consensus view of many sources: one row per unit with its most common wording, how many
// sources carry it, the wordings and who uses each; filters; the way back to the synopsis.
class TestConsensusView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void groupsWordingsWhateverTheOrder_data();
    void groupsWordingsWhateverTheOrder();
    void defaultViewFollowsTheNumberOfSources();
    void supportAndWordingsOfManySources();
    void leadWordingIsTheClosestToTheOthers();
    void filtersHideAndShowRows();
    void switchingAndGoingToTheSynopsis();
    void chosenViewStaysForTheseSources();
    void chosenViewIsSavedInTheSession();

private:
    // Writes the nine files into a folder of that name; returns their paths.
    QStringList writeNineSources(const QString &folder = QStringLiteral("ferry"));
    QTemporaryDir m_settings;
    QTemporaryDir m_dir;
};

void TestConsensusView::initTestCase()
{
    Test::isolateSettings(m_settings, QStringLiteral("tst_consensusview"));
}

void TestConsensusView::init()
{
    QSettings().clear();
}

// Nine versions of a short story: seven say 32 passengers and two say 31 (a conflict), one
// writes a sentence with other capitals and punctuation (the same wording), five carry the
// sentence about a second boat, and one adds a sentence of its own.
QStringList TestConsensusView::writeNineSources(const QString &folder)
{
    if (!QDir(m_dir.path()).mkpath(folder))
        return {};
    QStringList paths;
    for (int s = 0; s < 9; ++s) {
        QStringList sentences{
            QStringLiteral("The river ferry between Arden and Brill sailed again on Tuesday after "
                           "a week of repairs to its engine."),
            s < 7 ? QStringLiteral("The operator said 32 passengers travelled on the first "
                                   "crossing of the morning.")
                  : QStringLiteral("The operator said 31 passengers travelled on the first "
                                   "crossing of the morning."),
            s == 1 ? QStringLiteral("Tickets still cost the same, as they did before the Long "
                                    "Closure!")
                   : QStringLiteral("Tickets still cost the same as they did before the long "
                                    "closure."),
        };
        if (s < 5)
            sentences.append(QStringLiteral("A second boat will join the route in the spring, "
                                            "the harbour office announced."));
        if (s == 3)
            sentences.append(QStringLiteral("The mayor of Brill, Ilse Varnow, rode across with "
                                            "her two children and a brass band."));
        const QString text = QStringLiteral("Ferry between Arden and Brill sails again\n\n") +
                             sentences.join(QLatin1Char(' ')) + QLatin1Char('\n');
        const QString path = m_dir.filePath(folder + QStringLiteral("/ferry-%1.txt").arg(s));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(text.toUtf8());
        paths.append(path);
    }
    return paths;
}

namespace {

// A state by hand: source s's sentences in texts[s]; units list (segment ids) per unit.
ComparisonStatePtr makeState(const QStringList &texts, const QList<QList<qsizetype>> &units)
{
    auto state = std::make_shared<ComparisonState>();
    qsizetype segment = 0;
    for (qsizetype s = 0; s < texts.size(); ++s) {
        Article article;
        Sentence sentence;
        sentence.text = texts.at(s);
        sentence.length = sentence.text.size();
        article.sentences.append(sentence);
        state->articles.append(article);
        state->sources.append({s, QStringLiteral("Source %1").arg(s), int(s)});
        state->comparison.firstSegment.append(segment++);
    }
    state->comparison.base = 0;
    for (const QList<qsizetype> &segments : units) {
        Unit unit;
        unit.segments = segments;
        unit.sources = segments; // one sentence a source: segment s is source s's
        state->comparison.units.append(unit);
    }
    return state;
}

} // namespace

void TestConsensusView::groupsWordingsWhateverTheOrder_data()
{
    QTest::addColumn<QStringList>("texts");
    // Two wordings used by two sources each: the tie goes to the one that sorts first; case,
    // punctuation and hyphens do not make a new wording. The fifth source lacks the unit.
    const QStringList texts{QStringLiteral("Zeta fell."), QStringLiteral("Alpha re-opened."),
                            QStringLiteral("alpha reopened"), QStringLiteral("Zeta  fell!"),
                            QStringLiteral("Something else entirely.")};
    QTest::newRow("in order") << texts;
    QStringList reversed = texts.mid(0, 4);
    std::reverse(reversed.begin(), reversed.end());
    QTest::newRow("reversed") << reversed + texts.mid(4);
}

void TestConsensusView::groupsWordingsWhateverTheOrder()
{
    QFETCH(QStringList, texts);
    ConsensusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setState(makeState(texts, {{0, 1, 2, 3}, {4}}));
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex unit = model.index(0, ConsensusModel::WordingColumn);
    QCOMPARE(unit.data().toString(), QStringLiteral("Alpha re-opened."));
    QCOMPARE(model.index(0, ConsensusModel::SupportColumn).data().toString(),
             QStringLiteral("4 of 5"));
    QCOMPARE(model.index(0, ConsensusModel::SupportColumn).data(ConsensusModel::MajorityRole), 2);
    QCOMPARE(model.index(1, ConsensusModel::SupportColumn).data().toString(),
             QStringLiteral("1 of 5"));
    // The sources by their badges, as the synopsis header names them, and the wordings; the
    // tooltip names them.
    QCOMPARE(model.index(0, ConsensusModel::SourcesColumn).data().toString(),
             QStringLiteral("2 wordings: A, B, C, D"));
    QVERIFY(model.index(0, ConsensusModel::SourcesColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Source 0, Source 1, Source 2")));

    const QList<ConsensusModel::Variant> &variants = model.variants(0);
    QCOMPARE(variants.size(), 3);
    for (qsizetype s : variants.at(0).sources)
        QVERIFY(texts.at(s).startsWith(u"alpha", Qt::CaseInsensitive));
    QCOMPARE(variants.at(0).sources.size(), 2);
    for (qsizetype s : variants.at(1).sources)
        QVERIFY(texts.at(s).startsWith(u"Zeta"));
    QCOMPARE(variants.at(1).sources.size(), 2);
    QVERIFY(variants.at(2).absent);
    QCOMPARE(variants.at(2).sources, QList<qsizetype>{4});

    // The tree: wordings under the unit, sources under each wording.
    QCOMPARE(model.rowCount(unit), 3);
    QCOMPARE(model.index(1, ConsensusModel::SourcesColumn, unit).data().toString(),
             texts.at(0).startsWith(u"Zeta") ? QStringLiteral("A, D") : QStringLiteral("B, C"));
    const QModelIndex second = model.index(1, 0, unit);
    QCOMPARE(second.data().toString().left(4), QStringLiteral("Zeta"));
    QCOMPARE(model.rowCount(second), 2);
    QCOMPARE(model.index(0, 0, second).data(ConsensusModel::SourceRole).value<qsizetype>(),
             variants.at(1).sources.at(0));
    QCOMPARE(model.parent(model.index(0, 0, second)), second);
    QCOMPARE(model.index(2, 0, unit).data(ConsensusModel::AbsentRole).toBool(), true);
}

void TestConsensusView::defaultViewFollowsTheNumberOfSources()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(load(window, MainWindow::sampleStoryPaths()));
        auto *synopsis = window.findChild<SynopsisView *>(QStringLiteral("synopsis"));
        auto *consensus = window.findChild<ConsensusView *>(QStringLiteral("consensus"));
        QVERIFY(synopsis && consensus);
        QTRY_VERIFY(synopsis->isVisible());
        QVERIFY(!consensus->isVisible());
    }
    {
        const QStringList paths = writeNineSources();
        QCOMPARE(paths.size(), 9);
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(load(window, paths));
        auto *synopsis = window.findChild<SynopsisView *>(QStringLiteral("synopsis"));
        auto *consensus = window.findChild<ConsensusView *>(QStringLiteral("consensus"));
        QTRY_VERIFY(consensus->isVisible());
        QVERIFY(!synopsis->isVisible());
        // Usable at 1024x700: the wording column keeps a readable width.
        QVERIFY(consensus->tree()->columnWidth(ConsensusModel::WordingColumn) >= 120);
        // The wording, not the notes beside it, takes most of the width, from the first
        // showing on (the tab was laid out while hidden).
        const int viewport = consensus->tree()->viewport()->width();
        QTRY_VERIFY2(
            consensus->tree()->columnWidth(ConsensusModel::WordingColumn) >= viewport * 2 / 5,
            qPrintable(QStringLiteral("%1 of %2")
                           .arg(consensus->tree()->columnWidth(ConsensusModel::WordingColumn))
                           .arg(viewport)));
    }
}

void TestConsensusView::supportAndWordingsOfManySources()
{
    const QStringList paths = writeNineSources();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(load(window, paths));
    auto *view = window.findChild<ConsensusView *>(QStringLiteral("consensus"));
    ConsensusModel *model = view->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ComparisonStatePtr state = window.state();
    QCOMPARE(state->sources.size(), 9);

    const auto rowWith = [model](const QString &words) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString().contains(words))
                return row;
        }
        return -1;
    };
    // Carried by all nine, in two wordings: 32 (seven sources) and 31 (two), a conflict.
    const int passengers = rowWith(QStringLiteral("passengers travelled"));
    QVERIFY(passengers >= 0);
    QCOMPARE(model->index(passengers, ConsensusModel::SupportColumn).data().toString(),
             QStringLiteral("9 of 9"));
    QVERIFY(model->index(passengers, 0).data().toString().contains(QStringLiteral("32")));
    QVERIFY(model->unitHasConflict(model->unitOfRow(passengers)));
    QVERIFY(model->index(passengers, ConsensusModel::NotesColumn)
                .data()
                .toString()
                .contains(QStringLiteral("31")));
    const QModelIndex unit = model->index(passengers, 0);
    QCOMPARE(model->rowCount(unit), 2);
    for (int v = 0; v < 2; ++v) {
        const QModelIndex variant = model->index(v, 0, unit);
        const QString figure =
            v == 0 ? QStringLiteral("32 passengers") : QStringLiteral("31 passengers");
        QVERIFY(variant.data().toString().contains(figure));
        QCOMPARE(model->rowCount(variant), v == 0 ? 7 : 2);
        for (int r = 0; r < model->rowCount(variant); ++r) {
            const auto source =
                model->index(r, 0, variant).data(ConsensusModel::SourceRole).value<qsizetype>();
            const QList<Sentence> &sentences = state->articles.at(source).sentences;
            QVERIFY(std::any_of(sentences.cbegin(), sentences.cend(),
                                [&](const Sentence &s) { return s.text.contains(figure); }));
        }
    }
    // Case and punctuation do not make another wording: one wording, nine sources.
    const int tickets = rowWith(QStringLiteral("ickets still cost"));
    QVERIFY(tickets >= 0);
    QCOMPARE(model->rowCount(model->index(tickets, 0)), 1);
    QCOMPARE(model->index(tickets, 0).data().toString().left(7), QStringLiteral("Tickets"));
    // Five of nine, and the four that lack it listed apart.
    const int boat = rowWith(QStringLiteral("second boat"));
    QVERIFY(boat >= 0);
    QCOMPARE(model->index(boat, ConsensusModel::SupportColumn).data().toString(),
             QStringLiteral("5 of 9"));
    const QModelIndex lacking = model->index(1, 0, model->index(boat, 0));
    QVERIFY(lacking.data(ConsensusModel::AbsentRole).toBool());
    QCOMPARE(model->rowCount(lacking), 4);
    // The mayor: one source, an addition.
    const int mayor = rowWith(QStringLiteral("Ilse Varnow"));
    QVERIFY(mayor >= 0);
    QCOMPARE(model->index(mayor, ConsensusModel::SupportColumn).data().toString(),
             QStringLiteral("1 of 9"));
    QVERIFY(model->unitHasAddition(model->unitOfRow(mayor)));

    // Every support bar has one scale, whatever the width of its label.
    const QFontMetrics metrics = view->fontMetrics();
    const QRect cell(0, 0, 240, 20);
    const QRect few = ConsensusDelegate::barRect(
        cell, ConsensusDelegate::labelWidth(metrics, QStringLiteral("2 of 30"), 30));
    const QRect all = ConsensusDelegate::barRect(
        cell, ConsensusDelegate::labelWidth(metrics, QStringLiteral("30 of 30"), 30));
    QVERIFY(!few.isEmpty());
    QCOMPARE(few, all);
}

// When every source words a unit its own way, the lead is the wording the others share most
// words with, not the first in alphabetical order (a source's own angle: "He also criticised...").
void TestConsensusView::leadWordingIsTheClosestToTheOthers()
{
    using Variant = ConsensusModel::Variant;
    const QList<Variant> variants{
        {QStringLiteral("He also criticised European leaders who met Trump."), {3}, false},
        {QStringLiteral("Trump said Putin was ready to accept guarantees for Ukraine."),
         {0},
         false},
        {QStringLiteral("Trump claimed Putin is open to guarantees for Ukraine."), {2}, false},
        {QStringLiteral("Putin was ready to accept security guarantees, Trump said."), {1}, false},
    };
    const QList<double> shared = ConsensusModel::sharedWords(variants);
    QCOMPARE(shared.size(), variants.size());
    const auto lead = std::max_element(shared.cbegin(), shared.cend()) - shared.cbegin();
    QVERIFY2(lead != 0, qPrintable(variants.at(lead).text));
    QVERIFY(shared.at(0) < shared.at(1) && shared.at(0) < shared.at(2) &&
            shared.at(0) < shared.at(3));
    // A wording whose words no other source uses shares nothing.
    QCOMPARE(ConsensusModel::sharedWords({{QStringLiteral("Alpha beta."), {0}, false},
                                          {QStringLiteral("Gamma delta."), {1}, false}}),
             (QList<double>{0.0, 0.0}));
}

void TestConsensusView::filtersHideAndShowRows()
{
    const QStringList paths = writeNineSources();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(load(window, paths));
    auto *view = window.findChild<ConsensusView *>(QStringLiteral("consensus"));
    ConsensusModel *model = view->model();
    const ComparisonStatePtr state = window.state();
    const int all = model->rowCount();
    QCOMPARE(all, int(state->comparison.units.size()));

    // Minimum support: only units nine sources carry.
    auto *support = view->findChild<QSpinBox *>(QStringLiteral("minimumSupport"));
    QVERIFY(support);
    QCOMPARE(support->maximum(), 9);
    support->setValue(9);
    int expected = 0;
    for (const Unit &u : state->comparison.units)
        expected += u.support() == 9;
    QVERIFY(expected > 0 && expected < all);
    QCOMPARE(model->rowCount(), expected);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, ConsensusModel::SupportColumn).data().toString(),
                 QStringLiteral("9 of 9"));
    support->setValue(1);
    QCOMPARE(model->rowCount(), all);

    // Only conflicts: the passengers row, the rows of the conflicts panel.
    auto *conflicts = view->findChild<QCheckBox *>(QStringLiteral("onlyConflicts"));
    QVERIFY(conflicts);
    conflicts->setChecked(true);
    QSet<qsizetype> conflictUnits;
    for (const Conflict &c : state->conflicts)
        conflictUnits.insert(c.unit);
    QVERIFY(!conflictUnits.isEmpty());
    QCOMPARE(model->rowCount(), conflictUnits.size());
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(conflictUnits.contains(model->unitOfRow(row)));
    QVERIFY(model->index(0, 0).data().toString().contains(QStringLiteral("passengers")));
    conflicts->setChecked(false);

    // Only additions: the mayor's sentence among them, never a unit without an addition.
    auto *additions = view->findChild<QCheckBox *>(QStringLiteral("onlyAdditions"));
    QVERIFY(additions);
    additions->setChecked(true);
    QVERIFY(model->rowCount() > 0 && model->rowCount() < all);
    bool mayor = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const qsizetype unit = model->unitOfRow(row);
        QVERIFY(std::any_of(state->comparison.added.cbegin(), state->comparison.added.cend(),
                            [&](const Addition &a) {
                                return state->comparison.units.at(unit).segments.contains(
                                    a.segment);
                            }));
        mayor = mayor || model->index(row, 0).data().toString().contains(u"Ilse Varnow");
    }
    QVERIFY(mayor);
    additions->setChecked(false);
    QCOMPARE(model->rowCount(), all);
}

void TestConsensusView::switchingAndGoingToTheSynopsis()
{
    const QStringList paths = writeNineSources();
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(load(window, paths));
    auto *synopsis = window.findChild<SynopsisView *>(QStringLiteral("synopsis"));
    auto *view = window.findChild<ConsensusView *>(QStringLiteral("consensus"));
    QTRY_VERIFY(view->isVisible());

    // The shortcut switches to the synopsis and back.
    QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(synopsis->isVisible());
    QVERIFY(!view->isVisible());
    QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(view->isVisible());

    // A double click on the second wording of the passengers row: the synopsis, at that row,
    // in the column of the first source that uses the wording.
    ConsensusModel *model = view->model();
    QTreeView *tree = view->tree();
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        if (model->index(r, 0).data().toString().contains(u"passengers"))
            row = r;
    }
    QVERIFY(row >= 0);
    const QModelIndex unit = model->index(row, 0);
    tree->expand(unit);
    const QModelIndex variant = model->index(1, 0, unit);
    tree->scrollTo(variant);
    const QRect rect = tree->visualRect(variant);
    QVERIFY(rect.isValid());
    const qsizetype source =
        model->index(0, 0, variant).data(ConsensusModel::SourceRole).value<qsizetype>();
    // As a user double-clicks: a click, then the second press that is the double click.
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_VERIFY(synopsis->isVisible());
    SynopsisModel *synopsisModel = window.synopsisModel();
    QCOMPARE(synopsis->currentIndex().row(), synopsisModel->rowOfUnit(model->unitOfRow(row)));
    QCOMPARE(synopsis->currentIndex().column(), int(source));
    QVERIFY(synopsis->currentIndex().data().toString().contains(QStringLiteral("31 passengers")));
}

void TestConsensusView::chosenViewStaysForTheseSources()
{
    const QStringList paths = writeNineSources();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(load(window, paths.mid(0, 8)));
    auto *synopsis = window.findChild<SynopsisView *>(QStringLiteral("synopsis"));
    auto *view = window.findChild<ConsensusView *>(QStringLiteral("consensus"));
    QTRY_VERIFY(view->isVisible());
    // The user picks the synopsis: a source added keeps it.
    QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(synopsis->isVisible());
    QSignalSpy finished(&window, &MainWindow::comparisonFinished);
    window.addFiles({paths.at(8)});
    QVERIFY(finished.wait(30000));
    QCOMPARE(window.state()->sources.size(), 9);
    QVERIFY(synopsis->isVisible());
    QVERIFY(!view->isVisible());
    // The same files opened again are the same set: the choice holds.
    QVERIFY(load(window, paths));
    QVERIFY(synopsis->isVisible());
    // A new set of sources picks by its count again.
    QVERIFY(load(window, writeNineSources(QStringLiteral("other"))));
    QTRY_VERIFY(view->isVisible());
    QVERIFY(!synopsis->isVisible());
}

// The view a user picked comes back with the session; a session that records no choice (as
// older versions wrote them) picks by the number of sources.
void TestConsensusView::chosenViewIsSavedInTheSession()
{
    const QStringList paths = writeNineSources(QStringLiteral("session"));
    const QString many = m_dir.filePath(QStringLiteral("many.parallax"));
    const QString few = m_dir.filePath(QStringLiteral("few.parallax"));
    const QString unchosen = m_dir.filePath(QStringLiteral("unchosen.parallax"));
    QString error;
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(load(window, paths));
        QVERIFY(window.saveSession(unchosen, &error));
        QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(window.findChild<SynopsisView *>(QStringLiteral("synopsis"))->isVisible());
        QVERIFY2(window.saveSession(many, &error), qPrintable(error));
        QVERIFY(load(window, paths.mid(0, 3)));
        QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(window.findChild<ConsensusView *>(QStringLiteral("consensus"))->isVisible());
        QVERIFY2(window.saveSession(few, &error), qPrintable(error));
    }
    struct Case
    {
        QString session;
        bool consensus;
    };
    for (const Case &c : {Case{many, false}, Case{few, true}, Case{unchosen, true}}) {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&window, &MainWindow::comparisonFinished);
        QVERIFY2(window.openSession(c.session, &error), qPrintable(error));
        QVERIFY(finished.wait(30000));
        auto *synopsis = window.findChild<SynopsisView *>(QStringLiteral("synopsis"));
        auto *view = window.findChild<ConsensusView *>(QStringLiteral("consensus"));
        QTRY_COMPARE(view->isVisible(), c.consensus);
        QCOMPARE(synopsis->isVisible(), !c.consensus);
    }
}

QTEST_MAIN(TestConsensusView)
#include "tst_consensusview.moc"
