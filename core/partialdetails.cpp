#include "partialdetails.h"

#include "memoized.h"
#include "perlanguage.h"
#include "quantity.h"
#include "tokenizer.h"
#include "wordnet.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace Parallax {

namespace {

const QRegularExpression &wordPattern()
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{M}\\p{N}]+"));
    return word;
}

// Words of a capitalised run: letters (and marks), an inner hyphen or apostrophe kept.
const QRegularExpression &namePattern()
{
    static const QRegularExpression name(
        QStringLiteral("\\p{Lu}[\\p{L}\\p{M}]*(?:[-'\\x{2019}]\\p{L}[\\p{L}\\p{M}]*)*"
                       "(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*(?:[-'\\x{2019}]\\p{L}[\\p{L}\\p{M}]*)*)*"));
    return name;
}

constexpr int kAdverbFile = 2; // adv.all, WordNet's lexicographer file (lexnames(5WN))

// A number, amount, measure or date as a sentence writes it, read as a value.
struct WrittenNumber
{
    Quantity quantity;
    QString written;     // the text it was read from: "Aug. 20, 2025", "twelve", "$2m"
    qsizetype begin = 0; // where in the sentence, in UTF-16 code units
    qsizetype end = 0;
};

// Whether two values are matched by sameValue() rather than by their keys: a date that states
// a month ("20 August" is the "Aug. 20, 2025" of another source) and a time of day ("3:15" may be
// "15:15").
bool matchedLoosely(const Quantity &q)
{
    return (q.kind == Quantity::Kind::Date && q.month) || q.kind == Quantity::Kind::Time;
}

// What a loosely matched value is filed under: the month of a date, "time" for a time of day.
int looseBucket(const Quantity &q)
{
    return q.kind == Quantity::Kind::Date ? q.month : 0;
}

// The numbers of sentences (QuantityReader), each distinct text read once per language.
class NumberReader
{
public:
    const std::vector<WrittenNumber> &read(const QString &text, const QString &language)
    {
        auto &cache = m_read[language];
        const auto cached = cache.find(text);
        if (cached != cache.end())
            return cached->second;
        std::vector<WrittenNumber> out;
        const TokenList tokens = m_tokenizers.of(language).tokenize(text);
        for (Quantity &q : m_readers.of(language).read(tokens)) {
            const Token &first = tokens.at(q.firstToken);
            const Token &last = tokens.at(q.lastToken);
            const qsizetype end = last.begin + last.length;
            out.push_back({q, text.mid(first.begin, end - first.begin), first.begin, end});
        }
        return cache.emplace(text, std::move(out)).first->second;
    }

private:
    PerLanguage<Tokenizer> m_tokenizers;
    PerLanguage<QuantityReader> m_readers;
    // Node-based, so that the references handed out stay valid.
    std::map<QString, std::unordered_map<QString, std::vector<WrittenNumber>>> m_read;
};

bool hasDigit(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

const QRegularExpression &quotePattern()
{
    static const QRegularExpression quote(QStringLiteral(
        "\\x{201C}([^\\x{201D}]+)\\x{201D}|\\x{201E}([^\\x{201C}\\x{201D}]+)[\\x{201C}\\x{201D}]|"
        "\\x{00AB}([^\\x{00BB}]+)\\x{00BB}|\"([^\"]+)\""));
    return quote;
}

QStringList wordsOf(const QString &text)
{
    QStringList words;
    for (auto it = wordPattern().globalMatch(text); it.hasNext();)
        words.append(it.next().captured());
    return words;
}

} // namespace

