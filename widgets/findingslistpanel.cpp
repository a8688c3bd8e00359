#include "findingslistpanel.h"

#include "plaintooltip.h"
#include "sourcecolors.h"
#include "wrappingdelegate.h"

#include <QEvent>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Parallax {

namespace {

constexpr int SegmentRole = Qt::UserRole + 1; // qsizetype: the sentence an entry leads to

} // namespace

FindingsListPanel::FindingsListPanel(const QString &treeName, const QString &accessibleName,
                                     QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(treeName);
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(accessibleName);
    WrappingDelegate::wrapItems(m_tree); // an entry is a sentence about the story: never cut
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemActivated, this, &FindingsListPanel::onItemActivated);
    connect(m_tree, &QTreeWidget::itemClicked, this, &FindingsListPanel::onItemActivated);
    // The keyboard moves the view as well as the selection.
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { onItemActivated(current); });
    m_summary->setText(tr("No comparison yet."));
}

void FindingsListPanel::setState(ComparisonStatePtr state)
{
    m_state = std::move(state);
    refresh();
}

void FindingsListPanel::refresh()
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    if (!m_state) {
        m_summary->setText(tr("No comparison yet."));
        return;
    }
    if (m_state->findingsPending) {
        m_summary->setText(tr("Looking for conflicts, quotations and details only some sources "
                              "carry..."));
        return;
    }
    fill();
}

QTreeWidgetItem *FindingsListPanel::addEntry(QTreeWidgetItem *parent, const QString &text,
                                             const QList<qsizetype> &sources, qsizetype segment)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setText(0, text);
    item->setToolTip(0, plainToolTip(text));
    if (!sources.isEmpty())
        item->setIcon(0, sourceSwatch(m_state->sources.value(sources.first()).colour, palette()));
    setSegment(item, segment);
    return item;
}

qsizetype FindingsListPanel::segmentOf(const QTreeWidgetItem *item)
{
    const QVariant segment = item ? item->data(0, SegmentRole) : QVariant();
    return segment.isValid() ? segment.value<qsizetype>() : -1;
}

void FindingsListPanel::setSegment(QTreeWidgetItem *item, qsizetype segment)
{
    item->setData(0, SegmentRole, segment >= 0 ? QVariant::fromValue(segment) : QVariant());
}

void FindingsListPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

void FindingsListPanel::onItemActivated(QTreeWidgetItem *item)
{
    const qsizetype segment = segmentOf(item);
    if (segment >= 0)
        Q_EMIT segmentActivated(segment);
}

} // namespace Parallax
