#pragma once

#include "comparisonstate.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Parallax {

// The quotations of the comparison (findQuotations()): first those worded differently between
// sources ("altered") or printed only in part by some, each with its speaker and under it every
// wording with the sources that print it; then, folded, those only one source prints and those
// printed alike. Activating an entry shows that wording's sentence in the comparison. Article
// text is shown as plain text.
class QuotationsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit QuotationsPanel(QWidget *parent = nullptr);

    // Lists state->quotations, each under the number the synopsis shows for its row (the
    // unit's number, counted from 1).
    void setState(ComparisonStatePtr state);
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void segmentActivated(qsizetype segment);

private:
    void onItemActivated(QTreeWidgetItem *item);
    QTreeWidgetItem *addSide(QTreeWidgetItem *parent, const QuotationSide &side);

    ComparisonStatePtr m_state;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace Parallax
