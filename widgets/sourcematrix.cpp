#include "sourcematrix.h"

#include "findingslistpanel.h"
#include "plaintooltip.h"
#include "sourcecolors.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QTableView>
#include <QVBoxLayout>

namespace Parallax {

namespace {

// The row header: each source's swatch, then its name elided in the middle to the header's
// width (QHeaderView elides as if there were no icon, so the end of a long name was cut off).
class SourceRowHeader : public QHeaderView
{
public:
    explicit SourceRowHeader(QWidget *parent)
        : QHeaderView(Qt::Vertical, parent)
    {}

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override
    {
        QStyleOptionHeader opt;
        initStyleOption(&opt);
        opt.rect = rect;
        opt.section = logicalIndex;
        style()->drawControl(QStyle::CE_HeaderSection, &opt, painter, this);
        if (!model())
            return;
        const int margin = 4;
        const int side = std::max(6, rect.height() - 8);
        QRect area = rect.adjusted(margin, 0, -margin, 0);
        const QVariant decoration =
            model()->headerData(logicalIndex, orientation(), Qt::DecorationRole);
        if (decoration.canConvert<QPixmap>()) {
            const QPixmap swatch = decoration.value<QPixmap>();
            painter->drawPixmap(
                QRect(area.left(), area.top() + (area.height() - side) / 2, side, side), swatch);
            area.setLeft(area.left() + side + margin);
        }
        const QString text =
            model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
        painter->setPen(palette().color(QPalette::ButtonText));
        painter->drawText(area, Qt::AlignVCenter | Qt::AlignLeft,
                          fontMetrics().elidedText(text, Qt::ElideMiddle, area.width()));
    }
};

} // namespace

SourceMatrixModel::SourceMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SourceMatrixModel::setState(ComparisonStatePtr state)
{
    if (state && state->sameComparison(m_state.get())) { // the same counts, now the relations
        m_state = std::move(state);
        if (m_computed)
            m_relations = m_state->relations;
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_state = std::move(state);
    m_computed = false;
    m_counts = {};
    m_relations.clear();
    endResetModel();
}

void SourceMatrixModel::compute() const
{
    if (m_computed || !m_state)
        return;
    m_computed = true;
    m_counts = sharedUnits(m_state->sources.size(), m_state->comparison);
    m_relations = m_state->relations;
}

int SourceMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_state ? 0 : int(m_state->sources.size());
}

int SourceMatrixModel::columnCount(const QModelIndex &parent) const
{
    return rowCount(parent);
}

QVariant SourceMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    compute();
    const qsizetype a = index.row();
    const qsizetype b = index.column();
    const double share = m_counts.coverage(a, b);
    const SourceRelation relation = m_relations.value(a); // none while the findings are pending
    const bool labelled =
        relation.other == b && (relation.label == SourceRelation::Label::CopyOf ||
                                relation.label == SourceRelation::Label::RewordingOf);
    const QPalette palette = QApplication::palette();
    switch (role) {
    case Qt::DisplayRole:
        return a == b ? QString() : QLocale().toString(share * 100, 'f', 0) + u'%';
    case CoverageRole:
        return share;
    case LabelRole:
        return int(relation.other == b ? relation.label : SourceRelation::Label::None);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        return a == b ? palette.color(QPalette::Window) : background(palette, share);
    case Qt::ForegroundRole: {
        // Whichever of the two text colours reads better on the cell.
        const QColor cell = background(palette, share);
        const QColor text = palette.color(QPalette::Text);
        const QColor light = palette.color(QPalette::HighlightedText);
        return contrastRatio(text, cell) >= contrastRatio(light, cell) ? text : light;
    }
    case Qt::FontRole:
        if (labelled) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        if (a == b)
            return role == Qt::ToolTipRole ? plainToolTip(m_state->sourceName(a))
                                           : m_state->sourceName(a);
        QString text = tr("%1 of the %n units of %2 are in %3.", nullptr, m_counts.units[size_t(a)])
                           .arg(m_counts.shared[size_t(a * m_counts.sources + b)])
                           .arg(m_state->sourceName(a), m_state->sourceName(b));
        if (labelled)
            text += u'\n' + (relation.label == SourceRelation::Label::CopyOf
                                 ? tr("%1 is a copy of %2.")
                                 : tr("%1 is a rewording of %2."))
                                .arg(m_state->sourceName(a), m_state->sourceName(b));
        return role == Qt::ToolTipRole ? plainToolTip(text) : text;
    }
    default:
        return {};
    }
}

QColor SourceMatrixModel::background(const QPalette &palette, double share)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor hot = palette.color(QPalette::Highlight);
    const float t = float(std::clamp(share, 0.0, 1.0));
    return QColor::fromRgbF(base.redF() * (1 - t) + hot.redF() * t,
                            base.greenF() * (1 - t) + hot.greenF() * t,
                            base.blueF() * (1 - t) + hot.blueF() * t);
}

QVariant SourceMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_state || section < 0 || section >= m_state->sources.size())
        return {};
    const SourceInfo &source = m_state->sources.at(section);
    switch (role) {
    case Qt::DisplayRole:
        // The column shows its swatch, which carries the letter; the row its name too.
        return orientation == Qt::Horizontal ? QString() : m_state->sourceName(section);
    case Qt::AccessibleTextRole:
        return m_state->sourceName(section);
    case Qt::DecorationRole:
        return sourceSwatch(source.colour, QApplication::palette());
    case Qt::ToolTipRole:
        return plainToolTip(m_state->sourceName(section));
    default:
        return {};
    }
}

SourceMatrixView::SourceMatrixView(QWidget *parent)
    : QWidget(parent)
    , m_model(new SourceMatrixModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_legend = new QLabel(tr("Each row is a source; each cell, the share of its units that the "
                             "column's source carries too. A copy or a rewording is in bold. "
                             "Click a cell to compare the two sources side by side."),
                          this);
    m_legend->setWordWrap(true);
    layout->addWidget(m_legend);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("sourceMatrixTable"));
    m_table->setAccessibleName(tr("Shared units of every pair of sources"));
    m_table->setVerticalHeader(new SourceRowHeader(m_table));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    const int cell =
        fontMetrics().horizontalAdvance(QStringLiteral("100%")) + 3 * fontMetrics().height() / 2;
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setDefaultSectionSize(cell);
    m_table->horizontalHeader()->setMinimumSectionSize(cell);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->verticalHeader()->setMaximumWidth(fontMetrics().averageCharWidth() * 40);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid() && index.row() != index.column())
            Q_EMIT pairActivated(index.row(), index.column());
    });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.isValid() && index.row() != index.column())
            Q_EMIT pairActivated(index.row(), index.column());
    });
}

void SourceMatrixView::setState(ComparisonStatePtr state)
{
    m_model->setState(std::move(state));
}

} // namespace Parallax
