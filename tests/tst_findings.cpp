#include "articleloader.h"
#include "comparison.h"
#include "conflicts.h"
#include "derivation.h"
#include "quotations.h"
#include "testutil.h"

#include <QTemporaryDir>

#include <algorithm>

using namespace Parallax;

// Findings a fact-checker acts on, drawn from the alignment: who copied whom.
class TestFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedsRewording();
    void copiesAndUpdates();
    void sameWhateverTheOrder();
    void conflictingFigures();
    void seedsConflicts();
    void quotations_data();
    void quotations();
    void seedsQuotations();
    void fourChangedVersions();
    void titleConflicts_data();
    void titleConflicts();
    void negationConflicts_data();
    void negationConflicts();
    void nameConflicts_data();
    void nameConflicts();
    void currencyConflicts_data();
    void currencyConflicts();
    void quotationSpeakers_data();
    void quotationSpeakers();
    void quotationGivenToAnotherPerson();
    void noSpeakerConflictWithoutDoubtlessNames_data();
    void noSpeakerConflictWithoutDoubtlessNames();
    void excerptShowsTheChange();
    void germanQuoteClosedWithTypewriterMark();
};

namespace {

Article load(const QString &path)
{
    Article article;
    QString error;
    if (!ArticleLoader::load(path, &article, &error))
        qWarning("%s: %s", qPrintable(path), qPrintable(error));
    return article;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text.toUtf8());
    return path;
}

// "name label other" for every source that has a label, by file name.
QStringList labels(const QList<Article> &articles)
{
    const Comparison c = compare(articles);
    QStringList out;
    for (const SourceRelation &r : sourceRelations(articles, c)) {
        if (r.label == SourceRelation::Label::None)
            continue;
        out.append(QFileInfo(articles.at(r.source).path).fileName().left(12) + u' ' +
                   relationLabelName(r.label) + u' ' +
                   QFileInfo(articles.at(r.other).path).fileName().left(12));
    }
    out.sort();
    return out;
}

} // namespace

void TestFindings::seedsRewording()
{
    const QStringList seeds = Test::seedPaths();
    if (seeds.size() < 5)
        QSKIP("../shared/seeds is absent");
    QList<Article> articles;
    for (const QString &path : seeds)
        articles.append(load(path));
    const QStringList got = labels(articles);
    // 002 rewrites 000 sentence by sentence; the others are independent write-ups.
    QVERIFY2(got.contains(QStringLiteral("002_812901e4 rewording-of 000_5f73b1e6")),
             qPrintable(got.join(u'\n')));
    for (const QString &line : got) {
        if (line.contains(QStringLiteral("-of ")))
            QVERIFY2(line.startsWith(QStringLiteral("002")), qPrintable(line));
    }
}

void TestFindings::copiesAndUpdates()
{
    QTemporaryDir dir;
    const QString wire = Test::readUtf8(Test::samplePaths().at(0));
    QStringList paragraphs = wire.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    // The wire (dated 3 March), a copy of it dated a day later, a shortened undated copy of it,
    // and an update dated later that keeps the wire and adds three paragraphs of its own.
    const QString copy =
        QString(wire).replace(QStringLiteral("March 3, 2026"), QStringLiteral("March 4, 2026"));
    const QString shortened =
        QStringList(paragraphs.mid(0, 1) + paragraphs.mid(3, 6)).join(QStringLiteral("\n\n"));
    const QString update =
        QString(wire).replace(QStringLiteral("March 3, 2026"), QStringLiteral("March 5, 2026")) +
        QStringLiteral("\n\nThe council will inspect the ramps again in June, after the spring "
                       "rains.\n\nA second crossing downstream, closed since 2019, is to be "
                       "demolished next year.\n\nTraders at the market reported their busiest "
                       "Monday since October.\n");
    const QList<Article> articles = {load(writeFile(dir, QStringLiteral("a-wire.txt"), wire)),
                                     load(writeFile(dir, QStringLiteral("b-copy.txt"), copy)),
                                     load(writeFile(dir, QStringLiteral("c-short.txt"), shortened)),
                                     load(writeFile(dir, QStringLiteral("d-update.txt"), update))};
    const QStringList got = labels(articles);
    QVERIFY2(got.contains(QStringLiteral("b-copy.txt copy-of a-wire.txt")),
             qPrintable(got.join(u'\n')));
    QVERIFY2(std::any_of(got.cbegin(), got.cend(),
                         [](const QString &l) {
                             return l.startsWith(QStringLiteral("c-short.txt copy-of"));
                         }),
             qPrintable(got.join(u'\n')));
    // The wire came first: never labelled as derived from what followed it.
    for (const QString &line : got)
        QVERIFY2(
            !(line.startsWith(QStringLiteral("a-wire")) && line.contains(QStringLiteral("-of "))),
            qPrintable(line));
}

