#include "articleloader.h"
#include "comparison.h"
#include "conflicts.h"
#include "derivation.h"
#include "findingsutil.h"
#include "quotations.h"
#include "testutil.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>

using namespace Parallax;
using namespace Parallax::Test;

// Findings a fact-checker acts on, drawn from the alignment: who copied whom and where the
// sources conflict (quotations: tst_quotations.cpp).
class TestFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedsRewording();
    void copiesAndUpdates();
    void equalUndatedCopiesNameNoOriginal();
    void copiesAmongManySources_data();
    void copiesAmongManySources();
    void copyOfARewordingIsACopy();
    void sameWhateverTheOrder();
    void conflictingFigures();
    void seedsConflicts();
    void fourChangedVersions();
    void titleConflicts_data();
    void titleConflicts();
    void negationConflicts_data();
    void negationConflicts();
    void nameConflicts_data();
    void nameConflicts();
    void currencyConflicts_data();
    void currencyConflicts();
};

namespace {

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
    QList<Article> articles = ArticleLoader::loadAll(seeds).articles;
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

void TestFindings::equalUndatedCopiesNameNoOriginal()
{
    // Five copies of one undated text: no date tells which came first, so none is said to be
    // the original of another; each relation is mutual, and said once per pair.
    QTemporaryDir dir;
    const QString wire = Test::readUtf8(Test::samplePaths().at(0))
                             .replace(QStringLiteral("March 3, 2026\n"), QString());
    QList<Article> articles;
    for (const QString &name :
         {QStringLiteral("a.txt"), QStringLiteral("b.txt"), QStringLiteral("c.txt"),
          QStringLiteral("d.txt"), QStringLiteral("e.txt")})
        articles.append(load(writeFile(dir, name, wire)));
    QVERIFY(!articles.front().metadata.date.isValid());
    const QList<SourceRelation> relations = sourceRelations(articles, compare(articles));
    int said = 0;
    for (const SourceRelation &r : relations) {
        QCOMPARE(r.label, SourceRelation::Label::CopyOf);
        QVERIFY2(r.mutual, qPrintable(QString::number(r.source)));
        said += !saidByOther(relations, r);
    }
    QVERIFY2(said >= 3 && said <= 4, qPrintable(QString::number(said)));
}

void TestFindings::copiesAmongManySources_data()
{
    QTest::addColumn<bool>("reworded");
    QTest::newRow("one wording of the story") << false;
    QTest::newRow("each pair its own wording") << true;
}

void TestFindings::copiesAmongManySources()
{
    // Ten pairs of copies of one story, each pair with a sentence of its own that the two word
    // differently: every source's closest other is its partner, and the two share the whole
    // story word for word. With twenty sources the story's units are large, and the engine links
    // their members only through representatives (which may be worded otherwise, when each
    // pair words the story its own way): the pair must still read as copies.
    QFETCH(bool, reworded);
    QTemporaryDir dir;
    const QString wire = Test::readUtf8(Test::samplePaths().at(0));
    auto word = [](int k, int j) -> QString {
        return QStringLiteral("zu") + QChar(u'a' + k) + QStringLiteral("ve") + QChar(u'a' + j) +
               QStringLiteral("ol");
    };
    // Pair k's wording: every tenth lower-case word from the k-th left out.
    auto story = [&](int k) {
        if (!reworded)
            return wire;
        QStringList paragraphs = wire.split(QStringLiteral("\n\n"));
        static const QRegularExpression lower(QStringLiteral("^[a-z]+$"));
        for (QString &paragraph : paragraphs) {
            QStringList words = paragraph.split(u' ');
            QStringList kept;
            for (qsizetype j = 0; j < words.size(); ++j) {
                if (j % 10 != k || !lower.match(words.at(j)).hasMatch())
                    kept.append(words.at(j));
            }
            paragraph = kept.join(u' ');
        }
        return paragraphs.join(QStringLiteral("\n\n"));
    };
    QList<Article> articles;
    for (int k = 0; k < 10; ++k) {
        QStringList words;
        for (int j = 0; j < 8; ++j)
            words.append(word(k, j));
        QStringList reversed(words.crbegin(), words.crend());
        const QString own = words.join(u' ') + u'.';
        const QString ownReworded = reversed.join(u' ') + u'.';
        const QString pair = QStringLiteral("%1").arg(k, 2, 10, QChar(u'0'));
        articles.append(load(writeFile(dir, pair + QStringLiteral("-a.txt"),
                                       story(k) + QStringLiteral("\n\n") + own.at(0).toUpper() +
                                           own.mid(1) + u'\n')));
        articles.append(
            load(writeFile(dir, pair + QStringLiteral("-b.txt"),
                           story(k) + QStringLiteral("\n\n") + ownReworded.at(0).toUpper() +
                               ownReworded.mid(1) + u'\n')));
    }
    const Comparison comparison = compare(articles);
    const QList<SourceRelation> relations = sourceRelations(articles, comparison);
    QCOMPARE(relations.size(), articles.size());
    for (const SourceRelation &r : relations) {
        const QString name = QFileInfo(articles.at(r.source).path).fileName();
        QCOMPARE(r.other, r.source ^ 1); // its partner
        QVERIFY2(r.label == SourceRelation::Label::CopyOf,
                 qPrintable(name + u' ' + relationLabelName(r.label) +
                            QStringLiteral(" (same wording %1)").arg(r.sameWording)));
    }
    // Between two pairs the story reads as reworded where each pair words it its own way.
    int same = 0;
    const QList<Link> between = comparison.linksBetween(0, 2);
    for (const Link &link : between)
        same += link.relation == Relation::Same;
    QVERIFY(!between.isEmpty());
    QCOMPARE(same == between.size(), !reworded);
}

// The wire, a rewording of it, and a copy of the rewording with one figure changed: the copy
// and the rewording hold each other's units as fully as the wire does, and the two are word for
// word alike, so they are copies of each other, not two rewordings of the wire.
void TestFindings::copyOfARewordingIsACopy()
{
    QTemporaryDir dir;
    const QStringList sample = Test::samplePaths();
    const QString rewording = Test::readUtf8(sample.at(2));
    QVERIFY(rewording.contains(QStringLiteral("spanning 42 metres")));
    QList<Article> articles = {
        load(writeFile(dir, QStringLiteral("a.txt"), Test::readUtf8(sample.at(0)))),
        load(writeFile(dir, QStringLiteral("b.txt"), rewording)),
        load(writeFile(dir, QStringLiteral("c.txt"),
                       QString(rewording).replace(QStringLiteral("spanning 42 metres"),
                                                  QStringLiteral("spanning 44 metres"))))};
    for (int order = 0; order < 2; ++order) {
        const QList<SourceRelation> relations = sourceRelations(articles, compare(articles));
        for (const SourceRelation &r : relations) {
            const QString name = QFileInfo(articles.at(r.source).path).fileName();
            if (name == u"a.txt")
                continue;
            const QString other = QFileInfo(articles.at(r.other).path).fileName();
            QVERIFY2(r.label == SourceRelation::Label::CopyOf &&
                         other == (name == u"b.txt" ? u"c.txt"_qs : u"b.txt"_qs),
                     qPrintable(name + u' ' + relationLabelName(r.label) + u' ' + other));
        }
        std::reverse(articles.begin(), articles.end());
    }
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
    // A changed value is a conflict, not also something its source adds.
    for (const Addition &a : compare(articles).added) {
        for (const QString &value :
             {QStringLiteral("15"), QStringLiteral("Tuesday"), QStringLiteral("4 p.m.")})
            QVERIFY2(!a.text.contains(value), qPrintable(a.text));
    }
}

void TestFindings::seedsConflicts()
{
    const QStringList seeds = Test::seedPaths();
    if (seeds.size() < 5)
        QSKIP("../shared/seeds is absent");
    QList<Article> articles = ArticleLoader::loadAll(seeds).articles;
    // Printed for the record; independent write-ups of one event state few figures in common.
    for (const QString &line : conflictLines(articles))
        qInfo("%s", qPrintable(line));
}

// The story with four versions: one changes a number, one a weekday, one a title and
// one alters a quotation. Every change is found, and nothing else is flagged.
void TestFindings::fourChangedVersions()
{
    const QString wire = bridge(kMayor, kTrader);
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
                                 kTrader);
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
    // A changed value is a conflict, not something one source adds; the altered quotation's
    // new words are in the quotation finding, not listed again as added.
    QStringList added;
    for (const Addition &a : compare(articles).added)
        added.append(a.text);
    QVERIFY2(added.isEmpty(), qPrintable(added.join(u'|')));
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
    QTest::newRow("did not survive")
        << text.arg(QStringLiteral("The ferry's captain survived the fire, the operator said on "
                                   "Friday."))
        << text.arg(QStringLiteral("The ferry's captain did not survive the fire, the operator "
                                   "said on Friday."))
        << QStringLiteral("negation: survived [a] / did not survive [b]");
    QTest::newRow("didn't survive")
        << text.arg(QStringLiteral("The ferry's captain survived the fire, the operator said on "
                                   "Friday."))
        << text.arg(QStringLiteral("The ferry's captain didn't survive the fire, the operator "
                                   "said on Friday."))
        << QStringLiteral("negation: survived [a] / didn't survive [b]");
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
    QTest::newRow("German nicht at the end of the clause")
        << german.arg(QStringLiteral("Der alte Fährmann überlebte, teilte die Gemeinde am "
                                     "Mittwoch mit."))
        << german.arg(QStringLiteral("Der alte Fährmann überlebte nicht, teilte die Gemeinde am "
                                     "Mittwoch mit."))
        << QStringLiteral("negation: überlebte [a] / überlebte nicht [b]");
    // The side goes on through short words to what is negated.
    const QString dutch = QStringLiteral(
        "Dijk verzakt bij Harderwolde\n\n"
        "Een stuk van de dijk bij Harderwolde is in de nacht van zondag op maandag verzakt.\n\n"
        "%1\n\n"
        "Het waterschap laat de dijk deze week met zandzakken verstevigen.\n");
    QTest::newRow("Dutch niet de")
        << dutch.arg(QStringLiteral("Volgens de dijkgraaf is de oorzaak waarschijnlijk de hoge "
                                    "waterstand van de afgelopen weken."))
        << dutch.arg(QStringLiteral("Volgens de dijkgraaf is de oorzaak waarschijnlijk niet de "
                                    "hoge waterstand van de afgelopen weken."))
        << QStringLiteral("negation: de hoge [a] / niet de hoge [b]");
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

QTEST_GUILESS_MAIN(TestFindings)
#include "tst_findings.moc"
