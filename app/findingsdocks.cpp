#include "findingsdocks.h"

#include "comparisonpage.h"
#include "conflictspanel.h"
#include "findingspanel.h"
#include "quotationspanel.h"

#include <QDockWidget>
#include <QMainWindow>

namespace Parallax {

FindingsDocks::FindingsDocks(QMainWindow *window, QDockWidget *beside, ComparisonPage *page)
    : QObject(window)
{
    auto *findingsDock = new QDockWidget(tr("Findings"), window);
    findingsDock->setObjectName(QStringLiteral("findingsDock"));
    m_findings = new FindingsPanel(findingsDock);
    m_findings->setObjectName(QStringLiteral("findings"));
    findingsDock->setWidget(m_findings);
    auto *conflictsDock = new QDockWidget(tr("Conflicts"), window);
    conflictsDock->setObjectName(QStringLiteral("conflictsDock"));
    m_conflicts = new ConflictsPanel(conflictsDock);
    m_conflicts->setObjectName(QStringLiteral("conflicts"));
    conflictsDock->setWidget(m_conflicts);
    auto *quotationsDock = new QDockWidget(tr("Quotations"), window);
    quotationsDock->setObjectName(QStringLiteral("quotationsDock"));
    m_quotations = new QuotationsPanel(quotationsDock);
    m_quotations->setObjectName(QStringLiteral("quotations"));
    quotationsDock->setWidget(m_quotations);
    m_docks = {findingsDock, conflictsDock, quotationsDock};
    for (QDockWidget *dock : std::as_const(m_docks)) {
        window->addDockWidget(Qt::LeftDockWidgetArea, dock);
        window->tabifyDockWidget(beside, dock);
    }
    connect(m_findings, &FindingsPanel::segmentActivated, page, &ComparisonPage::showSegment);
    connect(m_findings, &FindingsPanel::pairActivated, page, &ComparisonPage::showPair);
    connect(m_conflicts, &ConflictsPanel::segmentActivated, page, &ComparisonPage::showSegment);
    connect(m_quotations, &QuotationsPanel::segmentActivated, page, &ComparisonPage::showSegment);
}

void FindingsDocks::setState(const ComparisonStatePtr &state)
{
    m_findings->setState(state);
    m_conflicts->setState(state);
    m_quotations->setState(state);
}

void FindingsDocks::setNoteBook(NoteBook *book)
{
    m_findings->setNoteBook(book);
}

} // namespace Parallax
