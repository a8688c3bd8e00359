#include "comparisonstate.h"

#include <QRegularExpression>

namespace Parallax {

const Sentence *ComparisonState::sentence(qsizetype segment) const
{
    const qsizetype source = comparison.sourceOf(segment);
    if (source < 0 || source >= articles.size())
        return nullptr;
    const qsizetype index = comparison.sentenceOf(segment);
    const QList<Sentence> &sentences = articles.at(source).sentences;
    return index >= 0 && index < sentences.size() ? &sentences.at(index) : nullptr;
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
