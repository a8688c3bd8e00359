#pragma once

#include "comparisonstate.h"
#include "derivation.h"

#include <QAbstractTableModel>
#include <QWidget>

class QLabel;
class QTableView;

namespace Parallax {

// Who shares what with whom, as a heat map: one row and one column per source (in the
// comparison's order); the cell (a, b) is the share of a's units that b carries too, and is the
// darker the more it shares. The pair that sourceRelations() labels a copy or a rewording is in
// bold, with the label in the tooltip. Computed when first shown (sharedUnits(): cost the sum
// over units of their sources squared, 4 bytes per cell).
class SourceMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        CoverageRole = Qt::UserRole + 1, // double 0-1: share of the row's units the column has
        LabelRole, // int (SourceRelation::Label) of the row source to the column source
    };

    explicit SourceMatrixModel(QObject *parent = nullptr);

    void setState(ComparisonStatePtr state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Rows: the source's letter and name; columns: its letter (the name in the tooltip).
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A cell's colour for a share in [0, 1]: the palette's base blended towards its highlight.
    // Its text is whichever of Text and HighlightedText has the higher WCAG 2 contrast on it.
    static QColor background(const QPalette &palette, double share);

private:
    void compute() const; // fills m_counts and m_relations on first use

    ComparisonStatePtr m_state;
    mutable bool m_computed = false;
    mutable SharedUnits m_counts;
    mutable QList<SourceRelation> m_relations;
};

// The matrix of SourceMatrixModel with a line that says how to read it. Activating a cell
// (a click, Enter) asks for that pair of sources to be compared side by side.
class SourceMatrixView : public QWidget
{
    Q_OBJECT

public:
    explicit SourceMatrixView(QWidget *parent = nullptr);

    void setState(ComparisonStatePtr state);
    QTableView *table() const { return m_table; }
    SourceMatrixModel *model() const { return m_model; }

Q_SIGNALS:
    // left: the row's source, right: the column's (indices into the comparison's sources).
    void pairActivated(qsizetype left, qsizetype right);

private:
    SourceMatrixModel *m_model;
    QLabel *m_legend;
    QTableView *m_table;
};

} // namespace Parallax
