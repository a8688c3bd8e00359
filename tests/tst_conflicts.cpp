// Conflicts (findConflicts) as a fact-checker counts them: one disputed fact is one conflict,
// whatever words follow its value in each source. (The kinds of conflict are in tst_findings.)
#include "articleloader.h"
#include "comparison.h"
#include "conflicts.h"

#include <QtTest>

#include <initializer_list>

using namespace Parallax;

namespace {

// One article per value: the template with %1 replaced by it.
QList<Article> versions(const QString &text, std::initializer_list<const char *> values)
{
    QList<Article> articles;
    for (const char *value : values)
        articles.append(
            ArticleLoader::fromText(text.arg(QLatin1String(value)), SourceFormat::PlainText));
    return articles;
}

} // namespace

class TestConflicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneFactIsOneConflict();
    void aSourceGivingBothValuesContradictsNeither();
    void valuesWrittenTheSameWayInAnyOrder();
    void loneValuesMeetWhateverFollows_data();
    void loneValuesMeetWhateverFollows();
    void boundsAndRanges_data();
    void boundsAndRanges();
};

// Four sources: two say 32 chiefs met, two say 31, each pair with "defence" and "military" after
// the number. One conflict, 32 against 31, each side with its two sources, in any order.
void TestConflicts::oneFactIsOneConflict()
{
    QList<Article> articles =
        versions(QStringLiteral("Alliance chiefs meet\n\nThe alliance said that %1 chiefs from "
                                "across the alliance held a video conference on Wednesday.\n\nA "
                                "second call is planned for next month, officials said.\n"),
                 {"32 defence", "32 military", "31 defence", "31 military"});
    for (int order = 0; order < 2; ++order) {
        const QList<Conflict> found = findConflicts(articles, compare(articles));
        QCOMPARE(found.size(), 1);
        const Conflict &c = found.first();
        QCOMPARE(c.sides.size(), 2);
        // Sides in value order: 31 (the third and fourth source first, the reverse after).
        const QList<qsizetype> first = order == 0 ? QList<qsizetype>{2, 3} : QList<qsizetype>{0, 1};
        const QList<qsizetype> second =
            order == 0 ? QList<qsizetype>{0, 1} : QList<qsizetype>{2, 3};
        QCOMPARE(c.sides.at(0).value, QStringLiteral("31"));
        QCOMPARE(c.sides.at(0).sources, first);
        QCOMPARE(c.sides.at(1).value, QStringLiteral("32"));
        QCOMPARE(c.sides.at(1).sources, second);
        QCOMPARE(c.sides.at(0).segments.size(), 2);
        std::reverse(articles.begin(), articles.end());
    }
}

// A unit that joins two sentences of each source: the first source gives one weekday, the second
// gives it too and, in its other sentence, the day after (when a count changed). No source says
// the event was on another day, so there is no weekday conflict; a count the second source gives
// before and after it changed contradicts no one either. A source that only gives the other day
// does contradict the first.
void TestConflicts::aSourceGivingBothValuesContradictsNeither()
{
    const QString first = QStringLiteral(
        "Bridge closed\n\nNine people were hurt when a bridge in Holm gave way on Friday "
        "morning, the council said. The bridge carried 40 cars at the time.\n");
    const QString second = QStringLiteral(
        "Holm bridge toll rises\n\nThe number hurt in the Holm bridge collapse rose to eleven on "
        "Saturday from nine the day before, the council said. It gave way on Friday morning with "
        "40 cars on it.\n");
    const QString third = QStringLiteral(
        "Bridge closed\n\nNine people were hurt when a bridge in Holm gave way on Thursday "
        "morning, the council said. The bridge carried 40 cars at the time.\n");
    for (const bool both : {true, false}) {
        const QString &other = both ? second : third;
        const QList<Article> articles{ArticleLoader::fromText(first, SourceFormat::PlainText),
                                      ArticleLoader::fromText(other, SourceFormat::PlainText)};
        QCOMPARE(articles.at(0).sentences.size(), 3);
        QCOMPARE(articles.at(1).sentences.size(), 3);
        // The units by hand: the headlines, and both body sentences of each source together.
        Comparison comparison;
        comparison.base = 0;
        comparison.firstSegment = {0, 3};
        comparison.units = {Unit{{0, 3}, {0, 1}}, Unit{{1, 2, 4, 5}, {0, 1}}};
        QStringList found;
        for (const Conflict &c : findConflicts(articles, comparison)) {
            for (const ConflictSide &side : c.sides)
                found.append(c.dimension + u'=' + side.value);
        }
        found.sort();
        if (both)
            QCOMPARE(found, QStringList());
        else
            QCOMPARE(found, (QStringList{QStringLiteral("weekday=Friday"),
                                         QStringLiteral("weekday=Thursday")}));
    }
}

