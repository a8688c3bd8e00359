#include "comparison.h"
#include "lexicon.h"
#include "similarity.h"
#include "testutil.h"
#include "wordnet.h"

#include <QProcess>

using namespace Parallax;

// Sentence similarity: what the aligner's every decision rests on.
class TestSimilarity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identicalAndSymmetric();
    void ranksPairs_data();
    void ranksPairs();
    void oneWordWrittenTwoWays_data();
    void oneWordWrittenTwoWays();
    void germanTenses_data();
    void germanTenses();
    void lexiconLeavesNounsAndIrregularParticiples();
    void synonymsFromWordNet();
    void wordNetLookups();
    void rareWordsWeighMore();
    void replacedWord();
    void meaningBeatsSharedFacts_data();
    void meaningBeatsSharedFacts();
    void countsOfDifferentThings();
    void antonymLookups();
    void simscoreTool();
    void readingAheadChangesNothing();
    void shortComparisonWithoutBackgroundTable();
};

namespace {

// Scores pairs in one model, as the application scores the sentences it loaded.
struct Scorer
{
    explicit Scorer(const WordNet *wordnet = nullptr)
        : model(wordnet)
    {}
    void add(const QString &a, const QString &b) { ids.emplace_back(model.add(a), model.add(b)); }
    double score(size_t pair) { return model.score(ids[pair].first, ids[pair].second); }
    SimilarityModel model;
    std::vector<std::pair<int, int>> ids;
};

} // namespace

void TestSimilarity::identicalAndSymmetric()
{
    Scorer s;
    s.add("The council approved the new bridge on Tuesday.",
          "The council approved the new bridge on Tuesday.");
    s.add("Engineers closed the tunnel after the flood.",
          "The mayor praised the volunteers at the harbour.");
    s.model.finalize();
    QCOMPARE(s.score(0), 1.0);
    const double forward = s.model.score(s.ids[1].first, s.ids[1].second);
    const double backward = s.model.score(s.ids[1].second, s.ids[1].first);
    QCOMPARE(forward, backward);
    QVERIFY(forward >= 0.0 && forward <= 1.0);
}

void TestSimilarity::ranksPairs_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("closer");  // should score higher with sentence...
    QTest::addColumn<QString>("further"); // ...than this one

    QTest::newRow("paraphrase beats same topic")
        << "The mayor said the bridge would reopen in March."
        << "According to the mayor, the bridge will open again in March."
        << "The mayor said the harbour needed new cranes.";
    QTest::newRow("spelling variant counts as the same word")
        << "The defence ministry organised the talks."
        << "The defense ministry organized the talks."
        << "The trade ministry cancelled the talks.";
    QTest::newRow("transliterated name") << "Dmitriy Oleksenko met the delegation in Lviv."
                                         << "Dmitry Oleksenko met the delegation in Lviv."
                                         << "Pavel Radek met the delegation in Lviv.";
    QTest::newRow("conflicting numbers lower the score")
        << "The storm killed 12 people in the valley."
        << "The storm killed 12 people in the valley overnight."
        << "The storm killed 40 people in the valley overnight.";
    if (WordNet::system().isAvailable()) {
        QTest::newRow("a word derived from another (WordNet)")
            << "The council will decide on the school in May."
            << "The council's decision on the school is due in May."
            << "The council's meeting on the school is due in May.";
    }
    QTest::newRow("derived name") << "Nigeria signed the accord in Abuja."
                                  << "The Nigerian government signed the accord in Abuja."
                                  << "The government signed a different accord in Lagos.";
}

void TestSimilarity::ranksPairs()
{
    QFETCH(QString, sentence);
    QFETCH(QString, closer);
    QFETCH(QString, further);
    Scorer s;
    s.add(sentence, closer);
    s.add(sentence, further);
    s.model.finalize();
    QVERIFY2(s.score(0) > s.score(1),
             qPrintable(QStringLiteral("%1 <= %2").arg(s.score(0)).arg(s.score(1))));
}

