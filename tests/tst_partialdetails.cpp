// The details only some sources carry (findPartialDetails): what a reader of the other sources
// never learns. A name spelt two ways, an abbreviation with or without dots, a name in lower
// case, a quotation with its full stop inside the marks and a capitalised adjective are no such
// details; a name that only some sources print is one, whatever the order of the sources.
#include "articleloader.h"
#include "comparison.h"
#include "conflicts.h"
#include "partialdetails.h"
#include "wordnet.h"

#include <QtTest>

using namespace Parallax;

class TestPartialDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyWhatSomeSourcesLack();
    void oneThingNamedOrQuotedTwoWays();
    void numbersComparedAsValues();
    void oneNumberCountingDifferentThings();
    void conflictsAreNoDetails();
    void adjectiveOfAName();
    void titlesAndOpeningWordsAreNoNames();

private:
    // "text: source names" for every detail, sorted; names parallel to articles.
    static QStringList describe(const QList<Article> &articles, const QStringList &names);
};

QStringList TestPartialDetails::describe(const QList<Article> &articles, const QStringList &names)
{
    QStringList lines;
    for (const PartialDetail &detail : findPartialDetails(articles, compare(articles))) {
        QStringList carriers;
        for (qsizetype s : detail.sources)
            carriers.append(names.at(s));
        carriers.sort();
        lines.append(detail.text + QStringLiteral(": ") + carriers.join(u','));
    }
    lines.sort();
    return lines;
}

void TestPartialDetails::onlyWhatSomeSourcesLack()
{
    const QList<Article> articles = {
        ArticleLoader::fromText(
            QStringLiteral(
                "First\n\nUkrainian President Volodymyr Zelensky met U.S. envoys in Kyiv on "
                "Monday, and the Western delegation called the plan \"a road to nowhere\".\n\n"
                "Next month the alliance's military committee will meet again.\n"),
            SourceFormat::PlainText),
        ArticleLoader::fromText(
            QStringLiteral(
                "Second\n\nUkrainian President Volodymyr Zelenskyy met US envoys in Kyiv on "
                "Monday, and the Western delegation called the plan \"a road to nowhere.\"\n\n"
                "Next month NATO's Military Committee will meet again.\n"),
            SourceFormat::PlainText),
        ArticleLoader::fromText(
            QStringLiteral(
                "Third\n\nUkrainian President Volodymyr Zelensky met US envoys in Kyiv on Monday, "
                "and the delegation called the plan \"a road to nowhere\".\n\n"
                "Next month General Alexus Grynkewich will brief the committee of chiefs.\n"),
            SourceFormat::PlainText),
    };
    QStringList names = {QStringLiteral("First"), QStringLiteral("Second"),
                         QStringLiteral("Third")};
    const QStringList found = describe(articles, names);
    // NATO is in the second source alone, Alexus Grynkewich in the third ("General" opens its
    // sentence); the committee's name in the first and the second (in lower case in the
    // first). "Western" is an adjective, "U.S." the "US" of the others, Zelenskyy Zelensky.
    QCOMPARE(found, QStringList({QStringLiteral("General Alexus Grynkewich: Third"),
                                 QStringLiteral("Military Committee: First,Second"),
                                 QStringLiteral("NATO: Second")}));
    QList<Article> reversed = articles;
    std::reverse(reversed.begin(), reversed.end());
    std::reverse(names.begin(), names.end());
    QCOMPARE(describe(reversed, names), found);
}

