#pragma once

#include <QColor>
#include <QPalette>

namespace Parallax {

// The colour of a source: hues spaced by the golden angle, so that any number of sources get
// distinct colours and the first twelve are far apart; lightness chosen for the palette, so
// swatches and highlights stay readable on light and dark themes.
QColor sourceColor(int index, const QPalette &palette);
// A highlight background for a source's text: its colour blended into the base colour.
QColor sourceHighlight(int index, const QPalette &palette);
bool isDarkPalette(const QPalette &palette);

} // namespace Parallax
