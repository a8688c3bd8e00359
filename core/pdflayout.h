#pragma once

#include "rawblock.h"

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <functional>

namespace Parallax {

// One word of a page's text layer as a PDF library reports it.
struct PositionedWord
{
    QString text;
    QRectF box;             // in points (1/72 inch), origin top left, y growing downwards
    bool spaceAfter = true; // the text layer puts a space after the word
};

struct PositionedPage
{
    QSizeF size; // in points
    QList<PositionedWord> words;
};

// Rebuilds the paragraphs a reader sees from the positioned words of a document's pages.
//
// - Reading order by recursive XY-cut (Nagy and Seth, "Hierarchical representation of optically
//   scanned documents", ICPR 1984): each region is cut at its widest empty horizontal or
//   vertical band, so columns are read one after the other and a heading across them first.
// - Lines from words that share a baseline; paragraphs from line spacing, first-line indentation,
//   short last lines and changes of font size; a paragraph continues across a column or a page
//   when its last line stops mid-sentence.
// - Running headers and footers (a line in the top or bottom margin that repeats, numbers aside,
//   on at least half of the pages) are kept once, as furniture; page numbers are dropped.
// - Words hyphenated at line ends are rejoined ("hyphen-ated" -> "hyphenated") unless both
//   halves are words and the whole is not (the `isWord` callback decides; without it every
//   line-end hyphen before a lower-case letter is removed). Soft hyphens are removed and the
//   typographic ligatures U+FB00-FB06 expanded.
// - A paragraph set in a larger size than the body text (the size of most characters) is a
//   heading; level 1 is the largest size.
class PdfLayout
{
public:
    using WordCheck = std::function<bool(const QString &word)>;

    static QList<RawBlock> paragraphs(const QList<PositionedPage> &pages,
                                      const WordCheck &isWord = {});

    // The words of one page in reading order (exposed for tests).
    static QList<PositionedWord> readingOrder(const QList<PositionedWord> &words);
};

} // namespace Parallax
