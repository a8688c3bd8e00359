#include "pdflayout.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <vector>

namespace Parallax {

namespace {

constexpr double kMarginZone = 0.12;   // share of the page height where headers and footers sit
constexpr double kIsolatedZone = 0.08; // ... and where a lone line is one without repeating
constexpr double kEdgeGap = 0.5; // a page's first or last line this far (in ems) from the rest
constexpr double kHeadingRatio = 1.15;    // a heading is set at least this much larger than body
constexpr double kSizeChangeRatio = 1.12; // a change of size this large starts a paragraph
constexpr double kMinColumnGap = 0.9;     // ems between two columns
constexpr double kColumnWidth = 10.0;     // a column of text is at least this many ems wide
constexpr int kMaxCutDepth = 200;

double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    const auto mid = values.begin() + qsizetype(values.size() / 2);
    std::nth_element(values.begin(), mid, values.end());
    return *mid;
}

// The middle half of a word's box: line boxes of tightly set text overlap, their cores do not.
double coreTop(const QRectF &r)
{
    return r.top() + r.height() / 4;
}

double coreBottom(const QRectF &r)
{
    return r.bottom() - r.height() / 4;
}

struct Gap
{
    double width = 0.0;
    std::vector<qsizetype> splits; // positions in the sorted order where a new group starts
};

// The widest empty band along one axis, and every band nearly as wide.
Gap widestGaps(const QList<PositionedWord> &words, std::vector<qsizetype> &order, bool vertical,
               double tolerance)
{
    auto start = [&](qsizetype i) {
        const QRectF &r = words.at(i).box;
        return vertical ? r.left() : coreTop(r);
    };
    auto end = [&](qsizetype i) {
        const QRectF &r = words.at(i).box;
        return vertical ? r.right() : coreBottom(r);
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return start(a) < start(b); });
    std::vector<std::pair<double, qsizetype>> gaps;
    double reach = end(order.front());
    for (size_t k = 1; k < order.size(); ++k) {
        const double gap = start(order[k]) - reach;
        if (gap > 0)
            gaps.emplace_back(gap, qsizetype(k));
        reach = std::max(reach, end(order[k]));
    }
    Gap best;
    for (const auto &g : gaps)
        best.width = std::max(best.width, g.first);
    for (const auto &g : gaps) {
        if (g.first >= best.width - tolerance)
            best.splits.push_back(g.second);
    }
    return best;
}

// The bounding box of a group of words.
QRectF boundsOf(const QList<PositionedWord> &words, const std::vector<qsizetype> &group)
{
    QRectF bounds;
    for (const qsizetype i : group)
        bounds = bounds.isNull() ? words.at(i).box : bounds.united(words.at(i).box);
    return bounds;
}

double verticalExtent(const QList<PositionedWord> &words, const std::vector<qsizetype> &group)
{
    return boundsOf(words, group).height();
}

double horizontalExtent(const QList<PositionedWord> &words, const std::vector<qsizetype> &group)
{
    return boundsOf(words, group).width();
}

// The empty vertical band between two columns of a region (its left and right edge, in
// points): the widest, where both sides are as wide as a column of text. A line of each column
// set on one baseline has one too. With `anyWidth`, the widest empty band of at least a column
// gap, whatever lies beside it (a column's short last line).
std::optional<std::pair<double, double>> columnGutter(const QList<PositionedWord> &words,
                                                      const std::vector<qsizetype> &region,
                                                      double em, bool anyWidth = false)
{
    if (region.size() < 2)
        return std::nullopt;
    std::vector<qsizetype> byX = region;
    const Gap x = widestGaps(words, byX, true, 0.0);
    if (x.width < kMinColumnGap * em)
        return std::nullopt;
    const qsizetype split = x.splits.front();
    const std::vector<qsizetype> left(byX.begin(), byX.begin() + split);
    const std::vector<qsizetype> right(byX.begin() + split, byX.end());
    if (!anyWidth && (horizontalExtent(words, left) < kColumnWidth * em ||
                      horizontalExtent(words, right) < kColumnWidth * em))
        return std::nullopt;
    double leftEdge = -1e9;
    for (const qsizetype i : left)
        leftEdge = std::max(leftEdge, words.at(i).box.right());
    double rightEdge = 1e9;
    for (const qsizetype i : right)
        rightEdge = std::min(rightEdge, words.at(i).box.left());
    return std::make_pair(leftEdge, rightEdge);
}

