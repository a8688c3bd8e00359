#include "timelineview.h"

#include "earliest.h"
#include "plaintooltip.h"
#include "sourcecolors.h"

#include <QFont>
#include <QHash>
#include <QHeaderView>
#include <QIcon>
#include <QLocale>
#include <QPixmap>
#include <QSignalBlocker>

namespace Parallax {

namespace {

constexpr int kSegmentRole = Qt::UserRole + 1;

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QTreeWidget(parent)
{
    setAccessibleName(tr("Sources carrying the selected row, in time order"));
    setRootIsDecorated(false);
    setHeaderLabels({tr("When"), tr("Source")});
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::itemActivated, this, &TimelineView::onActivated);
    connect(this, &QTreeWidget::itemClicked, this, &TimelineView::onActivated);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    // Moving through the list with the keys moves the comparison with it (a click activates
    // through itemClicked).
    QTreeWidgetItem *before = currentItem();
    QTreeWidget::keyPressEvent(event);
    if (currentItem() && currentItem() != before)
        onActivated(currentItem());
}

void TimelineView::showUnit(const ComparisonState *state, qsizetype unit)
{
    // Shown again for the cell the keys moved to: the source the user is on stays current.
    const QVariant wasSegment =
        unit == m_unit && currentItem() ? currentItem()->data(0, kSegmentRole) : QVariant();
    m_unit = unit;
    clear();
    m_undatedRow = -1;
    if (!state || unit < 0 || unit >= state->comparison.units.size())
        return;
    const Unit &u = state->comparison.units.at(unit);
    // Each source's first sentence in the unit: where activating it goes.
    QHash<qsizetype, qsizetype> segmentOf;
    for (qsizetype segment : u.segments) {
        if (const qsizetype s = state->comparison.sourceOf(segment); !segmentOf.contains(s))
            segmentOf.insert(s, segment);
    }

    const QLocale locale;
    auto itemFor = [&](qsizetype s, const QString &when) {
        auto *item = new QTreeWidgetItem({when, state->sourceName(s)});
        item->setIcon(1, QIcon(sourceSwatch(state->sources.value(s).colour, palette())));
        item->setData(0, kSegmentRole, QVariant::fromValue(segmentOf.value(s)));
        return item;
    };
    QList<QTreeWidgetItem *> undated;
    for (qsizetype s : publicationOrder(state->articles, u.sources)) {
        const ArticleMetadata &meta = state->articles.at(s).metadata;
        if (!meta.date.isValid()) {
            undated.append(itemFor(s, QString()));
            continue;
        }
        QString when = locale.toString(meta.date, QLocale::ShortFormat);
        if (meta.time.isValid())
            when += u' ' + locale.toString(meta.time, QLocale::ShortFormat);
        QTreeWidgetItem *item = itemFor(s, when);
        // Where the date was read; dimmed when it may be a photo's or a file's.
        item->setToolTip(0, plainToolTip(describeDateOrigin(meta.dateOrigin)));
        if (isUncertain(meta.dateOrigin))
            item->setForeground(0, palette().brush(QPalette::PlaceholderText));
        addTopLevelItem(item);
    }
    if (!undated.isEmpty()) {
        auto *heading = new QTreeWidgetItem({tr("Undated (%n)", nullptr, int(undated.size()))});
        heading->setFlags(Qt::ItemIsEnabled);
        QFont bold = font();
        bold.setBold(true);
        heading->setFont(0, bold);
        m_undatedRow = topLevelItemCount();
        addTopLevelItem(heading);
        heading->setFirstColumnSpanned(true);
        for (QTreeWidgetItem *item : std::as_const(undated))
            addTopLevelItem(item);
    }
    if (wasSegment.isValid()) {
        for (int i = 0; i < topLevelItemCount(); ++i) {
            if (topLevelItem(i)->data(0, kSegmentRole) == wasSegment) {
                const QSignalBlocker quiet(this);
                setCurrentItem(topLevelItem(i));
                break;
            }
        }
    }
    resizeColumnToContents(0);
}

void TimelineView::onActivated(QTreeWidgetItem *item)
{
    const QVariant segment = item ? item->data(0, kSegmentRole) : QVariant();
    if (segment.isValid())
        Q_EMIT segmentActivated(segment.value<qsizetype>());
}

} // namespace Parallax
