#include "sentencesplitter.h"

#include "icustring.h"
#include "lexicon.h"
#include "quantitytables.h"
#include "textcleanup.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>
#include <vector>

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

namespace Parallax {

namespace {

// Abbreviations that are followed by a name or a number, never by a new sentence.
const QSet<QString> &titleAbbreviations()
{
    static const QSet<QString> words{
        QStringLiteral("mr"),   QStringLiteral("mrs"),  QStringLiteral("ms"),
        QStringLiteral("dr"),   QStringLiteral("prof"), QStringLiteral("gen"),
        QStringLiteral("lt"),   QStringLiteral("col"),  QStringLiteral("maj"),
        QStringLiteral("capt"), QStringLiteral("cpt"),  QStringLiteral("sgt"),
        QStringLiteral("adm"),  QStringLiteral("cmdr"), QStringLiteral("gov"),
        QStringLiteral("sen"),  QStringLiteral("rep"),  QStringLiteral("rev"),
        QStringLiteral("hon"),  QStringLiteral("pres"), QStringLiteral("st"),
        QStringLiteral("mt"),   QStringLiteral("ft"),   QStringLiteral("supt"),
        QStringLiteral("insp"), QStringLiteral("mme"),  QStringLiteral("mlle"),
        QStringLiteral("hr"),   QStringLiteral("fr"),
    };
    return words;
}

// Titles abbreviated in one language only: Spanish and Portuguese "Sr." is "señor" / "senhor"
// (Mr), where English "Sr." is "Senior" after a name.
bool isTitleAbbreviation(const QString &bare, const QString &language)
{
    static const QHash<QString, QSet<QString>> byLanguage{
        {QStringLiteral("es"),
         {QStringLiteral("sr"), QStringLiteral("sra"), QStringLiteral("srta"),
          QStringLiteral("sres"), QStringLiteral("dra"), QStringLiteral("lic"),
          QStringLiteral("ing"), QStringLiteral("excmo"), QStringLiteral("excma")}},
        {QStringLiteral("pt"),
         {QStringLiteral("sr"), QStringLiteral("sra"), QStringLiteral("srs"), QStringLiteral("dra"),
          QStringLiteral("eng"), QStringLiteral("exmo"), QStringLiteral("exma")}},
        {QStringLiteral("ca"), {QStringLiteral("sr"), QStringLiteral("sra")}},
        {QStringLiteral("gl"), {QStringLiteral("sr"), QStringLiteral("sra")}},
        {QStringLiteral("it"),
         {QStringLiteral("sig"), QStringLiteral("dott"), QStringLiteral("avv"),
          QStringLiteral("ing"), QStringLiteral("on")}},
    };
    if (titleAbbreviations().contains(bare))
        return true;
    const auto it = byLanguage.constFind(language);
    return it != byLanguage.cend() && it->contains(bare);
}

// Abbreviations that end a sentence unless a number or a lower-case word follows.
const QSet<QString> &numberAbbreviations()
{
    static const QSet<QString> words{
        QStringLiteral("jan"), QStringLiteral("feb"),    QStringLiteral("mar"),
        QStringLiteral("apr"), QStringLiteral("jun"),    QStringLiteral("jul"),
        QStringLiteral("aug"), QStringLiteral("sep"),    QStringLiteral("sept"),
        QStringLiteral("oct"), QStringLiteral("nov"),    QStringLiteral("dec"),
        QStringLiteral("vs"),  QStringLiteral("approx"), QStringLiteral("ca"),
        QStringLiteral("est"), QStringLiteral("inc"),    QStringLiteral("ltd"),
        QStringLiteral("co"),  QStringLiteral("corp"),   QStringLiteral("etc"),
        QStringLiteral("no"),  QStringLiteral("nos"),    QStringLiteral("vol"),
        QStringLiteral("pp"),  QStringLiteral("fig"),    QStringLiteral("art"),
        QStringLiteral("sec"), QStringLiteral("p"),      QStringLiteral("ch"),
        QStringLiteral("jr"),  QStringLiteral("sr"),
    };
    return words;
}

// Words that open a new sentence after an initialism ("... in the U.S. They said ...").
const QSet<QString> &sentenceOpeners()
{
    static const QSet<QString> words{
        QStringLiteral("the"),   QStringLiteral("a"),      QStringLiteral("an"),
        QStringLiteral("he"),    QStringLiteral("she"),    QStringLiteral("it"),
        QStringLiteral("they"),  QStringLiteral("we"),     QStringLiteral("i"),
        QStringLiteral("you"),   QStringLiteral("this"),   QStringLiteral("that"),
        QStringLiteral("these"), QStringLiteral("those"),  QStringLiteral("there"),
        QStringLiteral("but"),   QStringLiteral("and"),    QStringLiteral("or"),
        QStringLiteral("so"),    QStringLiteral("yet"),    QStringLiteral("in"),
        QStringLiteral("on"),    QStringLiteral("at"),     QStringLiteral("as"),
        QStringLiteral("after"), QStringLiteral("before"), QStringLiteral("when"),
        QStringLiteral("while"), QStringLiteral("if"),     QStringLiteral("however"),
        QStringLiteral("his"),   QStringLiteral("her"),    QStringLiteral("their"),
        QStringLiteral("its"),   QStringLiteral("our"),    QStringLiteral("meanwhile"),
        QStringLiteral("still"), QStringLiteral("since"),  QStringLiteral("for"),
    };
    return words;
}

// Any quotation mark, opening or closing in one language or another.
bool isQuotationMark(QChar c)
{
    return TextRules::isOpeningQuote(c) || TextRules::isClosingQuote(c) || c == u'\u00AB' ||
           c == u'\u00BB' || c == u'\u201A' || c == u'\u2039' || c == u'\u203A';
}

bool isInitialism(const QString &word)
{
    // "U.S.", "p.m.", "e.g.", "U.K."; a single letter "F." is a middle initial.
    if (!word.endsWith(u'.'))
        return false;
    for (qsizetype i = 0; i < word.size(); i += 2) {
        if (!word.at(i).isLetter() || i + 1 >= word.size() || word.at(i + 1) != u'.')
            return false;
    }
    return true;
}

QString lastWord(const QString &text, qsizetype end)
{
    qsizetype e = end;
    while (e > 0 && text.at(e - 1).isSpace())
        --e;
    qsizetype b = e;
    while (b > 0 && !text.at(b - 1).isSpace())
        --b;
    while (b < e && (text.at(b) == u'(' || isQuotationMark(text.at(b))))
        ++b;
    return text.mid(b, e - b);
}

QString nextWord(const QString &text, qsizetype begin)
{
    qsizetype b = begin;
    while (b < text.size() && (text.at(b).isSpace() || isQuotationMark(text.at(b))))
        ++b;
    qsizetype e = b;
    while (e < text.size() && (text.at(e).isLetterOrNumber() || text.at(e) == u'.'))
        ++e;
    return text.mid(b, e - b);
}

// Whether c ends a question or an exclamation.
bool asksOrExclaims(QChar c)
{
    return c == u'?' || c == u'!' || c == u'\uFF1F' || c == u'\uFF01';
}

// How much more often the mark c stands like an opening mark (after a space, before a word)
// than like a closing one (after a word, before a space or punctuation) in text.
int openingLeaning(const QString &text, char16_t c)
{
    int leaning = 0;
    for (qsizetype i = text.indexOf(QChar(c)); i >= 0; i = text.indexOf(QChar(c), i + 1)) {
        const bool spaceBefore = i == 0 || text.at(i - 1).isSpace();
        const bool spaceAfter =
            i + 1 == text.size() || text.at(i + 1).isSpace() || text.at(i + 1).isPunct();
        leaning += spaceBefore && !spaceAfter ? 1 : (!spaceBefore && spaceAfter ? -1 : 0);
    }
    return leaning;
}

// One kind of quotation mark: given the character at i and whether a quotation of the kind is
// open, +1 when it opens one, -1 when it closes one, 0 when it is not a mark of the kind.
using QuoteStep = std::function<int(qsizetype i, bool open)>;

// The kinds of quotation marks in text, each told its direction by how this text uses it:
// languages disagree (“ opens in English and closes in German, » opens in German and closes in
// French), and a text keeps to one convention.
std::vector<QuoteStep> quoteKinds(const QString &text)
{
    std::vector<QuoteStep> kinds;
    // Double curly quotes: „...“ (German, Czech), „...” (Polish, Hungarian, Romanian), “...”
    // (English, Chinese, Spanish, ...), ”...” (Swedish, Finnish).
    const bool low = text.contains(u'\u201E');
    const bool left = text.contains(u'\u201C');
    kinds.push_back([&text, low, left](qsizetype i, bool open) {
        switch (text.at(i).unicode()) {
        case u'\u201E':
            return 1;
        case u'\u201C':
            return low ? -1 : 1;
        case u'\u201D':
            return low || left || open ? -1 : 1;
        default:
            return 0;
        }
    });
    // Guillemets: «...» (French, Russian, Spanish, Italian), »...« (German, Danish, Czech),
    // »...» (Swedish, Finnish). The one that more often stands before a word after a space
    // opens; when that does not tell, the first in the text (a paragraph may begin inside a
    // quotation, so the first is not always the opener).
    auto pair = [&text, &kinds](char16_t a, char16_t b) {
        const qsizetype firstA = text.indexOf(QChar(a));
        const qsizetype firstB = text.indexOf(QChar(b));
        const bool alternate = firstA < 0 || firstB < 0;
        const int leaning = openingLeaning(text, a) - openingLeaning(text, b);
        const char16_t opener = leaning != 0 ? (leaning > 0 ? a : b)
                                : firstB >= 0 && (firstA < 0 || firstB < firstA) ? b
                                                                                 : a;
        kinds.push_back([&text, a, b, opener, alternate](qsizetype i, bool open) {
            const char16_t c = text.at(i).unicode();
            if (c != a && c != b)
                return 0;
            if (alternate)
                return open ? -1 : 1;
            return c == opener ? 1 : -1;
        });
    };
    pair(u'\u00AB', u'\u00BB');
    pair(u'\u2039', u'\u203A');
    // Corner brackets: 「...」 and 『...』 (Japanese, Chinese).
    for (const auto &corners : {std::pair{u'\u300C', u'\u300D'}, std::pair{u'\u300E', u'\u300F'}}) {
        // Not a structured binding: clang (the fuzz build) cannot capture one in a lambda.
        const char16_t opening = corners.first;
        const char16_t closing = corners.second;
        kinds.push_back([&text, opening, closing](qsizetype i, bool) {
            const char16_t c = text.at(i).unicode();
            return c == opening ? 1 : (c == closing ? -1 : 0);
        });
    }
    // Straight double quotes alternate, but a quotation never opens right after a letter or a
    // digit: there " is an inch mark (a 6" pipe) or a second mark.
    kinds.push_back([&text](qsizetype i, bool open) {
        if (text.at(i) != u'"')
            return 0;
        if (open)
            return -1;
        return i > 0 && text.at(i - 1).isLetterOrNumber() ? 0 : 1;
    });
    return kinds;
}

// The number of quotations open before each position of text (text.size() + 1 entries). A kind
// of mark that does not pair up in the text (a quotation that goes on in the next paragraph, a
// stray mark) counts nowhere, so that it cannot swallow the rest of the text.
std::vector<int> openQuotations(const QString &text)
{
    std::vector<int> depth(size_t(text.size()) + 1, 0);
    for (const QuoteStep &step : quoteKinds(text)) {
        int open = 0;
        bool paired = true;
        for (qsizetype i = 0; i < text.size() && paired; ++i) {
            open += step(i, open > 0);
            paired = open >= 0;
        }
        if (!paired || open != 0)
            continue;
        for (qsizetype i = 0; i < text.size(); ++i) {
            open += step(i, open > 0);
            depth[size_t(i) + 1] += open;
        }
    }
    return depth;
}

// "Where is the ferry?" asked a passenger. / «Где паром?» — спросил пассажир.
// A quoted question or exclamation followed by a lower-case speech tag is one sentence.
bool quoteThenSpeechTag(const QString &text, qsizetype boundary)
{
    qsizetype b = boundary;
    while (b > 0 && text.at(b - 1).isSpace())
        --b;
    const qsizetype afterQuotes = b;
    while (b > 0 && isQuotationMark(text.at(b - 1)))
        --b;
    if (b == afterQuotes || b == 0 || !asksOrExclaims(text.at(b - 1)))
        return false;
    qsizetype e = boundary;
    while (e < text.size() && (text.at(e).isSpace() || text.at(e) == u',' ||
                               text.at(e) == u'\u2014' || text.at(e) == u'\u2013'))
        ++e;
    return e < text.size() && text.at(e).isLower();
}

// 「開館しました。」と述べた: in Japanese a quotation closed right before a particle (hiragana)
// is the object of the sentence that goes on.
bool quoteThenParticle(const QString &text, qsizetype boundary)
{
    return boundary > 0 && boundary < text.size() && isQuotationMark(text.at(boundary - 1)) &&
           text.at(boundary).script() == QChar::Script_Hiragana;
}

// Whether the sentence goes on after position begin: with a lower-case letter or with
// punctuation that cannot start a sentence („Tom!“, ruft sie.).
bool goesOn(const QString &text, qsizetype begin)
{
    qsizetype i = begin;
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    if (i == text.size())
        return false;
    const QChar c = text.at(i);
    return c.isLower() || c == u',' || c == u';' || c == u':' || c == u')' || c == u'\u2013' ||
           c == u'\u2014' || c == u'-';
}

// Whether the mark at i opens a quotation: it did so in the pairing (quoted, see
// openQuotations), it is „ (which only opens), or it stands before a word after a space.
bool opensQuotation(const QString &text, const std::vector<int> &quoted, qsizetype i)
{
    const QChar c = text.at(i);
    if (!isQuotationMark(c) || i + 1 >= text.size() || text.at(i + 1).isSpace())
        return false;
    return quoted[size_t(i) + 1] > quoted[size_t(i)] || c == u'\u201E' || c == u'\u201A' ||
           i == 0 || text.at(i - 1).isSpace();
}

// Whether the word before `end` comes right after a number ("7 P.M.", "5 a.m.").
bool afterNumber(const QString &text, qsizetype end)
{
    qsizetype i = end;
    while (i > 0 && text.at(i - 1).isSpace())
        --i;
    while (i > 0 && !text.at(i - 1).isSpace())
        --i;
    while (i > 0 && text.at(i - 1).isSpace())
        --i;
    return i > 0 && text.at(i - 1).isDigit();
}

} // namespace

struct SentenceSplitter::Private
{
    QString language;
    std::unique_ptr<icu::BreakIterator> iterator; // with ICU's abbreviation suppressions
    std::unique_ptr<icu::BreakIterator> plain;    // without
    QHash<QString, bool> endings;                 // suppressedAsEnding() of each word asked

