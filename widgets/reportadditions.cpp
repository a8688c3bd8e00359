#include "reportadditions.h"

#include "reportpage.h"

namespace Parallax::ReportLayout {

ReportAdditions::ReportAdditions(ReportPage &page)
    : m_page(page)
{}

void ReportAdditions::write()
{
    ReportPage &p = m_page;
    p.heading(Tr::tr("Who added what"), 0);
    const qsizetype base = p.state().comparison.base;
    for (qsizetype s = 0; s < p.state().articles.size(); ++s) {
        p.heading(p.sourceName(s), 1);
        p.paragraph(Tr::tr("Relative to all other sources:"), p.font(9, true), p.pt(4));
        list(s, false);
        if (base >= 0 && s != base) {
            p.paragraph(Tr::tr("Relative to the base source (%1):").arg(p.sourceName(base)),
                        p.font(9, true), p.pt(4));
            list(s, true);
        }
        if (p.stop())
            return;
    }
}

void ReportAdditions::list(qsizetype source, bool relativeToBase)
{
    ReportPage &p = m_page;
    const ComparisonState &state = p.state();
    const int colour = state.sources.at(source).colour;
    const QFont f = p.font(8.5);
    bool any = false;
    for (const Addition &a : state.additions(relativeToBase)) {
        if (a.source != source)
            continue;
        any = true;
        const Sentence *sentence = state.sentence(a.segment);
        if (!sentence)
            continue;
        const bool whole = a.start == 0 && a.end == sentence->text.size();
        // The sentence as context, the added part marked.
        const QString prefix =
            whole ? (relativeToBase ? Tr::tr("Not in the base: ") : Tr::tr("Only here: "))
                  : Tr::tr("Adds: ");
        const QString text = prefix + u'\u201C' + sentence->text + u'\u201D';
        const qsizetype offset = prefix.size() + 1;
        p.paragraph(text, f, p.pt(12),
                    p.highlightFormats({Span{offset + a.start, offset + a.end, colour}}), Qt::black,
                    p.pt(3));
        if (p.stop())
            return;
    }
    if (!any)
        p.paragraph(Tr::tr("Nothing."), p.font(8.5, false, true), p.pt(12));
}

} // namespace Parallax::ReportLayout
