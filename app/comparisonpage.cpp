#include "comparisonpage.h"

#include "articleview.h"
#include "consensusmodel.h"
#include "consensusview.h"
#include "findbar.h"
#include "mainactions.h"
#include "overviewstrip.h"
#include "pairview.h"
#include "sourcematrix.h"
#include "synopsismodel.h"
#include "synopsisview.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace Parallax {

ComparisonPage::ComparisonPage(SynopsisModel *synopsis, QWidget *parent)
    : QWidget(parent)
    , m_synopsis(synopsis)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);

    auto *synopsisPage = new QWidget(m_tabs);
    auto *synopsisLayout = new QHBoxLayout(synopsisPage);
    synopsisLayout->setContentsMargins(0, 0, 0, 0);
    synopsisLayout->setSpacing(2);
    m_synopsisView = new SynopsisView(synopsisPage);
    m_synopsisView->setObjectName(QStringLiteral("synopsis"));
    m_synopsisView->setModel(m_synopsis);
    m_overview = new OverviewStrip(synopsisPage);
    m_overview->setObjectName(QStringLiteral("overview"));
    m_overview->setModel(m_synopsis);
    synopsisLayout->addWidget(m_synopsisView, 1);
    synopsisLayout->addWidget(m_overview);
    m_tabs->addTab(synopsisPage, tr("S&ynopsis"));

    m_consensus = new ConsensusModel(this);
    m_consensusView = new ConsensusView(m_tabs);
    m_consensusView->setObjectName(QStringLiteral("consensus"));
    m_consensusView->setModel(m_consensus);
    m_tabs->addTab(m_consensusView, tr("Co&nsensus"));

    m_pairView = new PairView(m_tabs);
    m_pairView->setObjectName(QStringLiteral("pairView"));
    m_tabs->addTab(m_pairView, tr("&Pair"));

    m_matrix = new SourceMatrixView(m_tabs);
    m_matrix->setObjectName(QStringLiteral("sourceMatrix"));
    m_tabs->addTab(m_matrix, tr("&Relations"));
    connect(m_matrix, &SourceMatrixView::pairActivated, this, &ComparisonPage::showPair);

    m_articleView = new ArticleView(m_tabs);
    m_articleView->setObjectName(QStringLiteral("articleView"));
    m_tabs->addTab(m_articleView, tr("Source &Text"));
    layout->addWidget(m_tabs, 1);

    // The find bar, hidden until Ctrl+F.
    m_findBar = new FindBar(m_synopsis, this);
    layout->addWidget(m_findBar);
    connect(m_findBar, &FindBar::closed, this, [this] { m_synopsisView->setFocus(); });
    connect(m_findBar, &FindBar::hitChosen, this, [this](const QModelIndex &cell) {
        m_tabs->setCurrentIndex(0);
        m_synopsisView->setCurrentIndex(cell);
        m_synopsisView->scrollTo(cell, QAbstractItemView::PositionAtCenter);
    });

    connect(m_synopsisView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        const QModelIndex current = m_synopsisView->currentIndex();
        Q_EMIT currentUnitChanged(current.isValid() ? m_synopsis->unitOfRow(current.row()) : -1);
    });
    connect(m_overview, &OverviewStrip::rowClicked, m_synopsisView, &SynopsisView::scrollToRow);
    connect(m_synopsisView->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &ComparisonPage::updateOverviewViewport);

    connect(m_consensusView, &ConsensusView::currentUnitChanged, this,
            &ComparisonPage::currentUnitChanged);
    connect(m_consensusView, &ConsensusView::unitActivated, this,
            [this](qsizetype unit, qsizetype source) {
                const int row = m_synopsis->rowOfUnit(unit);
                if (row >= 0)
                    showCell(row, source >= 0
                                      ? int(source)
                                      : std::max(0, m_synopsisView->currentIndex().column()));
            });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (!m_settingTab)
            m_tabChosen = true;
        Q_EMIT consensusShownChanged(m_tabs->widget(index) == m_consensusView);
    });
}

bool ComparisonPage::consensusShown() const
{
    return m_tabs->currentWidget() == m_consensusView;
}

void ComparisonPage::showConsensus(bool shown)
{
    showTab(shown ? m_tabs->indexOf(m_consensusView) : 0, true);
}

