#pragma once

#include <QRectF>
#include <QWidget>

#include <vector>

namespace Parallax {

class SynopsisModel;

// Where the rows and sources of the synopsis go in the overview strip: all rows fit its height.
struct OverviewGeometry
{
    int rows = 0;
    int columns = 0;
    QRectF area;

    QRectF cell(int row, int column) const;
    int rowAt(qreal y) const;                     // -1 outside
    QRectF span(int firstRow, int lastRow) const; // the band covering those rows
};

// A heat map of the whole comparison: one line per synopsis row, one column per source; the
// shade is the sentence's best similarity to another source, empty where the source lacks the
// row, full colour where only that source carries it. The visible part is outlined; a click
// jumps there.
class OverviewStrip : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewStrip(QWidget *parent = nullptr);

    void setModel(SynopsisModel *model);
    void setVisibleRows(int first, int last);
    OverviewGeometry geometryForSize(const QSize &size) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void rowClicked(int row);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void rebuild();

    struct Cell
    {
        float score = 0; // best link score; 1 for content only this source carries
        bool present = false;
        bool unique = false;
    };

    SynopsisModel *m_model = nullptr;
    std::vector<std::vector<Cell>> m_cells; // [row][column]
    std::vector<int> m_colours;
    int m_firstVisible = 0;
    int m_lastVisible = -1;
};

} // namespace Parallax
