#include "findingspanel.h"

#include "earliest.h"
#include "notebook.h"
#include "plaintooltip.h"
#include "sourcecolors.h"

#include <QLabel>
#include <QLocale>
#include <QTreeWidget>

#include <algorithm>

namespace Parallax {

namespace {

constexpr int PairRole = Qt::UserRole + 2; // QPoint(source, other) of a relation entry
// Of a detail entry whose timeline is filled when it is first expanded: the sources that carry
// it (QVariantList of qlonglong) and the texts that state it (PartialDetail::forms).
constexpr int TimelineSourcesRole = Qt::UserRole + 3;
constexpr int TimelineTextRole = Qt::UserRole + 4;

// Whether text states a detail written in one of forms (case aside).
bool states(const QString &text, const QStringList &forms)
{
    return std::any_of(forms.cbegin(), forms.cend(), [&text](const QString &form) {
        return text.contains(form, Qt::CaseInsensitive);
    });
}

} // namespace

FindingsPanel::FindingsPanel(QWidget *parent)
    : FindingsListPanel(QStringLiteral("findingsTree"), tr("Findings of the comparison"), parent)
{
    tree()->setTextElideMode(Qt::ElideRight); // the start says what an entry is
    const auto openPair = [this](QTreeWidgetItem *item) {
        const QVariant pair = item ? item->data(0, PairRole) : QVariant();
        if (pair.isValid())
            Q_EMIT pairActivated(pair.toPoint().x(), pair.toPoint().y());
    };
    connect(tree(), &QTreeWidget::itemActivated, this, openPair);
    connect(tree(), &QTreeWidget::itemClicked, this, openPair);
    // A timeline is built when its detail is first opened: with hundreds of sources, building
    // every detail's at once would take minutes.
    connect(tree(), &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *item) {
        const QVariant sources = item->data(0, TimelineSourcesRole);
        if (!sources.isValid())
            return;
        item->setData(0, TimelineSourcesRole, QVariant());
        qDeleteAll(item->takeChildren()); // the placeholder
        QList<qsizetype> list;
        for (const QVariant &s : sources.toList())
            list.append(qsizetype(s.toLongLong()));
        addTimeline(item, item->data(0, TimelineTextRole).toStringList(), list);
    });
}

void FindingsPanel::setNoteBook(NoteBook *book)
{
    if (m_notes)
        disconnect(m_notes, nullptr, this, nullptr);
    m_notes = book;
    if (m_notes)
        connect(m_notes, &NoteBook::changed, this, &FindingsPanel::refresh);
    refresh();
}

QTreeWidgetItem *FindingsPanel::addHeading(const QString &text)
{
    QTreeWidgetItem *heading = addEntry(nullptr, text, {}, -1);
    QFont bold = heading->font(0);
    bold.setBold(true);
    heading->setFont(0, bold);
    heading->setExpanded(true);
    return heading;
}

QString FindingsPanel::letters(const QList<qsizetype> &sources) const
{
    QStringList list;
    for (const qsizetype s : sources)
        list.append(sourceBadge(state().sources.value(s).colour));
    return list.join(QStringLiteral(", "));
}

QString FindingsPanel::legend(const QList<qsizetype> &sources) const
{
    QStringList lines;
    for (const qsizetype s : sources)
        lines.append(
            tr("%1: %2").arg(sourceBadge(state().sources.value(s).colour), state().sourceName(s)));
    return lines.join(u'\n');
}

QString FindingsPanel::timeOrder(const QList<qsizetype> &sources) const
{
    const QLocale locale;
    QStringList lines{tr("In time order:")};
    for (const qsizetype s : publicationOrder(state().articles, sources)) {
        const ArticleMetadata &meta = state().articles.at(s).metadata;
        QString when =
            meta.date.isValid() ? locale.toString(meta.date, QLocale::ShortFormat) : tr("undated");
        if (meta.date.isValid() && meta.time.isValid())
            when += u' ' + locale.toString(meta.time, QLocale::ShortFormat);
        if (const QString note = uncertainDateNote(meta.dateOrigin); !note.isEmpty())
            when += QStringLiteral(" (%1)").arg(note);
        lines.append(tr("%1 %2").arg(sourceBadge(state().sources.value(s).colour), when));
    }
    return lines.join(u'\n');
}