void TestSimilarity::oneWordWrittenTwoWays_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same"); // one sentence written two ways, or different words
    const QString s = QStringLiteral("The two sides agreed to a %1 on Monday in Vienna.");
    const auto row = [&](const char *name, const char *x, const char *y, bool same) {
        QTest::newRow(name) << s.arg(QLatin1String(x)) << s.arg(QLatin1String(y)) << same;
    };
    row("closed / hyphenated", "ceasefire", "cease-fire", true);
    row("closed / open", "ceasefire", "cease fire", true);
    row("hyphenated / open", "cease-fire", "cease fire", true);
    row("one letter and a hyphen", "new e-mail policy", "new email policy", true);
    row("an apostrophe", "visit to Tian'anmen", "visit to Tiananmen", true);
    row("an abbreviation with and without dots", "U.S. plan", "US plan", true);
    row("a misspelt word", "temporary ceasfire", "temporary ceasefire", true);
    row("different words", "truce", "ceasefire", false);
}

// A word written closed, open or with a hyphen, an abbreviation with or without dots and a word
// misspelt (unknown to the dictionary, one letter off) are one word: the sentence scores as if
// written the same way.
void TestSimilarity::oneWordWrittenTwoWays()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    Scorer s;
    s.add(a, b);
    s.add(a, a);
    s.model.finalize();
    if (same)
        QVERIFY2(s.score(0) > 0.95, qPrintable(QString::number(s.score(0))));
    else
        QVERIFY2(s.score(0) < 0.9, qPrintable(QString::number(s.score(0))));
}

void TestSimilarity::germanTenses_data()
{
    QTest::addColumn<QString>("past");
    QTest::addColumn<QString>("perfect");
    QTest::addColumn<QString>("otherVerb");
    QTest::addColumn<QString>("participle");
    QTest::addColumn<QString>("infinitive"); // one of Lexicon::baseForms(participle)
    QTest::newRow("weak verb") << "Die Arbeiter ernteten viel Lob für die Brücke."
                               << "Die Arbeiter haben viel Lob für die Brücke geerntet."
                               << "Die Arbeiter haben viel Lob für die Brücke verlangt."
                               << "geerntet"
                               << "ernten";
    QTest::newRow("weak verb, -et") << "Die Stadt öffnete am Montag die neue Brücke."
                                    << "Die Stadt hat am Montag die neue Brücke geöffnet."
                                    << "Die Stadt hat am Montag die neue Brücke gesperrt."
                                    << "geöffnet"
                                    << "öffnen";
    QTest::newRow("separable prefix")
        << "Es hieß, dass der Verband den Streik für Mai ankündigte."
        << "Es hieß, dass der Verband den Streik für Mai angekündigt hat."
        << "Es hieß, dass der Verband den Streik für Mai abgelehnt hat."
        << "angekündigt"
        << "ankündigen";
}

// German news switches between the simple past and the perfect ("sagte" / "hat gesagt"). The
// German dictionary lists a participle as a word of its own; the infinitive read out of it makes
// the two tenses one verb, so a rewording in the other tense is a paraphrase, not a partial
// match, and its participle is no added detail.
void TestSimilarity::germanTenses()
{
    QFETCH(QString, past);
    QFETCH(QString, perfect);
    QFETCH(QString, otherVerb);
    QFETCH(QString, participle);
    QFETCH(QString, infinitive);
    const Lexicon &german = Lexicon::forLanguage(QStringLiteral("de"));
    if (!german.hasDictionary() || !german.hasThesaurus())
        QSKIP("hunspell-de-de or mythes-de is not installed");
    QVERIFY2(german.baseForms(participle).contains(infinitive),
             qPrintable(german.baseForms(participle).join(u',')));
    SimilarityModel model;
    const int a = model.add(past, QStringLiteral("de"));
    const int same = model.add(perfect, QStringLiteral("de"));
    const int other = model.add(otherVerb, QStringLiteral("de"));
    model.finalize();
    const double sameScore = model.score(a, same);
    const double otherScore = model.score(a, other);
    QVERIFY2(sameScore >= 0.62, qPrintable(QString::number(sameScore))); // a paraphrase link
    QVERIFY2(sameScore > otherScore + 0.1,
             qPrintable(QStringLiteral("%1 / %2").arg(sameScore).arg(otherScore)));
}

void TestSimilarity::lexiconLeavesNounsAndIrregularParticiples()
{
    const Lexicon &german = Lexicon::forLanguage(QStringLiteral("de"));
    if (!german.hasDictionary())
        QSKIP("hunspell-de-de is not installed");
    // Nouns that begin with "Ge" are no participles; an irregular participle has no regular
    // infinitive to read out of it ("gegangen" is no form of "gangen").
    for (const char *noun : {"Gesetz", "Gebiet", "Gericht", "Gebäude", "Gelände"}) {
        const QStringList forms = german.baseForms(QString::fromUtf8(noun));
        for (const QString &form : forms)
            QVERIFY2(form.compare(QString::fromUtf8(noun), Qt::CaseInsensitive) == 0,
                     qPrintable(forms.join(u',')));
    }
    QVERIFY(!german.baseForms(QStringLiteral("gegangen")).contains(QStringLiteral("gangen")));
}

