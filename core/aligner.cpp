#include "aligner.h"

#include "wordnet.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <unordered_set>

namespace Parallax {

namespace {

// Thresholds on the similarity scale, which follows STS: 0.2 per STS point, so 0.5 is
// "roughly equivalent, some details differ" and 0.8 "mostly equivalent".
// Headlines are short and free in their wording, and there is one per article: two of them
// align on less evidence than two body sentences (this share of the threshold).
constexpr double kHeadlineShare = 0.55;
constexpr double kMarginWeight = 0.5; // how much the pair's nearest-neighbour scores count
constexpr double kEdgeFloor = 0.5;    // share of the threshold below which a pair is no candidate
constexpr double kJoinGain = 0.04;    // a longer run must read this much closer to the others
constexpr double kSupport = 0.1;      // most the threshold drops for many supporting pairs
constexpr double kContext = 0.08;     // threshold relief between aligned neighbours
constexpr int kCandidateTerms = 10;   // heaviest terms of a sentence used to find candidates
constexpr double kCandidateMassShare = 0.3; // of the best candidate's shared weight
constexpr int kCandidates = 16;             // types scored in full per type
constexpr size_t kOpenPosting = 256;        // a word this rare opens candidates of its own
constexpr size_t kLongestPosting = 2000;    // a commoner word opens them only when nothing else did
constexpr int kNeighbours = 3;              // nearest neighbours averaged for the margin
constexpr size_t kLinkageSources = 8;       // sources of each unit a linkage reads
constexpr size_t kAllClusterPairs = 64;     // more unit pairs for one candidate pair: a band only
constexpr size_t kBand = 2;                 // repeats either side of the diagonal tried

constexpr quint64 kModelKey = quint64(1) << 63; // scores between model sentences, not types

} // namespace

Aligner::Aligner(const QList<Article> &articles, const CompareOptions &options)
    : m_articles(articles)
    , m_options(options)
    , m_model(options.wordNet ? nullptr : &unavailableWordNet())
    , m_accept(std::clamp(options.threshold, 0.05, 0.95))
{}

const WordNet &Aligner::unavailableWordNet()
{
    static const WordNet none{QStringLiteral("/nonexistent")};
    return none;
}

bool Aligner::cancelled() const
{
    return m_options.cancel && m_options.cancel->load();
}

bool Aligner::isHeadline(int sentence) const
{
    return m_kindOfModel[size_t(sentence)] == BlockKind::Title;
}

double Aligner::typeScore(int a, int b) const
{
    if (a == b)
        return 1.0;
    const quint64 key = pairKey(a, b);
    if (const auto it = m_scoreCache.find(key); it != m_scoreCache.end())
        return it->second;
    const double score =
        m_model.alignmentScore(m_typeMembers[size_t(a)].front(), m_typeMembers[size_t(b)].front());
    if (!m_model.cachesFrozen())
        m_scoreCache.emplace(key, float(score));
    return score;
}

double Aligner::sentenceScore(int a, int b) const
{
    if (a < m_storySentences && b < m_storySentences)
        return typeScore(m_typeOf[size_t(a)], m_typeOf[size_t(b)]);
    const quint64 key = pairKey(a, b) | kModelKey;
    if (const auto it = m_scoreCache.find(key); it != m_scoreCache.end())
        return it->second;
    const double score = m_model.alignmentScore(a, b);
    if (!m_model.cachesFrozen())
        m_scoreCache.emplace(key, float(score));
    return score;
}

void Aligner::findCandidates()
{
    const size_t types = m_typeMembers.size();
    const qsizetype total = m_articles.size();
    auto sourceOfType = [&](int type) {
        return m_sourceOfModel[size_t(m_typeMembers[size_t(type)].front())];
    };
    // Copies count as the source they copy.
    auto alignedRank = [&](int model) {
        const int rank = m_rankOf[size_t(m_sourceOfModel[size_t(model)])];
        return m_twinOf[size_t(rank)] >= 0 ? m_twinOf[size_t(rank)] : rank;
    };
    auto singleSource = [&](int type) {
        const auto &members = m_typeMembers[size_t(type)];
        const int first = alignedRank(members.front());
        return std::all_of(members.begin(), members.end(),
                           [&](int m) { return alignedRank(m) == first; });
    };
    // The heaviest distinct stems of each type that some other type has too (a word of one
    // sentence only finds no partner: a sentence with many names of its own still finds the
    // one that shares its quotation), and the inverted index over them.
    std::vector<int> typesWith(size_t(m_model.stemCount()), 0);
    std::vector<int> lastType(size_t(m_model.stemCount()), -1);
    for (size_t t = 0; t < types; ++t) {
        for (const SimilarityModel::Term &term : m_model.terms(m_typeMembers[t].front())) {
            if (lastType[size_t(term.stem)] != int(t)) {
                lastType[size_t(term.stem)] = int(t);
                ++typesWith[size_t(term.stem)];
            }
        }
    }
    std::vector<std::vector<std::pair<int, float>>> heaviest(types);
    std::vector<std::vector<int>> postings(size_t(m_model.stemCount()));
    for (size_t t = 0; t < types; ++t) {
        std::vector<SimilarityModel::Term> terms = m_model.terms(m_typeMembers[t].front());
        std::stable_sort(terms.begin(), terms.end(),
                         [](const auto &x, const auto &y) { return x.weight > y.weight; });
        auto &used = heaviest[t];
        for (const SimilarityModel::Term &term : terms) {
            if (int(used.size()) >= kCandidateTerms)
                break;
            if (typesWith[size_t(term.stem)] < 2 ||
                std::any_of(used.begin(), used.end(),
                            [&](const auto &u) { return u.first == term.stem; }))
                continue;
            used.emplace_back(term.stem, term.weight);
            postings[size_t(term.stem)].push_back(int(t));
        }
    }
    // chainAlign() reads every scored pair of types with few sentences (not a recurring
    // formula): how much of the lighter sentence the heavier one contains.
    m_chain = total >= 2 && total <= kChainSources;
    auto chainable = [&](int type) {
        return m_typeMembers[size_t(type)].size() <= size_t(kChainSources);
    };
    auto chainScore = [&](int a, int b) {
        SimilarityFeatures f;
        const double score = m_model.alignmentScore(m_typeMembers[size_t(a)].front(),
                                                    m_typeMembers[size_t(b)].front(), &f);
        m_scoreCache.emplace(pairKey(a, b), float(score));
        ChainCandidate c{a, b, 0.0f, 0};
        if (f.weightOfA < f.weightOfB) {
            c.containment = float(f.coverageOfA);
            c.piece = -1;
        } else if (f.weightOfB < f.weightOfA) {
            c.containment = float(f.coverageOfB);
            c.piece = 1;
        } else {
            c.containment = float(std::min(f.coverageOfA, f.coverageOfB));
        }
        if (c.containment >= kContained)
            m_chainCandidates.push_back(c);
        return score;
    };
    const double headlineFloor = kEdgeFloor * kHeadlineShare * m_accept;
    const double bodyFloor = kEdgeFloor * m_accept;
    std::unordered_set<quint64> seen;
    m_neighbours.assign(types, {});
    std::vector<float> mass(types, 0.0f);
    std::vector<int> touched;
    std::vector<int> pool; // the touched types that may align with the current one
    int rank = 0;
    auto reportUpTo = [&](int r) {
        for (; rank < r; ++rank) {
            if (m_options.progress)
                m_options.progress(rank + 1, total);
        }
    };
    for (size_t t = 0; t < types; ++t) {
        const int firstRank = m_rankOf[size_t(sourceOfType(int(t)))];
        if (firstRank > rank) {
            reportUpTo(firstRank);
            if (cancelled())
                return;
        }
        if ((t & 4095) == 4095) {
            if (cancelled())
                return;
            if (m_options.progress)
                m_options.progress(rank, total); // a long source: still at work on it
        }
        const bool headline = isHeadline(m_typeMembers[t].front());
        const bool single = singleSource(int(t));
        // Rarer words first. A word with a short posting list opens candidates; one shared by
        // a great many sentences only adds weight to the candidates already open (looked up
        // in their own word lists), so a long, repetitive record stays near-linear.
        std::vector<std::pair<int, float>> query = heaviest[t];
        std::stable_sort(query.begin(), query.end(), [&](const auto &x, const auto &y) {
            return postings[size_t(x.first)].size() < postings[size_t(y.first)].size();
        });
        for (const auto &entry : query) {
            const int stem = entry.first; // not a structured binding: lambdas capture it
            const float weight = entry.second;
            const std::vector<int> &posting = postings[size_t(stem)];
            const bool open = posting.size() <= kOpenPosting ||
                              (touched.empty() && posting.size() <= kLongestPosting);
            if (open) {
                for (int other : posting) {
                    if (other == int(t))
                        continue;
                    if (mass[size_t(other)] == 0)
                        touched.push_back(other);
                    mass[size_t(other)] += weight;
                }
            } else {
                for (int other : touched) {
                    const auto &words = heaviest[size_t(other)];
                    if (std::any_of(words.begin(), words.end(),
                                    [&](const auto &w) { return w.first == stem; }))
                        mass[size_t(other)] += weight;
                }
            }
        }
        // Content decides among equals: types are numbered in canonical order.
        const auto heavier = [&](int x, int y) {
            return mass[size_t(x)] != mass[size_t(y)] ? mass[size_t(x)] > mass[size_t(y)] : x < y;
        };
        // Only sentences that may align compete: two sentences of one source never align
        // with each other, and headlines only with headlines.
        pool.clear();
        for (int other : touched) {
            if (isHeadline(m_typeMembers[size_t(other)].front()) != headline)
                continue;
            if (single && singleSource(other) &&
                alignedRank(m_typeMembers[size_t(other)].front()) ==
                    alignedRank(m_typeMembers[t].front()))
                continue;
            pool.push_back(other);
        }
        const size_t shortlist = std::min(pool.size(), size_t(kCandidates));
        std::partial_sort(pool.begin(), pool.begin() + qsizetype(shortlist), pool.end(), heavier);
        const float floor =
            pool.empty() ? 0.0f : float(kCandidateMassShare) * mass[size_t(pool.front())];
        for (size_t c = 0; c < shortlist; ++c) {
            const int other = pool[c];
            if (mass[size_t(other)] < floor)
                break;
            if (!seen.insert(pairKey(int(t), other)).second)
                continue;
            const double score = m_chain && chainable(int(t)) && chainable(other)
                                     ? chainScore(int(t), other)
                                     : typeScore(int(t), other);
            if (score < (headline ? headlineFloor : bodyFloor))
                continue;
            m_edges.push_back(
                Edge{std::min(int(t), other), std::max(int(t), other), float(score), 0.0f});
            m_neighbours[t].emplace_back(other, float(score));
            m_neighbours[size_t(other)].emplace_back(int(t), float(score));
        }
        for (int other : touched)
            mass[size_t(other)] = 0;
        touched.clear();
    }
    reportUpTo(int(total));
    for (auto &list : m_neighbours)
        std::sort(list.begin(), list.end());
}

void Aligner::addConsistency()
{
    // T-Coffee's extended library: every third sentence c with candidate pairs to both a and b
    // adds the weaker of its two scores; a pair is raised towards the mean, never lowered.
    std::vector<float> mean(m_neighbours.size(), 0.0f);
    for (size_t t = 0; t < m_neighbours.size(); ++t) {
        std::vector<float> scores;
        for (const auto &[other, score] : m_neighbours[t])
            scores.push_back(score);
        std::sort(scores.begin(), scores.end(), std::greater<>());
        const size_t k = std::min(scores.size(), size_t(kNeighbours));
        mean[t] =
            k ? std::accumulate(scores.begin(), scores.begin() + qsizetype(k), 0.0f) / float(k)
              : 0.0f;
    }
    std::vector<float> boosted(m_edges.size());
    for (size_t e = 0; e < m_edges.size(); ++e) {
        const Edge &edge = m_edges[e];
        const auto &x = m_neighbours[size_t(edge.a)];
        const auto &y = m_neighbours[size_t(edge.b)];
        double sum = edge.score;
        int count = 1;
        for (size_t i = 0, j = 0; i < x.size() && j < y.size();) {
            if (x[i].first < y[j].first) {
                ++i;
            } else if (y[j].first < x[i].first) {
                ++j;
            } else {
                sum += std::min(x[i].second, y[j].second);
                ++count;
                ++i;
                ++j;
            }
        }
        boosted[e] = std::max(edge.score, float(sum / count));
    }
    for (size_t e = 0; e < m_edges.size(); ++e) {
        Edge &edge = m_edges[e];
        edge.score = boosted[e];
        edge.priority =
            edge.score - float(kMarginWeight) * (mean[size_t(edge.a)] + mean[size_t(edge.b)]) / 2;
        m_scoreCache[pairKey(edge.a, edge.b)] = edge.score;
    }
    std::sort(m_edges.begin(), m_edges.end(), [](const Edge &x, const Edge &y) {
        if (x.priority != y.priority)
            return x.priority > y.priority;
        return x.a != y.a ? x.a < y.a : x.b < y.b;
    });
}

int Aligner::runSentence(const Run &run) const
{
    const SourceSentences &source = m_sources[size_t(m_byRank[size_t(run.source)])];
    if (run.first == run.last)
        return source.model[size_t(run.first)];
    const quint64 key = (quint64(quint32(run.source)) << 40) | (quint64(quint32(run.first)) << 20) |
                        quint64(quint32(run.last));
    if (const auto it = m_joined.find(key); it != m_joined.end())
        return it->second;
    std::vector<int> parts;
    for (int k = run.first; k <= run.last; ++k)
        parts.push_back(source.model[size_t(k)]);
    const int joined = m_model.addJoined(parts);
    m_joined.emplace(key, joined);
    return joined;
}

// The mean score between the runs of x and those of y from other sources, reading at most
// kLinkageSources runs of each (the first in canonical order). With `shared`, only pairs that
// involve one of those sources count.
double Aligner::linkage(const std::vector<Run> &x, const std::vector<Run> &y, bool joinedOnly,
                        const std::vector<int> &shared, int *pairs) const
{
    auto isShared = [&](int source) {
        return std::binary_search(shared.begin(), shared.end(), source);
    };
    // The runs read: the first kLinkageSources distinct ones, and as many again of shared
    // sources. Runs with the same text count once, so a copy of a source weighs nothing more.
    // Within one unit (x and y the same runs) every pair counts: two sources with the same
    // text are a pair scoring 1, not one run.
    const bool within = &x == &y;
    auto sample = [&](const std::vector<Run> &runs) {
        std::vector<const Run *> out;
        std::vector<quint64> seen;
        size_t sharedTaken = 0, otherTaken = 0;
        for (const Run &run : runs) {
            const bool inShared = isShared(run.source);
            if ((inShared ? sharedTaken : otherTaken) >= kLinkageSources)
                continue;
            const quint64 key = runKey(run);
            if (!within && !inShared && std::find(seen.begin(), seen.end(), key) != seen.end())
                continue;
            seen.push_back(key);
            ++(inShared ? sharedTaken : otherTaken);
            out.push_back(&run);
        }
        return out;
    };
    const std::vector<const Run *> xs = sample(x);
    const std::vector<const Run *> ys = sample(y);
    double sum = 0;
    int count = 0;
    for (const Run *p : xs) {
        const bool pShared = isShared(p->source);
        for (const Run *q : ys) {
            if (p->source == q->source)
                continue;
            if (joinedOnly && !pShared && !isShared(q->source))
                continue;
            sum += sentenceScore(runSentence(*p), runSentence(*q));
            ++count;
        }
    }
    if (pairs)
        *pairs = count;
    return count ? sum / count : -1.0;
}

quint64 Aligner::runKey(const Run &run) const
{
    // The types of the run's sentences (FNV-1a over them): equal for runs with equal text.
    const SourceSentences &source = m_sources[size_t(m_byRank[size_t(run.source)])];
    quint64 key = 14695981039346656037ULL;
    for (int k = run.first; k <= run.last; ++k) {
        key ^= quint64(m_typeOf[size_t(source.model[size_t(k)])]) + 1;
        key *= 1099511628211ULL;
    }
    return key;
}

int Aligner::clusterAt(int rank, int index) const
{
    const SourceSentences &source = m_sources[size_t(m_byRank[size_t(rank)])];
    if (index < 0 || index >= int(source.model.size()))
        return -1;
    return m_clusterOf[size_t(source.model[size_t(index)])];
}

// How much of sentence `index` of the run's source the cluster's runs from other sources
// contain: the mean share of its weighted words with a counterpart there (at most
// kLinkageSources runs read). The piece of a split is contained in the sentence it came from.
double Aligner::containment(int cluster, const Run &run, int index) const
{
    const SourceSentences &source = m_sources[size_t(m_byRank[size_t(run.source)])];
    const int piece = source.model[size_t(index)];
    double sum = 0;
    size_t count = 0;
    for (const Run &other : m_clusters[size_t(cluster)].runs) {
        if (other.source == run.source)
            continue;
        if (count >= kLinkageSources)
            break;
        sum += m_model.features(piece, runSentence(other)).coverageOfA;
        ++count;
    }
    return count ? sum / double(count) : 0.0;
}

bool Aligner::tryMerge(int u, int v, double threshold, Evidence evidence)
{
    if (u == v)
        return false;
    Cluster &cu = m_clusters[size_t(u)];
    Cluster &cv = m_clusters[size_t(v)];
    if (cu.headline != cv.headline)
        return false;
    std::vector<Run> merged;
    std::vector<int> shared;
    merged.reserve(cu.runs.size() + cv.runs.size());
    size_t i = 0, j = 0;
    while (i < cu.runs.size() || j < cv.runs.size()) {
        if (j == cv.runs.size() || (i < cu.runs.size() && cu.runs[i].source < cv.runs[j].source)) {
            merged.push_back(cu.runs[i++]);
        } else if (i == cu.runs.size() || cv.runs[j].source < cu.runs[i].source) {
            merged.push_back(cv.runs[j++]);
        } else {
            const Run &p = cu.runs[i++];
            const Run &q = cv.runs[j++];
            if (p.last + 1 != q.first && q.last + 1 != p.first)
                return false; // one source's sentences in a unit are one contiguous run
            Run run{p.source, std::min(p.first, q.first), std::max(p.last, q.last)};
            if (run.last - run.first + 1 > kMaxRun)
                return false;
            merged.push_back(run);
            shared.push_back(p.source);
        }
    }
    if (evidence == Evidence::Chain) {
        // chainAlign() decided; the limits on runs above still hold.
    } else if (shared.empty()) {
        // Support: the mean of k independent pairs is surer than one pair's score, so the bar
        // drops with the number of distinct pairs read (by kSupport * (1 - 1/sqrt(k))).
        int pairs = 0;
        const double mean = linkage(cu.runs, cv.runs, false, {}, &pairs);
        if (mean < threshold - kSupport * (1 - 1 / std::sqrt(std::max(1, pairs))))
            return false;
    } else if (evidence == Evidence::Contained) {
        // A piece most of which the other sources contain (see containment()): it joins when
        // the run does not read further from the others with it.
        const double together = linkage(merged, merged, true, shared);
        const double before = std::max(linkage(cu.runs, cu.runs, true, shared),
                                       linkage(cv.runs, cv.runs, true, shared));
        if (together < 0 || together < before)
            return false;
    } else {
        // A longer run: the joined sentences must read closer to the other sources than either
        // part did, and the sources only one side has must agree as well.
        const double together = linkage(merged, merged, true, shared);
        if (together < 0 || together < threshold)
            return false;
        const double before = std::max(linkage(cu.runs, cu.runs, true, shared),
                                       linkage(cv.runs, cv.runs, true, shared));
        if (together < before + kJoinGain)
            return false;
        std::vector<Run> onlyU, onlyV;
        for (const Run &r : cu.runs) {
            if (std::find(shared.begin(), shared.end(), r.source) == shared.end())
                onlyU.push_back(r);
        }
        for (const Run &r : cv.runs) {
            if (std::find(shared.begin(), shared.end(), r.source) == shared.end())
                onlyV.push_back(r);
        }
        if (!onlyU.empty() && !onlyV.empty() && linkage(onlyU, onlyV, false, {}) < threshold)
            return false;
    }
    // Keep the larger cluster's id; relabel the smaller one's sentences.
    int keep = u, drop = v;
    if (m_clusters[size_t(v)].size > m_clusters[size_t(u)].size)
        std::swap(keep, drop);
    Cluster &k = m_clusters[size_t(keep)];
    Cluster &d = m_clusters[size_t(drop)];
    for (const Run &r : d.runs) {
        const SourceSentences &source = m_sources[size_t(m_byRank[size_t(r.source)])];
        for (int x = r.first; x <= r.last; ++x)
            m_clusterOf[size_t(source.model[size_t(x)])] = keep;
    }
    k.runs = std::move(merged);
    k.size += d.size;
    d.runs.clear();
    d.size = 0;
    d.alive = false;
    return true;
}

void Aligner::cluster()
{
    m_clusters.clear();
    m_clusterOf.assign(size_t(m_storySentences), -1);
    auto isTwin = [&](int m) {
        return m_twinOf[size_t(m_rankOf[size_t(m_sourceOfModel[size_t(m)])])] >= 0;
    };
    for (int m = 0; m < m_storySentences; ++m) {
        if (isTwin(m)) {
            m_clusters.emplace_back(); // unused: a copy takes its original's units at the end
            m_clusters.back().alive = false;
            continue;
        }
        Cluster c;
        c.runs.push_back(Run{m_rankOf[size_t(m_sourceOfModel[size_t(m)])],
                             m_indexOfModel[size_t(m)], m_indexOfModel[size_t(m)]});
        c.size = 1;
        c.headline = isHeadline(m);
        m_clusterOf[size_t(m)] = int(m_clusters.size());
        m_clusters.push_back(std::move(c));
    }
    const double headlineAccept = kHeadlineShare * m_accept;
    const qsizetype total = m_articles.size();
    // Copies of one sentence first. A sentence a source repeats (a recurring formula) is
    // paired by its place among the repeats: the i-th time in one source with the i-th time in
    // the others (linear in the number of copies).
    for (const auto &members : m_typeMembers) {
        if (members.size() < 2)
            continue;
        std::unordered_map<int, int> ordinalIn;        // source rank -> repeats seen so far
        std::unordered_map<int, int> firstWithOrdinal; // ordinal -> a sentence with it
        for (int member : members) {
            if (isTwin(member))
                continue;
            const int rank = m_rankOf[size_t(m_sourceOfModel[size_t(member)])];
            const int ordinal = ordinalIn[rank]++;
            const auto [it, isNew] = firstWithOrdinal.try_emplace(ordinal, member);
            if (!isNew)
                tryMerge(m_clusterOf[size_t(it->second)], m_clusterOf[size_t(member)], m_accept);
        }
    }
    // With two sources there is no third to weigh a pair against (consistency adds nothing),
    // and the order of the two texts is the strongest evidence there is: the chain comes
    // first. With more, the consensus of the clustering comes first and the chain places what
    // it left alone.
    if (total == 2)
        chainAlign();
    // The clusters the sentences of a type are in (usually one).
    auto clustersOf = [&](int type) {
        std::vector<int> out;
        for (int m : m_typeMembers[size_t(type)]) {
            const int c = m_clusterOf[size_t(m)];
            if (c >= 0 && std::find(out.begin(), out.end(), c) == out.end())
                out.push_back(c);
        }
        return out;
    };
    // Each pass repeats while it merges: a run grows one sentence at a time, so a piece that
    // was not yet adjacent to its run can join on the next round. The second pass adds context.
    // The paragraph as context: some source of u and another of v each have the pair between
    // the same two units (before and after), so the pair sits in the obvious slot. The start
    // and the end of the text bound a slot too, when a unit bounds its other side: the last
    // sentences of two sources after one aligned sentence.
    constexpr int kStart = -2;
    constexpr int kEnd = -3;
    auto bound = [&](int rank, int index) {
        const int size = int(m_sources[size_t(m_byRank[size_t(rank)])].model.size());
        return index < 0 ? kStart : index >= size ? kEnd : clusterAt(rank, index);
    };
    auto slotOf = [&](const Run &r) -> std::optional<quint64> {
        const int before = bound(r.source, r.first - 1);
        const int after = bound(r.source, r.last + 1);
        if (before == -1 || after == -1 || (before < 0 && after < 0))
            return std::nullopt;
        return (quint64(quint32(before)) << 32) | quint32(after);
    };
    auto inSlot = [&](int cu, int cv) {
        std::unordered_map<quint64, int> slots; // (before, after) -> a source of cu there
        for (const Run &p : m_clusters[size_t(cu)].runs) {
            if (const auto slot = slotOf(p))
                slots.emplace(*slot, p.source);
        }
        if (slots.empty())
            return false;
        for (const Run &q : m_clusters[size_t(cv)].runs) {
            const auto slot = slotOf(q);
            if (!slot)
                continue;
            const auto it = slots.find(*slot);
            if (it != slots.end() && it->second != q.source)
                return true;
        }
        return false;
    };
    // Each pass repeats while it merges: a run grows one sentence at a time, so a piece that
    // was not yet adjacent to its run can join on the next round; a round only retries the
    // pairs with a cluster that changed in the round before. The second pass adds context.
    std::vector<int> changed(m_clusters.size(), 0); // round stamp of a cluster's last change
    int round = 1;
    for (int pass = 0; pass < 2; ++pass) {
        for (int rounds = 0; rounds <= kMaxRun; ++rounds, ++round) {
            bool mergedAny = false;
            for (size_t e = 0; e < m_edges.size(); ++e) {
                if ((e & 4095) == 0) {
                    if (cancelled())
                        return;
                    if (m_options.progress && e > 0)
                        m_options.progress(total, total); // every source read; now clustering
                }
                const Edge &edge = m_edges[e];
                const bool headline = isHeadline(m_typeMembers[size_t(edge.a)].front());
                const double accept = headline ? headlineAccept : m_accept;
                const std::vector<int> from = clustersOf(edge.a);
                const std::vector<int> to = clustersOf(edge.b);
                // A formula both types repeat many times: each repeat is tried with those at
                // about the same place among the other type's (a band around the diagonal),
                // not with all of them.
                const bool band = from.size() * to.size() > kAllClusterPairs;
                for (size_t i = 0; i < from.size(); ++i) {
                    const int cu = from[i];
                    const size_t centre = i * to.size() / from.size();
                    const size_t lo = band && centre > kBand ? centre - kBand : 0;
                    const size_t hi = band ? std::min(to.size(), centre + kBand + 1) : to.size();
                    for (size_t j = lo; j < hi; ++j) {
                        const int cv = to[j];
                        if (!m_clusters[size_t(cu)].alive || !m_clusters[size_t(cv)].alive ||
                            cu == cv)
                            continue;
                        if (rounds > 0 && changed[size_t(cu)] < round - 1 &&
                            changed[size_t(cv)] < round - 1)
                            continue;
                        double threshold = accept;
                        if (pass == 1) {
                            if (!inSlot(cu, cv))
                                continue;
                            threshold -= kContext;
                        }
                        if (tryMerge(cu, cv, threshold)) {
                            mergedAny = true;
                            changed[size_t(cu)] = changed[size_t(cv)] = round;
                        }
                    }
                }
            }
            // A run grows into the sentence next to it when the joined run reads closer to
            // the other sources (the pieces of a split need no candidate pair of their own).
            for (size_t c = 0; c < m_clusters.size(); ++c) {
                if (!m_clusters[c].alive || m_clusters[c].runs.size() < 2 ||
                    (rounds > 0 && changed[c] < round - 1))
                    continue;
                const double threshold = m_clusters[c].headline ? headlineAccept : m_accept;
                for (size_t r = 0; r < m_clusters[c].runs.size() && m_clusters[c].alive; ++r) {
                    const Run run = m_clusters[c].runs[r];
                    for (const int index : {run.first - 1, run.last + 1}) {
                        const int next = clusterAt(run.source, index);
                        // Only a sentence no other source took: the piece of a split.
                        if (next < 0 || next == int(c) || !m_clusters[c].alive ||
                            m_clusters[size_t(next)].runs.size() != 1)
                            continue;
                        // Or when the other sources contain most of it (a split's piece
                        // that restates part of the longer sentence in new words).
                        if (tryMerge(int(c), next, threshold) ||
                            (containment(int(c), run, index) >= kContained &&
                             tryMerge(int(c), next, threshold, Evidence::Contained))) {
                            mergedAny = true;
                            changed[c] = changed[size_t(next)] = round;
                        }
                    }
                }
            }
            if (!mergedAny)
                break;
        }
    }
    if (total > 2)
        chainAlign();
    if (cancelled())
        return;
    // Copies take their original's units, sentence by sentence.
    for (size_t r = 0; r < m_twinOf.size(); ++r) {
        const int original = m_twinOf[r];
        if (original < 0)
            continue;
        const SourceSentences &copy = m_sources[size_t(m_byRank[r])];
        for (size_t k = 0; k < copy.model.size(); ++k) {
            const int c = clusterAt(original, int(k));
            Cluster &cluster = m_clusters[size_t(c)];
            auto it = std::lower_bound(cluster.runs.begin(), cluster.runs.end(), int(r),
                                       [](const Run &run, int rank) { return run.source < rank; });
            if (it != cluster.runs.end() && it->source == int(r))
                it->last = int(k); // the original's run is contiguous, so the copy's is too
            else
                cluster.runs.insert(it, Run{int(r), int(k), int(k)});
            ++cluster.size;
            m_clusterOf[size_t(copy.model[k])] = c;
        }
    }
}

Comparison Aligner::run()
{
    Comparison result;
    m_base = m_options.base >= 0 && m_options.base < m_articles.size() ? m_options.base
                                                                       : defaultBase(m_articles);
    result.base = m_articles.isEmpty() ? -1 : m_base;
    readSentences();
    result.firstSegment = QList<qsizetype>(m_firstSegment.begin(), m_firstSegment.end());
    if (m_articles.isEmpty())
        return result;
    findCandidates();
    if (cancelled()) {
        result.cancelled = true;
        return result;
    }
    addConsistency();
    cluster();
    if (cancelled()) {
        result.cancelled = true;
        return result;
    }
    buildUnits();
    orderUnits();
    buildResult(result);
    result.cancelled = cancelled();
    return result;
}

} // namespace Parallax
