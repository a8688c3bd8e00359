#include "conflictspanel.h"
#include "plaintooltip.h"

#include <QLabel>
#include <QTreeWidget>

namespace Parallax {

namespace {

// The dimension names Conflict::dimension uses, as a reader says them.
QString dimensionName(const QString &dimension)
{
    if (dimension == QLatin1String("count"))
        return ConflictsPanel::tr("a number");
    if (dimension == QLatin1String("date"))
        return ConflictsPanel::tr("a date");
    if (dimension == QLatin1String("weekday"))
        return ConflictsPanel::tr("a weekday");
    if (dimension == QLatin1String("time"))
        return ConflictsPanel::tr("a time of day");
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
    if (dimension == QLatin1String("name"))
        return ConflictsPanel::tr("a name");
    if (dimension == QLatin1String("speaker"))
        return ConflictsPanel::tr("who said it");
    if (dimension.startsWith(QLatin1String("duration")))
        return ConflictsPanel::tr("a duration");
    return ConflictsPanel::tr("a measure"); // length, mass, volume, area
}

} // namespace

ConflictsPanel::ConflictsPanel(QWidget *parent)
    : FindingsListPanel(QStringLiteral("conflictsTree"), tr("Conflicts between sources"), parent)
{
    tree()->setWordWrap(true);
}

void ConflictsPanel::fill()
{
    const QList<Conflict> &conflicts = state().conflicts;
    if (conflicts.isEmpty()) {
        summary()->setText(tr("No source contradicts another on a number, an amount, a measure, "
                              "a date, a weekday, a time of day, a name, a person's title or a "
                              "negation."));
        return;
    }
    summary()->setText(tr("%n conflict(s): sources that state different values of one fact.",
                          nullptr, int(conflicts.size())));
    for (const Conflict &c : conflicts) {
        QStringList values;
        for (const ConflictSide &side : c.sides)
            values.append(side.value);
        const QString what =
            tr("%1: %2").arg(dimensionName(c.dimension), values.join(QStringLiteral(" / ")));
        QTreeWidgetItem *top =
            addEntry(nullptr, tr("Row %1 · %2").arg(c.unit + 1).arg(what), {}, -1);
        top->setToolTip(0, plainToolTip(conflictValues(c, state())));
        for (const ConflictSide &side : c.sides) {
            QStringList names;
            for (qsizetype s : side.sources)
                names.append(state().sourceName(s));
            addEntry(top, tr("%1 — %2").arg(side.value, names.join(QStringLiteral(", "))),
                     side.sources, side.segments.isEmpty() ? -1 : side.segments.first());
        }
        if (top->childCount() > 0)
            setSegment(top, segmentOf(top->child(0)));
        top->setExpanded(true);
    }
}

} // namespace Parallax
