#include "findingsutil.h"
#include "testutil.h"

#include <QTemporaryDir>

#include <algorithm>

using namespace Parallax;
using namespace Parallax::Test;

// Quotations compared across sources: altered, partial, agreeing or in one source only, who
// said them, and a quotation given to another person as a conflict.
class TestQuotations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotations_data();
    void quotations();
    void seedsQuotations();
    void quotationSpeakers_data();
    void quotationSpeakers();
    void quotationGivenToAnotherPerson();
    void speakerNamedLikeAPlace();
    void twoPeopleOfOneLastName();
    void noSpeakerConflictWithoutDoubtlessNames_data();
    void noSpeakerConflictWithoutDoubtlessNames();
    void excerptShowsTheChange();
    void germanQuoteClosedWithTypewriterMark();
    void germanQuotationGivenToAnotherPerson();
    void speakerAfterTheQuotation_data();
    void speakerAfterTheQuotation();
};

void TestQuotations::quotations_data()
{
    QTest::addColumn<QStringList>("texts"); // one per source, named a.txt, b.txt...
    QTest::addColumn<QStringList>("expected");
    const QString engineer =
        QStringLiteral("The work was finished on time and within the budget [%1] Ana Weiss");
    const QString only =
        QStringLiteral("single: This is the best day for our town in years [a] Paul Grant");
    QTest::newRow("two sources: altered, partial, identical, only one")
        << QStringList{bridge(kMayor, kTrader,
                              "\u201CThis is the best day for our town in years,\u201D said "
                              "Paul Grant, a resident.\n\n"),
                       bridge("\u201CWe are very proud of the crews who worked all winter to "
                              "finish the job,\u201D",
                              "\u201CTraffic will flow freely again,\u201D")}
        << QStringList{
               QStringLiteral("agree: ") + engineer.arg(QStringLiteral("a,b")),
               QStringLiteral("altered: We are proud of the crews who worked through the winter "
                              "to finish the job [a] Mayor Lena Hart / We are very proud of the "
                              "crews who worked all winter to finish the job [b] Mayor Lena Hart"),
               QStringLiteral("partial: Traffic will flow freely again and the market traders "
                              "can finally breathe [a] Tom Reyes / Traffic will flow freely "
                              "again [b] Tom Reyes"),
               only};
    QTest::newRow("three sources: straight quotes, one altered")
        << QStringList{bridge(kMayor, kTrader), bridge(kMayor, kTrader),
                       bridge("\"We are proud of the crews who worked through the cold winter to "
                              "finish the job,\"",
                              kTrader)}
        << QStringList{
               QStringLiteral("agree: ") + engineer.arg(QStringLiteral("a,b,c")),
               QStringLiteral("agree: Traffic will flow freely again and the market traders "
                              "can finally breathe [a,b,c] Tom Reyes"),
               QStringLiteral("altered: We are proud of the crews who worked through the cold "
                              "winter to finish the job [c] Mayor Lena Hart / We are proud of the "
                              "crews who worked through the winter to finish the job [a,b] Mayor "
                              "Lena Hart")};
    // One speaker, two statements that share a phrase, in aligned sentences: no altered
    // quotation (a source would be told it changed words it never printed).
    QTest::newRow("two statements sharing a phrase")
        << QStringList{bridge(kMayor, kTrader),
                       bridge("\u201CNobody should forget the crews who worked through the winter "
                              "in the cold river,\u201D",
                              kTrader)}
        << QStringList{
               QStringLiteral("agree: ") + engineer.arg(QStringLiteral("a,b")),
               QStringLiteral("agree: Traffic will flow freely again and the market traders "
                              "can finally breathe [a,b] Tom Reyes"),
               QStringLiteral("single: Nobody should forget the crews who worked through the "
                              "winter in the cold river [b] Mayor Lena Hart"),
               QStringLiteral("single: We are proud of the crews who worked through the winter "
                              "to finish the job [a] Mayor Lena Hart")};
    // The same words with the marks placed elsewhere (a "road to nowhere" / "a road to
    // nowhere"): the sources agree; no "quoted in part".
    QTest::newRow("marks around part of the same words")
        << QStringList{bridge(kMayor, kTrader),
                       bridge(kMayor, "Traffic will \u201Cflow freely again and the market "
                                      "traders can finally breathe,\u201D")}
        << QStringList{
               QStringLiteral("agree: ") + engineer.arg(QStringLiteral("a,b")),
               QStringLiteral("agree: Traffic will flow freely again and the market traders "
                              "can finally breathe [a,b] Tom Reyes"),
               QStringLiteral("agree: We are proud of the crews who worked through the winter "
                              "to finish the job [a,b] Mayor Lena Hart")};
    const char *german =
        "Neue Fähre für Seedorf\n\n"
        "Die Gemeinde Seedorf hat am Dienstag eine neue Fähre über den See in Betrieb genommen. "
        "Das Schiff bietet Platz für achtzig Fahrgäste und zwölf Fahrräder.\n\n"
        "\u201E%1\u201C, sagte Bürgermeisterin Karin Vogt bei der Taufe am Hafen.\n\n"
        "Die alte Fähre war mehr als vierzig Jahre lang im Dienst und wird nun verkauft. Der "
        "Fahrplan bleibt im Winter unverändert.\n";
    QTest::newRow("German")
        << QStringList{QString::fromUtf8(german).arg(QStringLiteral(
                           "Wir haben lange auf dieses Schiff gewartet und freuen uns sehr")),
                       QString::fromUtf8(german).arg(QStringLiteral(
                           "Wir haben sehr lange auf dieses neue Schiff gewartet und freuen uns"))}
        << QStringList{QStringLiteral(
               "altered: Wir haben sehr lange auf dieses neue Schiff gewartet und freuen uns [b] "
               "Bürgermeisterin Karin Vogt / Wir haben lange auf dieses Schiff gewartet und freuen "
               "uns sehr [a] "
               "Bürgermeisterin Karin Vogt")};
    // French typography: a no-break space inside the guillemets, or a plain one.
    const char *french =
        "Nouveau bac pour Valmorin\n\n"
        "La commune a mis en service mardi un nouveau bac sur le lac.\n\n"
        "\u00AB%1\u00BB, a d\u00E9clar\u00E9 la maire, H\u00E9l\u00E8ne Castel, lors de "
        "l'inauguration.\n\n"
        "L'ancien bac, en service depuis quarante ans, sera vendu au printemps.\n";
    QTest::newRow("French, spaces inside the guillemets")
        << QStringList{QString::fromUtf8(french).arg(QStringLiteral(
                           "\u00A0Nous attendions ce bateau depuis longtemps\u00A0")),
                       QString::fromUtf8(french).arg(QStringLiteral(
                           " Nous attendions ce nouveau bateau depuis tr\u00E8s longtemps "))}
        << QStringList{QStringLiteral(
               "altered: Nous attendions ce nouveau bateau depuis tr\u00E8s longtemps [b] "
               "H\u00E9l\u00E8ne Castel / Nous attendions ce bateau depuis longtemps [a] "
               "H\u00E9l\u00E8ne Castel")};
}

