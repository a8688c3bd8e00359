#include "tokenizer.h"

#include "icustring.h"

#include <QHash>
#include <QSet>

#include <libstemmer.h>
#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <vector>

namespace Parallax {

namespace {

struct StemmerDeleter
{
    void operator()(sb_stemmer *s) const { sb_stemmer_delete(s); }
};

// libstemmer names its algorithms by ISO 639 code as well ("de", "el", "hy"); Norwegian is
// written in two standards that share the one stemmer.
QByteArray snowballAlgorithm(const QString &language)
{
    if (language == u"nb" || language == u"nn")
        return QByteArrayLiteral("no");
    return language.toLatin1();
}

QChar foldTypographyChar(QChar c)
{
    switch (c.unicode()) {
    case u'\u2018':
    case u'\u2019':
    case u'\u201A':
    case u'\u201B':
    case u'\u2032':
    case u'\u02BC':
    case u'`':
    case u'\u00B4':
        return QLatin1Char('\'');
    case u'\u201C':
    case u'\u201D':
    case u'\u201E':
    case u'\u201F':
    case u'\u00AB':
    case u'\u00BB':
    case u'\u2033':
    case u'\u2039':
    case u'\u203A':
        return QLatin1Char('"');
    case u'\u2010':
    case u'\u2011':
    case u'\u2012':
    case u'\u2013':
    case u'\u2014':
    case u'\u2015':
    case u'\u2212':
    case u'\u2E3A':
    case u'\u2E3B':
        return QLatin1Char('-');
    default:
        return c;
    }
}

} // namespace

struct Tokenizer::Private
{
    std::unique_ptr<icu::BreakIterator> words;
    std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer;
    // Every distinct word form seen, so that tokens share one copy of each (a long text
    // repeats its vocabulary: this keeps tokens of a 15 MB text to a fraction of the memory).
    QSet<QString> pool;
    QHash<QString, QString> stems;   // normal form -> its stem, pooled
    QHash<QString, QString> normals; // word as written -> its normal form, pooled

    bool dotInWords = true; // whether a middle dot stays inside a word (Catalan "l·l")

    // The text the word rules read: the same length as text, so that offsets hold. German plain
    // language (Leichte Sprache) marks the parts of a compound with a middle dot
    // ("Groß·mutter", also typed as a bullet or dot operator, "Rot∙käppchen"), which Unicode's
    // word rules (UAX #29, MidLetter) keep inside the word or make punctuation; read as a
    // hyphen, the parts are words and the compound is matched as a hyphenated one is
    // ("Bau-Arbeiten", "Bauarbeiten"). Catalan writes its "l·l" with the middle dot in one word.
    QString forWordRules(const QString &text) const
    {
        auto isCompoundDot = [this](QChar c) {
            switch (c.unicode()) {
            case u'\u00B7': // middle dot
                return !dotInWords;
            case u'\u2027': // hyphenation point
            case u'\u2219': // bullet operator
            case u'\u22C5': // dot operator
                return true;
            default:
                return false;
            }
        };
        if (std::none_of(text.cbegin(), text.cend(), isCompoundDot))
            return text;
        QString copy = text;
        for (qsizetype i = 1; i + 1 < copy.size(); ++i) {
            if (isCompoundDot(copy.at(i)) && copy.at(i - 1).isLetter() && copy.at(i + 1).isLetter())
                copy[i] = u'-';
        }
        return copy;
    }

    bool elides = false; // whether the language elides articles and particles (l', d', dell')

    // Where an elided particle ends in the word text[begin, end) ("d'" of "d'Ingéniale", "l'"
    // of "l'Europe", "dell'" of "dell'acqua": at most five letters and an apostrophe, then a
    // letter), so that the word after it is matched and reported on its own, as Lucene's
    // ElisionFilter does for French and Italian; begin when there is none.
    qsizetype elisionEnd(const QString &text, qsizetype begin, qsizetype end) const
    {
        if (!elides)
            return begin;
        constexpr qsizetype kLongestParticle = 5;
        for (qsizetype i = begin + 1; i < end - 1 && i <= begin + kLongestParticle; ++i) {
            const QChar c = text.at(i);
            if (c == u'\'' || c == u'\u2019')
                return text.at(i + 1).isLetter() ? i + 1 : begin;
            if (!c.isLetter())
                return begin;
        }
        return begin;
    }

