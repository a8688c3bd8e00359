#include "textcleanup.h"

#include "icustring.h"

#include <QRegularExpression>

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>

#include <memory>

namespace Parallax::TextRules {

bool isOpeningQuote(QChar c)
{
    return c == u'"' || c == u'\u201C' || c == u'\u00AB' || c == u'\u201E' || c == u'\u2018' ||
           c == u'\'' || c == u'\u300C' || c == u'\u300E';
}

bool isClosingQuote(QChar c)
{
    return c == u'"' || c == u'\u201D' || c == u'\u00BB' || c == u'\u2019' || c == u'\'' ||
           c == u'\u201C' || c == u'\u300D' || c == u'\u300F';
}

bool isSentenceEnd(QChar c)
{
    switch (c.unicode()) {
    case u'.':
    case u'!':
    case u'?':
    case u'\u2026': // ...
    case u'\u3002': // ideographic full stop
    case u'\uFF01': // fullwidth ! and ?
    case u'\uFF1F':
    case u'\uFF0E': // fullwidth full stop
    case u'\uFF61': // halfwidth ideographic full stop
    case u'\u0964': // Devanagari danda
    case u'\u06D4': // Arabic full stop
    case u'\u061F': // Arabic question mark
        return true;
    default:
        return false;
    }
}

bool endsWithClosingPunctuation(QStringView text)
{
    qsizetype i = text.size() - 1;
    while (i >= 0 && (text.at(i).isSpace() || isClosingQuote(text.at(i)) || text.at(i) == u')' ||
                      text.at(i) == u']' || text.at(i) == u'\uFF09'))
        --i;
    return i >= 0 && isSentenceEnd(text.at(i));
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

namespace {

// Scripts written without spaces between words: ICU finds their words with a dictionary.
bool unspacedScript(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
        return true;
    default:
        return false;
    }
}

// Words and numbers of a run without spaces, by ICU's dictionary-based word break.
qsizetype icuWordCount(QStringView run)
{
    struct Deleter
    {
        void operator()(icu::BreakIterator *it) const { delete it; }
    };
    thread_local std::unique_ptr<icu::BreakIterator, Deleter> words = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator, Deleter> it(
            icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status))
            it.reset();
        return it;
    }();
    if (!words)
        return 1;
    const icu::UnicodeString text(false, reinterpret_cast<const UChar *>(run.utf16()),
                                  int32_t(run.size()));
    words->setText(text);
    qsizetype count = 0;
    for (int32_t end = words->next(); end != icu::BreakIterator::DONE; end = words->next())
        count += words->getRuleStatus() >= UBRK_WORD_NUMBER;
    words->setText(icu::UnicodeString());
    return std::max<qsizetype>(count, 1);
}

} // namespace

qsizetype countWords(QStringView text)
{
    qsizetype words = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        const qsizetype begin = i;
        bool wordChar = false;
        bool unspaced = false;
        for (; i < text.size() && !text.at(i).isSpace(); ++i) {
            wordChar = wordChar || text.at(i).isLetterOrNumber();
            unspaced = unspaced || unspacedScript(text.at(i));
        }
        if (unspaced)
            words += icuWordCount(text.mid(begin, i - begin));
        else
            words += wordChar;
    }
    return words;
}

bool isInvisibleFormat(QChar c)
{
    switch (c.unicode()) {
    case u'\u00AD': // soft hyphen
    case u'\u200B': // zero width space
    case u'\u200C': // zero width non-joiner
    case u'\u200D': // zero width joiner
    case u'\u2060': // word joiner
    case u'\uFEFF': // zero width no-break space (a byte order mark inside the text)
        return true;
    default:
        return false;
    }
}

QString normalizedText(const QString &text)
{
    QString out;
    const bool hasInvisible = std::any_of(text.cbegin(), text.cend(), isInvisibleFormat);
    if (hasInvisible) {
        out.reserve(text.size());
        for (const QChar c : text) {
            if (!isInvisibleFormat(c))
                out.append(c);
        }
    } else {
        out = text;
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status))
        return out;
    const icu::UnicodeString view = icuView(out);
    if (nfc->isNormalized(view, status) || U_FAILURE(status))
        return out;
    status = U_ZERO_ERROR;
    const icu::UnicodeString normal = nfc->normalize(view, status);
    return U_SUCCESS(status) ? fromIcu(normal) : out;
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