void TestQuotations::quotations()
{
    QFETCH(QStringList, texts);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    QList<Article> articles;
    for (qsizetype i = 0; i < texts.size(); ++i)
        articles.append(
            load(writeFile(dir, QChar(char16_t(u'a' + i)) + QStringLiteral(".txt"), texts.at(i))));
    const QStringList got = quotationLines(articles);
    QCOMPARE(got, expected);
    // The same findings whatever the order of the sources.
    std::reverse(articles.begin(), articles.end());
    QCOMPARE(quotationLines(articles), got);
    std::rotate(articles.begin(), articles.begin() + 1, articles.end());
    QCOMPARE(quotationLines(articles), got);
}

void TestQuotations::seedsQuotations()
{
    const QStringList seeds = Test::seedPaths();
    if (seeds.size() < 5)
        QSKIP("../shared/seeds is absent");
    QList<Article> articles = ArticleLoader::loadAll(seeds).articles;
    const Comparison c = compare(articles);
    const QList<QuotationFinding> found = findQuotations(articles, c);
    QVERIFY(!found.isEmpty());
    bool compared = false;
    for (const QuotationFinding &finding : found) {
        QVERIFY(!finding.sides.isEmpty());
        for (const QuotationSide &side : finding.sides) {
            QVERIFY(!side.sources.isEmpty());
            QCOMPARE(side.segments.isEmpty(), false);
            QVERIFY(side.text.split(u' ', Qt::SkipEmptyParts).size() >= 3);
        }
        compared = compared || finding.kind != QuotationFinding::Kind::Single;
        if (finding.kind == QuotationFinding::Kind::Single)
            QCOMPARE(finding.sides.front().sources.size(), 1);
    }
    QVERIFY(compared);
    QCOMPARE(quotationLines(QList<Article>(articles.crbegin(), articles.crend())),
             quotationLines(articles));
    for (const QString &line : quotationLines(articles))
        qInfo("%s", qPrintable(line));
}

