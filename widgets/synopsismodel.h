#pragma once

#include "comparisonstate.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Parallax {

class NoteBook;

// The synopsis: one column per source, one row per unit in reading order (the base source's,
// others beside their neighbours). A cell holds that source's sentences of the unit; an absent
// cell means the source does not carry it. Page furniture gets rows of its own, after the
// sentence it followed, unless hidden.
class SynopsisModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        SegmentsRole = Qt::UserRole + 1, // QList<qsizetype>: the cell's segments
        HighlightsRole,                  // QList<HighlightSpan> in the cell's text
        AbsentRole,                      // bool: the source lacks this unit
        FurnitureRole,                   // bool: page furniture, shown dimmed
        ColourRole,                      // int: the source's colour index
        MovedRole,                       // bool: aligned out of the base order
        SupportRole,                     // int: how many sources carry the unit
        UnitRole,                        // int: the unit's index, -1 for furniture rows
        // QList<HighlightSpan> (kind Added, unused): where the text looked for with Find is in
        // the cell's text, in UTF-16 code units; empty without a search
        FoundRole,
    };

    explicit SynopsisModel(QObject *parent = nullptr);

    void setState(ComparisonStatePtr state);
    // What Find looks for (compared without case); its hits are marked in the cells. Empty: none.
    void setFindText(const QString &text);
    const QString &findText() const { return m_findText; }
    const ComparisonStatePtr &state() const { return m_state; }
    void setOptions(const ViewOptions &options);
    const ViewOptions &options() const { return m_options; }
    // The user's notes (not owned; null: none): a row with a note gets its status mark after the
    // number, a badge in the status colour and the note in the tooltip of its row header.
    void setNoteBook(const NoteBook *notes);

    int rowOfSegment(qsizetype segment) const; // -1 when not shown
    int rowOfUnit(qsizetype unit) const;
    qsizetype unitOfRow(int row) const;
    // Rows where sources differ (a unit not all sources carry, or any highlight), in order.
    bool rowHasDifference(int row) const;
    bool rowHasAddition(int row) const;
    // Whether sources contradict each other in the row (ComparisonState::conflicts).
    bool rowHasConflict(int row) const;
    // The cell of a row that shows its difference or addition, for navigation: `preferred` when
    // it qualifies, else the leftmost that does (a cell with marked words; for a difference
    // without any, the first cell holding text); -1 when none.
    int differenceColumn(int row, int preferred) const;
    int additionColumn(int row, int preferred) const;
    // The cell of a conflict row to show: `preferred` when its source states one of the values,
    // else a source on a side without the base (the value that differs from the base's).
    int conflictColumn(int row, int preferred) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Cell
    {
        QList<qsizetype> segments;
        QList<qsizetype> offsets; // where each segment starts in text
        QString text;
    };
    struct Row
    {
        qsizetype unit = -1;
        QList<Cell> cells; // one per source
    };

    void rebuild();
    QList<HighlightSpan> highlights(int row, int column) const;

    ComparisonStatePtr m_state;
    ViewOptions m_options;
    const NoteBook *m_notes = nullptr;
    QList<Row> m_rows;
    QHash<qsizetype, int> m_rowOfSegment;
    QHash<qsizetype, int> m_rowOfUnit;
    QSet<qsizetype> m_moved;
    mutable QHash<quint64, QList<HighlightSpan>> m_highlightCache;
    QString m_findText;
};

} // namespace Parallax
