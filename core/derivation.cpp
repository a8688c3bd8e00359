#include "derivation.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <vector>

namespace Parallax {

namespace {

constexpr double kDerivedCoverage = 0.8;
constexpr double kDerivedOrder = 0.8;
constexpr double kCopyWording = 0.8;
constexpr double kSharesMost = 0.5;
constexpr double kSizeMargin = 0.15; // coverages this close: neither contains the other
constexpr qsizetype kTiedOthers = 8; // equally covering others read for their wording

// An order of sources that does not depend on the order they were given in.
bool comesFirst(const QList<Article> &articles, qsizetype a, qsizetype b)
{
    const Article &x = articles.at(a);
    const Article &y = articles.at(b);
    if (x.path != y.path)
        return x.path < y.path;
    if (x.displayName() != y.displayName())
        return x.displayName() < y.displayName();
    return x.words < y.words;
}

// Whether `a` is the original of the pair by date (and time): published before `b`, or dated
// when `b` is not.
int dateOrder(const Article &a, const Article &b)
{
    return comparePublication(a.metadata, b.metadata);
}

} // namespace

bool saidByOther(const QList<SourceRelation> &relations, const SourceRelation &r)
{
    if (!r.mutual || r.other < 0 || r.other >= relations.size())
        return false;
    const SourceRelation &back = relations.at(r.other);
    return back.mutual && back.other == r.source && r.other < r.source;
}

QString relationLabelName(SourceRelation::Label label)
{
    switch (label) {
    case SourceRelation::Label::None:
        break;
    case SourceRelation::Label::SharesMostWith:
        return QStringLiteral("shares-most-with");
    case SourceRelation::Label::RewordingOf:
        return QStringLiteral("rewording-of");
    case SourceRelation::Label::CopyOf:
        return QStringLiteral("copy-of");
    }
    return QStringLiteral("none");
}

double SharedUnits::coverage(qsizetype a, qsizetype b) const
{
    const int total = units[size_t(a)];
    return total ? double(shared[size_t(a * sources + b)]) / double(total) : 0.0;
}

SharedUnits sharedUnits(qsizetype sources, const Comparison &comparison)
{
    SharedUnits counts;
    counts.sources = sources;
    counts.units.assign(size_t(sources), 0);
    counts.shared.assign(size_t(sources * sources), 0);
    for (const Unit &unit : comparison.units) {
        for (const qsizetype a : unit.sources) {
            if (a < 0 || a >= sources)
                continue;
            ++counts.units[size_t(a)];
            for (const qsizetype b : unit.sources) {
                if (b >= 0 && b < sources)
                    ++counts.shared[size_t(a * sources + b)];
            }
        }
    }
    return counts;
}

QList<SourceRelation> sourceRelations(const QList<Article> &articles, const Comparison &comparison)
{
    const qsizetype n = articles.size();
    QList<SourceRelation> out(n);
    if (n < 2 || comparison.cancelled)
        return out;

    // Per source, its units in its own reading order (by its first segment in each).
    std::vector<std::vector<std::pair<qsizetype, qsizetype>>> unitsBySource{size_t(n)};
    std::vector<QHash<qsizetype, qsizetype>> firstSegment{size_t(n)}; // unit -> segment
    for (qsizetype u = 0; u < comparison.units.size(); ++u) {
        for (const qsizetype segment : comparison.units.at(u).segments) {
            const qsizetype source = comparison.sourceOf(segment);
            auto &first = firstSegment[size_t(source)];
            const auto it = first.find(u);
            if (it == first.end())
                first.insert(u, segment);
            else
                *it = std::min(*it, segment);
        }
    }
    for (qsizetype s = 0; s < n; ++s) {
        auto &list = unitsBySource[size_t(s)];
        const auto &first = firstSegment[size_t(s)];
        for (auto it = first.cbegin(); it != first.cend(); ++it)
            list.emplace_back(it.value(), it.key());
        std::sort(list.begin(), list.end());
    }

    // Shared units of every pair.
    const SharedUnits counts = sharedUnits(n, comparison);
    const std::vector<int> &shared = counts.shared;
    auto coverage = [&](qsizetype a, qsizetype b) { return counts.coverage(a, b); };

    // Each source's closest other.
    for (qsizetype a = 0; a < n; ++a) {
        SourceRelation &r = out[a];
        r.source = a;
        for (qsizetype b = 0; b < n; ++b) {
            if (b == a || shared[size_t(a * n + b)] == 0)
                continue;
            const double c = coverage(a, b);
            if (r.other < 0 || c > r.coverage ||
                (c == r.coverage && comesFirst(articles, b, r.other))) {
                r.other = b;
                r.coverage = c;
            }
        }
    }
    // Ties of coverage: the closest other is the one whose aligned sentences are most often word
    // for word (a copy is closer than a rewording of the same story), then the first. At most
    // kTiedOthers are read per source, the first ones, so that many equal copies stay cheap.
    {
        QList<std::pair<qsizetype, qsizetype>> pairs;
        for (qsizetype a = 0; a < n; ++a) {
            const SourceRelation &r = out.at(a);
            if (r.other < 0)
                continue;
            QList<qsizetype> tied;
            for (qsizetype b = 0; b < n; ++b) {
                if (b != a && shared[size_t(a * n + b)] > 0 && coverage(a, b) == r.coverage)
                    tied.append(b);
            }
            if (tied.size() < 2)
                continue;
            std::sort(tied.begin(), tied.end(),
                      [&](qsizetype x, qsizetype y) { return comesFirst(articles, x, y); });
            for (qsizetype i = 0; i < std::min<qsizetype>(tied.size(), kTiedOthers); ++i) {
                pairs.append({a, tied.at(i)});
            }
        }
        const QList<QList<Link>> links = comparison.linksBetween(pairs);
        std::vector<double> best(size_t(n), -1.0);
        for (qsizetype i = 0; i < pairs.size(); ++i) {
            qsizetype same = 0;
            for (const Link &link : links.at(i))
                same += link.relation == Relation::Same;
            const double share =
                links.at(i).isEmpty() ? 0.0 : double(same) / double(links.at(i).size());
            const qsizetype a = pairs.at(i).first;
            if (share > best[size_t(a)]) { // the first of equals stays: the pairs are in order
                best[size_t(a)] = share;
                out[a].other = pairs.at(i).second;
            }
        }
    }
    for (SourceRelation &r : out) {
        if (r.other >= 0)
            r.reverse = coverage(r.other, r.source);
    }

    // Order kept and wording of the chosen pairs only; their links include those a large unit
    // makes through its representatives (Comparison::linksBetween).
    QHash<quint64, std::pair<int, int>> wording; // (same, linked) per chosen pair
    auto key = [n](qsizetype a, qsizetype b) {
        return quint64(std::min(a, b)) * quint64(n) + quint64(std::max(a, b));
    };
    QList<std::pair<qsizetype, qsizetype>> chosen;
    for (const SourceRelation &r : std::as_const(out)) {
        if (r.other >= 0 && !wording.contains(key(r.source, r.other))) {
            wording.insert(key(r.source, r.other), {0, 0});
            chosen.append({r.source, r.other});
        }
    }
    const QList<QList<Link>> chosenLinks = comparison.linksBetween(chosen);
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        auto &[same, linked] = wording[key(chosen.at(i).first, chosen.at(i).second)];
        for (const Link &link : chosenLinks.at(i)) {
            ++linked;
            if (link.relation == Relation::Same)
                ++same;
        }
    }
    for (SourceRelation &r : out) {
        if (r.other < 0)
            continue;
        const auto &otherFirst = firstSegment[size_t(r.other)];
        qsizetype kept = 0;
        qsizetype pairs = 0;
        qsizetype previous = -1;
        for (const auto &[segment, unit] : unitsBySource[size_t(r.source)]) {
            const auto it = otherFirst.constFind(unit);
            if (it == otherFirst.cend())
                continue;
            if (previous >= 0) {
                ++pairs;
                kept += *it > previous;
            }
            previous = *it;
        }
        r.order = pairs ? double(kept) / double(pairs) : (r.coverage > 0 ? 1.0 : 0.0);
        const auto [same, linked] = wording.value(key(r.source, r.other));
        r.sameWording = linked ? double(same) / double(linked) : 0.0;
    }