void TestQuotations::quotationSpeakers_data()
{
    QTest::addColumn<QString>("context"); // a paragraph before the sentence's, or none
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("speaker");
    const QString met = QStringLiteral("Foreign Minister Piet Vandermeer met the delegation "
                                       "in the regional capital on Monday.");
    QTest::newRow("\"...,\" he said: the one named before")
        << met
        << QStringLiteral("\u201CWe will not sign this draft in its present form,\u201D he said.")
        << QStringLiteral("Foreign Minister Piet Vandermeer");
    QTest::newRow("\"...,\" an official said: someone unnamed")
        << met
        << QStringLiteral("\u201CWe will not sign this draft in its present form,\u201D an "
                          "official said.")
        << QString();
    QTest::newRow("the one a verb of saying follows, not the first name")
        << QString()
        << QStringLiteral("Delegates from Ostrava met on Monday, as Russia warned that any deal "
                          "without it was \u201Ca road to nowhere for all sides\u201D.")
        << QStringLiteral("Russia");
    QTest::newRow("a place before a comma says nothing")
        << met
        << QStringLiteral("He criticised the plan for Ukraine, stating that \u201Cthe draft is a "
                          "road to nowhere for all sides\u201D.")
        << QStringLiteral("Foreign Minister Piet Vandermeer");
    QTest::newRow("the subject, not a place near the quotation")
        << QString()
        << QStringLiteral("Foreign Minister Piet Vandermeer told reporters on Monday that talks "
                          "without Moscow would be \u201Ca road to nowhere for all sides\u201D.")
        << QStringLiteral("Foreign Minister Piet Vandermeer");
    QTest::newRow("the tag after the quotation")
        << QString()
        << QStringLiteral("\u201CWe will not sign this draft in its present form,\u201D "
                          "Vandermeer said on Monday.")
        << QStringLiteral("Vandermeer");
    QTest::newRow("a tag naming a place too") // "bush" is a place in WordNet
        << QString()
        << QStringLiteral("\u201CWe will not sign this draft in its present form,\u201D Bush "
                          "told reporters.")
        << QStringLiteral("Bush");
    QTest::newRow("a name that starts the sentence")
        << QString()
        << QStringLiteral("Vandermeer described the old draft as \u201Ca very good example of a "
                          "framework\u201D for the talks.")
        << QStringLiteral("Vandermeer");
    QTest::newRow("a place when nobody else is named")
        << QString()
        << QStringLiteral("The talks stalled as Russia warned that any deal without it was "
                          "\u201Ca road to nowhere for all sides\u201D.")
        << QStringLiteral("Russia");
    QTest::newRow("\"...,\" she told a name: the one named before")
        << met
        << QStringLiteral("\u201CWe will not sign this draft in its present form,\u201D she "
                          "told the Ostrava Herald.")
        << QStringLiteral("Foreign Minister Piet Vandermeer");
    QTest::newRow("\"...,\" said a name: the speaker")
        << met
        << QStringLiteral("\u201CWe will not sign this draft in its present form,\u201D said "
                          "the Ostrava Herald's editor, Ana Weiss.")
        << QStringLiteral("Ana Weiss");
    QTest::newRow("she told a name that: the one named before")
        << met
        << QStringLiteral("She told the Ostrava Herald that the draft was \u201Ca road to "
                          "nowhere for all sides\u201D.")
        << QStringLiteral("Foreign Minister Piet Vandermeer");
    QTest::newRow("a name quoted as saying, not the one quoting")
        << QString()
        << QStringLiteral("The Ostrava Herald quoted Vandermeer as saying that the draft was "
                          "\u201Ca road to nowhere for all sides\u201D.")
        << QStringLiteral("Vandermeer");
    QTest::newRow("quoted the noun, a name, as saying: the name")
        << QString()
        << QStringLiteral("The Ostrava Herald quoted a senior aide, Ana Weiss, as saying the "
                          "draft was \u201Ca road to nowhere for all sides\u201D.")
        << QStringLiteral("Ana Weiss");
    QTest::newRow("a name after 'says' with a noun 'talks': the one who says")
        << QString()
        << QStringLiteral("Ostrava says Brenn security talks without Ostrava are \u2018a road to "
                          "nowhere for all sides\u2019")
        << QStringLiteral("Ostrava");
    QTest::newRow("told the noun, a name: the subject")
        << QString()
        << QStringLiteral("Foreign Minister Piet Vandermeer told the director, Ana Weiss, that "
                          "the draft was \u201Ca road to nowhere for all sides\u201D.")
        << QStringLiteral("Foreign Minister Piet Vandermeer");
    QTest::newRow("a weekday is nobody")
        << QStringLiteral("The delegations met for three hours on Monday.")
        << QStringLiteral("\u201CWe will not sign this draft in its present form,\u201D he said.")
        << QString();
    QTest::newRow("an abbreviated title before the name")
        << QString()
        << QStringLiteral("\u201CWe will not sign this draft in its present form,\u201D Dr. Ana "
                          "Weiss said.")
        << QStringLiteral("Dr. Ana Weiss");
    QTest::newRow("an organisation's spokesman by name: the spokesman")
        << QString()
        << QStringLiteral("\u201CWe will not sign this draft in its present form,\u201D Ostrava "
                          "Council spokesman Tomas Berg said.")
        << QStringLiteral("Tomas Berg");
    QTest::newRow("told a role and a name: the one who told")
        << QString()
        << QStringLiteral("\u201CWe will not sign this draft in its present form,\u201D Piet "
                          "Vandermeer told reporter James Carver.")
        << QStringLiteral("Piet Vandermeer");
    QTest::newRow("a month before he said: the one named before")
        << met
        << QStringLiteral("In March, he said: \u201CWe will not sign this draft in its present "
                          "form.\u201D")
        << QStringLiteral("Foreign Minister Piet Vandermeer");
    QTest::newRow("a spokesman for a name: someone unnamed")
        << met
        << QStringLiteral("A spokesman for Vandermeer said the draft was \u201Ca road to "
                          "nowhere for all sides\u201D.")
        << QString();
    QTest::newRow("a spokesman for a name after the quotation: someone unnamed")
        << met
        << QStringLiteral("\u201CWe will not sign this draft in its present form,\u201D a "
                          "spokesman for Vandermeer said.")
        << QString();
    QTest::newRow("a spokesman for a name, named in apposition: the spokesman")
        << met
        << QStringLiteral("\u201CWe will not sign this draft in its present form,\u201D a "
                          "spokesman for Nordbank, Erik Sand, told reporters.")
        << QStringLiteral("Erik Sand");
    QTest::newRow("the spokesman in apposition before the quotation")
        << QString()
        << QStringLiteral("A spokesman for Nordbank, Erik Sand, said: \u201CWe will not sign "
                          "this draft in its present form.\u201D")
        << QStringLiteral("Erik Sand");
    QTest::newRow("the subject, not the one accused")
        << QString()
        << QStringLiteral("Vandermeer accused Berg of \u201Cbetraying the talks at every "
                          "turn\u201D.")
        << QStringLiteral("Vandermeer");
    // "European" is an adjective here, "Vandermeer's" a possessive: neither said it.
    QTest::newRow("no nationality or possessive")
        << QString()
        << QStringLiteral("He criticised European leaders for their \u201Cclumsy attempts to "
                          "change the plan\u201D and Vandermeer's allies for their silence.")
        << QString();
}

