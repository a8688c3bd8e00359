#pragma once

#include "comparisonstate.h"

#include <QTreeWidget>

namespace Parallax {

// The sources that carry one unit in the order they published: the dated ones by date and time
// (column 0 says when, column 1 which source), then, under an "Undated" heading, the others in
// the sources' order. Activating a source emits the segment of its sentence in the unit.
class TimelineView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    // Shows the unit's sources; a null state or a unit out of range empties the view. The state
    // must outlive what is shown (the views share it).
    void showUnit(const ComparisonState *state, qsizetype unit);

    // The undated heading's row, or -1 when every source is dated.
    int undatedHeadingRow() const { return m_undatedRow; }

Q_SIGNALS:
    void segmentActivated(qsizetype segment);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onActivated(QTreeWidgetItem *item);

    int m_undatedRow = -1;
    qsizetype m_unit = -1; // the unit shown
};

} // namespace Parallax
