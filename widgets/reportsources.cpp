#include "reportsources.h"

#include "reportpage.h"

#include <QLocale>

namespace Parallax::ReportLayout {

ReportSources::ReportSources(ReportPage &page)
    : m_page(page)
{}

namespace {

// The date, "undated", or a date that may not be the story's with where it came from: "20/08/2025
// (date from a photo caption)".
QString dateCell(const ArticleMetadata &meta, const QLocale &locale)
{
    if (!meta.date.isValid())
        return Tr::tr("undated");
    const QString date = locale.toString(meta.date, QLocale::ShortFormat);
    const QString note = uncertainDateNote(meta.dateOrigin);
    return note.isEmpty() ? date : QStringLiteral("%1 (%2)").arg(date, note);
}

} // namespace

void ReportSources::write()
{
    ReportPage &p = m_page;
    const ComparisonState &state = p.state();
    const Comparison &c = state.comparison;
    const QLocale locale;
    p.setCurrentSection(Tr::tr("Sources"));
    p.addSection(Tr::tr("Sources"), 0);
    p.paragraph(Tr::tr("Sources"), p.font(13, true), 0, {}, Qt::black, p.pt(6));
    const qreal w = p.body().width();
    const QList<qreal> widths{w * 0.34, w * 0.16, w * 0.12, w * 0.09, w * 0.1, w * 0.19};
    const QFont small = p.font(8);
    const QFont bold = p.font(8, true);
    auto headerRow = [&] {
        p.tableRow({ReportPage::spec(Tr::tr("Title"), bold),
                    ReportPage::spec(Tr::tr("Outlet"), bold),
                    ReportPage::spec(Tr::tr("Date"), bold), ReportPage::spec(Tr::tr("Words"), bold),
                    ReportPage::spec(Tr::tr("Only here"), bold),
                    ReportPage::spec(Tr::tr("Support (units others carry)"), bold)},
                   widths, true);
    };
    headerRow();
    for (qsizetype s = 0; s < state.articles.size(); ++s) {
        const Article &article = state.articles.at(s);
        int units = 0, shared = 0; // the source's units, and those others also carry
        for (const Unit &unit : c.units) {
            if (unit.sources.contains(s)) {
                ++units;
                shared += unit.support() > 1;
            }
        }
        QString name = p.sourceName(s);
        if (s == c.base)
            name = Tr::tr("%1 (base)").arg(name);
        p.tableRow({ReportPage::spec(name, small, state.sources.at(s).colour),
                    ReportPage::spec(article.metadata.outlet, small),
                    ReportPage::spec(dateCell(article.metadata, locale), small),
                    ReportPage::spec(locale.toString(article.words), small),
                    ReportPage::spec(
                        locale.toString(state.addedShare(s, false) * 100, 'f', 0) + u'%', small),
                    ReportPage::spec(Tr::tr("%1 of %2").arg(shared).arg(units), small)},
                   widths, false, headerRow);
    }
    p.setY(p.y() + p.pt(14));
}

} // namespace Parallax::ReportLayout