void TestQuotations::quotationSpeakers()
{
    QFETCH(QString, context);
    QFETCH(QString, sentence);
    QFETCH(QString, speaker);
    if (!context.isEmpty())
        sentence = context + QStringLiteral("\n\n") + sentence;
    const QString text = QStringLiteral("Talks on the river treaty stall\n\n%1\n\n"
                                        "A second round of talks is planned before the end of the "
                                        "year, officials said.\n");
    QTemporaryDir dir;
    const QList<Article> articles = {
        load(writeFile(dir, QStringLiteral("a.txt"), text.arg(sentence))),
        load(writeFile(dir, QStringLiteral("b.txt"),
                       text.arg(QStringLiteral("The delegations met for three hours in the "
                                               "regional capital on Monday."))))};
    const QList<QuotationFinding> found = findQuotations(articles, compare(articles));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().sides.size(), 1);
    QCOMPARE(found.first().sides.first().speaker, speaker);
}

// The same words given to another person are a conflict of who said them, with the sources on
// each side; one person named two ways ("Mayor Lena Hart", "Hart") is no conflict, and the two
// names are not listed again as a name conflict.
void TestQuotations::quotationGivenToAnotherPerson()
{
    const QString wire = bridge(kMayor, kTrader);
    const QString engineer = QStringLiteral("the chief engineer, Ana Weiss, told reporters");
    QVERIFY(wire.contains(engineer));
    QTemporaryDir dir;
    QList<Article> articles = {
        load(writeFile(dir, QStringLiteral("a.txt"), wire)),
        load(writeFile(dir, QStringLiteral("b.txt"),
                       QString(wire).replace(engineer, QStringLiteral("Mayor Lena Hart told "
                                                                      "reporters")))),
        load(writeFile(dir, QStringLiteral("c.txt"),
                       QString(wire).replace(QStringLiteral("Mayor Lena Hart said"),
                                             QStringLiteral("Hart said")))),
    };
    const QStringList conflicts = conflictLines(articles);
    QCOMPARE(conflicts,
             QStringList({QStringLiteral("speaker: Ana Weiss [a,c] / Mayor Lena Hart [b]")}));
    const Comparison comparison = compare(articles);
    QList<Conflict> found = findConflicts(articles, comparison);
    addSpeakerConflicts(&found, findQuotations(articles, comparison));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().about,
             QStringLiteral("The work was finished on time and within the budget"));
    std::reverse(articles.begin(), articles.end());
    QCOMPARE(conflictLines(articles), conflicts);
}

