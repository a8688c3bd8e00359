#include "detailspanel.h"
#include "mainwindow.h"
#include "notebook.h"
#include "notescontroller.h"
#include "recovery.h"
#include "reportexporter.h"
#include "session.h"
#include "sessiondocument.h"
#include "sourcelistmodel.h"
#include "synopsismodel.h"
#include "testutil.h"
#include "windowutil.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Parallax;
using namespace Parallax::Test;

// The user's notes on units: set in the window (details panel, Notes menu), marked in the
// synopsis, following their sentence through new comparisons, kept in sessions and autosaves.
class TestNotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void noteFollowsItsSentence();
    void notesSurviveASession();
    void sessionWithoutNotesOpens();
    void notesInSessionFiles();

private:
    static QAction *action(MainWindow &window, const QString &text);
    // The first body row of the synopsis whose unit the given source and at least one other
    // carry (partial: and not every source).
    static int sharedRow(MainWindow &window, qsizetype source, bool partial);
    // The unit that holds the sentence of the source (by file) with this text; -1: none.
    static qsizetype unitOfSentence(const ComparisonState &state, const QString &path,
                                    const QString &text);
    static QString rowLabel(MainWindow &window, qsizetype unit);
    QTemporaryDir m_settings;
};

void TestNotes::initTestCase()
{
    Test::isolateSettings(m_settings, QStringLiteral("tst_notes"));
}

void TestNotes::init()
{
    QSettings().clear();
}

