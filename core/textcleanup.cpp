#include "textcleanup.h"

#include <QRegularExpression>

namespace Parallax::TextRules {

bool isOpeningQuote(QChar c)
{
    return c == u'"' || c == u'\u201C' || c == u'\u00AB' || c == u'\u201E' || c == u'\u2018' ||
           c == u'\'';
}

bool isClosingQuote(QChar c)
{
    return c == u'"' || c == u'\u201D' || c == u'\u00BB' || c == u'\u2019' || c == u'\'' ||
           c == u'\u201C';
}

bool endsWithClosingPunctuation(QStringView text)
{
    qsizetype i = text.size() - 1;
    while (i >= 0 && (text.at(i).isSpace() || isClosingQuote(text.at(i)) || text.at(i) == u')' ||
                      text.at(i) == u']'))
        --i;
    if (i < 0)
        return false;
    const QChar c = text.at(i);
    return c == u'.' || c == u'!' || c == u'?' || c == u'\u2026';
}

bool startsWithLowercase(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() &&
           (text.at(i).isSpace() || isOpeningQuote(text.at(i)) || text.at(i) == u'('))
        ++i;
    if (i == text.size() || !text.at(i).isLower())
        return false;
    // "iPhone" and "eBay" are names, not a sentence that goes on.
    for (; i < text.size() && text.at(i).isLetter(); ++i) {
        if (text.at(i).isUpper())
            return false;
    }
    return true;
}

qsizetype countWords(QStringView text)
{
    qsizetype words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool wordChar = c.isLetterOrNumber();
        if (wordChar && !inWord)
            ++words;
        if (wordChar)
            inWord = true;
        else if (c.isSpace())
            inWord = false;
    }
    return words;
}

QString stripInlineMarkup(const QString &text)
{
    static const QRegularExpression pairedTag(
        QStringLiteral(
            R"(<(u|b|i|em|strong|s|mark|small|sup|sub|span|a|font|ins)\b[^<>]*>(.*?)</\1\s*>)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression markdownLink(
        QStringLiteral(R"(\[([^\[\]]+)\]\((?:https?://|/|#)[^()\s]*\))"));
    static const QRegularExpression strong(QStringLiteral(R"((\*\*|__)(\S(?:.*?\S)?)\1)"));
    static const QRegularExpression emphasis(
        QStringLiteral(R"((?<![\w*])\*(\S(?:[^*]*?\S)?)\*(?![\w*]))"));

    QString out = text;
    // Nested pairs such as <b><i>x</i></b> need more than one pass.
    for (int pass = 0; pass < 4; ++pass) {
        const QString before = out;
        out.replace(pairedTag, QStringLiteral("\\2"));
        if (out == before)
            break;
    }
    out.replace(markdownLink, QStringLiteral("\\1"));
    out.replace(strong, QStringLiteral("\\2"));
    out.replace(emphasis, QStringLiteral("\\1"));
    return out;
}

} // namespace Parallax::TextRules