// A last name that is also a place ("Lund", a Swedish city in WordNet) or a common word starting
// the sentence ("Berg said") is the person when the article names them in full: the quotation is
// theirs, and given to another person in another source it is a conflict of who said it.
void TestQuotations::speakerNamedLikeAPlace()
{
    const QString text =
        QStringLiteral("Talks on the river treaty stall\n\nForeign Minister Anna Lund and her "
                       "deputy, Piet Berg, met the delegation in the regional capital on "
                       "Monday.\n\n%1 said the draft was \u201Ca road to nowhere for all "
                       "sides\u201D.\n\nA second round of talks is planned before the end of "
                       "the year, officials said.\n");
    QTemporaryDir dir;
    QList<Article> articles = {
        load(writeFile(dir, QStringLiteral("a.txt"), text.arg(QStringLiteral("Lund")))),
        load(writeFile(dir, QStringLiteral("b.txt"), text.arg(QStringLiteral("Berg"))))};
    const QList<QuotationFinding> found = findQuotations(articles, compare(articles));
    QCOMPARE(found.size(), 1);
    QStringList speakers;
    for (const QuotationAttribution &attribution : found.first().attributions)
        speakers.append(attribution.speaker);
    speakers.sort();
    QCOMPARE(speakers, QStringList({QStringLiteral("Berg"), QStringLiteral("Lund")}));
    QCOMPARE(conflictLines(articles),
             QStringList({QStringLiteral("speaker: Berg [b] / Lund [a]")}));
    // Where nobody of that name is named in full, the place says it (weakly): no person.
    const QString alone =
        QString(text).replace(QStringLiteral("Anna Lund"), QStringLiteral("Anna Vik"));
    articles = {load(writeFile(dir, QStringLiteral("c.txt"), alone.arg(QStringLiteral("Lund")))),
                load(writeFile(dir, QStringLiteral("d.txt"), alone.arg(QStringLiteral("Berg"))))};
    QCOMPARE(conflictLines(articles), QStringList());
}

