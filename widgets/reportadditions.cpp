#include "reportadditions.h"

#include "reportpage.h"

#include <QHash>

#include <algorithm>

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
    // The source's additions by sentence, in their order: one line per sentence.
    QList<qsizetype> segments;
    QHash<qsizetype, QList<const Addition *>> bySegment;
    for (const Addition &a : state.additions(relativeToBase)) {
        if (a.source != source)
            continue;
        auto &parts = bySegment[a.segment];
        if (parts.isEmpty())
            segments.append(a.segment);
        parts.append(&a);
    }
    for (const qsizetype segment : std::as_const(segments)) {
        const Sentence *sentence = state.sentence(segment);
        if (!sentence)
            continue;
        QList<const Addition *> parts = bySegment.value(segment);
        std::sort(parts.begin(), parts.end(),
                  [](const Addition *a, const Addition *b) { return a->start < b->start; });
        const bool whole = parts.size() == 1 && parts.first()->start == 0 &&
                           parts.first()->end == sentence->text.size();
        // The sentence as context; the added parts named (a sentence may add several) and
        // marked in it.
        QString prefix;
        if (whole) {
            prefix = relativeToBase ? Tr::tr("Not in the base: ") : Tr::tr("Only here: ");
        } else {
            QStringList named;
            for (const Addition *a : std::as_const(parts)) {
                QString part = sentence->text.mid(a->start, a->end - a->start).trimmed();
                if (part.size() > 60)
                    part = part.left(59).trimmed() + u'\u2026';
                named.append(u'\u201C' + part + u'\u201D');
            }
            prefix = Tr::tr("Adds %1 in: ").arg(named.join(QStringLiteral(", ")));
        }
        const QString text = prefix + u'\u201C' + sentence->text + u'\u201D';
        const qsizetype offset = prefix.size() + 1;
        QList<Span> spans;
        for (const Addition *a : std::as_const(parts))
            spans.append(Span{offset + a->start, offset + a->end, colour});
        p.paragraph(text, f, p.pt(12), p.highlightFormats(spans), Qt::black, p.pt(3));
        if (p.stop())
            return;
    }
    if (segments.isEmpty())
        p.paragraph(Tr::tr("Nothing."), p.font(8.5, false, true), p.pt(12));
}

} // namespace Parallax::ReportLayout