void TestFindings::sameWhateverTheOrder()
{
    QStringList paths = Test::seedPaths();
    if (paths.size() < 5)
        paths = Test::samplePaths();
    QList<Article> articles;
    for (const QString &path : std::as_const(paths))
        articles.append(load(path));
    const QStringList forwards = labels(articles);
    std::reverse(articles.begin(), articles.end());
    QCOMPARE(labels(articles), forwards);
    std::rotate(articles.begin(), articles.begin() + 2, articles.end());
    QCOMPARE(labels(articles), forwards);
}

namespace {

// "dimension: value [sources] / value [sources]" for each conflict, by file name.
QStringList conflictLines(const QList<Article> &articles)
{
    const Comparison c = compare(articles);
    QStringList out;
    QList<Conflict> conflicts = findConflicts(articles, c);
    addSpeakerConflicts(&conflicts, findQuotations(articles, c));
    for (const Conflict &conflict : std::as_const(conflicts)) {
        QStringList sides;
        for (const ConflictSide &side : conflict.sides) {
            QStringList names;
            for (const qsizetype source : side.sources)
                names.append(QFileInfo(articles.at(source).path).fileName().left(1));
            names.sort();
            sides.append(side.value + QStringLiteral(" [") + names.join(u',') + u']');
        }
        out.append(conflict.dimension + QStringLiteral(": ") + sides.join(QStringLiteral(" / ")));
    }
    out.sort();
    return out;
}

} // namespace

void TestFindings::conflictingFigures()
{
    // Five versions of the wire: one changes a number, one a weekday, one a time of day, one
    // says the same figures and time in other forms (which is no conflict), one leaves a
    // figure out.
    QTemporaryDir dir;
    const QString wire = Test::readUtf8(Test::samplePaths().at(0));
    QVERIFY(wire.contains(QStringLiteral("replaced 14 of")));
    QVERIFY(wire.contains(QStringLiteral("3 p.m. Monday")));
    QVERIFY(wire.contains(QStringLiteral("1.8 million euros")));
    const QString number =
        QString(wire).replace(QStringLiteral("replaced 14 of"), QStringLiteral("replaced 15 of"));
    const QString weekday =
        QString(wire).replace(QStringLiteral("3 p.m. Monday"), QStringLiteral("3 p.m. Tuesday"));
    const QString forms =
        QString(wire)
            .replace(QStringLiteral("1.8 million euros"), QStringLiteral("EUR 1.8m"))
            .replace(QStringLiteral("replaced 14 of"), QStringLiteral("replaced fourteen of"))
            .replace(QStringLiteral("3 p.m. Monday"), QStringLiteral("15:00 Monday"));
    const QString time =
        QString(wire).replace(QStringLiteral("3 p.m. Monday"), QStringLiteral("4 p.m. Monday"));
    const QString omitted = QString(wire).replace(QStringLiteral(" by 60 centimetres"), QString());
    const QList<Article> articles = {load(writeFile(dir, QStringLiteral("a.txt"), wire)),
                                     load(writeFile(dir, QStringLiteral("b.txt"), number)),
                                     load(writeFile(dir, QStringLiteral("c.txt"), weekday)),
                                     load(writeFile(dir, QStringLiteral("d.txt"), forms)),
                                     load(writeFile(dir, QStringLiteral("e.txt"), omitted)),
                                     load(writeFile(dir, QStringLiteral("f.txt"), time))};
    const QStringList got = conflictLines(articles);
    QCOMPARE(got, QStringList({QStringLiteral("count: 14 [a,c,d,e,f] / 15 [b]"),
                               QStringLiteral("time: 3 p.m. [a,b,c,d,e] / 4 p.m. [f]"),
                               QStringLiteral("weekday: Monday [a,b,d,e,f] / Tuesday [c]")}));
    // Whatever the order they are given in.
    QList<Article> reversed(articles.crbegin(), articles.crend());
    QCOMPARE(conflictLines(reversed), got);
}