void FindingsPanel::explain(QTreeWidgetItem *item, const QList<qsizetype> &sources,
                            const QString &more)
{
    QString tip = item->text(0) + u'\n' + legend(sources);
    if (!more.isEmpty())
        tip += u'\n' + more;
    item->setToolTip(0, plainToolTip(tip));
}

qsizetype FindingsPanel::segmentIn(qsizetype unit, const QList<qsizetype> &sources) const
{
    const Comparison &comparison = state().comparison;
    if (unit < 0 || unit >= comparison.units.size())
        return -1;
    const QList<qsizetype> &segments = comparison.units.at(unit).segments;
    for (const qsizetype segment : segments) {
        if (sources.contains(comparison.sourceOf(segment)))
            return segment;
    }
    return segments.isEmpty() ? -1 : segments.first();
}

qsizetype FindingsPanel::detailSegment(const PartialDetail &detail,
                                       const QList<qsizetype> &sources) const
{
    const Comparison &comparison = state().comparison;
    if (detail.unit < 0 || detail.unit >= comparison.units.size())
        return -1;
    for (const qsizetype segment : comparison.units.at(detail.unit).segments) {
        const Sentence *sentence = state().sentence(segment);
        if (sources.contains(comparison.sourceOf(segment)) && sentence &&
            states(sentence->text, detail.forms))
            return segment;
    }
    return segmentIn(detail.unit, sources);
}

void FindingsPanel::fill()
{
    QStringList summary;
    fillRelations(summary);
    fillConflicts(summary);
    fillQuotations(summary);
    fillNotes(summary);
    fillDetails(summary);
    this->summary()->setText(summary.isEmpty()
                                 ? tr("Every source says the same: no source copies another, "
                                      "none contradicts another, and every name, number and "
                                      "quotation is in every source.")
                                 : tr("Found: %1.").arg(summary.join(QStringLiteral("; "))));
}

void FindingsPanel::fillRelations(QStringList &summary)
{
    const QLocale locale;
    const auto percent = [&locale](double share) -> QString {
        return locale.toString(share * 100, 'f', 0) + locale.percent();
    };
    QList<const SourceRelation *> labelled;
    int derived = 0;
    const auto derivedFrom = [this](qsizetype source, qsizetype other) {
        for (const SourceRelation &r : state().relations) {
            if (r.source == source && r.other == other &&
                (r.label == SourceRelation::Label::CopyOf ||
                 r.label == SourceRelation::Label::RewordingOf))
                return true;
        }
        return false;
    };
    for (const SourceRelation &r : state().relations) {
        if (r.label == SourceRelation::Label::None || r.other < 0)
            continue;
        // "A shares most with C" says less than "C is a rewording of A", listed already.
        if (r.label == SourceRelation::Label::SharesMostWith && derivedFrom(r.other, r.source))
            continue;
        if (saidByOther(state().relations, r))
            continue; // "A and B are copies of each other", said once

        labelled.append(&r);
        derived += r.label != SourceRelation::Label::SharesMostWith;
    }
    if (derived > 0)
        summary.append(tr("%n source(s) derived from another", nullptr, derived));
    QTreeWidgetItem *heading = addHeading(tr("How the sources relate"));
    if (labelled.isEmpty()) {
        addEntry(heading, tr("No source shares most of its units with another."), {}, -1);
        return;
    }
    for (const SourceRelation *r : std::as_const(labelled)) {
        const QString source = letters({r->source});
        const QString other = letters({r->other});
        QString text;
        switch (r->mutual ? SourceRelation::Label::None : r->label) {
        case SourceRelation::Label::None:
            text = (r->label == SourceRelation::Label::CopyOf
                        ? tr("%1 and %2 are copies of each other: %3 of %1's units, %4 word for "
                             "word; no date tells which came first")
                        : tr("%1 and %2 are rewordings of each other: %3 of %1's units, %4 in "
                             "the same order; no date tells which came first"))
                       .arg(source, other, percent(r->coverage),
                            percent(r->label == SourceRelation::Label::CopyOf ? r->sameWording
                                                                              : r->order));
            break;
        case SourceRelation::Label::CopyOf:
            text = tr("%1 is a copy of %2: %3 of its units, %4 word for word")
                       .arg(source, other, percent(r->coverage), percent(r->sameWording));
            break;
        case SourceRelation::Label::RewordingOf:
            text = tr("%1 is a rewording of %2: %3 of its units, %4 in the same order")
                       .arg(source, other, percent(r->coverage), percent(r->order));
            break;
        default:
            text = tr("%1 shares most with %2: %3 of its units")
                       .arg(source, other, percent(r->coverage));
            break;
        }
        QTreeWidgetItem *item = addEntry(heading, text, {r->source}, -1);
        item->setData(0, PairRole, QPoint(int(r->source), int(r->other)));
        explain(item, {r->source, r->other}, tr("Click to compare the two side by side."));
    }
}