void TestSimilarity::synonymsFromWordNet()
{
    if (!WordNet::system().isAvailable())
        QSKIP("wordnet-base is not installed");
    const WordNet none(QStringLiteral("/nonexistent"));
    QVERIFY(!none.isAvailable());
    const QString a = QStringLiteral("The company will purchase the factory.");
    const QString b = QStringLiteral("The company will buy the factory.");
    Scorer with;
    with.add(a, b);
    with.model.finalize();
    Scorer without(&none);
    without.add(a, b);
    without.model.finalize();
    QVERIFY(with.model.hasWordNet());
    QVERIFY(!without.model.hasWordNet());
    QVERIFY2(with.score(0) > without.score(0) + 0.05,
             qPrintable(QStringLiteral("%1 vs %2").arg(with.score(0)).arg(without.score(0))));
}

void TestSimilarity::wordNetLookups()
{
    const WordNet &wordnet = WordNet::system();
    if (!wordnet.isAvailable())
        QSKIP("wordnet-base is not installed");
    QVERIFY(wordnet.baseForms(QStringLiteral("geese")).contains(QStringLiteral("goose")));
    QVERIFY(wordnet.baseForms(QStringLiteral("running")).contains(QStringLiteral("run")));
    const auto buy = wordnet.synsets(QStringLiteral("buy"));
    const auto purchase = wordnet.synsets(QStringLiteral("purchased"));
    QVERIFY(!buy.empty());
    QVERIFY(std::find_first_of(buy.begin(), buy.end(), purchase.begin(), purchase.end()) !=
            buy.end());
    QVERIFY(wordnet.synsets(QStringLiteral("qwzxv")).empty());
    // a handgun is a kind of firearm
    const auto gun = wordnet.synsets(QStringLiteral("firearm"));
    const auto handgunParents = wordnet.hypernyms(wordnet.synsets(QStringLiteral("handgun")));
    QVERIFY(std::find_first_of(gun.begin(), gun.end(), handgunParents.begin(),
                               handgunParents.end()) != gun.end());
}

void TestSimilarity::rareWordsWeighMore()
{
    // Sharing a rare name says more than sharing common words.
    Scorer s;
    s.add("Officials said on Monday that the plan was ready.",
          "Officials said on Monday that the budget was ready.");
    s.add("Kestrelmoor approved the plan.", "Kestrelmoor rejected a budget.");
    s.model.finalize();
    const auto &terms = s.model.terms(s.ids[1].first);
    QVERIFY(terms.front().weight > s.model.terms(s.ids[0].first).at(1).weight); // vs "said"
    QVERIFY(terms.front().flags == 0 || (terms.front().flags & SimilarityModel::Capitalised));
}

void TestSimilarity::replacedWord()
{
    // A content word that one side replaces by another matching nothing is a substitution,
    // symmetric, and none when every word has a counterpart (a word in another order).
    Scorer s(&WordNet::system());
    s.add("A man is washing a horse in the yard.", "A man is washing a car in the yard.");
    s.add("A man is washing a horse in the yard.", "In the yard a man is washing a horse.");
    s.add("A man is washing a horse in the yard.", "A woman is cooking rice in a kitchen.");
    s.model.finalize();
    const SimilarityFeatures replaced = s.model.features(s.ids[0].first, s.ids[0].second);
    QVERIFY2(replaced.substitution > 0, qPrintable(QString::number(replaced.substitution)));
    QCOMPARE(s.model.features(s.ids[0].second, s.ids[0].first).substitution, replaced.substitution);
    QCOMPARE(s.model.features(s.ids[1].first, s.ids[1].second).substitution, 0.0);
    QVERIFY(s.model.features(s.ids[2].first, s.ids[2].second).substitution > 0);
    QVERIFY(s.score(2) < CompareOptions::kDefaultThreshold / 2);
    QVERIFY(s.score(2) < s.score(0));
    QVERIFY(s.score(0) < s.score(1));
}

