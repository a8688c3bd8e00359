#pragma once

#include <QPalette>
#include <QString>

namespace Parallax {

// The window's colours: the desktop's own, or Parallax's light or dark palette drawn with Qt's
// Fusion style (which follows a palette on every platform). The views pick their source
// colours and highlights for the palette in use (sourceColor()), so both stay readable. The
// choice is saved in the settings ("ui/theme": "system", "light" or "dark").
class Theme
{
public:
    enum class Choice { System, Light, Dark };

    static Choice saved();
    static void save(Choice choice);
    // Applies a choice to the running QApplication. The first call remembers the style and
    // palette the application started with, which System gives back.
    static void apply(Choice choice);

    static QPalette lightPalette();
    static QPalette darkPalette();
};

} // namespace Parallax
