#include "quotationspanel.h"
#include "plaintooltip.h"

#include <QLabel>
#include <QTreeWidget>

namespace Parallax {

QuotationsPanel::QuotationsPanel(QWidget *parent)
    : FindingsListPanel(QStringLiteral("quotationsTree"), tr("Quotations compared across sources"),
                        parent)
{
    tree()->setTextElideMode(Qt::ElideRight);
}

QTreeWidgetItem *QuotationsPanel::addSide(QTreeWidgetItem *parent, const QuotationSide &side)
{
    QStringList names;
    for (const qsizetype s : side.sources)
        names.append(state().sourceName(s));
    return addEntry(parent,
                    tr("\u201C%1\u201D \u2014 %2").arg(side.text, names.join(QStringLiteral(", "))),
                    side.sources, side.segments.isEmpty() ? -1 : side.segments.first());
}

void QuotationsPanel::fill()
{
    QList<const QuotationFinding *> changed, single, alike;
    for (const QuotationFinding &f : state().quotations) {
        switch (f.kind) {
        case QuotationFinding::Kind::Altered:
        case QuotationFinding::Kind::Partial:
            changed.append(&f);
            break;
        case QuotationFinding::Kind::Single:
            single.append(&f);
            break;
        case QuotationFinding::Kind::Agree:
            alike.append(&f);
            break;
        }
    }
    summary()->setText(
        changed.isEmpty()
            ? tr("No quotation is worded differently between sources.")
            : tr("%n quotations are worded differently between sources, or printed in part.",
                 nullptr, int(changed.size())));
    for (const QuotationFinding *f : std::as_const(changed)) {
        // Who the sources give it to: one person, several (a conflict), or nobody named.
        QStringList people;
        for (const QuotationAttribution &a : f->attributions)
            people.append(a.speaker);
        const QString speaker =
            people.isEmpty() ? tr("speaker not named") : people.join(QStringLiteral(" / "));
        QTreeWidgetItem *top =
            addEntry(nullptr,
                     f->kind == QuotationFinding::Kind::Altered
                         ? tr("Row %1 · altered quotation · %2").arg(f->unit + 1).arg(speaker)
                         : tr("Row %1 · quoted in part · %2").arg(f->unit + 1).arg(speaker),
                     {}, -1);
        for (const QuotationSide &side : f->sides)
            addSide(top, side);
        if (top->childCount() > 0)
            setSegment(top, segmentOf(top->child(0)));
        top->setExpanded(true);
    }
    auto group = [&](const QList<const QuotationFinding *> &findings, const QString &title) {
        if (findings.isEmpty())
            return;
        QTreeWidgetItem *top = addEntry(nullptr, title, {}, -1);
        for (const QuotationFinding *f : findings) {
            for (const QuotationSide &side : f->sides) {
                QTreeWidgetItem *item = addSide(top, side);
                const QString text = tr("Row %1 · %2").arg(f->unit + 1).arg(item->text(0));
                item->setText(0, text);
                item->setToolTip(0, plainToolTip(text));
            }
        }
    };
    group(single, tr("Printed by one source only: %n", nullptr, int(single.size())));
    group(alike, tr("Printed alike by several sources: %n", nullptr, int(alike.size())));
}

} // namespace Parallax