void TestSimilarity::meaningBeatsSharedFacts_data()
{
    // Each row: a sentence, a paraphrase sharing its names, places, dates and numbers, and a
    // sentence sharing the same facts that says something else or the opposite about them.
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("paraphrase");
    QTest::addColumn<QString>("opposite");
    QTest::addColumn<bool>("needsWordNet");
    // Not yet below the threshold: antonyms in sentences that share every other word and name
    // (the opposition's fitted weight lowers them, to about the threshold). "Cut jobs" / "hired
    // workers", which no lexical resource marks as opposites, are told apart by what the shared
    // number counts (SimilarityFeatures::differentCounts), in German too.
    QTest::addColumn<bool>("knownGap");

    QTest::newRow("en: cut jobs / hired workers")
        << "en"
        << "The Velmora brewery in Tarnby will cut 240 jobs by March, its owners said on Friday."
        << "Its owners said on Friday that the Velmora brewery in Tarnby would cut 240 jobs by "
           "March."
        << "Velmora said on Friday it had hired 240 seasonal workers at its Tarnby brewery in "
           "March."
        << false << false;
    QTest::newRow("en: won / lost")
        << "en"
        << "Castrelo won the cup final against Orvana in Lisbon on Sunday."
        << "On Sunday in Lisbon, Castrelo won the cup final against Orvana."
        << "Castrelo lost the cup final against Orvana in Lisbon on Sunday." << true << false;
    QTest::newRow("en: rose / fell")
        << "en"
        << "Rents in Kelbrook rose by 6 percent in the year to April."
        << "In the year to April, rents in Kelbrook rose by 6 percent."
        << "Rents in Kelbrook fell by 6 percent in the year to April." << true << false;
    QTest::newRow("en: hired / fired")
        << "en"
        << "Drummond Logistics hired 85 drivers in Aberlow last week."
        << "Last week Drummond Logistics hired 85 drivers in Aberlow."
        << "Drummond Logistics fired 85 drivers in Aberlow last week." << true << false;
    QTest::newRow("en: increase / decrease")
        << "en"
        << "Brenmoor council will increase the ferry fare to 7 euros in June."
        << "In June, Brenmoor council will increase the ferry fare to 7 euros."
        << "Brenmoor council will decrease the ferry fare to 7 euros in June." << true << false;
    QTest::newRow("en: opened / closed")
        << "en"
        << "The Ostlund museum opened its north wing to visitors on Saturday."
        << "On Saturday the Ostlund museum opened its north wing to visitors."
        << "The Ostlund museum closed its north wing to visitors on Saturday." << true << true;
    QTest::newRow("de: Stellen streichen / Aushilfen einstellen")
        << "de"
        << "Das Werk von Halvorsen in Kessin streicht bis Jahresende 300 Stellen, sagte die Firma "
           "am Montag."
        << "Die Firma sagte am Montag, das Werk von Halvorsen in Kessin streiche bis Jahresende "
           "300 Stellen."
        << "Halvorsen sagte am Montag, man habe im Vorjahr 300 Aushilfen für das Werk in Kessin "
           "eingestellt."
        << false << false;
}

void TestSimilarity::meaningBeatsSharedFacts()
{
    QFETCH(QString, language);
    QFETCH(QString, sentence);
    QFETCH(QString, paraphrase);
    QFETCH(QString, opposite);
    QFETCH(bool, needsWordNet);
    QFETCH(bool, knownGap);
    if (needsWordNet && !WordNet::system().isAvailable())
        QSKIP("wordnet-base is not installed");
    SimilarityModel model;
    const int a = model.add(sentence, language);
    const int same = model.add(paraphrase, language);
    const int other = model.add(opposite, language);
    model.finalize();
    const double threshold = CompareOptions::kDefaultThreshold;
    const double paraphraseScore = model.score(a, same);
    const double oppositeScore = model.score(a, other);
    QVERIFY2(paraphraseScore >= threshold, qPrintable(QString::number(paraphraseScore)));
    QVERIFY2(oppositeScore < paraphraseScore, qPrintable(QString::number(oppositeScore)));
    if (knownGap)
        QEXPECT_FAIL("", "not yet below the threshold (issue 12)", Continue);
    QVERIFY2(oppositeScore < threshold, qPrintable(QString::number(oppositeScore)));
    QCOMPARE(model.score(other, a), oppositeScore);
}

