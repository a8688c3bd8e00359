#pragma once

#include "aligner.h"

#include <functional>
#include <unordered_map>
#include <vector>

namespace Parallax {

// What each source adds, from what the Aligner built: whole sentences no other source carries,
// and inside aligned sentences the names, numbers, quoted and content words with no counterpart.
// Fills Comparison::added (against all other sources) and addedVsBase (against the base).
class AdditionFinder
{
public:
    explicit AdditionFinder(const Aligner &aligner)
        : m_aligner(aligner)
    {}

    void find(Comparison &result);

private:
    struct Counterparts
    {
        std::vector<int> sentences; // compared word by word (at most kCompareMembers)
        bool whole = false;         // true when any sentence of another source is aligned
        // Stems that some other sentence aligned with this one holds, beyond those compared.
        std::function<bool(int stem)> holdsStem;
        std::vector<qsizetype> factSources; // sources a name or number may be carried by
    };
    QList<Addition> additionsFor(qsizetype source, qsizetype sentenceIndex,
                                 const Counterparts &counterparts) const;
    bool sourceStates(qsizetype source, const SimilarityModel::Term &term) const;
    // Whether the number `term` (of a sentence with these terms) is another value of a quantity
    // that one of the `others` sentences states (Parallax::conflicts(); a bare count only when
    // the word after it matches there too): a conflict, not an addition. So is a value that
    // another states with a bound or a range it fits ("62" / "more than 60",
    // Parallax::restates()): it adds no fact.
    bool changedValue(const SimilarityModel::Term &term,
                      const std::vector<SimilarityModel::Term> &terms,
                      const std::vector<int> &others) const;

    const Aligner &m_aligner;
    std::vector<std::unordered_map<int, int>> m_sourceStems;       // per source: stem -> count
    std::vector<std::vector<SimilarityModel::Term>> m_sourceWords; // per source: one per word
};

} // namespace Parallax
