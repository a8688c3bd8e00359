#include "similarity_p.h"

#include "parallel.h"

#include <QFile>
#include <QSet>
#include <QTextStream>

#include <cmath>
#include <mutex>

namespace Parallax {

namespace {

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

// The background table of a language, read on first use (an English comparison never reads the
// German one) and kept for the process; an empty table for a language without one.
const Background &background(const QString &language)
{
    static std::mutex mutex;
    static std::map<QString, Background> tables;
    const std::lock_guard lock(mutex);
    const auto it = tables.find(language);
    if (it != tables.end())
        return it->second;
    return tables.emplace(language, readBackground(language)).first->second;
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

} // namespace

QString numberValue(const QString &normal)
{
    QString value = normal;
    value.remove(u',');
    value.remove(u'\u202F');
    value.remove(u'\u00A0');
    value.remove(u'\'');
    return value;
}

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

void SimilarityModel::Private::Sentence::collectCompounds()
{
    wordKeys.assign(terms.size(), 0);
    compoundKeys.assign(terms.size(), 0);
    auto joinable = [&](const Term &t) {
        const Token &token = tokens.at(t.token);
        return t.extent == 0 && !(t.flags & Number) && token.isWord() ? &token : nullptr;
    };
    auto bare = [](const QString &normal) {
        QString out;
        out.reserve(normal.size());
        for (const QChar c : normal) {
            if (c != u'-' && c != u'\'' && c.category() != QChar::Punctuation_Dash)
                out.append(c);
        }
        return out;
    };
    // Capitals with or without dots ("U.S.", "US"; not the word "us") are one abbreviation.
    auto abbreviation = [](const QString &written) {
        int capitals = 0;
        for (const QChar c : written) {
            if (c.isLower())
                return false;
            capitals += c.isUpper();
        }
        return capitals >= 2;
    };
    auto letters = [](const QString &word) {
        QString out;
        for (const QChar c : word) {
            if (c.isLetterOrNumber())
                out.append(c);
        }
        return out;
    };
    for (size_t i = 0; i < terms.size(); ++i) {
        const Token *token = joinable(terms[i]);
        if (!token)
            continue;
        const QString word = bare(token->normal);
        wordKeys[i] = qHash(abbreviation(token->text) ? u'\x1' + letters(word) : word) | 1;
        if (i + 1 >= terms.size())
            continue;
        const Token *next = joinable(terms[i + 1]);
        const qsizetype gap = terms[i + 1].token - terms[i].token;
        const bool hyphen = gap == 2 && tokens.at(terms[i].token + 1).normal == QLatin1String("-");
        // A one-letter word joins only by a hyphen ("e-mail"; not "a round" as "around").
        if (!next || (gap != 1 && !hyphen) ||
            (!hyphen && std::min(token->normal.size(), next->normal.size()) < 2))
            continue;
        compoundKeys[i] = qHash(QString(word + bare(next->normal))) | 1;
    }
}

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

void SimilarityModel::prepare(const std::vector<std::pair<QString, QString>> &sentences)
{
    const int threads = workerThreads();
    if (threads < 2)
        return; // reading ahead on the one thread there is gains nothing
    // Each distinct sentence once, skipping what is read already.
    std::vector<std::pair<QString, QString>> todo;
    std::map<QString, QSet<QString>> seenTexts; // by language
    for (const auto &[text, language] : sentences) {
        const auto known = d->preparedTokens.find(language);
        if (known != d->preparedTokens.end() && known->second.contains(text))
            continue;
        QSet<QString> &seen = seenTexts[language];
        if (!seen.contains(text)) {
            seen.insert(text);
            todo.emplace_back(text, language);
        }
    }
    seenTexts.clear();
    // Tokens, with a tokenizer per thread (a Tokenizer is not shared between threads).
    std::vector<TokenList> tokens(todo.size());
    std::vector<PerLanguage<Tokenizer>> tokenizers(static_cast<size_t>(threads));
    parallelFor(qsizetype(todo.size()), threads, [&](qsizetype i, int thread) {
        tokens[size_t(i)] =
            tokenizers[size_t(thread)].of(todo[size_t(i)].second).tokenize(todo[size_t(i)].first);
    });
    // English words not yet read, then WordNet on every thread (WordNet is thread-safe).
    std::vector<QString> words;
    if (d->wordnet && d->wordnet->isAvailable()) {
        QSet<QString> seen;
        for (size_t i = 0; i < todo.size(); ++i) {
            if (todo[i].second != u"en")
                continue;
            for (const Token &token : std::as_const(tokens[i])) {
                if (token.isWord() && !seen.contains(token.normal) &&
                    !d->lemmaIds.contains(token.normal) &&
                    !d->preparedSenses.contains(token.normal)) {
                    seen.insert(token.normal);
                    words.push_back(token.normal);
                }
            }
        }
    }
    std::vector<Private::Senses> senses(words.size());
    parallelFor(qsizetype(words.size()), threads, [&](qsizetype i, int) {
        senses[size_t(i)] = Private::readSenses(*d->wordnet, words[size_t(i)]);
    });
    for (size_t i = 0; i < todo.size(); ++i)
        d->preparedTokens[todo[i].second].insert(todo[i].first, std::move(tokens[i]));
    for (size_t i = 0; i < words.size(); ++i)
        d->preparedSenses.insert(words[i], std::move(senses[i]));
}

int SimilarityModel::add(const QString &text, const QString &language, bool countAsDocument)
{
    Private::Sentence sentence;
    sentence.text = text;
    sentence.language = language;
    bool tokenized = false;
    if (const auto ahead = d->preparedTokens.find(language); ahead != d->preparedTokens.end()) {
        if (const auto it = ahead->second.find(text); it != ahead->second.end()) {
            sentence.tokens = std::move(*it);
            ahead->second.erase(it);
            tokenized = true;
        }
    }
    if (!tokenized)
        sentence.tokens = d->tokenizer(language).tokenize(text);
    std::vector<Quantity> quantities = d->quantityReader(language).read(sentence.tokens);
    // The words that bound a value ("more than 60", "rund 60") are words of their own, and the
    // value is compared as written: a term is one number, and findConflicts() weighs the bound.
    for (Quantity &q : quantities) {
        if (q.bound == Quantity::Bound::About || q.bound == Quantity::Bound::AtLeast ||
            q.bound == Quantity::Bound::AtMost) {
            q.bound = Quantity::Bound::Exact;
            q.firstToken = q.valueToken;
        }
    }
    auto quantity = quantities.begin();
    bool first = true;
    for (qsizetype i = 0; i < sentence.tokens.size(); ++i) {
        const Token &token = sentence.tokens.at(i);
        while (quantity != quantities.end() && quantity->lastToken < i)
            ++quantity;
        const bool inQuantity = quantity != quantities.end() && quantity->firstToken <= i;
        if (token.kind == Token::Kind::Punctuation && !(inQuantity && quantity->firstToken == i))
            continue; // punctuation is no term, unless it begins a quantity ("$5", "€2m")
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
        if (!number && !token.text.isEmpty() && token.text.at(0).isUpper())
            term.flags |= Capitalised;
        if (first && !number && token.isWord() && token.text.at(0).isUpper() &&
            !(term.flags & Honorific) && !isAllUpper(token.text) &&
            Lexicon::forLanguage(language).hasDictionary() &&
            !d->isCommonWord(token.text, language))
            term.flags |= InitialName;
        first = false;
        sentence.terms.push_back(term);
    }
    sentence.grams = characterTrigrams(sentence.tokens);
    sentence.terms.shrink_to_fit();
    sentence.collectFacts();
    sentence.collectCompounds();
    if (countAsDocument)
        d->countDocument(sentence);
    d->sentences.push_back(std::move(sentence));
    d->finalized = false;
    return int(d->sentences.size()) - 1;
}

void SimilarityModel::setCachesFrozen(bool frozen)
{
    d->cachesFrozen = frozen;
}

bool SimilarityModel::cachesFrozen() const
{
    return d->cachesFrozen;
}

void SimilarityModel::readLanguageTables(const QString &language)
{
    background(language);
}

int SimilarityModel::addTextOnly(const QString &text, const QString &language)
{
    Private::Sentence sentence;
    sentence.text = text;
    sentence.language = language;
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
    joined.collectCompounds();
    d->sentences.push_back(std::move(joined));
    return int(d->sentences.size()) - 1;
}

void SimilarityModel::finalize()
{
    // What prepare() read for sentences never added.
    d->preparedTokens.clear();
    d->preparedSenses = {};
    // WordNet relations between all the words seen, through an index from synset to words.
    std::unordered_map<quint64, std::vector<int>> bySynset, byHypernym, byForm, bySynonym,
        byDerived;
    for (size_t l = 0; l < d->lemmas.size(); ++l) {
        for (quint64 synset : d->lemmas[l].derived)
            byDerived[synset].push_back(int(l));
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
    d->relatedBits.assign(d->lemmas.size(), {});
    // Each lemma's list on its own: on every core, the indexes only read.
    // (Starting threads costs more than a small model's lists.)
    const int threads = d->lemmas.size() >= 2000 ? workerThreads() : 1;
    parallelFor(qsizetype(d->lemmas.size()), threads, [&](qsizetype index, int) {
        const size_t l = size_t(index);
        auto &list = d->related[l];
        for (quint64 synset : d->lemmas[l].synsets) {
            for (int other : bySynset.at(synset))
                list.emplace_back(other, float(kSynonymMatch));
            if (const auto it = byHypernym.find(synset); it != byHypernym.end()) {
                for (int other : it->second)
                    list.emplace_back(other, float(kHypernymMatch)); // other is a kind of l
            }
        }
        // Derivationally related words, either way round, so that the match is symmetric.
        for (quint64 synset : d->lemmas[l].derived) {
            if (const auto it = bySynset.find(synset); it != bySynset.end()) {
                for (int other : it->second)
                    list.emplace_back(other, float(kDerivedMatch));
            }
        }
        for (quint64 synset : d->lemmas[l].synsets) {
            if (const auto it = byDerived.find(synset); it != byDerived.end()) {
                for (int other : it->second)
                    list.emplace_back(other, float(kDerivedMatch));
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
        for (const auto &[other, match] : list) {
            const unsigned bit = Private::relatedBit(other);
            d->relatedBits[l][bit / 64] |= quint64(1) << (bit % 64);
        }
    });

    const double local = double(d->documents);
    d->stemWeight.assign(d->stems.size(), 0.0f);
    d->stemCommon.assign(d->stems.size(), 0);
    d->stemFunction.assign(d->stems.size(), 0);
    const Background *table = nullptr; // the table of tableLanguage
    QString tableLanguage;
    for (size_t s = 0; s < d->stems.size(); ++s) {
        const QString &language = d->stemLanguage[s];
        if (!table || language != tableLanguage) {
            table = &background(language);
            tableLanguage = language;
        }
        const double pLocal = (d->documentFrequency[s] + 0.5) / (local + 1);
        double p = pLocal;
        if (table->documents > 0) {
            const QString &word =
                d->stemBackground[s].isEmpty() ? d->stems[s] : d->stemBackground[s];
            const double pBackground =
                (table->documentFrequency.value(word) + 0.5) / (table->documents + 1);
            const double alpha = local / (local + kBackgroundSentences);
            p = alpha * pLocal + (1 - alpha) * pBackground;
            d->stemCommon[s] = pBackground >= kFunctionWordShare;
            d->stemFunction[s] = d->stemCommon[s];
        } else {
            // No table for the language: the loaded sentences alone weigh too little to tell
            // a content word from a function word (in forty sentences every word is in more
            // than a fortieth of them). They are mixed with a flat prior, every word at the
            // share the median word of running English text has in the English table
            // (kPriorShare), worth kCommonMinimumSentences sentences; a function word is one
            // that many sentences show to be common.
            const double alpha = local / (local + kCommonMinimumSentences);
            p = alpha * pLocal + (1 - alpha) * kPriorShare;
            d->stemFunction[s] = local >= kCommonMinimumSentences && pLocal >= kFunctionWordShare;
            // Not a detail worth reporting as added unless the sentences show it is rare: with
            // few of them, no word but a name or a number is (as before the prior).
            d->stemCommon[s] = pLocal >= kFunctionWordShare;
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

} // namespace Parallax
