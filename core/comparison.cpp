#include "comparison.h"

#include "additionfinder.h"
#include "aligner.h"

#include <algorithm>

namespace Parallax {

QString relationName(Relation relation)
{
    switch (relation) {
    case Relation::Same:
        return QStringLiteral("same");
    case Relation::Paraphrase:
        return QStringLiteral("paraphrase");
    case Relation::Partial:
        return QStringLiteral("partial");
    }
    return {};
}

qsizetype Comparison::sourceOf(qsizetype segment) const
{
    const auto it = std::upper_bound(firstSegment.begin(), firstSegment.end(), segment);
    return qsizetype(it - firstSegment.begin()) - 1;
}

qsizetype defaultBase(const QList<Article> &articles)
{
    qsizetype base = 0;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        if (comparePublication(articles.at(i).metadata, articles.at(base).metadata) < 0)
            base = i;
    }
    return base;
}

Comparison compare(const QList<Article> &articles, const CompareOptions &options)
{
    Aligner aligner(articles, options);
    Comparison result = aligner.run();
    if (!result.cancelled && !articles.isEmpty()) {
        AdditionFinder(aligner).find(result);
        result.cancelled = options.cancel && options.cancel->load();
    }
    return result;
}

} // namespace Parallax
