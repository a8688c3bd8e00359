#pragma once

#include "token.h"

#include <QString>

#include <memory>
#include <utility>
#include <vector>

namespace Parallax {

class WordNet;
struct Quantity;

// What a similarity score is made of, each in [0, 1]; kept so a score can be explained.
struct SimilarityFeatures
{
    // Share of a sentence's weighted words with a counterpart in the other: the lower and the
    // higher of the two sentences' shares, so that the score is symmetric.
    double minCoverage = 0;
    double maxCoverage = 0;
    double overlap = 0;     // harmonic mean of the two
    double characters = 0;  // cosine of character trigram counts (names, spelling variants)
    double sharedFacts = 0; // numbers and names both sentences state, as a share of all stated
    double conflictingNumbers = 0; // 1 when both state numbers and disagree on some
    double lengthRatio = 0;        // shorter / longer, in weighted content
    double exactOverlap = 0;       // overlap counting only same-stem matches
    double contentAligned = 0;     // share of content words (both sides) with a counterpart
    double conflictingNames = 0;   // 1 when each side names someone or something the other lacks
    // 1 when a word of one side has an antonym on the other (WordNet's antonym pointers for
    // English, the thesaurus's "(antonym)" entries elsewhere) that neither side also states:
    // "cut"/"raised", "won"/"lost".
    double opposition = 0;
    // 1 when both sides state the same count of different things: a shared number followed by
    // content words on each side ("300 jobs" / "300 temporary workers") none of which match.
    double differentCounts = 0;
    // A word replaced by another: of each side's content words that match nothing on the other
    // side (not names or numbers), the heaviest, as a share of that side's weight; the smaller
    // of the two shares. "A girl is riding a horse" / "... a bicycle".
    double substitution = 0;
    // The same shares by direction: of the first sentence's weighted words (a), of the
    // second's (b). Not part of the score; the aligner reads how much of a short piece a longer
    // sentence contains (a split's piece is contained in the sentence it was cut from).
    double coverageOfA = 0;
    double coverageOfB = 0;
    // Each sentence's weighted content (sum of its term weights, facts included): which of two
    // sentences is the shorter piece. Not part of the score.
    double weightOfA = 0;
    double weightOfB = 0;
};

// Sentence similarity in [0, 1]: symmetric, cheap, explainable. Words are weighted by inverse
// document frequency (the sentences added, mixed with a background table for the language) and
// matched by Snowball stem, by synonymy (WordNet for English when wordnet-base is installed, the
// language's LibreOffice thesaurus otherwise, see Lexicon), and as spelling variants; numbers and
// names count as facts. Numbers, amounts, measures and dates are read as values (QuantityReader):
// "1.8 million euros" and "EUR 1.8m" are one term. Shared names and numbers support a pair only
// when the two sides do not use opposite words ("won" / "lost", "hired" / "fired"): antonymy is
// the lexical contradiction cue of de Marneffe, Rafferty & Manning 2008, "Finding contradictions
// in text" (ACL 2008), here taken from WordNet's antonym pointers and the thesauri's "(antonym)"
// entries; an opposition also lowers the score by a weight of its own. Nor do they when a number
// both sides state counts different things ("cut 300 jobs" / "hired 300 temporary workers"): the
// content words right after it on each side have no match at all, not even a hypernym; this is
// the argument check of the same paper (aligned arguments must agree), read off the words that
// follow a count instead of a parse. See SimilarityFeatures::differentCounts.
//
// Add every sentence first, call finalize(), then score. Not thread-safe: scoring caches how
// word pairs match; use one model per thread, or freeze its caches (setCachesFrozen) to score
// on several threads at once.
class SimilarityModel
{
public:
    enum TermFlag : quint8 {
        Number = 1,
        // All capitals, or capitalised inside a sentence and not a common word to the
        // language's Hunspell dictionary (Lexicon::isCommonWord)
        Name = 2,
        Capitalised = 8,
        Honorific = 16, // a form of address before a name ("Mr", "Mrs"): never a fact
        // The sentence's first word, capitalised and unknown to the language's dictionary as a
        // common word ("Kessler said..."): a name for what is said about facts (see features())
        // but not for the rest of the engine, which cannot tell it from a capitalised word.
        InitialName = 32,
    };

