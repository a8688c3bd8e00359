#pragma once

#include "article.h"
#include "comparison.h"

#include <QList>
#include <QString>

#include <vector>

namespace Parallax {

// How one source relates to the source it shares most with: the basis of "who copied whom".
struct SourceRelation
{
    enum class Label {
        None,           // shares less than half of its units with any other source
        SharesMostWith, // shares at least half of its units with `other`, not in a derived way
        RewordingOf,    // carries most of `other`'s units in the same order, reworded
        CopyOf,         // carries most of `other`'s units in the same order, word for word
    };

    qsizetype source = 0;
    qsizetype other = -1; // the source it shares most with; -1 when it shares nothing
    Label label = Label::None;
    double coverage = 0.0;    // share of `source`'s story units that `other` carries, 0-1
    double reverse = 0.0;     // share of `other`'s story units that `source` carries, 0-1
    double order = 0.0;       // share of consecutive shared units that keep their order, 0-1
    double sameWording = 0.0; // share of the linked sentence pairs that are the same words, 0-1
    // Derived from `other` while `other` is (or would be, holding about as many of this one's
    // units) derived from it, and the dates do not tell which came first (both undated, or the
    // same time): "copies of each other", said once for the pair (saidByOther()).
    bool mutual = false;
};

QString relationLabelName(SourceRelation::Label label); // "copy-of", "rewording-of", ...

// Whether a mutual relation is said from the other side of the pair (relations: one per source,
// as sourceRelations() gives them): the other's own relation is the same pair, mutual, and the
// other has the lower index. False for a relation that is not mutual.
bool saidByOther(const QList<SourceRelation> &relations, const SourceRelation &r);

// For every source (in the order of `articles`), the source it shares most story units with and
// what that says: a copy, a rewording, or only much in common. A source is derived from another
// when that other carries at least 80 % of its units with at least 80 % of them in the same
// order; it is a copy when 80 % of the linked sentences are the same words. When each carries
// most of the other, the earlier dated one is the original (an undated one counts as later); when
// the dates do not tell, each is labelled a rewording (or copy) of the other.
//
// Depends only on the set of articles: ties between equally close sources are broken by their
// path and name, never by their position. Cost: the sum over units of their sources squared,
// plus one pass over the links.
QList<SourceRelation> sourceRelations(const QList<Article> &articles, const Comparison &comparison);

// How much of each source every other source carries, for the matrix of who shares what.
struct SharedUnits
{
    qsizetype sources = 0;
    std::vector<int> units;  // per source: the units it appears in
    std::vector<int> shared; // row-major sources x sources: units both a and b appear in
                             // (the diagonal is units[a])

    // The share of a's units that b carries, 0-1; 0 when a has no unit.
    double coverage(qsizetype a, qsizetype b) const;
};

// Counts, for sources 0 .. sources-1 of the comparison, the units each appears in and the
// units each pair shares. Depends only on the comparison's units. Cost: the sum over units of
// their number of sources squared; memory 4 * sources^2 bytes (4 MB for 1000 sources).
SharedUnits sharedUnits(qsizetype sources, const Comparison &comparison);

} // namespace Parallax
