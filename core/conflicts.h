#pragma once

#include "article.h"
#include "comparison.h"

#include <QList>
#include <QString>

namespace Parallax {

// One value of a disputed fact and who states it.
struct ConflictSide
{
    QString value;             // as the first of its sources writes it ("32", "Wednesday")
    QList<qsizetype> sources;  // ascending
    QList<qsizetype> segments; // ascending: the sentences that state it
};

// Sources that disagree, within one unit, on a quantity: a number, an amount, a measure, a date
// or a weekday ("32" / "31", "Tuesday" / "Wednesday", "EUR 5m" / "EUR 6m"), or on the title of a
// person they name ("Admiral" / "General"), or on a name ("in Minsk" / "in Vienna"), or on
// whether something is so ("will attend" / "will not attend").
struct Conflict
{
    qsizetype unit = 0; // index in Comparison::units
    // Quantity::dimension() ("count", "weekday"), "title", "name", "negation" or "speaker" (who
    // said a quotation, addSpeakerConflicts())
    QString dimension;
    QList<ConflictSide> sides; // two or more, ordered by their value (Quantity::key())
    QString about; // what the values are of: a "speaker" conflict's quotation; else empty
};

// The conflicts of a comparison, in the order of its units. Two aligned sentences of different
// sources disagree when one states a quantity the other does not (compared as values, so
// "1.8 million euros" and "EUR 1.8m" agree) and the other states a different one of the same
// dimension instead; a value one source leaves out is an omission, not a conflict. Bare numbers,
// ranks and percentages disagree only when they count the same word (the word after them, or
// before them at the end of a clause: "32 member states" / "31 member states"). Each side
// lists every source of the unit that states its value. Quantities are read with QuantityReader
// in each article's language.
// A person's title disagrees when sources give one name (its last word) different titles just
// before it: the title is the last capitalised common word of a run of capitalised words that
// names a kind of person (for English, a word WordNet files under "person", so "Mr" is none;
// without WordNet, one that does not start the sentence) and the name the run's last word, which
// the language's dictionary (Lexicon) must not know as a common word unless the name has two words
// or more. An abbreviation ("Gen") and its word agree. Languages without a dictionary get no title
// conflicts.
// A negation disagrees when two sources' sentences differ, in their word diff (wordDiff), by a
// run of negation words only ("not", "nicht", "не": the closed class of each language's grammar)
// with the same words before it and at least two the same after it; its sides are the words
// without and with the negation. Each wording is diffed with at most 16 others of the unit.
// A name disagrees when two wordings that share two thirds of their words say the same words
// around different names (nameConflicts() in conflicts_p.h); a name that another conflict of the
// unit states (a weekday) is left to that conflict.
// Depends only on the set of articles and the units.
QList<Conflict> findConflicts(const QList<Article> &articles, const Comparison &comparison);

} // namespace Parallax
