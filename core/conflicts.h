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
// or a weekday ("32" / "31", "Tuesday" / "Wednesday", "EUR 5m" / "EUR 6m").
struct Conflict
{
    qsizetype unit = 0;        // index in Comparison::units
    QString dimension;         // what is measured: Quantity::dimension() ("count", "weekday")
    QList<ConflictSide> sides; // two or more, ordered by their value (Quantity::key())
};

// The conflicts of a comparison, in the order of its units. Two aligned sentences of different
// sources disagree when one states a quantity the other does not (compared as values, so
// "1.8 million euros" and "EUR 1.8m" agree) and the other states a different one of the same
// dimension instead; a value one source leaves out is an omission, not a conflict. Bare numbers,
// ranks and percentages disagree only when they count the same word (the word after them, or
// before them at the end of a clause: "32 member states" / "31 member states"). Each side
// lists every source of the unit that states its value. Quantities are read with QuantityReader
// in each article's language. Depends only on the set of articles and the units.
QList<Conflict> findConflicts(const QList<Article> &articles, const Comparison &comparison);

} // namespace Parallax
