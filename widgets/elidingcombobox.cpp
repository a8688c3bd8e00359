#include "elidingcombobox.h"
#include "plaintooltip.h"

#include <QEvent>
#include <QStyleOptionComboBox>
#include <QStylePainter>

namespace Parallax {

ElidingComboBox::ElidingComboBox(QWidget *parent)
    : QComboBox(parent)
{}

bool ElidingComboBox::event(QEvent *event)
{
    // Read when the tooltip is asked for: the current item may have changed with the box's
    // signals blocked.
    if (event->type() == QEvent::ToolTip)
        setToolTip(plainToolTip(currentText()));
    return QComboBox::event(event);
}

int ElidingComboBox::textWidth(const QStyleOptionComboBox &option) const
{
    QRect field =
        style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
    int width = field.width() - 2; // the style's own inset of the label
    if (!option.currentIcon.isNull())
        width -= option.iconSize.width() + 4; // the icon and the gap the style leaves after it
    return std::max(0, width);
}

QString ElidingComboBox::shownText() const
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    return fontMetrics().elidedText(option.currentText, Qt::ElideMiddle, textWidth(option));
}

void ElidingComboBox::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    painter.setPen(palette().color(QPalette::Text));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    if (isEditable())
        return; // the line edit shows the text
    option.currentText =
        fontMetrics().elidedText(option.currentText, Qt::ElideMiddle, textWidth(option));
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

} // namespace Parallax