QAction *TestNotes::action(MainWindow &window, const QString &text)
{
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

int TestNotes::sharedRow(MainWindow &window, qsizetype source, bool partial)
{
    SynopsisModel *synopsis = window.synopsisModel();
    const ComparisonState &state = *window.state();
    for (int row = 0; row < synopsis->rowCount(); ++row) {
        const qsizetype unit = synopsis->unitOfRow(row);
        if (unit < 0)
            continue;
        const Unit &u = state.comparison.units.at(unit);
        // Not the headline: a body sentence the source shares with others.
        if (u.sources.contains(source) && u.support() >= 2 && row > 2 &&
            (!partial || u.support() < state.articles.size()))
            return row;
    }
    return -1;
}

qsizetype TestNotes::unitOfSentence(const ComparisonState &state, const QString &path,
                                    const QString &text)
{
    for (qsizetype u = 0; u < state.comparison.units.size(); ++u) {
        for (qsizetype segment : state.comparison.units.at(u).segments) {
            const qsizetype source = state.comparison.sourceOf(segment);
            if (state.articles.at(source).path == path && state.sentence(segment)->text == text)
                return u;
        }
    }
    return -1;
}

QString TestNotes::rowLabel(MainWindow &window, qsizetype unit)
{
    SynopsisModel *synopsis = window.synopsisModel();
    return synopsis->headerData(synopsis->rowOfUnit(unit), Qt::Vertical).toString();
}

void TestNotes::noteFollowsItsSentence()
{
    const QStringList paths = Test::samplePaths();
    QVERIFY(paths.size() >= 3);
    MainWindow window;
    window.show();
    QVERIFY(load(window, paths));
    QVERIFY(!window.document()->isModified());

    // The note is set in the details panel on the base's sentence of a shared row.
    const qsizetype base = window.state()->comparison.base;
    const int row = sharedRow(window, base, true);
    QVERIFY(row >= 0);
    const qsizetype unit = window.synopsisModel()->unitOfRow(row);
    window.showCell(row, int(base));
    QCOMPARE(window.notes()->currentUnit(), unit);
    const Unit &u = window.state()->comparison.units.at(unit);
    qsizetype anchorSegment = -1;
    for (qsizetype segment : u.segments) {
        if (window.state()->comparison.sourceOf(segment) == base)
            anchorSegment = segment;
    }
    QVERIFY(anchorSegment >= 0);
    const QString anchorPath = window.state()->articles.at(base).path;
    const QString anchorText = window.state()->sentence(anchorSegment)->text;

    auto *details = window.findChild<DetailsPanel *>(QStringLiteral("details"));
    QVERIFY(details);
    QComboBox *status = details->noteStatusBox();
    QLineEdit *edit = details->noteEdit();
    QVERIFY(status->isEnabled());
    QCOMPARE(status->currentIndex(), 0);
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("Confirmed <b>by</b> the ministry"));
    QTest::keyClick(edit, Qt::Key_Return);
    status->setCurrentIndex(2);
    Q_EMIT status->activated(2); // Disputed
    const Note *note = window.notes()->noteBook()->noteOf(unit);
    QVERIFY(note);
    QCOMPARE(note->status, NoteStatus::Disputed);
    QCOMPARE(note->text, QStringLiteral("Confirmed <b>by</b> the ministry"));
    QVERIFY(window.document()->isModified()); // a note is a change a session keeps

    // The mark in the synopsis: after the row number, with the note in the tooltip (as text).
    QVERIFY2(rowLabel(window, unit).endsWith(NoteBook::statusMark(NoteStatus::Disputed)),
             qPrintable(rowLabel(window, unit)));
    const int shownRow = window.synopsisModel()->rowOfUnit(unit);
    const QString tip =
        window.synopsisModel()->headerData(shownRow, Qt::Vertical, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Confirmed &lt;b&gt;by&lt;/b&gt; the ministry")),
             qPrintable(tip));
    QVERIFY(
        !window.synopsisModel()->headerData(shownRow, Qt::Vertical, Qt::DecorationRole).isNull());
    // Other rows carry no mark.
    const QString other = rowLabel(window, unit == 0 ? 1 : 0);
    QVERIFY2(!other.contains(NoteBook::statusMark(NoteStatus::Disputed)), qPrintable(other));

    // Another base: the rows are in another order, the note is on its sentence's row.
    const int newBase = base == 0 ? 1 : 0;
    window.sourceModel()->setBaseRow(newBase);
    QVERIFY(compared(window));
    QCOMPARE(window.state()->comparison.base, qsizetype(newBase));
    qsizetype now = unitOfSentence(*window.state(), anchorPath, anchorText);
    QVERIFY(now >= 0);
    QVERIFY(window.notes()->noteBook()->noteOf(now));
    QCOMPARE(window.notes()->noteBook()->noteOf(now)->status, NoteStatus::Disputed);
    QVERIFY(rowLabel(window, now).endsWith(NoteBook::statusMark(NoteStatus::Disputed)));

    // The sources in another order: the same.
    window.sourceModel()->moveSource(0, window.sourceModel()->rowCount() - 1);
    QVERIFY(compared(window));
    now = unitOfSentence(*window.state(), anchorPath, anchorText);
    QVERIFY(now >= 0);
    QVERIFY(window.notes()->noteBook()->noteOf(now));
    QVERIFY(rowLabel(window, now).endsWith(NoteBook::statusMark(NoteStatus::Disputed)));
    int noted = 0;
    for (qsizetype k = 0; k < window.state()->comparison.units.size(); ++k)
        noted += window.notes()->noteBook()->noteOf(k) ? 1 : 0;
    QCOMPARE(noted, 1);

    // Every source of its sentences hidden: the note is kept, detached, listed last; shown
    // again, it is back on its row.
    const QList<NoteEntry> before = window.notes()->noteBook()->entries();
    QCOMPARE(before.size(), 1);
    QCOMPARE(before.first().unit, now);
    QCOMPARE(before.first().statusText, NoteBook::statusName(NoteStatus::Disputed));
    QCOMPARE(before.first().sentence, anchorText);
    QSet<QString> anchored;
    for (const NoteAnchor &anchor : window.notes()->noteBook()->notes().first().anchors)
        anchored.insert(anchor.source);
    SourceListModel *list = window.sourceModel();
    for (int r = 0; r < list->rowCount(); ++r)
        list->setHidden(r, anchored.contains(noteSourceKey(*list->article(r))));
    QVERIFY(compared(window));
    QCOMPARE(window.notes()->noteBook()->notes().size(), 1);
    QCOMPARE(window.notes()->noteBook()->detachedCount(), 1);
    QCOMPARE(window.notes()->noteBook()->entries().first().unit, qsizetype(-1));
    for (qsizetype k = 0; k < window.state()->comparison.units.size(); ++k)
        QVERIFY(!window.notes()->noteBook()->noteOf(k));
    for (int r = 0; r < window.sourceModel()->rowCount(); ++r)
        window.sourceModel()->setHidden(r, false);
    QVERIFY(compared(window));
    now = unitOfSentence(*window.state(), anchorPath, anchorText);
    QVERIFY(window.notes()->noteBook()->noteOf(now));
    QCOMPARE(window.notes()->noteBook()->detachedCount(), 0);

    // Cleared from the Notes menu.
    window.showCell(window.synopsisModel()->rowOfUnit(now), 0);
    QAction *clear = action(window, QStringLiteral("&Clear Note"));
    QVERIFY(clear && clear->isEnabled());
    clear->trigger();
    QVERIFY(!window.notes()->noteBook()->noteOf(now));
    QVERIFY(!rowLabel(window, now).endsWith(NoteBook::statusMark(NoteStatus::Disputed)));
}

