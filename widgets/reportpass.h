#pragma once

// The layout of the comparison report, page by page: an internal part of ReportRenderer, kept
// apart from its public interface and the PDF writing. Included by reportrenderer.cpp only.

#include "comparisonstate.h"
#include "reportrenderer.h"
#include "sourcecolors.h"
#include "synopsismodel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <atomic>
#include <cmath>
#include <functional>
#include <memory>

namespace Parallax::ReportLayout {

// User-visible text, translated in the context lupdate gives it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parallax::ReportRenderer)
};

// Colours for paper: a white page whatever the screen's theme.
inline QPalette paperPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    return palette;
}

// Columns of the comparison on a landscape page; portrait pages take two fewer.
constexpr int kColumnsPerPage = 6;

struct Section
{
    QString title;
    int level = 0;
    int page = 0;
    qreal top = 0; // where its heading starts on the page, in device pixels
};

// A line of the contents: where it is drawn, and which section it names.
struct ContentsLink
{
    int page = 0;
    QRectF rect; // device pixels in the page's paint rectangle
    qsizetype section = 0;
};

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
    int colour = 0;
};

// One pass over the pages. The first pass paints nothing and only counts pages and notes where
// each section starts; the second paints, with the page numbers the first one found.
class ReportPass
{
public:
    ReportPass(QPagedPaintDevice *device, QPainter *painter, const ComparisonState &state,
               const ReportOptions &options, bool landscape, QString title, QList<Section> known,
               int totalPages)
        : m_device(device)
        , m_painter(painter)
        , m_state(state)
        , m_options(options)
        , m_landscape(landscape)
        , m_title(std::move(title))
        , m_known(std::move(known))
        , m_totalPages(totalPages)
        , m_paper(paperPalette())
    {
        m_dpi = device->logicalDpiY();
        const QRectF full = device->pageLayout().paintRectPixels(device->logicalDpiX());
        m_body = QRectF(0, pt(28), full.width(), full.height() - pt(28) - pt(24));
        m_footerY = full.height() - pt(12);
        m_bodyFont.setFamily(QStringLiteral("DejaVu Sans"));
        m_bodyFont.setPointSizeF(9);
        // No ligatures: "fi" stays two letters, so that the text searches and copies as typed.
        m_bodyFont.setLetterSpacing(QFont::PercentageSpacing, 100.5);
    }

    QList<Section> sections() const { return m_sections; }
    QList<ContentsLink> links() const { return m_links; }
    int pages() const { return m_page; }
    bool cancelled() const { return m_cancelled; }

    bool run(const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
    {
        m_progress = progress;
        m_cancel = cancel;
        m_page = 1;
        m_y = m_body.top();
        cover();
        newPage();
        legend();
        whoAddedWhat();
        conflicts();
        quotations();
        newPage();
        overview();
        newPage();
        comparison();
        finishPage();
        return !m_cancelled;
    }

private:
    // Findings sections (reportfindings.cpp).
    void relations();
    void conflicts();
    void quotations();

    qreal pt(qreal points) const { return points * m_dpi / 72.0; }

    QFont font(qreal size, bool bold = false, bool italic = false) const
    {
        QFont f = m_bodyFont;
        f.setPointSizeF(size);
        f.setBold(bold);
        f.setItalic(italic);
        return f;
    }

    // --- pages -----------------------------------------------------------------------------

    void finishPage()
    {
        if (!m_painter)
            return;
        if (m_page > 1) {
            // Running header and footer (not on the cover).
            m_painter->setFont(font(7.5));
            m_painter->setPen(QColor(90, 90, 90));
            const QRectF header(m_body.left(), 0, m_body.width(), pt(16));
            m_painter->drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                                Tr::tr("Parallax report: %1").arg(m_title));
            m_painter->drawText(header, Qt::AlignRight | Qt::AlignVCenter, m_currentSection);
            m_painter->drawLine(QPointF(m_body.left(), pt(18)), QPointF(m_body.right(), pt(18)));
        }
        m_painter->setFont(font(7.5));
        m_painter->setPen(QColor(90, 90, 90));
        m_painter->drawText(
            QRectF(m_body.left(), m_footerY - pt(10), m_body.width(), pt(12)), Qt::AlignCenter,
            Tr::tr("Page %1 of %2").arg(m_page).arg(std::max(m_totalPages, m_page)));
    }

