#pragma once

#include "findingslistpanel.h"

namespace Parallax {

// The quotations of the comparison (findQuotations()): first those worded differently between
// sources ("altered") or printed only in part by some, each with its speaker and under it every
// wording with the sources that print it; then, folded, those only one source prints and those
// printed alike. Activating an entry shows that wording's sentence in the comparison. Lists
// state->quotations, each under the number the synopsis shows for its row (the unit's number,
// counted from 1). Article text is shown as plain text.
class QuotationsPanel : public FindingsListPanel
{
    Q_OBJECT

public:
    explicit QuotationsPanel(QWidget *parent = nullptr);

protected:
    void fill() override;

private:
    QTreeWidgetItem *addSide(QTreeWidgetItem *parent, const QuotationSide &side);
};

} // namespace Parallax
