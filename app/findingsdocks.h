#pragma once

#include "comparisonstate.h"

#include <QList>
#include <QObject>

class QDockWidget;
class QMainWindow;

namespace Parallax {

class ComparisonPage;
class ConflictsPanel;
class QuotationsPanel;

// The Conflicts and Quotations panels, each in a dock of the main window tabbed beside a given
// dock (Who Added What); activating an entry shows its sentence on the comparison page.
class FindingsDocks : public QObject
{
    Q_OBJECT

public:
    FindingsDocks(QMainWindow *window, QDockWidget *beside, ComparisonPage *page);

    void setState(const ComparisonStatePtr &state);
    QList<QDockWidget *> docks() const { return m_docks; }

private:
    ConflictsPanel *m_conflicts = nullptr;
    QuotationsPanel *m_quotations = nullptr;
    QList<QDockWidget *> m_docks;
};

} // namespace Parallax