    // The boundaries of text by one of the iterators, the end of text excluded.
    static QList<qsizetype> boundaries(icu::BreakIterator &it, const QString &text)
    {
        QList<qsizetype> out;
        const icu::UnicodeString utext = icuView(text);
        it.setText(utext);
        for (int32_t b = it.next(); b != icu::BreakIterator::DONE && b < text.size(); b = it.next())
            out.append(b);
        it.setText(icu::UnicodeString());
        return out;
    }
};

namespace {

std::unique_ptr<icu::BreakIterator> sentenceIterator(const QByteArray &locale)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(icu::Locale(locale.constData()), status));
    if (U_FAILURE(status))
        it.reset();
    return it;
}

} // namespace

SentenceSplitter::SentenceSplitter(const QString &language)
    : d(std::make_unique<Private>())
{
    d->language = language;
    d->iterator = sentenceIterator(language.toLatin1() + "@ss=standard");
    d->plain = sentenceIterator(language.toLatin1());
}

// ICU's suppressions take a few words for abbreviations that are words of the language as well
// (German "er", "am", "ab": "..., sagte er. Dann ..."). A suppressed cut after a lower-case word
// the language's dictionary knows, before a capital, is a sentence end.
bool SentenceSplitter::wronglySuppressed(const QString &text, qsizetype boundary) const
{
    const QString before = lastWord(text, boundary);
    const QString after = nextWord(text, boundary);
    if (!before.endsWith(u'.') || before.size() < 3 || after.isEmpty() || !after.at(0).isUpper())
        return false;
    const QString bare = before.chopped(1);
    const QString folded = bare.toLower();
    if (isTitleAbbreviation(folded, d->language))
        return false;
    // An abbreviation that ends a sentence before a capital (keepsTogether()).
    if (numberAbbreviations().contains(folded))
        return true;
    // ICU matches its abbreviations as the ends of longer words too: its Portuguese "l."
    // suppresses the cut after "Portugal.", "azul." and every other word ending in l.
    if (suppressedAsEnding(bare))
        return true;
    const bool lowerWord =
        std::all_of(bare.cbegin(), bare.cend(), [](QChar c) { return c.isLower(); });
    return lowerWord && Lexicon::forLanguage(d->language).isCommonWord(bare);
}

