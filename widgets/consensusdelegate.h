#pragma once

#include <QStyledItemDelegate>

namespace Parallax {

// Paints the consensus view's cells: the support column as a bar of k of N sources (the part
// that uses the most common wording solid, other wordings lighter, the sources that lack the
// unit empty) with "k of N" beside it, and a swatch of the source's colour before a source's
// name. Everything else as plain text (never rich text).
class ConsensusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where the bar goes in a support cell of `rect`: the left part, leaving textWidth pixels
    // for the "k of N" text on the right. Empty when the cell is too narrow for a bar.
    static QRect barRect(const QRect &rect, int textWidth);
    // The pixels kept for the label `text` of a support cell out of `total` sources: those of
    // the widest such label ("30 of 30"), so that every bar of a view has one scale.
    static int labelWidth(const QFontMetrics &metrics, const QString &text, int total);
};

} // namespace Parallax
