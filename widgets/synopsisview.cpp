#include "synopsisview.h"

#include "celllayout.h"
#include "sourcecolors.h"
#include "synopsismodel.h"

#include <QHeaderView>
#include <QPainter>
#include <QScrollBar>
#include <QTextLayout>

namespace Parallax {

namespace {

constexpr int kColumnWidth = 320;

// A header that elides each source's name to its section with a mark where text is left out
// (the style cuts it off after the source's badge without one); the whole name is the tooltip.
class ElidingHeaderView : public QHeaderView
{
public:
    explicit ElidingHeaderView(QWidget *parent)
        : QHeaderView(Qt::Horizontal, parent)
    {}

protected:
    void initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const override
    {
        QHeaderView::initStyleOptionForIndex(option, logicalIndex);
        const QVariant font = model()->headerData(logicalIndex, orientation(), Qt::FontRole);
        const QFontMetrics metrics(font.canConvert<QFont>() ? font.value<QFont>() : this->font());
        const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, option, this);
        int room = sectionSize(logicalIndex) - 2 * margin - 4;
        if (!option->icon.isNull())
            room -= style()->pixelMetric(QStyle::PM_SmallIconSize, option, this) + margin;
        option->text = metrics.elidedText(option->text, Qt::ElideRight, std::max(0, room));
    }
};

} // namespace

void SynopsisDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    painter->save();
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QRect rect = option.rect;
    painter->fillRect(rect, selected ? palette.brush(QPalette::Highlight)
                                     : palette.brush(QPalette::Base));
    if (index.data(SynopsisModel::AbsentRole).toBool()) {
        QBrush hatch(palette.color(QPalette::Mid), Qt::BDiagPattern);
        painter->fillRect(rect.adjusted(2, 2, -2, -2), hatch);
        painter->restore();
        return;
    }
    const QString text = index.data(Qt::DisplayRole).toString();
    const int colour = index.data(SynopsisModel::ColourRole).toInt();
    QFont font = option.font;
    const bool furniture = index.data(SynopsisModel::FurnitureRole).toBool();
    if (furniture)
        font.setItalic(true);
    QTextLayout layout(text, font);
    QList<QTextLayout::FormatRange> formats;
    for (const HighlightSpan &span :
         index.data(SynopsisModel::HighlightsRole).value<QList<HighlightSpan>>()) {
        QTextLayout::FormatRange range;
        range.start = int(span.start);
        range.length = int(span.end - span.start);
        range.format.setBackground(sourceHighlight(colour, palette));
        range.format.setForeground(palette.color(QPalette::Text));
        range.format.setFontUnderline(true);
        if (span.kind == HighlightSpan::Kind::Changed)
            range.format.setUnderlineStyle(QTextCharFormat::DotLine);
        formats.append(range);
    }
    // Find's hits: a box in the text colour around the words, on top of any other mark.
    const QList<HighlightSpan> found =
        index.data(SynopsisModel::FoundRole).value<QList<HighlightSpan>>();
    layout.setFormats(formats);
    CellLayout::layout(layout, rect.width());
    QColor textColour = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    if (furniture && !selected)
        textColour = palette.color(QPalette::PlaceholderText);
    painter->setPen(textColour);
    layout.draw(painter, rect.topLeft());
    if (!found.isEmpty()) {
        painter->setPen(QPen(textColour, 1.5));
        painter->setBrush(Qt::NoBrush);
        for (const HighlightSpan &span : found) {
            // One box per line the hit spans.
            for (int l = 0; l < layout.lineCount(); ++l) {
                const QTextLine line = layout.lineAt(l);
                const int from = std::max(int(span.start), line.textStart());
                const int to = std::min(int(span.end), line.textStart() + line.textLength());
                if (from >= to)
                    continue;
                const qreal x1 = line.cursorToX(from);
                const qreal x2 = line.cursorToX(to);
                painter->drawRect(QRectF(rect.left() + x1 - 1, rect.top() + line.y(), x2 - x1 + 2,
                                         line.height()));
            }
        }
    }
    if (index.data(SynopsisModel::MovedRole).toBool()) {
        // A bar in the source's colour on the left edge marks a sentence that moved.
        painter->fillRect(QRect(rect.left(), rect.top() + 2, 3, rect.height() - 4),
                          sourceColor(colour, palette));
    }
    painter->restore();
}

QSize SynopsisDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont font = option.font;
    if (index.data(SynopsisModel::FurnitureRole).toBool())
        font.setItalic(true);
    const int width = option.rect.width() > 0 ? option.rect.width() : kColumnWidth;
    return {width, CellLayout::height(index.data().toString(), font, width)};
}

SynopsisView::SynopsisView(QWidget *parent)
    : QTableView(parent)
{
    setItemDelegate(new SynopsisDelegate(this));
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setShowGrid(true);
    setHorizontalHeader(new ElidingHeaderView(this));
    horizontalHeader()->setDefaultSectionSize(kColumnWidth);
    horizontalHeader()->setMinimumSectionSize(120);
    horizontalHeader()->setSectionsMovable(false);
    horizontalHeader()->setTextElideMode(Qt::ElideRight);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    setAccessibleName(tr("Synopsis"));
    m_rowHeights.setSingleShot(true);
    m_rowHeights.setInterval(30);
    connect(&m_rowHeights, &QTimer::timeout, this, [this] { resizeRowsToContents(); });
    connect(horizontalHeader(), &QHeaderView::sectionResized, this,
            &SynopsisView::scheduleRowHeights);
    // Row heights are measured over the columns in view; scrolling sideways brings others.
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this,
            &SynopsisView::scheduleRowHeights);
}

void SynopsisView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        fitColumns();
        scheduleRowHeights();
    });
    connect(model, &QAbstractItemModel::dataChanged, this, &SynopsisView::scheduleRowHeights);
    scheduleRowHeights();
}

SynopsisModel *SynopsisView::synopsisModel() const
{
    return qobject_cast<SynopsisModel *>(model());
}

void SynopsisView::scrollToRow(int row)
{
    if (!model() || row < 0 || row >= model()->rowCount())
        return;
    const int column = std::max(0, currentIndex().column());
    const QModelIndex target = model()->index(row, column);
    setCurrentIndex(target);
    scrollTo(target, QAbstractItemView::PositionAtCenter);
}

void SynopsisView::fitColumns()
{
    if (!model() || model()->columnCount() == 0)
        return;
    // Share the width when it allows readable columns; scroll sideways when it does not.
    const int available = viewport()->width();
    const int least = (m_compact ? kCompactColumnCharacters : kMinimumColumnCharacters) *
                      fontMetrics().averageCharWidth();
    const int width = std::max(least, available / model()->columnCount());
    for (int column = 0; column < model()->columnCount(); ++column)
        horizontalHeader()->resizeSection(column, width);
}

void SynopsisView::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    fitColumns();
    scheduleRowHeights();
}

void SynopsisView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        horizontalHeader()->setMinimumSectionSize(8 * fontMetrics().averageCharWidth());
        fitColumns();
        scheduleRowHeights();
    }
}

void SynopsisView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitColumns();
    scheduleRowHeights();
}

void SynopsisView::scheduleRowHeights()
{
    m_rowHeights.start();
}

} // namespace Parallax
