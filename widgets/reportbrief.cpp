#include "reportbrief.h"

#include "conflicts.h"
#include "derivation.h"
#include "partialdetails.h"
#include "quotations.h"
#include "reportpage.h"
#include "sourcecolors.h"

#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QSet>

#include <algorithm>

namespace Parallax::ReportLayout {

namespace {

// At most the first `length` characters, cut at a word and marked as cut.
QString shortened(const QString &text, qsizetype length)
{
    if (text.size() <= length)
        return text;
    qsizetype cut = text.lastIndexOf(u' ', length);
    if (cut < length / 2)
        cut = length;
    return text.left(cut).trimmed() + u'\u2026';
}

// Findings of one kind listed on the first page at most; the rest are in their sections.
constexpr qsizetype kBriefConflicts = 5;
constexpr qsizetype kBriefQuotations = 2;

} // namespace

ReportBrief::ReportBrief(ReportPage &page)
    : m_page(page)
{}

void ReportBrief::cover()
{
    ReportPage &p = m_page;
    const ComparisonState &state = p.state();
    p.setY(p.body().top() + p.pt(12));
    p.paragraph(p.title(), p.font(20, true), 0, {}, Qt::black, p.pt(8));
    const QLocale locale;
    p.paragraph(Tr::tr("A comparison of %n version(s) of one story, made by Parallax on %1.",
                       nullptr, int(state.articles.size()))
                    .arg(locale.toString(p.options().created, QLocale::LongFormat)),
                p.font(10));
    if (state.comparison.base >= 0)
        p.paragraph(Tr::tr("Base source: %1. \"Added\" relative to the base means what a "
                           "source carries and the base (%1) lacks.")
                        .arg(letter(state.comparison.base)),
                    p.font(10), 0, {}, Qt::black, p.pt(8));
    key();
    p.heading(Tr::tr("Findings"), 0);
    relations();
    conflicts();
    quotations();
    notes(p.options().notes);
    details();
    p.setY(p.y() + p.pt(8));
}

void ReportBrief::subheading(const QString &text)
{
    m_page.ensure(m_page.pt(30));
    m_page.paragraph(text, m_page.font(10.5, true), 0, {}, Qt::black, m_page.pt(2));
}

QString ReportBrief::letter(qsizetype source) const
{
    const ComparisonState &state = m_page.state();
    return source >= 0 && source < state.sources.size()
               ? sourceBadge(state.sources.at(source).colour)
               : QString();
}

QString ReportBrief::names(const QList<qsizetype> &sources) const
{
    QStringList list;
    for (const qsizetype source : sources)
        list.append(letter(source));
    return list.join(QStringLiteral(", "));
}

void ReportBrief::key()
{
    // The sources by the letters the first page and the window name them with; near-identical
    // titles are told apart by outlet, date and file.
    ReportPage &p = m_page;
    const ComparisonState &state = p.state();
    const QLocale locale;
    const qreal w = p.body().width();
    const QList<qreal> widths{w * 0.52, w * 0.2, w * 0.12, w * 0.16};
    const QFont small = p.font(8);
    for (qsizetype s = 0; s < state.articles.size(); ++s) {
        const Article &article = state.articles.at(s);
        // The swatch carries the letter.
        p.tableRow(
            {ReportPage::spec(p.sourceName(s), small, state.sources.at(s).colour),
             ReportPage::spec(article.metadata.outlet, small),
             ReportPage::spec(article.metadata.date.isValid()
                                  ? locale.toString(article.metadata.date, QLocale::ShortFormat)
                                  : Tr::tr("undated"),
                              small),
             ReportPage::spec(QFileInfo(article.path).fileName(), small)},
            widths, false);
    }
    p.setY(p.y() + p.pt(6));
}

void ReportBrief::finding(qsizetype unit, const QString &text)
{
    const Anchor at = m_page.unitAnchor(unit);
    const QString where = at.page > 0 ? Tr::tr("unit %1, page %2").arg(unit + 1).arg(at.page)
                                      : Tr::tr("unit %1").arg(unit + 1);
    m_page.linkedParagraph(PageLink::Target::Unit, unit, Tr::tr("%1 (%2)").arg(text, where),
                           m_page.font(8.5), m_page.pt(8));
}

void ReportBrief::relations()
{
    ReportPage &p = m_page;
    const ComparisonState &state = p.state();
    const QLocale locale;
    auto percent = [&](double share) -> QString {
        return locale.toString(share * 100, 'f', 0) + u'%';
    };
    QStringList lines;
    const auto derivedFrom = [&state](qsizetype source, qsizetype other) {
        const SourceRelation &r = state.relations.at(source);
        return r.other == other && (r.label == SourceRelation::Label::CopyOf ||
                                    r.label == SourceRelation::Label::RewordingOf);
    };
    for (const SourceRelation &r : state.relations) {
        // "A shares most with C" says less than "C is a rewording of A", said already.
        if (r.label == SourceRelation::Label::SharesMostWith && r.other >= 0 &&
            derivedFrom(r.other, r.source))
            continue;
        const QString source = letter(r.source);
        const QString other = letter(r.other);
        if (r.mutual) {
            if (!saidByOther(state.relations, r)) // said once for the two
                lines.append(
                    (r.label == SourceRelation::Label::CopyOf
                         ? Tr::tr("%1 and %2 are copies of each other (%3 of %1's units, %4 in "
                                  "the same order, %5 word for word); no date tells which came "
                                  "first.")
                         : Tr::tr("%1 and %2 are rewordings of each other (%3 of %1's units, %4 "
                                  "in the same order, %5 word for word); no date tells which "
                                  "came first."))
                        .arg(source, other, percent(r.coverage), percent(r.order),
                             percent(r.sameWording)));
            continue;
        }
        switch (r.label) {
        case SourceRelation::Label::CopyOf:
            lines.append(Tr::tr("%1 is a copy of %2 (%3 of its units, %4 in the same order, %5 "
                                "word for word).")
                             .arg(source, other, percent(r.coverage), percent(r.order),
                                  percent(r.sameWording)));
            break;
        case SourceRelation::Label::RewordingOf:
            lines.append(Tr::tr("%1 is a rewording of %2 (%3 of its units, %4 in the same "
                                "order, %5 word for word).")
                             .arg(source, other, percent(r.coverage), percent(r.order),
                                  percent(r.sameWording)));
            break;
        case SourceRelation::Label::SharesMostWith:
            lines.append(Tr::tr("%1 shares most with %2: %3 of its units.")
                             .arg(source, other, percent(r.coverage)));
            break;
        case SourceRelation::Label::None:
            break;
        }
    }
    subheading(Tr::tr("How the sources relate"));
    if (lines.isEmpty())
        lines.append(Tr::tr("No source shares most of its units with another."));
    for (const QString &line : std::as_const(lines))
        p.paragraph(line, p.font(8.5), p.pt(8), {}, Qt::black, p.pt(2));
}

void ReportBrief::conflicts()
{
    ReportPage &p = m_page;
    const ComparisonState &state = p.state();
    const QList<Conflict> &found = state.conflicts;
    subheading(Tr::tr("Conflicts"));
    if (found.isEmpty()) {
        // Says what was checked: a contradiction of another kind would go unseen.
        p.paragraph(Tr::tr("No source contradicts another on a number, an amount, a measure, a "
                           "date, a weekday, a time of day, a name, a person's title or a "
                           "negation."),
                    p.font(8.5, false, true), p.pt(8), {}, Qt::black, p.pt(2));
        return;
    }
    for (qsizetype i = 0; i < std::min(found.size(), kBriefConflicts); ++i) {
        const Conflict &conflict = found.at(i);
        QStringList sides;
        for (const ConflictSide &side : conflict.sides)
            sides.append(Tr::tr("%1 (%2)").arg(side.value, names(side.sources)));
        if (conflict.about.isEmpty())
            finding(conflict.unit, sides.join(QStringLiteral(" / ")));
        else // the same words given to different people
            finding(conflict.unit, Tr::tr("Said by different people: \u201C%1\u201D: %2")
                                       .arg(conflict.about, sides.join(QStringLiteral(" / "))));
    }
    if (found.size() > kBriefConflicts)
        p.paragraph(
            Tr::tr("%n more in \"Conflicts\".", nullptr, int(found.size() - kBriefConflicts)),
            p.font(8.5, false, true), p.pt(8), {}, Qt::black, p.pt(2));
}

void ReportBrief::quotations()
{
    ReportPage &p = m_page;
    const ComparisonState &state = p.state();
    QList<QuotationFinding> found;
    for (const QuotationFinding &finding : state.quotations) {
        if (finding.kind == QuotationFinding::Kind::Altered ||
            finding.kind == QuotationFinding::Kind::Partial)
            found.append(finding);
    }
    subheading(Tr::tr("Altered quotations"));
    if (found.isEmpty()) {
        p.paragraph(Tr::tr("No quotation is worded differently by two sources."),
                    p.font(8.5, false, true), p.pt(8), {}, Qt::black, p.pt(2));
        return;
    }
    for (qsizetype i = 0; i < std::min(found.size(), kBriefQuotations); ++i) {
        const QuotationFinding &quotation = found.at(i);
        QString speaker;
        QStringList sides;
        // Named when the sources agree on who said it (else a conflict says who said what).
        if (quotation.attributions.size() == 1)
            speaker = quotation.attributions.first().speaker;
        for (qsizetype s = 0; s < quotation.sides.size(); ++s) {
            const QuotationSide &side = quotation.sides.at(s);
            // The words around the change, not only the start the wordings share.
            sides.append(Tr::tr("%1 (%2)").arg(
                u'\u201C' + changeExcerpt(quotation, s, 48) + u'\u201D', names(side.sources)));
        }
        const QString kind = quotation.kind == QuotationFinding::Kind::Altered
                                 ? Tr::tr("Altered quotation")
                                 : Tr::tr("Partial quotation");
        const QString head = speaker.isEmpty() ? kind : Tr::tr("%1: %2").arg(kind, speaker);
        finding(quotation.unit, Tr::tr("%1: %2").arg(head, sides.join(QStringLiteral(" / "))));
    }
    if (found.size() > kBriefQuotations)
        p.paragraph(
            Tr::tr("%n more in \"Quotations\".", nullptr, int(found.size() - kBriefQuotations)),
            p.font(8.5, false, true), p.pt(8), {}, Qt::black, p.pt(2));
}

void ReportBrief::notes(const QList<ReportNote> &notes)
{
    if (notes.isEmpty())
        return;
    subheading(Tr::tr("Notes"));
    for (const ReportNote &note : notes) {
        if (note.unit < 0 || note.unit >= m_page.state().comparison.units.size())
            continue;
        finding(note.unit,
                note.text.isEmpty() ? note.status : Tr::tr("%1: %2").arg(note.status, note.text));
    }
}

void ReportBrief::details()
{
    ReportPage &p = m_page;
    const ComparisonState &state = p.state();
    // One paragraph per set of sources: the details those sources alone state, names first
    // (those of more words first), then numbers, then quotations; each with its row's page. The
    // page holds only so many: what one source alone adds comes first, then what two add, and
    // so on (in the order of their first rows among sets of as many sources).
    QList<PartialDetailGroup> groups = groupBySources(state.partialDetails);
    std::stable_sort(groups.begin(), groups.end(),
                     [](const PartialDetailGroup &a, const PartialDetailGroup &b) {
                         return a.sources.size() < b.sources.size();
                     });
    subheading(Tr::tr("Details only some sources carry"));
    if (groups.isEmpty()) {
        p.paragraph(Tr::tr("Every name, number and quotation is in every source."),
                    p.font(8.5, false, true), p.pt(8), {}, Qt::black, p.pt(2));
        return;
    }
    constexpr qsizetype kItems = 4; // per set of sources
    qsizetype left = 0;
    for (const PartialDetailGroup &group : groups) {
        if (p.page() > 1 || p.remaining() < p.pt(36)) {
            left += group.details.size();
            continue; // the brief stays on the first page
        }
        QString text = Tr::tr("Only in %1: ").arg(names(group.sources));
        QList<LinkedRun> runs;
        const qsizetype shown = std::min(group.details.size(), kItems);
        for (qsizetype i = 0; i < shown; ++i) {
            const PartialDetail &detail = group.details.at(i);
            if (i > 0)
                text += QStringLiteral(", ");
            const Anchor at = p.unitAnchor(detail.unit);
            const QString item = (detail.kind == PartialDetail::Kind::Quote
                                      ? u'\u201C' + shortened(detail.text, 40) + u'\u201D'
                                      : detail.text) +
                                 (at.page > 0 ? QStringLiteral(" (%1)").arg(at.page) : QString());
            runs.append(LinkedRun{text.size(), text.size() + item.size(), detail.unit});
            text += item;
        }
        if (group.details.size() > shown)
            text += u' ' + Tr::tr("and %n more", nullptr, int(group.details.size() - shown));
        left += group.details.size() - shown;
        p.linkedRuns(text, p.font(8.5), p.pt(8), runs);
    }
    if (left > 0)
        p.paragraph(Tr::tr("The page of each detail's row in brackets; %n more details in \"Who "
                           "added what\".",
                           nullptr, int(left)),
                    p.font(8.5, false, true), p.pt(8), {}, Qt::black, p.pt(2));
    else
        p.paragraph(Tr::tr("The page of each detail's row in brackets."), p.font(8.5, false, true),
                    p.pt(8), {}, Qt::black, p.pt(2));
}

void ReportBrief::contents()
{
    ReportPage &p = m_page;
    p.ensure(p.pt(120));
    p.paragraph(Tr::tr("Contents"), p.font(13, true), 0, {}, Qt::black, p.pt(6));
    const QList<Section> &sections = p.known().sections;
    for (qsizetype index = 0; index < sections.size(); ++index) {
        const Section &section = sections.at(index);
        if (section.level > 1)
            continue;
        const QString line = QStringLiteral("%1%2").arg(
            section.level ? QStringLiteral("    ") : QString(), section.title);
        p.ensure(p.pt(12));
        if (QPainter *painter = p.painter()) {
            painter->setFont(p.font(9.5, section.level == 0));
            painter->setPen(Qt::black);
            const QRectF row(p.body().left(), p.y(), p.body().width(), p.pt(12));
            painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter, line);
            painter->drawText(row, Qt::AlignRight | Qt::AlignVCenter,
                              QString::number(section.page));
            p.addLink(row, PageLink::Target::Section, index);
        }
        p.setY(p.y() + p.pt(12));
    }
    p.setY(p.y() + p.pt(10)); // apart from the section that follows on the page
}

} // namespace Parallax::ReportLayout
