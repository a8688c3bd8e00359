#pragma once

// The page layout the report's sections share: an internal part of ReportRenderer. A ReportPage
// is one pass over the pages: the first passes paint nothing and only count pages and note where
// each section and unit starts; the last one paints, with the page numbers the others found.

#include "comparisonstate.h"
#include "reportrenderer.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QList>
#include <QPalette>
#include <QRectF>
#include <QTextLayout>

#include <atomic>
#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace Parallax::ReportLayout {

// User-visible text of the report, translated in the context lupdate gives it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parallax::ReportRenderer)
};

// Columns of the comparison on a landscape page; portrait pages take two fewer.
constexpr int kColumnsPerPage = 6;

// A place on a page: 1-based page, top in device pixels of the page's paint rectangle.
struct Anchor
{
    int page = 0;
    qreal top = 0;
};

// A section heading (level 0) or a sub-section (level 1: a source's part of a section).
struct Section
{
    QString title;
    int level = 0;
    int page = 0;
    qreal top = 0; // where its heading starts on the page, in device pixels
};

// A link drawn on a page: its rectangle (device pixels in the page's paint rectangle) and where
// it leads.
struct PageLink
{
    enum class Target { Section, Unit };
    int page = 0;
    QRectF rect;
    Target target = Target::Section;
    qsizetype index = 0; // in the sections, or the unit's index in Comparison::units
};

// A stretch of a paragraph, [start, end) in UTF-16 units, that leads to a unit's row.
struct LinkedRun
{
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype unit = 0;
};

// What an earlier pass found: where sections and units are, and how many pages there are.
struct KnownLayout
{
    QList<Section> sections;
    QHash<qsizetype, Anchor> units;
    int pages = 0;
};

// A stretch of a text highlighted in a source's colour: [start, end) in UTF-16 units.
struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
    int colour = 0;
};

// A cell of a table row.
struct CellSpec
{
    QString text;
    QFont font;
    QList<QTextLayout::FormatRange> formats;
    int swatch = -1; // a source colour's index, drawn before the text; -1: none
    bool hatched = false;
    QColor colour = Qt::black;
};

class ReportPage
{
public:
    // painter null: a counting pass. known: what the previous pass found (empty on the first).
    ReportPage(QPagedPaintDevice *device, QPainter *painter, const ComparisonState &state,
               const ReportOptions &options, bool landscape, QString title, KnownLayout known);

    const ComparisonState &state() const { return m_state; }
    const ReportOptions &options() const { return m_options; }
    QPainter *painter() const { return m_painter; } // null while counting
    QPagedPaintDevice *device() const { return m_device; }
    bool landscape() const { return m_landscape; }
    const QString &title() const { return m_title; }
    const KnownLayout &known() const { return m_known; }
    const QPalette &paper() const { return m_paper; }
    QString sourceName(qsizetype source) const { return m_state.sourceName(source); }

    // What this pass found so far.
    KnownLayout found() const;
    QList<PageLink> links() const { return m_links; }
    int page() const { return m_page; }

    // Starts the first page; progress(page, pages) is told of each new page while painting,
    // cancel is read by stop().
    void start(const std::function<void(int, int)> &progress, const std::atomic_bool *cancel);
    // True (and from then on) once cancel is set.
    bool stop();

    // Points to device pixels.
    qreal pt(qreal points) const { return points * m_dpi / 72.0; }
    // The report's font (DejaVu Sans, no ligatures) at size points.
    QFont font(qreal size, bool bold = false, bool italic = false) const;
    // The body of the page: the paint rectangle without running header and footer, pixels.
    const QRectF &body() const { return m_body; }
    qreal y() const { return m_y; }
    void setY(qreal y) { m_y = y; }
    qreal remaining() const { return m_body.bottom() - m_y; }

    // Draws the running header (not on the cover) and the footer of the page.
    void finishPage();
    void newPage();
    // A new page unless height pixels fit below, or the page is still empty.
    void ensure(qreal height);

    // Text laid out in width pixels, wrapped at word boundaries.
    std::unique_ptr<QTextLayout> layOut(const QString &text, const QFont &f, qreal width,
                                        const QList<QTextLayout::FormatRange> &formats = {}) const;
    static qreal heightOf(const QTextLayout &layout);
    QList<QTextLayout::FormatRange> highlightFormats(const QList<Span> &spans) const;

    // Flows a paragraph line by line, onto the next page when the page is full. spaceAfter < 0:
    // 4 points. Returns where its last line is (its page and top), for a link.
    Anchor paragraph(const QString &text, const QFont &f, qreal indent = 0,
                     const QList<QTextLayout::FormatRange> &formats = {},
                     const QColor &colour = Qt::black, qreal spaceAfter = -1);
    // A paragraph that leads to a unit's row, or to a section, when clicked.
    void linkedParagraph(PageLink::Target target, qsizetype index, const QString &text,
                         const QFont &f, qreal indent = 0,
                         const QList<QTextLayout::FormatRange> &formats = {});
    // A paragraph whose runs each lead to their unit's row when clicked.
    void linkedRuns(const QString &text, const QFont &f, qreal indent,
                    const QList<LinkedRun> &runs);
    // A heading; levels 0 and 1 are sections (contents, bookmarks). The running header names
    // the level-0 section the page opens with: the one that goes on from the page before, or
    // one whose heading is the first thing on the page.
    void heading(const QString &text, int level);
    // Notes a section starting here without drawing a heading.
    void addSection(const QString &title, int level);
    void setCurrentSection(const QString &title);
    // Notes where a unit's row starts, for links to it.
    void anchorUnit(qsizetype unit);
    // Records a link on the current page (painting pass only).
    void addLink(const QRectF &rect, PageLink::Target target, qsizetype index);
    // Where an earlier pass found the unit's row; page 0 when it did not.
    Anchor unitAnchor(qsizetype unit) const { return m_known.units.value(unit); }

    void swatch(qreal x, qreal y, qreal size, int colour);

    static CellSpec spec(const QString &text, const QFont &f, int swatchColour = -1);
    qreal measureRow(const QList<CellSpec> &cells, const QList<qreal> &widths) const;
    // The room a row of this height (points) needs to start on the current page: all of it
    // when the row fits on a page, else a quarter of a page (a taller row is split anyway).
    qreal rowStart(qreal rowHeight) const;
    // A row of cells, each wrapped in its column. A row that does not fit on what is left of the
    // page starts on the next one when it fits on a page (or less than a quarter is left);
    // a taller row starts here. What does not fit goes on to the next page, after repeatHeader.
    void tableRow(const QList<CellSpec> &cells, const QList<qreal> &widths, bool header,
                  const std::function<void()> &repeatHeader = {});

private:
    QPagedPaintDevice *m_device;
    QPainter *m_painter;
    const ComparisonState &m_state;
    const ReportOptions &m_options;
    bool m_landscape;
    QString m_title;
    KnownLayout m_known;
    QPalette m_paper;
    QFont m_bodyFont;
    qreal m_dpi = 72;
    QRectF m_body;
    qreal m_footerY = 0;
    qreal m_y = 0;
    int m_page = 1;
    QString m_currentSection;
    QString m_pageSection; // the section the current page opens with (running header)
    QList<Section> m_sections;
    QHash<qsizetype, Anchor> m_units;
    QList<PageLink> m_links;
    std::function<void(int, int)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    bool m_cancelled = false;
};

} // namespace Parallax::ReportLayout
