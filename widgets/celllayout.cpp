#include "celllayout.h"

#include <QTextLayout>
#include <QTextOption>

#include <cmath>

namespace Parallax {

int CellLayout::layout(QTextLayout &textLayout, int width)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    textLayout.setTextOption(option);
    const qreal lineWidth = std::max(10, width - 2 * kPadding);
    qreal y = 0;
    textLayout.beginLayout();
    for (QTextLine line = textLayout.createLine(); line.isValid(); line = textLayout.createLine()) {
        line.setLineWidth(lineWidth);
        line.setPosition(QPointF(kPadding, kPadding + y));
        y += line.height();
    }
    textLayout.endLayout();
    return std::max(kMinimumHeight, int(std::ceil(y)) + 2 * kPadding);
}

int CellLayout::height(const QString &text, const QFont &font, int width)
{
    if (text.isEmpty())
        return kMinimumHeight;
    QTextLayout textLayout(text, font);
    return layout(textLayout, width);
}

} // namespace Parallax
