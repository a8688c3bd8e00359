#include "findingsdocks.h"

#include "comparisonpage.h"
#include "conflictspanel.h"
#include "quotationspanel.h"

#include <QDockWidget>
#include <QMainWindow>

namespace Parallax {

FindingsDocks::FindingsDocks(QMainWindow *window, QDockWidget *beside, ComparisonPage *page)
    : QObject(window)
{
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
    m_docks = {conflictsDock, quotationsDock};
    for (QDockWidget *dock : std::as_const(m_docks)) {
        window->addDockWidget(Qt::LeftDockWidgetArea, dock);
        window->tabifyDockWidget(beside, dock);
    }
    connect(m_conflicts, &ConflictsPanel::segmentActivated, page, &ComparisonPage::showSegment);
    connect(m_quotations, &QuotationsPanel::segmentActivated, page, &ComparisonPage::showSegment);
}

void FindingsDocks::setState(const ComparisonStatePtr &state)
{
    m_conflicts->setState(state);
    m_quotations->setState(state);
}

} // namespace Parallax