QList<PartialDetail> findPartialDetails(const QList<Article> &articles,
                                        const Comparison &comparison)
{
    const qsizetype count = articles.size();
    // Per source, its words and its text (case-folded, for quotations); and every word some
    // article capitalises inside a sentence.
    QList<QSet<QString>> words(count);
    QList<QString> folded(count);
    QSet<QString> capitalisedInside;
    QSet<QString> lowercase; // words some article writes in lower case
    for (qsizetype s = 0; s < count; ++s) {
        for (const Sentence &sentence : articles.at(s).sentences) {
            const QString &text = sentence.text;
            // Headlines capitalise every word: they say nothing about names.
            const bool title = sentence.kind == BlockKind::Title;
            for (auto it = wordPattern().globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                const QString word = match.captured();
                words[s].insert(word);
                if (word.at(0).isLower())
                    lowercase.insert(word);
                if (title || !word.at(0).isUpper())
                    continue;
                // Inside a sentence: after a word, a number or a comma, not after a quotation
                // mark or a colon that may open a sentence of its own.
                qsizetype before = match.capturedStart() - 1;
                while (before >= 0 && text.at(before).isSpace())
                    --before;
                if (before >= 0 && (text.at(before).isLetterOrNumber() || text.at(before) == u','))
                    capitalisedInside.insert(word);
            }
            // "U.S." is the "US" another source writes.
            static const QRegularExpression dotted(QStringLiteral("(?:\\p{Lu}\\.){2,}"));
            for (auto it = dotted.globalMatch(text); it.hasNext();)
                words[s].insert(it.next().captured().remove(u'.'));
            folded[s] += text.toCaseFolded() + u'\n';
        }
    }
    auto sentenceOf = [&](qsizetype segment) -> const Sentence * {
        const qsizetype source = comparison.sourceOf(segment);
        if (source < 0 || source >= count)
            return nullptr;
        const qsizetype index = comparison.sentenceOf(segment);
        const QList<Sentence> &sentences = articles.at(source).sentences;
        return index >= 0 && index < sentences.size() ? &sentences.at(index) : nullptr;
    };
    // Which sources have each word, each case-folded word and each whole number ("14", not the
    // "14" inside "2014"), in the sources' order: a detail's sources are looked up, not searched
    // for in every source's text (with hundreds of sources and their details, that took
    // minutes). A quotation can only be in a source that has all of its words.
    QHash<QString, QList<qsizetype>> byWord;
    QHash<QString, QList<qsizetype>> byFoldedWord;
    QHash<QString, QList<qsizetype>> byNumber; // by Quantity::key()
    QHash<QString, QSet<QString>> writtenAs;   // the ways the sources write each key
    // Dates and times of day, matched by sameValue(): each with its source, by looseBucket().
    std::unordered_map<int, std::vector<std::pair<qsizetype, const WrittenNumber *>>> looseNumbers;
    NumberReader numberReader;
    QList<QSet<QString>> foldedWords(count);
    for (qsizetype s = 0; s < count; ++s) {
        for (const QString &word : std::as_const(words[s]))
            byWord[word].append(s);
        for (const QString &word : wordsOf(folded.at(s)))
            foldedWords[s].insert(word);
        for (const QString &word : std::as_const(foldedWords[s]))
            byFoldedWord[word].append(s);
        QSet<QString> numbers;
        const QString &language = articles.at(s).metadata.language;
        for (const Sentence &sentence : articles.at(s).sentences) {
            for (const WrittenNumber &number : numberReader.read(sentence.text, language)) {
                if (matchedLoosely(number.quantity)) {
                    looseNumbers[looseBucket(number.quantity)].push_back({s, &number});
                    continue;
                }
                const QString key = number.quantity.key();
                numbers.insert(key);
                writtenAs[key].insert(number.written);
            }
        }
        for (const QString &number : std::as_const(numbers))
            byNumber[number].append(s);
    }
    // Capitalised words by their first letter (case-folded): where a name's other spellings are.
    QHash<QChar, QStringList> capitalisedByInitial;
    for (auto it = byWord.cbegin(); it != byWord.cend(); ++it) {
        if (it.key().size() >= 4 && it.key().at(0).isUpper())
            capitalisedByInitial[it.key().at(0).toCaseFolded()].append(it.key());
    }
    auto phraseIn = [&](const QString &key) -> QList<qsizetype> {
        const QStringList keyWords = wordsOf(key);
        if (keyWords.isEmpty())
            return {};
        // The sources of its rarest word, then those that have every word and the quotation.
        const QList<qsizetype> *fewest = nullptr;
        for (const QString &word : keyWords) {
            const auto it = byFoldedWord.constFind(word);
            if (it == byFoldedWord.cend())
                return {};
            if (!fewest || it->size() < fewest->size())
                fewest = &*it;
        }
        QList<qsizetype> sources;
        for (const qsizetype s : *fewest) {
            const QSet<QString> &has = foldedWords.at(s);
            if (std::all_of(keyWords.cbegin(), keyWords.cend(),
                            [&has](const QString &w) { return has.contains(w); }) &&
                folded.at(s).contains(key))
                sources.append(s);
        }
        return sources;
    };
    const WordNet &wordnet = WordNet::system();
    // Other names WordNet gives the same particular place, body or person ("UK", "Britain",
    // "United Kingdom"; "Russia", "Russian Federation"): the words of its synsets that WordNet
    // writes capitalised, of two letters or more.
    auto aliasesOf = [&](const QString &name) {
        QStringList out;
        if (!wordnet.isAvailable())
            return out;
        for (const quint64 synset : wordnet.synsets(name.toLower().replace(u' ', u'_'), 8)) {
            if (WordNet::isAdjective(synset) || WordNet::isVerb(synset))
                continue;
            const QStringList lemmas = wordnet.lemmas(synset);
            if (lemmas.isEmpty() || !lemmas.first().at(0).isUpper())
                continue;
            for (const QString &word : lemmas) {
                if (word.size() >= 2 && word.at(0).isUpper() && word != name && !out.contains(word))
                    out.append(word);
            }
        }
        return out;
    };
    // The capitalised English adjectives of the sources by the names they pertain to (WordNet's
    // pertainyms): "French" under "France", "European" under "Europe". Built on first use.
    QHash<QString, QStringList> adjectivesOf;
    bool adjectivesRead = false;
    auto pertaining = [&](const QString &name) -> QStringList {
        if (!adjectivesRead) {
            adjectivesRead = true;
            const bool english =
                std::any_of(articles.cbegin(), articles.cend(),
                            [](const Article &a) { return a.metadata.language == u"en"; });
            for (auto it = byWord.cbegin(); english && wordnet.isAvailable() && it != byWord.cend();
                 ++it) {
                const QString &word = it.key();
                if (word.size() < 3 || !word.at(0).isUpper())
                    continue;
                std::vector<quint64> senses = wordnet.synsets(word.toLower(), 3);
                std::erase_if(senses, [](quint64 s) { return !WordNet::isAdjective(s); });
                if (senses.empty())
                    continue;
                for (const quint64 noun : wordnet.pertainyms(word, senses)) {
                    for (const QString &lemma : wordnet.lemmas(noun)) {
                        if (!lemma.isEmpty() && lemma.at(0).isUpper() &&
                            !adjectivesOf.value(lemma).contains(word))
                            adjectivesOf[lemma].append(word);
                    }
                }
            }
        }
        return adjectivesOf.value(name);
    };
    // A name's sources: those with its last word, also spelt another way (Zelensky, Zelenskyy),
    // those with the whole name in any case ("Military Committee", "military committee"), those
    // with another name WordNet gives it (aliasesOf()), and those with an adjective that pertains
    // to it ("French" for "France").
    // A bare count with the noun after it, what it counts ("30 nations"), in English where
    // WordNet knows the word as a noun; and a second word that is a noun and no verb ("32
    // defence chiefs", not "32 defence met"). As written otherwise.
    QHash<QString, int> nouns; // 0: no noun, 1: a noun and a verb, 2: a noun, no verb
    auto withCountedNoun = [&](const QString &text, const WrittenNumber &number,
                               const QString &language) {
        if (language != u"en" || !wordnet.isAvailable())
            return number.written;
        static const QRegularExpression next(QStringLiteral("\\G[ \\t]+(\\p{Ll}{3,})"));
        QString out = number.written;
        qsizetype at = number.end;
        for (int taken = 0; taken < 2; ++taken) {
            const QRegularExpressionMatch m = next.match(text, at);
            if (!m.hasMatch())
                break;
            const QString word = m.captured(1);
            const int noun = memoized(nouns, word, [&] {
                const std::vector<quint64> senses = wordnet.synsets(word, 1);
                bool isNoun = false, verb = false;
                for (const quint64 s : senses) {
                    isNoun = isNoun || (!WordNet::isAdjective(s) && !WordNet::isVerb(s) &&
                                        wordnet.lexicalFile(s) != kAdverbFile);
                    verb = verb || WordNet::isVerb(s);
                }
                return isNoun ? (verb ? 1 : 2) : 0;
            });
            if (noun == 0 || (taken > 0 && noun != 2))
                break;
            out += u' ' + word;
            at = m.capturedEnd();
        }
        return out;
    };
    auto nameIn = [&](const QString &key, const QSet<QString> &wordings, QStringList *aliases) {
        QList<qsizetype> sources = byWord.value(key);
        const Token keyToken{Token::Kind::Word, 0, key.size(), key, Tokenizer::normalForm(key), {}};
        for (const QString &other : capitalisedByInitial.value(key.at(0).toCaseFolded())) {
            if (other == key || std::abs(other.size() - key.size()) > 2)
                continue;
            const Token token{
                Token::Kind::Word, 0, other.size(), other, Tokenizer::normalForm(other), {}};
            if (isSpellingVariant(keyToken, token))
                sources += byWord.value(other);
        }
        QStringList names = aliasesOf(key);
        for (const QString &wording : wordings) {
            if (wording.contains(u' '))
                sources += phraseIn(wording.toCaseFolded());
            names += aliasesOf(wording);
        }
        for (const QString &alias : std::as_const(names))
            sources += alias.contains(u' ') ? phraseIn(alias.toCaseFolded()) : byWord.value(alias);
        QStringList named = names;
        named += wordings.values();
        for (const QString &name : std::as_const(named)) {
            for (const QString &adjective : pertaining(name))
                sources += byWord.value(adjective);
        }
        *aliases = names;
        std::sort(sources.begin(), sources.end());
        sources.erase(std::unique(sources.begin(), sources.end()), sources.end());
        return sources;
    };
    QHash<QString, bool> adjectives;
    // An English capitalised word that WordNet knows as an adjective ("Western", "French") is an
    // attribute, not a detail of its own.
    auto isAdjective = [&](const QString &word, const QString &language) {
        if (language != u"en" || !wordnet.isAvailable())
            return false;
        const auto cached = adjectives.constFind(word);
        if (cached != adjectives.cend())
            return *cached;
        const std::vector<quint64> senses = wordnet.synsets(word.toLower(), 3);
        return *adjectives.insert(word, std::any_of(senses.cbegin(), senses.cend(), [](quint64 s) {
                                      return WordNet::isAdjective(s);
                                  }));
    };

    // Every detail with all its wordings first; its sources once all are known, so that they do
    // not depend on which wording came first.
    QList<PartialDetail> noted;
    QList<QString> keys;
    QList<QSet<QString>> wordings;
    // A count's number as written without what it counts ("32"), and the nouns it counts,
    // case-folded ("defence chiefs"): the label names a noun only when no wording names another.
    QList<QSet<QString>> bareNumbers;
    QList<QSet<QString>> countedNouns;
    QHash<QString, qsizetype> byKey;     // kind and key -> index in noted
    QHash<QString, Quantity> quantityOf; // a number's key -> its value
    auto note = [&](PartialDetail::Kind kind, const QString &key, const QString &text,
                    qsizetype unit, const QString &bare = {}) {
        const QString id = QString::number(int(kind)) + u':' + key;
        const auto known = byKey.constFind(id);
        auto noteCount = [&](qsizetype index) {
            if (bare.isEmpty() || !text.startsWith(bare))
                return;
            bareNumbers[index].insert(bare);
            if (const QString noun = text.mid(bare.size()).trimmed().toCaseFolded();
                !noun.isEmpty())
                countedNouns[index].insert(noun); // a wording without a noun counts anything
        };
        if (known != byKey.cend()) {
            noteCount(*known);
            // The longest wording (then the first in sort order) whatever the sources' order.
            PartialDetail &detail = noted[*known];
            if (text.size() > detail.text.size() ||
                (text.size() == detail.text.size() && text < detail.text))
                detail.text = text;
            detail.unit = std::min(detail.unit, unit);
            wordings[*known].insert(text);
            return;
        }
        byKey.insert(id, noted.size());
        noted.append(PartialDetail{kind, text, unit, {}, {}});
        keys.append(key);
        wordings.append({text});
        bareNumbers.append(QSet<QString>());
        countedNouns.append(QSet<QString>());
        noteCount(noted.size() - 1);
    };
    for (qsizetype u = 0; u < comparison.units.size(); ++u) {
        for (const qsizetype segment : comparison.units.at(u).segments) {
            const Sentence *sentence = sentenceOf(segment);
            if (!sentence || !isStoryText(sentence->kind) || sentence->kind == BlockKind::Title)
                continue;
            const QString &text = sentence->text;
            const QString &language = articles.at(comparison.sourceOf(segment)).metadata.language;
            const std::vector<WrittenNumber> &numbers = numberReader.read(text, language);
            for (auto it = namePattern().globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                qsizetype from = 0; // in the match, where the next run is looked for
                // "NATO’s Military Committee" names two things.
                static const QRegularExpression possessive(
                    QStringLiteral("['\\x{2019}]s(?:\\s+|$)"));
                QStringList runs = match.captured().split(possessive, Qt::SkipEmptyParts);
                // A sentence's first word is capitalised anyway: a name only if written so
                // inside a sentence somewhere.
                if (wordsOf(text.left(match.capturedStart())).isEmpty() && !runs.isEmpty()) {
                    const QStringList opening = wordsOf(runs.first());
                    if (!opening.isEmpty() && !capitalisedInside.contains(opening.first())) {
                        const qsizetype cut =
                            runs.first().indexOf(opening.first()) + opening.first().size();
                        runs.first() = runs.first().mid(cut).trimmed(); // "On| Tuesday"
                    }
                }
                for (const QString &run : std::as_const(runs)) {
                    // A month or a weekday is part of a date: "Aug" of "Aug. 20", "Wednesday".
                    const qsizetype at = match.captured().indexOf(run, from);
                    from = at + run.size();
                    const qsizetype begin = match.capturedStart() + at;
                    if (std::any_of(numbers.cbegin(), numbers.cend(), [&](const WrittenNumber &n) {
                            return n.begin <= begin && begin + run.trimmed().size() <= n.end;
                        }))
                        continue;
                    const QString name = run.simplified();
                    const QStringList parts = wordsOf(name);
                    if (parts.isEmpty() || parts.last().size() < 2)
                        continue;
                    // One word shortened with a dot before a name inside the sentence (the
                    // sentence goes on, so the dot marks an abbreviation): a title or a form of
                    // address ("Dr. Mira Holt", "Gen. Sato"), not a name of its own.
                    const qsizetype end = begin + run.size();
                    if (parts.size() == 1 && end + 2 < text.size() && text.at(end) == u'.' &&
                        text.at(end + 1).isSpace() && text.at(end + 2).isUpper())
                        continue;
                    // One capitalised word that is also written in lower case: a common word.
                    if (parts.size() == 1 && (lowercase.contains(parts.first().toLower()) ||
                                              isAdjective(parts.first(), language)))
                        continue;
                    note(PartialDetail::Kind::Name, parts.last(), name, u);
                }
            }
            for (const WrittenNumber &number : numbers) {
                // Listed when written with a digit, or when a date or a weekday: a count in
                // words ("one", "two") is mostly no detail.
                const Quantity::Kind kind = number.quantity.kind;
                if (!hasDigit(number.written) && kind != Quantity::Kind::Date &&
                    kind != Quantity::Kind::Weekday)
                    continue;
                const QString key = number.quantity.key();
                if (kind == Quantity::Kind::Count)
                    note(PartialDetail::Kind::Number, key, withCountedNoun(text, number, language),
                         u, number.written);
                else
                    note(PartialDetail::Kind::Number, key, number.written, u);
                quantityOf.insert(key, number.quantity);
            }
            for (auto it = quotePattern().globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                QString quote;
                for (int group = 1; group <= 4 && quote.isEmpty(); ++group)
                    quote = match.captured(group);
                // "road to nowhere." is the "road to nowhere" of another source.
                static const QRegularExpression ends(QStringLiteral("^[\\s\\p{P}]+|[\\s\\p{P}]+$"));
                quote.remove(ends);
                if (quote.isEmpty())
                    continue;
                const QString key = quote.toCaseFolded();
                if (quote.size() > 80)
                    quote = quote.left(79).trimmed() + u'\u2026';
                note(PartialDetail::Kind::Quote, key, quote, u);
            }
        }
    }
    // Sources that count different things with one number ("32 member states", "32 defence
    // chiefs"): the label is the number alone, not a noun some of them never write.
    for (qsizetype d = 0; d < noted.size(); ++d) {
        if (countedNouns.at(d).size() < 2)
            continue;
        QString label;
        for (const QString &bare : bareNumbers.at(d)) {
            if (bare.size() > label.size() || (bare.size() == label.size() && bare < label))
                label = bare;
        }
        noted[d].text = label;
    }
    QList<PartialDetail> found;
    QList<QStringList> aliases(noted.size());
    for (qsizetype d = 0; d < noted.size(); ++d) {
        PartialDetail &detail = noted[d];
        const QString &key = keys.at(d);
        switch (detail.kind) {
        case PartialDetail::Kind::Name:
            detail.sources = nameIn(key, wordings.at(d), &aliases[d]);
            detail.forms = {key};
            break;
        case PartialDetail::Kind::Number: {
            const Quantity &value = quantityOf[key];
            if (!matchedLoosely(value)) {
                detail.sources = byNumber.value(key);
                detail.forms = writtenAs.value(key).values();
                break;
            }
            const auto bucket = looseNumbers.find(looseBucket(value));
            if (bucket == looseNumbers.end())
                break;
            for (const auto &[source, number] : bucket->second) {
                if (!sameValue(value, number->quantity))
                    continue;
                detail.sources.append(source);
                if (!detail.forms.contains(number->written))
                    detail.forms.append(number->written);
            }
            std::sort(detail.sources.begin(), detail.sources.end());
            detail.sources.erase(std::unique(detail.sources.begin(), detail.sources.end()),
                                 detail.sources.end());
            break;
        }
        case PartialDetail::Kind::Quote:
            detail.sources = phraseIn(key);
            detail.forms = {key};
            break;
        }
    }
    // One name written two ways in the same sources ("Kiev", "Kyiv"; "UK", "Britain") is one
    // detail, with the wording of its first unit (then the longer, then the first in sort
    // order), so that its unit's sentences state it so.
    auto oneName = [&](qsizetype a, qsizetype b) {
        const auto token = [](const QString &word) {
            return Token{Token::Kind::Word, 0, word.size(), word, Tokenizer::normalForm(word), {}};
        };
        if (isSpellingVariant(token(keys.at(a)), token(keys.at(b))))
            return true;
        for (const QString &w : wordings.at(b)) {
            if (aliases.at(a).contains(w))
                return true;
        }
        for (const QString &w : wordings.at(a)) {
            if (aliases.at(b).contains(w))
                return true;
        }
        return false;
    };
    // Per set of sources, its names and its numbers: (index in noted, index in found).
    QHash<QList<qsizetype>, QList<std::pair<qsizetype, qsizetype>>> namesBySources;
    QHash<QList<qsizetype>, QList<std::pair<qsizetype, qsizetype>>> numbersBySources;
    for (qsizetype d = 0; d < noted.size(); ++d) {
        PartialDetail &detail = noted[d];
        if (detail.sources.isEmpty() || detail.sources.size() >= count)
            continue;
        if (detail.kind == PartialDetail::Kind::Name) {
            auto &same = namesBySources[detail.sources];
            const auto into = std::find_if(same.cbegin(), same.cend(), [&](const auto &other) {
                return oneName(other.first, d);
            });
            if (into != same.cend()) {
                PartialDetail &kept = found[into->second];
                if (std::tuple(detail.unit, -detail.text.size(), detail.text) <
                    std::tuple(kept.unit, -kept.text.size(), kept.text)) {
                    kept.text = detail.text;
                    kept.unit = detail.unit;
                }
                kept.forms += detail.forms;
                continue;
            }
            same.append({d, found.size()});
        } else if (detail.kind == PartialDetail::Kind::Number) {
            // One date written with and without its year ("20 August", "Aug. 20, 2025") in the
            // same sources is one detail, with its longest wording.
            const Quantity &value = quantityOf[keys.at(d)];
            auto &same = numbersBySources[detail.sources];
            const auto into = std::find_if(same.cbegin(), same.cend(), [&](const auto &other) {
                return matchedLoosely(value) && sameValue(value, quantityOf[keys.at(other.first)]);
            });
            if (into != same.cend()) {
                PartialDetail &kept = found[into->second];
                if (std::tuple(-detail.text.size(), detail.text) <
                    std::tuple(-kept.text.size(), kept.text))
                    kept.text = detail.text;
                kept.unit = std::min(kept.unit, detail.unit);
                kept.forms += detail.forms;
                continue;
            }
            same.append({d, found.size()});
        }
        found.append(detail);
    }
    // A quotation inside a longer one is one statement: the shorter goes when the longer has the
    // same sources ("candid discussion" in "great, candid discussion"); the longer goes when
    // the shorter has more sources and the longer adds at most two words ("a road to nowhere").
    QList<qsizetype> quotes;
    for (qsizetype d = 0; d < found.size(); ++d) {
        if (found.at(d).kind == PartialDetail::Kind::Quote)
            quotes.append(d);
    }
    QSet<qsizetype> dropped;
    for (const qsizetype x : std::as_const(quotes)) {
        const QString outer = found.at(x).text.toCaseFolded();
        const QList<qsizetype> &xs = found.at(x).sources;
        for (const qsizetype y : std::as_const(quotes)) {
            const QString inner = found.at(y).text.toCaseFolded();
            if (x != y && inner.size() < outer.size() && outer.contains(inner) &&
                found.at(y).sources == xs)
                dropped.insert(y);
        }
        // Shorter quotations with more sources: every one noted, even one all sources have.
        for (const PartialDetail &shorter : std::as_const(noted)) {
            const QString inner = shorter.text.toCaseFolded();
            const QList<qsizetype> &ys = shorter.sources;
            if (shorter.kind == PartialDetail::Kind::Quote && inner.size() < outer.size() &&
                ys.size() > xs.size() && outer.contains(inner) &&
                std::includes(ys.cbegin(), ys.cend(), xs.cbegin(), xs.cend()) &&
                wordsOf(outer).size() - wordsOf(inner).size() <= 2)
                dropped.insert(x);
        }
    }
    if (!dropped.isEmpty()) {
        QList<PartialDetail> kept;
        for (qsizetype d = 0; d < found.size(); ++d) {
            if (!dropped.contains(d))
                kept.append(found.at(d));
        }
        found = kept;
    }
    for (PartialDetail &detail : found) {
        detail.forms.sort();
        detail.forms.removeDuplicates();
    }
    // In the order of units, then kinds, then words: whatever the order of the sources.
    std::sort(found.begin(), found.end(), [](const PartialDetail &a, const PartialDetail &b) {
        if (a.unit != b.unit)
            return a.unit < b.unit;
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        return a.text < b.text;
    });
    return found;
}

