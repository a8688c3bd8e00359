#pragma once

#include <QColor>
#include <QPalette>
#include <QPixmap>
#include <QString>

class QPainter;
class QRectF;

namespace Parallax {

// The colour of a source: hues spaced by the golden angle, so that any number of sources get
// distinct colours and the first twelve are far apart; lightness chosen for the palette, so
// swatches and highlights stay readable on light and dark themes.
QColor sourceColor(int index, const QPalette &palette);
// A highlight background for a source's text: its colour blended into the base colour.
QColor sourceHighlight(int index, const QPalette &palette);
bool isDarkPalette(const QPalette &palette);

// The second cue of a source beside its colour, for when hues come close (past about eight
// sources) or cannot be seen: letters counted like spreadsheet columns, "A" to "Z", then "AA",
// "AB"... for index 0, 1, 2...; empty for a negative index.
QString sourceBadge(int index);
// A square of side logical pixels in the source's colour with its badge drawn on it in black or
// white, whichever contrasts more; made for the screen's device pixel ratio.
QPixmap sourceSwatch(int index, const QPalette &palette, int side = 14);
// Draws the badge of source index in square (logical units of painter), in black or white,
// whichever contrasts more with colour, the colour the square is filled with.
void drawSourceBadge(QPainter &painter, const QRectF &square, int index, const QColor &colour);

// WCAG 2.1 relative luminance of an sRGB colour, 0 (black) to 1 (white), and the contrast ratio
// of two colours, 1 to 21 (4.5 is the AA minimum for body text).
double relativeLuminance(const QColor &colour);
double contrastRatio(const QColor &a, const QColor &b);

} // namespace Parallax