std::optional<bool> ComparisonPage::chosenView() const
{
    if (!m_tabChosen || (m_tabs->currentWidget() != m_consensusView &&
                         m_tabs->currentWidget() != m_tabs->widget(0)))
        return std::nullopt;
    return consensusShown();
}

void ComparisonPage::setChosenViewForNext(std::optional<bool> consensus)
{
    m_nextChoice = consensus;
}

void ComparisonPage::showTab(int index, bool chosen)
{
    m_settingTab = !chosen;
    m_tabs->setCurrentIndex(index);
    m_settingTab = false;
    if (chosen)
        m_tabChosen = true;
}

bool ComparisonPage::takeNewSet(const ComparisonState &state)
{
    QSet<QString> articles;
    for (qsizetype s = 0; s < state.articles.size(); ++s) {
        const QString &path = state.articles.at(s).path;
        articles.insert(path.isEmpty() ? u'\n' + state.sourceName(s) : path);
    }
    const bool newSet = !articles.intersects(m_shownArticles);
    m_shownArticles = articles;
    return newSet;
}

void ComparisonPage::setState(ComparisonStatePtr state)
{
    const quint64 shownId = std::exchange(m_stateId, state ? state->id : 0);
    if (state && state->id != 0 && state->id == shownId) {
        // Its findings are found: the views keep their rows, tab and scroll position.
        m_consensus->setState(state);
        m_pairView->setState(state);
        m_matrix->setState(state);
        return;
    }
    if (!state) {
        m_shownArticles.clear();
        m_tabChosen = false;
    } else if (takeNewSet(*state)) {
        m_tabChosen = false;
    }
    m_consensus->setState(state);
    if (state && m_nextChoice) {
        showTab(*m_nextChoice ? m_tabs->indexOf(m_consensusView) : 0, true);
        m_nextChoice.reset();
    } else if (state && !m_tabChosen) {
        const bool many = state->sources.size() >= kConsensusFrom;
        showTab(many ? m_tabs->indexOf(m_consensusView) : 0, false);
    }
    if (state)
        revealNewSources(*state);
    m_pairView->setState(state);
    m_matrix->setState(state);
    m_findBar->refresh();
    QTimer::singleShot(0, this, &ComparisonPage::updateOverviewViewport);
}

void ComparisonPage::revealNewSources(const ComparisonState &state)
{
    QList<qsizetype> ids;
    QList<qsizetype> added; // source indices in `state`
    for (qsizetype s = 0; s < state.sources.size(); ++s) {
        ids.append(state.sources.at(s).id);
        if (!m_shownSources.isEmpty() && !m_shownSources.contains(state.sources.at(s).id))
            added.append(s);
    }
    const bool replaced = std::none_of(
        ids.cbegin(), ids.cend(), [this](qsizetype id) { return m_shownSources.contains(id); });
    m_shownSources = ids;
    if (added.isEmpty() || replaced) // a new set of sources altogether: nothing to point out
        return;
    // What they bring: their additions relative to all other sources.
    qsizetype details = 0;
    for (const Addition &a : state.comparison.added)
        details += added.contains(a.source);
    // One and many spelled out: the English text has no "(s)".
    const QString brought = details == 0   ? tr("nothing the others lack")
                            : details == 1 ? tr("1 new detail")
                                           : tr("%1 new details").arg(details);
    const QString text = (added.size() == 1 ? tr("1 source added: %1")
                                            : tr("%1 sources added: %2").arg(added.size()))
                             .arg(brought);
    const int column = int(added.first());
    // After the views took the new state (the status bar's "compared" comes first).
    QTimer::singleShot(0, this, [this, text, column] {
        const QModelIndex current = m_synopsisView->currentIndex();
        const QModelIndex target = m_synopsis->index(std::max(0, current.row()), column);
        if (target.isValid())
            m_synopsisView->scrollTo(target, QAbstractItemView::EnsureVisible);
        Q_EMIT message(text, 10000);
    });
}

void ComparisonPage::setZoom(int step)
{
    m_zoom = std::clamp(step, -5, 6);
    QFont font = QApplication::font();
    const qreal size = font.pointSizeF() > 0 ? font.pointSizeF() : 10;
    font.setPointSizeF(std::max(5.0, size * std::pow(1.1, m_zoom)));
    for (QWidget *w :
         {static_cast<QWidget *>(m_synopsisView), static_cast<QWidget *>(m_consensusView),
          static_cast<QWidget *>(m_pairView), static_cast<QWidget *>(m_articleView)})
        w->setFont(m_zoom == 0 ? QApplication::font() : font);
}

