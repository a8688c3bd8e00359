#include "wrappingdelegate.h"

#include <QHeaderView>
#include <QTreeWidget>

namespace Parallax {

WrappingDelegate::WrappingDelegate(QTreeWidget *tree)
    : QStyledItemDelegate(tree)
    , m_tree(tree)
{}

void WrappingDelegate::wrapItems(QTreeWidget *tree)
{
    tree->setWordWrap(true);
    tree->setUniformRowHeights(false);
    tree->setTextElideMode(Qt::ElideNone);
    tree->setItemDelegate(new WrappingDelegate(tree));
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Row heights depend on the width the text wraps in: measure again when it changes.
    QObject::connect(tree->header(), &QHeaderView::sectionResized, tree,
                     [tree] { tree->doItemsLayout(); });
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    int depth = 0;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        ++depth;
    const int icon =
        opt.features & QStyleOptionViewItem::HasDecoration ? opt.decorationSize.width() + 6 : 0;
    const int width =
        std::max(60, m_tree->viewport()->width() - m_tree->indentation() * (depth + 1) - icon - 8);
    const QRect text =
        opt.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, opt.text);
    return {width, std::max(text.height() + 4, opt.fontMetrics.height() + 4)};
}

void WrappingDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    opt.features |= QStyleOptionViewItem::WrapText;
    opt.textElideMode = Qt::ElideNone;
    QStyledItemDelegate::paint(painter, opt, index);
}

} // namespace Parallax
