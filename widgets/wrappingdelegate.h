#pragma once

#include <QStyledItemDelegate>

class QTreeWidget;

namespace Parallax {

// Wraps an item's text in the width its column gives it, for a one-column tree of sentences
// (Who Added What, the findings lists): QTreeView measures rows without that width, so its
// own word wrap cuts them.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeWidget *tree);

    // Makes tree's items wrap in its width (this delegate, no horizontal scroll bar, rows
    // measured again when the width changes).
    static void wrapItems(QTreeWidget *tree);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    QTreeWidget *m_tree;
};

} // namespace Parallax