// Two sources write one value in two ways ("twelve", "12"), a third gives another: the conflict
// shows one way (the one most sources write, then the shorter), with the words that bound it,
// whichever source comes first.
void TestConflicts::valuesWrittenTheSameWayInAnyOrder()
{
    const QList<Article> articles =
        versions(QStringLiteral("Ferry sinks\n\nAt least %1 people died when the ferry sank on "
                                "the lake late on Tuesday, officials said.\n\nDivers will go on "
                                "searching at dawn, the coast guard said.\n"),
                 {"twelve", "12", "14"});
    for (const QList<int> &order :
         {QList<int>{0, 1, 2}, QList<int>{1, 0, 2}, QList<int>{2, 0, 1}}) {
        QList<Article> ordered;
        for (int i : order)
            ordered.append(articles.at(i));
        const QList<Conflict> found = findConflicts(ordered, compare(ordered));
        QCOMPARE(found.size(), 1);
        QStringList values;
        for (const ConflictSide &side : found.first().sides)
            values.append(side.value);
        values.sort();
        QCOMPARE(values,
                 (QStringList{QStringLiteral("At least 12"), QStringLiteral("At least 14")}));
    }
}

// Each source states one count (or one percentage) in the sentence: the two are about the same
// thing whatever words follow each, so they conflict, and neither is an addition.
void TestConflicts::loneValuesMeetWhateverFollows_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("dimension");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("percent") << "Fares will rise by 3 per cent from January to help cover the cost."
                             << "Fares will go up by 5 per cent in January."
                             << "percent" << QStringList{"3 per cent", "5 per cent"};
    QTest::newRow("count") << "Four people were injured in the crash on the ring road, police said."
                           << "Police said the crash on the ring road left three injured."
                           << "count" << QStringList{"Four", "three"};
}

void TestConflicts::loneValuesMeetWhateverFollows()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, dimension);
    QFETCH(QStringList, values);
    const QString story = QStringLiteral("Transport news\n\n%1\n\nThe council will meet again "
                                         "on Thursday to discuss the budget.\n");
    const QList<Article> articles{
        ArticleLoader::fromText(story.arg(first), SourceFormat::PlainText),
        ArticleLoader::fromText(story.arg(second), SourceFormat::PlainText)};
    const Comparison comparison = compare(articles);
    const QList<Conflict> found = findConflicts(articles, comparison);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().dimension, dimension);
    QStringList sides;
    for (const ConflictSide &side : found.first().sides)
        sides.append(side.value);
    sides.sort(Qt::CaseInsensitive);
    QCOMPARE(sides, values);
    for (const Addition &a : comparison.added) {
        for (const QString &value : std::as_const(values))
            QVERIFY2(!a.text.contains(value), qPrintable(a.text));
    }
}

