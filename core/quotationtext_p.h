#pragma once

// The quotations of a sentence and the capitalised runs around them (quotations.cpp,
// speakerfinder.cpp); not part of the engine's interface.

#include <QList>
#include <QString>

namespace Parallax {

// One quotation in a sentence; positions in UTF-16 code units of the sentence's text.
struct QuotedRange
{
    qsizetype begin = 0; // the opening mark
    qsizetype end = 0;   // after the closing mark (or the sentence's end)
    qsizetype start = 0; // the quoted text, end exclusive
    qsizetype stop = 0;
};

// A run of capitalised words; positions in UTF-16 code units of the sentence's text.
struct NameRun
{
    qsizetype begin = 0;
    qsizetype end = 0;
    QString text;
    bool atStart = false; // begins with the sentence's first word
};

// The quotations of a sentence, outermost only: “…”, „…“, «…», »…«, ‘…’, "…" and the like; a
// quotation that does not close in the sentence runs to its end.
QList<QuotedRange> quotedRanges(const QString &text);

// Runs of capitalised words outside the quotations; the one the sentence starts with is marked.
QList<NameRun> nameRuns(const QString &text, const QList<QuotedRange> &quoted);

} // namespace Parallax
