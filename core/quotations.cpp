#include "quotations.h"

#include "blockkind.h"
#include "lexicon.h"
#include "memoized.h"
#include "perlanguage.h"
#include "tokenizer.h"
#include "wordnet.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>
#include <memory>
#include <numeric>
#include <set>

namespace Parallax {

QString quotationKindName(QuotationFinding::Kind kind)
{
    switch (kind) {
    case QuotationFinding::Kind::Agree:
        return QStringLiteral("agree");
    case QuotationFinding::Kind::Altered:
        return QStringLiteral("altered");
    case QuotationFinding::Kind::Partial:
        return QStringLiteral("partial");
    case QuotationFinding::Kind::Single:
        break;
    }
    return QStringLiteral("single");
}

namespace {

constexpr qsizetype kMinWords = 3;
constexpr double kMinOverlap = 0.6;
constexpr double kMinOverlapAligned = 0.4;
// How many sentences before a quotation's paragraph a "…," he said may look for its speaker.
constexpr int kSentencesBack = 2;

struct Range
{
    qsizetype begin = 0; // the opening mark
    qsizetype end = 0;   // after the closing mark (or the sentence's end)
    qsizetype start = 0; // the quoted text, end exclusive
    qsizetype stop = 0;
};

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

// The quotations of a sentence, outermost only.
QList<Range> quotedRanges(const QString &text)
{
    QList<Range> out;
    const qsizetype n = text.size();
    // A quotation that began in the sentence before: the sentence's first mark closes it.
    for (qsizetype j = 0; j < n; ++j) {
        const QChar d = text.at(j);
        if (!closersOf(d).isEmpty() || d == u'\u201D') {
            const bool closes = (d == u'\u201D' || d == u'\u201C' || d == u'\u00BB' ||
                                 d == u'\u00AB' || d == u'"') &&
                                j > 0 && !text.at(j - 1).isSpace() &&
                                (j + 1 == n || !text.at(j + 1).isLetterOrNumber());
            if (closes) {
                Range r;
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
        if (closers.isEmpty() || i + 1 >= n || text.at(i + 1).isSpace() ||
            (i > 0 && text.at(i - 1).isLetterOrNumber()))
            continue;
        qsizetype j = i + 2;
        for (; j < n; ++j) {
            const QChar d = text.at(j);
            if (!closers.contains(d) || text.at(j - 1).isSpace())
                continue;
            if (isApostropheLike(d) && j + 1 < n && text.at(j + 1).isLetterOrNumber())
                continue;
            break;
        }
        Range r;
        r.begin = i;
        r.start = i + 1;
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

struct Run
{
    qsizetype begin = 0;
    qsizetype end = 0;
    QString text;
    bool atStart = false; // begins with the sentence's first word
};

// Runs of capitalised words outside the quotations; the one the sentence starts with is marked.
QList<Run> nameRuns(const QString &text, const QList<Range> &quoted)
{
    static const QRegularExpression word(QStringLiteral("\\p{Lu}[\\p{L}\\p{M}\\p{Nd}.'\u2019-]*"));
    auto inQuote = [&](qsizetype p) {
        return std::any_of(quoted.cbegin(), quoted.cend(),
                           [p](const Range &r) { return p >= r.begin && p < r.end; });
    };
    qsizetype first = 0; // the sentence's first letter
    while (first < text.size() && !text.at(first).isLetterOrNumber())
        ++first;
    QList<Run> runs;
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
        while (captured.endsWith(u'.') && captured.size() > 2 &&
               !captured.chopped(1).contains(u'.'))
            captured.chop(1); // "Smith." at a sentence's end, not "U.S."
        const qsizetype end = m.capturedStart() + captured.size();
        bool joins = !runs.isEmpty() && words > 0;
        if (joins) {
            const QString between = text.mid(runs.last().end, m.capturedStart() - runs.last().end);
            joins = !between.isEmpty() && between.trimmed().isEmpty();
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

// Picks the speaker of a quotation among the capitalised runs around it. Without a parser, the
// places a report names its speaker: right after the quotation ("…," Lavrov said), else the
// subject, the first name before it, else the first name after it; a person before a place
// ("Moscow", for a minister's words about Moscow) unless only a place is there ("as Russia
// warned"). A sentence's first word is a name only when the dictionary does not know it as a common
// word ("Lavrov said", not "The"). Possessives ("Macron's remarks") and, in English, capitalised
// adjectives of nationality ("European leaders", which WordNet files as adjectives and the
// dictionary knows only capitalised) name no speaker. Places are what WordNet files under
// "location" (English).
class SpeakerFinder
{
public:
    explicit SpeakerFinder(const QString &language)
        : m_language(language)
        , m_lexicon(Lexicon::forLanguage(language))
    {}

    enum class Rank : quint8 { FullName, Word, None };

    Rank rank(const Run &run)
    {
        const QString &text = run.text;
        if (text.endsWith(QLatin1String("'s")) || text.endsWith(QStringLiteral("\u2019s")))
            return Rank::None;
        if (text.contains(u' '))
            return Rank::FullName;
        // A sentence's first word, or in German any noun ("sagte ein Beamter").
        if ((run.atStart || Lexicon::capitalisesNouns(m_language)) && common(text))
            return Rank::None;
        const auto cached = m_rank.constFind(text);
        if (cached != m_rank.cend())
            return *cached;
        Rank r = Rank::Word;
        const WordNet &wordnet = WordNet::system();
        if (m_language == u"en" && wordnet.isAvailable()) {
            const std::vector<quint64> senses = wordnet.synsets(text.toLower(), 3);
            const bool adjective = std::any_of(senses.cbegin(), senses.cend(),
                                               [](quint64 s) { return WordNet::isAdjective(s); });
            if (adjective && !common(text))
                r = Rank::None;
        }
        m_rank.insert(text, r);
        return r;
    }

    bool isPlace(const QString &word)
    {
        if (m_location.empty() && m_language == u"en" && WordNet::system().isAvailable())
            m_location = WordNet::system().synsets(QStringLiteral("location"), 1);
        // WordNet writes a compound with underscores ("soviet_union").
        return isKindOf(word.toLower().replace(u' ', u'_'), m_location, true, m_place);
    }

    // Whether the words right after a quotation (its tag: up to kTagLength characters, before
    // any other quotation) name a speaker by a common noun: ", an official said" (a word
    // WordNet files as a kind of person), ", sagte ein Beamter" (a capitalised common noun in a
    // language that capitalises nouns). Such a quotation has an unnamed speaker; only a tag
    // without one (", he said") refers to someone named before.
    bool unnamedSpeakerAfter(const QString &text, const QList<Range> &quoted, const Range &quote)
    {
        qsizetype end = std::min(text.size(), quote.end + kTagLength);
        for (const Range &r : quoted) {
            if (r.begin >= quote.end)
                end = std::min(end, r.begin);
        }
        static const QRegularExpression word(QStringLiteral("\\p{L}+"));
        auto it = word.globalMatch(
            QStringView(text).mid(quote.end, std::max<qsizetype>(0, end - quote.end)));
        const bool capitalises = Lexicon::capitalisesNouns(m_language);
        personSynsets();
        while (it.hasNext()) {
            const QString w = it.next().captured();
            if (capitalises) {
                if (w.at(0).isUpper() && common(w))
                    return true;
            } else if (w.at(0).isLower() && isKindOf(w, m_person, false, m_personWord)) {
                return true;
            }
        }
        return false;
    }

    // The runs with a common word that starts the sentence taken off ("Die Delegationen" is
    // "Delegationen"); in English only a function word, one WordNet lacks ("The"), so that
    // "Foreign Minister Piet Vandermeer" stays whole.
    QList<Run> trimmed(QList<Run> runs)
    {
        for (Run &run : runs) {
            const qsizetype space = run.text.indexOf(u' ');
            if (!run.atStart || space < 0 || !common(run.text.left(space)) ||
                describes(run.text.left(space)))
                continue;
            run.text = run.text.mid(space + 1);
            run.begin += space + 1;
            run.atStart = false;
        }
        return runs;
    }

    // The speaker in the quotation's own sentence (text), or empty; weak: only a place before
    // the quotation, to use when the paragraph names nobody better; unnamed: set when the
    // sentence gives the words to someone it does not name ("a spokesman for Vandermeer said");
    // tagged: set when the speaker is named at the quotation beyond doubt: in the tag right
    // after it ("…," Berg said), by a verb of saying right after the name that follows it
    // ("…," the chief engineer, Ana Weiss, told reporters) or right after the quotation ("…,"
    // said agency spokesman Colin Reyes), or as the only name before it, which a verb of
    // saying follows ("Berg said: …").
    QString inSentence(const QString &text, const QList<Run> &runs, const Range &quote,
                       QString *weak, bool *unnamed, bool *tagged)
    {
        const Run *subject = nullptr;
        const Run *place = nullptr;
        const Run *after = nullptr;
        const Run *reporting = nullptr;
        bool reportingSpeaksFor = false;
        int namedBefore = 0; // names before the quotation
        for (const Run &run : runs) {
            if (run.end <= quote.begin && rank(run) != Rank::None)
                ++namedBefore;
        }
        for (const Run &run : runs) {
            // The tag right after it: a place too ("…," Moscow said; "Bush" is also a place in
            // WordNet), and where nouns are capitalised a noun with no article ("…", sagte
            // Müller; not "sagte ein Beamter"); not the one spoken to ("…," she told the
            // Ostrava Herald), but the one a verb right after the quotation names ("…," said
            // Vandermeer).
            const bool spokenTo = run.begin >= quote.end &&
                                  before(text, run.begin) == Before::Saying &&
                                  !verbFirst(text, quote.end, run.begin);
            if (run.begin >= quote.end && !after && run.begin - quote.end <= kTagDistance &&
                (rank(run) != Rank::None || nounRightAfterVerb(text, quote.end, run))) {
                if (!spokenTo) {
                    *tagged = true;
                    return run.text;
                }
                continue;
            }
            if (rank(run) == Rank::None)
                continue;
            if (run.begin >= quote.end) {
                if (!after && !spokenTo && !isPlace(run.text))
                    after = &run;
                continue;
            }
            if (run.end > quote.begin)
                continue;
            // The one spoken to, quoted or accused is no subject, unless it is quoted as saying.
            const Before role = before(text, run.begin);
            if (reportsAfter(text, run.end, role == Before::Saying)) {
                reporting = &run; // the nearest: "as Russia warned that ..."
                reportingSpeaksFor = role == Before::SpeaksFor;
            }
            if (subject || role != Before::Nothing)
                continue;
            if (isPlace(run.text))
                place = &run; // the nearest
            else
                subject = &run; // the first
        }
        if (reporting && reportingSpeaksFor) {
            *unnamed = true;
            return {};
        }
        if (reporting) {
            *tagged = namedBefore == 1;
            return reporting->text;
        }
        if (subject)
            return subject->text;
        if (after) { // "…," the chief engineer, Ana Weiss, told reporters
            // Past the comma that closes an apposition ("Ana Weiss, told").
            const qsizetype end = after->end < text.size() && text.at(after->end) == u','
                                      ? after->end + 1
                                      : after->end;
            // Or right after the verb that follows the quotation ("…," said agency spokesman
            // Colin Reyes).
            *tagged = reportsAfter(text, end) || verbFirst(text, quote.end, after->begin);
            return after->text;
        }
        if (place && weak)
            *weak = place->text;
        return {};
    }

    // A speaker named in a neighbouring sentence (text): one that a reporting verb follows
    // ("Lavrov told reporters"), else its first name, the subject a "he said" most often
    // refers to.
    QString nearby(const QString &text, const QList<Run> &runs)
    {
        QString first;
        for (const Run &run : runs) {
            if (rank(run) == Rank::None)
                continue;
            if (reportsAfter(text, run.end))
                return run.text;
            if (first.isEmpty() && !isPlace(run.text))
                first = run.text;
        }
        return first;
    }

private:
    // Whether the first word in text between from and to is a verb of saying: "…," said the
    // Ostrava Herald, where the name after it is the speaker, not the one spoken to.
    bool verbFirst(const QString &text, qsizetype from, qsizetype to)
    {
        static const QRegularExpression word(QStringLiteral("\\p{L}+"));
        const QRegularExpressionMatch m = word.match(QStringView(text).mid(from, to - from));
        return m.hasMatch() && wordKind(m.captured().toLower()) == 1;
    }

    // Whether run, in a language that capitalises nouns, is the second word after `from` (the
    // closing mark): the verb, then the name, with no article between them.
    bool nounRightAfterVerb(const QString &text, qsizetype from, const Run &run) const
    {
        if (!Lexicon::capitalisesNouns(m_language) || run.text.contains(u' '))
            return false;
        static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{M}]+"));
        qsizetype words = 0;
        for (auto it = word.globalMatch(QStringView(text).mid(from, run.begin - from));
             it.hasNext(); it.next())
            ++words;
        return words == 1;
    }

    // Whether one of the word's three commonest senses (WordNet, English) is, or is a kind of,
    // one of `targets`; instances: whether a particular ("Russia" of country) counts.
    bool isKindOf(const QString &word, const std::vector<quint64> &targets, bool instances,
                  QHash<QString, bool> &cache)
    {
        const WordNet &wordnet = WordNet::system();
        if (m_language != u"en" || !wordnet.isAvailable() || targets.empty())
            return false;
        return memoized(cache, word, [&] {
            std::vector<quint64> senses = wordnet.synsets(word, 3);
            bool found = false;
            std::set<quint64> seen;
            for (int depth = 0; depth < 16 && !senses.empty() && !found; ++depth) {
                for (quint64 s : senses)
                    found =
                        found || std::find(targets.cbegin(), targets.cend(), s) != targets.cend();
                std::vector<quint64> next;
                for (quint64 s : wordnet.hypernyms(senses, instances)) {
                    if (seen.insert(s).second)
                        next.push_back(s);
                }
                senses = std::move(next);
            }
            return found;
        });
    }

    // Whether the word right after `at` in text (past one adverb: "Lavrov also said"; past any
    // one word when pastAnyWord: "quoted Vandermeer as saying"; not past a comma: "on Ukraine,
    // stating") is a verb of saying: its commonest verb sense is filed under verb.communication
    // in WordNet ("warned", "told"; not "intends"). English only.
    bool reportsAfter(const QString &text, qsizetype at, bool pastAnyWord = false)
    {
        const WordNet &wordnet = WordNet::system();
        if (m_language != u"en" || !wordnet.isAvailable())
            return false;
        static const QRegularExpression word(QStringLiteral("\\G\\s+(\\p{Ll}+)"));
        for (int step = 0; step < 2; ++step) {
            const QRegularExpressionMatch m = word.match(text, at);
            if (!m.hasMatch())
                return false;
            at = m.capturedEnd();
            const int kind = wordKind(m.captured(1));
            if (kind == 1)
                return true;
            if (kind != 2 && !(pastAnyWord && step == 0))
                return false;
        }
        return false;
    }

    // What stands right before a run in text (English, WordNet), through lower-case words
    // separated by spaces only: a verb of saying, also past a word WordNet lacks (an article),
    // makes the run the one spoken to, quoted or accused ("told the Ostrava Herald", "quoted
    // Vandermeer", "accused Berg"): the object, not the subject. A kind of person and a word
    // WordNet lacks (a preposition) make it the one someone else speaks for ("a spokesman for
    // Vandermeer", "an aide to Berg").
    enum class Before : quint8 { Nothing, Saying, SpeaksFor };
    Before before(const QString &text, qsizetype at)
    {
        if (m_language != u"en" || !WordNet::system().isAvailable())
            return Before::Nothing;
        QStringList words; // nearest first
        while (words.size() < 2) {
            qsizetype end = at;
            while (end > 0 && text.at(end - 1).isSpace())
                --end;
            qsizetype begin = end;
            while (begin > 0 && text.at(begin - 1).isLetter())
                --begin;
            if (end == at || begin == end || !text.at(begin).isLower() ||
                (begin > 0 && !text.at(begin - 1).isSpace()))
                break;
            words.append(text.mid(begin, end - begin));
            at = begin;
        }
        if (words.isEmpty())
            return Before::Nothing;
        if (wordKind(words.first()) == 1 ||
            (words.size() == 2 && !describes(words.first()) && wordKind(words.last()) == 1))
            return Before::Saying;
        if (words.size() == 2 && !describes(words.first()) &&
            isKindOf(words.last(), personSynsets(), false, m_personWord))
            return Before::SpeaksFor;
        return Before::Nothing;
    }

    // 0: neither, 1: a verb of saying (its commonest verb sense is filed under
    // verb.communication), 2: only an adverb. English, WordNet.
    int wordKind(const QString &word)
    {
        const WordNet &wordnet = WordNet::system();
        return memoized(m_reports, word, [&] {
            int k = 0;
            const std::vector<quint64> senses = wordnet.synsets(word, 1);
            bool adverbOnly = !senses.empty();
            for (quint64 s : senses) {
                if (WordNet::isVerb(s) && wordnet.lexicalFile(s) == WordNet::VerbCommunication)
                    k = 1;
                adverbOnly = adverbOnly && wordnet.lexicalFile(s) == kAdverbFile;
            }
            return k == 0 && adverbOnly ? 2 : k;
        });
    }

    const std::vector<quint64> &personSynsets()
    {
        if (m_person.empty() && m_language == u"en" && WordNet::system().isAvailable())
            m_person = WordNet::system().synsets(QStringLiteral("person"), 1);
        return m_person;
    }

    bool describes(const QString &word)
    {
        const WordNet &wordnet = WordNet::system();
        return m_language == u"en" && wordnet.isAvailable() &&
               !wordnet.synsets(word.toLower(), 1).empty();
    }

    bool common(const QString &word)
    {
        return memoized(m_common, word, [&] { return m_lexicon.isCommonWord(word); });
    }

    static constexpr qsizetype kTagDistance = 12; // characters from the closing mark: "," said
    static constexpr int kAdverbFile = 2;         // adv.all, lexnames(5WN)
    static constexpr qsizetype kTagLength = 40;   // characters: ", an official told reporters"
    QHash<QString, int> m_reports;
    QString m_language;
    const Lexicon &m_lexicon;
    QHash<QString, Rank> m_rank;
    QHash<QString, bool> m_common;
    QHash<QString, bool> m_place;
    std::vector<quint64> m_location;
    std::vector<quint64> m_person;
    QHash<QString, bool> m_personWord;
};

struct Quote
{
    qsizetype segment = 0;
    qsizetype source = 0;
    qsizetype unit = 0;
    Range range;
    QString text;
    QString speaker;
    bool speakerIsPlace = false; // "as Russia warned": a state, not a person who said it
    bool inHeadline = false;     // a headline capitalises every word: its names say little
    bool tagged = false;         // named at the quotation beyond doubt (SpeakerFinder::inSentence)
    QString sentence;            // the sentence's text
    QString language;
    QStringList words; // normal forms of its words and numbers
    QString key;       // words joined: the wording, case and punctuation aside
};

// Whether `part` is a contiguous run of `whole`'s words.
bool containsRun(const QStringList &whole, const QStringList &part)
{
    if (part.isEmpty() || part.size() > whole.size())
        return false;
    for (qsizetype i = 0; i + part.size() <= whole.size(); ++i) {
        if (std::equal(part.cbegin(), part.cend(), whole.cbegin() + i))
            return true;
    }
    return false;
}

double overlap(const QStringList &a, const QStringList &b)
{
    QHash<QString, int> counts;
    for (const QString &w : a)
        ++counts[w];
    qsizetype common = 0;
    for (const QString &w : b) {
        auto it = counts.find(w);
        if (it != counts.end() && *it > 0) {
            --*it;
            ++common;
        }
    }
    return 2.0 * double(common) / double(a.size() + b.size());
}

// One statement: the same words, an excerpt of the other, or most words in common; in two
// sentences aligned with each other (one unit) a reworded quotation shares fewer.
bool sameStatement(const Quote &a, const Quote &b)
{
    return a.key == b.key || containsRun(a.words, b.words) || containsRun(b.words, a.words) ||
           overlap(a.words, b.words) >= (a.unit == b.unit ? kMinOverlapAligned : kMinOverlap);
}

// Whether two speakers name one person: the same last word, or spelling variants of it.
bool samePerson(const QString &a, const QString &b)
{
    const QString x = a.section(u' ', -1).toCaseFolded();
    const QString y = b.section(u' ', -1).toCaseFolded();
    if (x == y)
        return true;
    auto token = [](const QString &w) {
        return Token{Token::Kind::Word, 0, w.size(), w, Tokenizer::normalForm(w), {}};
    };
    return isSpellingVariant(token(x), token(y));
}

// QuotationFinding::attributions of the quotes `members` (one statement).
QList<QuotationAttribution> attributionsOf(const std::vector<Quote> &quotes,
                                           const std::vector<size_t> &members, bool onlyTagged)
{
    // The people, each first met as the longest (then first in sort order) of its speakers:
    // the same whatever the order of the sources.
    std::vector<size_t> named;
    for (const size_t m : members) {
        if (!quotes[m].speaker.isEmpty() && !quotes[m].speakerIsPlace && !quotes[m].inHeadline &&
            (quotes[m].tagged || !onlyTagged))
            named.push_back(m);
    }
    std::sort(named.begin(), named.end(), [&](size_t x, size_t y) {
        const QString &a = quotes[x].speaker;
        const QString &b = quotes[y].speaker;
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    QList<QuotationAttribution> out;
    for (const size_t m : named) {
        const Quote &q = quotes[m];
        auto it = std::find_if(out.begin(), out.end(), [&](const QuotationAttribution &a) {
            return samePerson(a.speaker, q.speaker);
        });
        if (it == out.end()) {
            out.append(QuotationAttribution{q.speaker, {}, {}});
            it = out.end() - 1;
        }
        if (!it->sources.contains(q.source))
            it->sources.append(q.source);
        if (!it->segments.contains(q.segment))
            it->segments.append(q.segment);
    }
    // A source that gives the words to two people says nothing of who said them.
    QHash<qsizetype, int> people;
    for (const QuotationAttribution &a : std::as_const(out)) {
        for (const qsizetype s : a.sources)
            ++people[s];
    }
    QList<QuotationAttribution> kept;
    for (QuotationAttribution a : std::as_const(out)) {
        QList<qsizetype> segments;
        for (const size_t m : named) {
            if (people.value(quotes[m].source) == 1 && a.segments.contains(quotes[m].segment) &&
                !segments.contains(quotes[m].segment))
                segments.append(quotes[m].segment);
        }
        a.sources.removeIf([&](qsizetype s) { return people.value(s) > 1; });
        if (a.sources.isEmpty())
            continue;
        a.segments = segments;
        std::sort(a.sources.begin(), a.sources.end());
        std::sort(a.segments.begin(), a.segments.end());
        kept.append(a);
    }
    std::sort(kept.begin(), kept.end(),
              [](const QuotationAttribution &a, const QuotationAttribution &b) {
                  return a.speaker < b.speaker;
              });
    return kept;
}

// QuotationFinding::disputedAttributions: the people named at the quotation beyond doubt, when
// there are two or more and no source names two of them in the sentence of the quotation (an
// organisation and its spokeswoman, "Nordvik Air's spokeswoman Hanne Lie said"; one person
// standing beside another).
QList<QuotationAttribution> disputed(const std::vector<Quote> &quotes,
                                     const std::vector<size_t> &members)
{
    QList<QuotationAttribution> people = attributionsOf(quotes, members, true);
    if (people.size() < 2)
        return {};
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{M}]+"));
    for (const size_t m : members) {
        QSet<QString> words;
        for (auto it = word.globalMatch(quotes[m].sentence); it.hasNext();)
            words.insert(it.next().captured().toCaseFolded());
        int named = 0;
        for (const QuotationAttribution &a : std::as_const(people))
            named += words.contains(a.speaker.section(u' ', -1).toCaseFolded()) ? 1 : 0;
        if (named > 1)
            return {};
    }
    return people;
}

// The speaker of a quotation whose own sentence (article.sentences[index]) names none ("…,"
// he said): the sentences before it in its paragraph, nearest first, then those after it in its
// paragraph, then up to kSentencesBack story sentences of the paragraphs before.
QString speakerNearby(const Article &article, qsizetype index, SpeakerFinder &speakers)
{
    const QList<Sentence> &sentences = article.sentences;
    const qsizetype paragraph = sentences.at(index).paragraph;
    auto named = [&](qsizetype other) {
        const QString &text = sentences.at(other).text;
        return speakers.nearby(text, speakers.trimmed(nameRuns(text, quotedRanges(text))));
    };
    qsizetype other = index - 1;
    for (; other >= 0 && sentences.at(other).paragraph == paragraph; --other) {
        if (const QString found = named(other); !found.isEmpty())
            return found;
    }
    for (qsizetype next = index + 1;
         next < sentences.size() && sentences.at(next).paragraph == paragraph; ++next) {
        if (const QString found = named(next); !found.isEmpty())
            return found;
    }
    for (int back = 0; other >= 0 && back < kSentencesBack; --other) {
        if (!isStoryText(sentences.at(other).kind))
            break; // a heading or a caption ends the story's flow
        ++back;
        if (const QString found = named(other); !found.isEmpty())
            return found;
    }
    return {};
}

qsizetype find(std::vector<qsizetype> &parent, qsizetype i)
{
    while (parent[size_t(i)] != i)
        i = parent[size_t(i)] = parent[size_t(parent[size_t(i)])];
    return i;
}

} // namespace

QList<QuotationFinding> findQuotations(const QList<Article> &articles, const Comparison &comparison)
{
    PerLanguage<Tokenizer> tokenizers;
    PerLanguage<SpeakerFinder> finders;
    QHash<qsizetype, qsizetype> unitOf;
    for (qsizetype u = 0; u < comparison.units.size(); ++u) {
        for (const qsizetype segment : comparison.units.at(u).segments)
            unitOf.insert(segment, u);
    }
    // Units a link joins, each unit with the others.
    QHash<qsizetype, QList<qsizetype>> joined;
    for (const Link &link : comparison.links) {
        const qsizetype a = unitOf.value(link.a, -1);
        const qsizetype b = unitOf.value(link.b, -1);
        if (a < 0 || b < 0 || a == b || joined.value(a).contains(b))
            continue;
        joined[a].append(b);
        joined[b].append(a);
    }

    std::vector<Quote> quotes;
    for (qsizetype u = 0; u < comparison.units.size(); ++u) {
        for (const qsizetype segment : comparison.units.at(u).segments) {
            const qsizetype source = comparison.sourceOf(segment);
            if (source < 0 || source >= articles.size())
                continue;
            const Article &article = articles.at(source);
            const qsizetype index = comparison.sentenceOf(segment);
            if (index < 0 || index >= article.sentences.size())
                continue;
            const Sentence &sentence = article.sentences.at(index);
            if (!isStoryText(sentence.kind))
                continue;
            const QList<Range> ranges = quotedRanges(sentence.text);
            if (ranges.isEmpty())
                continue;
            const Tokenizer &tokenizer = tokenizers.of(article.metadata.language);
            const QList<Run> runs =
                finders.of(article.metadata.language).trimmed(nameRuns(sentence.text, ranges));
            for (const Range &range : ranges) {
                Quote q;
                q.segment = segment;
                q.source = source;
                q.unit = u;
                q.range = range;
                q.text = sentence.text.mid(range.start, range.stop - range.start);
                q.language = article.metadata.language;
                for (const Token &token : tokenizer.tokenize(q.text)) {
                    if (token.kind != Token::Kind::Punctuation)
                        q.words.append(token.normal);
                }
                if (q.words.size() < kMinWords)
                    continue;
                q.key = q.words.join(u' ');
                SpeakerFinder &speakers = finders.of(q.language);
                QString weak;
                bool unnamed = false;
                q.speaker =
                    speakers.inSentence(sentence.text, runs, range, &weak, &unnamed, &q.tagged);
                q.sentence = sentence.text;
                if (q.speaker.isEmpty() && !unnamed &&
                    !speakers.unnamedSpeakerAfter(sentence.text, ranges, range))
                    q.speaker = speakerNearby(article, index, speakers);
                if (q.speaker.isEmpty())
                    q.speaker = weak;
                q.speakerIsPlace = !q.speaker.isEmpty() && speakers.isPlace(q.speaker);
                q.inHeadline = sentence.kind == BlockKind::Title;
                quotes.push_back(std::move(q));
            }
        }
    }

    // The same statement in different sources, through aligned sentences: each quotation
    // against those of its unit and of the units joined to it (not all pairs: a thousand
    // sources quote thousands of times).
    QHash<qsizetype, std::vector<size_t>> quotesOfUnit;
    for (size_t i = 0; i < quotes.size(); ++i)
        quotesOfUnit[quotes[i].unit].push_back(i);
    std::vector<qsizetype> parent(quotes.size());
    std::iota(parent.begin(), parent.end(), 0);
    for (size_t i = 0; i < quotes.size(); ++i) {
        const Quote &a = quotes[i];
        QList<qsizetype> units = joined.value(a.unit);
        units.prepend(a.unit);
        for (const qsizetype unit : std::as_const(units)) {
            const auto found = quotesOfUnit.constFind(unit);
            if (found == quotesOfUnit.cend())
                continue;
            for (const size_t j : *found) {
                const Quote &b = quotes[j];
                if (j <= i || a.source == b.source)
                    continue;
                if (sameStatement(a, b))
                    parent[size_t(find(parent, qsizetype(i)))] = find(parent, qsizetype(j));
            }
        }
    }
    std::map<qsizetype, std::vector<size_t>> groups;
    for (size_t i = 0; i < quotes.size(); ++i)
        groups[find(parent, qsizetype(i))].push_back(i);

    QList<QuotationFinding> out;
    for (const auto &entry : groups) {
        const std::vector<size_t> &members = entry.second;
        QuotationFinding finding;
        finding.unit = comparison.units.size();
        QSet<qsizetype> sources;
        std::map<QString, std::vector<size_t>> byWording;
        for (const size_t m : members) {
            finding.unit = std::min(finding.unit, quotes[m].unit);
            sources.insert(quotes[m].source);
            byWording[quotes[m].key].push_back(m);
        }
        QList<QPair<QStringList, QuotationSide>> sides;
        for (const auto &wording : byWording) {
            QuotationSide side;
            const Quote *shown = nullptr;
            QHash<QString, int> speakers;
            for (const size_t m : wording.second) {
                const Quote &q = quotes[m];
                // The same text whatever the order of the sources.
                if (!shown || q.text < shown->text)
                    shown = &q;
                if (!side.sources.contains(q.source))
                    side.sources.append(q.source);
                if (!side.segments.contains(q.segment))
                    side.segments.append(q.segment);
                if (!q.speaker.isEmpty())
                    ++speakers[q.speaker];
            }
            std::sort(side.sources.begin(), side.sources.end());
            std::sort(side.segments.begin(), side.segments.end());
            side.text = shown->text;
            side.start = shown->range.start;
            side.end = shown->range.stop;
            int most = 0;
            for (auto it = speakers.cbegin(); it != speakers.cend(); ++it) {
                if (it.value() > most || (it.value() == most && it.key() < side.speaker)) {
                    side.speaker = it.key();
                    most = it.value();
                }
            }
            // The segment ids follow the load order; the shown quote's segment comes first.
            side.segments.removeOne(shown->segment);
            side.segments.prepend(shown->segment);
            std::sort(side.segments.begin() + 1, side.segments.end());
            sides.append({quotes[wording.second.front()].words, side});
        }
        std::sort(sides.begin(), sides.end(), [](const auto &a, const auto &b) {
            if (a.first.size() != b.first.size())
                return a.first.size() > b.first.size();
            return a.second.text < b.second.text;
        });
        if (sources.size() < 2) {
            finding.kind = QuotationFinding::Kind::Single;
        } else if (sides.size() == 1) {
            finding.kind = QuotationFinding::Kind::Agree;
        } else {
            const bool partial = std::all_of(sides.cbegin() + 1, sides.cend(), [&](const auto &s) {
                return containsRun(sides.front().first, s.first);
            });
            finding.kind =
                partial ? QuotationFinding::Kind::Partial : QuotationFinding::Kind::Altered;
        }
        finding.attributions = attributionsOf(quotes, members, false);
        finding.disputedAttributions = disputed(quotes, members);
        DiffOptions options;
        options.ignorePunctuation = true;
        const QString language = quotes[members.front()].language;
        const TokenList first = tokenizers.of(language).tokenize(sides.front().second.text);
        for (qsizetype s = 0; s < sides.size(); ++s) {
            QuotationSide side = sides.at(s).second;
            if (s > 0 && finding.kind != QuotationFinding::Kind::Single)
                side.diff = wordDiff(first, tokenizers.of(language).tokenize(side.text), options);
            finding.sides.append(side);
        }
        out.append(finding);
    }
    std::sort(out.begin(), out.end(), [](const QuotationFinding &a, const QuotationFinding &b) {
        if (a.unit != b.unit)
            return a.unit < b.unit;
        return a.sides.front().text < b.sides.front().text;
    });
    return out;
}

qsizetype firstChange(const QuotationFinding &finding, qsizetype side)
{
    if (side < 0 || side >= finding.sides.size())
        return 0;
    auto changed = [](const DiffSpan &span) { return span.kind != DiffSpan::Kind::Equal; };
    if (side > 0) {
        const QList<DiffSpan> &diff = finding.sides.at(side).diff;
        const auto it = std::find_if(diff.cbegin(), diff.cend(), changed);
        return it == diff.cend() ? 0 : it->bBegin;
    }
    qsizetype first = -1;
    for (qsizetype s = 1; s < finding.sides.size(); ++s) {
        const QList<DiffSpan> &diff = finding.sides.at(s).diff;
        const auto it = std::find_if(diff.cbegin(), diff.cend(), changed);
        if (it != diff.cend() && (first < 0 || it->aBegin < first))
            first = it->aBegin;
    }
    return std::max<qsizetype>(first, 0);
}

QString changeExcerpt(const QuotationFinding &finding, qsizetype side, qsizetype length)
{
    if (side < 0 || side >= finding.sides.size())
        return {};
    const QString &text = finding.sides.at(side).text;
    if (text.size() <= length)
        return text;
    const qsizetype change = std::min(firstChange(finding, side), text.size());
    // From the start when the change is near enough to it to show both.
    qsizetype begin = change + length / 3 <= length ? 0 : change - length / 3;
    if (begin > 0) { // start at a word
        const qsizetype space = text.indexOf(u' ', begin);
        begin = space >= 0 && space < change ? space + 1 : begin;
    }
    qsizetype end = std::min(text.size(), begin + length);
    if (end < text.size()) { // end at a word
        const qsizetype space = text.lastIndexOf(u' ', end);
        end = space > change ? space : end;
    }
    return (begin > 0 ? QStringLiteral("\u2026") : QString()) +
           text.mid(begin, end - begin).trimmed() +
           (end < text.size() ? QStringLiteral("\u2026") : QString());
}

void addSpeakerConflicts(QList<Conflict> *conflicts, const QList<QuotationFinding> &quotations)
{
    QList<Conflict> speakers;
    for (const QuotationFinding &finding : quotations) {
        if (finding.disputedAttributions.size() < 2)
            continue;
        Conflict conflict;
        conflict.unit = finding.unit;
        conflict.dimension = QStringLiteral("speaker");
        conflict.about = finding.sides.first().text;
        if (conflict.about.size() > 80)
            conflict.about = conflict.about.left(79).trimmed() + u'\u2026';
        for (const QuotationAttribution &a : finding.disputedAttributions)
            conflict.sides.append(ConflictSide{a.speaker, a.sources, a.segments});
        speakers.append(conflict);
    }
    if (speakers.isEmpty())
        return;
    // A name conflict of the unit between the same people is the speaker conflict.
    conflicts->removeIf([&](const Conflict &c) {
        if (c.dimension != u"name")
            return false;
        return std::any_of(speakers.cbegin(), speakers.cend(), [&](const Conflict &s) {
            return s.unit == c.unit &&
                   std::all_of(c.sides.cbegin(), c.sides.cend(), [&](const ConflictSide &n) {
                       return std::any_of(
                           s.sides.cbegin(), s.sides.cend(),
                           [&](const ConflictSide &p) { return samePerson(p.value, n.value); });
                   });
        });
    });
    *conflicts += speakers;
    std::stable_sort(conflicts->begin(), conflicts->end(),
                     [](const Conflict &a, const Conflict &b) { return a.unit < b.unit; });
}

} // namespace Parallax
