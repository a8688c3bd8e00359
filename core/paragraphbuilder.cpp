#include "paragraphbuilder.h"

#include "markdownreader.h"

#include "textcleanup.h"

#include <QRegularExpression>

namespace Parallax {

namespace {

constexpr qsizetype kMaxWrappedLineLength = 100;

struct Line
{
    QString text;
    RawBlock structure; // hint and text without its markdown mark
    bool structural() const { return structure.hint != BlockHint::None; }
};

RawBlock parseStructure(const QString &line)
{
    static const QRegularExpression heading(QStringLiteral(R"(^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$)"));
    static const QRegularExpression bullet(QStringLiteral(
        R"(^\s*(?:[-*+\x{2022}\x{2023}\x{25E6}\x{00B7}\x{2043}]|\d{1,3}[.)])\s+(\S.*)$)"));
    static const QRegularExpression quote(QStringLiteral(R"(^\s{0,3}>\s?(.*)$)"));
    // A date written with an ordinal day, a month's name and a year ("14. April 2025", as German
    // and other languages write datelines) is no numbered item.
    static const QRegularExpression ordinalDate(
        QStringLiteral(R"(^\s*\d{1,2}\.\s+\p{L}+\.?\s+\d{4}\b)"));

    RawBlock block;
    if (const auto m = heading.match(line); m.hasMatch()) {
        block.hint = BlockHint::Heading;
        block.headingLevel = int(m.capturedLength(1));
        block.text = m.captured(2);
    } else if (const auto b = bullet.match(line);
               b.hasMatch() && !ordinalDate.match(line).hasMatch()) {
        block.hint = BlockHint::ListItem;
        block.text = b.captured(1);
    } else if (const auto q = quote.match(line); q.hasMatch()) {
        block.hint = BlockHint::Quote;
        block.text = q.captured(1);
    } else {
        block.text = line;
    }
    return block;
}

// A file is hard-wrapped when its lines are short and, inside blank-line separated blocks,
// most of them stop mid-sentence near the wrap column (a short open line is a headline).
bool isHardWrapped(const QList<QList<Line>> &groups)
{
    qsizetype longest = 0;
    for (const auto &group : groups) {
        for (const Line &line : group)
            longest = std::max(longest, line.text.trimmed().size());
    }
    if (longest > kMaxWrappedLineLength)
        return false;
    qsizetype innerLineEnds = 0;
    qsizetype wrappedLineEnds = 0;
    for (const auto &group : groups) {
        for (qsizetype i = 0; i + 1 < group.size(); ++i) {
            if (group.at(i).structural() || group.at(i + 1).structural())
                continue;
            ++innerLineEnds;
            const QString &text = group.at(i).text;
            if (!TextRules::endsWithClosingPunctuation(text) &&
                text.trimmed().size() * 10 >= longest * 6)
                ++wrappedLineEnds;
        }
    }
    return innerLineEnds > 0 && wrappedLineEnds * 2 >= innerLineEnds;
}

void appendBlock(QList<RawBlock> &blocks, RawBlock block)
{
    block.text = TextRules::stripInlineMarkup(block.text.simplified()).simplified();
    if (!block.text.isEmpty())
        blocks.append(std::move(block));
}

} // namespace

QList<RawBlock> ParagraphBuilder::build(const QString &text, Syntax syntax)
{
    static const QRegularExpression rule(QStringLiteral(R"(^\s{0,3}([-*_=])(?:\s*\1){2,}\s*$)"));
    if (syntax == Syntax::Markdown)
        return repairSplitParagraphs(readMarkdown(text));
    QStringList lines = text.split(QLatin1Char('\n'));

    // Blank-line separated groups of lines.
    QList<QList<Line>> groups(1);
    for (const QString &raw : std::as_const(lines)) {
        if (raw.trimmed().isEmpty()) {
            if (!groups.constLast().isEmpty())
                groups.append(QList<Line>());
            continue;
        }
        if (const auto m = rule.match(raw); m.hasMatch()) {
            // An underline makes the line above a heading (setext); a lone rule is decoration.
            QList<Line> &group = groups.last();
            const QChar mark = m.captured(1).at(0);
            if ((mark == u'=' || mark == u'-') && !group.isEmpty() &&
                !group.constLast().structural()) {
                group.last().structure.hint = BlockHint::Heading;
                group.last().structure.headingLevel = mark == u'=' ? 1 : 2;
            }
            continue;
        }
        groups.last().push_back(Line{raw, parseStructure(raw)});
    }
    if (groups.constLast().isEmpty())
        groups.removeLast();

    const bool joinLines = isHardWrapped(groups);
    QList<RawBlock> blocks;
    for (const auto &group : groups) {
        RawBlock current;
        bool open = false;
        for (const Line &line : group) {
            // Lines of one quotation belong together; so do wrapped lines of one paragraph.
            const bool quoteGoesOn =
                open && line.structure.hint == BlockHint::Quote && current.hint == BlockHint::Quote;
            const bool continues = quoteGoesOn || (joinLines && open && !line.structural() &&
                                                   current.hint != BlockHint::Heading);
            if (continues) {
                current.text += QLatin1Char(' ') + line.structure.text;
                continue;
            }
            if (open)
                appendBlock(blocks, current);
            current = line.structure;
            open = true;
        }
        if (open)
            appendBlock(blocks, current);
    }
    return repairSplitParagraphs(std::move(blocks));
}

QList<RawBlock> ParagraphBuilder::repairSplitParagraphs(QList<RawBlock> blocks)
{
    QList<RawBlock> out;
    for (RawBlock &block : blocks) {
        if (!out.isEmpty()) {
            RawBlock &previous = out.last();
            const bool mergeable =
                previous.hint == BlockHint::None && block.hint == BlockHint::None;
            if (mergeable && !TextRules::endsWithClosingPunctuation(previous.text) &&
                TextRules::startsWithLowercase(block.text)) {
                previous.text += QLatin1Char(' ') + block.text;
                continue;
            }
        }
        out.append(std::move(block));
    }
    return out;
}

} // namespace Parallax