void TestFindings::seedsConflicts()
{
    const QStringList seeds = Test::seedPaths();
    if (seeds.size() < 5)
        QSKIP("../shared/seeds is absent");
    QList<Article> articles;
    for (const QString &path : seeds)
        articles.append(load(path));
    // Printed for the record; independent write-ups of one event state few figures in common.
    for (const QString &line : conflictLines(articles))
        qInfo("%s", qPrintable(line));
}

namespace {

// "kind: text [sources] speaker / text [sources] speaker" for each quotation, sources by the
// first three letters of their file names ("a", "000").
QStringList quotationLines(const QList<Article> &articles)
{
    const Comparison c = compare(articles);
    QStringList out;
    for (const QuotationFinding &finding : findQuotations(articles, c)) {
        QStringList sides;
        for (const QuotationSide &side : finding.sides) {
            QStringList names;
            for (const qsizetype source : side.sources)
                names.append(QFileInfo(articles.at(source).path).completeBaseName().left(3));
            names.sort();
            sides.append(side.text + QStringLiteral(" [") + names.join(u',') +
                         QStringLiteral("] ") + side.speaker);
        }
        out.append(quotationKindName(finding.kind) + QStringLiteral(": ") +
                   sides.join(QStringLiteral(" / ")));
    }
    out.sort();
    return out;
}

// An invented story: a bridge reopens. %1: the mayor's quote, %2: the trader's quote, %3: an
// extra paragraph.
const char *const kBridge =
    "Eastvale bridge reopens after winter repairs\n\n"
    "The river crossing in Eastvale reopened on Monday after six weeks of repairs to its central "
    "span.\n\n"
    "%1 Mayor Lena Hart said at the opening ceremony on the east bank.\n\n"
    "Engineers replaced fourteen of the steel cables and resurfaced the whole road deck, which "
    "the council had long called a \"temporary solution\".\n\n"
    "%2 said Tom Reyes, who chairs the local business association.\n\n"
    "\u201CThe work was finished on time and within the budget,\u201D the chief engineer, Ana "
    "Weiss, told reporters.\n\n"
    "%3"
    "The council said the total cost of the repairs came to about two million euros.\n";

QString bridge(const char *mayor, const char *trader, const char *extra = "")
{
    return QString::fromUtf8(kBridge).arg(QString::fromUtf8(mayor), QString::fromUtf8(trader),
                                          QString::fromUtf8(extra));
}

} // namespace

