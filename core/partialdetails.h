#pragma once

#include "article.h"
#include "comparison.h"
#include "conflicts.h"
#include "quotations.h"

#include <QList>
#include <QString>

namespace Parallax {

// A name, number or quotation that some sources state and others state nowhere: what a reader
// of those others never learns.
struct PartialDetail
{
    enum class Kind { Name, Number, Quote };

    Kind kind = Kind::Name;
    QString text;             // "Giuseppe Cavo Dragone", "30 nations" (a count with the noun
                              // after it, in English; the number alone when its sources
                              // count different nouns), the quoted words (at most 80
                              // characters); the longest way a source writes it
    qsizetype unit = 0;       // index in Comparison::units: the first unit that states it
    QList<qsizetype> sources; // ascending: every source that states it, in any unit
    // What to look for in a source's sentences to find where it states the detail, sorted: a
    // name's last word, a quotation's words, and every way the sources write a number ("12",
    // "twelve"; "Aug. 20, 2025", "20 August").
    QStringList forms;
};

// The names (runs of capitalised words), numbers and quotations of the story text (body and
// subheadings: headlines capitalise every word) that at least one source states and another
// states nowhere in its text, in the order of their first units, names before numbers before
// quotations within a unit. A number is read as a value (QuantityReader): a source states it when
// it writes the same value in any form ("12", "twelve"; "$2m", "$2 million"; a date with every
// part both state the same, "20 August" for "Aug. 20, 2025"); listed are numbers written with a
// digit, dates and weekdays, not counts in words ("one", "two"), and the words of a date are no
// name ("Aug", "Wednesday"). A source states a name when it has the name's last word, also spelt
// another way (isSpellingVariant(): Zelensky, Zelenskyy) or with dots ("U.S." for "US"), or the
// whole name in any case ("military committee"); a number or quotation when its text holds it
// (case, and punctuation at the quotation's ends, aside). A word that opens a sentence counts as
// a name only where some article writes it capitalised inside a sentence (after a word, a number
// or a comma); a possessive ends a name ("NATO’s Military Committee" is two); one-letter words, a
// lone word some article also writes in lower case and, in English, a lone word WordNet knows as
// an adjective ("Western", "French") are no names. Depends only on the set of articles; cost:
// linear in the articles' text (each distinct sentence is read for numbers once), for each name
// the capitalised words of its first letter, and for each date or time of day the sources'
// dates of its month (times of day).
QList<PartialDetail> findPartialDetails(const QList<Article> &articles,
                                        const Comparison &comparison);

// Drops from details (findPartialDetails()) the quotations that quotations (findQuotations()
// of the same comparison) reports as worded differently or printed in part by other sources:
// one statement, listed there with its wordings, not a detail only some sources carry. A
// quotation is matched by its words, case and punctuation aside.
void dropQuotationsWordedElsewhere(QList<PartialDetail> *details,
                                   const QList<QuotationFinding> &quotations);

// Drops from details (findPartialDetails()) the names and numbers that are a side of one of
// conflicts (findConflicts(), addSpeakerConflicts()): "4.8 million pounds" where the others say
// 4.2 million is a conflict, listed there, not a detail only some sources carry. A detail is
// that side when one of its forms is the side's value (a name: the value's last word) and the
// side's sources include all of the detail's.
void dropConflictingDetails(QList<PartialDetail> *details, const QList<Conflict> &conflicts);

// The details that one set of sources alone states.
struct PartialDetailGroup
{
    QList<qsizetype> sources; // ascending
    QList<PartialDetail> details;
};

// details (as findPartialDetails() gives them) grouped by their sources, the groups in the order
// of their first units; within a group names first (those of more words first: a person with a
// title says most), then numbers, then quotations, each in the order of their units.
QList<PartialDetailGroup> groupBySources(const QList<PartialDetail> &details);

} // namespace Parallax
