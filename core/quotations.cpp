#include "quotations.h"

#include "blockkind.h"
#include "parallel.h"
#include "perlanguage.h"
#include "quotationtext_p.h"
#include "similarity.h"
#include "speakerfinder_p.h"
#include "tokenizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>
#include <numeric>
#include <thread>

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

struct Quote
{
    qsizetype segment = 0;
    qsizetype source = 0;
    qsizetype unit = 0;
    QuotedRange range;
    QString text;
    QString speaker;
    QString givenName;           // SpeakerFinder::givenName()
    bool speakerIsPlace = false; // "as Russia warned": a state, not a person who said it
    bool inHeadline = false;     // a headline capitalises every word: its names say little
    bool tagged = false;         // named at the quotation beyond doubt (SpeakerFinder::inSentence)
    QString sentence;            // the sentence's text
    QString language;
    QStringList words; // normal forms of its words and numbers
    QString key;       // words joined: the wording, case and punctuation aside
    // Normal forms of the sentence's words right before the opening mark and right after the
    // closing one (at most kContextWords each): where a source puts its marks around words
    // another puts inside them (a "road to nowhere" / "a road to nowhere").
    QStringList before;
    QStringList after;
};

constexpr qsizetype kContextWords = 4;

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

// Whether q's words are a run of `whole` and whole's words before and after that run stand right
// before and after q's marks in its sentence.
bool marksAroundPartOf(const QStringList &whole, const Quote &q)
{
    const QStringList &part = q.words;
    for (qsizetype i = 0; i + part.size() <= whole.size(); ++i) {
        if (!std::equal(part.cbegin(), part.cend(), whole.cbegin() + i))
            continue;
        const qsizetype tail = whole.size() - i - part.size();
        if (i <= q.before.size() && tail <= q.after.size() &&
            std::equal(whole.cbegin(), whole.cbegin() + i, q.before.cend() - i) &&
            std::equal(whole.cend() - tail, whole.cend(), q.after.cbegin()))
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

// Whether two quotations print one statement: Same for the same words, an excerpt of the other
// or most words in common; Reworded when, in sentences aligned with each other (one unit), they
// share fewer words: then they are one statement only when they say the same (see
// findQuotations), not when two statements share a phrase ("... security issues without the
// Russian Federation is a utopia" / "We cannot agree ... to resolve collective security issues
// without the Russian Federation").
enum class Statement { Different, Same, Reworded };

Statement sameStatement(const Quote &a, const Quote &b)
{
    if (a.key == b.key || containsRun(a.words, b.words) || containsRun(b.words, a.words))
        return Statement::Same;
    const double shared = overlap(a.words, b.words);
    if (shared >= kMinOverlap)
        return Statement::Same;
    return a.unit == b.unit && shared >= kMinOverlapAligned ? Statement::Reworded
                                                            : Statement::Different;
}

// A name's word without its accents ("Núñez" as "Nunez").
QString withoutAccents(const QString &word)
{
    QString out;
    for (const QChar c : word.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out;
}

// Whether two words of names are one: the same once their accents and case are left out, or
// spelling variants of a name ("Sergei" / "Sergey").
bool sameName(const QString &a, const QString &b)
{
    const QString x = withoutAccents(a);
    const QString y = withoutAccents(b);
    if (x.toCaseFolded() == y.toCaseFolded())
        return true;
    auto token = [](const QString &w) {
        return Token{Token::Kind::Word, 0, w.size(), w, Tokenizer::normalForm(w), {}};
    };
    return isSpellingVariant(token(x), token(y));
}

// Whether two speakers name one person: the same last word, or spelling variants of it, and no
// two different given names before it (SpeakerFinder::givenName(): "Anna Lund" and "Erik Lund"
// are two people, "Minister Lund" and "Anna Lund" may be one).
bool samePerson(const QString &a, const QString &b, const QString &givenA = {},
                const QString &givenB = {})
{
    return sameName(a.section(u' ', -1), b.section(u' ', -1)) &&
           (givenA.isEmpty() || givenB.isEmpty() || sameName(givenA, givenB));
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
    QStringList given; // per person in out, the given name it was first met with
    for (const size_t m : named) {
        const Quote &q = quotes[m];
        qsizetype person = 0;
        while (person < out.size() &&
               !samePerson(out.at(person).speaker, q.speaker, given.at(person), q.givenName))
            ++person;
        if (person == out.size()) {
            out.append(QuotationAttribution{q.speaker, {}, {}});
            given.append(q.givenName);
        }
        QuotationAttribution *it = &out[person];
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
        // Named by the last word, and where two people share it by the word before it too
        // ("Erik Lund" is not named where only "Anna Lund" is).
        int named = 0;
        for (const QuotationAttribution &a : std::as_const(people)) {
            const QStringList parts = a.speaker.split(u' ');
            const QString last = parts.last().toCaseFolded();
            const bool shared =
                std::count_if(people.cbegin(), people.cend(), [&](const QuotationAttribution &o) {
                    return o.speaker.section(u' ', -1).toCaseFolded() == last;
                }) > 1;
            named +=
                words.contains(last) && (!shared || parts.size() < 2 ||
                                         words.contains(parts.at(parts.size() - 2).toCaseFolded()))
                    ? 1
                    : 0;
        }
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
            const QList<QuotedRange> ranges = quotedRanges(sentence.text);
            if (ranges.isEmpty())
                continue;
            const Tokenizer &tokenizer = tokenizers.of(article.metadata.language);
            SpeakerFinder &finder = finders.of(article.metadata.language);
            finder.setArticle(&article);
            const QList<NameRun> runs = finder.trimmed(nameRuns(sentence.text, ranges));
            for (const QuotedRange &range : ranges) {
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
                for (const Token &token : tokenizer.tokenize(sentence.text.left(range.begin))) {
                    if (token.kind != Token::Kind::Punctuation)
                        q.before.append(token.normal);
                }
                q.before = q.before.mid(std::max<qsizetype>(0, q.before.size() - kContextWords));
                for (const Token &token : tokenizer.tokenize(sentence.text.mid(range.end))) {
                    if (q.after.size() == kContextWords)
                        break;
                    if (token.kind != Token::Kind::Punctuation)
                        q.after.append(token.normal);
                }
                QString weak;
                bool unnamed = false;
                q.speaker =
                    finder.inSentence(sentence.text, runs, range, &weak, &unnamed, &q.tagged);
                q.sentence = sentence.text;
                if (q.speaker.isEmpty() && !unnamed &&
                    !finder.unnamedSpeakerAfter(sentence.text, ranges, range))
                    q.speaker = speakerNearby(article, index, finder);
                if (q.speaker.isEmpty())
                    q.speaker = weak;
                q.speakerIsPlace = !q.speaker.isEmpty() && finder.isPlace(q.speaker);
                q.givenName = q.speaker.isEmpty() ? QString() : finder.givenName(q.speaker);
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
    std::vector<std::pair<size_t, size_t>> same;
    std::vector<std::pair<size_t, size_t>> reworded;
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
                switch (sameStatement(a, b)) {
                case Statement::Same:
                    same.emplace_back(i, j);
                    break;
                case Statement::Reworded:
                    reworded.emplace_back(i, j);
                    break;
                case Statement::Different:
                    break;
                }
            }
        }
    }
    // A reworded quotation is the same statement when the two quoted texts are paraphrases, as
    // the aligner judges sentences (the similarity of a paraphrase link).
    // Each distinct quoted text is read once and each pair of texts scored once: copies of a
    // story repeat the same pairs in every pair of sources.
    if (!reworded.empty()) {
        SimilarityModel model;
        QHash<QString, int> ids; // language and text -> model id
        auto idOf = [&](const Quote &q) {
            const QString key = q.language + u'\n' + q.text;
            const auto it = ids.constFind(key);
            return it != ids.cend() ? *it : *ids.insert(key, model.add(q.text, q.language));
        };
        std::vector<std::pair<int, int>> pairs;
        pairs.reserve(reworded.size());
        for (const auto &[i, j] : reworded)
            pairs.emplace_back(idOf(quotes[i]), idOf(quotes[j]));
        model.finalize();
        QHash<quint64, bool> paraphrase;
        for (size_t p = 0; p < reworded.size(); ++p) {
            const auto [a, b] = pairs[p];
            const quint64 key = (quint64(quint32(std::min(a, b))) << 32) | quint32(std::max(a, b));
            auto it = paraphrase.constFind(key);
            if (it == paraphrase.cend())
                it = paraphrase.insert(key,
                                       model.score(a, b) >= CompareOptions::kParaphraseThreshold);
            if (*it)
                same.push_back(reworded[p]);
        }
    }
    std::vector<qsizetype> parent(quotes.size());
    std::iota(parent.begin(), parent.end(), 0);
    for (const auto &[i, j] : same)
        parent[size_t(find(parent, qsizetype(i)))] = find(parent, qsizetype(j));
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
        struct Wording
        {
            QStringList words;
            QuotationSide side;
            const std::vector<size_t> *quotes; // the quotes that print it
        };
        QList<Wording> sides;
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
            sides.append({quotes[wording.second.front()].words, side, &wording.second});
        }
        std::sort(sides.begin(), sides.end(), [](const Wording &a, const Wording &b) {
            if (a.words.size() != b.words.size())
                return a.words.size() > b.words.size();
            return a.side.text < b.side.text;
        });
        if (sources.size() < 2) {
            finding.kind = QuotationFinding::Kind::Single;
        } else if (sides.size() == 1) {
            finding.kind = QuotationFinding::Kind::Agree;
        } else {
            const QStringList &longest = sides.front().words;
            const bool partial =
                std::all_of(sides.cbegin() + 1, sides.cend(),
                            [&](const Wording &w) { return containsRun(longest, w.words); });
            // Every shorter wording has the longest one's other words right outside its marks:
            // the same words, quoted alike but for where the marks stand.
            const bool sameWords =
                partial && std::all_of(sides.cbegin() + 1, sides.cend(), [&](const Wording &w) {
                    return std::all_of(w.quotes->cbegin(), w.quotes->cend(), [&](size_t m) {
                        return marksAroundPartOf(longest, quotes[m]);
                    });
                });
            if (sameWords) {
                QuotationSide &whole = sides.first().side;
                for (qsizetype i = 1; i < sides.size(); ++i) {
                    const QuotationSide &other = sides.at(i).side;
                    for (qsizetype source : other.sources) {
                        if (!whole.sources.contains(source))
                            whole.sources.append(source);
                    }
                    for (qsizetype segment : other.segments) {
                        if (!whole.segments.contains(segment))
                            whole.segments.append(segment);
                    }
                }
                std::sort(whole.sources.begin(), whole.sources.end());
                std::sort(whole.segments.begin() + 1, whole.segments.end());
                sides.resize(1);
                finding.kind = QuotationFinding::Kind::Agree;
            } else {
                finding.kind =
                    partial ? QuotationFinding::Kind::Partial : QuotationFinding::Kind::Altered;
            }
        }
        finding.attributions = attributionsOf(quotes, members, false);
        finding.disputedAttributions = disputed(quotes, members);
        DiffOptions options;
        options.ignorePunctuation = true;
        const QString language = quotes[members.front()].language;
        const TokenList first = tokenizers.of(language).tokenize(sides.front().side.text);
        for (qsizetype s = 0; s < sides.size(); ++s) {
            QuotationSide side = sides.at(s).side;
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

ConflictsAndQuotations findConflictsAndQuotations(const QList<Article> &articles,
                                                  const Comparison &comparison)
{
    // The two readings share nothing they change (each has its own tokenizers and speaker
    // finders; the dictionaries they share lock).
    ConflictsAndQuotations found;
    if (workerThreads() > 1) {
        std::thread quoting([&] { found.quotations = findQuotations(articles, comparison); });
        found.conflicts = findConflicts(articles, comparison);
        quoting.join();
    } else {
        found.quotations = findQuotations(articles, comparison);
        found.conflicts = findConflicts(articles, comparison);
    }
    addSpeakerConflicts(&found.conflicts, found.quotations);
    return found;
}

} // namespace Parallax