    struct Term
    {
        qsizetype token = 0; // index in tokens()
        // A quantity ("EUR 1.8m", "20 August 2025") is one term over several tokens: these
        // further tokens, and its stem is the quantity's value (Quantity::key()).
        quint16 extent = 0;
        int stem = -1;
        int lemma = -1;
        float weight = 0; // inverse document frequency after finalize()
        quint8 flags = 0;
    };

    explicit SimilarityModel(const WordNet *wordnet = nullptr); // nullptr: the system's
    ~SimilarityModel();
    SimilarityModel(const SimilarityModel &) = delete;
    SimilarityModel &operator=(const SimilarityModel &) = delete;

    bool hasWordNet() const;

    // Reads ahead, on workerThreads() threads (core/parallel.h), what add() will need of the
    // given sentences, (text, language) pairs: their tokens and, for English words, their
    // WordNet senses, hypernyms, antonyms and derivations. The add()s that follow take what was
    // read instead of reading it again; the model is exactly the one add() alone builds (only
    // the work moves). Optional; what is never added is dropped at finalize().
    void prepare(const std::vector<std::pair<QString, QString>> &sentences);
    // Adds a sentence and returns its id. countAsDocument false: its words do not change the
    // inverse document frequencies (a sentence that repeats one already added, so that a copy
    // of an article leaves every weight as it was).
    int add(const QString &text, const QString &language = QStringLiteral("en"),
            bool countAsDocument = true);
    // A sentence read as the given ones joined in order (a merge of adjacent sentences); not
    // counted as a document. Added after finalize(), it is scored with the final weights.
    int addJoined(const std::vector<int> &parts);
    // A sentence kept for its text alone: no words are read, so it matches nothing. For a
    // source that has no other to be compared with, where reading words is wasted work.
    int addTextOnly(const QString &text, const QString &language = QStringLiteral("en"));
    // A second sentence with exactly the text of `sentence` (and its language), read without
    // tokenizing again; not counted as a document.
    int addCopy(int sentence);
    void finalize();
    // While frozen, scoring reads the model's caches of word matches but never adds to them, so
    // that several threads may call score(), features() and termMatch() at once (each thread
    // then recomputes what the caches lack; the results are the same). Change it only while no
    // thread is scoring.
    void setCachesFrozen(bool frozen);
    bool cachesFrozen() const;
    int size() const;
    int stemCount() const; // stem ids run from 0 to stemCount() - 1

    double score(int a, int b) const;
    // The score and, in `features`, what it is made of (one reading of the two sentences).
    double score(int a, int b, SimilarityFeatures *features) const;
    SimilarityFeatures features(int a, int b) const;
    static double combine(const SimilarityFeatures &features);
    // The score for alignment: as score(), but a changed value of one quantity ("12 to 3" /
    // "11 to 4", "two died" / "the toll rose to four") does not count against the pair. For
    // similarity of meaning (STS) the two say different things; for alignment they are one
    // statement whose figure changed, a conflict the caller reports.
    // Changed values count half a match in the features (kChangedValueMatch).
    double alignmentScore(int a, int b, SimilarityFeatures *features = nullptr) const;
    // Reads the language's background table of word frequencies now, once per process (the
    // first finalize() with words of the language reads it otherwise): for a caller with a
    // thread to spare before the comparison. Thread-safe.
    static void readLanguageTables(const QString &language);

    const QString &text(int sentence) const;
    const TokenList &tokens(int sentence) const;
    const std::vector<Term> &terms(int sentence) const;
    // How well two terms match: 1 same word or number, less for a synonym or spelling variant.
    double termMatch(const Term &a, const Term &b) const;
    // A word whose weight is this low is a function word ("the", "of").
    double functionWordWeight() const;
    // A word common in the background text or in the sentences added ("said" in news, the
    // story's own topic words): not a detail worth reporting as added.
    bool isCommon(const Term &term) const;
    // The quantity a Number term states, or nullptr for a plain number read the old way.
    const Quantity *quantity(const Term &term) const;

private:
    SimilarityFeatures features(int a, int b, bool changedValuesMatch) const;
    bool sameWords(int a, int b) const; // the same words in the same order
    double wordNetMatch(int lemmaA, int lemmaB) const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Parallax
