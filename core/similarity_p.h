#pragma once

// The inside of SimilarityModel, shared by similarity.cpp (reading sentences, weights) and
// similarityscore.cpp (matching words, scoring pairs). Internal to the engine.

#include "lexicon.h"
#include "perlanguage.h"
#include "quantity.h"
#include "similarity.h"
#include "tokenizer.h"
#include "wordnet.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>

namespace Parallax {

// Calibrated on STS-B train and dev (tests/tools/fit-similarity.py); see combine().
inline constexpr double kSynonymMatch = 0.8;
inline constexpr double kVariantMatch = 0.9;
// For alignment (SimilarityModel::alignmentScore), a value of a quantity against another value
// of the same quantity ("12" / "11", "Tuesday" / "Wednesday").
inline constexpr double kChangedValueMatch = 0.5;
// What a changed value takes off a pair's score (a weight of combine()).
inline constexpr double kConflictingNumbersWeight = 0.0356;
// A word and its direct hypernym, one WordNet step ("boat" / "vessel"); "handgun" / "gun" are
// two steps apart (handgun, firearm, gun) and get nothing from it.
inline constexpr double kHypernymMatch = 0.4;
// A word and one WordNet derives from it or it from ("decide" / "decision").
inline constexpr double kDerivedMatch = 0.8;

inline constexpr double kDerivedNameMatch = 0.7;
inline constexpr int kSensesPerPos = 8;
// The background table weighs as much as this many sentences of the loaded text.
inline constexpr double kBackgroundSentences = 5000;
// Weights are idf squared: rare words decide more than a plain idf lets them.
inline constexpr double kWeightExponent = 2;
// Words in more than one sentence in this many are function words.
inline constexpr double kFunctionWordShare = 1.0 / 40;
// Below this many sentences, how often a word occurs among them says nothing.
inline constexpr double kCommonMinimumSentences = 80;
// The share of documents of resources/idf/en.tsv that hold the median word of its text (each
// stem counted as often as documents hold it): a word of middling frequency. The prior of a
// language without a background table.
inline constexpr double kPriorShare = 0.0064;

// Trigram hashes (32 bits: a collision now and then is noise in a cosine) and their counts.
using Grams = std::vector<std::pair<quint32, float>>;

Grams characterTrigrams(const TokenList &tokens);
double cosine(const Grams &a, const Grams &b); // of the counts
// Whether two sorted lists share an element.
bool intersects(const std::vector<quint64> &a, const std::vector<quint64> &b);
// A number as written, without its grouping marks ("1,800" -> "1800").
QString numberValue(const QString &normal);

struct SimilarityModel::Private
{
    struct Lemma
    {
        Token token; // one occurrence, for spelling variants
        std::vector<quint64> synsets;
        // The synsets one WordNet step away that name the same thing more broadly or nearly:
        // hypernyms ("@", "@i"), similar adjectives ("&"), what a verb entails or causes ("*",
        // ">"), "also see" ("^") and verb groups ("$"); see kHypernymMatch.
        std::vector<quint64> hypernyms;
        // Outside English, from the language's dictionary and thesaurus: the word's own forms
        // (as written and its dictionary forms) and its synonyms, as hashes.
        std::vector<quint64> forms;
        std::vector<quint64> thesaurus;
        // Opposites: WordNet's antonym synsets of the word (English), or the hashes of the
        // words the language's thesaurus marks as its antonyms.
        std::vector<quint64> antonyms;
        std::vector<quint64> opposites;
        // The synsets of the words WordNet derives from this one or it from them ("criticism"
        // for "criticize"; English).
        std::vector<quint64> derived;
    };

    // Cheap tests tried before the cache, kept apart from the lemmas to stay in the CPU cache:
    // what a spelling variant needs.
    struct Filter
    {
        quint32 letters = 0; // one bit per letter (folded modulo 32)
        int length = 0;
        char16_t first = 0;
    };

    struct Sentence
    {
        QString text;
        QString language;
        TokenList tokens;
        std::vector<Term> terms;
        Grams grams;
        std::vector<int> numbers; // stems of its numbers and names, sorted and distinct
        std::vector<int> names;
        // Per term, a hash of its word without hyphens and apostrophes ("tian'anmen" as
        // "tiananmen"; an abbreviation in capitals by its letters, "U.S." as "US"), and of it
        // joined to the next word when that follows it with nothing but a hyphen or a space
        // between ("cease-fire", "trash can"); 0 for none. Closed, open and hyphenated
        // compounds are one word: see features().
        std::vector<quint32> wordKeys;
        std::vector<quint32> compoundKeys;

        void collectCompounds();

        void collectFacts()
        {
            numbers.clear();
            names.clear();
            for (const Term &t : terms) {
                if (t.flags & Number)
                    numbers.push_back(t.stem);
                if (t.flags & Name)
                    names.push_back(t.stem);
            }
            for (std::vector<int> *list : {&numbers, &names}) {
                std::sort(list->begin(), list->end());
                list->erase(std::unique(list->begin(), list->end()), list->end());
            }
        }
    };

