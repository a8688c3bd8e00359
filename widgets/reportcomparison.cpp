#include "reportcomparison.h"

#include "reportpage.h"
#include "sourcecolors.h"
#include "synopsismodel.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace Parallax::ReportLayout {

ReportComparison::ReportComparison(ReportPage &page)
    : m_page(page)
{}

void ReportComparison::legend()
{
    ReportPage &p = m_page;
    const ComparisonState &state = p.state();
    p.heading(Tr::tr("How to read this report"), 0);
    const QFont f = p.font(9);
    p.paragraph(Tr::tr("Parallax aligned the sentences of every source into units: sentences, from "
                       "one or more sources, that say the same thing, even reworded, reordered, "
                       "split or merged. Each unit is a row of the comparison; each source a "
                       "column."),
                f);
    const qreal size = p.pt(9);
    const QFont markFont = p.font(7.5, false, true);
    const QString moved = Tr::tr("moved");
    // The explanations start after the widest mark: a translated "moved" may be long.
    const qreal indent =
        std::max(p.pt(32), QFontMetricsF(markFont, p.device()).horizontalAdvance(moved) + p.pt(6));
    auto item = [&](const std::function<void(qreal, qreal)> &mark, const QString &text) {
        p.ensure(p.pt(14));
        if (p.painter())
            mark(p.body().left(), p.y() + p.pt(2));
        const qreal before = p.y();
        p.paragraph(text, f, indent, {}, Qt::black, p.pt(3));
        p.setY(std::max(p.y(), before + p.pt(14)));
    };
    item(
        [&](qreal x, qreal y) {
            const QRectF box(x, y, size * 1.6, size);
            p.painter()->fillRect(box, sourceHighlight(0, p.paper()));
            p.painter()->setPen(QPen(Qt::black, p.pt(0.6)));
            p.painter()->drawLine(box.bottomLeft(), box.bottomRight());
        },
        p.options().view.highlight == ViewOptions::Highlight::AllChanges
            ? Tr::tr("Highlighted and underlined, in the source's colour: wording that differs "
                     "from the base source.")
            : Tr::tr("Highlighted and underlined, in the source's colour: information the "
                     "source adds (names, numbers, quotations, content words no other source "
                     "has)."));
    item(
        [&](qreal x, qreal y) {
            p.painter()->fillRect(QRectF(x, y, size * 1.6, size),
                                  QBrush(QColor(140, 140, 140), Qt::BDiagPattern));
        },
        Tr::tr("Hatched cell: the source does not carry this unit."));
    item(
        [&](qreal x, qreal y) {
            p.painter()->setFont(markFont);
            p.painter()->setPen(Qt::black);
            p.painter()->drawText(QPointF(x, y + size), moved);
        },
        Tr::tr("\"moved\": the source tells this where the base source does not (a moved "
               "paragraph)."));
    for (qsizetype s = 0; s < state.articles.size(); ++s) {
        const int colour = state.sources.at(s).colour;
        item([&, colour](qreal x, qreal y) { p.swatch(x, y, size, colour); }, p.sourceName(s));
    }
    p.setY(p.y() + p.pt(8));
}

QList<QList<int>> ReportComparison::columnGroups(int columns) const
{
    const int perPage = m_page.landscape() ? kColumnsPerPage : kColumnsPerPage - 2;
    const int base = int(std::max<qsizetype>(0, m_page.state().comparison.base));
    if (columns <= perPage) {
        QList<int> all;
        for (int column = 0; column < columns; ++column)
            all.append(column);
        return {all};
    }
    QList<QList<int>> groups;
    QList<int> group{base};
    for (int column = 0; column < columns; ++column) {
        if (column == base)
            continue;
        group.append(column);
        if (group.size() == perPage) {
            groups.append(group);
            group = {base};
        }
    }
    if (group.size() > 1)
        groups.append(group);
    return groups;
}

