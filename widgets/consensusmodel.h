#pragma once

#include "comparisonstate.h"

#include <QAbstractItemModel>
#include <QHash>

namespace Parallax {

class NoteBook;

// The consensus of many sources: one top-level row per unit in reading order, with its most
// common wording and how many sources carry it ("k of N"). Under a unit, its wordings
// (variants), largest first, and a last "not carried" entry for the sources that lack the unit;
// under a wording, the sources that use it. A unit's wordings are grouped only when something
// asks for them (a row painted or expanded) and kept until the next state.
//
// Two sentences share a wording when they are equal after case folding with punctuation, quote
// and dash styles and spacing left out (numbers and words must match). The most common wording
// is the largest group; a tie goes to the group whose text sorts first, so the result never
// depends on the order of the sources.
class ConsensusModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { WordingColumn, SupportColumn, SourcesColumn, NotesColumn, ColumnCount };
    enum class Kind { Unit, Variant, Source };
    enum Role {
        KindRole = Qt::UserRole + 1, // int: Kind of the row
        UnitRole,                    // qsizetype: the unit's index in the comparison
        SourceRole,                  // qsizetype: the source (source rows), else -1
        SupportRole,                 // int: the sources the row stands for (k of "k of N")
        SourceCountRole,             // int: the sources compared (N)
        MajorityRole,                // int: unit rows: the sources of the most common wording
        AbsentRole,                  // bool: the "not carried" variant and its sources
        ColourRole,                  // int: source rows: the source's colour index
    };

    // One wording of a unit and the sources (indices in the state, ascending) that use it.
    struct Variant
    {
        QString text; // as the most of its sources write it; empty for the absent entry
        QList<qsizetype> sources;
        bool absent = false; // the sources that lack the unit
    };

    explicit ConsensusModel(QObject *parent = nullptr);

    // For each variant, the mean over its distinct words (lower case) of how many sources of the
    // other variants hold the word: how close it is to the other wordings. Among wordings as
    // common as each other, the closest leads the unit.
    static QList<double> sharedWords(const QList<Variant> &variants);

    // The comparison shown (null: none); resets the model and the cached wordings.
    void setState(ComparisonStatePtr state);
    const ComparisonStatePtr &state() const { return m_state; }
    // Additions relative to the base source instead of to all others (ViewOptions).
    void setRelativeToBase(bool relative);

    // Filters of the top-level rows: units that at least `count` sources carry, units where a
    // source adds something, units where sources contradict each other.
    void setMinimumSupport(int count);
    int minimumSupport() const { return m_minimumSupport; }
    void setOnlyAdditions(bool only);
    bool onlyAdditions() const { return m_onlyAdditions; }
    void setOnlyConflicts(bool only);
    bool onlyConflicts() const { return m_onlyConflicts; }
    // The user's notes (not owned; null: none): a noted unit's Notes column starts with its
    // status mark, status and note.
    void setNoteBook(const NoteBook *notes);

    // All units of the comparison, shown or filtered out.
    qsizetype unitCount() const;
    // The unit of a top-level row (-1: none), and the row of a unit (-1: filtered out).
    qsizetype unitOfRow(int row) const;
    int rowOfUnit(qsizetype unit) const;
    // The wordings of a unit as described above (grouped on the first call, then cached); the
    // absent entry last, present only when some source lacks the unit.
    const QList<Variant> &variants(qsizetype unit) const;
    // Whether the unit's wordings are grouped already; groups them (for idle time ahead of a
    // scroll, so that the rows come in without the work).
    bool isGrouped(qsizetype unit) const { return m_summaries.contains(unit); }
    void group(qsizetype unit) const { summary(unit); }
    bool unitHasAddition(qsizetype unit) const;
    bool unitHasConflict(qsizetype unit) const;

    // The key two wordings share when they count as one: case folded letters and digits,
    // words separated by single spaces.
    static QString wordingKey(QStringView text);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // What a unit row shows, made with its wordings.
    struct Summary
    {
        QList<Variant> variants;
        QString wordings;   // "3 wordings"
        QString notes;      // conflicts and additions, sources by their badges ("Added by B")
        QString namedNotes; // the same with the sources' names, for the tooltip
    };
    struct Node
    {
        Kind kind = Kind::Unit;
        qsizetype unit = -1;
        int variant = -1;
    };
    Node node(const QModelIndex &index) const;
    QString sourceText(qsizetype unit, qsizetype source) const;
    QList<Variant> makeVariants(qsizetype unit) const;
    const Summary &summary(qsizetype unit) const;
    QVariant unitData(qsizetype unit, int column, int role) const;
    QVariant variantData(qsizetype unit, int variant, int column, int role) const;
    QVariant sourceData(qsizetype unit, qsizetype source, int column, int role) const;
    // The first `shown` sources by their names, or by their badges ("A, C"), then "and n more".
    QString sourceNames(const QList<qsizetype> &sources, int shown, bool badges = false) const;
    void indexUnits();
    void countConflicts(); // fills m_conflicts from the state
    void applyFilter();

    ComparisonStatePtr m_state;
    const NoteBook *m_notes = nullptr;
    bool m_relativeToBase = false;
    int m_minimumSupport = 1;
    bool m_onlyAdditions = false;
    bool m_onlyConflicts = false;
    QList<qsizetype> m_rows;           // the units shown, in reading order
    QHash<qsizetype, int> m_rowOfUnit; // unit -> row
    QList<QList<qsizetype>> m_addedBy; // per unit: the sources that add something, ascending
    QList<int> m_conflicts;            // per unit: how many conflicts
    mutable QHash<qsizetype, Summary> m_summaries; // the units grouped so far
};

} // namespace Parallax
