// The report's conflicts and quotations.

#include "reportconflicts.h"

#include "conflicts.h"
#include "quotations.h"
#include "reportpage.h"

namespace Parallax::ReportLayout {

ReportConflicts::ReportConflicts(ReportPage &page)
    : m_page(page)
{}

void ReportConflicts::write()
{
    conflicts();
    quotations();
}

void ReportConflicts::conflicts()
{
    ReportPage &p = m_page;
    const ComparisonState &state = p.state();
    p.heading(Tr::tr("Conflicts"), 0);
    const QList<Conflict> &found = state.conflicts;
    if (found.isEmpty()) {
        p.paragraph(Tr::tr("No source contradicts another on a number, an amount, a measure, a "
                           "date, a weekday, a time of day, a name, a person's title or a "
                           "negation."),
                    p.font(9, false, true));
        return;
    }
    for (const Conflict &conflict : found) {
        QStringList sides;
        for (const ConflictSide &side : conflict.sides) {
            QStringList names;
            for (const qsizetype source : side.sources)
                names.append(p.sourceName(source));
            sides.append(Tr::tr("%1 (%2)").arg(side.value, names.join(QStringLiteral(", "))));
        }
        const QString values = sides.join(QStringLiteral("  /  "));
        p.paragraph(conflict.about.isEmpty()
                        ? values
                        : Tr::tr("Said by different people: \u201C%1\u201D: %2")
                              .arg(conflict.about, values),
                    p.font(9, true), p.pt(4), {}, Qt::black, p.pt(2));
        // The sentence of each side, as context.
        for (const ConflictSide &side : conflict.sides) {
            const Sentence *sentence = state.sentence(side.segments.first());
            if (!sentence)
                continue;
            const int colour = state.sources.at(side.sources.first()).colour;
            // The value where the sentence states it (a speaker may be named in another); a
            // side of values that agree ("10-12 / 11") shows the one the sentence states.
            qsizetype at = -1;
            qsizetype length = 0;
            for (const QString &value : side.value.split(QStringLiteral(" / "))) {
                at = sentence->text.indexOf(value);
                length = value.size();
                if (at >= 0)
                    break;
            }
            p.paragraph(u'\u201C' + sentence->text + u'\u201D', p.font(8.5), p.pt(12),
                        at < 0 ? QList<QTextLayout::FormatRange>{}
                               : p.highlightFormats({Span{at + 1, at + 1 + length, colour}}),
                        Qt::black, p.pt(2));
        }
        p.setY(p.y() + p.pt(6));
        if (p.stop())
            return;
    }
}

void ReportConflicts::quotations()
{
    ReportPage &p = m_page;
    const ComparisonState &state = p.state();
    p.setY(p.y() + p.pt(6));
    p.heading(Tr::tr("Quotations"), 0);
    const QList<QuotationFinding> &found = state.quotations;
    int agreed = 0;
    int single = 0;
    bool listed = false;
    for (const QuotationFinding &finding : found) {
        if (finding.kind == QuotationFinding::Kind::Agree) {
            ++agreed;
            continue;
        }
        if (finding.kind == QuotationFinding::Kind::Single) {
            ++single;
            continue;
        }
        listed = true;
        // Who the sources give it to: one person, or several (also a conflict).
        QStringList people;
        for (const QuotationAttribution &a : finding.attributions)
            people.append(a.speaker);
        const QString speaker = people.join(QStringLiteral(" / "));
        const QString kind = finding.kind == QuotationFinding::Kind::Altered
                                 ? Tr::tr("Altered quotation")
                                 : Tr::tr("Partial quotation");
        p.paragraph(speaker.isEmpty() ? kind : Tr::tr("%1: %2").arg(kind, speaker), p.font(9, true),
                    p.pt(4), {}, Qt::black, p.pt(2));
        // Each wording, the words that differ from the other wording marked.
        for (qsizetype s = 0; s < finding.sides.size(); ++s) {
            const QuotationSide &side = finding.sides.at(s);
            QStringList names;
            for (const qsizetype source : side.sources)
                names.append(p.sourceName(source));
            const int colour = state.sources.at(side.sources.first()).colour;
            QList<Span> spans;
            const QList<DiffSpan> &diff = s == 0 ? finding.sides.at(1).diff : side.diff;
            for (const DiffSpan &span : diff) {
                if (span.kind == DiffSpan::Kind::Equal)
                    continue;
                const qsizetype begin = s == 0 ? span.aBegin : span.bBegin;
                const qsizetype end = s == 0 ? span.aEnd : span.bEnd;
                if (end > begin)
                    spans.append(Span{begin + 1, end + 1, colour});
            }
            p.paragraph(Tr::tr("%1 (%2)").arg(u'\u201C' + side.text + u'\u201D',
                                              names.join(QStringLiteral(", "))),
                        p.font(8.5), p.pt(12), p.highlightFormats(spans), Qt::black, p.pt(2));
        }
        p.setY(p.y() + p.pt(6));
        if (p.stop())
            return;
    }
    if (!listed)
        p.paragraph(Tr::tr("No quotation is worded differently by two sources."),
                    p.font(9, false, true));
    p.paragraph(Tr::tr("Quotations printed word for word by two or more sources: %1. Quotations "
                       "only one source prints: %2.")
                    .arg(agreed)
                    .arg(single),
                p.font(9), 0, {}, Qt::black, p.pt(3));
}

} // namespace Parallax::ReportLayout
