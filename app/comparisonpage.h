#pragma once

#include "comparisonstate.h"

#include <QWidget>

class QTabWidget;

namespace Parallax {

class ArticleView;
class FindBar;
class OverviewStrip;
class PairView;
class SynopsisModel;
class SynopsisView;

// The window's page for a comparison: the tabs Synopsis (with its overview strip), Pair and
// Source Text over the find bar, and the ways to move through the synopsis (next difference,
// next added detail, a segment chosen elsewhere, a hit of the find bar).
class ComparisonPage : public QWidget
{
    Q_OBJECT

public:
    // The synopsis views and the find bar show synopsis (not owned).
    explicit ComparisonPage(SynopsisModel *synopsis, QWidget *parent = nullptr);

    FindBar *findBar() const { return m_findBar; }

    // The comparison the synopsis model shows now (set it there first); null: none. Sources
    // that were not in the comparison shown before are scrolled into view, and message() says
    // what they brought ("1 source added: 3 new details").
    void setState(ComparisonStatePtr state);
    void setOptions(const ViewOptions &options);
    // The text size of the synopsis, the pair view and the source text, in steps of 10 % from
    // the application font, clamped to -5 (compact: more columns fit) ... +6. Columns keep a
    // readable minimum of about 24 characters at any size.
    void setZoom(int step);
    int zoom() const { return m_zoom; }
    // The article of the Source Text tab; null: none.
    void showArticle(const Article *article);

    // Selects a cell of the synopsis and scrolls it into view, across and down.
    void showCell(int row, int column);
    // Shows the segment (an index into the comparison) in the synopsis and the pair view.
    void showSegment(qsizetype segment);
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
    // A passing message for the status bar.
    void message(const QString &text, int timeout);

private:
    void updateOverviewViewport();
    void revealNewSources(const ComparisonState &state);

    SynopsisModel *m_synopsis;
    QTabWidget *m_tabs = nullptr;
    SynopsisView *m_synopsisView = nullptr;
    OverviewStrip *m_overview = nullptr;
    PairView *m_pairView = nullptr;
    ArticleView *m_articleView = nullptr;
    FindBar *m_findBar = nullptr;
    int m_zoom = 0;
    QList<qsizetype> m_shownSources; // ids of the sources of the comparison shown
};

} // namespace Parallax
