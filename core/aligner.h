#pragma once

#include "comparison.h"
#include "similarity.h"

#include <unordered_map>
#include <utility>
#include <vector>

namespace Parallax {

class WordNet;

// Global N-way sentence alignment: a function of the set of articles, not of their order or of
// the base. Internal to the engine: compare() runs it, then AdditionFinder reads what it built.
//
// The steps follow consistency-based multiple sequence alignment (T-Coffee, Notredame et al.
// 2000; ProbCons, Do et al. 2005), with sentences in place of residues:
//  1. Sources are put in a canonical order by a hash of their story text, and every story
//     sentence is added to one SimilarityModel in that order. Sentences with the same text
//     share one "type": copies count once in the word weights and are scored once. A source
//     whose story text equals another's (a copy) is not clustered: it takes its original's units.
//  2. Candidate pairs: each type's heaviest words find, through an inverted index, the types
//     that share most weight with it (rare words open candidates, common ones only weigh them);
//     those are scored in full. Cost near-linear in the number of sources.
//  3. Consistency: a pair's score is raised towards the mean of its paths through third
//     sentences (a~c and c~b support a~b), never lowered below its own score.
//  4. Units by constrained average-link clustering: candidate pairs in decreasing order of
//     their margin-discounted score (Bertalign's margin) merge units when the average score
//     between the two units' sources reaches the threshold (a little less when many pairs
//     agree). A unit holds one contiguous run of sentences per source (splits and merges 1:n
//     and n:m up to kMaxRun); a run grows, also into the unaligned sentence next to it, only
//     when the joined run reads closer to the other sources than before, or when the other
//     sources contain most of that sentence's weighted words (the piece of a split restates a
//     part of the longer sentence: Broder's containment, "On the resemblance and containment
//     of documents", 1997, here over IDF-weighted, soft-matched words) and the run reads no
//     further from them with it. A second pass lowers
//     the threshold for a pair whose neighbours on both sides already align (the paragraph as
//     context). Ties are broken by content, never by input position. Headlines only ever join
//     headlines.
//  5. Row order: the base's units in its order; every other unit after the base unit that
//     precedes it in the sources carrying it (their median). "Moved" is judged against the
//     order grown the same way from the source whose order agrees most with the others (the
//     base when they agree equally): sentences off each source's longest in-order chain.
// Scores are similarities in [0, 1] (SimilarityModel); positions are story-sentence indices.
class Aligner
{
public:
    Aligner(const QList<Article> &articles, const CompareOptions &options);

    // Units, links and moved segments; additions come from AdditionFinder.
    Comparison run();

    static constexpr int kMaxRun = 8; // longest run of one source's sentences in a unit

private:
    friend class AdditionFinder;

    static constexpr int kRepresentatives = 2; // members AdditionFinder reads word by word first

    struct UnitBuild
    {
        std::vector<int> members;       // model sentence ids, in canonical order
        std::vector<qsizetype> sources; // original source indices, distinct
    };

    struct SourceSentences
    {
        std::vector<int> model;         // model sentence id of each story sentence
        std::vector<qsizetype> segment; // its segment id
    };

    // A unit while it is being built: per source (canonical rank), the run of story sentences.
    struct Run
    {
        int source = 0; // canonical rank
        int first = 0;  // story sentence index in that source
        int last = 0;
    };
    struct Cluster
    {
        std::vector<Run> runs; // sorted by source rank
        int size = 0;          // sentences
        bool headline = false;
        bool alive = true;
    };
    struct Edge
    {
        int a = 0; // type ids, a < b
        int b = 0;
        float score = 0;    // after consistency
        float priority = 0; // score minus the margin
    };

    // A key for an unordered pair of ids (types or sentences).
    static quint64 pairKey(int a, int b)
    {
        if (a > b)
            std::swap(a, b);
        return (quint64(quint32(a)) << 32) | quint32(b);
    }

    static const WordNet &unavailableWordNet();
    bool cancelled() const;
    bool isHeadline(int sentence) const;

    void readSentences();
    void findCandidates();
    void addConsistency();
    void cluster();
    bool tryMerge(int u, int v, double threshold, bool contained = false);
    // Mean share of the weighted words of sentence `index` (story index in the run's source)
    // that the cluster's runs from other sources contain, in [0, 1] (Broder 1997).
    double containment(int cluster, const Run &run, int index) const;
    double linkage(const std::vector<Run> &x, const std::vector<Run> &y, bool joinedOnly,
                   const std::vector<int> &shared, int *pairs = nullptr) const;
    int runSentence(const Run &run) const;
    quint64 runKey(const Run &run) const;
    double typeScore(int a, int b) const;
    double sentenceScore(int a, int b) const;
    int clusterAt(int rank, int index) const;
    void buildUnits();
    void orderUnits();
    void buildResult(Comparison &result);

    const QList<Article> &m_articles;
    CompareOptions m_options;
    mutable SimilarityModel m_model;
    std::vector<SourceSentences> m_sources; // by original source index
    std::vector<qsizetype> m_firstSegment;
    std::vector<qsizetype> m_segmentOfModel; // model sentence id -> segment id
    std::vector<qsizetype> m_sourceOfModel;  // model sentence id -> original source
    std::vector<int> m_indexOfModel;         // model sentence id -> story sentence index
    std::vector<BlockKind> m_kindOfModel;
    std::vector<int> m_rankOf;       // original source -> canonical rank
    std::vector<qsizetype> m_byRank; // canonical rank -> original source
    std::vector<int> m_twinOf;       // canonical rank -> rank of the source it copies, or -1
    std::vector<int> m_typeOf;       // model sentence id -> type
    std::vector<std::vector<int>> m_typeMembers; // type -> model sentence ids, ascending
    std::vector<Edge> m_edges;
    std::vector<std::vector<std::pair<int, float>>> m_neighbours; // type -> (type, score)
    mutable std::unordered_map<quint64, float> m_scoreCache;
    mutable std::unordered_map<quint64, int> m_joined; // (rank, first, last) -> model id
    std::vector<Cluster> m_clusters;
    std::vector<int> m_clusterOf; // model sentence id -> cluster
    std::vector<UnitBuild> m_units;
    std::vector<int> m_order;                     // unit ids in row order
    std::vector<std::vector<int>> m_unitsOfModel; // model sentence id -> units (one)
    std::vector<char> m_moved;                    // per model sentence
    qsizetype m_base = 0;
    double m_accept = CompareOptions::kDefaultThreshold;
    int m_storySentences = 0;
};

} // namespace Parallax
