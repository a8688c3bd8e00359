#include "sourcecolors.h"

#include <QFont>
#include <QGuiApplication>
#include <QPainter>

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

QString sourceBadge(int index)
{
    QString badge;
    for (int n = index; n >= 0; n = n / 26 - 1)
        badge.prepend(QChar(u'A' + n % 26));
    return badge;
}

void drawSourceBadge(QPainter &painter, const QRectF &square, int index, const QColor &colour)
{
    const QString badge = sourceBadge(index);
    if (badge.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::TextAntialiasing);
    QFont font;
    font.setBold(true);
    // One letter fills most of the square; two or more share it.
    font.setPixelSize(std::max(1, int(square.height() * (badge.size() > 1 ? 0.5 : 0.75))));
    painter.setFont(font);
    // Relative luminance (WCAG 2.1) decides between black and white letters.
    painter.setPen(relativeLuminance(colour) > 0.179 ? Qt::black : Qt::white);
    painter.drawText(square, Qt::AlignCenter, badge);
    painter.restore();
}

QPixmap sourceSwatch(int index, const QPalette &palette, int side)
{
    const qreal ratio = qApp ? qApp->devicePixelRatio() : 1.0;
    QPixmap pixmap(QSize(side, side) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    const QColor colour = sourceColor(index, palette);
    pixmap.fill(colour);
    QPainter painter(&pixmap);
    drawSourceBadge(painter, QRectF(0, 0, side, side), index, colour);
    return pixmap;
}

double relativeLuminance(const QColor &colour)
{
    auto linear = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) +
           0.0722 * linear(colour.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double x = relativeLuminance(a);
    const double y = relativeLuminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

} // namespace Parallax
