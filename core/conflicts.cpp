#include "conflicts.h"

#include "quantity.h"
#include "tokenizer.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <memory>

namespace Parallax {

namespace {

struct Stated
{
    Quantity quantity;
    QString text;  // as written
    QString topic; // what disagreeing values must share: the dimension, and for a bare number
                   // the word it counts ("32 member states", "replaced 14 of")
};

// A bare number, a rank or a percentage says nothing of what it measures: two of them are about
// the same thing only when the word after them (before them, at the end of a clause) is the same.
QString topicOf(const Quantity &q, const TokenList &tokens)
{
    const QString dimension = q.dimension();
    if (q.kind != Quantity::Kind::Count && q.kind != Quantity::Kind::Ordinal &&
        q.kind != Quantity::Kind::Percent)
        return dimension;
    const qsizetype next = q.lastToken + 1;
    if (next < tokens.size() && tokens.at(next).isWord())
        return dimension + u'|' + tokens.at(next).stem;
    const qsizetype previous = q.firstToken - 1;
    if (previous >= 0 && tokens.at(previous).isWord())
        return dimension + QStringLiteral("|<") + tokens.at(previous).stem;
    return dimension;
}

// Tokenizers and quantity readers, one per language.
class Readers
{
public:
    // The same sentence in many sources (copies of a wire) is read once.
    const std::vector<Stated> &read(const QString &text, const QString &language)
    {
        auto &cache = m_read[language];
        const auto cached = cache.constFind(text);
        if (cached != cache.cend())
            return *cached;
        return *cache.insert(text, readNew(text, language));
    }

private:
    std::vector<Stated> readNew(const QString &text, const QString &language)
    {
        auto &pair = m_byLanguage[language];
        if (!pair.first) {
            pair.first = std::make_unique<Tokenizer>(language);
            pair.second = std::make_unique<QuantityReader>(language);
        }
        const TokenList tokens = pair.first->tokenize(text);
        std::vector<Stated> out;
        for (Quantity &q : pair.second->read(tokens)) {
            const Token &first = tokens.at(q.firstToken);
            const Token &last = tokens.at(q.lastToken);
            out.push_back({q, text.mid(first.begin, last.begin + last.length - first.begin),
                           topicOf(q, tokens)});
        }
        return out;
    }

