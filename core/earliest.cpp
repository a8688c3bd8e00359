#include "earliest.h"

#include <algorithm>

namespace Parallax {

namespace {

// Published at the same moment as far as the two say: the same date, and the same time when
// both state one.
bool sameMoment(const ArticleMetadata &a, const ArticleMetadata &b)
{
    return a.date == b.date && (!a.time.isValid() || !b.time.isValid() || a.time == b.time);
}

} // namespace

Earliest earliest(const QList<Article> &articles, const QList<qsizetype> &sources)
{
    Earliest result;
    const ArticleMetadata *first = nullptr;
    for (qsizetype s : publicationOrder(articles, sources)) {
        const ArticleMetadata &meta = articles.at(s).metadata;
        ++result.total;
        if (!meta.date.isValid()) {
            ++result.undated;
            continue;
        }
        if (!first) {
            first = &meta;
            result.date = meta.date;
            result.time = meta.time;
        }
        if (!sameMoment(meta, *first))
            continue;
        result.sources.append(s);
        if (meta.time != result.time)
            result.time = QTime(); // the first differ in their time, or some state none
    }
    std::sort(result.sources.begin(), result.sources.end());
    return result;
}

QString uncertainDatesNote(const QList<Article> &articles, const Earliest &first,
                           const std::function<QString(qsizetype)> &names)
{
    QStringList notes;
    for (qsizetype s : first.sources) {
        if (const QString note = uncertainDateNote(articles.at(s).metadata.dateOrigin);
            !note.isEmpty())
            notes.append(names(s) + QStringLiteral(": ") + note);
    }
    return notes.join(QStringLiteral(", "));
}

QList<qsizetype> publicationOrder(const QList<Article> &articles, QList<qsizetype> sources)
{
    sources.erase(std::remove_if(sources.begin(), sources.end(),
                                 [&](qsizetype s) { return s < 0 || s >= articles.size(); }),
                  sources.end());
    std::sort(sources.begin(), sources.end());
    sources.erase(std::unique(sources.begin(), sources.end()), sources.end());
    std::stable_sort(sources.begin(), sources.end(), [&](qsizetype a, qsizetype b) {
        return comparePublication(articles.at(a).metadata, articles.at(b).metadata) < 0;
    });
    return sources;
}

} // namespace Parallax
