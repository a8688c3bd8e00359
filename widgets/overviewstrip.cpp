#include "overviewstrip.h"

#include "sourcecolors.h"
#include "synopsismodel.h"

#include <QMouseEvent>
#include <QPainter>

namespace Parallax {

QRectF OverviewGeometry::cell(int row, int column) const
{
    if (rows <= 0 || columns <= 0)
        return {};
    const qreal w = area.width() / columns;
    const qreal h = area.height() / rows;
    return {area.left() + column * w, area.top() + row * h, w, h};
}

int OverviewGeometry::rowAt(qreal y) const
{
    if (rows <= 0 || y < area.top() || y >= area.bottom())
        return -1;
    return std::clamp(int((y - area.top()) / (area.height() / rows)), 0, rows - 1);
}

QRectF OverviewGeometry::span(int firstRow, int lastRow) const
{
    if (rows <= 0 || lastRow < firstRow)
        return {};
    const qreal h = area.height() / rows;
    return {area.left(), area.top() + firstRow * h, area.width(),
            std::max<qreal>(2.0, (lastRow - firstRow + 1) * h)};
}

OverviewStrip::OverviewStrip(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Overview"));
    setAccessibleDescription(tr("Rows by sources; click to go to a row"));
    setMouseTracking(false);
    setMinimumWidth(40);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
}

QSize OverviewStrip::sizeHint() const
{
    return {std::clamp(int(m_colours.size()) * 10 + 8, 40, 160), 300};
}

void OverviewStrip::setModel(SynopsisModel *model)
{
    m_model = model;
    connect(model, &QAbstractItemModel::modelReset, this, &OverviewStrip::rebuild);
    rebuild();
}

void OverviewStrip::setVisibleRows(int first, int last)
{
    m_firstVisible = first;
    m_lastVisible = last;
    update();
}

void OverviewStrip::rebuild()
{
    m_cells.clear();
    m_colours.clear();
    if (!m_model || !m_model->state()) {
        update();
        return;
    }
    const ComparisonState &state = *m_model->state();
    QHash<qsizetype, double> best;
    for (const Link &link : state.comparison.links) {
        best[link.a] = std::max(best.value(link.a), link.score);
        best[link.b] = std::max(best.value(link.b), link.score);
    }
    for (const SourceInfo &source : state.sources)
        m_colours.push_back(source.colour);
    const int rows = m_model->rowCount();
    const int columns = m_model->columnCount();
    m_cells.assign(size_t(rows), std::vector<Cell>(size_t(columns)));
    for (int r = 0; r < rows; ++r) {
        const int support = m_model->index(r, 0).data(SynopsisModel::SupportRole).toInt();
        for (int c = 0; c < columns; ++c) {
            const auto segments =
                m_model->index(r, c).data(SynopsisModel::SegmentsRole).value<QList<qsizetype>>();
            Cell &cell = m_cells[size_t(r)][size_t(c)];
            cell.present = !segments.isEmpty();
            cell.unique = cell.present && support == 1;
            for (qsizetype s : segments)
                cell.score = std::max(cell.score, float(best.value(s)));
            if (cell.unique)
                cell.score = 1;
        }
    }
    updateGeometry();
    update();
}

OverviewGeometry OverviewStrip::geometryForSize(const QSize &size) const
{
    OverviewGeometry g;
    g.rows = int(m_cells.size());
    g.columns = int(m_colours.size());
    g.area = QRectF(2, 2, size.width() - 4, size.height() - 4);
    return g;
}

void OverviewStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const OverviewGeometry g = geometryForSize(size());
    for (int r = 0; r < g.rows; ++r) {
        for (int c = 0; c < g.columns; ++c) {
            const Cell &cell = m_cells[size_t(r)][size_t(c)];
            if (!cell.present)
                continue;
            QColor colour = sourceColor(m_colours[size_t(c)], pal);
            colour.setAlphaF(cell.unique ? 1.0f : 0.25f + 0.55f * cell.score);
            const QRectF box = g.cell(r, c).adjusted(0.5, 0, -0.5, 0);
            painter.fillRect(box, colour);
        }
    }
    if (m_lastVisible >= m_firstVisible && g.rows > 0) {
        painter.setPen(QPen(pal.color(QPalette::Text), 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(g.span(m_firstVisible, m_lastVisible).adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void OverviewStrip::mousePressEvent(QMouseEvent *event)
{
    const int row = geometryForSize(size()).rowAt(event->position().y());
    if (row >= 0)
        Q_EMIT rowClicked(row);
}

void OverviewStrip::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        mousePressEvent(event);
}

} // namespace Parallax