// Another name WordNet gives the same place ("UK", "Britain"; "Russia", "Russian Federation")
// is the same detail; a quotation that adds a word to what more sources quote is not listed
// apart, nor is one that findQuotations() reports as worded differently elsewhere.
void TestPartialDetails::oneThingNamedOrQuotedTwoWays()
{
    const QString text = QStringLiteral(
        "Talks\n\nEnvoys from %1 and Russia met on Monday, and Lavrov called the plan \"%2\".\n\n"
        "The envoys described the meeting as \"%3\" and said: \"%4\".\n");
    const QList<Article> articles = {
        ArticleLoader::fromText(text.arg(u"the UK"_qs, u"a road to nowhere"_qs,
                                         u"a great, candid discussion"_qs,
                                         u"We are united and will stay so"_qs),
                                SourceFormat::PlainText),
        ArticleLoader::fromText(text.arg(u"Britain"_qs, u"road to nowhere"_qs, u"useful"_qs,
                                         u"We are united and will remain so"_qs),
                                SourceFormat::PlainText),
        ArticleLoader::fromText(text.arg(u"Canada"_qs, u"road to nowhere"_qs, u"useful"_qs,
                                         u"We are united and will remain so"_qs)
                                    .replace(u"Russia"_qs, u"the Russian Federation"_qs),
                                SourceFormat::PlainText),
    };
    const QStringList names = {u"First"_qs, u"Second"_qs, u"Third"_qs};
    // Britain for the UK (in the first two), and Canada, the third's; "a road to nowhere" is one
    // word more than all three quote; the Russian Federation is Russia.
    QCOMPARE(describe(articles, names),
             QStringList({u"Britain: First,Second"_qs, u"Canada: Third"_qs,
                          u"We are united and will remain so: Second,Third"_qs,
                          u"We are united and will stay so: First"_qs,
                          u"a great, candid discussion: First"_qs, u"useful: Second,Third"_qs}));
    // The two wordings of "We are united ..." are one altered quotation.
    const Comparison comparison = compare(articles);
    QList<PartialDetail> details = findPartialDetails(articles, comparison);
    dropQuotationsWordedElsewhere(&details, findQuotations(articles, comparison));
    QStringList left;
    for (const PartialDetail &detail : std::as_const(details))
        left.append(detail.text);
    left.sort();
    QCOMPARE(left, QStringList({u"Britain"_qs, u"Canada"_qs, u"a great, candid discussion"_qs,
                                u"useful"_qs}));
}

// A number is the same detail in any form: "12" and "twelve" metres, "$2m", "$2 million" and "2
// million dollars", "a 42-metre span" and "spanning 42 metres", a date with and without its
// year. Only a value some sources lack is listed, with every way its sources write it
// (PartialDetail::forms), so that the window finds it in their sentences, and a count with the
// noun it counts; a weekday is a detail too, and neither it nor a month is a name.
void TestPartialDetails::numbersComparedAsValues()
{
    const QString text = QStringLiteral(
        "Flood\n\nThe river rose by %1 metres on %2, and the council set aside %3 for repairs.\n\n"
        "The mayor said %4 were flooded.\n\nThe footbridge, %5, stays closed.\n");
    const QList<Article> articles = {
        ArticleLoader::fromText(text.arg(u"12"_qs, u"Aug. 20, 2025"_qs, u"$2m"_qs, u"400 homes"_qs,
                                         u"a 42-metre span"_qs),
                                SourceFormat::PlainText),
        ArticleLoader::fromText(text.arg(u"twelve"_qs, u"20 August"_qs, u"$2 million"_qs,
                                         u"400 homes"_qs, u"42 metres long"_qs) +
                                    u"\nRescuers took 35 people from their roofs.\n"_qs,
                                SourceFormat::PlainText),
        ArticleLoader::fromText(text.arg(u"12"_qs, u"Wednesday"_qs, u"2 million dollars"_qs,
                                         u"many homes"_qs, u"spanning 42 metres"_qs),
                                SourceFormat::PlainText),
    };
    const QStringList names = {u"First"_qs, u"Second"_qs, u"Third"_qs};
    const QStringList found = describe(articles, names);
    QCOMPARE(found, QStringList({u"35 people: Second"_qs, u"400 homes: First,Second"_qs,
                                 u"Aug. 20, 2025: First,Second"_qs, u"Wednesday: Third"_qs}));
    QList<Article> reversed = articles;
    std::reverse(reversed.begin(), reversed.end());
    QStringList reversedNames = names;
    std::reverse(reversedNames.begin(), reversedNames.end());
    QCOMPARE(describe(reversed, reversedNames), found);
    for (const PartialDetail &detail : findPartialDetails(articles, compare(articles))) {
        if (detail.text.startsWith(u"Aug"_qs))
            QCOMPARE(detail.forms, QStringList({u"20 August"_qs, u"Aug. 20, 2025"_qs}));
    }
}

// Sources that write one number for different things ("32 member states", "32 defence
// chiefs") share the number, and the detail is labelled by the number alone: a reader is not
// told that a source counted defence chiefs when it counted member states. With one noun in all
// its wordings, the label keeps it ("400 homes" above).
void TestPartialDetails::oneNumberCountingDifferentThings()
{
    if (!WordNet::system().isAvailable())
        QSKIP("wordnet-base is not installed (it tells the counted noun)");
    const QString text = QStringLiteral(
        "Talks\n\nMilitary leaders met online on Wednesday to discuss the plan.%1\n\n"
        "The meeting lasted three hours, officials said.\n");
    const QList<Article> articles = {
        ArticleLoader::fromText(text.arg(u" They came from 32 member states."_qs),
                                SourceFormat::PlainText),
        ArticleLoader::fromText(text.arg(u" In all, 32 defence chiefs took part."_qs),
                                SourceFormat::PlainText),
        ArticleLoader::fromText(text.arg(QString()), SourceFormat::PlainText),
    };
    const QStringList names = {u"First"_qs, u"Second"_qs, u"Third"_qs};
    QCOMPARE(describe(articles, names), QStringList({u"32: First,Second"_qs}));
}

