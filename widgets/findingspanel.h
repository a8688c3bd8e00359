#pragma once

#include "findingslistpanel.h"

#include <QPointer>

namespace Parallax {

class NoteBook;

// What the comparison found, in one list: the window's counterpart of the report's first page,
// what a fact-checker reads before the rows. Under five headings:
// - how the sources relate (state->relations): each source that copies, rewords or shares most
//   with another; activating it (a click, Enter) emits pairActivated for that pair;
// - conflicts (state->conflicts): the values and the sources on each side;
// - quotations worded differently or printed in part (state->quotations);
// - the user's notes (the NoteBook's entries, shown again when they change);
// - the names, numbers and quotations only some sources carry (state->partialDetails), one entry
//   per set of sources with its details under it, names first, saying which of those sources
//   published first (earliest()), the tooltip listing them in time order.
// Sources are named by their letters (sourceBadge()), their names in each entry's tooltip.
// Every entry but the relations leads to its row's sentence (segmentActivated): for a detail,
// the sentence of the first of its sources in its first unit.
class FindingsPanel : public FindingsListPanel
{
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    // The notes listed; null: none. Not owned; its changes rebuild the list.
    void setNoteBook(NoteBook *book);

Q_SIGNALS:
    // The user activated a relation: show source and other (indices into the state's sources)
    // side by side.
    void pairActivated(qsizetype source, qsizetype other);

protected:
    void fill() override;

private:
    QTreeWidgetItem *addHeading(const QString &text);
    void fillRelations(QStringList &summary);
    void fillConflicts(QStringList &summary);
    void fillQuotations(QStringList &summary);
    void fillNotes(QStringList &summary);
    void fillDetails(QStringList &summary);
    // The first sentence of unit that one of sources states; -1 when the unit has none.
    qsizetype segmentIn(qsizetype unit, const QList<qsizetype> &sources) const;
    // The sources' letters ("A, C"), as their swatches and columns show them.
    QString letters(const QList<qsizetype> &sources) const;
    // The sentence of detail's row that states it (a name by its last word), of one of
    // sources; else segmentIn().
    qsizetype detailSegment(const PartialDetail &detail, const QList<qsizetype> &sources) const;
    // One line per source: its letter and name.
    QString legend(const QList<qsizetype> &sources) const;
    // "In time order:" and a line per source: its letter and date (and time), or "undated".
    QString timeOrder(const QList<qsizetype> &sources) const;
    // Under entry, the sources that carry a detail in the order they published (undated last),
    // each leading to its first sentence containing one of forms (PartialDetail::forms, case
    // aside): the detail's timeline.
    void addTimeline(QTreeWidgetItem *entry, const QStringList &forms,
                     const QList<qsizetype> &sources);
    // Gives item a tooltip: its text, the legend of sources, then more.
    void explain(QTreeWidgetItem *item, const QList<qsizetype> &sources,
                 const QString &more = QString());

    QPointer<NoteBook> m_notes;
};

} // namespace Parallax