// One last name with two given names is two people: the quotation given to each is a conflict;
// one given name spelt two ways is one person.
void TestQuotations::twoPeopleOfOneLastName()
{
    const QString text = QStringLiteral(
        "Observers approve the vote\n\nThe observers reported on Sunday.\n\n\u201CThe election "
        "was fair and free,\u201D observer %1 Lund said.\n\nThe results are due on Monday.\n");
    QTemporaryDir dir;
    QList<Article> articles = {
        load(writeFile(dir, QStringLiteral("a.txt"), text.arg(QStringLiteral("Anna")))),
        load(writeFile(dir, QStringLiteral("b.txt"), text.arg(QStringLiteral("Erik"))))};
    const QStringList conflicts = conflictLines(articles);
    QCOMPARE(conflicts, QStringList({QStringLiteral("speaker: Anna Lund [a] / Erik Lund [b]")}));
    std::reverse(articles.begin(), articles.end());
    QCOMPARE(conflictLines(articles), conflicts);
    // One given name transliterated two ways is one person.
    articles = {load(writeFile(dir, QStringLiteral("c.txt"), text.arg(QStringLiteral("Sergei")))),
                load(writeFile(dir, QStringLiteral("d.txt"), text.arg(QStringLiteral("Sergey"))))};
    QCOMPARE(conflictLines(articles), QStringList());
}

// A speaker conflict needs each side to name the speaker at the quotation beyond doubt: a "he
// said" resolved from the sentences before, one of two names before the quotation, or an
// organisation and its spokeswoman named together are no dispute of who said it.
void TestQuotations::noSpeakerConflictWithoutDoubtlessNames_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("the interviewer named before a he said")
        << QStringLiteral("In an interview with Nina Roth of the Eastvale Herald, coach Tor "
                          "Kvalheim said: \u201CThe players deserve a fresh voice now.\u201D")
        << QStringLiteral("Nina Roth asked the coach why he was leaving.\n\n\u201CThe players "
                          "deserve a fresh voice now,\u201D he replied.");
    QTest::newRow("two names before the quotation")
        << QStringLiteral("Berg, standing beside captain Erik Moen, said: \u201CThe search for a "
                          "successor starts today.\u201D")
        << QStringLiteral("\u201CThe search for a successor starts today,\u201D Berg said.");
    QTest::newRow("one name with and without its accents")
        << QStringLiteral("\u201CThe search for a successor starts today,\u201D Jos\u00E9 "
                          "N\u00FA\u00F1ez said.")
        << QStringLiteral("\u201CThe search for a successor starts today,\u201D Jose Nunez "
                          "said.");
    QTest::newRow("a form of address and the full name")
        << QStringLiteral("Club president Anna Lund spoke first.\n\n\u201CThe search for a "
                          "successor starts today,\u201D Ms Lund said.")
        << QStringLiteral("\u201CThe search for a successor starts today,\u201D club president "
                          "Anna Lund said.");
    QTest::newRow("an organisation and its spokeswoman")
        << QStringLiteral("\u201CWe deeply regret the delays to all our flights,\u201D Nordvik Air "
                          "said in a statement.")
        << QStringLiteral(
               "Nordvik Air spokeswoman Hanne Lie said: \u201CWe deeply regret the delays "
               "to all our flights.\u201D");
}

void TestQuotations::noSpeakerConflictWithoutDoubtlessNames()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    const QString text = QStringLiteral("Changes at the club\n\nThe club confirmed the news on "
                                        "Monday after a long board meeting.\n\n%1\n\nThe "
                                        "season starts again in August, officials said.\n");
    QTemporaryDir dir;
    const QList<Article> articles = {
        load(writeFile(dir, QStringLiteral("a.txt"), text.arg(first))),
        load(writeFile(dir, QStringLiteral("b.txt"), text.arg(second)))};
    const QStringList conflicts = conflictLines(articles);
    for (const QString &line : conflicts)
        QVERIFY2(!line.startsWith(QLatin1String("speaker")), qPrintable(line));
}

