#pragma once

#include "token.h"

#include <QList>

namespace Parallax {

struct DiffOptions
{
    bool ignoreCase = true;
    bool ignorePunctuation = false;
    bool ignoreQuoteStyle = true;        // “…” and "…", ’ and '
    bool ignoreSpellingVariants = false; // defence/defense, Zelensky/Zelenskyy
};

// One run of a word diff. Offsets are characters in the two texts the tokens came from; an
// empty range (begin == end) sits where the other side's words would go.
struct DiffSpan
{
    enum class Kind { Equal, Delete, Insert, Change };

    Kind kind = Kind::Equal;
    qsizetype aBegin = 0, aEnd = 0;             // in the first text
    qsizetype bBegin = 0, bEnd = 0;             // in the second text
    qsizetype aFirstToken = 0, aLastToken = -1; // token indices, inclusive; empty when last < first
    qsizetype bFirstToken = 0, bLastToken = -1;
};

// A word-level diff (dtl, O(ND)) of two tokenised texts, compared in the form the options ask
// for. Equal runs are included, so the spans cover both texts in order.
QList<DiffSpan> wordDiff(const TokenList &a, const TokenList &b, const DiffOptions &options = {});

} // namespace Parallax
