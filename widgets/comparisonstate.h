#pragma once

#include "article.h"
#include "comparison.h"
#include "conflicts.h"
#include "derivation.h"
#include "note.h"
#include "partialdetails.h"
#include "quotations.h"
#include "worddiff.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

#include <memory>

namespace Parallax {

// One source as the views show it.
struct SourceInfo
{
    qsizetype id = 0; // position in the list of loaded sources (stable while loaded)
    QString name;     // what the user sees (the article's name, or the one they gave it)
    int colour = 0;   // index for sourceColor()
};

// What the views show: the sources compared (the visible ones, in the user's order), and their
// comparison. Immutable once made; shared by the views.
struct ComparisonState
{
    QList<Article> articles;
    QList<SourceInfo> sources; // parallel to articles
    Comparison comparison;
    // Where sources contradict each other (findConflicts() of the articles and comparison), in
    // the order of the units; filled by whoever makes the state.
    QList<Conflict> conflicts;
    // The quotations compared across sources (findQuotations()), in the order of the units;
    // filled by whoever makes the state.
    QList<QuotationFinding> quotations;
    // For every source, the one it shares most with and whether it copies or rewords it
    // (sourceRelations()); filled by whoever makes the state.
    QList<SourceRelation> relations;
    // The names, numbers and quotations only some sources state (findPartialDetails()); filled
    // by whoever makes the state.
    QList<PartialDetail> partialDetails;
    // True while the four lists above have not been looked for yet: the window shows a new
    // comparison first and the findings when they are found (withFindings()).
    bool findingsPending = false;
    // Which comparison this is, set by whoever makes the state (0: not set). withFindings()
    // keeps it, so that a view told of the same comparison with its findings found
    // (sameComparison()) keeps its rows, scroll position and selection.
    quint64 id = 0;

    // Fills conflicts, quotations, relations and partialDetails from the articles and the
    // comparison: what the findings views and the report show, and clears findingsPending. Call
    // it on the thread that makes the state, before sharing it; it costs about as much as the
    // findings functions it calls (for 1000 sources, more than the alignment).
    void findFindings();
    // Whether `other` holds the same comparison as this state (the same id, not 0), with or
    // without its findings.
    bool sameComparison(const ComparisonState *other) const
    {
        return other && id != 0 && other->id == id;
    }

    const Sentence *sentence(qsizetype segment) const;
    QString sourceName(qsizetype source) const { return sources.value(source).name; }
    // The conflicts within one unit (most units have none).
    QList<const Conflict *> conflictsOf(qsizetype unit) const;
    // Which units hold the segment (most segments are in one; a merged sentence in two).
    QList<qsizetype> unitsOf(qsizetype segment) const;
    // The share of a source's story words that are additions (relative to all, or to the base).
    double addedShare(qsizetype source, bool relativeToBase) const;
    const QList<Addition> &additions(bool relativeToBase) const
    {
        return relativeToBase ? comparison.addedVsBase : comparison.added;
    }
};
// Sources that would show the same name (copies with one headline) are told apart: each such
// name gets the outlet in brackets, else the file name, else its place among them ("(2)").
// `sources` and `articles` are parallel; names that differ are left as they are.
void distinguishNames(QList<SourceInfo> &sources, const QList<Article> &articles);

// A conflict's values, each with the names of the sources that state it, as plain text:
// "32 (AP, Reuters) / 31 (TASS)".
QString conflictValues(const Conflict &conflict, const ComparisonState &state);

using ComparisonStatePtr = std::shared_ptr<const ComparisonState>;

// `state` itself when its findings are found (or it is null); else a copy of it, the same id,
// with findFindings() done. The copy shares the articles and the comparison (Qt's implicit
// sharing), so it costs what findFindings() costs. Safe on any thread: `state` is only read.
ComparisonStatePtr withFindings(const ComparisonStatePtr &state);

// How the comparison is shown; changing these never re-reads or re-aligns anything.
struct ViewOptions
{
    enum class Highlight {
        Added,      // only what the aligner counts as added, in the source's colour
        AllChanges, // every wording change against the base source
    };
    Highlight highlight = Highlight::Added;
    bool relativeToBase = false; // additions: what the base lacks instead of what all lack
    bool showFurniture = true;   // captions, bylines, read-more links (dimmed)
    DiffOptions diff;

    bool operator==(const ViewOptions &other) const;

    // For settings and session files: plain keys and values.
    QVariantMap toMap() const;
    static ViewOptions fromMap(const QVariantMap &map);
};

// A highlighted stretch of a cell's text.
struct HighlightSpan
{
    enum class Kind { Added, Inserted, Changed };
    qsizetype start = 0;
    qsizetype end = 0;
    Kind kind = Kind::Added;

    bool operator==(const HighlightSpan &other) const = default;
};

} // namespace Parallax

Q_DECLARE_METATYPE(Parallax::HighlightSpan)
