#pragma once

#include "comparisonstate.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Parallax {

// Where the sources contradict each other: one entry per conflict (its row and what is
// measured: a count, an amount, a date, a weekday...), under it each value with the sources
// that state it. Activating an entry shows that value's sentence in the comparison.
class ConflictsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictsPanel(QWidget *parent = nullptr);

    // Lists state->conflicts, each under the number the synopsis shows for its row (the unit's
    // number, counted from 1).
    void setState(ComparisonStatePtr state);
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void segmentActivated(qsizetype segment);

private:
    void onItemActivated(QTreeWidgetItem *item);

    ComparisonStatePtr m_state;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace Parallax
