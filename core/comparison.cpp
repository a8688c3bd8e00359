#include "comparison.h"

#include "additionfinder.h"
#include "aligner.h"

#include <QHash>
#include <QSet>

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

QList<Link> Comparison::linksBetween(qsizetype x, qsizetype y) const
{
    QList<Link> result;
    auto key = [](qsizetype a, qsizetype b) {
        return (quint64(std::min(a, b)) << 32) | quint64(std::max(a, b));
    };
    QSet<quint64> direct;
    for (const Link &link : links) {
        const qsizetype sa = sourceOf(link.a);
        const qsizetype sb = sourceOf(link.b);
        if ((sa == x && sb == y) || (sa == y && sb == x)) {
            result.append(link);
            direct.insert(key(link.a, link.b));
        }
    }
    // The members of x and y in units where some pair of them has no direct link.
    QHash<qsizetype, qsizetype> unitOf; // segment -> unit, for those members only
    QList<std::pair<qsizetype, qsizetype>> missing;
    for (qsizetype u = 0; u < units.size(); ++u) {
        const Unit &unit = units.at(u);
        if (!unit.sources.contains(x) || !unit.sources.contains(y))
            continue;
        QList<qsizetype> inX, inY;
        for (qsizetype segment : unit.segments) {
            const qsizetype s = sourceOf(segment);
            if (s == x)
                inX.append(segment);
            else if (s == y)
                inY.append(segment);
        }
        for (qsizetype a : std::as_const(inX)) {
            for (qsizetype b : std::as_const(inY)) {
                if (!direct.contains(key(a, b))) {
                    missing.append({a, b});
                    unitOf.insert(a, u);
                    unitOf.insert(b, u);
                }
            }
        }
    }
    if (missing.isEmpty())
        return result;
    QHash<qsizetype, QList<const Link *>> linksOf; // of the members that miss a partner
    for (const Link &link : links) {
        if (unitOf.contains(link.a))
            linksOf[link.a].append(&link);
        if (unitOf.contains(link.b))
            linksOf[link.b].append(&link);
    }
    for (const auto &[a, b] : std::as_const(missing)) {
        QHash<qsizetype, const Link *> viaA; // the other end of each of a's links
        for (const Link *link : linksOf.value(a))
            viaA.insert(link->a == a ? link->b : link->a, link);
        const Link *bestA = nullptr;
        const Link *bestB = nullptr;
        double best = -1;
        for (const Link *link : linksOf.value(b)) {
            const qsizetype via = link->a == b ? link->b : link->a;
            const Link *first = viaA.value(via);
            if (!first)
                continue;
            const double score = std::min(first->score, link->score);
            if (score > best) {
                best = score;
                bestA = first;
                bestB = link;
            }
        }
        if (!bestA)
            continue;
        Relation relation = Relation::Paraphrase;
        if (bestA->relation == Relation::Same && bestB->relation == Relation::Same)
            relation = Relation::Same;
        else if (bestA->relation == Relation::Partial || bestB->relation == Relation::Partial)
            relation = Relation::Partial;
        result.append(Link{std::min(a, b), std::max(a, b), best, relation});
    }
    std::sort(result.begin(), result.end(),
              [](const Link &p, const Link &q) { return p.a != q.a ? p.a < q.a : p.b < q.b; });
    return result;
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