void ReportComparison::write()
{
    ReportPage &p = m_page;
    SynopsisModel model;
    ViewOptions view = p.options().view;
    view.showFurniture = false;
    model.setOptions(view);
    model.setState(std::shared_ptr<const ComparisonState>(&p.state(), [](auto *) {}));
    const QList<QList<int>> groups = columnGroups(model.columnCount());
    for (qsizetype g = 0; g < groups.size(); ++g) {
        if (g > 0)
            p.newPage();
        const QList<int> &group = groups.at(g);
        p.heading(groups.size() == 1 ? Tr::tr("The comparison")
                                     : Tr::tr("The comparison, part %1 of %2: %3")
                                           .arg(g + 1)
                                           .arg(groups.size())
                                           .arg(Tr::tr("%n source(s) beside the base", nullptr,
                                                       int(group.size() - 1))),
                  0);
        table(model, group);
        if (p.stop())
            return;
    }
}

void ReportComparison::table(const SynopsisModel &model, const QList<int> &group)
{
    ReportPage &p = m_page;
    const ComparisonState &state = p.state();
    const int columns = int(group.size());
    const int all = model.columnCount();
    const QList<qreal> widths(columns, p.body().width() / std::max(1, columns));
    const QFont headerFont = p.font(columns > 5 ? 7.5 : 8, true);
    const QFont cellFont = p.font(columns > 5 ? 7.5 : 8);
    int headerPage = 0; // the page the column header was last drawn on
    auto header = [&] {
        QList<CellSpec> cells;
        for (int column : group)
            cells.append(ReportPage::spec(model.headerData(column, Qt::Horizontal).toString(),
                                          headerFont, state.sources.at(column).colour));
        p.tableRow(cells, widths, true);
        headerPage = p.page();
    };
    header();
    for (int row = 0; row < model.rowCount(); ++row) {
        if (p.stop())
            return;
        const qsizetype unit = model.unitOfRow(row);
        const int supportCount = model.index(row, 0).data(SynopsisModel::SupportRole).toInt();
        QList<CellSpec> cells;
        bool any = false;
        for (int column : group) {
            const QModelIndex index = model.index(row, column);
            CellSpec cell;
            cell.font = cellFont;
            cell.text = index.data().toString();
            if (index.data(SynopsisModel::AbsentRole).toBool()) {
                cell.hatched = true;
            } else {
                any = true;
                QList<Span> spans;
                const int colour = state.sources.at(column).colour;
                for (const HighlightSpan &h :
                     index.data(SynopsisModel::HighlightsRole).value<QList<HighlightSpan>>())
                    spans.append(Span{h.start, h.end, colour});
                cell.formats = p.highlightFormats(spans);
                if (index.data(SynopsisModel::MovedRole).toBool())
                    cell.text += u'\u2028' + Tr::tr("(moved)");
            }
            cells.append(cell);
        }
        if (!any)
            continue; // a unit none of this group's sources carries
        // The unit's label, then its cells; the label comes again if the row breaks.
        const QString label = Tr::tr("Unit %1 \u00b7 carried by %2 of %n source(s)", nullptr, all)
                                  .arg(unit + 1)
                                  .arg(supportCount);
        const QFont labelFont = p.font(7, true);
        // The label stays with its row: a row that fits on a page is kept whole, a taller one
        // starts with at least a quarter of a page.
        p.ensure(p.pt(11) + p.rowStart(p.measureRow(cells, widths)));
        if (p.page() != headerPage)
            header(); // every page of the comparison starts with the sources' names
        // The user's notes on the unit, as the synopsis marks its row.
        auto notes = [&] {
            for (const ReportNote &note : p.options().notes) {
                if (note.unit == unit)
                    p.paragraph(note.text.isEmpty()
                                    ? Tr::tr("Note: %1").arg(note.status)
                                    : Tr::tr("Note: %1: %2").arg(note.status, note.text),
                                labelFont, 0, {}, QColor(150, 75, 0), p.pt(1));
            }
        };
        p.anchorUnit(unit);
        p.paragraph(label, labelFont, 0, {}, QColor(80, 80, 80), p.pt(1));
        notes();
        p.tableRow(cells, widths, false, [&] {
            header();
            p.paragraph(label + u' ' + Tr::tr("(continued)"), labelFont, 0, {}, QColor(80, 80, 80),
                        p.pt(1));
            notes();
        });
        p.setY(p.y() + p.pt(3));
    }
}

} // namespace Parallax::ReportLayout