    // What WordNet says of an English word (see Lemma), read in one go.
    struct Senses
    {
        std::vector<quint64> synsets;
        std::vector<quint64> hypernyms;
        std::vector<quint64> antonyms;
        std::vector<quint64> derived;
    };
    static Senses readSenses(const WordNet &wordnet, const QString &normal)
    {
        Senses senses;
        senses.synsets = wordnet.synsets(normal, kSensesPerPos);
        senses.hypernyms =
            wordnet.semanticPointers(senses.synsets, {"@", "@i", "&", "*", ">", "^", "$"});
        WordNet::WordPointers pointers = wordnet.antonymsAndDerivations(normal, senses.synsets);
        senses.antonyms = std::move(pointers.antonyms);
        senses.derived = std::move(pointers.derivations);
        return senses;
    }

    const WordNet *wordnet = nullptr;
    // What prepare() read ahead, taken out as add() and lemmaId() use it: tokens by language and
    // text (the key shares the caller's string), English words' senses by normal form.
    std::map<QString, QHash<QString, TokenList>> preparedTokens;
    QHash<QString, Senses> preparedSenses;
    PerLanguage<Tokenizer> tokenizers;
    PerLanguage<QuantityReader> quantityReaders;
    std::vector<int> stemQuantity;       // per stem: index in quantities, or -1
    std::vector<Quantity> quantities;    // one per distinct quantity stem
    std::vector<QString> stemBackground; // per stem: the word the background table knows it by
    QHash<QString, bool> commonWords;    // language + word -> Lexicon::isCommonWord

    std::vector<quint64> formsOfAddress; // WordNet's "form of address" synset
    bool formsOfAddressRead = false;

    // Whether WordNet files the word under "form of address" (Mr, Mrs, Ms, Sir): a title before a
    // name, not a name.
    bool isFormOfAddress(int lemma)
    {
        if (!wordnet || !wordnet->isAvailable())
            return false;
        if (!formsOfAddressRead) {
            formsOfAddress = wordnet->synsets(QStringLiteral("form of address"));
            formsOfAddressRead = true;
        }
        return intersects(lemmas[size_t(lemma)].hypernyms, formsOfAddress);
    }

    // Whether one of two words in lower case is a misspelling of the other: one letter added,
    // dropped, changed or two swapped ("kangroo" / "kangaroo"), in words of five letters or
    // more, the misspelt one unknown to the language's dictionary and the other known.
    bool isTypo(const Token &a, const Token &b, const QString &language)
    {
        const QString &x = a.normal;
        const QString &y = b.normal;
        if (std::min(x.size(), y.size()) < 5 || std::abs(x.size() - y.size()) > 1 ||
            !a.text.at(0).isLower() || !b.text.at(0).isLower() ||
            !Lexicon::forLanguage(language).hasDictionary() || !oneEditApart(x, y))
            return false;
        const bool knownA = isCommonWord(a.text, language);
        const bool knownB = isCommonWord(b.text, language);
        return knownA != knownB;
    }

    static bool oneEditApart(const QString &x, const QString &y)
    {
        qsizetype i = 0;
        while (i < x.size() && i < y.size() && x.at(i) == y.at(i))
            ++i;
        qsizetype j = 0; // from the end
        while (j < x.size() - i && j < y.size() - i &&
               x.at(x.size() - 1 - j) == y.at(y.size() - 1 - j))
            ++j;
        const qsizetype restX = x.size() - i - j;
        const qsizetype restY = y.size() - i - j;
        if (restX <= 1 && restY <= 1)
            return restX + restY > 0; // one added, dropped or changed
        // Two neighbours swapped.
        return restX == 2 && restY == 2 && x.at(i) == y.at(i + 1) && x.at(i + 1) == y.at(i);
    }

    bool isCommonWord(const QString &word, const QString &language)
    {
        const QString key = language + u'\x1' + word;
        const auto it = commonWords.constFind(key);
        if (it != commonWords.constEnd())
            return *it;
        const bool common = Lexicon::forLanguage(language).isCommonWord(word);
        if (!cachesFrozen)
            commonWords.insert(key, common);
        return common;
    }
    QHash<QString, int> stemIds;
    std::vector<QString> stems;
    std::vector<QString> stemLanguage;
    std::vector<int> documentFrequency; // sentences holding the stem
    QHash<QString, int> lemmaIds;
    std::vector<Lemma> lemmas;
    std::vector<Filter> filters; // per lemma
    // Per lemma, the lemmas WordNet relates it to and how well they match, sorted by lemma.
    std::vector<std::vector<std::pair<int, float>>> related;
    // Per lemma, a Bloom filter of the lemmas in `related` (256 bits): most word pairs are
    // unrelated, and the filter answers them without searching the list.
    std::vector<std::array<quint64, 4>> relatedBits;
    static unsigned relatedBit(int lemma) { return (quint32(lemma) * 2654435761u) >> 24; }
    std::vector<Sentence> sentences;
    std::vector<float> stemWeight;
    std::vector<char> stemCommon;
    // A function word of the language ("the", "of"): by the background table where there is one,
    // so that a story's or a corpus's frequent words ("dogs") stay content words.
    std::vector<char> stemFunction;
    std::unordered_map<quint64, float> matchCache; // lemma pairs, see termMatch()
    bool cachesFrozen = false;                     // see setCachesFrozen()
    double functionWeight = 0;
    bool finalized = false;

