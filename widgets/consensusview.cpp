#include "consensusview.h"

#include "consensusdelegate.h"
#include "consensusmodel.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTreeView>
#include <QVBoxLayout>

namespace Parallax {

ConsensusView::ConsensusView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 0);
    layout->setSpacing(2);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(4, 0, 4, 0);
    m_minimumSupport = new QSpinBox(this);
    m_minimumSupport->setObjectName(QStringLiteral("minimumSupport"));
    m_minimumSupport->setRange(1, 1);
    m_minimumSupport->setToolTip(tr("Show only units that at least this many sources carry"));
    auto *supportLabel = new QLabel(tr("Minimum &support:"), this);
    supportLabel->setBuddy(m_minimumSupport);
    m_onlyAdditions = new QCheckBox(tr("Only with a&dditions"), this);
    m_onlyAdditions->setObjectName(QStringLiteral("onlyAdditions"));
    m_onlyAdditions->setToolTip(tr("Show only units where a source adds something"));
    m_onlyConflicts = new QCheckBox(tr("Only with con&flicts"), this);
    m_onlyConflicts->setObjectName(QStringLiteral("onlyConflicts"));
    m_onlyConflicts->setToolTip(tr("Show only units where sources state different values"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("consensusCount"));
    m_count->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    filters->addWidget(supportLabel);
    filters->addWidget(m_minimumSupport);
    filters->addSpacing(8);
    filters->addWidget(m_onlyAdditions);
    filters->addWidget(m_onlyConflicts);
    filters->addWidget(m_count, 1); // takes the room left, never asks for more
    layout->addLayout(filters);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("consensusTree"));
    // One line a row and rows of one height: the tree lays out 1000 sources' rows without
    // measuring them.
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setWordWrap(false);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setItemDelegate(new ConsensusDelegate(m_tree));
    m_tree->header()->setStretchLastSection(true);
    m_tree->viewport()->installEventFilter(this);
    m_tree->header()->setSectionsMovable(false);
    layout->addWidget(m_tree, 1);
    // The filters squeeze rather than widen the window's page: the other tabs and the docks
    // keep the width they need (the filter row fits from about 500 pixels).
    setMinimumSize(160, 120);

    connect(m_minimumSupport, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_model)
            m_model->setMinimumSupport(value);
    });
    connect(m_onlyAdditions, &QCheckBox::toggled, this, [this](bool on) {
        if (m_model)
            m_model->setOnlyAdditions(on);
    });
    connect(m_onlyConflicts, &QCheckBox::toggled, this, [this](bool on) {
        if (m_model)
            m_model->setOnlyConflicts(on);
    });
    connect(m_tree, &QTreeView::activated, this, &ConsensusView::activate);
    m_ahead.setInterval(0);
    connect(&m_ahead, &QTimer::timeout, this, &ConsensusView::groupAhead);
    connect(m_tree->verticalScrollBar(), &QScrollBar::valueChanged, &m_ahead,
            qOverload<>(&QTimer::start));
}

void ConsensusView::groupAhead()
{
    // The unit rows from a page above the viewport to a page below it, nearest first; one unit
    // a turn of the event loop, so that input and painting never wait for more than one.
    const int height = m_tree->viewport()->height();
    const QModelIndex top = m_tree->indexAt(QPoint(0, 0));
    QModelIndex unitRow = top;
    while (unitRow.parent().isValid())
        unitRow = unitRow.parent();
    const int first = unitRow.isValid() ? unitRow.row() : 0;
    const int rowHeight = std::max(1, top.isValid() ? m_tree->visualRect(top).height() : 1);
    const int page = height / rowHeight + 1;
    if (!m_model || !isVisible()) {
        m_ahead.stop();
        return;
    }
    for (int distance = 0; distance <= 2 * page; ++distance) {
        for (int row : {first + distance, first - 1 - distance}) {
            const qsizetype unit = m_model->unitOfRow(row);
            if (unit >= 0 && !m_model->isGrouped(unit)) {
                m_model->group(unit);
                return; // the next on the next turn
            }
        }
    }
    m_ahead.stop();
}

void ConsensusView::setModel(ConsensusModel *model)
{
    m_model = model;
    m_tree->setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        updateFilterRange();
        updateCount();
        m_ahead.start();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { Q_EMIT currentUnitChanged(currentUnit()); });
    updateFilterRange();
    updateCount();
    fitColumns();
}

qsizetype ConsensusView::currentUnit() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? current.data(ConsensusModel::UnitRole).value<qsizetype>() : -1;
}

void ConsensusView::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const auto kind = ConsensusModel::Kind(index.data(ConsensusModel::KindRole).toInt());
    const qsizetype unit = index.data(ConsensusModel::UnitRole).value<qsizetype>();
    if (kind == ConsensusModel::Kind::Unit)
        return; // a double click opens the unit's wordings
    qsizetype source = -1;
    if (kind == ConsensusModel::Kind::Source) {
        source = index.data(ConsensusModel::SourceRole).value<qsizetype>();
    } else if (!index.data(ConsensusModel::AbsentRole).toBool()) {
        const QModelIndex first = m_model->index(0, 0, index.siblingAtColumn(0));
        source = first.data(ConsensusModel::SourceRole).value<qsizetype>();
    }
    Q_EMIT unitActivated(unit, source);
}

void ConsensusView::updateFilterRange()
{
    const int sources = m_model && m_model->state() ? int(m_model->state()->sources.size()) : 1;
    const QSignalBlocker block(m_minimumSupport);
    m_minimumSupport->setRange(1, std::max(1, sources));
    m_minimumSupport->setSuffix(tr(" of %1").arg(sources));
    m_minimumSupport->setValue(m_model ? m_model->minimumSupport() : 1);
}

void ConsensusView::updateCount()
{
    const qsizetype total = m_model ? m_model->unitCount() : 0;
    const int shown = m_model ? m_model->rowCount() : 0;
    m_count->setText(total == 1 ? tr("%1 of 1 unit shown").arg(shown)
                                : tr("%1 of %n units shown", nullptr, int(total)).arg(shown));
}

void ConsensusView::fitColumns()
{
    if (!m_model)
        return;
    QHeaderView *header = m_tree->header();
    const QFontMetrics metrics(m_tree->font());
    const int support = metrics.horizontalAdvance(tr("%1 of %2").arg(8888).arg(8888)) +
                        metrics.averageCharWidth() * 12;
    const int rest = std::max(0, m_tree->viewport()->width() - support);
    header->resizeSection(ConsensusModel::WordingColumn, std::max(120, rest * 55 / 100));
    header->resizeSection(ConsensusModel::SupportColumn, support);
    header->resizeSection(ConsensusModel::SourcesColumn, std::max(80, rest * 22 / 100));
}

void ConsensusView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_ahead.start();
}

void ConsensusView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

bool ConsensusView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void ConsensusView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitColumns();
}

} // namespace Parallax