void ComparisonPage::setCompact(bool compact)
{
    m_synopsisView->setCompact(compact);
}

bool ComparisonPage::isCompact() const
{
    return m_synopsisView->isCompact();
}

void ComparisonPage::connectActions(const MainActions &actions)
{
    using Id = MainActions::Id;
    connect(actions.action(Id::ZoomIn), &QAction::triggered, this, [this] { setZoom(m_zoom + 1); });
    connect(actions.action(Id::ZoomOut), &QAction::triggered, this,
            [this] { setZoom(m_zoom - 1); });
    connect(actions.action(Id::ZoomReset), &QAction::triggered, this, [this] { setZoom(0); });
    QAction *compact = actions.action(Id::CompactColumns);
    compact->setChecked(QSettings().value(QStringLiteral("view/compact"), false).toBool());
    setCompact(compact->isChecked());
    connect(compact, &QAction::toggled, this, [this](bool on) {
        setCompact(on);
        QSettings().setValue(QStringLiteral("view/compact"), on);
    });
}

void ComparisonPage::setOptions(const ViewOptions &options)
{
    m_pairView->setOptions(options);
    m_consensus->setRelativeToBase(options.relativeToBase);
}

void ComparisonPage::showArticle(const Article *article)
{
    m_articleView->setArticle(article);
}

void ComparisonPage::showCell(int row, int column)
{
    m_tabs->setCurrentIndex(0);
    const QModelIndex cell = m_synopsis->index(row, std::max(0, column));
    m_synopsisView->setCurrentIndex(cell);
    m_synopsisView->scrollTo(cell, QAbstractItemView::PositionAtCenter);
}

void ComparisonPage::showPair(qsizetype left, qsizetype right)
{
    m_pairView->setSources(left, right);
    m_tabs->setCurrentWidget(m_pairView);
}

void ComparisonPage::showSegment(qsizetype segment)
{
    const int row = m_synopsis->rowOfSegment(segment);
    const ComparisonStatePtr state = m_synopsis->state();
    if (row < 0 || !state)
        return;
    m_tabs->setCurrentIndex(0);
    const int column = int(state->comparison.sourceOf(segment));
    const QModelIndex index = m_synopsis->index(row, column);
    m_synopsisView->setCurrentIndex(index);
    m_synopsisView->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_pairView->showSegment(segment);
}

bool ComparisonPage::goToDifference(int direction)
{
    const int rows = m_synopsis->rowCount();
    const QModelIndex current = m_synopsisView->currentIndex();
    int row = current.isValid() ? current.row() : (direction > 0 ? -1 : rows);
    for (row += direction; row >= 0 && row < rows; row += direction) {
        if (m_synopsis->rowHasDifference(row)) {
            showCell(row, m_synopsis->differenceColumn(row, current.column()));
            return true;
        }
    }
    return false;
}

bool ComparisonPage::goToAddedDetail(int direction)
{
    const int rows = m_synopsis->rowCount();
    const QModelIndex current = m_synopsisView->currentIndex();
    int row = current.isValid() ? current.row() : (direction > 0 ? -1 : rows);
    for (row += direction; row >= 0 && row < rows; row += direction) {
        if (m_synopsis->rowHasAddition(row)) {
            showCell(row, m_synopsis->additionColumn(row, current.column()));
            return true;
        }
    }
    return false;
}

bool ComparisonPage::goToConflict(int direction)
{
    const int rows = m_synopsis->rowCount();
    const QModelIndex current = m_synopsisView->currentIndex();
    int row = current.isValid() ? current.row() : (direction > 0 ? -1 : rows);
    for (row += direction; row >= 0 && row < rows; row += direction) {
        if (m_synopsis->rowHasConflict(row)) {
            showCell(row, m_synopsis->conflictColumn(row, current.column()));
            return true;
        }
    }
    return false;
}

void ComparisonPage::updateOverviewViewport()
{
    const QRect viewport = m_synopsisView->viewport()->rect();
    const int first = m_synopsisView->rowAt(viewport.top());
    int last = m_synopsisView->rowAt(viewport.bottom());
    if (last < 0)
        last = m_synopsis->rowCount() - 1;
    m_overview->setVisibleRows(std::max(0, first), last);
}

} // namespace Parallax