void TestSimilarity::countsOfDifferentThings()
{
    if (!WordNet::system().isAvailable())
        QSKIP("wordnet-base is not installed");
    SimilarityModel model;
    const QStringList sentences{
        QStringLiteral("Ardley Mills will close 45 shops in Penrow, the chain said on Tuesday."),
        QStringLiteral("Ardley Mills said on Tuesday it had hired 45 drivers around Penrow."),
        QStringLiteral(
            "The chain said on Tuesday that Ardley Mills would close 45 shops in Penrow."),
        QStringLiteral("Police in Corrin found two pistols in the car."),
        QStringLiteral("Two firearms were found in the car by police in Corrin."),
        QStringLiteral("Police in Corrin found two of them in the car."),
    };
    for (const QString &sentence : sentences)
        model.add(sentence);
    model.finalize();
    // "45 shops" / "45 drivers": the same number counts different things, so it and the names
    // and the weekday support nothing; the rewording counts the same shops.
    const SimilarityFeatures apart = model.features(0, 1);
    QCOMPARE(apart.differentCounts, 1.0);
    QCOMPARE(apart.sharedFacts, 0.0);
    QCOMPARE(model.features(1, 0).differentCounts, 1.0);
    QCOMPARE(model.features(0, 2).differentCounts, 0.0);
    QVERIFY(model.features(0, 2).sharedFacts > 0.5);
    QVERIFY(model.score(0, 1) < CompareOptions::kDefaultThreshold);
    QVERIFY(model.score(0, 2) > model.score(0, 1) + 0.2);
    // A hypernym counts the same things ("pistols" / "firearms"); a count followed by a function
    // word says nothing of what it counts.
    QCOMPARE(model.features(3, 4).differentCounts, 0.0);
    QCOMPARE(model.features(3, 5).differentCounts, 0.0);
}

void TestSimilarity::antonymLookups()
{
    const WordNet &wordnet = WordNet::system();
    if (!wordnet.isAvailable())
        QSKIP("wordnet-base is not installed");
    auto opposes = [&](const QString &word, const QString &other) {
        const auto antonyms = wordnet.antonyms(word, wordnet.synsets(word));
        const auto synsets = wordnet.synsets(other);
        return std::find_first_of(antonyms.begin(), antonyms.end(), synsets.begin(),
                                  synsets.end()) != antonyms.end();
    };
    QVERIFY(opposes(QStringLiteral("hired"), QStringLiteral("fire")));
    QVERIFY(opposes(QStringLiteral("won"), QStringLiteral("lose")));
    QVERIFY(opposes(QStringLiteral("rising"), QStringLiteral("fall")));
    QVERIFY(opposes(QStringLiteral("increase"), QStringLiteral("decrease")));
    QVERIFY(!opposes(QStringLiteral("buy"), QStringLiteral("purchase")));
    QVERIFY(wordnet.antonyms(QStringLiteral("qwzxv"), {}).empty());

    // The thesaurus's "(antonym)" entries are opposites, never synonyms.
    const Lexicon &english = Lexicon::forLanguage(QStringLiteral("en"));
    if (!english.hasThesaurus())
        QSKIP("mythes-en-us is not installed");
    QVERIFY(english.antonyms(QStringLiteral("hot")).contains(QStringLiteral("cold")));
    QVERIFY(!english.synonyms(QStringLiteral("hot")).contains(QStringLiteral("cold")));
}

void TestSimilarity::simscoreTool()
{
    QProcess process;
    process.start(QStringLiteral(PARALLAX_SIMSCORE), QStringList{});
    QVERIFY(process.waitForStarted());
    process.write("The bridge reopened on Friday.\tThe bridge reopened on Friday.\n"
                  "The bridge reopened on Friday.\tThe bridge opened again on Friday.\n"
                  "The bridge reopened on Friday.\tA dog slept in the sun.\n"
                  "a line without a tab\n");
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QStringList lines =
        QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0].toDouble(), 1.0);
    QVERIFY(lines[1].toDouble() > lines[2].toDouble());
    QVERIFY(lines[2].toDouble() >= 0.0);
    QCOMPARE(lines[3].toDouble(), 0.0);
    QVERIFY(process.readAllStandardError().contains("line 4"));
}

