#pragma once

// What the kinds of conflict share (conflicts.cpp, nameconflicts.cpp, negationconflicts.cpp);
// not part of the engine's interface.

#include "conflicts.h"
#include "perlanguage.h"
#include "tokenizer.h"

#include <QList>
#include <QString>

#include <map>
#include <memory>
#include <set>
#include <unordered_map>
#include <vector>

namespace Parallax {

// The tokens of each distinct sentence, read once for all the kinds of conflict (tokenizing is
// most of their cost); one tokenizer per language. References stay valid while it lives.
class SentenceTokens
{
public:
    const TokenList &tokens(const QString &text, const QString &language)
    {
        auto &cache = m_tokens[language];
        const auto cached = cache.find(text);
        if (cached != cache.end())
            return cached->second;
        return cache.emplace(text, m_tokenizers.of(language).tokenize(text)).first->second;
    }

private:
    PerLanguage<Tokenizer> m_tokenizers;
    // Node-based, so that the references handed out stay valid as sentences are added.
    std::map<QString, std::unordered_map<QString, TokenList>> m_tokens;
};

// One distinct wording of a unit: a sentence text and every source and segment that has it.
struct Wording
{
    QString text;
    QString language;
    QList<qsizetype> sources;          // in the order met
    QList<qsizetype> segments;         // in the order met
    const TokenList *tokens = nullptr; // owned by the SentenceTokens
};

// The distinct wordings of a unit, most sources first, ties by text: an order that does not
// depend on the order of the sources.
std::vector<Wording> distinctWordings(const Unit &unit, const QList<Article> &articles,
                                      const Comparison &comparison, SentenceTokens &tokens);
// Whether every source of a is among b's (one source's own two wordings are no dispute).
bool sameSources(const Wording &a, const Wording &b);
// The side of a conflict that the wordings `members` (indices) state, written as value.
ConflictSide sideOf(const std::vector<Wording> &wordings, const std::set<size_t> &members,
                    const QString &value);

// Each distinct wording is diffed with at most this many others, so that a unit of many sources
// stays cheap.
constexpr size_t kConflictPartners = 16;

// The name conflicts of one unit (dimension "name"): two sources say the same words around
// different names ("talks in Minsk on Friday" / "talks in Vienna on Friday", "Admiral Rob Bauer
// said" / "Admiral Pierre Vandier said"). Found in the word diff of two wordings of different
// sources that have two thirds of the longer one's words in common: a changed run that is a
// name on both sides, between words both share: at least two before it (or one, with two after
// it: "Mayor Oskar Lindqvarn said on Friday"), and after it a word or the end of both sentences. A
// name here is a run of capitalised words, none at the sentence's start, at least one of which the
// language's dictionary (Lexicon) does not know as a common word. Two runs are the same name
// written two ways when they share a word, or when their consonants agree once vowels and marks
// are dropped ("Kiev" / "Kyiv", "Zelensky" / "Zelenskyy"); neither run may appear anywhere in
// the other wording. Languages without a dictionary get no name conflicts.
void nameConflicts(qsizetype unitIndex, const Unit &unit, const QList<Article> &articles,
                   const Comparison &comparison, SentenceTokens &tokens, QList<Conflict> *out);

// The negation conflicts of one unit (dimension "negation", negationconflicts.cpp): two sources
// say the same words, one with a negation the other lacks ("will attend" / "will not attend").
// Found in the word diff of two sentences: an inserted run of negation words only, between words
// both share, or a word replaced by auxiliaries, a negation and the same word ("survived" / "did
// not survive"). Each distinct wording is compared with at most kConflictPartners others.
void negationConflicts(qsizetype unitIndex, const Unit &unit, const QList<Article> &articles,
                       const Comparison &comparison, SentenceTokens &tokens, QList<Conflict> *out);

} // namespace Parallax