    void newPage()
    {
        finishPage();
        if (m_painter)
            m_device->newPage();
        ++m_page;
        m_y = m_body.top();
        if (m_progress && m_painter)
            m_progress(m_page, std::max(m_totalPages, m_page));
    }

    qreal remaining() const { return m_body.bottom() - m_y; }

    void ensure(qreal height)
    {
        if (height > remaining() && m_y > m_body.top())
            newPage();
    }

    bool stop()
    {
        if (m_cancel && m_cancel->load())
            m_cancelled = true;
        return m_cancelled;
    }

    // --- text ------------------------------------------------------------------------------

    std::unique_ptr<QTextLayout> layOut(const QString &text, const QFont &f, qreal width,
                                        const QList<QTextLayout::FormatRange> &formats = {}) const
    {
        auto layout = std::make_unique<QTextLayout>(text, f, m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout->setTextOption(option);
        layout->setFormats(formats);
        layout->beginLayout();
        qreal y = 0;
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout->endLayout();
        return layout;
    }

    static qreal heightOf(const QTextLayout &layout)
    {
        return layout.lineCount() ? layout.lineAt(layout.lineCount() - 1).rect().bottom() : 0;
    }

    QList<QTextLayout::FormatRange> highlightFormats(const QList<Span> &spans) const
    {
        QList<QTextLayout::FormatRange> formats;
        for (const Span &span : spans) {
            QTextLayout::FormatRange range;
            range.start = int(span.start);
            range.length = int(span.end - span.start);
            range.format.setBackground(sourceHighlight(span.colour, m_paper));
            range.format.setFontUnderline(true); // survives greyscale printing
            formats.append(range);
        }
        return formats;
    }

    // Flows a paragraph line by line, onto the next page when the page is full.
    void paragraph(const QString &text, const QFont &f, qreal indent = 0,
                   const QList<QTextLayout::FormatRange> &formats = {},
                   const QColor &colour = Qt::black, qreal spaceAfter = -1)
    {
        const auto layout = layOut(text, f, m_body.width() - indent, formats);
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            ensure(line.height());
            if (m_painter) {
                m_painter->setPen(colour);
                line.draw(m_painter, QPointF(m_body.left() + indent, m_y - line.y()));
            }
            m_y += line.height();
        }
        m_y += spaceAfter >= 0 ? spaceAfter : pt(4);
    }

    void heading(const QString &text, int level)
    {
        const qreal size = level == 0 ? 18 : (level == 1 ? 13 : 10.5);
        ensure(pt(size * 3));
        if (level <= 1) {
            m_sections.append(Section{text, level, m_page, m_y});
            if (level == 0)
                m_currentSection = text;
        }
        m_y += level == 0 ? 0 : pt(4);
        paragraph(text, font(size, true), 0, {}, Qt::black, pt(level == 0 ? 8 : 4));
    }

    void swatch(qreal x, qreal y, qreal size, int colour)
    {
        if (!m_painter)
            return;
        m_painter->fillRect(QRectF(x, y, size, size), sourceColor(colour, m_paper));
        m_painter->setPen(QColor(60, 60, 60));
        m_painter->setBrush(Qt::NoBrush);
        m_painter->drawRect(QRectF(x, y, size, size));
    }

    // A row of cells, each wrapped in its column; rows that do not fit go to the next page.
    struct CellSpec
    {
        QString text;
        QFont font;
        QList<QTextLayout::FormatRange> formats;
        int swatch = -1;
        bool hatched = false;
        QColor colour = Qt::black;
    };

