#include "aligner.h"

#include <algorithm>
#include <map>

namespace Parallax {

// Step 5 of the aligner: sentences that no unit holds yet, placed by the order of the sources.
// A rewrite keeps the order of what it rewrites (monotone alignment, as in Gale & Church 1993
// and the sentence aligners after them), so for each pair of sources the heaviest chain of
// candidate pairs that keeps both orders is a reading of the whole text: a sentence on it belongs
// with its partner even when its own score is low, because the pairs before and after it put it
// there. The chain may repeat a sentence (1:n, n:1), but only the heavier sentence of a pair (in
// weighted content) takes several partners: a piece of a split has one origin.
//
// Cost: O(k log n) per pair of sources for k candidate pairs and n sentences (a Fenwick tree of
// prefix maxima); the step runs for at most kChainSources sources.

namespace {

constexpr double kChainGain = 0.04; // of the partner's weighted words a piece must add
constexpr int kChainGap = 1;        // unaligned sentences between two pieces that come along

struct ChainPair
{
    int x = 0; // story sentence index in the first source (lower canonical rank)
    int y = 0; // in the second source
    float weight = 0;
    qint8 piece = 0; // -1: x is the lighter sentence, 1: y is, 0: equal
};

// Prefix maxima over x: the best chain ending at a pair whose x is at most a given index.
class PrefixMax
{
public:
    explicit PrefixMax(size_t size)
        : m_tree(size + 1, Entry{})
    {}
    struct Entry
    {
        double value = 0;
        int pair = -1;
    };
    Entry query(int x) const // over indices 0..x; x < 0 gives the empty chain
    {
        Entry best;
        for (size_t i = size_t(x + 1); x >= 0 && i > 0; i -= i & (~i + 1)) {
            if (m_tree[i].value > best.value)
                best = m_tree[i];
        }
        return best;
    }
    void update(int x, Entry entry)
    {
        for (size_t i = size_t(x + 1); i < m_tree.size(); i += i & (~i + 1)) {
            if (entry.value > m_tree[i].value)
                m_tree[i] = entry;
        }
    }

private:
    std::vector<Entry> m_tree;
};

// The heaviest chain through `pairs` (sorted by y, then x, distinct): each next pair has x and y
// not smaller than the last; y may repeat only when y is the heavier sentence of the later pair,
// x only when x is. Returns indices into `pairs` in chain order.
std::vector<int> heaviestChain(const std::vector<ChainPair> &pairs, size_t sentencesOfX)
{
    PrefixMax settled(sentencesOfX); // pairs with a smaller y
    std::vector<int> previous(pairs.size(), -1);
    std::vector<PrefixMax::Entry> value(pairs.size());
    for (size_t first = 0; first < pairs.size();) {
        size_t end = first;
        while (end < pairs.size() && pairs[end].y == pairs[first].y)
            ++end;
        // Pairs with the same y, in increasing x: the running best among them is a predecessor
        // for a later one when y may take several partners (y heavier than that x).
        PrefixMax::Entry running;
        for (size_t k = first; k < end; ++k) {
            const ChainPair &p = pairs[k];
            // x may repeat (x' <= x) unless x is the lighter sentence or the two weigh the same.
            PrefixMax::Entry before = settled.query(p.piece == 1 ? p.x : p.x - 1);
            if (p.piece == -1 && running.value > before.value)
                before = running; // y heavier: several x pieces share it
            value[k] = PrefixMax::Entry{before.value + p.weight, int(k)};
            previous[k] = before.pair;
            if (value[k].value > running.value)
                running = value[k];
        }
        for (size_t k = first; k < end; ++k)
            settled.update(pairs[k].x, value[k]);
        first = end;
    }
    std::vector<int> chain;
    for (int k = settled.query(int(sentencesOfX) - 1).pair; k >= 0; k = previous[size_t(k)])
        chain.push_back(k);
    std::reverse(chain.begin(), chain.end());
    return chain;
}

} // namespace

bool Aligner::joinChain(int u, int v, int partnerOfU, int partnerOfV)
{
    if (m_clusters[size_t(u)].size != 1) {
        std::swap(u, v);
        std::swap(partnerOfU, partnerOfV);
    }
    if (m_clusters[size_t(u)].size != 1)
        return false; // only a sentence no other source took joins on the chain's word
    const Run single = m_clusters[size_t(u)].runs.front();
    const auto &runs = m_clusters[size_t(v)].runs;
    const auto it = std::find_if(runs.begin(), runs.end(),
                                 [&](const Run &r) { return r.source == single.source; });
    if (it != runs.end()) {
        // The unaligned sentences between the run and the new one come along; any other unit
        // in between stops the join.
        const Run run = *it;
        const int from = single.first < run.first ? single.first + 1 : run.last + 1;
        const int to = single.first < run.first ? run.first - 1 : single.first - 1;
        const Run joined{run.source, std::min(run.first, single.first),
                         std::max(run.last, single.last)};
        if (joined.last - joined.first + 1 > kMaxRun)
            return false;
        if (to - from + 1 > kChainGap)
            return false;
        for (int k = from; k <= to; ++k) {
            if (m_clusters[size_t(clusterAt(single.source, k))].size != 1)
                return false;
        }
        // Most of the piece must be in the unit's other sources, not only in its partner.
        if (containment(v, single, single.first) < kContained)
            return false;
        // A piece of a split restates a part of its partner that the run did not yet cover;
        // a new sentence that repeats what the run already says stays apart.
        const double before = m_model.features(partnerOfV, runSentence(run)).coverageOfA;
        const double after = m_model.features(partnerOfV, runSentence(joined)).coverageOfA;
        if (after < before + kChainGain)
            return false;
        // Nearest first, so the run stays contiguous at every step.
        for (int step = 0; step <= to - from; ++step) {
            const int k = single.first < run.first ? to - step : from + step;
            if (!tryMerge(clusterAt(run.source, run.first), clusterAt(single.source, k), 0,
                          Evidence::Chain))
                return false;
        }
        v = clusterAt(run.source, run.first);
    }
    return tryMerge(v, u, 0, Evidence::Chain);
}

void Aligner::chainAlign()
{
    if (!m_chain || m_chainCandidates.empty())
        return;
    auto isTwin = [&](int m) {
        return m_twinOf[size_t(m_rankOf[size_t(m_sourceOfModel[size_t(m)])])] >= 0;
    };
    // Sentence pairs by the pair of sources (canonical ranks, lower first).
    std::map<std::pair<int, int>, std::vector<ChainPair>> byRanks;
    for (const ChainCandidate &c : m_chainCandidates) {
        for (int ma : m_typeMembers[size_t(c.a)]) {
            for (int mb : m_typeMembers[size_t(c.b)]) {
                if (isTwin(ma) || isTwin(mb))
                    continue;
                int ra = m_rankOf[size_t(m_sourceOfModel[size_t(ma)])];
                int rb = m_rankOf[size_t(m_sourceOfModel[size_t(mb)])];
                if (ra == rb)
                    continue;
                ChainPair p{m_indexOfModel[size_t(ma)], m_indexOfModel[size_t(mb)], c.containment,
                            c.piece};
                if (ra > rb) {
                    std::swap(ra, rb);
                    std::swap(p.x, p.y);
                    p.piece = qint8(-p.piece);
                }
                byRanks[{ra, rb}].push_back(p);
            }
        }
    }
    // What the clustering aligned is on every chain, at full weight.
    for (const Cluster &c : m_clusters) {
        if (!c.alive || c.runs.size() < 2)
            continue;
        for (size_t i = 0; i < c.runs.size(); ++i) {
            for (size_t j = i + 1; j < c.runs.size(); ++j) {
                const auto it = byRanks.find({c.runs[i].source, c.runs[j].source});
                if (it == byRanks.end())
                    continue;
                for (int x = c.runs[i].first; x <= c.runs[i].last; ++x) {
                    for (int y = c.runs[j].first; y <= c.runs[j].last; ++y)
                        it->second.push_back(ChainPair{x, y, 1.0f, 0});
                }
            }
        }
    }
    for (auto &[ranks, pairs] : byRanks) {
        if (cancelled())
            return;
        // Sorted by y, then x; of two entries for one pair, the heavier is kept.
        std::sort(pairs.begin(), pairs.end(), [](const ChainPair &p, const ChainPair &q) {
            if (p.y != q.y)
                return p.y < q.y;
            if (p.x != q.x)
                return p.x < q.x;
            return p.weight > q.weight;
        });
        pairs.erase(std::unique(pairs.begin(), pairs.end(),
                                [](const ChainPair &p, const ChainPair &q) {
                                    return p.x == q.x && p.y == q.y;
                                }),
                    pairs.end());
        const SourceSentences &sx = m_sources[size_t(m_byRank[size_t(ranks.first)])];
        const SourceSentences &sy = m_sources[size_t(m_byRank[size_t(ranks.second)])];
        for (int k : heaviestChain(pairs, sx.model.size())) {
            const ChainPair &p = pairs[size_t(k)];
            const int cx = clusterAt(ranks.first, p.x);
            const int cy = clusterAt(ranks.second, p.y);
            if (cx != cy)
                joinChain(cx, cy, sx.model[size_t(p.x)], sy.model[size_t(p.y)]);
        }
    }
}

} // namespace Parallax
