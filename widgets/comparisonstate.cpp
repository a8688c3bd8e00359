#include "comparisonstate.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <QRegularExpression>

namespace Parallax {

void ComparisonState::findFindings()
{
    ConflictsAndQuotations found = findConflictsAndQuotations(articles, comparison);
    conflicts = std::move(found.conflicts);
    quotations = std::move(found.quotations);
    relations = sourceRelations(articles, comparison);
    partialDetails = findPartialDetails(articles, comparison);
    dropQuotationsWordedElsewhere(&partialDetails, quotations);
    dropConflictingDetails(&partialDetails, conflicts);
    findingsPending = false;
}

ComparisonStatePtr withFindings(const ComparisonStatePtr &state)
{
    if (!state || !state->findingsPending)
        return state;
    auto found = std::make_shared<ComparisonState>(*state);
    found->findFindings();
    return found;
}

const Sentence *ComparisonState::sentence(qsizetype segment) const
{
    const qsizetype source = comparison.sourceOf(segment);
    if (source < 0 || source >= articles.size())
        return nullptr;
    const qsizetype index = comparison.sentenceOf(segment);
    const QList<Sentence> &sentences = articles.at(source).sentences;
    return index >= 0 && index < sentences.size() ? &sentences.at(index) : nullptr;
}

void distinguishNames(QList<SourceInfo> &sources, const QList<Article> &articles)
{
    QHash<QString, QList<qsizetype>> byName;
    for (qsizetype s = 0; s < sources.size(); ++s)
        byName[sources.at(s).name].append(s);
    for (const QList<qsizetype> &same : std::as_const(byName)) {
        if (same.size() < 2)
            continue;
        // The first cue that tells all of them apart: the outlet, then the file name.
        auto cue = [&](qsizetype s, int kind) {
            const Article *a = s < articles.size() ? &articles.at(s) : nullptr;
            if (!a)
                return QString();
            return kind == 0 ? a->metadata.outlet : QFileInfo(a->path).fileName();
        };
        int chosen = -1;
        for (int kind = 0; kind < 2 && chosen < 0; ++kind) {
            QSet<QString> seen;
            bool distinct = true;
            for (qsizetype s : same) {
                const QString c = cue(s, kind);
                distinct = distinct && !c.isEmpty() && !seen.contains(c);
                seen.insert(c);
            }
            if (distinct)
                chosen = kind;
        }
        for (qsizetype k = 0; k < same.size(); ++k) {
            const qsizetype s = same.at(k);
            const QString extra = chosen >= 0 ? cue(s, chosen) : QString::number(k + 1);
            sources[s].name = QStringLiteral("%1 (%2)").arg(sources.at(s).name, extra);
        }
    }
}

QString conflictValues(const Conflict &conflict, const ComparisonState &state)
{
    QStringList sides;
    for (const ConflictSide &side : conflict.sides) {
        QStringList names;
        for (qsizetype s : side.sources)
            names.append(state.sourceName(s));
        sides.append(QStringLiteral("%1 (%2)").arg(side.value, names.join(QStringLiteral(", "))));
    }
    if (!conflict.about.isEmpty()) // who said a quotation
        return u'\u201C' + conflict.about + QStringLiteral("\u201D: ") +
               sides.join(QStringLiteral(" / "));
    return sides.join(QStringLiteral(" / "));
}

QList<const Conflict *> ComparisonState::conflictsOf(qsizetype unit) const
{
    QList<const Conflict *> found;
    for (const Conflict &c : conflicts) {
        if (c.unit == unit)
            found.append(&c);
    }
    return found;
}

QList<qsizetype> ComparisonState::unitsOf(qsizetype segment) const
{
    QList<qsizetype> units;
    for (qsizetype u = 0; u < comparison.units.size(); ++u) {
        if (std::binary_search(comparison.units.at(u).segments.begin(),
                               comparison.units.at(u).segments.end(), segment))
            units.append(u);
    }
    return units;
}

double ComparisonState::addedShare(qsizetype source, bool relativeToBase) const
{
    if (source < 0 || source >= articles.size() || articles.at(source).words == 0)
        return 0;
    static const QRegularExpression words(QStringLiteral("\\w+"));
    qsizetype count = 0;
    for (const Addition &addition : additions(relativeToBase)) {
        if (addition.source != source)
            continue;
        auto it = words.globalMatch(addition.text);
        while (it.hasNext()) {
            it.next();
            ++count;
        }
    }
    return std::min(1.0, double(count) / double(articles.at(source).words));
}

bool ViewOptions::operator==(const ViewOptions &other) const
{
    return highlight == other.highlight && relativeToBase == other.relativeToBase &&
           showFurniture == other.showFurniture && diff.ignoreCase == other.diff.ignoreCase &&
           diff.ignorePunctuation == other.diff.ignorePunctuation &&
           diff.ignoreQuoteStyle == other.diff.ignoreQuoteStyle &&
           diff.ignoreSpellingVariants == other.diff.ignoreSpellingVariants;
}

} // namespace Parallax

namespace Parallax {

QVariantMap ViewOptions::toMap() const
{
    return {
        {QStringLiteral("highlight"),
         highlight == Highlight::AllChanges ? QStringLiteral("all") : QStringLiteral("added")},
        {QStringLiteral("relativeToBase"), relativeToBase},
        {QStringLiteral("showFurniture"), showFurniture},
        {QStringLiteral("ignoreCase"), diff.ignoreCase},
        {QStringLiteral("ignorePunctuation"), diff.ignorePunctuation},
        {QStringLiteral("ignoreQuoteStyle"), diff.ignoreQuoteStyle},
        {QStringLiteral("ignoreSpellingVariants"), diff.ignoreSpellingVariants},
    };
}

ViewOptions ViewOptions::fromMap(const QVariantMap &map)
{
    ViewOptions options;
    options.highlight = map.value(QStringLiteral("highlight")).toString() == u"all"
                            ? Highlight::AllChanges
                            : Highlight::Added;
    options.relativeToBase = map.value(QStringLiteral("relativeToBase"), false).toBool();
    options.showFurniture = map.value(QStringLiteral("showFurniture"), true).toBool();
    options.diff.ignoreCase = map.value(QStringLiteral("ignoreCase"), true).toBool();
    options.diff.ignorePunctuation = map.value(QStringLiteral("ignorePunctuation"), false).toBool();
    options.diff.ignoreQuoteStyle = map.value(QStringLiteral("ignoreQuoteStyle"), true).toBool();
    options.diff.ignoreSpellingVariants =
        map.value(QStringLiteral("ignoreSpellingVariants"), false).toBool();
    return options;
}

} // namespace Parallax