void FindingsPanel::fillConflicts(QStringList &summary)
{
    const QList<Conflict> &conflicts = state().conflicts;
    if (conflicts.isEmpty())
        return;
    summary.append(tr("%n conflict(s)", nullptr, int(conflicts.size())));
    QTreeWidgetItem *heading = addHeading(tr("Conflicts: %n", nullptr, int(conflicts.size())));
    for (const Conflict &c : conflicts) {
        QStringList sides;
        QList<qsizetype> all;
        for (const ConflictSide &side : c.sides) {
            sides.append(tr("%1 (%2)").arg(side.value, letters(side.sources)));
            all += side.sources;
        }
        std::sort(all.begin(), all.end());
        const ConflictSide &first = c.sides.first();
        QTreeWidgetItem *item = addEntry(
            heading, tr("Row %1 · %2").arg(c.unit + 1).arg(sides.join(QStringLiteral(" / "))),
            first.sources, first.segments.isEmpty() ? -1 : first.segments.first());
        explain(item, all);
    }
}

void FindingsPanel::fillQuotations(QStringList &summary)
{
    QList<const QuotationFinding *> changed;
    for (const QuotationFinding &f : state().quotations) {
        if (f.kind == QuotationFinding::Kind::Altered || f.kind == QuotationFinding::Kind::Partial)
            changed.append(&f);
    }
    if (changed.isEmpty())
        return;
    summary.append(tr("%n quotation(s) worded differently", nullptr, int(changed.size())));
    QTreeWidgetItem *heading =
        addHeading(tr("Quotations worded differently: %n", nullptr, int(changed.size())));
    for (const QuotationFinding *f : std::as_const(changed)) {
        QStringList sides;
        QString speaker;
        QList<qsizetype> all;
        // Named when the sources agree on who said it (else a conflict says who said what).
        if (f->attributions.size() == 1)
            speaker = f->attributions.first().speaker;
        for (qsizetype s = 0; s < f->sides.size(); ++s) {
            const QuotationSide &side = f->sides.at(s);
            // The words around the change: an entry is cut at its end.
            sides.append(
                tr("\u201C%1\u201D (%2)").arg(changeExcerpt(*f, s, 60), letters(side.sources)));
            all += side.sources;
        }
        std::sort(all.begin(), all.end());
        const QString kind =
            f->kind == QuotationFinding::Kind::Altered ? tr("altered") : tr("quoted in part");
        const QString head = speaker.isEmpty() ? kind : tr("%1, %2").arg(kind, speaker);
        const QuotationSide *side = f->sides.isEmpty() ? nullptr : &f->sides.first();
        QTreeWidgetItem *item = addEntry(
            heading,
            tr("Row %1 · %2: %3").arg(f->unit + 1).arg(head, sides.join(QStringLiteral(" / "))),
            side ? side->sources : QList<qsizetype>(),
            side && !side->segments.isEmpty() ? side->segments.first() : -1);
        explain(item, all);
    }
}

void FindingsPanel::fillNotes(QStringList &summary)
{
    const QList<NoteEntry> entries = m_notes ? m_notes->entries() : QList<NoteEntry>();
    if (entries.isEmpty())
        return;
    summary.append(tr("%n note(s)", nullptr, int(entries.size())));
    QTreeWidgetItem *heading = addHeading(tr("Notes: %n", nullptr, int(entries.size())));
    for (const NoteEntry &note : entries) {
        const QString what =
            note.text.isEmpty() ? note.statusText : tr("%1: %2").arg(note.statusText, note.text);
        if (note.unit < 0) {
            addEntry(heading, tr("Detached · %1 · %2").arg(what, note.sentence), {}, -1);
            continue;
        }
        addEntry(heading, tr("Row %1 · %2").arg(note.unit + 1).arg(what), {},
                 segmentIn(note.unit, {}));
    }
}