// Whether ICU suppresses the cut after the word for an abbreviation that is only the word's
// ending: a shorter ending of it, alone before ". X", is suppressed as well.
bool SentenceSplitter::suppressedAsEnding(const QString &word) const
{
    const auto cached = d->endings.constFind(word);
    if (cached != d->endings.cend())
        return *cached;
    bool ending = false;
    for (qsizetype k = 1; k < word.size() && !ending; ++k) {
        if (!word.at(k - 1).isLetter() || !word.at(k).isLetter())
            continue;
        const QString probe = word.mid(k) + QStringLiteral(". Xx");
        ending = !Private::boundaries(*d->plain, probe).isEmpty() &&
                 Private::boundaries(*d->iterator, probe).isEmpty();
    }
    d->endings.insert(word, ending);
    return ending;
}

SentenceSplitter::~SentenceSplitter() = default;

// A break inside a run of non-space characters that is a web address ("news?id=4").
bool insideUrl(const QString &text, qsizetype boundary)
{
    if (boundary <= 0 || boundary >= text.size() || text.at(boundary).isSpace() ||
        text.at(boundary - 1).isSpace())
        return false;
    qsizetype b = boundary;
    while (b > 0 && !text.at(b - 1).isSpace())
        --b;
    const QStringView run = QStringView(text).mid(b, boundary - b);
    return run.contains(u"://") || run.startsWith(u"www.");
}

