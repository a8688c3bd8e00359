#pragma once

#include "comparison.h"
#include "similarity.h"

#include <vector>

namespace Parallax {

class WordNet;

// Aligns N sources into units: the base source's sentences first, then each other source
// against the units built so far (anchors, their longest in-order chain, a small DP between
// them, greedy matching for the rest, 1-2 and 2-1 beads). Internal to the engine: compare()
// runs it, then AdditionFinder reads what it built.
class Aligner
{
public:
    Aligner(const QList<Article> &articles, const CompareOptions &options);

    // Units, links and moved segments; additions come from AdditionFinder.
    Comparison run();

private:
    friend class AdditionFinder;

    static constexpr int kRepresentatives = 2; // members a unit is compared through

    struct Candidate
    {
        int unit = 0;
        double score = 0;
        double margin = 0; // score minus the pair's average neighbour score
    };

    struct UnitBuild
    {
        std::vector<int> members; // model sentence ids
        std::vector<int> representatives;
        std::vector<qsizetype> sources;
    };

    struct SourceSentences
    {
        std::vector<int> model;         // model sentence id of each story sentence
        std::vector<qsizetype> segment; // its segment id
    };

    static const WordNet &unavailableWordNet();
    bool cancelled() const;
    bool isHeadline(int sentence) const;
    double acceptance(int sentence, int unit) const;

    void readSentences();
    double unitScore(int sentence, int unit) const;
    std::vector<std::vector<Candidate>> candidates(const SourceSentences &source);
    void alignSource(qsizetype sourceIndex);
    int newUnit(int sentence, qsizetype source);
    void addMember(int unit, int sentence, qsizetype source);
    void buildResult(Comparison &result);

    const QList<Article> &m_articles;
    CompareOptions m_options;
    SimilarityModel m_model;
    std::vector<SourceSentences> m_sources;
    std::vector<qsizetype> m_firstSegment;
    std::vector<qsizetype> m_segmentOfModel; // model sentence id -> segment id
    std::vector<qsizetype> m_sourceOfModel;
    std::vector<BlockKind> m_kindOfModel;
    std::vector<UnitBuild> m_units;
    std::vector<int> m_order;                     // unit ids in reading order
    std::vector<int> m_position;                  // unit id -> index in m_order
    std::vector<std::vector<int>> m_postings;     // stem -> units whose representatives hold it
    std::vector<std::vector<int>> m_unitsOfModel; // model sentence id -> units
    std::vector<char> m_moved;                    // per model sentence
    qsizetype m_base = 0;
    double m_accept = CompareOptions::kDefaultThreshold;
};

} // namespace Parallax