void TestNotes::notesSurviveASession()
{
    QTemporaryDir dir;
    const QString session = dir.filePath(QStringLiteral("story.parallax"));
    qsizetype unit = -1;
    {
        MainWindow window;
        window.show();
        QVERIFY(load(window, Test::samplePaths()));
        const int row = sharedRow(window, window.state()->comparison.base, false);
        QVERIFY(row >= 0);
        unit = window.synopsisModel()->unitOfRow(row);
        window.showCell(row, 0);
        QAction *verified = action(window, QStringLiteral("Mark as &Verified"));
        QVERIFY(verified && verified->isEnabled());
        verified->trigger();
        QVERIFY(window.document()->isModified());
        QVERIFY(rowLabel(window, unit).endsWith(NoteBook::statusMark(NoteStatus::Verified)));
        // What the report gets: the notes on rows, with their status as text; the PDF's brief
        // lists them (tst_report::notesInTheBrief checks the page).
        auto *report = window.findChild<ReportExporter *>();
        QVERIFY(report);
        const QList<ReportNote> briefed = report->options().notes;
        QCOMPARE(briefed.size(), 1);
        QCOMPARE(briefed.first().unit, unit);
        QCOMPARE(briefed.first().status, NoteBook::statusName(NoteStatus::Verified));
        // The autosave keeps it too.
        QTemporaryDir recovery;
        window.startAutosave(recovery.path());
        QVERIFY(window.recovery()->saveNow());
        QString error;
        const std::optional<Session> autosaved =
            Session::open(window.recovery()->path(), {}, &error);
        QVERIFY2(autosaved, qPrintable(error));
        QCOMPARE(autosaved->notes.size(), 1);
        QCOMPARE(autosaved->notes.first().status, NoteStatus::Verified);
        QVERIFY2(window.saveSession(session, &error), qPrintable(error));
        QVERIFY(!window.document()->isModified());
    }
    MainWindow window;
    window.show();
    QSignalSpy finished(&window, &MainWindow::comparisonFinished);
    QString error;
    QVERIFY2(window.openSession(session, &error), qPrintable(error));
    QVERIFY(finished.wait(30000));
    const Note *note = window.notes()->noteBook()->noteOf(unit);
    QVERIFY(note);
    QCOMPARE(note->status, NoteStatus::Verified);
    QVERIFY(rowLabel(window, unit).endsWith(NoteBook::statusMark(NoteStatus::Verified)));
    QVERIFY(!window.document()->isModified());
    // The details panel shows it on that row.
    window.showCell(window.synopsisModel()->rowOfUnit(unit), 0);
    auto *details = window.findChild<DetailsPanel *>(QStringLiteral("details"));
    QCOMPARE(details->noteStatusBox()->currentIndex(), int(NoteStatus::Verified) + 1);
}

void TestNotes::sessionWithoutNotesOpens()
{
    // A session as the version before notes wrote it: no "notes" key.
    QTemporaryDir dir;
    QJsonArray sources;
    for (const QString &path : Test::samplePaths())
        sources.append(QJsonObject{{QStringLiteral("name"), QString()},
                                   {QStringLiteral("hidden"), false},
                                   {QStringLiteral("path"), path}});
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("parallax-session")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("base"), 1},
        {QStringLiteral("options"), QJsonObject{{QStringLiteral("threshold"), 0.45}}}};
    const QString path = dir.filePath(QStringLiteral("old.parallax"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(root).toJson());
    file.close();
    MainWindow window;
    window.show();
    QSignalSpy finished(&window, &MainWindow::comparisonFinished);
    QString error;
    QVERIFY2(window.openSession(path, &error), qPrintable(error));
    QVERIFY(finished.wait(30000));
    QCOMPARE(window.sourceModel()->rowCount(), int(sources.size()));
    QCOMPARE(window.sourceModel()->baseRow(), 1);
    QVERIFY(window.notes()->noteBook()->notes().isEmpty());
    // Saved again without notes, the session has no "notes" key either.
    const QString again = dir.filePath(QStringLiteral("again.parallax"));
    QVERIFY2(window.saveSession(again, &error), qPrintable(error));
    QFile saved(again);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(!QJsonDocument::fromJson(saved.readAll()).object().contains(QStringLiteral("notes")));
}

void TestNotes::notesInSessionFiles()
{
    // What a session keeps reads back the same; entries a later or damaged file holds that this
    // version cannot use (an unknown status, no sentence) are left out, not guessed at.
    const QList<Note> notes{
        {NoteStatus::Verified,
         QStringLiteral("Ministry confirmed"),
         {{QStringLiteral("/a/000.txt"), QStringLiteral("The bridge reopened.")},
          {QStringLiteral("text:0123456789abcdef"), QStringLiteral("The bridge is open.")}}},
        {NoteStatus::ToCheck, QString(), {{QStringLiteral("/a/001.txt"), QStringLiteral("x")}}},
    };
    QJsonArray array = notesToJson(notes);
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("verified"));
    QCOMPARE(array.at(1).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("to-check"));
    QCOMPARE(notesFromJson(array), notes);
    array.append(QJsonObject{{QStringLiteral("status"), QStringLiteral("maybe")},
                             {QStringLiteral("anchors"), notesToJson(notes).at(0).toObject().value(
                                                             QStringLiteral("anchors"))}});
    array.append(QJsonObject{{QStringLiteral("status"), QStringLiteral("disputed")}});
    array.append(QStringLiteral("not an object"));
    QCOMPARE(notesFromJson(array), notes);
}

QTEST_MAIN(TestNotes)
#include "tst_notes.moc"