bool SentenceSplitter::keepsTogether(const QString &text, qsizetype boundary) const
{
    if (insideUrl(text, boundary) || quoteThenSpeechTag(text, boundary) ||
        quoteThenParticle(text, boundary))
        return true;
    const QString before = lastWord(text, boundary);
    const QString after = nextWord(text, boundary);
    if (after.isEmpty())
        return false;
    const QChar first = after.at(0);
    const bool nextLowerOrDigit = first.isLower() || first.isDigit();

    if (before.endsWith(u'.')) {
        const QString bare = before.chopped(1).toLower();
        // A day of the month written as an ordinal before the month's name, as German and
        // other languages write dates ("am 1. September", "14. April 2025"): the names are the
        // language's months in ICU's calendar data (QuantityReader's tables).
        if (bare.size() <= 2 && isDigits(bare) && bare.toInt() >= 1 && bare.toInt() <= 31 &&
            quantityTables(d->language)->months.contains(after.toLower()))
            return true;
        if (isTitleAbbreviation(bare, d->language))
            return true;
        if (numberAbbreviations().contains(bare) && nextLowerOrDigit)
            return true;
        if (isInitialism(before)) {
            const QString opener = after.endsWith(u'.') ? after.chopped(1) : after;
            // After a time or a unit ("at 7 P.M."), a title and a name open a new sentence.
            if (after.endsWith(u'.') && titleAbbreviations().contains(opener.toLower()) &&
                afterNumber(text, boundary))
                return false;
            return nextLowerOrDigit || !sentenceOpeners().contains(opener.toLower());
        }
    }
    return false;
}

