#pragma once

// What the findings suites share: articles written to a temporary folder, and conflicts and
// quotations as lines a test compares.

#include "articleloader.h"
#include "comparison.h"
#include "conflicts.h"
#include "quotations.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>

namespace Parallax::Test {

inline Article load(const QString &path)
{
    Article article;
    QString error;
    if (!ArticleLoader::load(path, &article, &error))
        qWarning("%s: %s", qPrintable(path), qPrintable(error));
    return article;
}

inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text.toUtf8());
    return path;
}

// "dimension: value [sources] / value [sources]" for each conflict, by file name.
inline QStringList conflictLines(const QList<Article> &articles)
{
    const Comparison c = compare(articles);
    QStringList out;
    QList<Conflict> conflicts = findConflicts(articles, c);
    addSpeakerConflicts(&conflicts, findQuotations(articles, c));
    for (const Conflict &conflict : std::as_const(conflicts)) {
        QStringList sides;
        for (const ConflictSide &side : conflict.sides) {
            QStringList names;
            for (const qsizetype source : side.sources)
                names.append(QFileInfo(articles.at(source).path).fileName().left(1));
            names.sort();
            sides.append(side.value + QStringLiteral(" [") + names.join(u',') + u']');
        }
        out.append(conflict.dimension + QStringLiteral(": ") + sides.join(QStringLiteral(" / ")));
    }
    out.sort();
    return out;
}

// "kind: text [sources] speaker / text [sources] speaker" for each quotation, sources by the
// first three letters of their file names ("a", "000").
inline QStringList quotationLines(const QList<Article> &articles)
{
    const Comparison c = compare(articles);
    QStringList out;
    for (const QuotationFinding &finding : findQuotations(articles, c)) {
        QStringList sides;
        for (const QuotationSide &side : finding.sides) {
            QStringList names;
            for (const qsizetype source : side.sources)
                names.append(QFileInfo(articles.at(source).path).completeBaseName().left(3));
            names.sort();
            sides.append(side.text + QStringLiteral(" [") + names.join(u',') +
                         QStringLiteral("] ") + side.speaker);
        }
        out.append(quotationKindName(finding.kind) + QStringLiteral(": ") +
                   sides.join(QStringLiteral(" / ")));
    }
    out.sort();
    return out;
}

// An invented story: a bridge reopens. %1: the mayor's quote, %2: the trader's quote, %3: an
// extra paragraph.
inline const char *const kBridge =
    "Eastvale bridge reopens after winter repairs\n\n"
    "The river crossing in Eastvale reopened on Monday after six weeks of repairs to its central "
    "span.\n\n"
    "%1 Mayor Lena Hart said at the opening ceremony on the east bank.\n\n"
    "Engineers replaced fourteen of the steel cables and resurfaced the whole road deck, which "
    "the council had long called a \"temporary solution\".\n\n"
    "%2 said Tom Reyes, who chairs the local business association.\n\n"
    "\u201CThe work was finished on time and within the budget,\u201D the chief engineer, Ana "
    "Weiss, told reporters.\n\n"
    "%3"
    "The council said the total cost of the repairs came to about two million euros.\n";

// The mayor's and the trader's words as the wire gives them (bridge()'s first two arguments).
inline const char *const kMayor =
    "\u201CWe are proud of the crews who worked through the winter to finish the job,\u201D";
inline const char *const kTrader =
    "\u201CTraffic will flow freely again and the market traders can finally breathe,\u201D";

inline QString bridge(const char *mayor, const char *trader, const char *extra = "")
{
    return QString::fromUtf8(kBridge).arg(QString::fromUtf8(mayor), QString::fromUtf8(trader),
                                          QString::fromUtf8(extra));
}

} // namespace Parallax::Test