// Whether a region lies on one side of a gutter.
bool withinColumn(const QList<PositionedWord> &words, const std::vector<qsizetype> &region,
                  const std::pair<double, double> &gutter)
{
    const double middle = (gutter.first + gutter.second) / 2;
    const bool left = std::all_of(region.begin(), region.end(),
                                  [&](qsizetype i) { return words.at(i).box.right() <= middle; });
    const bool right = std::all_of(region.begin(), region.end(),
                                   [&](qsizetype i) { return words.at(i).box.left() >= middle; });
    return left || right;
}

// Recursive XY-cut; appends the leaves (runs of words on one line, left to right) in reading
// order.
void xyCut(const QList<PositionedWord> &words, std::vector<qsizetype> region, double em, int depth,
           std::vector<std::vector<qsizetype>> &leaves)
{
    auto byLeft = [&](qsizetype a, qsizetype b) {
        return words.at(a).box.left() < words.at(b).box.left();
    };
    if (region.size() <= 1 || depth > kMaxCutDepth) {
        std::stable_sort(region.begin(), region.end(), [&](qsizetype a, qsizetype b) {
            const QRectF &ra = words.at(a).box;
            const QRectF &rb = words.at(b).box;
            if (coreBottom(ra) < coreTop(rb) || coreBottom(rb) < coreTop(ra))
                return ra.top() < rb.top();
            return ra.left() < rb.left();
        });
        leaves.push_back(std::move(region));
        return;
    }
    const double minColumnGap = kMinColumnGap * em;
    std::vector<qsizetype> byX = region;
    const Gap x = widestGaps(words, byX, true, 0.0);
    std::vector<qsizetype> byY = region;
    const Gap y = widestGaps(words, byY, false, 0.1 * em);

    auto groups = [](const std::vector<qsizetype> &sorted, const std::vector<qsizetype> &splits) {
        std::vector<std::vector<qsizetype>> out;
        size_t from = 0;
        for (const qsizetype s : splits) {
            out.emplace_back(sorted.begin() + qsizetype(from), sorted.begin() + s);
            from = size_t(s);
        }
        out.emplace_back(sorted.begin() + qsizetype(from), sorted.end());
        return out;
    };

    bool cutX = false;
    if (x.width >= minColumnGap) {
        // Columns: both sides hold several lines, or both are as wide as a column of text and
        // one holds several lines (the last lines of a column beside a full one). A single line
        // with a wide gap is cut too, but only when no horizontal band is left to cut first.
        const auto parts = groups(byX, {x.splits.front()});
        const double left = verticalExtent(words, parts.front());
        const double right = verticalExtent(words, parts.back());
        const bool wide = horizontalExtent(words, parts.front()) >= kColumnWidth * em &&
                          horizontalExtent(words, parts.back()) >= kColumnWidth * em;
        cutX = (left >= 2.5 * em && right >= 2.5 * em) ||
               (wide && std::max(left, right) >= 2.5 * em) || y.width <= 0.0;
    }
    if (cutX) {
        for (auto &part : groups(byX, {x.splits.front()}))
            xyCut(words, std::move(part), em, depth + 1, leaves);
        return;
    }
    if (y.width > 0.0) {
        const std::vector<std::vector<qsizetype>> cut = groups(byY, y.splits);
        // Bands of two columns: lines of both set on the same baselines leave every band between
        // them empty across the page, and a column that ends higher than the other leaves one
        // below it. Consecutive bands with a gutter in common, and what lies below them within
        // one of their columns, are one block of columns.
        std::vector<std::vector<qsizetype>> parts = {cut.front()};
        auto gutter = columnGutter(words, cut.front(), em);
        for (size_t k = 1; k < cut.size(); ++k) {
            const auto next = columnGutter(words, cut[k], em);
            const auto gap = gutter ? columnGutter(words, cut[k], em, true) : std::nullopt;
            std::optional<std::pair<double, double>> common;
            if (gutter && gap) {
                const std::pair<double, double> both{std::max(gutter->first, gap->first),
                                                     std::min(gutter->second, gap->second)};
                if (both.second - both.first >= minColumnGap)
                    common = both;
            }
            if (common || (gutter && withinColumn(words, cut[k], *gutter))) {
                parts.back().insert(parts.back().end(), cut[k].begin(), cut[k].end());
                if (common)
                    gutter = common;
                continue;
            }
            // The columns may begin inside the part above, under a line across the page: its
            // last bands that share their gutter (or lie within one of their columns) go with
            // them.
            if (!gutter && next && parts.back().size() > 1) {
                std::vector<qsizetype> above = parts.back();
                const Gap bands = widestGaps(words, above, false, 0.1 * em);
                std::pair<double, double> shared = *next;
                qsizetype from = qsizetype(above.size());
                for (auto split = bands.splits.rbegin(); split != bands.splits.rend(); ++split) {
                    const std::vector<qsizetype> band(above.begin() + *split, above.begin() + from);
                    const auto bandGap = columnGutter(words, band, em, true);
                    const std::pair<double, double> both{
                        bandGap ? std::max(shared.first, bandGap->first) : 0.0,
                        bandGap ? std::min(shared.second, bandGap->second) : 0.0};
                    if (bandGap && both.second - both.first >= minColumnGap)
                        shared = both;
                    else if (!withinColumn(words, band, shared))
                        break;
                    from = *split;
                }
                if (from < qsizetype(above.size())) {
                    parts.back().assign(above.begin(), above.begin() + from);
                    parts.emplace_back(above.begin() + from, above.end());
                    parts.back().insert(parts.back().end(), cut[k].begin(), cut[k].end());
                    gutter = shared;
                    continue;
                }
            }
            parts.push_back(cut[k]);
            gutter = next;
        }
        if (parts.size() == 1) { // the columns with what goes on in one of them: cut them
            std::vector<qsizetype> sorted = parts.front();
            const Gap columns = widestGaps(words, sorted, true, 0.0);
            if (columns.width >= minColumnGap) {
                for (auto &part : groups(sorted, {columns.splits.front()}))
                    xyCut(words, std::move(part), em, depth + 1, leaves);
                return;
            }
            parts = cut;
        }
        for (auto &part : parts)
            xyCut(words, std::move(part), em, depth + 1, leaves);
        return;
    }
    std::stable_sort(region.begin(), region.end(), byLeft);
    leaves.push_back(std::move(region));
}

