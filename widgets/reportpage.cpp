#include "reportpage.h"

#include "sourcecolors.h"

#include <QPagedPaintDevice>
#include <QPainter>

#include <cmath>

namespace Parallax::ReportLayout {

namespace {

// Colours for paper: a white page whatever the screen's theme.
QPalette paperPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    return palette;
}

} // namespace

ReportPage::ReportPage(QPagedPaintDevice *device, QPainter *painter, const ComparisonState &state,
                       const ReportOptions &options, bool landscape, QString title,
                       KnownLayout known)
    : m_device(device)
    , m_painter(painter)
    , m_state(state)
    , m_options(options)
    , m_landscape(landscape)
    , m_title(std::move(title))
    , m_known(std::move(known))
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

KnownLayout ReportPage::found() const
{
    return KnownLayout{m_sections, m_units, m_page};
}

void ReportPage::start(const std::function<void(int, int)> &progress,
                       const std::atomic_bool *cancel)
{
    m_progress = progress;
    m_cancel = cancel;
    m_page = 1;
    m_y = m_body.top();
}

bool ReportPage::stop()
{
    if (m_cancel && m_cancel->load())
        m_cancelled = true;
    return m_cancelled;
}

QFont ReportPage::font(qreal size, bool bold, bool italic) const
{
    QFont f = m_bodyFont;
    f.setPointSizeF(size);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

void ReportPage::finishPage()
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
        m_painter->drawText(header, Qt::AlignRight | Qt::AlignVCenter, m_pageSection);
        m_painter->drawLine(QPointF(m_body.left(), pt(18)), QPointF(m_body.right(), pt(18)));
    }
    m_painter->setFont(font(7.5));
    m_painter->setPen(QColor(90, 90, 90));
    m_painter->drawText(QRectF(m_body.left(), m_footerY - pt(10), m_body.width(), pt(12)),
                        Qt::AlignCenter,
                        Tr::tr("Page %1 of %2").arg(m_page).arg(std::max(m_known.pages, m_page)));
}

void ReportPage::newPage()
{
    finishPage();
    if (m_painter)
        m_device->newPage();
    ++m_page;
    m_y = m_body.top();
    m_pageSection = m_currentSection;
    if (m_progress && m_painter)
        m_progress(m_page, std::max(m_known.pages, m_page));
}

void ReportPage::ensure(qreal height)
{
    if (height > remaining() && m_y > m_body.top())
        newPage();
}

std::unique_ptr<QTextLayout>
ReportPage::layOut(const QString &text, const QFont &f, qreal width,
                   const QList<QTextLayout::FormatRange> &formats) const
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

qreal ReportPage::heightOf(const QTextLayout &layout)
{
    return layout.lineCount() ? layout.lineAt(layout.lineCount() - 1).rect().bottom() : 0;
}

QList<QTextLayout::FormatRange> ReportPage::highlightFormats(const QList<Span> &spans) const
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

Anchor ReportPage::paragraph(const QString &text, const QFont &f, qreal indent,
                             const QList<QTextLayout::FormatRange> &formats, const QColor &colour,
                             qreal spaceAfter)
{
    const auto layout = layOut(text, f, m_body.width() - indent, formats);
    Anchor last{m_page, m_y};
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        ensure(line.height());
        if (i == 0 || m_page != last.page)
            last = Anchor{m_page, m_y};
        if (m_painter) {
            m_painter->setPen(colour);
            line.draw(m_painter, QPointF(m_body.left() + indent, m_y - line.y()));
        }
        m_y += line.height();
    }
    m_y += spaceAfter >= 0 ? spaceAfter : pt(4);
    return last;
}

void ReportPage::linkedParagraph(PageLink::Target target, qsizetype index, const QString &text,
                                 const QFont &f, qreal indent,
                                 const QList<QTextLayout::FormatRange> &formats)
{
    const Anchor at = paragraph(text, f, indent, formats, Qt::black, 0);
    if (at.page == m_page)
        addLink(QRectF(m_body.left() + indent, at.top, m_body.width() - indent, m_y - at.top),
                target, index);
    m_y += pt(2);
}