    std::map<QString, std::pair<std::unique_ptr<Tokenizer>, std::unique_ptr<QuantityReader>>>
        m_byLanguage;
    std::map<QString, QHash<QString, std::vector<Stated>>> m_read;
};

} // namespace

QList<Conflict> findConflicts(const QList<Article> &articles, const Comparison &comparison)
{
    QList<Conflict> out;
    Readers readers;
    for (qsizetype u = 0; u < comparison.units.size(); ++u) {
        const Unit &unit = comparison.units.at(u);
        if (unit.sources.size() < 2)
            continue;
        struct SegmentQuantities
        {
            qsizetype segment;
            qsizetype source;
            std::vector<Stated> stated;
        };
        std::vector<SegmentQuantities> all;
        for (const qsizetype segment : unit.segments) {
            const qsizetype source = comparison.sourceOf(segment);
            const Article &article = articles.at(source);
            const Sentence &sentence = article.sentences.at(comparison.sentenceOf(segment));
            all.push_back(
                {segment, source, readers.read(sentence.text, article.metadata.language)});
        }
        // Per dimension: its distinct values, and the set of them each sentence states.
        std::map<QString, std::vector<const Stated *>> values;
        std::vector<std::map<QString, std::vector<int>>> statedBy(all.size());
        for (size_t i = 0; i < all.size(); ++i) {
            for (const Stated &stated : all[i].stated) {
                auto &reps = values[stated.topic];
                auto it = std::find_if(reps.cbegin(), reps.cend(), [&](const Stated *r) {
                    return sameValue(r->quantity, stated.quantity);
                });
                if (it == reps.cend()) {
                    reps.push_back(&stated);
                    it = reps.cend() - 1;
                }
                auto &set = statedBy[i][stated.topic];
                const int id = int(it - reps.cbegin());
                if (std::find(set.cbegin(), set.cend(), id) == set.cend())
                    set.push_back(id);
            }
        }
        for (const auto &entry : values) {
            // Named, not structured bindings: clang's lambdas cannot capture those.
            const QString &topic = entry.first;
            const std::vector<const Stated *> &reps = entry.second;
            if (reps.size() < 2)
                continue;
            // Sentences with the same set of values, and the sources among them.
            std::map<std::vector<int>, std::vector<size_t>> bySet;
            for (size_t i = 0; i < all.size(); ++i) {
                const auto it = statedBy[i].find(topic);
                if (it == statedBy[i].end())
                    continue;
                std::vector<int> set = it->second;
                std::sort(set.begin(), set.end());
                bySet[set].push_back(i);
            }
            // Two sets disagree when each holds a value the other lacks, between sentences of
            // different sources.
            std::vector<bool> disputed(reps.size(), false);
            for (auto a = bySet.cbegin(); a != bySet.cend(); ++a) {
                for (auto b = std::next(a); b != bySet.cend(); ++b) {
                    std::vector<int> onlyA;
                    std::vector<int> onlyB;
                    std::set_difference(a->first.cbegin(), a->first.cend(), b->first.cbegin(),
                                        b->first.cend(), std::back_inserter(onlyA));
                    std::set_difference(b->first.cbegin(), b->first.cend(), a->first.cbegin(),
                                        a->first.cend(), std::back_inserter(onlyB));
                    if (onlyA.empty() || onlyB.empty())
                        continue;
                    const bool twoSources =
                        std::any_of(a->second.cbegin(), a->second.cend(), [&](size_t i) {
                            return std::any_of(b->second.cbegin(), b->second.cend(), [&](size_t j) {
                                return all[i].source != all[j].source;
                            });
                        });
                    bool contradicted = false;
                    for (const int x : onlyA) {
                        for (const int y : onlyB)
                            contradicted = contradicted || conflicts(reps[size_t(x)]->quantity,
                                                                     reps[size_t(y)]->quantity);
                    }
                    if (!twoSources || !contradicted)
                        continue;
                    for (const int x : onlyA)
                        disputed[size_t(x)] = true;
                    for (const int y : onlyB)
                        disputed[size_t(y)] = true;
                }
            }
            std::vector<size_t> sides;
            for (size_t v = 0; v < reps.size(); ++v) {
                if (disputed[v])
                    sides.push_back(v);
            }
            if (sides.size() < 2)
                continue;
            std::sort(sides.begin(), sides.end(), [&](size_t x, size_t y) {
                return reps[x]->quantity.key() < reps[y]->quantity.key();
            });
            Conflict conflict;
            conflict.unit = u;
            conflict.dimension = reps.front()->quantity.dimension();
            for (const size_t v : sides) {
                ConflictSide side;
                for (size_t i = 0; i < all.size(); ++i) {
                    const auto it = statedBy[i].find(topic);
                    if (it == statedBy[i].end() || std::find(it->second.cbegin(), it->second.cend(),
                                                             int(v)) == it->second.cend())
                        continue;
                    if (side.value.isEmpty()) { // as the first sentence stating it writes it
                        for (const Stated &t : all[i].stated) {
                            if (sameValue(t.quantity, reps[v]->quantity)) {
                                side.value = t.text;
                                break;
                            }
                        }
                    }
                    if (!side.sources.contains(all[i].source))
                        side.sources.append(all[i].source);
                    side.segments.append(all[i].segment);
                }
                std::sort(side.sources.begin(), side.sources.end());
                conflict.sides.append(side);
            }
            out.append(conflict);
        }
    }
    return out;
}

} // namespace Parallax
