// The report's findings: how the sources relate (on the cover), where they contradict each
// other and how they quote. Members of ReportPass, kept out of its header.

#include "conflicts.h"
#include "derivation.h"
#include "quotations.h"
#include "reportpass.h"

namespace Parallax::ReportLayout {

void ReportPass::relations()
{
    const QLocale locale;
    auto percent = [&](double share) -> QString {
        return locale.toString(share * 100, 'f', 0) + u'%';
    };
    QStringList lines;
    for (const SourceRelation &r : sourceRelations(m_state.articles, m_state.comparison)) {
        switch (r.label) {
        case SourceRelation::Label::CopyOf:
            lines.append(Tr::tr("%1 is a copy of %2: %3 of its units are in %2, %4 of them in "
                                "the same order, %5 of the aligned sentences word for word.")
                             .arg(sourceName(r.source), sourceName(r.other), percent(r.coverage),
                                  percent(r.order), percent(r.sameWording)));
            break;
        case SourceRelation::Label::RewordingOf:
            lines.append(Tr::tr("%1 is a rewording of %2: %3 of its units are in %2, %4 of them "
                                "in the same order, %5 of the aligned sentences word for word.")
                             .arg(sourceName(r.source), sourceName(r.other), percent(r.coverage),
                                  percent(r.order), percent(r.sameWording)));
            break;
        case SourceRelation::Label::SharesMostWith:
            lines.append(Tr::tr("%1 shares most with %2: %3 of its units.")
                             .arg(sourceName(r.source), sourceName(r.other), percent(r.coverage)));
            break;
        case SourceRelation::Label::None:
            break;
        }
    }
    ensure(pt(60));
    paragraph(Tr::tr("How the sources relate"), font(13, true), 0, {}, Qt::black, pt(6));
    if (lines.isEmpty())
        lines.append(Tr::tr("No source shares most of its units with another."));
    for (const QString &line : std::as_const(lines))
        paragraph(line, font(9), 0, {}, Qt::black, pt(3));
    m_y += pt(10);
}

void ReportPass::conflicts()
{
    heading(Tr::tr("Conflicts"), 0);
    const QList<Conflict> found = findConflicts(m_state.articles, m_state.comparison);
    if (found.isEmpty()) {
        paragraph(Tr::tr("No source contradicts another on a number, an amount, a measure, a "
                         "date or a weekday."),
                  font(9, false, true));
        return;
    }
    for (const Conflict &conflict : found) {
        QStringList sides;
        for (const ConflictSide &side : conflict.sides) {
            QStringList names;
            for (const qsizetype source : side.sources)
                names.append(sourceName(source));
            sides.append(Tr::tr("%1 (%2)").arg(side.value, names.join(QStringLiteral(", "))));
        }
        paragraph(sides.join(QStringLiteral("  /  ")), font(9, true), pt(4), {}, Qt::black, pt(2));
        // The sentence of each side, as context.
        for (const ConflictSide &side : conflict.sides) {
            const Sentence *sentence = m_state.sentence(side.segments.first());
            if (!sentence)
                continue;
            const int colour = m_state.sources.at(side.sources.first()).colour;
            paragraph(u'\u201C' + sentence->text + u'\u201D', font(8.5), pt(12),
                      highlightFormats({Span{
                          sentence->text.indexOf(side.value) + 1,
                          sentence->text.indexOf(side.value) + 1 + side.value.size(), colour}}),
                      Qt::black, pt(2));
        }
        m_y += pt(6);
        if (stop())
            return;
    }
}

void ReportPass::quotations()
{
    m_y += pt(6);
    heading(Tr::tr("Quotations"), 0);
    const QList<QuotationFinding> found = findQuotations(m_state.articles, m_state.comparison);
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
        QString speaker;
        for (const QuotationSide &side : finding.sides)
            speaker = speaker.isEmpty() ? side.speaker : speaker;
        const QString kind = finding.kind == QuotationFinding::Kind::Altered
                                 ? Tr::tr("Altered quotation")
                                 : Tr::tr("Partial quotation");
        paragraph(speaker.isEmpty() ? kind : Tr::tr("%1: %2").arg(kind, speaker), font(9, true),
                  pt(4), {}, Qt::black, pt(2));
        // Each wording, the words that differ from the other wording marked.
        for (qsizetype s = 0; s < finding.sides.size(); ++s) {
            const QuotationSide &side = finding.sides.at(s);
            QStringList names;
            for (const qsizetype source : side.sources)
                names.append(sourceName(source));
            const int colour = m_state.sources.at(side.sources.first()).colour;
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
            paragraph(Tr::tr("%1 (%2)").arg(u'\u201C' + side.text + u'\u201D',
                                            names.join(QStringLiteral(", "))),
                      font(8.5), pt(12), highlightFormats(spans), Qt::black, pt(2));
        }
        m_y += pt(6);
        if (stop())
            return;
    }
    if (!listed)
        paragraph(Tr::tr("No quotation is worded differently by two sources."),
                  font(9, false, true));
    paragraph(Tr::tr("Quotations printed word for word by two or more sources: %1. Quotations "
                     "only one source prints: %2.")
                  .arg(agreed)
                  .arg(single),
              font(9), 0, {}, Qt::black, pt(3));
}

} // namespace Parallax::ReportLayout
