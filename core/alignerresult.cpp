#include "aligner.h"

#include <algorithm>
#include <tuple>
#include <unordered_set>

// The aligner's result: units from the clusters, their row order, moved sentences and links.

namespace Parallax {

namespace {

constexpr qsizetype kAllPairsLimit = 16; // larger units link members to two members only

} // namespace

void Aligner::buildUnits()
{
    m_units.clear();
    std::vector<int> unitOfCluster(m_clusters.size(), -1);
    // Clusters numbered by their first sentence in canonical order: content decides.
    for (int m = 0; m < m_storySentences; ++m) {
        const int c = m_clusterOf[size_t(m)];
        if (unitOfCluster[size_t(c)] >= 0)
            continue;
        unitOfCluster[size_t(c)] = int(m_units.size());
        UnitBuild unit;
        for (const Run &r : m_clusters[size_t(c)].runs) {
            const qsizetype source = m_byRank[size_t(r.source)];
            for (int x = r.first; x <= r.last; ++x)
                unit.members.push_back(m_sources[size_t(source)].model[size_t(x)]);
            unit.sources.push_back(source);
        }
        std::sort(unit.members.begin(), unit.members.end());
        m_units.push_back(std::move(unit));
    }
    for (int m = 0; m < m_storySentences; ++m)
        m_unitsOfModel[size_t(m)] = {unitOfCluster[size_t(m_clusterOf[size_t(m)])]};
}

// Row order and moved sentences.
void Aligner::orderUnits()
{
    const size_t n = m_sources.size();
    // Each source's units in its reading order, once each.
    std::vector<std::vector<int>> sequence(n);
    std::vector<qsizetype> seenIn(m_units.size(), -1);
    for (size_t s = 0; s < n; ++s) {
        for (int m : m_sources[s].model) {
            const int unit = m_unitsOfModel[size_t(m)].front();
            if (seenIn[size_t(unit)] != qsizetype(s)) {
                seenIn[size_t(unit)] = qsizetype(s);
                sequence[s].push_back(unit);
            }
        }
    }
    // An order that keeps one source's units (the skeleton) in its order and places every
    // other unit where the sources that carry it put it: after the skeleton unit that precedes
    // it in those sources (the median over them), and among the units placed there by how many
    // sentences after that unit they come (the median again); content breaks ties.
    auto orderFrom = [&](size_t skeleton) {
        const size_t units = m_units.size();
        std::vector<int> anchorIndex(units, -1); // position in the skeleton's sequence
        for (size_t p = 0; p < sequence[skeleton].size(); ++p)
            anchorIndex[size_t(sequence[skeleton][p])] = int(p);
        std::vector<std::vector<int>> anchors(units), offsets(units);
        for (size_t s = 0; s < n; ++s) {
            int anchor = -1, offset = 0;
            for (int unit : sequence[s]) {
                if (anchorIndex[size_t(unit)] >= 0) {
                    anchor = anchorIndex[size_t(unit)];
                    offset = 0;
                    continue;
                }
                anchors[size_t(unit)].push_back(anchor);
                offsets[size_t(unit)].push_back(++offset);
            }
        }
        auto median = [](std::vector<int> values) {
            std::sort(values.begin(), values.end());
            return values.empty() ? -1 : values[(values.size() - 1) / 2];
        };
        // (anchor, offset, unit) for every unit off the skeleton.
        std::vector<std::tuple<int, int, int>> placed;
        for (size_t u = 0; u < units; ++u) {
            if (anchorIndex[u] < 0)
                placed.emplace_back(median(anchors[u]), median(offsets[u]), int(u));
        }
        std::sort(placed.begin(), placed.end());
        std::vector<int> order;
        order.reserve(units);
        size_t next = 0;
        for (int a = -1; a < int(sequence[skeleton].size()); ++a) {
            if (a >= 0)
                order.push_back(sequence[skeleton][size_t(a)]);
            for (; next < placed.size() && std::get<0>(placed[next]) == a; ++next)
                order.push_back(std::get<2>(placed[next]));
        }
        return order;
    };
    m_order = orderFrom(size_t(m_base));

    // Moved: judged against a consensus order, grown from the source whose order agrees most
    // with the others' (the base, then content, decides among equals; so with two sources
    // what moved is judged against the base).
    auto chain = [](const std::vector<int> &positions) {
        // Longest strictly increasing subsequence: which entries are on it.
        std::vector<size_t> tails, previous(positions.size(), SIZE_MAX);
        for (size_t a = 0; a < positions.size(); ++a) {
            auto it = std::lower_bound(tails.begin(), tails.end(), positions[a],
                                       [&](size_t t, int p) { return positions[t] < p; });
            if (it != tails.begin())
                previous[a] = *(it - 1);
            if (it == tails.end())
                tails.push_back(a);
            else
                *it = a;
        }
        std::vector<char> on(positions.size(), 0);
        for (size_t a = tails.empty() ? SIZE_MAX : tails.back(); a != SIZE_MAX; a = previous[a])
            on[a] = 1;
        return on;
    };
    constexpr size_t kOrderSample = 24; // sources (first in canonical order) each is compared to
    std::vector<std::vector<int>> samplePosition;
    for (size_t r = 0; r < std::min(n, kOrderSample); ++r) {
        std::vector<int> pos(m_units.size(), -1);
        const auto &seq = sequence[size_t(m_byRank[r])];
        for (size_t p = 0; p < seq.size(); ++p)
            pos[size_t(seq[p])] = int(p);
        samplePosition.push_back(std::move(pos));
    }
    size_t skeleton = size_t(m_base);
    qsizetype bestAgreement = -1;
    for (size_t s = 0; s < n; ++s) {
        qsizetype agreement = 0;
        for (size_t r = 0; r < samplePosition.size(); ++r) {
            if (size_t(m_byRank[r]) == s)
                continue;
            std::vector<int> positions;
            for (int unit : sequence[s]) {
                if (samplePosition[r][size_t(unit)] >= 0)
                    positions.push_back(samplePosition[r][size_t(unit)]);
            }
            const std::vector<char> on = chain(positions);
            agreement += std::count(on.begin(), on.end(), 1);
        }
        const bool better = agreement > bestAgreement ||
                            (agreement == bestAgreement && skeleton != size_t(m_base) &&
                             (s == size_t(m_base) || m_rankOf[s] < m_rankOf[skeleton]));
        if (better) {
            bestAgreement = agreement;
            skeleton = s;
        }
    }
    const std::vector<int> consensus = orderFrom(skeleton);
    std::vector<int> position(m_units.size(), 0);
    for (size_t p = 0; p < consensus.size(); ++p)
        position[size_t(consensus[p])] = int(p);
    for (size_t s = 0; s < n; ++s) {
        // Shared units only: a unit one source alone has cannot be out of place.
        std::vector<int> seq, positions;
        for (int unit : sequence[s]) {
            if (m_units[size_t(unit)].sources.size() > 1) {
                seq.push_back(unit);
                positions.push_back(position[size_t(unit)]);
            }
        }
        const std::vector<char> onChain = chain(positions);
        std::unordered_set<int> moved;
        for (size_t a = 0; a < seq.size(); ++a) {
            if (!onChain[a])
                moved.insert(seq[a]);
        }
        for (int m : m_sources[s].model) {
            if (moved.count(m_unitsOfModel[size_t(m)].front()))
                m_moved[size_t(m)] = 1;
        }
    }
}

static QString normalText(const SimilarityModel &model, int sentence)
{
    QString text;
    for (const Token &token : model.tokens(sentence))
        text += token.normal + u' ';
    return text;
}

void Aligner::buildResult(Comparison &result)
{
    // Units in row order; m_units is renumbered to match.
    std::vector<UnitBuild> ordered;
    std::vector<int> renumber(m_units.size(), -1);
    for (int unit : m_order) {
        renumber[size_t(unit)] = int(ordered.size());
        ordered.push_back(m_units[size_t(unit)]);
    }
    m_units = std::move(ordered);
    for (auto &units : m_unitsOfModel) {
        for (int &u : units)
            u = renumber[size_t(u)];
    }
    for (const UnitBuild &u : m_units) {
        Unit out;
        for (int member : u.members)
            out.segments.append(m_segmentOfModel[size_t(member)]);
        std::sort(out.segments.begin(), out.segments.end());
        out.sources = QList<qsizetype>(u.sources.begin(), u.sources.end());
        std::sort(out.sources.begin(), out.sources.end());
        result.units.append(out);
    }
    // Links: every pair of members from two sources, or for large units each member with the
    // unit's first two members (in canonical order).
    std::unordered_map<quint64, double> raw; // type pair -> score before consistency
    auto link = [&](int a, int b) {
        if (m_sourceOfModel[size_t(a)] == m_sourceOfModel[size_t(b)])
            return;
        qsizetype sa = m_segmentOfModel[size_t(a)];
        qsizetype sb = m_segmentOfModel[size_t(b)];
        if (sa > sb) {
            std::swap(sa, sb);
            std::swap(a, b);
        }
        const int ta = m_typeOf[size_t(a)];
        const int tb = m_typeOf[size_t(b)];
        double score = 1.0;
        if (ta != tb) {
            const quint64 key = pairKey(ta, tb);
            auto it = raw.find(key);
            if (it == raw.end())
                it = raw.emplace(key, m_model.score(a, b)).first;
            score = it->second;
        }
        Relation relation = score >= CompareOptions::kParaphraseThreshold ? Relation::Paraphrase
                                                                          : Relation::Partial;
        if (ta == tb || normalText(m_model, a) == normalText(m_model, b))
            relation = Relation::Same;
        result.links.append(Link{sa, sb, relation == Relation::Same ? 1.0 : score, relation});
    };
    for (const UnitBuild &u : m_units) {
        const bool all = qsizetype(u.members.size()) <= kAllPairsLimit;
        for (size_t x = 0; x < u.members.size(); ++x) {
            const size_t partners = all ? x : std::min(x, size_t(kRepresentatives));
            for (size_t y = 0; y < partners; ++y)
                link(u.members[y], u.members[x]);
        }
    }
    std::sort(result.links.begin(), result.links.end(),
              [](const Link &x, const Link &y) { return x.a != y.a ? x.a < y.a : x.b < y.b; });
    for (size_t s = 0; s < m_moved.size(); ++s) {
        if (m_moved[s])
            result.movedSegments.append(m_segmentOfModel[s]);
    }
    std::sort(result.movedSegments.begin(), result.movedSegments.end());
    const qsizetype segments =
        m_articles.isEmpty() ? 0 : m_firstSegment.back() + m_articles.constLast().sentences.size();
    result.wording = QList<int>(segments, -1);
    for (size_t m = 0; m < m_segmentOfModel.size(); ++m)
        result.wording[m_segmentOfModel[m]] = m_typeOf[m];
}

} // namespace Parallax