// prepare() reads tokens and WordNet senses on several threads before the sentences are added;
// the model must be the one add() alone builds: same terms, weights and scores. Enough distinct
// words (numbers among them) that finalize() relates them on several threads too.
void TestSimilarity::readingAheadChangesNothing()
{
    std::vector<std::pair<QString, QString>> sentences;
    const QStringList english{
        QStringLiteral("The council approved %1 new homes near the harbour on Tuesday."),
        QStringLiteral("Engineers closed %1 tunnels after the flood, officials said."),
        QStringLiteral("The mayor praised %1 volunteers who cleared the damaged roads."),
        QStringLiteral("Rescuers bought %1 boats and purchased fuel for the pumps."),
    };
    for (int i = 0; i < 2100; ++i)
        sentences.emplace_back(english.at(i % english.size()).arg(1000 + 7 * i), u"en"_qs);
    sentences.emplace_back(u"Der Rat genehmigte 40 neue Wohnungen am Hafen."_qs, u"de"_qs);
    sentences.emplace_back(u"Der Bürgermeister lobte die Helfer."_qs, u"de"_qs);
    sentences.push_back(sentences.front()); // the same text twice

    SimilarityModel alone;
    SimilarityModel ahead;
    std::vector<std::pair<QString, QString>> withUnused = sentences;
    withUnused.emplace_back(u"A sentence read ahead but never added."_qs, u"en"_qs);
    ahead.prepare(withUnused);
    for (const auto &[text, language] : sentences) {
        QCOMPARE(ahead.add(text, language), alone.add(text, language));
    }
    alone.finalize();
    ahead.finalize();
    QCOMPARE(ahead.stemCount(), alone.stemCount());
    QVERIFY(alone.stemCount() > 2000);
    for (int i = 0; i < alone.size(); ++i) {
        QCOMPARE(ahead.tokens(i).size(), alone.tokens(i).size());
        const auto &a = alone.terms(i);
        const auto &b = ahead.terms(i);
        QCOMPARE(b.size(), a.size());
        for (size_t t = 0; t < a.size(); ++t) {
            QCOMPARE(b[t].stem, a[t].stem);
            QCOMPARE(b[t].lemma, a[t].lemma);
            QCOMPARE(b[t].flags, a[t].flags);
            QCOMPARE(b[t].weight, a[t].weight);
        }
    }
    // Synonyms ("bought" / "purchased") are related the same way read ahead or not.
    for (int i = 0; i < alone.size(); i += 97) {
        for (int j = 0; j < alone.size(); j += 13)
            QCOMPARE(ahead.score(i, j), alone.score(i, j));
    }
    const auto &rescue = alone.terms(3);
    for (const auto &x : rescue) {
        for (const auto &y : rescue)
            QCOMPARE(ahead.termMatch(x, y), alone.termMatch(x, y));
    }
}

// Russian and French have no background table: with only the two sentences compared, a word
// both share is in every sentence, which alone would make it a function word and leave nothing
// to match. The same statement given to two people is still most of each sentence; a sentence
// about something else is not.
void TestSimilarity::shortComparisonWithoutBackgroundTable()
{
    struct Case
    {
        const char *language;
        const char *a;
        const char *b;
        const char *other;
    };
    const Case cases[] = {
        {"ru",
         "\u00ABВодосток не выдержал такого потока воды\u00BB, \u2014 сказал директор "
         "водоканала Пётр Левин.",
         "\u00ABВодосток не выдержал такого потока воды\u00BB, \u2014 сказала заместитель "
         "мэра Ольга Зимина.",
         "Ремонт насосной станции обойдётся городу в двенадцать миллионов рублей."},
        {"fr",
         "\u00ABLe réseau d'égouts n'a pas supporté un tel volume d'eau\u00BB, a déclaré le "
         "directeur du service des eaux, Paul Levant.",
         "\u00ABLe réseau d'égouts n'a pas supporté un tel volume d'eau\u00BB, a déclaré "
         "l'adjointe au maire, Odile Zimmer.",
         "La réparation de la station de pompage coûtera douze millions d'euros à la ville."},
    };
    for (const Case &c : cases) {
        const QString language = QString::fromLatin1(c.language);
        SimilarityModel model;
        const int a = model.add(QString::fromUtf8(c.a), language);
        const int b = model.add(QString::fromUtf8(c.b), language);
        const int other = model.add(QString::fromUtf8(c.other), language);
        model.finalize();
        const double same = model.score(a, b);
        const double apart = model.score(a, other);
        QVERIFY2(same >= CompareOptions::kDefaultThreshold && apart < 0.2,
                 qPrintable(language + QStringLiteral(": %1 / %2").arg(same).arg(apart)));
    }
}

QTEST_GUILESS_MAIN(TestSimilarity)
#include "tst_similarity.moc"
