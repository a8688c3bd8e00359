#pragma once

#include "comparisonstate.h"

#include <QSet>
#include <QWidget>

#include <optional>

class QTabWidget;

namespace Parallax {

class ArticleView;
class ConsensusModel;
class ConsensusView;
class FindBar;
class MainActions;
class OverviewStrip;
class PairView;
class SourceMatrixView;
class SynopsisModel;
class SynopsisView;

// The window's page for a comparison: the tabs Synopsis (with its overview strip), Consensus,
// Pair, Relations (who shares what: a cell opens that pair) and Source Text over the find bar,
// and the ways to move through the synopsis (next difference, next added detail, a segment
// chosen elsewhere, a hit of the find bar).
//
// Which of Synopsis and Consensus shows: Consensus for kConsensusFrom sources and more, the
// Synopsis for fewer, until the user picks a tab; that choice then holds for the comparison
// (sources added, hidden or realigned) until a new set of sources replaces it.
class ComparisonPage : public QWidget
{
    Q_OBJECT

public:
    // The synopsis views and the find bar show synopsis (not owned).
    explicit ComparisonPage(SynopsisModel *synopsis, QWidget *parent = nullptr);

    // The number of sources from which a new comparison opens in the consensus view.
    static constexpr int kConsensusFrom = 8;

    FindBar *findBar() const { return m_findBar; }
    SynopsisView *synopsisView() const { return m_synopsisView; }
    ConsensusModel *consensusModel() const { return m_consensus; }
    bool consensusShown() const;
    // Shows the consensus view (true) or the synopsis (false), as the user's choice.
    void showConsensus(bool shown);
    // The user's choice for the comparison shown: the consensus view (true), the synopsis
    // (false), or none (the view follows the number of sources).
    std::optional<bool> chosenView() const;
    // The choice for the next comparison that arrives (a session being opened), whatever its
    // sources; none: that comparison picks by its number of sources.
    void setChosenViewForNext(std::optional<bool> consensus);

    // The comparison the synopsis model shows now (set it there first); null: none. Sources
    // that were not in the comparison shown before are scrolled into view, and message() says
    // what they brought ("1 source added: 3 new details").
    void setState(ComparisonStatePtr state);
    void setOptions(const ViewOptions &options);
    // The text size of the synopsis, the pair view and the source text, in steps of 10 % from
    // the application font, clamped to -5 (compact: more columns fit) ... +6. Columns keep a
    // readable minimum of about 24 characters at any size.
    void setZoom(int step);
    // Compact columns: the synopsis's columns narrow to kCompactColumnCharacters (see
    // SynopsisView::fitColumns()), so that more sources fit side by side.
    void setCompact(bool compact);
    bool isCompact() const;
    // Zoom In, Zoom Out, Actual Size and Compact Columns act on this page; compact columns are
    // remembered between runs (setting "view/compact").
    void connectActions(const MainActions &actions);
    int zoom() const { return m_zoom; }
    // The article of the Source Text tab; null: none.
    void showArticle(const Article *article);

    // Selects a cell of the synopsis and scrolls it into view, across and down.
    void showCell(int row, int column);
    // Shows the segment (an index into the comparison) in the synopsis and the pair view.
    void showSegment(qsizetype segment);
    // Shows sources left and right (indices into the state's sources) side by side in the Pair
    // tab.
    void showPair(qsizetype left, qsizetype right);
    // Goes to the next (direction +1) or previous (-1) row after the current one that differs
    // between the sources, or that a source added to; false when there is none.
    bool goToDifference(int direction);
    bool goToAddedDetail(int direction);
    // The same for rows where sources contradict each other, selecting a cell that states a
    // value other than the base's.
    bool goToConflict(int direction);

Q_SIGNALS:
    // The unit of the synopsis's current row (-1: none), for Who Added What.
    void currentUnitChanged(qsizetype unit);
    // The consensus view came into view (true) or left it (false).
    void consensusShownChanged(bool shown);
    // A passing message for the status bar.
    void message(const QString &text, int timeout);

private:
    void updateOverviewViewport();
    // Whether the state's sources are a new set: none of its articles (by file, else by name)
    // was in the comparison shown before. Remembers them for the next call.
    bool takeNewSet(const ComparisonState &state);
    void revealNewSources(const ComparisonState &state);
    void showTab(int index, bool chosen);

    SynopsisModel *m_synopsis;
    QTabWidget *m_tabs = nullptr;
    SynopsisView *m_synopsisView = nullptr;
    ConsensusModel *m_consensus = nullptr;
    ConsensusView *m_consensusView = nullptr;
    bool m_tabChosen = false;         // the user picked the tab shown for this set of sources
    std::optional<bool> m_nextChoice; // setChosenViewForNext()
    QSet<QString> m_shownArticles;    // files (or names) of the comparison shown
    quint64 m_stateId = 0;            // ComparisonState::id of the comparison shown
    bool m_settingTab = false;
    OverviewStrip *m_overview = nullptr;
    PairView *m_pairView = nullptr;
    SourceMatrixView *m_matrix = nullptr;
    ArticleView *m_articleView = nullptr;
    FindBar *m_findBar = nullptr;
    int m_zoom = 0;
    QList<qsizetype> m_shownSources; // ids of the sources of the comparison shown
};

} // namespace Parallax