// A value where the other sources state another ("4.8 million pounds" / "4.2 million pounds") is a
// conflict, listed as such, not a detail only some sources carry; a value the others leave out
// stays a detail.
void TestPartialDetails::conflictsAreNoDetails()
{
    const QString text = QStringLiteral(
        "Repairs\n\nEngineers estimate the repairs will cost %1 and take eight months.\n\n"
        "The council will vote on the plan next week.%2\n");
    const QList<Article> articles = {
        ArticleLoader::fromText(text.arg(u"4.2 million pounds"_qs, QString()),
                                SourceFormat::PlainText),
        ArticleLoader::fromText(text.arg(u"4.8 million pounds"_qs, QString()),
                                SourceFormat::PlainText),
        ArticleLoader::fromText(
            text.arg(u"4.2 million pounds"_qs, u" The wall was built in 1987."_qs),
            SourceFormat::PlainText),
    };
    const Comparison comparison = compare(articles);
    const QList<Conflict> conflicts = findConflicts(articles, comparison);
    QCOMPARE(conflicts.size(), 1);
    QList<PartialDetail> details = findPartialDetails(articles, comparison);
    QStringList before;
    for (const PartialDetail &detail : std::as_const(details))
        before.append(detail.text);
    before.sort();
    QCOMPARE(before, QStringList({u"1987"_qs, u"4.2 million pounds"_qs, u"4.8 million pounds"_qs}));
    dropConflictingDetails(&details, conflicts);
    QCOMPARE(details.size(), 1);
    QCOMPARE(details.first().text, u"1987"_qs);
}

// A source that writes the adjective of a place ("French", "European") states the place: in
// English, WordNet's pertainyms. Without WordNet there is nothing to check.
void TestPartialDetails::adjectiveOfAName()
{
    if (!WordNet::system().isAvailable())
        QSKIP("WordNet (wordnet-base) is not installed");
    const QString text = QStringLiteral(
        "Summit\n\nThe %1 met %2 in Vilnoria on Monday to discuss the trade plan.\n\n"
        "The talks ended without an agreement, officials said.\n");
    const QList<Article> articles = {
        ArticleLoader::fromText(text.arg(u"French president"_qs, u"European leaders"_qs),
                                SourceFormat::PlainText),
        ArticleLoader::fromText(text.arg(u"president of France"_qs, u"leaders from Europe"_qs),
                                SourceFormat::PlainText),
        ArticleLoader::fromText(text.arg(u"Canadian president"_qs, u"Asian leaders"_qs),
                                SourceFormat::PlainText),
    };
    const QStringList names = {u"First"_qs, u"Second"_qs, u"Third"_qs};
    const QStringList found = describe(articles, names);
    QVERIFY2(found.contains(u"France: First,Second"_qs), qPrintable(found.join(u'|')));
    QVERIFY2(found.contains(u"Europe: First,Second"_qs), qPrintable(found.join(u'|')));
}

// "Dr." before a name is a title, not a name some sources lack; a weekday that follows a
// sentence's capitalised first word ("On Tuesday evening") is one detail, the weekday, not also
// a name.
void TestPartialDetails::titlesAndOpeningWordsAreNoNames()
{
    const QString text = QStringLiteral(
        "Dam repaired\n\nThe dam above the village was repaired over the winter, the water board "
        "said.\n\n%1 Mira Holt, an engineer at the board, said the work had cost 2 million "
        "euros.\n\n%2\n");
    const QList<Article> articles = {
        ArticleLoader::fromText(
            text.arg(u"Dr."_qs, u"On Tuesday evening the board opened the dam to visitors."_qs),
            SourceFormat::PlainText),
        ArticleLoader::fromText(text.arg(u"Dr."_qs, u"The dam is open to visitors again."_qs),
                                SourceFormat::PlainText),
        ArticleLoader::fromText(text.arg(QString(), u"The dam is open to visitors again."_qs),
                                SourceFormat::PlainText),
    };
    QCOMPARE(describe(articles, {u"First"_qs, u"Second"_qs, u"Third"_qs}),
             QStringList({u"Tuesday: First"_qs}));
}

QTEST_GUILESS_MAIN(TestPartialDetails)
#include "tst_partialdetails.moc"