double medianWordHeight(const QList<PositionedWord> &words)
{
    std::vector<double> heights;
    heights.reserve(size_t(words.size()));
    for (const PositionedWord &w : words)
        heights.push_back(w.box.height());
    return std::max(1.0, median(heights));
}

QString expandLigatures(QString text)
{
    static const char16_t *const expansions[] = {u"ff", u"fi", u"fl", u"ffi", u"ffl", u"st", u"st"};
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0xFB00 && c <= 0xFB06)
            text.replace(i, 1, QString::fromUtf16(expansions[c - 0xFB00]));
    }
    return text;
}

struct Line
{
    QString text;
    QRectF box;
    double size = 0.0; // median word height, in points
    qsizetype page = 0;
    qsizetype run = 0; // lines of one column on one page share a run
};

QList<Line> linesOf(const PositionedPage &page, qsizetype pageIndex)
{
    QList<PositionedWord> words;
    for (const PositionedWord &w : page.words) {
        if (!w.text.trimmed().isEmpty() && w.box.isValid())
            words.append(w);
    }
    QList<Line> lines;
    if (words.isEmpty())
        return lines;
    const double em = medianWordHeight(words);
    std::vector<qsizetype> all(size_t(words.size()));
    std::iota(all.begin(), all.end(), 0);
    std::vector<std::vector<qsizetype>> leaves;
    xyCut(words, std::move(all), em, 0, leaves);

    for (const auto &leaf : leaves) {
        Line line;
        line.page = pageIndex;
        std::vector<double> heights;
        const PositionedWord *previous = nullptr;
        for (const qsizetype i : leaf) {
            const PositionedWord &w = words.at(i);
            if (previous) {
                const bool sameLine = coreTop(w.box) < coreBottom(previous->box) &&
                                      coreTop(previous->box) < coreBottom(w.box);
                const double gap = w.box.left() - previous->box.right();
                if (!sameLine) {
                    line.size = median(heights);
                    lines.append(line);
                    line = Line{};
                    line.page = pageIndex;
                    heights.clear();
                } else if (previous->spaceAfter || gap > 0.15 * w.box.height()) {
                    line.text += u' ';
                }
            }
            line.text += expandLigatures(w.text);
            line.box = line.box.isNull() ? w.box : line.box.united(w.box);
            heights.push_back(w.box.height());
            previous = &w;
        }
        line.size = median(heights);
        line.text = line.text.simplified();
        // A leaf cut from a line at a wide gap continues that line.
        if (!lines.isEmpty()) {
            Line &last = lines.last();
            const bool sameBaseline = coreTop(line.box) < coreBottom(last.box) &&
                                      coreTop(last.box) < coreBottom(line.box);
            if (sameBaseline && line.box.left() > last.box.right() &&
                line.box.left() - last.box.right() < 4 * em) {
                last.text += u' ' + line.text;
                last.box = last.box.united(line.box);
                continue;
            }
        }
        if (!line.text.isEmpty())
            lines.append(line);
    }
    return lines;
}

