#include "similarity.h"

#include "lexicon.h"
#include "quantity.h"
#include "tokenizer.h"
#include "wordnet.h"

#include <QFile>
#include <QHash>
#include <QTextStream>

#include <algorithm>
#include <bit>
#include <cmath>
#include <map>
#include <unordered_map>

namespace Parallax {

namespace {

// Calibrated on STS-B train and dev (tests/tools/fit-similarity.py); see combine().
constexpr double kSynonymMatch = 0.8;
constexpr double kVariantMatch = 0.9;
constexpr double kHypernymMatch = 0.4; // handgun/gun

constexpr double kDerivedNameMatch = 0.7;
constexpr int kSensesPerPos = 8;
// The background table weighs as much as this many sentences of the loaded text.
constexpr double kBackgroundSentences = 5000;
// Weights are idf squared: rare words decide more than a plain idf lets them.
constexpr double kWeightExponent = 2;
// Words in more than one sentence in this many are function words.
constexpr double kFunctionWordShare = 1.0 / 40;
// Below this many sentences, how often a word occurs among them says nothing.
constexpr double kCommonMinimumSentences = 80;

struct Background
{
    QHash<QString, int> documentFrequency;
    double documents = 0;
};

// A background table: "# documents N", then "stem<TAB>documents" lines.
Background readBackground(const QString &language)
{
    Background table;
    QFile file(QStringLiteral(":/parallax/idf/%1.tsv").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return table;
    QTextStream in(&file);
    QString line;
    while (in.readLineInto(&line)) {
        if (line.startsWith(u'#')) {
            const qsizetype space = line.lastIndexOf(u' ');
            table.documents = line.mid(space + 1).toDouble();
            continue;
        }
        const qsizetype tab = line.indexOf(u'\t');
        if (tab > 0)
            table.documentFrequency.insert(line.left(tab), line.mid(tab + 1).toInt());
    }
    return table;
}

const Background &background(const QString &language)
{
    static const std::map<QString, Background> tables = [] {
        std::map<QString, Background> result;
        for (const QString &code : {QStringLiteral("en"), QStringLiteral("de")})
            result.emplace(code, readBackground(code));
        return result;
    }();
    static const Background none;
    const auto it = tables.find(language);
    return it == tables.end() ? none : it->second;
}

QString numberValue(const QString &normal)
{
    QString value = normal;
    value.remove(u',');
    value.remove(u'\u202F');
    value.remove(u'\u00A0');
    value.remove(u'\'');
    return value;
}

bool isAllUpper(const QString &text)
{
    int letters = 0;
    for (QChar c : text) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            ++letters;
        }
    }
    return letters >= 2;
}

// Trigram hashes (32 bits: a collision now and then is noise in a cosine) and their counts.
using Grams = std::vector<std::pair<quint32, float>>;

Grams characterTrigrams(const TokenList &tokens)
{
    QString joined = QStringLiteral(" ");
    for (const Token &token : tokens) {
        if (token.kind != Token::Kind::Punctuation)
            joined += token.normal + u' ';
    }
    std::vector<quint32> hashes;
    for (qsizetype i = 0; i + 3 <= joined.size(); ++i)
        hashes.push_back(quint32(qHash(QStringView(joined).mid(i, 3))));
    std::sort(hashes.begin(), hashes.end());
    Grams grams;
    for (quint32 h : hashes) {
        if (!grams.empty() && grams.back().first == h)
            grams.back().second += 1;
        else
            grams.emplace_back(h, 1.0f);
    }
    grams.shrink_to_fit();
    return grams;
}

double cosine(const Grams &a, const Grams &b)
{
    double dot = 0, na = 0, nb = 0;
    for (const auto &g : a)
        na += double(g.second) * g.second;
    for (const auto &g : b)
        nb += double(g.second) * g.second;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (i->first < j->first) {
            ++i;
        } else if (j->first < i->first) {
            ++j;
        } else {
            dot += double(i->second) * j->second;
            ++i;
            ++j;
        }
    }
    return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0.0;
}

bool intersects(const std::vector<quint64> &a, const std::vector<quint64> &b)
{
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i < *j)
            ++i;
        else if (*j < *i)
            ++j;
        else
            return true;
    }
    return false;
}

} // namespace