QList<PartialDetailGroup> groupBySources(const QList<PartialDetail> &details)
{
    QList<PartialDetailGroup> groups;
    QHash<QList<qsizetype>, qsizetype> groupOf;
    for (const PartialDetail &detail : details) {
        auto it = groupOf.find(detail.sources);
        if (it == groupOf.end()) {
            it = groupOf.insert(detail.sources, groups.size());
            groups.append(PartialDetailGroup{detail.sources, {}});
        }
        groups[*it].details.append(detail);
    }
    std::stable_sort(groups.begin(), groups.end(),
                     [](const PartialDetailGroup &a, const PartialDetailGroup &b) {
                         return a.details.first().unit < b.details.first().unit;
                     });
    const auto words = [](const PartialDetail &d) {
        return d.kind == PartialDetail::Kind::Name ? d.text.count(u' ') : 0;
    };
    for (PartialDetailGroup &group : groups) {
        std::stable_sort(group.details.begin(), group.details.end(),
                         [&words](const PartialDetail &a, const PartialDetail &b) {
                             if (a.kind != b.kind)
                                 return int(a.kind) < int(b.kind);
                             return words(a) != words(b) ? words(a) > words(b) : a.unit < b.unit;
                         });
    }
    return groups;
}

} // namespace Parallax

