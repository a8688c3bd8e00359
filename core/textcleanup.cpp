#include "textcleanup.h"

#include "icustring.h"

#include <QRegularExpression>

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

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

namespace {

char32_t codePointEndingAt(const QString &text, qsizetype end)
{
    if (end <= 0)
        return 0;
    const QChar last = text.at(end - 1);
    if (last.isLowSurrogate() && end >= 2 && text.at(end - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(text.at(end - 2), last);
    return last.unicode();
}

char32_t codePointStartingAt(const QString &text, qsizetype start)
{
    if (start >= text.size())
        return 0;
    const QChar first = text.at(start);
    if (first.isHighSurrogate() && start + 1 < text.size() && text.at(start + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(first, text.at(start + 1));
    return first.unicode();
}

bool isEmojiPart(char32_t cp)
{
    return u_hasBinaryProperty(UChar32(cp), UCHAR_EXTENDED_PICTOGRAPHIC) ||
           u_hasBinaryProperty(UChar32(cp), UCHAR_EMOJI_MODIFIER) || cp == 0xFE0F;
}

// A letter or mark of a script whose spelling uses the joiner controls (Arabic, Persian, the
// Indic scripts...): not Latin, Greek, Cyrillic or the shared punctuation.
bool isJoiningScriptLetter(char32_t cp)
{
    if (!u_isalpha(UChar32(cp)) && !(U_GET_GC_MASK(UChar32(cp)) & U_GC_M_MASK))
        return false;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(UChar32(cp), &status);
    return U_SUCCESS(status) && script != USCRIPT_LATIN && script != USCRIPT_GREEK &&
           script != USCRIPT_CYRILLIC && script != USCRIPT_COMMON && script != USCRIPT_INHERITED;
}

// U+200C/U+200D are spelling inside an emoji sequence or between letters of a joining script;
// elsewhere (pasted into Latin text by a web page) they only break words apart.
bool isMeaningfulJoiner(const QString &text, qsizetype i)
{
    const char32_t before = codePointEndingAt(text, i);
    const char32_t after = codePointStartingAt(text, i + 1);
    if (text.at(i) == u'\u200D' && isEmojiPart(before) &&
        u_hasBinaryProperty(UChar32(after), UCHAR_EXTENDED_PICTOGRAPHIC))
        return true;
    return isJoiningScriptLetter(before) && isJoiningScriptLetter(after);
}

// Control characters that are no text: C0 controls other than the line and tab ones, DEL and
// the C1 controls.
bool isStrayControl(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x20)
        return u != u'\n' && u != u'\r' && u != u'\t' && u != u'\f' && u != u'\v';
    return u >= 0x7F && u <= 0x9F;
}

// Length of the terminal escape sequence (ECMA-48 CSI, "ESC [ ... final") starting at i; 1 for
// a lone ESC.
qsizetype escapeLength(const QString &text, qsizetype i)
{
    if (i + 1 >= text.size() || text.at(i + 1) != u'[')
        return 1;
    for (qsizetype j = i + 2; j < text.size() && j < i + 32; ++j) {
        const char16_t u = text.at(j).unicode();
        if (u >= 0x40 && u <= 0x7E)
            return j - i + 1;
        if (u < 0x20 || u > 0x3F)
            break;
    }
    return 1;
}

} // namespace

qsizetype terminalEscapeLength(const QString &text, qsizetype i)
{
    return text.at(i) == u'\x1B' ? escapeLength(text, i) : 0;
}

QString normalizedText(const QString &text)
{
    QString out;
    const bool needsCleaning = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return isInvisibleFormat(c) || isStrayControl(c);
    });
    if (needsCleaning) {
        out.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == u'\x1B') {
                i += escapeLength(text, i) - 1;
                continue;
            }
            if (isStrayControl(c))
                continue;
            if (isInvisibleFormat(c) &&
                !((c == u'\u200C' || c == u'\u200D') && isMeaningfulJoiner(text, i)))
                continue;
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