struct SimilarityModel::Private
{
    struct Lemma
    {
        Token token; // one occurrence, for spelling variants
        std::vector<quint64> synsets;
        std::vector<quint64> hypernyms;
        // Outside English, from the language's dictionary and thesaurus: the word's own forms
        // (as written and its dictionary forms) and its synonyms, as hashes.
        std::vector<quint64> forms;
        std::vector<quint64> thesaurus;
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

    const WordNet *wordnet = nullptr;
    std::map<QString, std::unique_ptr<Tokenizer>> tokenizers;
    std::map<QString, std::unique_ptr<QuantityReader>> quantityReaders;
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

    bool isCommonWord(const QString &word, const QString &language)
    {
        const QString key = language + u'\x1' + word;
        const auto it = commonWords.constFind(key);
        if (it != commonWords.constEnd())
            return *it;
        const bool common = Lexicon::forLanguage(language).isCommonWord(word);
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
    std::vector<Sentence> sentences;
    std::vector<float> stemWeight;
    std::vector<char> stemCommon;
    std::unordered_map<quint64, float> matchCache; // lemma pairs, see termMatch()
    double functionWeight = 0;
    bool finalized = false;

    Tokenizer &tokenizer(const QString &language)
    {
        auto &slot = tokenizers[language];
        if (!slot)
            slot = std::make_unique<Tokenizer>(language);
        return *slot;
    }

    QuantityReader &quantityReader(const QString &language)
    {
        auto &slot = quantityReaders[language];
        if (!slot)
            slot = std::make_unique<QuantityReader>(language);
        return *slot;
    }

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
        Lemma lemma{token, {}, {}, {}, {}};
        Filter filter{0, int(token.normal.size()),
                      token.normal.isEmpty() ? char16_t(0) : token.normal.at(0).unicode()};
        for (QChar c : token.normal)
            filter.letters |= 1u << (c.unicode() % 32);
        if (token.isWord() && language == u"en" && wordnet && wordnet->isAvailable()) {
            lemma.synsets = wordnet->synsets(token.normal, kSensesPerPos);
            lemma.hypernyms = wordnet->hypernyms(lemma.synsets);
        } else if (token.isWord() && language != u"en" && token.normal.size() >= 3) {
            const Lexicon &lexicon = Lexicon::forLanguage(language);
            if (lexicon.hasThesaurus()) {
                auto hash = [](const QString &word) { return quint64(qHash(word.toLower(), 1)); };
                lemma.forms.push_back(hash(token.normal));
                for (const QString &form : lexicon.baseForms(token.text))
                    lemma.forms.push_back(hash(form));
                for (const QString &synonym : lexicon.synonyms(token.text))
                    lemma.thesaurus.push_back(hash(synonym));
                for (auto *list : {&lemma.forms, &lemma.thesaurus}) {
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

SimilarityModel::SimilarityModel(const WordNet *wordnet)
    : d(std::make_unique<Private>())
{
    d->wordnet = wordnet ? wordnet : &WordNet::system();
}

SimilarityModel::~SimilarityModel() = default;

bool SimilarityModel::hasWordNet() const
{
    return d->wordnet->isAvailable();
}

int SimilarityModel::add(const QString &text, const QString &language, bool countAsDocument)
{
    Private::Sentence sentence;
    sentence.text = text;
    sentence.language = language;
    sentence.tokens = d->tokenizer(language).tokenize(text);
    const std::vector<Quantity> quantities = d->quantityReader(language).read(sentence.tokens);
    auto quantity = quantities.begin();
    bool quoted = false;
    bool first = true;
    for (qsizetype i = 0; i < sentence.tokens.size(); ++i) {
        const Token &token = sentence.tokens.at(i);
        while (quantity != quantities.end() && quantity->lastToken < i)
            ++quantity;
        const bool inQuantity = quantity != quantities.end() && quantity->firstToken <= i;
        if (token.kind == Token::Kind::Punctuation && !(inQuantity && quantity->firstToken == i)) {
            if (token.normal.contains(u'"'))
                quoted = !quoted;
            continue;
        }
        if (inQuantity && quantity->firstToken != i)
            continue; // read with the quantity's first token
        Term term;
        term.token = i;
        const bool number = token.kind == Token::Kind::Number || inQuantity;
        if (inQuantity) {
            term.extent = quint16(std::min<qsizetype>(quantity->lastToken - i, 0xFFFF));
            term.stem = d->quantityStem(*quantity, token, language);
            term.lemma = d->lemmaId(token, language, d->stems[size_t(term.stem)]);
        } else {
            term.stem = d->stemId(number ? numberValue(token.normal) : token.stem, language);
            term.lemma = d->lemmaId(token, language);
        }
        if (number)
            term.flags |= Number;
        else if (!first && token.text.at(0).isUpper() && d->isFormOfAddress(term.lemma))
            term.flags |= Honorific;
        else if (isAllUpper(token.text) ||
                 (!first && token.text.at(0).isUpper() && !d->isCommonWord(token.text, language)))
            term.flags |= Name; // "NATO", "Lindau"; not "Minister", not German nouns
        if (quoted)
            term.flags |= Quoted;
        if (!number && !token.text.isEmpty() && token.text.at(0).isUpper())
            term.flags |= Capitalised;
        first = false;
        sentence.terms.push_back(term);
    }
    sentence.grams = characterTrigrams(sentence.tokens);
    sentence.terms.shrink_to_fit();
    sentence.collectFacts();
    if (countAsDocument)
        d->countDocument(sentence);
    d->sentences.push_back(std::move(sentence));
    d->finalized = false;
    return int(d->sentences.size()) - 1;
}

int SimilarityModel::addCopy(int sentence)
{
    Private::Sentence copy = d->sentences.at(size_t(sentence));
    d->sentences.push_back(std::move(copy));
    return int(d->sentences.size()) - 1;
}

int SimilarityModel::addJoined(const std::vector<int> &parts)
{
    if (parts.empty())
        return -1;
    if (parts.size() == 1)
        return parts.front();
    Private::Sentence joined;
    const Private::Sentence &first = d->sentences.at(size_t(parts.front()));
    joined.language = first.language;
    for (int part : parts) {
        const Private::Sentence &p = d->sentences.at(size_t(part));
        if (!joined.text.isEmpty())
            joined.text += u' ';
        const qsizetype shift = joined.text.size();
        const qsizetype tokenShift = joined.tokens.size();
        joined.text += p.text;
        for (Token token : p.tokens) {
            token.begin += shift;
            joined.tokens.append(token);
        }
        for (Term term : p.terms) {
            term.token += tokenShift;
            joined.terms.push_back(term);
        }
    }
    joined.grams = characterTrigrams(joined.tokens);
    joined.collectFacts();
    d->sentences.push_back(std::move(joined));
    return int(d->sentences.size()) - 1;
}

void SimilarityModel::finalize()
{
    // WordNet relations between all the words seen, through an index from synset to words.
    std::unordered_map<quint64, std::vector<int>> bySynset, byHypernym, byForm, bySynonym;
    for (size_t l = 0; l < d->lemmas.size(); ++l) {
        for (quint64 form : d->lemmas[l].forms)
            byForm[form].push_back(int(l));
        for (quint64 synonym : d->lemmas[l].thesaurus)
            bySynonym[synonym].push_back(int(l));
        for (quint64 synset : d->lemmas[l].synsets)
            bySynset[synset].push_back(int(l));
        for (quint64 synset : d->lemmas[l].hypernyms)
            byHypernym[synset].push_back(int(l));
    }
    d->related.assign(d->lemmas.size(), {});
    for (size_t l = 0; l < d->lemmas.size(); ++l) {
        auto &list = d->related[l];
        for (quint64 synset : d->lemmas[l].synsets) {
            for (int other : bySynset[synset])
                list.emplace_back(other, float(kSynonymMatch));
            if (const auto it = byHypernym.find(synset); it != byHypernym.end()) {
                for (int other : it->second)
                    list.emplace_back(other, float(kHypernymMatch)); // other is a kind of l
            }
        }
        for (quint64 synset : d->lemmas[l].hypernyms) {
            if (const auto it = bySynset.find(synset); it != bySynset.end()) {
                for (int other : it->second)
                    list.emplace_back(other, float(kHypernymMatch)); // l is a kind of other
            }
        }
        // Thesaurus synonyms (one side's synonym is a form of the other word), and inflections
        // that share a dictionary form ("kosteten", "gekostet").
        for (quint64 form : d->lemmas[l].forms) {
            if (const auto it = bySynonym.find(form); it != bySynonym.end()) {
                for (int other : it->second)
                    list.emplace_back(other, float(kSynonymMatch));
            }
            if (const auto it = byForm.find(form); it != byForm.end()) {
                for (int other : it->second) {
                    if (size_t(other) != l)
                        list.emplace_back(other, float(kVariantMatch));
                }
            }
        }
        for (quint64 synonym : d->lemmas[l].thesaurus) {
            if (const auto it = byForm.find(synonym); it != byForm.end()) {
                for (int other : it->second)
                    list.emplace_back(other, float(kSynonymMatch));
            }
        }
        // Sorted by lemma, the best match first among equals; then one entry per lemma.
        std::sort(list.begin(), list.end(), [](const auto &x, const auto &y) {
            return x.first != y.first ? x.first < y.first : x.second > y.second;
        });
        list.erase(std::unique(list.begin(), list.end(),
                               [](const auto &x, const auto &y) { return x.first == y.first; }),
                   list.end());
    }

    const double local = double(d->documents);
    d->stemWeight.assign(d->stems.size(), 0.0f);
    d->stemCommon.assign(d->stems.size(), 0);
    for (size_t s = 0; s < d->stems.size(); ++s) {
        const Background &table = background(d->stemLanguage[s]);
        const double pLocal = (d->documentFrequency[s] + 0.5) / (local + 1);
        double p = pLocal;
        if (table.documents > 0) {
            const QString &word =
                d->stemBackground[s].isEmpty() ? d->stems[s] : d->stemBackground[s];
            const double pBackground =
                (table.documentFrequency.value(word) + 0.5) / (table.documents + 1);
            const double alpha = local / (local + kBackgroundSentences);
            p = alpha * pLocal + (1 - alpha) * pBackground;
            d->stemCommon[s] = pBackground >= kFunctionWordShare;
        }
        if (local >= kCommonMinimumSentences && pLocal >= kFunctionWordShare)
            d->stemCommon[s] = 1;
        d->stemWeight[s] = float(std::pow(-std::log(std::min(p, 1.0)), kWeightExponent));
    }
    for (Private::Sentence &sentence : d->sentences) {
        for (Term &term : sentence.terms) {
            term.weight = d->stemWeight[size_t(term.stem)];
            // A quantity weighs as much as the words it is written with ("14 million euros").
            if (term.extent > 0) {
                int words = 0;
                for (qsizetype t = term.token; t <= term.token + term.extent; ++t)
                    words += sentence.tokens.at(t).kind != Token::Kind::Punctuation;
                term.weight *= float(std::clamp(words, 1, 3));
            }
        }
    }
    d->functionWeight = std::pow(-std::log(kFunctionWordShare), kWeightExponent);
    d->finalized = true;
}

int SimilarityModel::stemCount() const
{
    return int(d->stems.size());
}

int SimilarityModel::size() const
{
    return int(d->sentences.size());
}

const QString &SimilarityModel::text(int sentence) const
{
    return d->sentences.at(size_t(sentence)).text;
}

const TokenList &SimilarityModel::tokens(int sentence) const
{
    return d->sentences.at(size_t(sentence)).tokens;
}

const std::vector<SimilarityModel::Term> &SimilarityModel::terms(int sentence) const
{
    return d->sentences.at(size_t(sentence)).terms;
}

bool SimilarityModel::isCommon(const Term &term) const
{
    return d->stemCommon.at(size_t(term.stem));
}

double SimilarityModel::functionWordWeight() const
{
    return d->functionWeight;
}

const Quantity *SimilarityModel::quantity(const Term &term) const
{
    const int index = d->stemQuantity.at(size_t(term.stem));
    return index < 0 ? nullptr : &d->quantities[size_t(index)];
}

double SimilarityModel::termMatch(const Term &a, const Term &b) const
{
    if (a.stem == b.stem || a.lemma == b.lemma)
        return 1.0;
    if ((a.flags | b.flags) & Number) {
        // "20 August" and "Aug. 20, 2025" are one date.
        const Quantity *qa = (a.flags & b.flags & Number) ? quantity(a) : nullptr;
        const Quantity *qb = qa ? quantity(b) : nullptr;
        return qa && qb && sameValue(*qa, *qb) ? 1.0 : 0.0;
    }
    // WordNet relations, found for every pair of words at finalize().
    if (size_t(a.lemma) < d->related.size()) {
        const auto &list = d->related[size_t(a.lemma)];
        const auto it = std::lower_bound(list.begin(), list.end(), std::make_pair(b.lemma, 0.0f));
        if (it != list.end() && it->first == b.lemma)
            return it->second;
    } else if (const double wordnet = wordNetMatch(a.lemma, b.lemma); wordnet > 0) {
        return wordnet;
    }
    // Spelling variants and derived names: similar lengths and letters, and the same first
    // letter unless both are names.
    const Private::Filter &fa = d->filters[size_t(a.lemma)];
    const Private::Filter &fb = d->filters[size_t(b.lemma)];
    const bool capitalised = a.flags & b.flags & Capitalised;
    if (fa.length < 4 || fb.length < 4 || std::abs(fa.length - fb.length) > 3 ||
        (fa.first != fb.first && !capitalised) || std::popcount(fa.letters ^ fb.letters) > 4)
        return 0.0;
    const quint64 key = a.lemma < b.lemma ? (quint64(quint32(a.lemma)) << 32) | quint32(b.lemma)
                                          : (quint64(quint32(b.lemma)) << 32) | quint32(a.lemma);
    // Capitalisation decides whether derived names match, so it is part of the key.
    const quint64 flagged = key | (capitalised ? (1ull << 63) : 0);
    const auto cached = d->matchCache.find(flagged);
    if (cached != d->matchCache.end())
        return cached->second;
    double match = 0.0;
    const Private::Lemma &la = d->lemmas[size_t(a.lemma)];
    const Private::Lemma &lb = d->lemmas[size_t(b.lemma)];
    // Names and the words made from them: Nigeria/Nigerian, Zambia/Zambian.
    if (capitalised && d->isDerivedName(a.stem, b.stem))
        match = kDerivedNameMatch;
    else if (isSpellingVariant(la.token, lb.token))
        match = kVariantMatch;
    d->matchCache.emplace(flagged, float(match));
    return match;
}

double SimilarityModel::wordNetMatch(int a, int b) const
{
    const Private::Lemma &la = d->lemmas[size_t(a)];
    const Private::Lemma &lb = d->lemmas[size_t(b)];
    if (intersects(la.synsets, lb.synsets))
        return kSynonymMatch;
    if (intersects(la.synsets, lb.hypernyms) || intersects(la.hypernyms, lb.synsets))
        return kHypernymMatch;
    return 0.0;
}

SimilarityFeatures SimilarityModel::features(int a, int b) const
{
    const Private::Sentence &sa = d->sentences.at(size_t(a));
    const Private::Sentence &sb = d->sentences.at(size_t(b));
    const size_t n = sa.terms.size();
    const size_t m = sb.terms.size();
    SimilarityFeatures f;

    // Each term's best counterpart on the other side.
    thread_local std::vector<double> bestA, bestB;
    thread_local std::vector<char> exactA, exactB;
    bestA.assign(n, 0.0);
    bestB.assign(m, 0.0);
    exactA.assign(n, 0);
    exactB.assign(m, 0);
    // Terms that repeat are matched once: each side's distinct (stem, lemma, flags).
    auto distinct = [](const std::vector<Term> &terms, std::vector<size_t> &first,
                       std::vector<size_t> &of) {
        std::unordered_map<quint64, size_t> seen;
        first.clear();
        of.resize(terms.size());
        for (size_t i = 0; i < terms.size(); ++i) {
            const Term &t = terms[i];
            const quint64 key =
                (quint64(quint32(t.stem)) << 32) ^ (quint64(quint32(t.lemma)) << 8) ^ t.flags;
            const auto [it, isNew] = seen.try_emplace(key, first.size());
            if (isNew)
                first.push_back(i);
            of[i] = it->second;
        }
    };
    thread_local std::vector<size_t> firstA, firstB, ofA, ofB;
    distinct(sa.terms, firstA, ofA);
    distinct(sb.terms, firstB, ofB);
    thread_local std::vector<double> bestDistinctA, bestDistinctB;
    thread_local std::vector<char> exactDistinctA, exactDistinctB;
    bestDistinctA.assign(firstA.size(), 0.0);
    bestDistinctB.assign(firstB.size(), 0.0);
    exactDistinctA.assign(firstA.size(), 0);
    exactDistinctB.assign(firstB.size(), 0);
    // Beyond this many word pairs (sentences of thousands of distinct words), only the same
    // stem or lemma counts as a match: synonyms and variants would cost quadratic time.
    constexpr size_t kFullMatchPairs = size_t(1) << 22;
    if (firstA.size() * firstB.size() <= kFullMatchPairs) {
        for (size_t x = 0; x < firstA.size(); ++x) {
            for (size_t y = 0; y < firstB.size(); ++y) {
                const double match = termMatch(sa.terms[firstA[x]], sb.terms[firstB[y]]);
                if (match <= 0)
                    continue;
                bestDistinctA[x] = std::max(bestDistinctA[x], match);
                bestDistinctB[y] = std::max(bestDistinctB[y], match);
                if (match >= 1.0)
                    exactDistinctA[x] = exactDistinctB[y] = 1;
            }
        }
    } else {
        std::unordered_map<int, std::vector<size_t>> byStem, byLemma; // distinct terms of b
        for (size_t y = 0; y < firstB.size(); ++y) {
            byStem[sb.terms[firstB[y]].stem].push_back(y);
            byLemma[sb.terms[firstB[y]].lemma].push_back(y);
        }
        for (size_t x = 0; x < firstA.size(); ++x) {
            const Term &t = sa.terms[firstA[x]];
            for (const auto *map : {&byStem, &byLemma}) {
                const auto it = map->find(map == &byStem ? t.stem : t.lemma);
                if (it == map->end())
                    continue;
                for (size_t y : it->second) {
                    bestDistinctA[x] = bestDistinctB[y] = 1.0;
                    exactDistinctA[x] = exactDistinctB[y] = 1;
                }
            }
        }
    }
    for (size_t i = 0; i < n; ++i) {
        bestA[i] = bestDistinctA[ofA[i]];
        exactA[i] = exactDistinctA[ofA[i]];
    }
    for (size_t j = 0; j < m; ++j) {
        bestB[j] = bestDistinctB[ofB[j]];
        exactB[j] = exactDistinctB[ofB[j]];
    }

    // Weighted coverage of each side, and the same counting exact matches only.
    double matchedA = 0, totalA = 0, exactWeightA = 0;
    double matchedB = 0, totalB = 0, exactWeightB = 0;
    double contentTotal = 0, contentMatched = 0;
    int lonelyNamesA = 0, lonelyNamesB = 0;
    const double functionWeight = d->functionWeight;
    for (size_t i = 0; i < n; ++i) {
        const Term &t = sa.terms[i];
        totalA += t.weight;
        matchedA += t.weight * bestA[i];
        exactWeightA += exactA[i] ? t.weight : 0;
        if (t.weight > functionWeight) {
            contentTotal += 1;
            contentMatched += bestA[i] > 0;
        }
        lonelyNamesA += (t.flags & Name) && bestA[i] == 0;
    }
    for (size_t j = 0; j < m; ++j) {
        const Term &t = sb.terms[j];
        totalB += t.weight;
        matchedB += t.weight * bestB[j];
        exactWeightB += exactB[j] ? t.weight : 0;
        if (t.weight > functionWeight) {
            contentTotal += 1;
            contentMatched += bestB[j] > 0;
        }
        lonelyNamesB += (t.flags & Name) && bestB[j] == 0;
    }
    auto harmonic = [](double x, double y) { return x + y > 0 ? 2 * x * y / (x + y) : 0.0; };
    const double coverageA = totalA > 0 ? matchedA / totalA : 0;
    const double coverageB = totalB > 0 ? matchedB / totalB : 0;
    f.minCoverage = std::min(coverageA, coverageB);
    f.maxCoverage = std::max(coverageA, coverageB);
    f.overlap = harmonic(coverageA, coverageB);
    f.exactOverlap =
        harmonic(totalA > 0 ? exactWeightA / totalA : 0, totalB > 0 ? exactWeightB / totalB : 0);
    f.contentAligned = contentTotal > 0 ? contentMatched / contentTotal : 0;
    f.conflictingNames = lonelyNamesA > 0 && lonelyNamesB > 0 ? 1.0 : 0.0;
    f.lengthRatio =
        std::max(totalA, totalB) > 0 ? std::min(totalA, totalB) / std::max(totalA, totalB) : 0;
    f.characters = cosine(sa.grams, sb.grams);

    // Facts: numbers and names.
    const std::vector<int> &numbersA = sa.numbers;
    const std::vector<int> &numbersB = sb.numbers;
    const std::vector<int> &namesA = sa.names;
    const std::vector<int> &namesB = sb.names;
    auto shared = [](const std::vector<int> &x, const std::vector<int> &y) {
        double count = 0;
        for (auto i = x.begin(), j = y.begin(); i != x.end() && j != y.end();) {
            if (*i < *j) {
                ++i;
            } else if (*j < *i) {
                ++j;
            } else {
                ++count;
                ++i;
                ++j;
            }
        }
        return count;
    };
    const double sharedNumbers = shared(numbersA, numbersB);
    const double sharedNames = shared(namesA, namesB);
    const double allFacts =
        double(numbersA.size() + numbersB.size() + namesA.size() + namesB.size()) - sharedNumbers -
        sharedNames;
    f.sharedFacts = allFacts > 0 ? (sharedNumbers + sharedNames) / allFacts : 0;
    // Numbers disagree when each side states a value of one dimension (a count, an amount in
    // euros, a date) that the other side does not state in any form.
    auto unmatched = [&](const std::vector<int> &mine, const std::vector<int> &theirs) {
        std::vector<const Quantity *> out;
        for (int stem : mine) {
            const int index = d->stemQuantity[size_t(stem)];
            if (index < 0 || std::binary_search(theirs.begin(), theirs.end(), stem))
                continue;
            const Quantity &q = d->quantities[size_t(index)];
            const bool matched = std::any_of(theirs.begin(), theirs.end(), [&](int other) {
                const int o = d->stemQuantity[size_t(other)];
                return o >= 0 && sameValue(q, d->quantities[size_t(o)]);
            });
            if (!matched)
                out.push_back(&q);
        }
        return out;
    };
    f.conflictingNumbers = 0;
    if (!numbersA.empty() && !numbersB.empty() && sharedNumbers < double(numbersA.size())) {
        const auto onlyA = unmatched(numbersA, numbersB);
        const auto onlyB = unmatched(numbersB, numbersA);
        for (const Quantity *x : onlyA) {
            for (const Quantity *y : onlyB) {
                if (conflicts(*x, *y))
                    f.conflictingNumbers = 1.0;
            }
        }
    }
    return f;
}

double SimilarityModel::combine(const SimilarityFeatures &f)
{
    // Least squares on STS-B train and dev (tests/tools/fit-similarity.py), gold scaled to
    // [0, 1]. Features overlap, so single weights are not meaningful on their own.
    const double raw = 0.1750 * f.minCoverage + 0.2758 * f.maxCoverage + 0.3323 * f.overlap -
                       0.0065 * f.characters + 0.0536 * f.sharedFacts -
                       0.0324 * f.conflictingNumbers + 0.0660 * f.lengthRatio -
                       0.0992 * f.exactOverlap + 0.1890 * f.contentAligned -
                       0.0072 * f.conflictingNames + 0.0132;
    return std::clamp(raw, 0.0, 1.0);
}

double SimilarityModel::score(int a, int b) const
{
    if (a == b)
        return 1.0;
    const auto &ta = d->sentences.at(size_t(a)).terms;
    const auto &tb = d->sentences.at(size_t(b)).terms;
    if (!ta.empty() && std::equal(ta.begin(), ta.end(), tb.begin(), tb.end(),
                                  [](const Term &x, const Term &y) { return x.lemma == y.lemma; }))
        return 1.0; // the same words in the same order
    return combine(features(a, b));
}

} // namespace Parallax
