#include "conflictspanel.h"

#include "sourcecolors.h"

#include <QHeaderView>
#include <QLabel>
#include <QPixmap>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Parallax {

namespace {

constexpr int SegmentRole = Qt::UserRole + 1; // qsizetype: the sentence an entry shows

// The dimension names Conflict::dimension uses, as a reader says them.
QString dimensionName(const QString &dimension)
{
    if (dimension == QLatin1String("count"))
        return ConflictsPanel::tr("a number");
    if (dimension == QLatin1String("date"))
        return ConflictsPanel::tr("a date");
    if (dimension == QLatin1String("weekday"))
        return ConflictsPanel::tr("a weekday");
    if (dimension == QLatin1String("percent"))
        return ConflictsPanel::tr("a percentage");
    if (dimension == QLatin1String("ordinal"))
        return ConflictsPanel::tr("a rank");
    if (dimension.startsWith(QLatin1String("money")))
        return ConflictsPanel::tr("an amount");
    if (dimension == QLatin1String("title"))
        return ConflictsPanel::tr("a title");
    if (dimension == QLatin1String("negation"))
        return ConflictsPanel::tr("a negation");
    if (dimension.startsWith(QLatin1String("duration")))
        return ConflictsPanel::tr("a duration");
    return ConflictsPanel::tr("a measure"); // length, mass, volume, area
}

} // namespace

ConflictsPanel::ConflictsPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("conflictsTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Conflicts between sources"));
    m_tree->setWordWrap(true);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemActivated, this, &ConflictsPanel::onItemActivated);
    connect(m_tree, &QTreeWidget::itemClicked, this, &ConflictsPanel::onItemActivated);
    // The keyboard moves the view as well as the selection.
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { onItemActivated(current); });
    setState({});
}

void ConflictsPanel::setState(ComparisonStatePtr state)
{
    m_state = std::move(state);
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    if (!m_state) {
        m_summary->setText(tr("No comparison yet."));
        return;
    }
    const QList<Conflict> &conflicts = m_state->conflicts;
    if (conflicts.isEmpty()) {
        m_summary->setText(tr("No source contradicts another on a number, an amount, a measure, "
                              "a date, a weekday, a person's title or a negation."));
        return;
    }
    m_summary->setText(tr("%n conflict(s): sources that state different values of one fact.",
                          nullptr, int(conflicts.size())));
    for (const Conflict &c : conflicts) {
        QStringList values;
        for (const ConflictSide &side : c.sides)
            values.append(side.value);
        auto *top = new QTreeWidgetItem(m_tree);
        const QString what =
            tr("%1: %2").arg(dimensionName(c.dimension), values.join(QStringLiteral(" / ")));
        top->setText(0, tr("Row %1 · %2").arg(c.unit + 1).arg(what));
        top->setToolTip(0, conflictValues(c, *m_state));
        if (!c.sides.isEmpty() && !c.sides.first().segments.isEmpty())
            top->setData(0, SegmentRole, QVariant::fromValue(c.sides.first().segments.first()));
        for (const ConflictSide &side : c.sides) {
            QStringList names;
            for (qsizetype s : side.sources)
                names.append(m_state->sourceName(s));
            auto *child = new QTreeWidgetItem(top);
            child->setText(0, tr("%1 — %2").arg(side.value, names.join(QStringLiteral(", "))));
            if (!side.sources.isEmpty()) {
                QPixmap swatch(12, 12);
                swatch.fill(
                    sourceColor(m_state->sources.value(side.sources.first()).colour, palette()));
                child->setIcon(0, swatch);
            }
            if (!side.segments.isEmpty())
                child->setData(0, SegmentRole, QVariant::fromValue(side.segments.first()));
        }
        top->setExpanded(true);
    }
}

void ConflictsPanel::onItemActivated(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QVariant segment = item->data(0, SegmentRole);
    if (segment.isValid())
        Q_EMIT segmentActivated(segment.value<qsizetype>());
}

} // namespace Parallax
