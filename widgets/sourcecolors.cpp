#include "sourcecolors.h"

#include <cmath>

namespace Parallax {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor sourceColor(int index, const QPalette &palette)
{
    constexpr double kGoldenAngle = 137.507764;
    const double hue = std::fmod(210.0 + kGoldenAngle * index, 360.0);
    // Every other round of twelve a little paler, so neighbours in hue still differ.
    const double saturation = (index / 12) % 2 ? 0.55 : 0.75;
    const double value = isDarkPalette(palette) ? 0.95 : 0.80;
    return QColor::fromHsvF(float(hue / 360.0), float(saturation), float(value));
}

QColor sourceHighlight(int index, const QPalette &palette)
{
    const QColor colour = sourceColor(index, palette);
    const QColor base = palette.color(QPalette::Base);
    // Text on it keeps a contrast of at least 4.5:1 (WCAG AA) on both palettes.
    const double share = isDarkPalette(palette) ? 0.32 : 0.35;
    return QColor::fromRgbF(float(base.redF() * (1 - share) + colour.redF() * share),
                            float(base.greenF() * (1 - share) + colour.greenF() * share),
                            float(base.blueF() * (1 - share) + colour.blueF() * share));
}

} // namespace Parallax
