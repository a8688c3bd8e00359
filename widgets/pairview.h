#pragma once

#include "comparisonstate.h"
#include "derivation.h"
#include "elidedlabel.h"

#include <QHash>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QWidget>

class QComboBox;
class QPalette;

namespace Parallax {

// A band joining a sentence in the left pane to its counterpart in the right one.
struct Connector
{
    qreal leftTop = 0, leftBottom = 0;   // the sentence's extent in the left pane (gutter y)
    qreal rightTop = 0, rightBottom = 0; // its counterpart's in the right one
    bool moved = false;

    // The band across a gutter of the given width: curves from the left extent to the right.
    QPainterPath path(qreal width) const;
    bool isVisible(qreal height) const;
    // The band's fill and outline in a palette: drawn from its text colour (the highlight
    // colour for a moved sentence), so that bands stand out on light and dark windows alike.
    static QColor fillColour(const QPalette &palette, bool moved);
    static QColor outlineColour(const QPalette &palette, bool moved);
};

class ElidingComboBox;
class PairPane;

// Two chosen sources side by side with word-level highlights (inserted, deleted, changed) and
// connectors between aligned sentences in a gutter; moved sentences stand out. By default the
// highlights are the differences between the two sources; the other choice shows each one's
// additions relative to all sources (or the base), as the synopsis does. A verdict above the
// panes says how much of each the other carries and how they relate ("a rewording of"). The two
// panes scroll together: whichever is scrolled, the other follows so that aligned sentences stay
// level (one guarded place does this).
class PairView : public QWidget
{
    Q_OBJECT

public:
    explicit PairView(QWidget *parent = nullptr);

    void setState(ComparisonStatePtr state);
    void setOptions(const ViewOptions &options);
    void setSources(qsizetype left, qsizetype right);
    qsizetype leftSource() const;
    qsizetype rightSource() const;
    void showSegment(qsizetype segment);

    PairPane *leftPane() const { return m_left; }
    PairPane *rightPane() const { return m_right; }
    QList<Connector> connectors() const;

    enum class Shown {
        PairDifferences, // word differences between the two sources (the default)
        Additions,       // each source's additions, as the comparison's options choose them
    };
    void setShown(Shown shown);
    Shown shown() const;
    // The verdict line above the panes, e.g. "B: 12 of 12 sentences matched in A ... B is a
    // rewording of A"; empty without two sources.
    QString verdict() const;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override; // a new palette: swatches and highlights redone

private:
    void render();
    void schedulePaletteRender(); // render() once the events of a palette change are through
    void syncScroll(PairPane *from);
    void fillSourceBoxes();
    void updateVerdict();

    ComparisonStatePtr m_state;
    ViewOptions m_options;
    ElidingComboBox *m_leftBox = nullptr;
    ElidingComboBox *m_rightBox = nullptr;
    QComboBox *m_shownBox = nullptr;
    ElidedLabel *m_verdict = nullptr;
    QList<SourceRelation> m_relations; // of the current state, by source
    QList<Link> m_pairLinks;           // between the two shown sources (linksBetween())
    PairPane *m_left = nullptr;
    PairPane *m_right = nullptr;
    QWidget *m_gutter = nullptr;
    bool m_syncing = false;
    bool m_dirty = false;         // not rendered yet: waiting to be shown
    bool m_paletteRender = false; // a render for a new palette is queued
};

// One pane of the pair view: a source's text, plain, with highlights as extra selections.
class PairPane : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit PairPane(QWidget *parent = nullptr);

    void setSource(const ComparisonState *state, qsizetype source, bool showFurniture);
    // Character range of a segment in the document, or {-1, -1}.
    std::pair<int, int> rangeOf(qsizetype segment) const;
    // The segment's extent in viewport coordinates.
    std::pair<qreal, qreal> extentOf(qsizetype segment) const;
    qsizetype segmentAtTop() const;
    void scrollSegmentTo(qsizetype segment, qreal y);
    void setHighlights(const QList<QTextEdit::ExtraSelection> &selections);
    const QList<qsizetype> &segments() const { return m_order; }

Q_SIGNALS:
    // The pane's palette changed: its text, laid out in the old colours, is to be set again.
    void paletteChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    QHash<qsizetype, std::pair<int, int>> m_ranges;
    QList<qsizetype> m_order;
};

} // namespace Parallax