void TestFindings::quotations_data()
{
    QTest::addColumn<QStringList>("texts"); // one per source, named a.txt, b.txt...
    QTest::addColumn<QStringList>("expected");
    const char *mayor = "\u201CWe are proud of the crews who worked through the winter to finish "
                        "the job,\u201D";
    const char *trader = "\u201CTraffic will flow freely again and the market traders can "
                         "finally breathe,\u201D";
    const QString engineer =
        QStringLiteral("The work was finished on time and within the budget [%1] Ana Weiss");
    const QString only =
        QStringLiteral("single: This is the best day for our town in years [a] Paul Grant");
    QTest::newRow("two sources: altered, partial, identical, only one")
        << QStringList{bridge(mayor, trader,
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
        << QStringList{bridge(mayor, trader), bridge(mayor, trader),
                       bridge("\"We are proud of the crews who worked through the cold winter to "
                              "finish the job,\"",
                              trader)}
        << QStringList{
               QStringLiteral("agree: ") + engineer.arg(QStringLiteral("a,b,c")),
               QStringLiteral("agree: Traffic will flow freely again and the market traders "
                              "can finally breathe [a,b,c] Tom Reyes"),
               QStringLiteral("altered: We are proud of the crews who worked through the cold "
                              "winter to finish the job [c] Mayor Lena Hart / We are proud of the "
                              "crews who worked through the winter to finish the job [a,b] Mayor "
                              "Lena Hart")};
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
}

void TestFindings::quotations()
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

void TestFindings::seedsQuotations()
{
    const QStringList seeds = Test::seedPaths();
    if (seeds.size() < 5)
        QSKIP("../shared/seeds is absent");
    QList<Article> articles;
    for (const QString &path : seeds)
        articles.append(load(path));
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

// The story with four versions: one changes a number, one a weekday, one a title and
// one alters a quotation. Every change is found, and nothing else is flagged.
void TestFindings::fourChangedVersions()
{
    const char *mayor = "\u201CWe are proud of the crews who worked through the winter to finish "
                        "the job,\u201D";
    const char *trader = "\u201CTraffic will flow freely again and the market traders can "
                         "finally breathe,\u201D";
    const QString wire = bridge(mayor, trader);
    QVERIFY(wire.contains(QStringLiteral("replaced fourteen of")));
    QVERIFY(wire.contains(QStringLiteral("on Monday")));
    QVERIFY(wire.contains(QStringLiteral("Mayor Lena Hart")));
    const QString number = QString(wire).replace(QStringLiteral("replaced fourteen of"),
                                                 QStringLiteral("replaced 15 of"));
    const QString weekday =
        QString(wire).replace(QStringLiteral("on Monday"), QStringLiteral("on Tuesday"));
    const QString title = QString(wire).replace(QStringLiteral("Mayor Lena Hart"),
                                                QStringLiteral("Governor Lena Hart"));
    const QString quote = bridge("\u201CWe are proud of the teams who worked all winter to finish "
                                 "the work,\u201D",
                                 trader);
    QTemporaryDir dir;
    QList<Article> articles = {load(writeFile(dir, QStringLiteral("a.txt"), wire)),
                               load(writeFile(dir, QStringLiteral("b.txt"), number)),
                               load(writeFile(dir, QStringLiteral("c.txt"), weekday)),
                               load(writeFile(dir, QStringLiteral("d.txt"), title)),
                               load(writeFile(dir, QStringLiteral("e.txt"), quote))};
    const QStringList conflicts = conflictLines(articles);
    QCOMPARE(conflicts, QStringList({QStringLiteral("count: fourteen [a,c,d,e] / 15 [b]"),
                                     QStringLiteral("title: Governor [d] / Mayor [a,b,c,e]"),
                                     QStringLiteral("weekday: Monday [a,b,d,e] / Tuesday [c]")}));
    QStringList changedQuotes;
    for (const QString &line : quotationLines(articles)) {
        if (!line.startsWith(QLatin1String("agree: ")))
            changedQuotes.append(line);
    }
    QCOMPARE(changedQuotes.size(), 1);
    const QString &altered = changedQuotes.first();
    QVERIFY2(altered.startsWith(QLatin1String("altered: ")), qPrintable(altered));
    QVERIFY2(altered.contains(QLatin1String("We are proud of the teams who worked all winter to "
                                            "finish the work [e]")),
             qPrintable(altered));
    QVERIFY2(altered.contains(QLatin1String("finish the job [a,b,c,d]")), qPrintable(altered));
    // Whatever the order of the sources.
    std::reverse(articles.begin(), articles.end());
    QCOMPARE(conflictLines(articles), conflicts);
}

void TestFindings::titleConflicts_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("expected"); // the conflict line, or empty for none
    const QString text =
        QStringLiteral("Alliance chiefs meet on ceasefire plan\n\n"
                       "The alliance's top military officer, %1, said on Tuesday that the chiefs "
                       "of defence would meet again next week in the capital.\n\n"
                       "Officials said the plan had been discussed with partners in the region "
                       "over the weekend.\n");
    QTest::newRow("admiral / general") << text.arg(QStringLiteral("Admiral Piet Vandermeer"))
                                       << text.arg(QStringLiteral("General Piet Vandermeer"))
                                       << QStringLiteral("title: Admiral [a] / General [b]");
    QTest::newRow("abbreviation agrees")
        << text.arg(QStringLiteral("General Piet Vandermeer"))
        << text.arg(QStringLiteral("Gen Piet Vandermeer")) << QString();
    QTest::newRow("form of address is no title")
        << text.arg(QStringLiteral("Admiral Piet Vandermeer"))
        << text.arg(QStringLiteral("Mr Piet Vandermeer")) << QString();
    QTest::newRow("longer title, same last word")
        << text.arg(QStringLiteral("Admiral Piet Vandermeer"))
        << text.arg(QStringLiteral("Dutch Navy Admiral Piet Vandermeer")) << QString();
    // WordNet knows "John" only as particular persons and "smith" as a trade: the title is still
    // the word before the given name.
    QTest::newRow("given name and surname are common words")
        << text.arg(QStringLiteral("General John Smith"))
        << text.arg(QStringLiteral("Admiral John Smith"))
        << QStringLiteral("title: Admiral [b] / General [a]");
    QTest::newRow("rank in lower case") << text.arg(QStringLiteral("admiral Piet Vandermeer"))
                                        << text.arg(QStringLiteral("general Piet Vandermeer"))
                                        << QStringLiteral("title: admiral [a] / general [b]");
    // A role in lower case is no office: not a title in dispute.
    QTest::newRow("role in lower case")
        << text.arg(QStringLiteral("the reporter Piet Vandermeer"))
        << text.arg(QStringLiteral("the photographer Piet Vandermeer")) << QString();
    // Another person altogether: no title in dispute, but the name is.
    QTest::newRow("other person")
        << text.arg(QStringLiteral("Admiral Piet Vandermeer"))
        << text.arg(QStringLiteral("General Anna Kowalczyk"))
        << QStringLiteral("name: Admiral Piet Vandermeer [a] / General Anna Kowalczyk [b]");
}

void TestFindings::titleConflicts()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QList<Article> articles = {load(writeFile(dir, QStringLiteral("a.txt"), first)),
                                     load(writeFile(dir, QStringLiteral("b.txt"), second))};
    QCOMPARE(conflictLines(articles), expected.isEmpty() ? QStringList() : QStringList{expected});
}

void TestFindings::negationConflicts_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("expected"); // the conflict line, or empty for none
    const QString text = QStringLiteral(
        "Harbour council approves ferry budget\n\n"
        "The harbour council approved the new ferry budget on Thursday after a long debate.\n\n"
        "%1\n\n"
        "Work on the second pier is expected to start in the spring, the council said.\n");
    QTest::newRow("will / will not")
        << text.arg(QStringLiteral("The transport minister will attend the opening of the "
                                   "terminal next month, officials said."))
        << text.arg(QStringLiteral("The transport minister will not attend the opening of the "
                                   "terminal next month, officials said."))
        << QStringLiteral("negation: attend [a] / not attend [b]");
    QTest::newRow("no proposals")
        << text.arg(QStringLiteral("The opposition offered constructive proposals for the "
                                   "timetable during the debate."))
        << text.arg(QStringLiteral("The opposition offered no constructive proposals for the "
                                   "timetable during the debate."))
        << QStringLiteral("negation: constructive [a] / no constructive [b]");
    QTest::newRow("not yet is yet to")
        << text.arg(QStringLiteral("The ministry has yet to confirm whether it will pay for the "
                                   "second pier."))
        << text.arg(QStringLiteral("The ministry has not yet said whether it will pay for the "
                                   "second pier."))
        << QString();
    QTest::newRow("rewording without negation")
        << text.arg(QStringLiteral("The transport minister will attend the opening of the "
                                   "terminal next month, officials said."))
        << text.arg(QStringLiteral("Officials said the transport minister plans to be at the "
                                   "terminal opening next month."))
        << QString();
    const QString german = QStringLiteral(
        "Neue Fähre für Seedorf\n\n"
        "Die Gemeinde Seedorf hat am Dienstag eine neue Fähre über den See in Betrieb "
        "genommen.\n\n"
        "%1\n\n"
        "Die alte Fähre war mehr als vierzig Jahre lang im Dienst und wird nun verkauft.\n");
    QTest::newRow("German nicht")
        << german.arg(QStringLiteral("Der Landrat wird die Fähre im Mai selbst besuchen, sagte "
                                     "die Gemeinde."))
        << german.arg(QStringLiteral("Der Landrat wird die Fähre im Mai nicht selbst besuchen, "
                                     "sagte die Gemeinde."))
        << QStringLiteral("negation: selbst [a] / nicht selbst [b]");
}