// A long quotation changed near its end is shown by the words around the change (the brief and
// the Findings panel cut it there), not by the start both wordings share.
void TestQuotations::excerptShowsTheChange()
{
    const QString text = QStringLiteral(
        "Flood wall gives way\n\nThe wall along the river collapsed on Sunday night.\n\n"
        "\u201CWe asked the council for repairs in 2019 and again in 2021, and nobody %1 until "
        "the wall finally gave way,\u201D said Mayor Lena Hart.\n");
    QTemporaryDir dir;
    const QList<Article> articles = {
        load(writeFile(dir, QStringLiteral("a.txt"), text.arg(u"listened"_qs))),
        load(writeFile(dir, QStringLiteral("b.txt"), text.arg(u"acted"_qs)))};
    const QList<QuotationFinding> found = findQuotations(articles, compare(articles));
    QCOMPARE(found.size(), 1);
    const QuotationFinding &quotation = found.first();
    QCOMPARE(quotation.kind, QuotationFinding::Kind::Altered);
    QCOMPARE(quotation.sides.size(), 2);
    QStringList excerpts;
    for (qsizetype s = 0; s < quotation.sides.size(); ++s) {
        const QString excerpt = changeExcerpt(quotation, s, 48);
        QVERIFY2(excerpt.size() <= 50, qPrintable(excerpt)); // with the two ellipses
        QVERIFY2(excerpt.startsWith(u'\u2026'), qPrintable(excerpt));
        excerpts.append(excerpt);
    }
    excerpts.sort();
    QVERIFY2(excerpts.at(0).contains(u"nobody acted"_qs), qPrintable(excerpts.at(0)));
    QVERIFY2(excerpts.at(1).contains(u"nobody listened"_qs), qPrintable(excerpts.at(1)));
    // A short quotation is shown whole.
    QCOMPARE(changeExcerpt(quotation, 0, 500), quotation.sides.first().text);
}

void TestQuotations::germanQuoteClosedWithTypewriterMark()
{
    // „…" : opened the German way, closed with the keyboard's mark. The quotation ends there,
    // and a noun ("Beamter") is no speaker, but one right after the verb is ("sagte Müller").
    const QString text = QStringLiteral(
        "Gespr\u00E4che \u00FCber den Flussvertrag stocken\n\n"
        "\u201EWir werden den Vertrag in dieser Form nicht unterschreiben\", sagte Vandermeer am "
        "Montag. Die Delegationen trafen sich danach noch drei Stunden lang.\n\n\u201EEs gibt "
        "noch viel zu tun\", sagte ein Beamter. \u201EDas war ein Fehler\", sagte M\u00FCller.\n\n"
        "Eine zweite Runde ist noch vor Jahresende geplant, sagten Beamte.\n");
    QTemporaryDir dir;
    const QList<Article> articles = {load(writeFile(dir, QStringLiteral("a.txt"), text)),
                                     load(writeFile(dir, QStringLiteral("b.txt"), text))};
    QCOMPARE(articles.first().metadata.language, QStringLiteral("de"));
    QStringList got;
    for (const QuotationFinding &finding : findQuotations(articles, compare(articles)))
        got.append(finding.sides.first().text + QStringLiteral(" | ") +
                   finding.sides.first().speaker);
    got.sort();
    QCOMPARE(got, QStringList({QStringLiteral("Das war ein Fehler | M\u00FCller"),
                               QStringLiteral("Es gibt noch viel zu tun | "),
                               QStringLiteral("Wir werden den Vertrag in dieser Form nicht "
                                              "unterschreiben | Vandermeer")}));
}

