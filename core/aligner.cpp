#include "aligner.h"

#include "wordnet.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace Parallax {

namespace {

// Thresholds on the similarity scale, which follows STS: 0.2 per STS point, so 0.5 is
// "roughly equivalent, some details differ" and 0.8 "mostly equivalent".
// Headlines are short and free in their wording, and there is one per article: two of them
// align on less evidence than two body sentences (this share of the threshold).
constexpr double kHeadlineShare = 0.55;
constexpr double kAnchor = 0.65;      // mutual best matches this strong anchor the alignment
constexpr double kParaphrase = 0.62;  // weaker aligned pairs are partial
constexpr double kMarginWeight = 0.5; // how much a sentence's average neighbour score counts
constexpr double kJoinGain = 0.03;    // a 1-2 or 2-1 bead must beat the 1-1 score by this much
constexpr int kCandidateTerms = 10;   // heaviest terms of a sentence used to find candidates
constexpr double kCandidateMassShare = 0.35; // of the best candidate's shared weight
constexpr int kCandidates = 10;              // units scored in full per sentence
constexpr int kNeighbours = 3;               // nearest neighbours averaged for margin scoring
constexpr qsizetype kAllPairsLimit = 16;     // larger units link members to representatives only

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

double Aligner::acceptance(int sentence, int unit) const
{
    const UnitBuild &u = m_units[size_t(unit)];
    const bool headlines = isHeadline(sentence) && isHeadline(u.members.front());
    return headlines ? kHeadlineShare * m_accept : m_accept;
}

void Aligner::readSentences()
{
    qsizetype segment = 0;
    for (const Article &article : m_articles) {
        m_firstSegment.push_back(segment);
        SourceSentences source;
        const QString language =
            article.metadata.language.isEmpty() ? QStringLiteral("en") : article.metadata.language;
        for (qsizetype k = 0; k < article.sentences.size(); ++k, ++segment) {
            const Sentence &sentence = article.sentences.at(k);
            if (!isStoryText(sentence.kind))
                continue;
            source.model.push_back(m_model.add(sentence.text, language));
            source.segment.push_back(segment);
            m_segmentOfModel.push_back(segment);
            m_sourceOfModel.push_back(qsizetype(m_sources.size()));
            m_kindOfModel.push_back(sentence.kind);
        }
        m_sources.push_back(std::move(source));
    }
    m_model.finalize();
    m_postings.assign(size_t(m_model.stemCount()), {});
    m_unitsOfModel.assign(size_t(m_model.size()), {});
    m_moved.assign(size_t(m_model.size()), 0);
}

double Aligner::unitScore(int sentence, int unit) const
{
    // Halfway between average link (which keeps units from chaining unrelated sentences) and
    // the best member (a loose paraphrase in the unit should not hide a close match).
    const UnitBuild &u = m_units[size_t(unit)];
    if (u.representatives.empty())
        return 0;
    double sum = 0;
    double best = 0;
    for (int member : u.representatives) {
        const double score = m_model.score(sentence, member);
        sum += score;
        best = std::max(best, score);
    }
    return (best + sum / double(u.representatives.size())) / 2;
}

int Aligner::newUnit(int sentence, qsizetype source)
{
    m_units.push_back({});
    const int unit = int(m_units.size()) - 1;
    addMember(unit, sentence, source);
    return unit;
}

void Aligner::addMember(int unit, int sentence, qsizetype source)
{
    UnitBuild &u = m_units[size_t(unit)];
    u.members.push_back(sentence);
    if (std::find(u.sources.begin(), u.sources.end(), source) == u.sources.end())
        u.sources.push_back(source);
    m_unitsOfModel[size_t(sentence)].push_back(unit);
    if (int(u.representatives.size()) >= kRepresentatives)
        return;
    u.representatives.push_back(sentence);
    for (const SimilarityModel::Term &term : m_model.terms(sentence)) {
        std::vector<int> &posting = m_postings[size_t(term.stem)];
        if (posting.empty() || posting.back() != unit)
            posting.push_back(unit);
    }
}

std::vector<std::vector<Aligner::Candidate>> Aligner::candidates(const SourceSentences &source)
{
    std::vector<std::vector<Candidate>> result(source.model.size());
    std::vector<float> mass(m_units.size(), 0.0f);
    std::vector<int> touched;
    for (size_t i = 0; i < source.model.size(); ++i) {
        const int sentence = source.model[i];
        // The heaviest distinct stems find the units worth scoring.
        std::vector<SimilarityModel::Term> terms = m_model.terms(sentence);
        std::sort(terms.begin(), terms.end(),
                  [](const auto &x, const auto &y) { return x.weight > y.weight; });
        std::vector<int> used;
        for (const SimilarityModel::Term &term : terms) {
            if (int(used.size()) >= kCandidateTerms)
                break;
            if (std::find(used.begin(), used.end(), term.stem) != used.end())
                continue;
            used.push_back(term.stem);
            for (int unit : m_postings[size_t(term.stem)]) {
                if (mass[size_t(unit)] == 0)
                    touched.push_back(unit);
                mass[size_t(unit)] += term.weight;
            }
        }
        const size_t keep = std::min(touched.size(), size_t(kCandidates));
        std::partial_sort(touched.begin(), touched.begin() + qsizetype(keep), touched.end(),
                          [&](int x, int y) { return mass[size_t(x)] > mass[size_t(y)]; });
        // Units sharing far less weight than the best one are not worth a full score.
        const float floor = keep ? float(kCandidateMassShare) * mass[size_t(touched[0])] : 0;
        for (size_t c = 0; c < keep && mass[size_t(touched[c])] >= floor; ++c)
            result[i].push_back(Candidate{touched[c], unitScore(sentence, touched[c]), 0});
        for (int unit : touched)
            mass[size_t(unit)] = 0;
        touched.clear();
    }

    // Margin scoring: a sentence that resembles everything (a generic attribution) gains
    // little from resembling one unit a bit more.
    auto neighbourMean = [](std::vector<double> scores) {
        std::sort(scores.begin(), scores.end(), std::greater<>());
        const size_t k = std::min(scores.size(), size_t(kNeighbours));
        return k ? std::accumulate(scores.begin(), scores.begin() + qsizetype(k), 0.0) / double(k)
                 : 0.0;
    };
    std::unordered_map<int, std::vector<double>> byUnit;
    for (const auto &list : result) {
        for (const Candidate &c : list)
            byUnit[c.unit].push_back(c.score);
    }
    std::unordered_map<int, double> unitMean;
    for (auto &[unit, scores] : byUnit)
        unitMean[unit] = neighbourMean(scores);
    for (auto &list : result) {
        std::vector<double> scores;
        for (const Candidate &c : list)
            scores.push_back(c.score);
        const double sentenceMean = neighbourMean(scores);
        for (Candidate &c : list)
            c.margin = c.score - kMarginWeight * (sentenceMean + unitMean[c.unit]) / 2;
    }
    return result;
}

void Aligner::alignSource(qsizetype sourceIndex)
{
    const SourceSentences &source = m_sources[size_t(sourceIndex)];
    const size_t n = source.model.size();
    if (n == 0)
        return;
    const std::vector<std::vector<Candidate>> cands = candidates(source);
    std::vector<int> match(n, -1);         // unit of each sentence (1-1)
    std::unordered_map<int, size_t> taken; // unit -> sentence

    auto best = [&](size_t i) -> const Candidate * {
        const Candidate *b = nullptr;
        for (const Candidate &c : cands[i]) {
            if (!b || c.score > b->score)
                b = &c;
        }
        return b;
    };
    // 1. Anchors: mutual best matches with a high score.
    std::unordered_map<int, std::pair<size_t, double>> bestForUnit;
    for (size_t i = 0; i < n; ++i) {
        for (const Candidate &c : cands[i]) {
            auto it = bestForUnit.find(c.unit);
            if (it == bestForUnit.end() || c.score > it->second.second)
                bestForUnit[c.unit] = {i, c.score};
        }
    }
    std::vector<std::pair<size_t, int>> anchors;
    for (size_t i = 0; i < n; ++i) {
        const Candidate *b = best(i);
        if (b && b->score >= kAnchor && bestForUnit[b->unit].first == i)
            anchors.emplace_back(i, b->unit);
    }
    // 2. The longest chain of anchors in the base order keeps its place; the rest moved.
    std::vector<size_t> chain; // indices into anchors
    {
        std::vector<size_t> tails, previous(anchors.size(), SIZE_MAX);
        for (size_t a = 0; a < anchors.size(); ++a) {
            const int pos = m_position[size_t(anchors[a].second)];
            auto it = std::lower_bound(tails.begin(), tails.end(), pos, [&](size_t t, int p) {
                return m_position[size_t(anchors[t].second)] < p;
            });
            if (it != tails.begin())
                previous[a] = *(it - 1);
            if (it == tails.end())
                tails.push_back(a);
            else
                *it = a;
        }
        for (size_t a = tails.empty() ? SIZE_MAX : tails.back(); a != SIZE_MAX; a = previous[a])
            chain.push_back(a);
        std::reverse(chain.begin(), chain.end());
    }
    std::vector<char> onChain(anchors.size(), 0);
    for (size_t a : chain)
        onChain[a] = 1;
    for (size_t a = 0; a < anchors.size(); ++a) {
        match[anchors[a].first] = anchors[a].second;
        taken[anchors[a].second] = anchors[a].first;
        if (!onChain[a])
            m_moved[size_t(source.model[anchors[a].first])] = 1;
    }
    // 3. Between consecutive chain anchors, a small DP: the best in-order set of pairs.
    auto fillGap = [&](size_t fromI, size_t toI, int fromPos, int toPos) {
        struct Pair
        {
            size_t i;
            int unit;
            int pos;
            double gain;
        };
        std::vector<Pair> pairs;
        for (size_t i = fromI; i < toI; ++i) {
            if (match[i] >= 0)
                continue;
            for (const Candidate &c : cands[i]) {
                const int pos = m_position[size_t(c.unit)];
                const double accept = acceptance(source.model[i], c.unit);
                if (pos > fromPos && pos < toPos && c.score >= accept && !taken.count(c.unit))
                    pairs.push_back({i, c.unit, pos, c.margin + c.score - accept});
            }
        }
        if (pairs.empty())
            return;
        // Weighted longest chain, increasing in both sentence and position.
        std::vector<double> total(pairs.size());
        std::vector<size_t> previous(pairs.size(), SIZE_MAX);
        for (size_t p = 0; p < pairs.size(); ++p) {
            total[p] = pairs[p].gain;
            for (size_t q = 0; q < p; ++q) {
                if (pairs[q].i < pairs[p].i && pairs[q].pos < pairs[p].pos &&
                    total[q] + pairs[p].gain > total[p]) {
                    total[p] = total[q] + pairs[p].gain;
                    previous[p] = q;
                }
            }
        }
        size_t end = size_t(std::max_element(total.begin(), total.end()) - total.begin());
        for (size_t p = end; p != SIZE_MAX; p = previous[p]) {
            match[pairs[p].i] = pairs[p].unit;
            taken[pairs[p].unit] = pairs[p].i;
        }
    };
    {
        size_t fromI = 0;
        int fromPos = -1;
        for (size_t a : chain) {
            fillGap(fromI, anchors[a].first, fromPos, m_position[size_t(anchors[a].second)]);
            fromI = anchors[a].first + 1;
            fromPos = m_position[size_t(anchors[a].second)];
        }
        fillGap(fromI, n, fromPos, int(m_order.size()));
    }
    // 4. What is left: greedy maximum-weight matching, wherever the unit is.
    {
        std::vector<std::pair<size_t, const Candidate *>> rest;
        for (size_t i = 0; i < n; ++i) {
            if (match[i] >= 0)
                continue;
            for (const Candidate &c : cands[i]) {
                if (c.score >= acceptance(source.model[i], c.unit))
                    rest.emplace_back(i, &c);
            }
        }
        std::sort(rest.begin(), rest.end(),
                  [](const auto &x, const auto &y) { return x.second->margin > y.second->margin; });
        for (const auto &[i, c] : rest) {
            if (match[i] >= 0 || taken.count(c->unit))
                continue;
            match[i] = c->unit;
            taken[c->unit] = i;
            // Out of order with its matched neighbours: moved.
            int before = -1, after = INT_MAX;
            for (size_t k = i; k-- > 0;) {
                if (match[k] >= 0 && k != i) {
                    before = m_position[size_t(match[k])];
                    break;
                }
            }
            for (size_t k = i + 1; k < n; ++k) {
                if (match[k] >= 0) {
                    after = m_position[size_t(match[k])];
                    break;
                }
            }
            const int pos = m_position[size_t(c->unit)];
            if (pos < before || pos > after)
                m_moved[size_t(source.model[i])] = 1;
        }
    }
    // 5. Beads of two: a sentence that merges two units (1-2) or two adjacent sentences that
    //    together say what one unit says (2-1).
    std::vector<std::vector<int>> extraUnits(n); // units joined beyond the 1-1 match
    for (size_t i = 0; i < n; ++i) {
        if (match[i] < 0)
            continue;
        const int unit = match[i];
        const double single = unitScore(source.model[i], unit);
        // 2-1: an unmatched neighbour sentence joins the unit if the two read better together.
        for (size_t j : {i - 1, i + 1}) {
            if (j >= n || match[j] >= 0 || !extraUnits[j].empty() ||
                isHeadline(source.model[j]) != isHeadline(source.model[i]))
                continue;
            if (unitScore(source.model[j], unit) < m_accept / 2)
                continue;
            const int joined = j < i ? m_model.addJoined(source.model[j], source.model[i])
                                     : m_model.addJoined(source.model[i], source.model[j]);
            const bool better = unitScore(joined, unit) > single + kJoinGain;
            m_model.discardLast();
            if (better) {
                extraUnits[j].push_back(unit);
                break;
            }
        }
        // 1-2: a neighbouring unit in reading order that no sentence of this source took.
        const int pos = m_position[size_t(unit)];
        for (int next : {pos - 1, pos + 1}) {
            if (next < 0 || next >= int(m_order.size()))
                continue;
            const int other = m_order[size_t(next)];
            if (taken.count(other))
                continue;
            const UnitBuild &u = m_units[size_t(unit)];
            const UnitBuild &v = m_units[size_t(other)];
            if (isHeadline(u.members.front()) != isHeadline(v.members.front()))
                continue; // a headline and body text are never one statement
            if (u.representatives.empty() || v.representatives.empty())
                continue;
            if (unitScore(source.model[i], other) < m_accept / 2)
                continue;
            const int joined = next < pos
                                   ? m_model.addJoined(v.representatives[0], u.representatives[0])
                                   : m_model.addJoined(u.representatives[0], v.representatives[0]);
            const double together = m_model.score(source.model[i], joined);
            m_model.discardLast();
            if (together > m_model.score(source.model[i], u.representatives[0]) + kJoinGain) {
                extraUnits[i].push_back(other);
                taken[other] = i;
                break;
            }
        }
    }

    // 6. Join the units; what matched nothing starts a unit beside its neighbours.
    std::vector<std::pair<int, std::vector<int>>> insertions; // after unit (-1: front)
    int previousUnit = -1;
    std::vector<int> leading; // new units before the first matched sentence
    bool seenMatch = false;
    for (size_t i = 0; i < n; ++i) {
        const int sentence = source.model[i];
        if (match[i] >= 0 || !extraUnits[i].empty()) {
            if (match[i] >= 0)
                addMember(match[i], sentence, sourceIndex);
            for (int unit : extraUnits[i])
                addMember(unit, sentence, sourceIndex);
            previousUnit = match[i] >= 0 ? match[i] : extraUnits[i].front();
            if (!seenMatch && !leading.empty())
                insertions.emplace_back(-2 - previousUnit, leading); // before previousUnit
            seenMatch = true;
            continue;
        }
        const int unit = newUnit(sentence, sourceIndex);
        if (!seenMatch) {
            leading.push_back(unit);
        } else if (!insertions.empty() && insertions.back().first == previousUnit) {
            insertions.back().second.push_back(unit);
        } else {
            insertions.emplace_back(previousUnit, std::vector<int>{unit});
        }
    }
    if (!seenMatch)
        insertions.emplace_back(int(m_order.empty() ? -1 : m_order.back()), leading);
    if (insertions.empty())
        return;
    std::unordered_map<int, std::vector<int>> after, before;
    for (auto &[anchor, units] : insertions) {
        if (anchor <= -2)
            before[-2 - anchor] = units;
        else
            after[anchor] = units;
    }
    std::vector<int> order;
    order.reserve(m_units.size());
    if (auto it = after.find(-1); it != after.end())
        order.insert(order.end(), it->second.begin(), it->second.end());
    for (int unit : m_order) {
        if (auto it = before.find(unit); it != before.end())
            order.insert(order.end(), it->second.begin(), it->second.end());
        order.push_back(unit);
        if (auto it = after.find(unit); it != after.end())
            order.insert(order.end(), it->second.begin(), it->second.end());
    }
    m_order = std::move(order);
    m_position.assign(m_units.size(), 0);
    for (size_t p = 0; p < m_order.size(); ++p)
        m_position[size_t(m_order[p])] = int(p);
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
    std::vector<int> renumber(m_units.size(), -1);
    for (int unit : m_order) {
        const UnitBuild &u = m_units[size_t(unit)];
        Unit out;
        for (int member : u.members)
            out.segments.append(m_segmentOfModel[size_t(member)]);
        std::sort(out.segments.begin(), out.segments.end());
        out.sources = QList<qsizetype>(u.sources.begin(), u.sources.end());
        std::sort(out.sources.begin(), out.sources.end());
        renumber[size_t(unit)] = int(result.units.size());
        result.units.append(out);
    }
    // Links: every pair of members from two sources, or for large units each member with the
    // unit's representatives.
    std::unordered_map<quint64, bool> seen;
    auto link = [&](int a, int b) {
        if (m_sourceOfModel[size_t(a)] == m_sourceOfModel[size_t(b)])
            return;
        qsizetype sa = m_segmentOfModel[size_t(a)];
        qsizetype sb = m_segmentOfModel[size_t(b)];
        if (sa > sb) {
            std::swap(sa, sb);
            std::swap(a, b);
        }
        if (!seen.emplace((quint64(sa) << 32) | quint64(sb), true).second)
            return;
        const double score = m_model.score(a, b);
        Relation relation = score >= kParaphrase ? Relation::Paraphrase : Relation::Partial;
        if (normalText(m_model, a) == normalText(m_model, b))
            relation = Relation::Same;
        result.links.append(Link{sa, sb, relation == Relation::Same ? 1.0 : score, relation});
    };
    for (int unit : m_order) {
        const UnitBuild &u = m_units[size_t(unit)];
        const bool all = qsizetype(u.members.size()) <= kAllPairsLimit;
        for (size_t x = 0; x < u.members.size(); ++x) {
            const auto &partners = all ? u.members : u.representatives;
            for (int y : partners) {
                if (y != u.members[x] && (!all || y > u.members[x] || !all))
                    link(u.members[x], y);
            }
        }
    }
    std::sort(result.links.begin(), result.links.end(),
              [](const Link &x, const Link &y) { return x.a != y.a ? x.a < y.a : x.b < y.b; });
    for (size_t s = 0; s < m_moved.size(); ++s) {
        if (m_moved[s])
            result.movedSegments.append(m_segmentOfModel[s]);
    }
    std::sort(result.movedSegments.begin(), result.movedSegments.end());
}

Comparison Aligner::run()
{
    Comparison result;
    readSentences();
    m_base = m_options.base >= 0 && m_options.base < m_articles.size() ? m_options.base
                                                                       : defaultBase(m_articles);
    result.base = m_articles.isEmpty() ? -1 : m_base;
    result.firstSegment = QList<qsizetype>(m_firstSegment.begin(), m_firstSegment.end());
    if (m_articles.isEmpty())
        return result;

    // The base source's sentences are the first units, in its order.
    for (size_t k = 0; k < m_sources[size_t(m_base)].model.size(); ++k) {
        m_order.push_back(newUnit(m_sources[size_t(m_base)].model[k], m_base));
        m_position.push_back(int(m_order.size()) - 1);
    }
    const qsizetype total = m_articles.size();
    qsizetype done = 1;
    if (m_options.progress)
        m_options.progress(done, total);
    for (qsizetype s = 0; s < total; ++s) {
        if (s == m_base)
            continue;
        if (cancelled()) {
            result.cancelled = true;
            return result;
        }
        m_position.resize(m_units.size(), 0);
        alignSource(s);
        if (m_options.progress)
            m_options.progress(++done, total);
    }
    buildResult(result);
    result.cancelled = cancelled();
    return result;
}

} // namespace Parallax
