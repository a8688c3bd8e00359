#pragma once

#include "article.h"
#include "comparison.h"
#include "conflicts.h"
#include "worddiff.h"

#include <QList>
#include <QString>

namespace Parallax {

// One wording of a quotation and who prints it.
struct QuotationSide
{
    QString text;    // the words between the marks, as the first of its sentences writes them
    QString speaker; // the attribution: capitalised words next to the quotation, or empty
    QList<qsizetype> sources;  // ascending
    QList<qsizetype> segments; // ascending: the sentences that hold this wording
    // Where the quotation stands in the first of `segments` (UTF-16 code units in the
    // sentence's text, end exclusive, the marks left out).
    qsizetype start = 0;
    qsizetype end = 0;
    // The word diff from the first side's text to this one's (offsets in the two `text`s);
    // empty for the first side and when the wordings are the same words.
    QList<DiffSpan> diff;
};

// A person some sources give a quotation to.
struct QuotationAttribution
{
    QString speaker;
    QList<qsizetype> sources;  // ascending
    QList<qsizetype> segments; // ascending: the sentences that hold the quotation there
};

// A quotation compared across sources.
struct QuotationFinding
{
    enum class Kind {
        Agree,   // two or more sources print the same words (case and punctuation aside)
        Altered, // two or more sources print it in words that differ, not only by length
        Partial, // every shorter wording is a contiguous run of the words of the longest one
        Single,  // only one source prints it
    };

    Kind kind = Kind::Single;
    qsizetype unit = 0; // index in Comparison::units: the first unit that holds it
    // One per distinct wording, longest first (then by text): one for Agree; for Single, the
    // wordings of its one source.
    QList<QuotationSide> sides;
    // Who the sources give it to, whatever its wording: one entry per person, by speaker. Two
    // speakers are one person when their last words are the same or spelling variants
    // ("Lavrov", "Foreign Minister Sergey Lavrov"); the entry shows the longest. Places ("as
    // Russia warned"), headlines (every word capitalised) and sources that name nobody are left
    // out, and so is a source that gives the words to two people.
    QList<QuotationAttribution> attributions;
    // The same, counting only the sources that name the speaker at the quotation beyond doubt
    // (the tag right after it, "…," Berg said; a verb of saying right after the name that
    // follows it; or the only name before it, which a verb of saying follows, "Berg said: …"),
    // and only when they name two or more people and no source names two of them in the
    // quotation's sentence; else empty. Two or more: the sources disagree on who said it.
    QList<QuotationAttribution> disputedAttributions;
};
QString quotationKindName(QuotationFinding::Kind kind); // "agree", "altered", "partial", "single"

// The quotations of a comparison's story sentences, compared across sources, in the order of
// their units. A quotation is the text between paired quotation marks (“…”, „…“, „…”, «…»,
// »…«, ‹…›, ‘…’, ‚…‘, "…", '…'; a “, „ or « that does not close in the sentence runs to its end,
// and a sentence whose first mark closes a quotation begins inside it)
// of three or more words: one or two quoted words are scare quotes or titles. Its speaker is
// the run of capitalised words nearest to it outside the marks in the same sentence (the
// sentence's first word alone does not count), failing that in the nearest sentence of its
// paragraph; no list of names or verbs is used. Two quotations of different sources are the
// same statement when their sentences are in one unit or in units a link joins, and their words
// (case and punctuation aside) are the same, one's words are a contiguous run of the other's,
// or they share at least 60 % of their words (Dice). Depends only on the set of articles and
// the units.
QList<QuotationFinding> findQuotations(const QList<Article> &articles,
                                       const Comparison &comparison);

// Where a side's wording (finding.sides[side]) first differs from the others, in UTF-16 code
// units of its text: for a side after the first, the first change its diff marks; for the first
// side, the earliest change the other sides' diffs mark in it; 0 when nothing differs.
qsizetype firstChange(const QuotationFinding &finding, qsizetype side);
// At most `length` characters (UTF-16 code units) of a side's text, around firstChange() (a
// third of them before it), cut between words, with "…" where it is cut: an excerpt that shows
// what was changed ("…in 2019 and nobody acted on them…").
QString changeExcerpt(const QuotationFinding &finding, qsizetype side, qsizetype length);

// Adds to conflicts (findConflicts() of the same comparison) one conflict of dimension "speaker"
// for each quotation (findQuotations()) that sources give to different people: a side per person
// (QuotationFinding::disputedAttributions), its value the speaker, `about` the quotation's words
// (at most 80 characters); in the quotation's first unit. A name conflict of that unit between the
// same people (the same words around "Reyes" / "Trask") is that conflict and is dropped. Keeps the
// conflicts in the order of their units.
void addSpeakerConflicts(QList<Conflict> *conflicts, const QList<QuotationFinding> &quotations);

// findConflicts() and findQuotations() of one comparison, found at once (the quotations on a
// thread of their own when the machine has a second core), then addSpeakerConflicts(): the same
// lists as calling the three in turn.
struct ConflictsAndQuotations
{
    QList<Conflict> conflicts;
    QList<QuotationFinding> quotations;
};
ConflictsAndQuotations findConflictsAndQuotations(const QList<Article> &articles,
                                                  const Comparison &comparison);

} // namespace Parallax