namespace Parallax {

void dropQuotationsWordedElsewhere(QList<PartialDetail> *details,
                                   const QList<QuotationFinding> &quotations)
{
    QSet<QString> wordedElsewhere;
    for (const QuotationFinding &finding : quotations) {
        if (finding.kind != QuotationFinding::Kind::Altered &&
            finding.kind != QuotationFinding::Kind::Partial)
            continue;
        for (const QuotationSide &side : finding.sides)
            wordedElsewhere.insert(wordsOf(side.text).join(u' ').toCaseFolded());
    }
    details->removeIf([&](const PartialDetail &detail) {
        if (detail.kind != PartialDetail::Kind::Quote)
            return false;
        QStringList words = wordsOf(detail.text);
        if (!detail.text.endsWith(u'\u2026'))
            return wordedElsewhere.contains(words.join(u' ').toCaseFolded());
        // Shortened to 80 characters: its words but the last (perhaps cut) begin a wording.
        if (!words.isEmpty())
            words.removeLast();
        const QString start = words.join(u' ').toCaseFolded();
        return !start.isEmpty() &&
               std::any_of(wordedElsewhere.cbegin(), wordedElsewhere.cend(),
                           [&](const QString &w) { return w.startsWith(start); });
    });
}

void dropConflictingDetails(QList<PartialDetail> *details, const QList<Conflict> &conflicts)
{
    details->removeIf([&](const PartialDetail &detail) {
        if (detail.kind == PartialDetail::Kind::Quote)
            return false;
        for (const Conflict &conflict : conflicts) {
            for (const ConflictSide &side : conflict.sides) {
                if (!std::includes(side.sources.cbegin(), side.sources.cend(),
                                   detail.sources.cbegin(), detail.sources.cend()))
                    continue;
                // A name is stated by its last word ("Trask" of "Mayor Helen Trask").
                const QString last = side.value.section(u' ', -1);
                for (const QString &form : detail.forms) {
                    if (side.value.compare(form, Qt::CaseInsensitive) == 0 ||
                        (detail.kind == PartialDetail::Kind::Name &&
                         last.compare(form, Qt::CaseInsensitive) == 0))
                        return true;
                }
            }
        }
        return false;
    });
}

} // namespace Parallax