    Tokenizer &tokenizer(const QString &language) { return tokenizers.of(language); }
    QuantityReader &quantityReader(const QString &language) { return quantityReaders.of(language); }

    int stemId(const QString &stem, const QString &language, const QString &background = {})
    {
        const auto it = stemIds.constFind(stem);
        if (it != stemIds.constEnd())
            return *it;
        const int id = int(stems.size());
        stemIds.insert(stem, id);
        stems.push_back(stem);
        stemLanguage.push_back(language);
        documentFrequency.push_back(0);
        stemQuantity.push_back(-1);
        stemBackground.push_back(background);
        return id;
    }

    int quantityStem(const Quantity &quantity, const Token &first, const QString &language)
    {
        const QString key = quantity.key();
        const bool isNew = !stemIds.contains(key);
        const int id =
            stemId(key, language,
                   first.kind == Token::Kind::Number ? numberValue(first.normal) : first.stem);
        if (isNew) {
            stemQuantity[size_t(id)] = int(quantities.size());
            quantities.push_back(quantity);
        }
        return id;
    }

    int lemmaId(const Token &token, const QString &language, const QString &quantityKey = {})
    {
        const QString key = !quantityKey.isEmpty()              ? quantityKey
                            : token.kind == Token::Kind::Number ? numberValue(token.normal)
                                                                : token.normal;
        const auto it = lemmaIds.constFind(key);
        if (it != lemmaIds.constEnd())
            return *it;
        const int id = int(lemmas.size());
        lemmaIds.insert(key, id);
        Lemma lemma{token, {}, {}, {}, {}, {}, {}, {}};
        Filter filter{0, int(token.normal.size()),
                      token.normal.isEmpty() ? char16_t(0) : token.normal.at(0).unicode()};
        for (QChar c : token.normal)
            filter.letters |= 1u << (c.unicode() % 32);
        if (token.isWord() && language == u"en" && wordnet && wordnet->isAvailable()) {
            const auto prepared = preparedSenses.find(token.normal);
            Senses senses;
            if (prepared != preparedSenses.end()) {
                senses = std::move(*prepared);
                preparedSenses.erase(prepared);
            } else {
                senses = readSenses(*wordnet, token.normal);
            }
            lemma.synsets = std::move(senses.synsets);
            lemma.hypernyms = std::move(senses.hypernyms);
            lemma.antonyms = std::move(senses.antonyms);
            lemma.derived = std::move(senses.derived);
        } else if (token.isWord() && language != u"en" && token.normal.size() >= 3) {
            const Lexicon &lexicon = Lexicon::forLanguage(language);
            if (lexicon.hasThesaurus()) {
                auto hash = [](const QString &word) { return quint64(qHash(word.toLower(), 1)); };
                lemma.forms.push_back(hash(token.normal));
                for (const QString &form : lexicon.baseForms(token.text))
                    lemma.forms.push_back(hash(form));
                QStringList synonyms, antonyms;
                lexicon.thesaurusEntries(token.text, &synonyms, &antonyms);
                for (const QString &synonym : synonyms)
                    lemma.thesaurus.push_back(hash(synonym));
                for (const QString &antonym : antonyms)
                    lemma.opposites.push_back(hash(antonym));
                for (auto *list : {&lemma.forms, &lemma.thesaurus, &lemma.opposites}) {
                    std::sort(list->begin(), list->end());
                    list->erase(std::unique(list->begin(), list->end()), list->end());
                }
            }
        }
        filters.push_back(filter);
        lemmas.push_back(std::move(lemma));
        return id;
    }

    bool isDerivedName(int a, int b) const
    {
        const QString &x = stems[size_t(a)];
        const QString &y = stems[size_t(b)];
        const QString &shorter = x.size() <= y.size() ? x : y;
        const QString &longer = x.size() <= y.size() ? y : x;
        return shorter.size() >= 4 && longer.size() - shorter.size() <= 3 &&
               longer.startsWith(shorter);
    }

    int documents = 0; // sentences counted in documentFrequency

    void countDocument(const Sentence &sentence)
    {
        ++documents;
        std::vector<int> seen;
        for (const Term &term : sentence.terms)
            seen.push_back(term.stem);
        std::sort(seen.begin(), seen.end());
        seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
        for (int stem : seen)
            ++documentFrequency[size_t(stem)];
    }
};

} // namespace Parallax
