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
//  5. Order (run before step 4 for two sources, after it for more, see cluster()): for each
//     pair of sources, the heaviest chain of candidate pairs that keeps the order of both
//     texts (monotone alignment, Gale & Church 1993), weighted by how much of the lighter
//     sentence the heavier contains; only the heavier of a pair takes several partners (a
//     piece has one origin). A sentence on the chain that no other source took joins its
//     partner's unit when most of it is in that unit's sources and it covers words of its
//     partner that the unit's run did not (a piece, not a repetition), with at most one
//     unaligned sentence between it and that run. With two sources there is no third to weigh
//     a pair against, so the order of the texts comes first; with more, the consensus does.
//     At most kChainSources sources (the pairs of sources grow as their square).
//  6. Row order: the base's units in its order; every other unit after the base unit that
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
    // Most sources for which chainAlign() runs (its cost grows with the pairs of sources).
    static constexpr qsizetype kChainSources = 16;

private:
    friend class AdditionFinder;

    static constexpr int kRepresentatives = 2; // members AdditionFinder reads word by word first
    static constexpr double kContained = 0.5;  // share of a piece the other sources must contain

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
    // What a merge rests on: the score between the two units (threshold applies), a piece the
    // other sources contain (see containment()), or the monotone chain of chainAlign() (no
    // score test; only the one-run-per-source and kMaxRun limits apply).
    enum class Evidence { Score, Contained, Chain };
    bool tryMerge(int u, int v, double threshold, Evidence evidence = Evidence::Score);
    // Step 5: for each pair of sources, the heaviest chain of sentence pairs in the order of
    // both (see the class comment); the unaligned sentences on it join their partner's unit.
    void chainAlign();
    // Joins a single-sentence cluster to the cluster of its chain partner, with the unaligned
    // sentences between it and that cluster's run of the same source (the obvious slot).
    // partnerOfU / partnerOfV: the model sentences of the chain pair in u and in v.
    bool joinChain(int u, int v, int partnerOfU, int partnerOfV);
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
    // A candidate pair for chainAlign(): two types, how much of the lighter (in weighted
    // content) the heavier contains, and which one is the lighter (-1 a, 1 b, 0 equal).
    struct ChainCandidate
    {
        int a = 0;
        int b = 0;
        float containment = 0;
        qint8 piece = 0;
    };
    std::vector<ChainCandidate> m_chainCandidates;
    bool m_chain = false; // chainAlign() runs (at most kChainSources sources)
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