    QString intern(const QString &text)
    {
        const auto it = pool.constFind(text);
        if (it != pool.constEnd())
            return *it;
        return *pool.insert(text);
    }
};

Tokenizer::Tokenizer(const QString &language)
    : d(std::make_unique<Private>())
{
    UErrorCode status = U_ZERO_ERROR;
    d->words.reset(icu::BreakIterator::createWordInstance(
        icu::Locale(language.toLatin1().constData()), status));
    if (U_FAILURE(status))
        d->words.reset();
    d->dotInWords = language == u"ca";
    d->elides = language == u"fr" || language == u"it" || language == u"ca";
    // Null where Snowball has no stemmer for the language: its words are then not stemmed.
    const QByteArray algorithm = snowballAlgorithm(language);
    if (!algorithm.isEmpty() && algorithm != "porter")
        d->stemmer.reset(sb_stemmer_new(algorithm.constData(), "UTF_8"));
}

Tokenizer::~Tokenizer() = default;

QString Tokenizer::normalForm(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfkcCasefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
    QString out;
    if (U_SUCCESS(status)) {
        const icu::UnicodeString src = icuView(text);
        const icu::UnicodeString normal = nfkcCasefold->normalize(src, status);
        if (U_SUCCESS(status))
            out = fromIcu(normal);
    }
    if (U_FAILURE(status))
        out = text.toCaseFolded();
    for (QChar &c : out)
        c = foldTypographyChar(c);
    return out;
}

QString Tokenizer::foldTypography(QString text)
{
    for (QChar &c : text)
        c = foldTypographyChar(c);
    return text;
}

QString Tokenizer::stem(const QString &normalWord) const
{
    if (!d->stemmer)
        return normalWord;
    const QByteArray utf8 = normalWord.toUtf8();
    const sb_symbol *stemmed = sb_stemmer_stem(
        d->stemmer.get(), reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    if (!stemmed)
        return normalWord;
    return QString::fromUtf8(reinterpret_cast<const char *>(stemmed),
                             sb_stemmer_length(d->stemmer.get()));
}

TokenList Tokenizer::tokenize(const QString &text) const
{
    TokenList tokens;
    if (!d->words)
        return tokens;
    const QString read = d->forWordRules(text); // the same offsets as text
    const icu::UnicodeString utext = icuView(read);
    d->words->setText(utext);
    auto add = [&](Token::Kind kind, qsizetype begin, qsizetype end) {
        Token token;
        token.kind = kind;
        token.begin = begin;
        token.length = end - begin;
        token.text = d->intern(text.mid(begin, end - begin));
        // Normalised as the word rules read it: a compound's middle dot is a hyphen.
        const QString &key =
            read.isSharedWith(text) ? token.text : d->intern(read.mid(begin, end - begin));
        auto normal = d->normals.constFind(key);
        if (normal == d->normals.constEnd())
            normal = d->normals.insert(key, d->intern(normalForm(key)));
        token.normal = *normal;
        if (token.isWord()) {
            auto it = d->stems.constFind(token.normal);
            if (it == d->stems.constEnd())
                it = d->stems.insert(token.normal, d->intern(stem(token.normal)));
            token.stem = *it;
        } else {
            token.stem = token.normal;
        }
        tokens.append(std::move(token));
    };
    int32_t begin = d->words->first();
    for (int32_t end = d->words->next(); end != icu::BreakIterator::DONE;
         begin = end, end = d->words->next()) {
        const int32_t status = d->words->getRuleStatus();
        if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT) {
            add(Token::Kind::Number, begin, end);
        } else if (status >= UBRK_WORD_LETTER) {
            const qsizetype elided = d->elisionEnd(text, begin, end);
            if (elided > begin)
                add(Token::Kind::Word, begin, elided);
            add(Token::Kind::Word, elided, end);
        } else if (!QStringView(text).mid(begin, end - begin).trimmed().isEmpty()) {
            add(Token::Kind::Punctuation, begin, end);
        }
    }
    d->words->setText(icu::UnicodeString());
    tokens.squeeze(); // kept for as long as the comparison: no spare capacity
    return tokens;
}

qsizetype Tokenizer::countWords(const QString &text) const
{
    if (!d->words)
        return 0;
    const QString read = d->forWordRules(text);
    const icu::UnicodeString utext = icuView(read);
    d->words->setText(utext);
    qsizetype count = 0;
    for (int32_t end = d->words->next(); end != icu::BreakIterator::DONE; end = d->words->next())
        count += d->words->getRuleStatus() >= UBRK_WORD_NUMBER;
    d->words->setText(icu::UnicodeString());
    return count;
}

namespace {

// Letters whose swap is a spelling or transliteration variant rather than another word.
bool variantPair(QChar a, QChar b, bool name)
{
    auto in = [](QChar c, const char16_t *set) {
        return std::u16string_view(set).find(c.unicode()) != std::u16string_view::npos;
    };
    if (in(a, u"csz") && in(b, u"csz"))
        return true; // defence/defense, criticise/criticize
    if (name && in(a, u"iyje") && in(b, u"iyje"))
        return true; // Sergei/Sergey, Kiev/Kyiv
    if (name && in(a, u"vw") && in(b, u"vw"))
        return true;
    if (name && in(a, u"kc") && in(b, u"kc"))
        return true;
    if (name && in(a, u"gh") && in(b, u"gh"))
        return true; // Hrabovsky/Grabovsky
    return false;
}

constexpr int kOtherEdit = 100;

// Damerau-Levenshtein distance in which a variant edit costs 1 and any other edit kOtherEdit.
int variantDistance(const QString &a, const QString &b, bool name)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<int>> dp(n + 1, std::vector<int>(m + 1, 0));
    auto indelCost = [&](const QString &s, qsizetype i) {
        const QChar c = s.at(i);
        const bool doubled = (i > 0 && s.at(i - 1) == c) || (i + 1 < s.size() && s.at(i + 1) == c);
        if (doubled)
            return 1; // travelled/traveled, Zelenskyy/Zelensky
        if (c == u'u' && i + 1 < s.size() && s.at(i + 1) == u'r')
            return 1; // colour/color
        if (name && (c == u'i' || c == u'y' || c == u'e' || c == u'h'))
            return 1; // Zelenskiy/Zelensky, Dmitriy/Dmitry
        return kOtherEdit;
    };
    for (qsizetype i = 1; i <= n; ++i)
        dp[i][0] = dp[i - 1][0] + indelCost(a, i - 1);
    for (qsizetype j = 1; j <= m; ++j)
        dp[0][j] = dp[0][j - 1] + indelCost(b, j - 1);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const QChar ca = a.at(i - 1);
            const QChar cb = b.at(j - 1);
            const int sub = ca == cb ? 0 : (variantPair(ca, cb, name) ? 1 : kOtherEdit);
            int best = std::min({dp[i - 1][j - 1] + sub, dp[i - 1][j] + indelCost(a, i - 1),
                                 dp[i][j - 1] + indelCost(b, j - 1)});
            if (i > 1 && j > 1 && ca == b.at(j - 2) && a.at(i - 2) == cb && ca != cb) {
                const bool reEr = (ca == u'r' && cb == u'e') || (ca == u'e' && cb == u'r');
                best = std::min(best, dp[i - 2][j - 2] + (reEr ? 1 : kOtherEdit)); // centre/center
            }
            dp[i][j] = best;
        }
    }
    return dp[n][m];
}