QList<SentenceSpan> SentenceSplitter::split(const QString &text) const
{
    QList<qsizetype> cuts;
    if (d->iterator) {
        QList<qsizetype> candidates = Private::boundaries(*d->iterator, text);
        if (d->plain) {
            const QList<qsizetype> plain = Private::boundaries(*d->plain, text);
            bool added = false;
            for (const qsizetype b : plain) {
                if (!std::binary_search(candidates.cbegin(), candidates.cend(), b) &&
                    wronglySuppressed(text, b)) {
                    candidates.append(b);
                    added = true;
                }
            }
            if (added)
                std::sort(candidates.begin(), candidates.end());
        }
        const std::vector<int> quoted = openQuotations(text);
        for (const qsizetype next : std::as_const(candidates)) {
            // ICU takes quotation marks for closing ones: in "attraktiv.„Outfittery“" it cuts
            // after the „ that opens the next sentence's quotation. The cut goes before it.
            qsizetype b = next;
            while (b > 0 && opensQuotation(text, quoted, b - 1))
                --b;
            // In „Setzt euch hin! “ Und sie ... ICU cuts before the mark that closes the
            // quotation: the cut goes after it, unless the sentence goes on in lower case.
            if (quoted[size_t(b)] > 0) {
                qsizetype e = b;
                while (e < text.size() && quoted[size_t(e) + 1] < quoted[size_t(e)])
                    ++e;
                if (e == b || quoted[size_t(e)] > 0 || goesOn(text, e))
                    continue;
                b = e;
            }
            if (b == 0 || (!cuts.isEmpty() && b <= cuts.constLast()) || keepsTogether(text, b))
                continue;
            cuts.append(b);
        }
    }
    cuts.append(text.size());

    QList<SentenceSpan> spans;
    qsizetype begin = 0;
    for (const qsizetype end : cuts) {
        qsizetype b = begin;
        qsizetype e = end;
        while (b < e && text.at(b).isSpace())
            ++b;
        while (e > b && text.at(e - 1).isSpace())
            --e;
        if (e > b)
            spans.append({b, e - b});
        begin = end;
    }
    return spans;
}

QStringList SentenceSplitter::sentences(const QString &text) const
{
    QStringList out;
    for (const SentenceSpan &span : split(text))
        out.append(text.mid(span.begin, span.length));
    return out;
}

} // namespace Parallax