void ReportPage::linkedRuns(const QString &text, const QFont &f, qreal indent,
                            const QList<LinkedRun> &runs)
{
    const auto layout = layOut(text, f, m_body.width() - indent);
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        ensure(line.height());
        const qreal x = m_body.left() + indent;
        if (m_painter) {
            m_painter->setPen(Qt::black);
            line.draw(m_painter, QPointF(x, m_y - line.y()));
        }
        const qsizetype from = line.textStart();
        const qsizetype to = from + line.textLength();
        for (const LinkedRun &run : runs) {
            if (run.end <= from || run.start >= to)
                continue;
            const qreal left = line.cursorToX(int(std::max(run.start, from)));
            const qreal right = line.cursorToX(int(std::min(run.end, to)));
            addLink(QRectF(x + left, m_y, right - left, line.height()), PageLink::Target::Unit,
                    run.unit);
        }
        m_y += line.height();
    }
    m_y += pt(2);
}

void ReportPage::heading(const QString &text, int level)
{
    const qreal size = level == 0 ? 18 : (level == 1 ? 13 : 10.5);
    ensure(pt(size * 3));
    if (level <= 1) {
        m_sections.append(Section{text, level, m_page, m_y});
        if (level == 0)
            setCurrentSection(text);
    }
    m_y += level == 0 ? 0 : pt(4);
    paragraph(text, font(size, true), 0, {}, Qt::black, pt(level == 0 ? 8 : 4));
}

void ReportPage::setCurrentSection(const QString &title)
{
    m_currentSection = title;
    if (m_y <= m_body.top())
        m_pageSection = title; // nothing above it on this page
}

void ReportPage::addSection(const QString &title, int level)
{
    m_sections.append(Section{title, level, m_page, m_y});
}

void ReportPage::anchorUnit(qsizetype unit)
{
    if (!m_units.contains(unit))
        m_units.insert(unit, Anchor{m_page, m_y});
}

void ReportPage::addLink(const QRectF &rect, PageLink::Target target, qsizetype index)
{
    if (m_painter)
        m_links.append(PageLink{m_page, rect, target, index});
}

void ReportPage::swatch(qreal x, qreal y, qreal size, int colour)
{
    if (!m_painter)
        return;
    const QColor fill = sourceColor(colour, m_paper);
    m_painter->fillRect(QRectF(x, y, size, size), fill);
    drawSourceBadge(*m_painter, QRectF(x, y, size, size), colour, fill);
    m_painter->setPen(QColor(60, 60, 60));
    m_painter->setBrush(Qt::NoBrush);
    m_painter->drawRect(QRectF(x, y, size, size));
}

CellSpec ReportPage::spec(const QString &text, const QFont &f, int swatchColour)
{
    CellSpec cell;
    cell.text = text;
    cell.font = f;
    cell.swatch = swatchColour;
    return cell;
}

qreal ReportPage::measureRow(const QList<CellSpec> &cells, const QList<qreal> &widths) const
{
    const qreal pad = pt(3);
    qreal height = pt(12);
    for (qsizetype c = 0; c < cells.size(); ++c) {
        const qreal swatchSpace = cells[c].swatch >= 0 ? pt(10) : 0;
        const auto layout = layOut(cells[c].text, cells[c].font, widths[c] - 2 * pad - swatchSpace,
                                   cells[c].formats);
        height = std::max(height, heightOf(*layout) + 2 * pad);
    }
    return height;
}

qreal ReportPage::rowStart(qreal rowHeight) const
{
    return rowHeight <= m_body.height() - pt(40) ? rowHeight : m_body.height() / 4;
}

void ReportPage::tableRow(const QList<CellSpec> &cells, const QList<qreal> &widths, bool header,
                          const std::function<void()> &repeatHeader)
{
    const qreal pad = pt(3);
    std::vector<std::unique_ptr<QTextLayout>> layouts;
    qreal height = pt(12);
    for (qsizetype c = 0; c < cells.size(); ++c) {
        const qreal swatchSpace = cells[c].swatch >= 0 ? pt(10) : 0;
        layouts.push_back(layOut(cells[c].text, cells[c].font, widths[c] - 2 * pad - swatchSpace,
                                 cells[c].formats));
        height = std::max(height, heightOf(*layouts.back()) + 2 * pad);
    }
    // Lines left to draw in each cell; a tall row continues on the next page.
    std::vector<int> next(cells.size(), 0);
    bool first = true;
    while (true) {
        // A row that does not fit here starts on the next page when it fits on a page, or when
        // less than a quarter of this one is left; a taller row starts here and goes on.
        const bool startsOnNextPage = rowStart(height) > remaining() && m_y > m_body.top() + pt(40);
        if (!first || startsOnNextPage) {
            newPage();
            if (repeatHeader)
                repeatHeader();
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

} // namespace Parallax::ReportLayout