// German has no lexicon of verbs of saying here: the one name of a sentence, before its
// quotation, is its speaker beyond doubt, so the same words given to another person in another
// source are a conflict of who said them, as in English. With a second name after the quotation
// the sentence may give the words to either: no conflict.
void TestQuotations::germanQuotationGivenToAnotherPerson()
{
    const QString text = QStringLiteral(
        "Neue Stra\u00DFenbahn f\u00FCr Lindenau\n\nDie neue Linie f\u00E4hrt seit Montag im "
        "Zehn-Minuten-Takt durch den Stadtteil.\n\n%1 sprach von einem \u201Ewichtigen Tag "
        "f\u00FCr unsere ganze Stadt\u201C%2.\n\nDie Bauarbeiten hatten zwei Jahre gedauert.\n");
    QTemporaryDir dir;
    QList<Article> articles = {
        load(writeFile(dir, QStringLiteral("a.txt"),
                       text.arg(QStringLiteral("B\u00FCrgermeisterin Katrin Vogel"), QString()))),
        load(writeFile(dir, QStringLiteral("b.txt"),
                       text.arg(QStringLiteral("Stadtrat Jens Hallmann"), QString())))};
    QCOMPARE(articles.first().metadata.language, QStringLiteral("de"));
    QCOMPARE(conflictLines(articles),
             QStringList({QStringLiteral("speaker: Jens Hallmann [b] / Katrin Vogel [a]")}));
    articles[1] = load(writeFile(dir, QStringLiteral("c.txt"),
                                 text.arg(QStringLiteral("Stadtrat Jens Hallmann"),
                                          QStringLiteral(" und lobte Katrin Vogel"))));
    QCOMPARE(conflictLines(articles), QStringList());
}

// Outside English, a sentence that names no one before its quotation gives it to the full name
// after it, past a title ("ha detto il sindaco Luca Benvenuti"), across a name's particle
// ("Anouk de Vries"), or in apposition at the sentence's end past a place ("disse o presidente
// da câmara de Vila Franca do Sado, Jorge Salgado"): the same words given to another person in
// another source are a conflict of who said them.
void TestQuotations::speakerAfterTheQuotation_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("conflict");
    QTest::newRow("it") << "it"
                        << "Crollo nella scuola di Valdoria\n\nUna parte del soffitto di un'aula "
                           "è crollata ieri mattina nella scuola elementare di Valdoria, pochi "
                           "minuti prima dell'inizio delle lezioni.\n\n«Siamo stati fortunati, "
                           "tra poco l'aula sarebbe stata piena», ha detto %1.\n\nLa scuola "
                           "resterà chiusa fino a lunedì per le verifiche degli ingegneri.\n"
                        << "la preside Marta Ferri"
                        << "il sindaco Luca Benvenuti"
                        << "speaker: Luca Benvenuti [b] / Marta Ferri [a]";
    QTest::newRow("nl") << "nl"
                        << "Dijk bij Hoorwijk verzwakt\n\nHet waterschap heeft gisteren een deel "
                           "van de dijk bij Hoorwijk afgesloten nadat er scheuren waren "
                           "ontdekt.\n\n\u201EWe nemen geen enkel risico, de veiligheid gaat "
                           "voor alles\u201D, zei %1.\n\nDe werkzaamheden zullen naar "
                           "verwachting twee weken duren.\n"
                        << "dijkgraaf Henk Bosma"
                        << "burgemeester Anouk de Vries"
                        << "speaker: Anouk de Vries [b] / Henk Bosma [a]";
    QTest::newRow("pt") << "pt"
                        << "Incêndio no porto de Vila Franca\n\nUm incêndio destruiu ontem à "
                           "noite dois armazéns no porto, sem causar feridos.\n\n«O fogo está "
                           "dominado, mas o rescaldo vai prolongar-se pelo dia», %1.\n\nOs "
                           "bombeiros trabalharam durante toda a noite para evitar que as chamas "
                           "chegassem aos armazéns vizinhos.\n"
                        << "afirmou o comandante dos bombeiros, Rui Tavares"
                        << "disse o presidente da câmara de Vila Franca do Sado, Jorge Salgado"
                        << "speaker: Jorge Salgado [b] / Rui Tavares [a]";
}

void TestQuotations::speakerAfterTheQuotation()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, conflict);
    QTemporaryDir dir;
    const QList<Article> articles = {
        load(writeFile(dir, QStringLiteral("a.txt"), text.arg(first))),
        load(writeFile(dir, QStringLiteral("b.txt"), text.arg(second)))};
    QCOMPARE(articles.first().metadata.language, language);
    QCOMPARE(articles.last().metadata.language, language);
    QCOMPARE(conflictLines(articles), QStringList(conflict));
}

QTEST_GUILESS_MAIN(TestQuotations)
#include "tst_quotations.moc"
