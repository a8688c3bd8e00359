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

int ConsensusDelegate::labelWidth(const QFontMetrics &metrics, const QString &text, int total)
{
    const QString widest = ConsensusModel::tr("%1 of %2").arg(total).arg(total);
    return std::max(metrics.horizontalAdvance(text), metrics.horizontalAdvance(widest));
}

void ConsensusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    // The panel (selection) from the style, the text drawn here: one elided line, without the
    // style's layout of the whole text, which would cost a frame its smoothness.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const auto kind = ConsensusModel::Kind(index.data(ConsensusModel::KindRole).toInt());
    const QPalette &palette = option.palette;
    const QFontMetrics &metrics = option.fontMetrics;
    const bool selected = option.state & QStyle::State_Selected;
    QRect rect = option.rect.adjusted(kMargin, 0, -kMargin, 0);
    QString text = opt.text;
    painter->save();
    if (index.column() == ConsensusModel::SupportColumn && kind != ConsensusModel::Kind::Source) {
        const int total = std::max(1, index.data(ConsensusModel::SourceCountRole).toInt());
        const int support = index.data(ConsensusModel::SupportRole).toInt();
        const int majority = index.data(ConsensusModel::MajorityRole).toInt();
        const bool absent = index.data(ConsensusModel::AbsentRole).toBool();
        const QRect bar = barRect(option.rect, labelWidth(metrics, text, total));
        if (!bar.isEmpty()) {
            // On a selected row the highlight is the row's own colour: the bar takes the
            // selection's text colour instead.
            const QColor solid = absent     ? palette.color(QPalette::Mid)
                                 : selected ? palette.color(QPalette::HighlightedText)
                                            : palette.color(QPalette::Highlight);
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
        painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(rect, Qt::AlignVCenter | Qt::AlignRight, text);
        painter->restore();
        return;
    }
    if (index.column() == ConsensusModel::WordingColumn && kind == ConsensusModel::Kind::Source) {
        // A swatch of the source's colour before its name.
        const int side = std::max(6, metrics.height() - 6);
        const QRect swatch(rect.left(), rect.top() + (rect.height() - side) / 2, side, side);
        painter->drawPixmap(
            swatch, sourceSwatch(index.data(ConsensusModel::ColourRole).toInt(), palette, side));
        rect.setLeft(swatch.right() + kMargin + 1);
    }
    // A long sentence is cut first to what could ever fit (no character is narrower than a
    // third of the average), so that eliding it lays out a line, not the sentence.
    const qsizetype fits = 3 * rect.width() / std::max(1, metrics.averageCharWidth()) + 2;
    if (text.size() > fits)
        text.truncate(text.at(fits - 1).isHighSurrogate() ? fits - 1 : fits);
    const bool absent = index.data(ConsensusModel::AbsentRole).toBool();
    painter->setPen(palette.color(selected ? QPalette::HighlightedText
                                  : absent ? QPalette::PlaceholderText
                                           : QPalette::Text));
    painter->drawText(rect, Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText(text, Qt::ElideRight, rect.width()));
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