    static CellSpec spec(const QString &text, const QFont &f, int swatchColour = -1)
    {
        CellSpec cell;
        cell.text = text;
        cell.font = f;
        cell.swatch = swatchColour;
        return cell;
    }

    qreal measureRow(const QList<CellSpec> &cells, const QList<qreal> &widths) const
    {
        const qreal pad = pt(3);
        qreal height = pt(12);
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const qreal swatchSpace = cells[c].swatch >= 0 ? pt(10) : 0;
            const auto layout = layOut(cells[c].text, cells[c].font,
                                       widths[c] - 2 * pad - swatchSpace, cells[c].formats);
            height = std::max(height, heightOf(*layout) + 2 * pad);
        }
        return height;
    }

    void tableRow(const QList<CellSpec> &cells, const QList<qreal> &widths, bool header,
                  const std::function<void()> &repeatHeader = {})
    {
        const qreal pad = pt(3);
        std::vector<std::unique_ptr<QTextLayout>> layouts;
        qreal height = pt(12);
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const qreal swatchSpace = cells[c].swatch >= 0 ? pt(10) : 0;
            layouts.push_back(layOut(cells[c].text, cells[c].font,
                                     widths[c] - 2 * pad - swatchSpace, cells[c].formats));
            height = std::max(height, heightOf(*layouts.back()) + 2 * pad);
        }
        // Lines left to draw in each cell; a tall row continues on the next page.
        std::vector<int> next(cells.size(), 0);
        bool first = true;
        while (true) {
            if (!first || height > remaining()) {
                if (!first || m_y > m_body.top() + pt(40)) {
                    newPage();
                    if (repeatHeader)
                        repeatHeader();
                }
            }
            first = false;
            const qreal top = m_y;
            const qreal room = m_body.bottom() - top;
            qreal used = pt(12);
            std::vector<qreal> cellHeights(cells.size(), 0);
            bool done = true;
            for (qsizetype c = 0; c < cells.size(); ++c) {
                QTextLayout &layout = *layouts[size_t(c)];
                qreal h = 0;
                int i = next[size_t(c)];
                while (i < layout.lineCount() && h + layout.lineAt(i).height() + 2 * pad <= room)
                    h += layout.lineAt(i++).height();
                cellHeights[size_t(c)] = h;
                if (i < layout.lineCount())
                    done = false;
                used = std::max(used, h + 2 * pad);
            }
            // Paint this page's part of the row.
            qreal x = m_body.left();
            for (qsizetype c = 0; c < cells.size(); ++c) {
                const QRectF box(x, top, widths[c], used);
                if (m_painter) {
                    if (header)
                        m_painter->fillRect(box, QColor(235, 235, 235));
                    if (cells[c].hatched) {
                        m_painter->fillRect(box.adjusted(1, 1, -1, -1),
                                            QBrush(QColor(170, 170, 170), Qt::BDiagPattern));
                    }
                    m_painter->setPen(QPen(QColor(170, 170, 170), pt(0.5)));
                    m_painter->setBrush(Qt::NoBrush);
                    m_painter->drawRect(box);
                    qreal textX = x + pad;
                    if (cells[c].swatch >= 0) {
                        swatch(x + pad, top + pad + pt(1), pt(7), cells[c].swatch);
                        textX += pt(10);
                    }
                    QTextLayout &layout = *layouts[size_t(c)];
                    const int from = next[size_t(c)];
                    const qreal shift = from < layout.lineCount() ? layout.lineAt(from).y() : 0;
                    m_painter->setPen(cells[c].colour);
                    qreal h = 0;
                    for (int i = from; i < layout.lineCount(); ++i) {
                        const QTextLine line = layout.lineAt(i);
                        if (h + line.height() > cellHeights[size_t(c)] + 0.01)
                            break;
                        line.draw(m_painter, QPointF(textX, top + pad - shift));
                        h += line.height();
                    }
                }
                x += widths[c];
            }
            for (qsizetype c = 0; c < cells.size(); ++c) {
                QTextLayout &layout = *layouts[size_t(c)];
                qreal h = 0;
                int &i = next[size_t(c)];
                while (i < layout.lineCount() &&
                       h + layout.lineAt(i).height() <= cellHeights[size_t(c)] + 0.01)
                    h += layout.lineAt(i++).height();
            }
            m_y = top + used;
            if (done)
                break;
        }
    }

    // --- sections --------------------------------------------------------------------------

    QString sourceName(qsizetype s) const { return m_state.sourceName(s); }

    // How many of a source's units other sources also carry.
    std::pair<int, int> support(qsizetype source) const
    {
        int units = 0, shared = 0;
        for (const Unit &unit : m_state.comparison.units) {
            if (unit.sources.contains(source)) {
                ++units;
                shared += unit.support() > 1;
            }
        }
        return {shared, units};
    }

    void cover()
    {
        m_y = m_body.top() + pt(30);
        paragraph(m_title, font(22, true), 0, {}, Qt::black, pt(10));
        const QLocale locale;
        const Comparison &c = m_state.comparison;
        paragraph(Tr::tr("A comparison of %n version(s) of one story, made by Parallax on %1.",
                         nullptr, int(m_state.articles.size()))
                      .arg(locale.toString(m_options.created, QLocale::LongFormat)),
                  font(10));
        if (c.base >= 0)
            paragraph(
                Tr::tr("Base source: %1. \"Added\" relative to the base means what that source "
                       "lacks.")
                    .arg(sourceName(c.base)),
                font(10), 0, {}, Qt::black, pt(12));
        m_currentSection = Tr::tr("Sources");
        m_sections.append(Section{Tr::tr("Sources"), 0, m_page, m_y});
        paragraph(Tr::tr("Sources"), font(13, true), 0, {}, Qt::black, pt(6));
        const qreal w = m_body.width();
        const QList<qreal> widths{w * 0.34, w * 0.16, w * 0.12, w * 0.09, w * 0.1, w * 0.19};
        const QFont small = font(8);
        const QFont bold = font(8, true);
        auto headerRow = [&] {
            tableRow({spec(Tr::tr("Title"), bold), spec(Tr::tr("Outlet"), bold),
                      spec(Tr::tr("Date"), bold), spec(Tr::tr("Words"), bold),
                      spec(Tr::tr("Added"), bold),
                      spec(Tr::tr("Support (units others carry)"), bold)},
                     widths, true);
        };
        headerRow();
        for (qsizetype s = 0; s < m_state.articles.size(); ++s) {
            const Article &article = m_state.articles.at(s);
            const auto [shared, units] = support(s);
            QString name = sourceName(s);
            if (s == c.base)
                name = Tr::tr("%1 (base)").arg(name);
            tableRow(
                {spec(name, small, m_state.sources.at(s).colour),
                 spec(article.metadata.outlet, small),
                 spec(article.metadata.date.isValid()
                          ? locale.toString(article.metadata.date, QLocale::ShortFormat)
                          : Tr::tr("undated"),
                      small),
                 spec(locale.toString(article.words), small),
                 spec(locale.toString(m_state.addedShare(s, false) * 100, 'f', 0) + u'%', small),
                 spec(Tr::tr("%1 of %2").arg(shared).arg(units), small)},
                widths, false, headerRow);
        }
        m_y += pt(14);
        relations();
        // Contents, with the page numbers the first pass found.
        ensure(pt(120));
        paragraph(Tr::tr("Contents"), font(13, true), 0, {}, Qt::black, pt(6));
        for (qsizetype index = 0; index < m_known.size(); ++index) {
            const Section &section = m_known.at(index);
            if (section.level > 1)
                continue;
            const QString line = QStringLiteral("%1%2").arg(
                section.level ? QStringLiteral("    ") : QString(), section.title);
            ensure(pt(12));
            if (m_painter) {
                m_painter->setFont(font(9.5, section.level == 0));
                m_painter->setPen(Qt::black);
                const QRectF row(m_body.left(), m_y, m_body.width(), pt(12));
                m_painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter, line);
                m_painter->drawText(row, Qt::AlignRight | Qt::AlignVCenter,
                                    QString::number(section.page));
                m_links.append(ContentsLink{m_page, row, index});
            }
            m_y += pt(12);
        }
    }

    void legend()
    {
        heading(Tr::tr("How to read this report"), 0);
        const QFont f = font(9);
        paragraph(
            Tr::tr("Parallax aligned the sentences of every source into units: sentences, from "
                   "one or more sources, that say the same thing, even reworded, reordered, "
                   "split or merged. Each unit is a row of the comparison; each source a "
                   "column."),
            f);
        const qreal size = pt(9);
        auto item = [&](const std::function<void(qreal, qreal)> &mark, const QString &text) {
            ensure(pt(14));
            if (m_painter)
                mark(m_body.left(), m_y + pt(2));
            const qreal before = m_y;
            paragraph(text, f, pt(32), {}, Qt::black, pt(3));
            m_y = std::max(m_y, before + pt(14));
        };
        item(
            [&](qreal x, qreal y) {
                const QRectF box(x, y, size * 1.6, size);
                m_painter->fillRect(box, sourceHighlight(0, m_paper));
                m_painter->setPen(QPen(Qt::black, pt(0.6)));
                m_painter->drawLine(box.bottomLeft(), box.bottomRight());
            },
            m_options.view.highlight == ViewOptions::Highlight::AllChanges
                ? Tr::tr("Highlighted and underlined, in the source's colour: wording that differs "
                         "from the base source.")
                : Tr::tr("Highlighted and underlined, in the source's colour: information the "
                         "source adds (names, numbers, quotations, content words no other source "
                         "has)."));
        item(
            [&](qreal x, qreal y) {
                m_painter->fillRect(QRectF(x, y, size * 1.6, size),
                                    QBrush(QColor(140, 140, 140), Qt::BDiagPattern));
            },
            Tr::tr("Hatched cell: the source does not carry this unit."));
        item(
            [&](qreal x, qreal y) {
                m_painter->setFont(font(7.5, false, true));
                m_painter->setPen(Qt::black);
                m_painter->drawText(QPointF(x, y + size), Tr::tr("moved"));
            },
            Tr::tr("\"moved\": the source tells this where the base source does not (a moved "
                   "paragraph)."));
        for (qsizetype s = 0; s < m_state.articles.size(); ++s) {
            const int colour = m_state.sources.at(s).colour;
            item([&, colour](qreal x, qreal y) { swatch(x, y, size, colour); }, sourceName(s));
        }
        m_y += pt(8);
    }

    QList<Addition> additionsOf(qsizetype source, bool relativeToBase) const
    {
        QList<Addition> out;
        for (const Addition &a : m_state.additions(relativeToBase)) {
            if (a.source == source)
                out.append(a);
        }
        return out;
    }

    void listAdditions(qsizetype source, bool relativeToBase)
    {
        const QList<Addition> additions = additionsOf(source, relativeToBase);
        const int colour = m_state.sources.at(source).colour;
        const QFont f = font(8.5);
        if (additions.isEmpty()) {
            paragraph(Tr::tr("Nothing."), font(8.5, false, true), pt(12));
            return;
        }
        for (const Addition &a : additions) {
            const Sentence *sentence = m_state.sentence(a.segment);
            if (!sentence)
                continue;
            const bool whole = a.start == 0 && a.end == sentence->text.size();
            // The sentence as context, the added part marked.
            const QString prefix = whole ? Tr::tr("Only here: ") : Tr::tr("Adds: ");
            const QString text = prefix + u'\u201C' + sentence->text + u'\u201D';
            const qsizetype offset = prefix.size() + 1;
            paragraph(text, f, pt(12),
                      highlightFormats({Span{offset + a.start, offset + a.end, colour}}), Qt::black,
                      pt(3));
            if (stop())
                return;
        }
    }

    void whoAddedWhat()
    {
        heading(Tr::tr("Who added what"), 0);
        const Comparison &c = m_state.comparison;
        for (qsizetype s = 0; s < m_state.articles.size(); ++s) {
            heading(sourceName(s), 1);
            paragraph(Tr::tr("Relative to all other sources:"), font(9, true), pt(4));
            listAdditions(s, false);
            if (c.base >= 0 && s != c.base) {
                paragraph(Tr::tr("Relative to the base source (%1):").arg(sourceName(c.base)),
                          font(9, true), pt(4));
                listAdditions(s, true);
            }
            if (stop())
                return;
        }
    }

    void overview()
    {
        heading(Tr::tr("Overview"), 0);
        paragraph(
            Tr::tr("Units (rows, in reading order) by sources (columns). The shade is how "
                   "closely the best counterpart matches; full colour marks content only that "
                   "source carries; blank means absent."),
            font(8.5));
        const Comparison &c = m_state.comparison;
        const int rows = int(c.units.size());
        const int columns = int(m_state.articles.size());
        if (rows == 0 || columns == 0)
            return;
        QHash<qsizetype, double> best;
        for (const Link &link : c.links) {
            best[link.a] = std::max(best.value(link.a), link.score);
            best[link.b] = std::max(best.value(link.b), link.score);
        }
        const qreal labelHeight = pt(12);
        const qreal height = std::min(remaining() - labelHeight - pt(4), rows * pt(10));
        const qreal width = std::min(m_body.width(), columns * pt(40));
        const qreal cellW = width / columns;
        const qreal cellH = height / rows;
        const qreal left = m_body.left();
        const qreal top = m_y + labelHeight;
        if (m_painter) {
            for (int column = 0; column < columns; ++column) {
                swatch(left + column * cellW + cellW / 2 - pt(4), m_y + pt(1), pt(8),
                       m_state.sources.at(column).colour);
            }
            for (int row = 0; row < rows; ++row) {
                const Unit &unit = c.units.at(row);
                for (qsizetype segment : unit.segments) {
                    const qsizetype column = c.sourceOf(segment);
                    QColor colour = sourceColor(m_state.sources.at(column).colour, m_paper);
                    colour.setAlphaF(unit.support() == 1 ? 1.0f
                                                         : float(0.2 + 0.6 * best.value(segment)));
                    m_painter->fillRect(QRectF(left + column * cellW + 0.5, top + row * cellH,
                                               cellW - 1, std::max(cellH, 0.5)),
                                        colour);
                }
            }
            m_painter->setPen(QPen(QColor(120, 120, 120), pt(0.5)));
            m_painter->setBrush(Qt::NoBrush);
            m_painter->drawRect(QRectF(left, top, width, height));
        }
        m_y = top + height + pt(6);
    }

    // More sources than fit side by side are shown in groups, the base source in each.
    QList<QList<int>> columnGroups(int columns) const
    {
        const int perPage = m_landscape ? kColumnsPerPage : kColumnsPerPage - 2;
        const int base = int(std::max<qsizetype>(0, m_state.comparison.base));
        if (columns <= perPage) {
            QList<int> all;
            for (int column = 0; column < columns; ++column)
                all.append(column);
            return {all};
        }
        QList<QList<int>> groups;
        QList<int> group{base};
        for (int column = 0; column < columns; ++column) {
            if (column == base)
                continue;
            group.append(column);
            if (group.size() == perPage) {
                groups.append(group);
                group = {base};
            }
        }
        if (group.size() > 1)
            groups.append(group);
        return groups;
    }

    void comparison()
    {
        SynopsisModel model;
        ViewOptions view = m_options.view;
        view.showFurniture = false;
        model.setOptions(view);
        model.setState(std::shared_ptr<const ComparisonState>(&m_state, [](auto *) {}));
        const QList<QList<int>> groups = columnGroups(model.columnCount());
        for (qsizetype g = 0; g < groups.size(); ++g) {
            if (g > 0)
                newPage();
            const QList<int> &group = groups.at(g);
            heading(groups.size() == 1 ? Tr::tr("The comparison")
                                       : Tr::tr("The comparison, part %1 of %2: %3")
                                             .arg(g + 1)
                                             .arg(groups.size())
                                             .arg(Tr::tr("%n source(s) beside the base", nullptr,
                                                         int(group.size() - 1))),
                    0);
            comparisonTable(model, group);
            if (stop())
                return;
        }
    }

    void comparisonTable(const SynopsisModel &model, const QList<int> &group)
    {
        const int columns = int(group.size());
        const int all = model.columnCount();
        const QList<qreal> widths(columns, m_body.width() / std::max(1, columns));
        const QFont headerFont = font(columns > 5 ? 7.5 : 8, true);
        const QFont cellFont = font(columns > 5 ? 7.5 : 8);
        auto header = [&] {
            QList<CellSpec> cells;
            for (int column : group)
                cells.append(spec(model.headerData(column, Qt::Horizontal).toString(), headerFont,
                                  m_state.sources.at(column).colour));
            tableRow(cells, widths, true);
        };
        header();
        for (int row = 0; row < model.rowCount(); ++row) {
            if (stop())
                return;
            const qsizetype unit = model.unitOfRow(row);
            const int supportCount = model.index(row, 0).data(SynopsisModel::SupportRole).toInt();
            QList<CellSpec> cells;
            bool any = false;
            for (int column : group) {
                const QModelIndex index = model.index(row, column);
                CellSpec cell;
                cell.font = cellFont;
                cell.text = index.data().toString();
                if (index.data(SynopsisModel::AbsentRole).toBool()) {
                    cell.hatched = true;
                } else {
                    any = true;
                    QList<Span> spans;
                    const int colour = m_state.sources.at(column).colour;
                    for (const HighlightSpan &h :
                         index.data(SynopsisModel::HighlightsRole).value<QList<HighlightSpan>>())
                        spans.append(Span{h.start, h.end, colour});
                    cell.formats = highlightFormats(spans);
                    if (index.data(SynopsisModel::MovedRole).toBool())
                        cell.text += u'\u2028' + Tr::tr("(moved)");
                }
                cells.append(cell);
            }
            if (!any)
                continue; // a unit none of this group's sources carries
            // The unit's label, then its cells; the label comes again if the row breaks.
            const QString label =
                Tr::tr("Unit %1 \u00b7 carried by %2 of %n source(s)", nullptr, all)
                    .arg(unit + 1)
                    .arg(supportCount);
            // Keep the label with its row (with as much of the row as fits on a page).
            ensure(pt(11) + std::min(measureRow(cells, widths), m_body.height() / 2));
            paragraph(label, font(7, true), 0, {}, QColor(80, 80, 80), pt(1));
            tableRow(cells, widths, false, [&] {
                header();
                paragraph(label + u' ' + Tr::tr("(continued)"), font(7, true), 0, {},
                          QColor(80, 80, 80), pt(1));
            });
            m_y += pt(3);
        }
    }

    QPagedPaintDevice *m_device;
    QPainter *m_painter;
    const ComparisonState &m_state;
    const ReportOptions &m_options;
    bool m_landscape;
    QString m_title;
    QList<Section> m_known;
    int m_totalPages = 0;
    QPalette m_paper;
    QFont m_bodyFont;
    qreal m_dpi = 72;
    QRectF m_body;
    qreal m_footerY = 0;
    qreal m_y = 0;
    int m_page = 1;
    QString m_currentSection;
    QList<Section> m_sections;
    QList<ContentsLink> m_links;
    std::function<void(int, int)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    bool m_cancelled = false;
};

} // namespace Parallax::ReportLayout