// Sources state one figure: a bound or a range that allows the others' values is no conflict
// and adds nothing ("more than 60" / "sixty-two" / "about 60"), nor is a figure in words ("half a
// million" / "500,000"); a value outside a bound is a conflict that shows the bound ("more than
// 60" / "50").
void TestConflicts::boundsAndRanges_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("story");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QStringList>("conflict"); // the sides' values, sorted; empty: none
    const QString quake = QStringLiteral(
        "Quake hits valley\n\nRescuers said %1 people were trapped under the rubble of the "
        "school on Monday.\n\nThe army sent cranes and dogs to the town overnight.\n");
    QTest::newRow("bounds agree") << "en" << quake
                                  << QStringList{"more than 60", "sixty-two", "about 60"}
                                  << QStringList{};
    QTest::newRow("range agrees") << "en" << quake
                                  << QStringList{"10-12", "11", "between 10 and 12"}
                                  << QStringList{};
    QTest::newRow("outside the bound")
        << "en" << quake << QStringList{"more than 60", "50", "more than 60"}
        << QStringList{"50", "more than 60"};
    QTest::newRow("halves and dozens")
        << "en" << quake << QStringList{"half a million", "500,000", "half a million"}
        << QStringList{};
    QTest::newRow("a dozen against 15")
        << "en" << quake << QStringList{"a dozen", "15"} << QStringList{"15", "a dozen"};
    // Values that agree are one side against the one that disagrees.
    QTest::newRow("agreeing values are one side")
        << "en" << quake << QStringList{"between 10 and 12", "11", "14"}
        << QStringList{"14", "between 10 and 12 / 11"};
    QTest::newRow("tolls differ") << "en" << quake << QStringList{"at least 12", "at least 14"}
                                  << QStringList{"at least 12", "at least 14"};
    const QString festival = QStringLiteral(
        "Festival ends\n\nThe festival, held on %1, drew 40,000 visitors to the town.\n\nThe "
        "organisers thanked the volunteers and the police for their work.\n");
    QTest::newRow("days of a month agree")
        << "en" << festival << QStringList{"20-21 August", "August 20 and 21", "20 and 21 August"}
        << QStringList{};
    QTest::newRow("days of a month differ")
        << "en" << festival << QStringList{"20-21 August", "22-23 August"}
        << QStringList{"20-21 August", "22-23 August"};
    const QString german = QStringLiteral(
        "Beben im Tal\n\nNach Angaben der Helfer waren am Montag %1 Menschen unter den "
        "Trümmern der Schule eingeschlossen.\n\nDie Armee schickte über Nacht Kräne und "
        "Hunde in die Stadt.\n");
    QTest::newRow("German bounds agree")
        << "de" << german << QStringList{"mehr als 60", "zweiundsechzig", "rund 60"}
        << QStringList{};
    QTest::newRow("German outside the range")
        << "de" << german << QStringList{"zwischen 10 und 12", "15"}
        << QStringList{"15", "zwischen 10 und 12"};
}

void TestConflicts::boundsAndRanges()
{
    QFETCH(QString, language);
    QFETCH(QString, story);
    QFETCH(QStringList, values);
    QFETCH(QStringList, conflict);
    QList<Article> articles;
    for (const QString &value : std::as_const(values)) {
        articles.append(ArticleLoader::fromText(story.arg(value), SourceFormat::PlainText));
        articles.last().metadata.language = language;
    }
    const Comparison comparison = compare(articles);
    const QList<Conflict> found = findConflicts(articles, comparison);
    QStringList sides;
    if (!found.isEmpty()) {
        QCOMPARE(found.size(), 1);
        for (const ConflictSide &side : found.first().sides)
            sides.append(side.value);
        sides.sort(Qt::CaseInsensitive);
    }
    QCOMPARE(sides, conflict);
    // A value is a conflict or a restatement, never an addition.
    for (const Addition &a : comparison.added) {
        for (const QString &value : std::as_const(values))
            QVERIFY2(!a.text.contains(value, Qt::CaseInsensitive), qPrintable(a.text));
    }
}

QTEST_GUILESS_MAIN(TestConflicts)
#include "tst_conflicts.moc"
