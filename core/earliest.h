#pragma once

#include "article.h"

#include <QList>

#include <functional>

namespace Parallax {

// Which of some sources published first, by their dates (and times where they state them).
struct Earliest
{
    QList<qsizetype> sources; // the dated sources published first (several on a tie), ascending
    QDate date;               // their date; invalid when no source is dated
    QTime time;               // their time; invalid unless every one of them states the same
    qsizetype undated = 0;    // how many of the sources state no date
    qsizetype total = 0;      // how many sources were considered
};

// ", " joined "B: date from a photo caption" for each of first.sources whose date may not be its
// publication date (isUncertain()), with names(s) naming a source; empty when every first
// source's date is its own.
QString uncertainDatesNote(const QList<Article> &articles, const Earliest &first,
                           const std::function<QString(qsizetype)> &names);

// Takes the articles of a comparison and the indexes into it of the sources to consider (a
// unit's `sources`; an index out of range is ignored); depends only on that set, not its order.
// Sources of the first date are all first unless both of two state a time and the times differ
// (a date alone may mean any time of that day).
Earliest earliest(const QList<Article> &articles, const QList<qsizetype> &sources);

// The order in which the sources published: dated ones by date and time (ties by index), then
// the undated ones by index. Takes and returns indexes into articles.
QList<qsizetype> publicationOrder(const QList<Article> &articles, QList<qsizetype> sources);

} // namespace Parallax