void FindingsPanel::fillDetails(QStringList &summary)
{
    const QList<PartialDetailGroup> groups = groupBySources(state().partialDetails);
    if (groups.isEmpty())
        return;
    summary.append(
        tr("%n detail(s) only some sources carry", nullptr, int(state().partialDetails.size())));
    QTreeWidgetItem *heading = addHeading(
        tr("Details only some sources carry: %n", nullptr, int(state().partialDetails.size())));
    for (const PartialDetailGroup &group : groups) {
        QString text =
            tr("Only in %1: %n", nullptr, int(group.details.size())).arg(letters(group.sources));
        // Who reported these first, among the sources that carry them.
        const Earliest first = earliest(state().articles, group.sources);
        if (group.sources.size() > 1 && !first.sources.isEmpty()) {
            text += u' ' + tr("· first %1, %2")
                               .arg(letters(first.sources),
                                    QLocale().toString(first.date, QLocale::ShortFormat));
            // A first whose date may be a photo's or a file's says so.
            const QString caveat = uncertainDatesNote(state().articles, first,
                                                      [&](qsizetype s) { return letters({s}); });
            if (!caveat.isEmpty())
                text += QStringLiteral(" (%1)").arg(caveat);
        }
        QTreeWidgetItem *top = addEntry(heading, text, group.sources,
                                        segmentIn(group.details.first().unit, group.sources));
        explain(top, group.sources,
                group.sources.size() > 1 ? timeOrder(group.sources) : QString());
        for (const PartialDetail &detail : group.details) {
            const QString item = detail.kind == PartialDetail::Kind::Quote
                                     ? u'\u201C' + detail.text + u'\u201D'
                                     : detail.text;
            // The swatch is the source whose sentence in that row states it (the row is the
            // first that does), not merely the first of the sources that carry it somewhere.
            const qsizetype segment = detailSegment(detail, group.sources);
            qsizetype source =
                segment >= 0 ? state().comparison.sourceOf(segment) : group.sources.first();
            source = group.sources.contains(source) ? source : group.sources.first();
            QTreeWidgetItem *entry = addEntry(
                top, tr("%1 · row %2 in %3").arg(item).arg(detail.unit + 1).arg(letters({source})),
                {source}, segment);
            explain(entry, group.sources);
            if (group.sources.size() > 1) {
                QVariantList sources;
                for (const qsizetype carrier : group.sources)
                    sources.append(qlonglong(carrier));
                entry->setData(0, TimelineSourcesRole, sources);
                entry->setData(0, TimelineTextRole, detail.forms);
                addEntry(entry, QStringLiteral("\u2026"), {}, -1); // until it is expanded
                entry->setToolTip(0, entry->toolTip(0) + u'\n' +
                                         tr("Expand it for the sources that carry it in time "
                                            "order."));
            }
        }
        top->setExpanded(group.details.size() <= 6);
    }
}

// The detail's timeline: the sources that carry it in the order they published, each leading
// to its first sentence that states it.
void FindingsPanel::addTimeline(QTreeWidgetItem *entry, const QStringList &forms,
                                const QList<qsizetype> &sources)
{
    const Comparison &comparison = state().comparison;
    const QLocale locale;
    for (const qsizetype s : publicationOrder(state().articles, sources)) {
        const Article &article = state().articles.at(s);
        qsizetype segment = -1;
        for (qsizetype i = 0; i < article.sentences.size() && segment < 0; ++i) {
            if (states(article.sentences.at(i).text, forms))
                segment = comparison.segmentOf(s, i);
        }
        const ArticleMetadata &meta = article.metadata;
        QString when =
            meta.date.isValid() ? locale.toString(meta.date, QLocale::ShortFormat) : tr("undated");
        if (meta.date.isValid() && meta.time.isValid())
            when += u' ' + locale.toString(meta.time, QLocale::ShortFormat);
        QTreeWidgetItem *item =
            addEntry(entry, tr("%1 · %2").arg(when, letters({s})), {s}, segment);
        if (const QString note = uncertainDateNote(meta.dateOrigin); !note.isEmpty())
            when += QStringLiteral(" (%1)").arg(note);
        item->setToolTip(0, plainToolTip(tr("%1 carries it; %2").arg(state().sourceName(s), when)));
    }
}

} // namespace Parallax