// Lines that go on downwards in the same column form one run.
void assignRuns(QList<Line> &lines)
{
    qsizetype run = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const Line &a = lines.at(i - 1);
        const Line &b = lines.at(i);
        const bool below = b.page == a.page && b.box.top() >= a.box.center().y();
        const bool overlaps = b.box.left() < a.box.right() && a.box.left() < b.box.right();
        if (!below || !overlaps)
            ++run;
        lines[i].run = run;
    }
}

QString furnitureKey(const QString &text)
{
    QString key = text.toLower().simplified();
    for (QChar &c : key) {
        if (c.isDigit())
            c = u'#';
    }
    return key;
}

bool isPageNumber(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^[\s\-–—|·•(\[]*(?:\w{1,8}\.?\s+)?\d{1,5}(?:\s*(?:/|\w{1,4})\s*\d{1,5})?[\s\-–—|·•)\]]*$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    return text.size() <= 30 && re.match(text).hasMatch();
}

// Drops page numbers and repeated running headers and footers; keeps the first of each as
// furniture. Returns the indexes of the lines kept as furniture.
QSet<qsizetype> removeRunningFurniture(QList<Line> &lines, const QList<PositionedPage> &pages,
                                       double body)
{
    // A short line alone in the top or bottom margin, no larger than the body text, is a header
    // or footer even where the document has a single page to repeat it on.
    auto isolatedInMargin = [&](qsizetype i) {
        const Line &line = lines.at(i);
        const double height = pages.at(line.page).size.height();
        const bool top = line.box.bottom() < kIsolatedZone * height;
        const bool bottom = line.box.top() > (1.0 - kIsolatedZone) * height;
        if ((!top && !bottom) || line.size > 1.05 * body || line.text.count(u' ') >= 12)
            return false;
        double nearest = 1e9;
        for (const Line &other : std::as_const(lines)) {
            if (other.page != line.page || &other == &line)
                continue;
            nearest = std::min(nearest, top ? other.box.top() - line.box.bottom()
                                            : line.box.top() - other.box.bottom());
        }
        return nearest >= 1.0 * line.size;
    };
    QSet<qsizetype> isolated;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (isolatedInMargin(i))
            isolated.insert(i);
    }

    // The first and the last band of lines of each page: a running header or footer sits there
    // even when the page's margins are wider than the margin zone.
    QHash<qsizetype, std::pair<double, double>> edges; // page -> (first bottom, last top)
    for (const Line &line : std::as_const(lines)) {
        auto it = edges.find(line.page);
        if (it == edges.end())
            edges.insert(line.page, {line.box.bottom(), line.box.top()});
        else
            *it = {std::min(it->first, line.box.bottom()), std::max(it->second, line.box.top())};
    }
    // ... set apart from the text by more than the space between lines.
    auto setApart = [&](const Line &line, bool top) {
        double nearest = 1e9;
        for (const Line &other : std::as_const(lines)) {
            if (other.page == line.page && &other != &line)
                nearest = std::min(nearest, top ? other.box.top() - line.box.bottom()
                                                : line.box.top() - other.box.bottom());
        }
        return nearest >= kEdgeGap * line.size;
    };
    auto inMargin = [&](const Line &line) {
        const double height = pages.at(line.page).size.height();
        if (height <= 0)
            return false;
        if (line.box.bottom() < kMarginZone * height ||
            line.box.top() > (1.0 - kMarginZone) * height)
            return true;
        const auto [firstBottom, lastTop] = edges.value(line.page);
        return (line.box.top() < firstBottom && setApart(line, true)) ||
               (line.box.bottom() > lastTop && setApart(line, false));
    };
    QHash<QString, QSet<qsizetype>> pagesWith;
    for (const Line &line : std::as_const(lines)) {
        if (inMargin(line))
            pagesWith[furnitureKey(line.text)].insert(line.page);
    }
    const qsizetype pageCount = pages.size();
    QSet<QString> seen;
    QSet<qsizetype> furniture;
    QList<Line> kept;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        if (inMargin(line)) {
            if (isPageNumber(line.text))
                continue;
            const QString key = furnitureKey(line.text);
            const qsizetype repeats = pagesWith.value(key).size();
            if ((pageCount >= 2 && repeats >= 2 && repeats * 2 >= pageCount) ||
                isolated.contains(i)) {
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                furniture.insert(kept.size());
            }
        }
        kept.append(line);
    }
    lines = kept;
    return furniture;
}

