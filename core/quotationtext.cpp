#include "quotationtext_p.h"

#include <QSet>

#include <QRegularExpression>

#include <algorithm>

namespace Parallax {

namespace {

// Marks that may close a quotation the mark c opens; empty when c opens none.
QString closersOf(QChar c)
{
    switch (c.unicode()) {
    case u'\u201C': // “…” (English)
        return QStringLiteral("\u201D");
    case u'\u201E': // „…“ (German), „…” (Polish), or closed with a typewriter mark
        return QStringLiteral("\u201C\u201D\"");
    case u'\u00AB': // «…»
        return QStringLiteral("\u00BB");
    case u'\u00BB': // »…« (German)
        return QStringLiteral("\u00AB");
    case u'\u2039':
        return QStringLiteral("\u203A");
    case u'\u203A':
        return QStringLiteral("\u2039");
    case u'\u2018': // ‘…’
        return QStringLiteral("\u2019");
    case u'\u201A': // ‚…‘ (German), ‚…’, or closed with a typewriter mark
        return QStringLiteral("\u2018\u2019'");
    case u'"':
        return QStringLiteral("\"");
    case u'\'':
        return QStringLiteral("'");
    default:
        return {};
    }
}

// Marks that open a quotation running on past the sentence's end when they do not close in it.
bool opensOnly(QChar c)
{
    return c == u'\u201C' || c == u'\u201E' || c == u'\u00AB';
}

// Apostrophes double as single closing quotes: a closer never stands before a letter.
bool isApostropheLike(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u2018';
}

// French typography sets a (no-break) space inside guillemets: « Nous … », « … ».
bool spacedInside(QChar mark)
{
    return mark == u'\u00AB' || mark == u'\u00BB' || mark == u'\u2039' || mark == u'\u203A';
}

} // namespace

QList<QuotedRange> quotedRanges(const QString &text)
{
    QList<QuotedRange> out;
    const qsizetype n = text.size();
    // A quotation that began in the sentence before: the sentence's first mark closes it.
    for (qsizetype j = 0; j < n; ++j) {
        const QChar d = text.at(j);
        if (!closersOf(d).isEmpty() || d == u'\u201D') {
            const bool closes = (d == u'\u201D' || d == u'\u201C' || d == u'\u00BB' ||
                                 d == u'\u00AB' || d == u'"') &&
                                j > 0 && (!text.at(j - 1).isSpace() || spacedInside(d)) &&
                                (j + 1 == n || !text.at(j + 1).isLetterOrNumber());
            if (closes) {
                QuotedRange r;
                r.stop = j;
                r.end = j + 1;
                while (r.start < r.stop && text.at(r.start).isSpace())
                    ++r.start;
                while (r.stop > r.start &&
                       (text.at(r.stop - 1).isSpace() || text.at(r.stop - 1) == u','))
                    --r.stop;
                out.append(r);
            }
            break;
        }
    }
    for (qsizetype i = out.isEmpty() ? 0 : out.first().end; i < n; ++i) {
        const QChar c = text.at(i);
        const QString closers = closersOf(c);
        if (closers.isEmpty() || i + 1 >= n || (text.at(i + 1).isSpace() && !spacedInside(c)) ||
            (i > 0 && text.at(i - 1).isLetterOrNumber()))
            continue;
        qsizetype j = i + 2;
        for (; j < n; ++j) {
            const QChar d = text.at(j);
            if (!closers.contains(d) || (text.at(j - 1).isSpace() && !spacedInside(d)))
                continue;
            if (isApostropheLike(d) && j + 1 < n && text.at(j + 1).isLetterOrNumber())
                continue;
            break;
        }
        QuotedRange r;
        r.begin = i;
        r.start = i + 1;
        while (r.start < n && text.at(r.start).isSpace())
            ++r.start;
        if (j < n) {
            r.stop = j;
            r.end = j + 1;
        } else if (opensOnly(c)) {
            r.stop = n;
            r.end = n;
        } else {
            continue;
        }
        // The comma before the closing mark belongs to the attribution ("…," she said).
        while (r.stop > r.start && (text.at(r.stop - 1).isSpace() || text.at(r.stop - 1) == u','))
            --r.stop;
        out.append(r);
        i = r.end - 1;
    }
    return out;
}

namespace {

// The lower-case particles of European family and place names (nobiliary and toponymic
// particles), one or two words; not "y" or "e", which join two names as often as two surnames.
const QSet<QString> &namePrefixes()
{
    static const QSet<QString> particles{
        QStringLiteral("de"),      QStringLiteral("da"),     QStringLiteral("do"),
        QStringLiteral("dos"),     QStringLiteral("das"),    QStringLiteral("di"),
        QStringLiteral("del"),     QStringLiteral("della"),  QStringLiteral("du"),
        QStringLiteral("des"),     QStringLiteral("van"),    QStringLiteral("von"),
        QStringLiteral("der"),     QStringLiteral("den"),    QStringLiteral("ter"),
        QStringLiteral("ten"),     QStringLiteral("van de"), QStringLiteral("van der"),
        QStringLiteral("van den"), QStringLiteral("de la"),  QStringLiteral("von der"),
        QStringLiteral("bin"),     QStringLiteral("ibn"),    QStringLiteral("al")};
    return particles;
}

} // namespace

QList<NameRun> nameRuns(const QString &text, const QList<QuotedRange> &quoted)
{
    static const QRegularExpression word(QStringLiteral("\\p{Lu}[\\p{L}\\p{M}\\p{Nd}.'\u2019-]*"));
    auto inQuote = [&](qsizetype p) {
        return std::any_of(quoted.cbegin(), quoted.cend(),
                           [p](const QuotedRange &r) { return p >= r.begin && p < r.end; });
    };
    qsizetype first = 0; // the sentence's first letter
    while (first < text.size() && !text.at(first).isLetterOrNumber())
        ++first;
    QList<NameRun> runs;
    qsizetype words = 0;
    auto close = [&] {
        if (!runs.isEmpty() && runs.last().begin == first)
            runs.last().atStart = true;
        words = 0;
    };
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (inQuote(m.capturedStart()))
            continue;
        QString captured = m.captured();
        // "Smith." at a sentence's end, not "U.S.", nor "Dr." or "Gen." before a name in the
        // middle of the sentence (the sentence would have ended there).
        const qsizetype after = m.capturedEnd();
        const bool beforeName =
            after + 1 < text.size() && text.at(after) == u' ' && text.at(after + 1).isUpper();
        while (captured.endsWith(u'.') && captured.size() > 2 &&
               !captured.chopped(1).contains(u'.') && !beforeName)
            captured.chop(1);
        const qsizetype end = m.capturedStart() + captured.size();
        bool joins = !runs.isEmpty() && words > 0;
        if (joins) {
            const QString between = text.mid(runs.last().end, m.capturedStart() - runs.last().end);
            // A name goes on across a lower-case particle ("Anouk de Vries", "Ludwig van
            // Beethoven", "Vila Franca do Sado").
            joins = !between.isEmpty() && (between.trimmed().isEmpty() ||
                                           (between.startsWith(u' ') && between.endsWith(u' ') &&
                                            namePrefixes().contains(between.trimmed())));
        }
        if (joins) {
            runs.last().end = end;
            runs.last().text = text.mid(runs.last().begin, end - runs.last().begin);
            ++words;
        } else {
            close();
            runs.append({m.capturedStart(), end, captured});
            words = 1;
        }
    }
    close();
    return runs;
}

} // namespace Parallax