void TestFindings::negationConflicts()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QList<Article> articles = {load(writeFile(dir, QStringLiteral("a.txt"), first)),
                               load(writeFile(dir, QStringLiteral("b.txt"), second))};
    const QStringList got = conflictLines(articles);
    QCOMPARE(got, expected.isEmpty() ? QStringList() : QStringList{expected});
    std::reverse(articles.begin(), articles.end());
    QCOMPARE(conflictLines(articles), got);
}

void TestFindings::nameConflicts_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("expected"); // the conflict line, or empty for none
    const QString text = QStringLiteral(
        "Delegations meet on river treaty\n\n"
        "The delegations of the two countries agreed on a first draft of the river treaty late "
        "on Friday.\n\n"
        "%1\n\n"
        "A second round of talks is planned before the end of the year, officials said.\n");
    QTest::newRow("other place")
        << text.arg(QStringLiteral("The talks were held in Vilnoria under the chairmanship of "
                                   "the regional commission."))
        << text.arg(QStringLiteral("The talks were held in Talmarsk under the chairmanship of "
                                   "the regional commission."))
        << QStringLiteral("name: Talmarsk [b] / Vilnoria [a]");
    QTest::newRow("other person")
        << text.arg(QStringLiteral("The commission's chair, Oskar Lindqvarn, said the draft "
                                   "would be published next week."))
        << text.arg(QStringLiteral("The commission's chair, Mirela Dobrovan, said the draft "
                                   "would be published next week."))
        << QStringLiteral("name: Mirela Dobrovan [b] / Oskar Lindqvarn [a]");
    QTest::newRow("another person after a title")
        << text.arg(QStringLiteral("Commissioner Oskar Lindqvarn said the draft would be "
                                   "published next week."))
        << text.arg(QStringLiteral("Commissioner Mirela Dobrovan said the draft would be "
                                   "published next week."))
        << QStringLiteral("name: Mirela Dobrovan [b] / Oskar Lindqvarn [a]");
    QTest::newRow("one name transliterated two ways")
        << text.arg(QStringLiteral("The talks were held in Kharkov under the chairmanship of the "
                                   "regional commission."))
        << text.arg(QStringLiteral("The talks were held in Kharkiv under the chairmanship of the "
                                   "regional commission."))
        << QString();
    QTest::newRow("transliterated with w and v")
        << text.arg(QStringLiteral("The commission's chair, Pjotr Wolkow, said the draft would be "
                                   "published next week."))
        << text.arg(QStringLiteral("The commission's chair, Pyotr Volkov, said the draft would be "
                                   "published next week."))
        << QString();
    // "Berlin" is also a carriage, "berlin", in the English dictionary, which lists the city
    // capitalised.
    QTest::newRow("place the dictionary also knows as a word")
        << text.arg(QStringLiteral("The talks were held in Paris under the chairmanship of the "
                                   "regional commission."))
        << text.arg(QStringLiteral("The talks were held in Berlin under the chairmanship of the "
                                   "regional commission."))
        << QStringLiteral("name: Berlin [b] / Paris [a]");
    QTest::newRow("fuller name")
        << text.arg(QStringLiteral("The commission's chair, Lindqvarn, said the draft would be "
                                   "published next week."))
        << text.arg(QStringLiteral("The commission's chair, Oskar Lindqvarn, said the draft "
                                   "would be published next week."))
        << QString();
    QTest::newRow("name for a common word")
        << text.arg(QStringLiteral("The talks were held in the capital under the chairmanship "
                                   "of the regional commission."))
        << text.arg(QStringLiteral("The talks were held in Vilnoria under the chairmanship of "
                                   "the regional commission."))
        << QString();
    QTest::newRow("sentences that say different things")
        << text.arg(QStringLiteral("Both sides also discussed fishing quotas and security "
                                   "guarantees for Vilnoria."))
        << text.arg(QStringLiteral("Ministers met separately to weigh the costs of new "
                                   "guarantees for Talmarsk."))
        << QString();
    const QString german = QStringLiteral(
        "Delegationen beraten über Flussvertrag\n\n"
        "Die Delegationen beider Länder haben sich am Freitag auf einen ersten Entwurf "
        "geeinigt.\n\n"
        "%1\n\n"
        "Eine zweite Runde ist noch vor Jahresende geplant, sagten Beamte.\n");
    QTest::newRow("German place")
        << german.arg(QStringLiteral("Die Gespräche fanden in Vilnoria unter dem Vorsitz der "
                                     "Kommission statt."))
        << german.arg(QStringLiteral("Die Gespräche fanden in Talmarsk unter dem Vorsitz der "
                                     "Kommission statt."))
        << QStringLiteral("name: Talmarsk [b] / Vilnoria [a]");
    QTest::newRow("German place the dictionary lists like a noun")
        << german.arg(QStringLiteral("Die Gespräche fanden in Paris unter dem Vorsitz der "
                                     "Kommission statt."))
        << german.arg(QStringLiteral("Die Gespräche fanden in Berlin unter dem Vorsitz der "
                                     "Kommission statt."))
        << QStringLiteral("name: Berlin [b] / Paris [a]");
    QTest::newRow("German nouns are no names")
        << german.arg(QStringLiteral("Die Gespräche fanden im Rathaus unter dem Vorsitz der "
                                     "Kommission statt."))
        << german.arg(QStringLiteral("Die Gespräche fanden im Ministerium unter dem Vorsitz der "
                                     "Kommission statt."))
        << QString();
}

