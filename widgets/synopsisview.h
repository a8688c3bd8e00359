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
    // Columns share the viewport's width, each at least a readable minimum of average
    // characters (kMinimumColumnCharacters; kCompactColumnCharacters in compact mode), and the
    // view scrolls sideways when they do not fit.
    void fitColumns();
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

    static constexpr int kMinimumColumnCharacters = 26;
    static constexpr int kCompactColumnCharacters = 16;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override; // a new font: columns and rows fitted again

private:
    void scheduleRowHeights();

    QTimer m_rowHeights;
    bool m_compact = false;
};

} // namespace Parallax
