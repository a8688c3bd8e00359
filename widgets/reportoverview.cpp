#include "reportoverview.h"

#include "reportpage.h"
#include "sourcecolors.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace Parallax::ReportLayout {

ReportOverview::ReportOverview(ReportPage &page)
    : m_page(page)
{}

void ReportOverview::write()
{
    ReportPage &p = m_page;
    const ComparisonState &state = p.state();
    p.heading(Tr::tr("Overview"), 0);
    p.paragraph(Tr::tr("Units (rows, in reading order) by sources (columns). The shade is how "
                       "closely the best counterpart matches; full colour marks content only that "
                       "source carries; blank means absent."),
                p.font(8.5));
    const Comparison &c = state.comparison;
    const int rows = int(c.units.size());
    const int columns = int(state.articles.size());
    if (rows == 0 || columns == 0)
        return;
    QHash<qsizetype, double> best;
    for (const Link &link : c.links) {
        best[link.a] = std::max(best.value(link.a), link.score);
        best[link.b] = std::max(best.value(link.b), link.score);
    }
    // Above each column, its swatch and its source's name (three short lines at most).
    const QFont labelFont = p.font(6.5);
    const qreal labelHeight = p.pt(34);
    const qreal height = std::min(p.remaining() - labelHeight - p.pt(4), rows * p.pt(10));
    const qreal width = std::min(p.body().width(), columns * p.pt(72));
    const qreal cellW = width / columns;
    const qreal cellH = height / rows;
    const qreal left = p.body().left();
    const qreal top = p.y() + labelHeight;
    if (QPainter *painter = p.painter()) {
        const QFontMetricsF metrics(labelFont, p.device());
        painter->setFont(labelFont);
        for (int column = 0; column < columns; ++column) {
            const qreal x = left + column * cellW;
            p.swatch(x + cellW / 2 - p.pt(4), p.y() + p.pt(1), p.pt(8),
                     state.sources.at(column).colour);
            const QString name =
                metrics.elidedText(p.sourceName(column), Qt::ElideRight, (cellW - p.pt(4)) * 2.5);
            // Wrapped at words, or anywhere in a long one (a file name), each line centred.
            const auto layout = p.layOut(name, labelFont, cellW - p.pt(4));
            painter->setPen(Qt::black);
            for (int i = 0; i < std::min(layout->lineCount(), 3); ++i) {
                const QTextLine line = layout->lineAt(i);
                line.draw(painter, QPointF(x + (cellW - line.naturalTextWidth()) / 2 - line.x(),
                                           p.y() + p.pt(10)));
            }
        }
        for (int row = 0; row < rows; ++row) {
            const Unit &unit = c.units.at(row);
            for (qsizetype segment : unit.segments) {
                const qsizetype column = c.sourceOf(segment);
                QColor colour = sourceColor(state.sources.at(column).colour, p.paper());
                colour.setAlphaF(unit.support() == 1 ? 1.0f
                                                     : float(0.2 + 0.6 * best.value(segment)));
                painter->fillRect(QRectF(left + column * cellW + 0.5, top + row * cellH, cellW - 1,
                                         std::max(cellH, 0.5)),
                                  colour);
            }
        }
        painter->setPen(QPen(QColor(120, 120, 120), p.pt(0.5)));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(left, top, width, height));
    }
    p.setY(top + height + p.pt(6));
}

} // namespace Parallax::ReportLayout
