#pragma once

#include "findingslistpanel.h"

namespace Parallax {

// Where the sources contradict each other: one entry per conflict (its row and what is
// measured: a count, an amount, a date, a weekday...), under it each value with the sources
// that state it. Activating an entry shows that value's sentence in the comparison. Lists
// state->conflicts, each under the number the synopsis shows for its row (the unit's number,
// counted from 1).
class ConflictsPanel : public FindingsListPanel
{
    Q_OBJECT

public:
    explicit ConflictsPanel(QWidget *parent = nullptr);

protected:
    void fill() override;
};

} // namespace Parallax