void TestFindings::nameConflicts()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QList<Article> articles = {load(writeFile(dir, QStringLiteral("a.txt"), first)),
                               load(writeFile(dir, QStringLiteral("b.txt"), second))};
    const QStringList got = conflictLines(articles);
    QCOMPARE(got, expected.isEmpty() ? QStringList() : QStringList{expected});
    std::reverse(articles.begin(), articles.end());
    QCOMPARE(conflictLines(articles), got);
}

void TestFindings::currencyConflicts_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("expected"); // the conflict line, or empty for none
    QTest::newRow("same amount, other currency")
        << QStringLiteral("5 million euros") << QStringLiteral("5 million dollars")
        << QStringLiteral("money: 5 million euros [a] / 5 million dollars [b]");
    QTest::newRow("same currency, other amount")
        << QStringLiteral("5 million euros") << QStringLiteral("6 million euros")
        << QStringLiteral("money:EUR: 5 million euros [a] / 6 million euros [b]");
    // Another amount in another currency may be the same sum converted.
    QTest::newRow("converted") << QStringLiteral("5 million euros")
                               << QStringLiteral("5.4 million dollars") << QString();
    QTest::newRow("conversion given beside it") << QStringLiteral("5 million euros ($5.4 million)")
                                                << QStringLiteral("5 million euros") << QString();
}

