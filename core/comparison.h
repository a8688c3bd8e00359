#pragma once

#include "article.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace Parallax {

// How two aligned sentences relate.
enum class Relation {
    Same,       // identical up to normal form (case, quote and dash style, spacing)
    Paraphrase, // say the same thing in other words
    Partial,    // share some of their content
};
QString relationName(Relation relation);

// Segments are numbered across sources in load order: source 0's sentences, then source 1's...
// (every sentence, page furniture included; only story text is aligned).
struct Link
{
    qsizetype a = 0; // segment ids, a < b
    qsizetype b = 0;
    double score = 0;
    Relation relation = Relation::Partial;
};

// A set of sentences, from one or more sources, that say the same thing. Never two
// non-adjacent sentences of one source.
struct Unit
{
    QList<qsizetype> segments; // ascending
    QList<qsizetype> sources;  // ascending, distinct
    qsizetype support() const { return sources.size(); }
};

// A stretch of a segment's text that carries information the sources compared lack.
struct Addition
{
    qsizetype source = 0;
    qsizetype segment = 0;
    qsizetype start = 0; // offsets in the segment's text, end exclusive
    qsizetype end = 0;
    QString text;
};

struct Comparison
{
    qsizetype base = -1;
    QList<qsizetype> firstSegment; // per source: the id of its first segment
    QList<Unit> units;             // in reading order: the base source's, others beside theirs
    QList<Link> links;
    QList<Addition> added;          // what no other loaded source carries
    QList<Addition> addedVsBase;    // what the base source lacks
    QList<qsizetype> movedSegments; // ascending: out of the order the sources agree on
    // Per segment: equal numbers for sentences of the same kind, language and words (the text
    // with its spacing simplified), -1 outside the story; empty when not known.
    QList<int> wording;
    bool cancelled = false;

    qsizetype sourceOf(qsizetype segment) const;
    // The segment's index in its article's sentences.
    qsizetype sentenceOf(qsizetype segment) const
    {
        return segment - firstSegment.value(sourceOf(segment));
    }
    qsizetype segmentOf(qsizetype source, qsizetype sentence) const
    {
        return firstSegment.value(source) + sentence;
    }
    // The aligned sentence pairs between sources x and y (x != y), sorted by (a, b). `links` links
    // the members of a large unit only to its representatives (see docs/json-format.md); here
    // two members of x and y that share a unit but no link are linked through a sentence both
    // are linked to, with the weaker of its two scores, `same` when both links are `same` or
    // the two have the same `wording` (then scored 1), and `partial` when either link is. Cost
    // linear in the number of links.
    QList<Link> linksBetween(qsizetype x, qsizetype y) const;
    // The same for several pairs of sources at once, in the order of `pairs`; one pass over the
    // links for all of them.
    QList<QList<Link>> linksBetween(const QList<std::pair<qsizetype, qsizetype>> &pairs) const;
};

struct CompareOptions
{
    qsizetype base = -1; // -1: the earliest dated source (the first one when none is dated)
    // Weakest similarity that still aligns two sentences (0.2 per STS point; see links' score).
    double threshold = kDefaultThreshold;
    static constexpr double kDefaultThreshold = 0.45;
    // An aligned pair scoring at least this is a paraphrase (Relation::Paraphrase), below it a
    // partial match.
    static constexpr double kParaphraseThreshold = 0.62;
    bool wordNet = true; // match WordNet synonyms when wordnet-base is installed
    // Called as the work goes on with (sources done, sources in all): done never decreases, and
    // reaches the total once every source has been read against the others; it may repeat
    // (a long source, then the clustering, report the same value again).
    std::function<void(qsizetype, qsizetype)> progress;
    const std::atomic_bool *cancel = nullptr; // set to stop early; the result is then partial
};

// The index of the article to compare the others with by default: the earliest dated (date,
// then time); among articles of the same date and time, or when none states one, the first by
// path (files before text that came from none), then by story text. The choice depends on the
// set of articles, not on their order (the same files in any order give the same rows); -1 for
// none.
qsizetype defaultBase(const QList<Article> &articles);

// Aligns the sentences of N versions of a story into units, links the aligned sentences, and
// finds what each source adds (the global alignment of aligner.h). The units, links and `added`
// depend only on the set of articles, not on their order or the base; the base decides the
// order of `units`, `movedSegments` ties and `addedVsBase`. Cost near-linear in the number of
// sources. Cancelled through options.cancel: the result is then partial (cancelled set).
Comparison compare(const QList<Article> &articles, const CompareOptions &options = {});

} // namespace Parallax
