#include "speakerfinder_p.h"

#include "blockkind.h"
#include "lexicon.h"
#include "memoized.h"
#include "quantitytables.h"
#include "tokenizer.h"
#include "wordnet.h"

#include <QRegularExpression>

#include <algorithm>
#include <set>
#include <utility>

namespace Parallax {

SpeakerFinder::SpeakerFinder(const QString &language)
    : m_language(language)
    , m_lexicon(Lexicon::forLanguage(language))
{}

SpeakerFinder::Rank SpeakerFinder::rank(const NameRun &run)
{
    const QString &text = run.text;
    if (text.endsWith(QLatin1String("'s")) || text.endsWith(QStringLiteral("\u2019s")))
        return Rank::None;
    if (text.contains(u' ')) {
        // A date ("In March", "On Tuesday"), not "Theresa May" or "Treasury Secretary Oliver May".
        if (calendarName(text.section(u' ', -1))) {
            bool date = true; // every word before the weekday or month a common word
            for (const QString &word :
                 QStringView(text).left(text.lastIndexOf(u' ')).toString().split(u' '))
                date = date && common(word);
            if (date)
                return Rank::None;
        }
        return Rank::FullName;
    }
    // A sentence's first word, or in German any noun ("sagte ein Beamter"), unless the article
    // gives someone that last name ("Berg said", after "Piet Berg").
    if ((run.atStart || Lexicon::capitalisesNouns(m_language)) && common(text) &&
        !lastNameInArticle(text))
        return Rank::None;
    // A weekday or a month ("Monday"), unless the article gives someone that name ("Theresa
    // May").
    if (calendarName(text) && !lastNameInArticle(text))
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

QString SpeakerFinder::givenName(const QString &speaker)
{
    const QString word = speaker.section(u' ', -2, -2);
    if (word.size() < 2 || !word.at(0).isUpper() || word.endsWith(u'.'))
        return {};
    const WordNet &wordnet = WordNet::system();
    if (m_language == u"en" && wordnet.isAvailable()) {
        if (m_formsOfAddress.empty())
            m_formsOfAddress = wordnet.synsets(QStringLiteral("form of address"), 1);
        // A form of address in any sense ("Ms", whose commonest senses are others); a kind of
        // person in its commonest ("Minister", "observer"; not "Anna", a coin).
        const bool title = memoized(m_titleWord, word, [&] {
            const std::vector<quint64> senses = wordnet.synsets(word.toLower(), 8);
            const std::vector<quint64> up = wordnet.hypernyms(senses, false);
            return std::any_of(up.cbegin(), up.cend(),
                               [&](quint64 s) {
                                   return std::find(m_formsOfAddress.cbegin(),
                                                    m_formsOfAddress.cend(),
                                                    s) != m_formsOfAddress.cend();
                               }) ||
                   isKindOf(word.toLower(), personSynsets(), false, m_personWord);
        });
        return title ? QString() : word;
    }
    return common(word) ? QString() : word;
}

bool SpeakerFinder::calendarName(const QString &word)
{
    return memoized(m_calendar, word, [&] {
        const QString normal = Tokenizer::normalForm(word);
        const std::shared_ptr<const QuantityReader::Data> tables = quantityTables(m_language);
        return tables->weekdays.contains(normal) || tables->months.contains(normal);
    });
}

bool SpeakerFinder::isPlace(const QString &word)
{
    if (m_location.empty() && m_language == u"en" && WordNet::system().isAvailable())
        m_location = WordNet::system().synsets(QStringLiteral("location"), 1);
    // WordNet writes a compound with underscores ("soviet_union").
    return isKindOf(word.toLower().replace(u' ', u'_'), m_location, true, m_place) &&
           !lastNameInArticle(word);
}

bool SpeakerFinder::lastNameInArticle(const QString &word)
{
    if (!m_article)
        return false;
    auto found = m_people.find(m_article);
    if (found == m_people.end()) {
        // Read without the article, so that its own names do not decide what a name is.
        const Article *article = std::exchange(m_article, nullptr);
        QSet<QString> lastNames;
        for (const Sentence &sentence : article->sentences) {
            if (!isStoryText(sentence.kind))
                continue;
            const QString &text = sentence.text;
            for (const NameRun &run : trimmed(nameRuns(text, quotedRanges(text)))) {
                if (rank(run) == Rank::FullName && !isPlace(run.text))
                    lastNames.insert(run.text.mid(run.text.lastIndexOf(u' ') + 1));
            }
        }
        m_article = article;
        found = m_people.emplace(article, std::move(lastNames)).first;
    }
    return found->second.contains(word);
}

bool SpeakerFinder::unnamedSpeakerAfter(const QString &text, const QList<QuotedRange> &quoted,
                                        const QuotedRange &quote)
{
    qsizetype end = std::min(text.size(), quote.end + kTagLength);
    for (const QuotedRange &r : quoted) {
        if (r.begin >= quote.end)
            end = std::min(end, r.begin);
    }
    static const QRegularExpression word(QStringLiteral("\\p{L}+"));
    auto it =
        word.globalMatch(QStringView(text).mid(quote.end, std::max<qsizetype>(0, end - quote.end)));
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

QList<NameRun> SpeakerFinder::trimmed(QList<NameRun> runs)
{
    for (NameRun &run : runs) {
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

QString SpeakerFinder::inSentence(const QString &text, const QList<NameRun> &runs,
                                  const QuotedRange &quote, QString *weak, bool *unnamed,
                                  bool *tagged)
{
    const NameRun *subject = nullptr;
    const NameRun *place = nullptr;
    const NameRun *after = nullptr;
    const NameRun *reporting = nullptr;
    bool reportingSpeaksFor = false;
    int namedBefore = 0; // names before the quotation
    for (const NameRun &run : runs) {
        if (run.end <= quote.begin && rank(run) != Rank::None)
            ++namedBefore;
    }
    for (const NameRun &run : runs) {
        // The tag right after it: a place too ("…," Moscow said; "Bush" is also a place in
        // WordNet), and where nouns are capitalised a noun with no article ("…", sagte
        // Müller; not "sagte ein Beamter"); not the one spoken to ("…," she told the
        // Ostrava Herald), but the one a verb right after the quotation names ("…," said
        // Vandermeer).
        const bool spokenTo = run.begin >= quote.end && before(text, run.begin) == Before::Saying &&
                              !verbFirst(text, quote.end, run.begin);
        if (run.begin >= quote.end && !after && run.begin - quote.end <= kTagDistance &&
            (rank(run) != Rank::None || nounRightAfterVerb(text, quote.end, run))) {
            if (spokenTo)
                continue;
            if (before(text, run.begin) == Before::SpeaksFor)
                return spokespersonFor(text, runs, run, unnamed, tagged);
            *tagged = true;
            return spokespersonOf(text, runs, run).text;
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
    if (subject) {
        // Where no lexicon says which verbs are of saying (outside English), the one name of the
        // sentence, before the quotation and with none after it, is named there beyond doubt:
        // "Bürgermeisterin Katrin Vogel sprach von einem „wichtigen Tag“".
        *tagged = m_language != u"en" && namedBefore == 1 && !after;
        return spokespersonOf(text, runs, *subject).text;
    }
    if (after && before(text, after->begin) == Before::SpeaksFor)
        return spokespersonFor(text, runs, *after, unnamed, tagged);
    if (after && m_language != u"en" && namedBefore == 0) {
        // Where no lexicon says which verbs are of saying, a sentence that names no one before
        // the quotation gives it to the full name right after it ("«…», ha detto il sindaco
        // Luca Benvenuti"), or to the one in apposition at the sentence's end ("«…», disse o
        // presidente da câmara de Vila Franca do Sado, Jorge Salgado.").
        for (const NameRun &run : runs) {
            if (run.begin > after->begin && rank(run) == Rank::FullName &&
                QStringView(text).mid(0, run.begin).trimmed().endsWith(u',') &&
                QStringView(text).mid(run.end).trimmed().size() <= 1)
                after = &run;
        }
        *tagged = rank(*after) == Rank::FullName;
        return after->text;
    }
    if (after) { // "…," the chief engineer, Ana Weiss, told reporters
        // Past the comma that closes an apposition ("Ana Weiss, told").
        const qsizetype end =
            after->end < text.size() && text.at(after->end) == u',' ? after->end + 1 : after->end;
        // Or right after the verb that follows the quotation ("…," said agency spokesman
        // Colin Reyes).
        *tagged = reportsAfter(text, end) || verbFirst(text, quote.end, after->begin);
        return after->text;
    }
    if (place && weak)
        *weak = place->text;
    return {};
}

QString SpeakerFinder::nearby(const QString &text, const QList<NameRun> &runs)
{
    QString first;
    for (const NameRun &run : runs) {
        if (rank(run) == Rank::None)
            continue;
        if (reportsAfter(text, run.end))
            return run.text;
        if (first.isEmpty() && !isPlace(run.text))
            first = run.text;
    }
    return first;
}

QString SpeakerFinder::spokespersonFor(const QString &text, const QList<NameRun> &runs,
                                       const NameRun &run, bool *unnamed, bool *tagged)
{
    // "…," a spokesman for Nordbank, Erik Sand, said: the one named in apposition speaks;
    // without one, the words are an unnamed person's.
    if (const NameRun *named = apposition(text, runs, run)) {
        *tagged = true;
        return named->text;
    }
    *unnamed = true;
    return {};
}

const NameRun *SpeakerFinder::apposition(const QString &text, const QList<NameRun> &runs,
                                         const NameRun &run)
{
    for (const NameRun &next : runs) {
        if (next.begin < run.end)
            continue;
        if (QStringView(text).mid(run.end, next.begin - run.end).trimmed() != u"," ||
            rank(next) != Rank::FullName || isPlace(next.text))
            return nullptr;
        // Closed by a comma, or followed by a verb of saying ("Erik Sand said").
        if ((next.end < text.size() && text.at(next.end) == u',') || reportsAfter(text, next.end))
            return &next;
        return nullptr;
    }
    return nullptr;
}

const NameRun &SpeakerFinder::spokespersonOf(const QString &text, const QList<NameRun> &runs,
                                             const NameRun &run)
{
    if (m_language != u"en" || !WordNet::system().isAvailable())
        return run;
    const auto next = std::find_if(runs.cbegin(), runs.cend(),
                                   [&](const NameRun &r) { return r.begin >= run.end; });
    if (next == runs.cend() || rank(*next) != Rank::FullName)
        return run;
    const QStringList between =
        text.mid(run.end, next->begin - run.end).split(u' ', Qt::SkipEmptyParts);
    if (between.isEmpty() || between.size() > 2)
        return run;
    for (const QString &word : between) {
        // Lower-case words, none a verb of saying ("Lund told reporter James Carver").
        if (!std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLower(); }) ||
            wordKind(word) == 1)
            return run;
    }
    return isKindOf(between.last(), personSynsets(), false, m_personWord) ? *next : run;
}

bool SpeakerFinder::verbFirst(const QString &text, qsizetype from, qsizetype to)
{
    static const QRegularExpression word(QStringLiteral("\\p{L}+"));
    const QRegularExpressionMatch m = word.match(QStringView(text).mid(from, to - from));
    return m.hasMatch() && wordKind(m.captured().toLower()) == 1;
}

bool SpeakerFinder::nounRightAfterVerb(const QString &text, qsizetype from,
                                       const NameRun &run) const
{
    if (!Lexicon::capitalisesNouns(m_language) || run.text.contains(u' '))
        return false;
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{M}]+"));
    qsizetype words = 0;
    for (auto it = word.globalMatch(QStringView(text).mid(from, run.begin - from)); it.hasNext();
         it.next())
        ++words;
    return words == 1;
}

bool SpeakerFinder::isKindOf(const QString &word, const std::vector<quint64> &targets,
                             bool instances, QHash<QString, bool> &cache)
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
                found = found || std::find(targets.cbegin(), targets.cend(), s) != targets.cend();
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

bool SpeakerFinder::reportsAfter(const QString &text, qsizetype at, bool pastAnyWord)
{
    const WordNet &wordnet = WordNet::system();
    if (m_language != u"en" || !wordnet.isAvailable())
        return false;
    static const QRegularExpression word(QStringLiteral("\\G\\s+(\\p{Ll}+)"));
    // Past the comma closing an apposition when quoted: "quoted the director, Ana Weiss, as
    // saying".
    static const QRegularExpression wordPastComma(QStringLiteral("\\G,?\\s+(\\p{Ll}+)"));
    for (int step = 0; step < 2; ++step) {
        const QRegularExpressionMatch m =
            (pastAnyWord && step == 0 ? wordPastComma : word).match(text, at);
        if (!m.hasMatch())
            return false;
        at = m.capturedEnd();
        const int kind = wordKind(m.captured(1));
        if (kind == 1)
            return true;
        // "as" only: "quoted Vandermeer as saying", not "says Kiev security talks".
        if (kind != 2 && !(pastAnyWord && step == 0 && m.captured(1) == u"as"))
            return false;
    }
    return false;
}

SpeakerFinder::Before SpeakerFinder::before(const QString &text, qsizetype at)
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
        return objectBeforeComma(text, at) ? Before::Saying : Before::Nothing;
    if (wordKind(words.first()) == 1 ||
        (words.size() == 2 && !describes(words.first()) && wordKind(words.last()) == 1))
        return Before::Saying;
    if (words.size() == 2 && !describes(words.first()) &&
        isKindOf(words.last(), personSynsets(), false, m_personWord))
        return Before::SpeaksFor;
    return Before::Nothing;
}

bool SpeakerFinder::objectBeforeComma(const QString &text, qsizetype at)
{
    qsizetype end = at;
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    if (end == at || end == 0 || text.at(end - 1) != u',')
        return false;
    // The noun right before the comma, then up to two words ("its", "a senior"), then the verb.
    QStringList words; // nearest first
    at = end - 1;
    while (words.size() < 4) {
        qsizetype begin = at;
        while (begin > 0 && text.at(begin - 1).isLetter())
            --begin;
        if (begin == at || !text.at(begin).isLower())
            break;
        words.append(text.mid(begin, at - begin));
        at = begin;
        if (at == 0 || !text.at(at - 1).isSpace())
            break;
        while (at > 0 && text.at(at - 1).isSpace())
            --at;
    }
    if (words.size() < 2 || !describes(words.first()))
        return false;
    return std::any_of(words.cbegin() + 1, words.cend(),
                       [&](const QString &word) { return wordKind(word) == 1; });
}

int SpeakerFinder::wordKind(const QString &word)
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

const std::vector<quint64> &SpeakerFinder::personSynsets()
{
    if (m_person.empty() && m_language == u"en" && WordNet::system().isAvailable())
        m_person = WordNet::system().synsets(QStringLiteral("person"), 1);
    return m_person;
}

bool SpeakerFinder::describes(const QString &word)
{
    const WordNet &wordnet = WordNet::system();
    return m_language == u"en" && wordnet.isAvailable() &&
           !wordnet.synsets(word.toLower(), 1).empty();
}

bool SpeakerFinder::common(const QString &word)
{
    return memoized(m_common, word, [&] { return m_lexicon.isCommonWord(word); });
}

} // namespace Parallax
