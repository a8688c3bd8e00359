#pragma once

#include "comparisonstate.h"

#include <QList>
#include <QObject>

class QDockWidget;
class QMainWindow;

namespace Parallax {

class ComparisonPage;
class ConflictsPanel;
class FindingsPanel;
class NoteBook;
class QuotationsPanel;

// The Findings, Conflicts and Quotations panels, each in a dock of the main window tabbed beside
// a given dock (Who Added What); activating an entry shows its sentence on the comparison page,
// and a relation in Findings opens that pair of sources in the Pair tab.
class FindingsDocks : public QObject
{
    Q_OBJECT

public:
    FindingsDocks(QMainWindow *window, QDockWidget *beside, ComparisonPage *page);

    void setState(const ComparisonStatePtr &state);
    // The notes Findings lists (not owned).
    void setNoteBook(NoteBook *book);
    QList<QDockWidget *> docks() const { return m_docks; }

private:
    FindingsPanel *m_findings = nullptr;
    ConflictsPanel *m_conflicts = nullptr;
    QuotationsPanel *m_quotations = nullptr;
    QList<QDockWidget *> m_docks;
};

} // namespace Parallax