bool endsSentence(const QString &text)
{
    static const QString closers = QStringLiteral(".!?:\"'”’»)…;");
    return !text.isEmpty() && closers.contains(text.back());
}

bool startsLower(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return c.isLower();
        if (!c.isPunct())
            return false;
    }
    return false;
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == u'\u2010' || c == u'\u00AD';
}

// Appends a line to a paragraph, rejoining a word hyphenated at the line end.
void appendLine(QString &paragraph, const QString &line, const PdfLayout::WordCheck &isWord)
{
    if (paragraph.isEmpty()) {
        paragraph = line;
        return;
    }
    // A web address broken across lines goes on without a space, its hyphens kept.
    const qsizetype lastSpace = paragraph.lastIndexOf(u' ');
    const QStringView lastToken = QStringView(paragraph).mid(lastSpace + 1);
    if (lastToken.contains(u"://") || lastToken.startsWith(u"www.")) {
        paragraph += line;
        return;
    }
    const qsizetype n = paragraph.size();
    if (n >= 2 && isHyphen(paragraph.back()) && paragraph.at(n - 2).isLetter() && !line.isEmpty() &&
        line.front().isLetter()) {
        const bool soft = paragraph.back() == u'\u00AD';
        qsizetype start = n - 2;
        while (start > 0 && paragraph.at(start - 1).isLetter())
            --start;
        const QString head = paragraph.mid(start, n - 1 - start);
        qsizetype end = 0;
        while (end < line.size() && line.at(end).isLetter())
            ++end;
        const QString tail = line.left(end);
        bool keepHyphen = !soft && !line.front().isLower();
        if (!soft && !keepHyphen && isWord)
            keepHyphen = isWord(head) && isWord(tail) && !isWord(head + tail);
        paragraph.chop(1);
        if (keepHyphen)
            paragraph += u'-';
        paragraph += line;
        return;
    }
    paragraph += u' ' + line;
}

// The width of a line's first word, estimated from the line's width per character.
double firstWordWidth(const Line &line)
{
    const qsizetype space = line.text.indexOf(u' ');
    const qsizetype chars = space < 0 ? line.text.size() : space;
    return line.text.isEmpty() ? 0.0 : line.box.width() * double(chars) / double(line.text.size());
}

double roundedSize(double size)
{
    return std::round(size * 2) / 2;
}

} // namespace

QList<PositionedWord> PdfLayout::readingOrder(const QList<PositionedWord> &words)
{
    QList<PositionedWord> out;
    if (words.isEmpty())
        return out;
    std::vector<qsizetype> all(size_t(words.size()));
    std::iota(all.begin(), all.end(), 0);
    std::vector<std::vector<qsizetype>> leaves;
    xyCut(words, std::move(all), medianWordHeight(words), 0, leaves);
    for (const auto &leaf : leaves) {
        for (const qsizetype i : leaf)
            out.append(words.at(i));
    }
    return out;
}