void TestFindings::currencyConflicts()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, expected);
    const QString text = QStringLiteral(
        "Shipyard settles dispute with suppliers\n\n"
        "The shipyard agreed on Thursday to pay %1 to settle the dispute with its suppliers, its "
        "lawyer said.\n\n"
        "The settlement ends a case that had delayed two ferries for more than a year.\n");
    QTemporaryDir dir;
    QList<Article> articles = {load(writeFile(dir, QStringLiteral("a.txt"), text.arg(first))),
                               load(writeFile(dir, QStringLiteral("b.txt"), text.arg(second)))};
    const QStringList got = conflictLines(articles);
    QCOMPARE(got, expected.isEmpty() ? QStringList() : QStringList{expected});
    std::reverse(articles.begin(), articles.end());
    QCOMPARE(conflictLines(articles), got);
}

void TestFindings::quotationSpeakers_data()
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
    QTest::newRow("a spokesman for a name: someone unnamed")
        << met
        << QStringLiteral("A spokesman for Vandermeer said the draft was \u201Ca road to "
                          "nowhere for all sides\u201D.")
        << QString();
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

void TestFindings::quotationSpeakers()
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
void TestFindings::quotationGivenToAnotherPerson()
{
    const char *mayor = "\u201CWe are proud of the crews who worked through the winter to finish "
                        "the job,\u201D";
    const char *trader = "\u201CTraffic will flow freely again and the market traders can "
                         "finally breathe,\u201D";
    const QString wire = bridge(mayor, trader);
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

// A speaker conflict needs each side to name the speaker at the quotation beyond doubt: a "he
// said" resolved from the sentences before, one of two names before the quotation, or an
// organisation and its spokeswoman named together are no dispute of who said it.
void TestFindings::noSpeakerConflictWithoutDoubtlessNames_data()
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
    QTest::newRow("an organisation and its spokeswoman")
        << QStringLiteral("\u201CWe deeply regret the delays to all our flights,\u201D Nordvik Air "
                          "said in a statement.")
        << QStringLiteral(
               "Nordvik Air spokeswoman Hanne Lie said: \u201CWe deeply regret the delays "
               "to all our flights.\u201D");
}

void TestFindings::noSpeakerConflictWithoutDoubtlessNames()
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
void TestFindings::excerptShowsTheChange()
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

void TestFindings::germanQuoteClosedWithTypewriterMark()
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

QTEST_GUILESS_MAIN(TestFindings)
#include "tst_findings.moc"