bool startsUpper(const QString &text)
{
    return !text.isEmpty() && text.at(0).isUpper();
}

} // namespace

bool isSpellingVariant(const Token &a, const Token &b)
{
    if (!a.isWord() || !b.isWord())
        return a.normal == b.normal;
    if (a.normal == b.normal || (!a.stem.isEmpty() && a.stem == b.stem))
        return true;
    const qsizetype shorter = std::min(a.normal.size(), b.normal.size());
    if (shorter < 4 || std::abs(a.normal.size() - b.normal.size()) > 2)
        return false;
    // Names (capitalised in both texts) vary in their vowels when transliterated.
    const bool name = startsUpper(a.text) && startsUpper(b.text);
    if (a.normal.at(0) != b.normal.at(0) &&
        !(name && variantPair(a.normal.at(0), b.normal.at(0), true)))
        return false;
    if (!name && shorter < 5)
        return false;
    // At most two variant edits and no other edit: "former" and "formed" stay apart.
    if (!name)
        return variantDistance(a.normal, b.normal, false) <= 2;
    // Names: x and ks are one sound (Oleksandr/Olexandr).
    QString x = a.normal;
    QString y = b.normal;
    x.replace(QStringLiteral("ks"), QStringLiteral("x"));
    y.replace(QStringLiteral("ks"), QStringLiteral("x"));
    return variantDistance(x, y, true) <= 2;
}

} // namespace Parallax