    // Labels: derived when the other carries most of it in order; the direction by coverage,
    // then by date.
    for (SourceRelation &r : out) {
        if (r.other < 0)
            continue;
        bool derived = r.coverage >= kDerivedCoverage && r.order >= kDerivedOrder;
        if (derived) {
            // The earlier one is the original (a wire report and its later, longer update);
            // undated, the one contained in the other is derived, and when each holds most of
            // the other both are labelled.
            const int byDate = dateOrder(articles.at(r.source), articles.at(r.other));
            if (byDate < 0)
                derived = false; // the earlier one is the original
            else if (byDate == 0)
                derived = r.reverse <= r.coverage + kSizeMargin; // not the larger of the two
        }
        if (derived)
            r.label = r.sameWording >= kCopyWording ? SourceRelation::Label::CopyOf
                                                    : SourceRelation::Label::RewordingOf;
        else if (r.coverage >= kSharesMost)
            r.label = SourceRelation::Label::SharesMostWith;
    }
    // Derived both ways with no date to tell: its closest other is as much derived from it
    // (they hold about as many of each other's units), whichever source that other chose as its
    // own closest (five equal copies: each is one of the first, not the first's copy).
    for (SourceRelation &r : out) {
        if (r.other < 0 || r.label == SourceRelation::Label::None ||
            r.label == SourceRelation::Label::SharesMostWith)
            continue;
        const SourceRelation &back = out.at(r.other);
        r.mutual = (back.other == r.source && back.label == r.label) ||
                   (dateOrder(articles.at(r.source), articles.at(r.other)) == 0 &&
                    r.reverse >= kDerivedCoverage && r.coverage <= r.reverse + kSizeMargin);
    }
    return out;
}

} // namespace Parallax
