#pragma once

#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>

namespace Parallax {

class SynopsisModel;

// Paints a synopsis cell: wrapped plain text with highlight spans in the source's colour
// (underlined too, so that they survive greyscale), page furniture dimmed, and a hatched empty
// cell where the source lacks the unit.
class SynopsisDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// The synopsis: one column per source, one row per unit, rows sized to their tallest cell.
class SynopsisView : public QTableView
{
    Q_OBJECT

public:
    explicit SynopsisView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    SynopsisModel *synopsisModel() const;
    void scrollToRow(int row);
    void fitColumns();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override; // a new font: columns and rows fitted again

private:
    void scheduleRowHeights();

    QTimer m_rowHeights;
};

} // namespace Parallax
