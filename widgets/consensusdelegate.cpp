#include "consensusdelegate.h"

#include "consensusmodel.h"
#include "sourcecolors.h"

#include <QApplication>
#include <QPainter>

namespace Parallax {

namespace {

constexpr int kMargin = 4;
constexpr int kMinimumBar = 24;

} // namespace

QRect ConsensusDelegate::barRect(const QRect &rect, int textWidth)
{
    const int width = rect.width() - textWidth - 3 * kMargin;
    if (width < kMinimumBar)
        return {};
    const int height = std::max(4, rect.height() / 2);
    return QRect(rect.left() + kMargin, rect.top() + (rect.height() - height) / 2, width, height);
}

void ConsensusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const auto kind = ConsensusModel::Kind(index.data(ConsensusModel::KindRole).toInt());
    if (index.column() == ConsensusModel::WordingColumn && kind == ConsensusModel::Kind::Source) {
        // A swatch of the source's colour, then its name.
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        opt.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const int side = std::max(6, option.fontMetrics.height() - 6);
        const QRect swatch(option.rect.left() + kMargin,
                           option.rect.top() + (option.rect.height() - side) / 2, side, side);
        const int colour = index.data(ConsensusModel::ColourRole).toInt();
        painter->fillRect(swatch, sourceColor(colour, option.palette));
        QStyleOptionViewItem text = option;
        initStyleOption(&text, index);
        text.rect.setLeft(swatch.right() + kMargin);
        text.backgroundBrush = Qt::NoBrush;
        text.state &= ~QStyle::State_HasFocus;
        painter->save();
        painter->setPen(option.state & QStyle::State_Selected
                            ? option.palette.color(QPalette::HighlightedText)
                            : option.palette.color(QPalette::Text));
        painter->setFont(text.font);
        painter->drawText(
            text.rect, Qt::AlignVCenter | Qt::AlignLeft,
            option.fontMetrics.elidedText(text.text, Qt::ElideRight, text.rect.width()));
        painter->restore();
        return;
    }
    if (index.column() != ConsensusModel::SupportColumn || kind == ConsensusModel::Kind::Source) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // The support bar.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString label = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int total = std::max(1, index.data(ConsensusModel::SourceCountRole).toInt());
    const int support = index.data(ConsensusModel::SupportRole).toInt();
    const int majority = index.data(ConsensusModel::MajorityRole).toInt();
    const bool absent = index.data(ConsensusModel::AbsentRole).toBool();
    const int textWidth = option.fontMetrics.horizontalAdvance(label);
    const QRect bar = barRect(option.rect, textWidth);
    const QPalette &palette = option.palette;
    painter->save();
    if (!bar.isEmpty()) {
        const QColor solid =
            absent ? palette.color(QPalette::Mid) : palette.color(QPalette::Highlight);
        QColor light = solid;
        light.setAlphaF(0.4f);
        painter->fillRect(bar, palette.brush(QPalette::Base));
        const auto widthOf = [&](int count) {
            return int(qint64(bar.width()) * std::clamp(count, 0, total) / total);
        };
        const int all = widthOf(support);
        const int most = kind == ConsensusModel::Kind::Unit ? widthOf(majority) : all;
        painter->fillRect(QRect(bar.left(), bar.top(), all, bar.height()), light);
        painter->fillRect(QRect(bar.left(), bar.top(), most, bar.height()), solid);
        painter->setPen(palette.color(QPalette::Mid));
        painter->drawRect(bar.adjusted(0, 0, -1, -1));
    }
    painter->setPen(option.state & QStyle::State_Selected ? palette.color(QPalette::HighlightedText)
                                                          : palette.color(QPalette::Text));
    const QRect textRect = option.rect.adjusted(kMargin, 0, -kMargin, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignRight, label);
    painter->restore();
}

QSize ConsensusDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 6));
    return size;
}

} // namespace Parallax