QList<RawBlock> PdfLayout::paragraphs(const QList<PositionedPage> &pages, const WordCheck &isWord)
{
    QList<Line> lines;
    for (qsizetype p = 0; p < pages.size(); ++p)
        lines += linesOf(pages.at(p), p);
    // Body size: the size of most characters.
    QHash<double, qsizetype> charsBySize;
    for (const Line &line : std::as_const(lines))
        charsBySize[roundedSize(line.size)] += line.text.size();
    double body = 0.0;
    qsizetype most = -1;
    for (auto it = charsBySize.cbegin(); it != charsBySize.cend(); ++it) {
        if (it.value() > most || (it.value() == most && it.key() < body)) {
            most = it.value();
            body = it.key();
        }
    }
    const QSet<qsizetype> furniture = removeRunningFurniture(lines, pages, body);
    assignRuns(lines);

    auto sameSize = [](double a, double b) {
        return std::max(a, b) <= kSizeChangeRatio * std::min(a, b);
    };

    // Usual spacing of lines inside a column, and whether paragraphs are set apart by space.
    std::vector<double> gaps;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const Line &a = lines.at(i - 1);
        const Line &b = lines.at(i);
        if (a.run == b.run && sameSize(a.size, body) && sameSize(b.size, body))
            gaps.push_back(b.box.top() - a.box.bottom());
    }
    const double usualGap = median(gaps);
    const double wideGap = usualGap + 0.35 * std::max(body, 1.0);
    const qsizetype wide =
        std::count_if(gaps.begin(), gaps.end(), [&](double g) { return g > wideGap; });
    const bool spacedParagraphs = !gaps.empty() && wide * 20 >= qsizetype(gaps.size());

    // Extent of each run, for indentation and short last lines.
    QHash<qsizetype, std::pair<double, double>> runExtent;
    for (const Line &line : std::as_const(lines)) {
        auto it = runExtent.find(line.run);
        if (it == runExtent.end())
            runExtent.insert(line.run, {line.box.left(), line.box.right()});
        else
            *it = {std::min(it->first, line.box.left()), std::max(it->second, line.box.right())};
    }

    // Whether line i starts a paragraph after line `previous` of the text (-1: none), the
    // furniture between them (a page's footer and the next one's header) aside: a paragraph goes
    // on across a page break.
    auto startsParagraph = [&](qsizetype i, qsizetype previous) {
        if (previous < 0)
            return true;
        const Line &a = lines.at(previous);
        const Line &b = lines.at(i);
        if (!sameSize(a.size, b.size))
            return true;
        const auto [left, right] = runExtent.value(b.run);
        const double em = std::max(b.size, 1.0);
        const bool indented = b.box.left() > left + 0.8 * em && sameSize(b.size, body);
        if (a.run != b.run)
            return indented || (endsSentence(a.text) && !startsLower(b.text));
        if (b.box.top() - a.box.bottom() > wideGap)
            return true;
        if (indented && a.box.left() < left + 0.3 * em)
            return true;
        if (!spacedParagraphs && endsSentence(a.text) && a.box.right() < right - 2.5 * em)
            return true;
        // A body line broken where the next line's first word would have fitted was broken by
        // hand: a byline or a dateline above the text, a line of an address.
        return sameSize(a.size, body) && !startsLower(b.text) && !isHyphen(a.text.back()) &&
               std::abs(a.box.left() - b.box.left()) < 0.5 * em &&
               right - a.box.right() > firstWordWidth(b) + 1.5 * em;
    };

    struct Building
    {
        QString text;
        double size = 0.0;
        bool furniture = false;
    };
    QList<Building> built;
    qsizetype current = -1;  // in built: the paragraph of the text being built
    qsizetype previous = -1; // the last line of the text
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (furniture.contains(i)) {
            built.append({lines.at(i).text, lines.at(i).size, true});
            continue;
        }
        if (startsParagraph(i, previous)) {
            built.append({QString(), lines.at(i).size, false});
            current = built.size() - 1;
        }
        appendLine(built[current].text, lines.at(i).text, isWord);
        previous = i;
    }

    QList<double> headingSizes;
    for (const Building &b : std::as_const(built)) {
        if (!b.furniture && b.size >= kHeadingRatio * body &&
            !headingSizes.contains(roundedSize(b.size)))
            headingSizes.append(roundedSize(b.size));
    }
    std::sort(headingSizes.begin(), headingSizes.end(), std::greater<>());

    QList<RawBlock> blocks;
    for (const Building &b : std::as_const(built)) {
        RawBlock block;
        block.text = b.text;
        block.text.remove(u'\u00AD');
        if (b.furniture) {
            block.hint = BlockHint::Furniture;
        } else if (b.size >= kHeadingRatio * body && b.text.split(u' ').size() <= 40) {
            block.hint = BlockHint::Heading;
            block.headingLevel =
                int(std::min<qsizetype>(6, headingSizes.indexOf(roundedSize(b.size)) + 1));
        }
        if (!block.text.isEmpty())
            blocks.append(block);
    }
    return blocks;
}

} // namespace Parallax
