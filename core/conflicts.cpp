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
    QString text; // as written
};

// Tokenizers and quantity readers, one per language.
class Readers
{
public:
    std::vector<Stated> read(const QString &text, const QString &language)
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
            out.push_back({q, text.mid(first.begin, last.begin + last.length - first.begin)});
        }
        return out;
    }

private:
    std::map<QString, std::pair<std::unique_ptr<Tokenizer>, std::unique_ptr<QuantityReader>>>
        m_byLanguage;
};

bool statedIn(const Quantity &q, const std::vector<Stated> &list)
{
    return std::any_of(list.cbegin(), list.cend(),
                       [&](const Stated &s) { return sameValue(q, s.quantity); });
}

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
        // Disputed quantities, by dimension: stated by one side, contradicted by the other.
        std::map<QString, std::vector<Stated>> disputed;
        for (size_t i = 0; i < all.size(); ++i) {
            for (size_t j = 0; j < all.size(); ++j) {
                if (all[i].source == all[j].source)
                    continue;
                for (const Stated &a : all[i].stated) {
                    if (statedIn(a.quantity, all[j].stated))
                        continue;
                    for (const Stated &b : all[j].stated) {
                        if (!statedIn(b.quantity, all[i].stated) &&
                            conflicts(a.quantity, b.quantity))
                            disputed[a.quantity.dimension()].push_back(a);
                    }
                }
            }
        }
        for (const auto &[dimension, values] : disputed) {
            std::vector<const Stated *> representatives; // one per distinct value
            for (const Stated &value : values) {
                if (std::none_of(
                        representatives.cbegin(), representatives.cend(),
                        [&](const Stated *r) { return sameValue(r->quantity, value.quantity); }))
                    representatives.push_back(&value);
            }
            std::sort(representatives.begin(), representatives.end(),
                      [](const Stated *a, const Stated *b) {
                          return a->quantity.key() < b->quantity.key();
                      });
            Conflict conflict;
            conflict.unit = u;
            conflict.dimension = dimension;
            for (const Stated *value : representatives) {
                ConflictSide side;
                for (const SegmentQuantities &s : all) {
                    for (const Stated &t : s.stated) {
                        if (!sameValue(t.quantity, value->quantity))
                            continue;
                        if (side.value.isEmpty())
                            side.value = t.text; // segments come in ascending order
                        if (!side.sources.contains(s.source))
                            side.sources.append(s.source);
                        if (!side.segments.contains(s.segment))
                            side.segments.append(s.segment);
                    }
                }
                std::sort(side.sources.begin(), side.sources.end());
                conflict.sides.append(side);
            }
            if (conflict.sides.size() >= 2)
                out.append(conflict);
        }
    }
    return out;
}

} // namespace Parallax
