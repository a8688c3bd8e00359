#include "comparison.h"

#include "additionfinder.h"
#include "aligner.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>

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
    return linksBetween(QList<std::pair<qsizetype, qsizetype>>{{x, y}}).constFirst();
}

QList<QList<Link>>
Comparison::linksBetween(const QList<std::pair<qsizetype, qsizetype>> &pairs) const
{
    QList<QList<Link>> result(pairs.size());
    auto key = [](qsizetype a, qsizetype b) {
        return (quint64(std::min(a, b)) << 32) | quint64(std::max(a, b));
    };
    QHash<quint64, QList<qsizetype>> asked; // source pair -> its places in `pairs`
    for (qsizetype i = 0; i < pairs.size(); ++i)
        asked[key(pairs.at(i).first, pairs.at(i).second)].append(i);
    QSet<quint64> direct; // segment pairs linked in `links`, of the pairs asked
    for (const Link &link : links) {
        const auto it = asked.constFind(key(sourceOf(link.a), sourceOf(link.b)));
        if (it == asked.cend())
            continue;
        for (qsizetype i : *it)
            result[i].append(link);
        direct.insert(key(link.a, link.b));
    }
    // The members of each pair's two sources in units where some pair of them has no direct
    // link; the units read through each source's own list of units.
    std::vector<QList<qsizetype>> unitsOf(size_t(firstSegment.size()));
    for (qsizetype u = 0; u < units.size(); ++u) {
        for (qsizetype s : units.at(u).sources) {
            if (s >= 0 && s < qsizetype(unitsOf.size()))
                unitsOf[size_t(s)].append(u);
        }
    }
    struct Missing
    {
        qsizetype a, b;
        quint64 pair; // key of the two sources
    };
    QList<Missing> missing;
    QSet<qsizetype> partnerless; // members of a missing pair
    for (auto it = asked.cbegin(); it != asked.cend(); ++it) {
        const qsizetype x = qsizetype(it.key() >> 32);
        const qsizetype y = qsizetype(it.key() & 0xffffffffu);
        if (x == y || x < 0 || x >= qsizetype(unitsOf.size()))
            continue;
        for (qsizetype u : unitsOf[size_t(x)]) {
            const Unit &unit = units.at(u);
            if (!std::binary_search(unit.sources.cbegin(), unit.sources.cend(), y))
                continue;
            // A source's segments are one run of ids, and a unit's segments ascend.
            auto membersOf = [&](qsizetype source) {
                const qsizetype first = firstSegment.at(source);
                const qsizetype end = source + 1 < firstSegment.size()
                                          ? firstSegment.at(source + 1)
                                          : std::numeric_limits<qsizetype>::max();
                return std::make_pair(
                    std::lower_bound(unit.segments.cbegin(), unit.segments.cend(), first),
                    std::lower_bound(unit.segments.cbegin(), unit.segments.cend(), end));
            };
            const auto [xBegin, xEnd] = membersOf(x);
            const auto [yBegin, yEnd] = membersOf(y);
            for (auto a = xBegin; a != xEnd; ++a) {
                for (auto b = yBegin; b != yEnd; ++b) {
                    if (!direct.contains(key(*a, *b))) {
                        missing.append({*a, *b, it.key()});
                        partnerless.insert(*a);
                        partnerless.insert(*b);
                    }
                }
            }
        }
    }
    if (!missing.isEmpty()) {
        QHash<qsizetype, QList<const Link *>> linksOf; // of the members that miss a partner
        for (const Link &link : links) {
            if (partnerless.contains(link.a))
                linksOf[link.a].append(&link);
            if (partnerless.contains(link.b))
                linksOf[link.b].append(&link);
        }
        for (const Missing &m : std::as_const(missing)) {
            QHash<qsizetype, const Link *> viaA; // the other end of each of a's links
            for (const Link *link : linksOf.value(m.a))
                viaA.insert(link->a == m.a ? link->b : link->a, link);
            const Link *bestA = nullptr;
            const Link *bestB = nullptr;
            double best = -1;
            for (const Link *link : linksOf.value(m.b)) {
                const qsizetype via = link->a == m.b ? link->b : link->a;
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
            const bool sameWording = m.a < wording.size() && m.b < wording.size() &&
                                     wording.at(m.a) >= 0 && wording.at(m.a) == wording.at(m.b);
            if (sameWording ||
                (bestA->relation == Relation::Same && bestB->relation == Relation::Same))
                relation = Relation::Same;
            else if (bestA->relation == Relation::Partial || bestB->relation == Relation::Partial)
                relation = Relation::Partial;
            const Link derived{std::min(m.a, m.b), std::max(m.a, m.b),
                               relation == Relation::Same ? 1.0 : best, relation};
            for (qsizetype i : asked.value(m.pair))
                result[i].append(derived);
        }
    }
    for (QList<Link> &list : result) {
        std::sort(list.begin(), list.end(),
                  [](const Link &p, const Link &q) { return p.a != q.a ? p.a < q.a : p.b < q.b; });
    }
    return result;
}

qsizetype defaultBase(const QList<Article> &articles)
{
    auto storyText = [](const Article &article) {
        QString text;
        for (const Paragraph &p : article.paragraphs) {
            if (isStoryText(p.kind))
                text += p.text + u'\n';
        }
        return text;
    };
    // Whether a comes before b among articles of the same date and time.
    auto before = [&](const Article &a, const Article &b) {
        if (a.path.isEmpty() != b.path.isEmpty())
            return b.path.isEmpty(); // a file before text that came from none
        if (a.path != b.path)
            return a.path < b.path;
        return storyText(a) < storyText(b);
    };
    qsizetype base = articles.isEmpty() ? -1 : 0;
    for (qsizetype i = 1; i < articles.size(); ++i) {
        const int when = comparePublication(articles.at(i).metadata, articles.at(base).metadata);
        if (when < 0 || (when == 0 && before(articles.at(i), articles.at(base))))
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
