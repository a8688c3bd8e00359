#include "conflicts.h"

#include "conflicts_p.h"
#include "lexicon.h"
#include "quantity.h"
#include "tokenizer.h"
#include "worddiff.h"
#include "wordnet.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>

namespace Parallax {

namespace {

struct Stated
{
    Quantity quantity;
    QString text;  // as written
    QString topic; // what disagreeing values must share: the dimension, and for a bare number
                   // the word it counts ("32 member states", "replaced 14 of")
};

// A bare number, a rank or a percentage says nothing of what it measures: two of them are about
// the same thing only when the word after them (before them, at the end of a clause) is the same.
QString topicOf(const Quantity &q, const TokenList &tokens)
{
    // Amounts in every currency meet, so that a changed currency is seen.
    if (q.kind == Quantity::Kind::Money)
        return QStringLiteral("money");
    const QString dimension = q.dimension();
    if (q.kind != Quantity::Kind::Count && q.kind != Quantity::Kind::Ordinal &&
        q.kind != Quantity::Kind::Percent)
        return dimension;
    const qsizetype next = q.lastToken + 1;
    if (next < tokens.size() && tokens.at(next).isWord())
        return dimension + u'|' + tokens.at(next).stem;
    const qsizetype previous = q.firstToken - 1;
    if (previous >= 0 && tokens.at(previous).isWord())
        return dimension + QStringLiteral("|<") + tokens.at(previous).stem;
    return dimension;
}

struct SegmentQuantities
{
    qsizetype segment;
    qsizetype source;
    std::vector<Stated> stated;
};

// Where every source of a unit that states a bare count or percentage states one value of it
// (across its sentences there), those values are about the same thing whatever words follow
// them: "two miners died" / "the death toll rose to four", "rise by 3 per cent from January" /
// "go up by 5 per cent in January".
void loneValuesMeet(std::vector<SegmentQuantities> &all)
{
    for (const Quantity::Kind kind : {Quantity::Kind::Count, Quantity::Kind::Percent}) {
        std::map<qsizetype, std::vector<const Quantity *>> valuesOf; // per source, distinct
        for (const SegmentQuantities &s : all) {
            for (const Stated &stated : s.stated) {
                if (stated.quantity.kind != kind)
                    continue;
                auto &values = valuesOf[s.source];
                if (std::none_of(values.cbegin(), values.cend(),
                                 [&](const Quantity *q) { return sameValue(*q, stated.quantity); }))
                    values.push_back(&stated.quantity);
            }
        }
        if (valuesOf.size() < 2 || std::any_of(valuesOf.cbegin(), valuesOf.cend(),
                                               [](const auto &e) { return e.second.size() != 1; }))
            continue;
        for (SegmentQuantities &s : all) {
            for (Stated &stated : s.stated) {
                if (stated.quantity.kind == kind)
                    stated.topic = stated.quantity.dimension();
            }
        }
    }
}

// Quantity readers, one per language.
class Readers
{
public:
    explicit Readers(SentenceTokens &tokens)
        : m_tokens(tokens)
    {}

    // The same sentence in many sources (copies of a wire) is read once.
    const std::vector<Stated> &read(const QString &text, const QString &language)
    {
        auto &cache = m_read[language];
        const auto cached = cache.constFind(text);
        if (cached != cache.cend())
            return *cached;
        return *cache.insert(text, readNew(text, language));
    }

private:
    std::vector<Stated> readNew(const QString &text, const QString &language)
    {
        QuantityReader &reader = m_readers.of(language);
        const TokenList &tokens = m_tokens.tokens(text, language);
        std::vector<Stated> out;
        for (Quantity &q : reader.read(tokens)) {
            const Token &first = tokens.at(q.firstToken);
            const Token &last = tokens.at(q.lastToken);
            out.push_back({q, text.mid(first.begin, last.begin + last.length - first.begin),
                           topicOf(q, tokens)});
        }
        return out;
    }

    SentenceTokens &m_tokens;
    PerLanguage<QuantityReader> m_readers;
    std::map<QString, QHash<QString, std::vector<Stated>>> m_read;
};

// A person named with a title just before the name: "Admiral" in "NATO's top officer, Admiral
// Giuseppe Cavo Dragone, said". The name is a run of capitalised words the language's dictionary
// does not know as common words; the title is the capitalised common word just before it that
// names a kind of person: for English, a word WordNet files as a kind of "person" (so "Mr",
// "Monday" and a sentence's first word "Yesterday" are not titles, nor a given name such as
// "John", which WordNet knows only as particular persons); without WordNet, a capitalised common
// word that does not start the sentence (German nouns, "Bürgermeisterin Hart"). In English a
// title may also be written in lower case before a full name ("led by admiral Piet Vandermeer")
// when WordNet files it as an office or a rank: a kind of leader, official, authority or officer
// ("admiral", "mayor"; not "friend" or "reporter").
struct Titled
{
    QString name;  // the name's last word, folded: what the two sources must share
    QString title; // as written
    QString key;   // folded
};

class TitleReader
{
public:
    explicit TitleReader(SentenceTokens &tokens)
        : m_tokens(tokens)
    {}

    const std::vector<Titled> &read(const QString &text, const QString &language)
    {
        auto &cache = m_read[language];
        const auto cached = cache.find(text);
        if (cached != cache.end())
            return cached->second;
        return cache.emplace(text, readNew(text, language)).first->second;
    }

private:
    enum class Person : quint8 { No, Person, Office };

    std::vector<Titled> readNew(const QString &text, const QString &language)
    {
        const Lexicon &lexicon = Lexicon::forLanguage(language);
        if (!lexicon.hasDictionary())
            return {}; // names cannot be told from common words
        const TokenList &tokens = m_tokens.tokens(text, language);
        auto capitalised = [&](qsizetype i) {
            const Token &t = tokens.at(i);
            return t.isWord() && t.text.front().isUpper();
        };
        auto adjacent = [&](qsizetype i) { // token i is one space after token i - 1
            return tokens.at(i).begin == tokens.at(i - 1).begin + tokens.at(i - 1).length + 1;
        };
        std::vector<Titled> out;
        qsizetype i = 0;
        while (i < tokens.size()) {
            if (!capitalised(i)) {
                ++i;
                continue;
            }
            // A run of capitalised words one space apart: "U.S. Army General Alexus Grynkewich"
            // ends in "Army General Alexus Grynkewich".
            qsizetype last = i;
            while (last + 1 < tokens.size() && capitalised(last + 1) && adjacent(last + 1))
                ++last;
            // The name's last word must not be a common word, unless the name has two words or
            // more ("President Donald Trump").
            auto named = [&](qsizetype title) {
                return !common(lexicon, tokens.at(last)) || last - title >= 2;
            };
            // The title: the last word naming a kind of person, with a name after it.
            bool found = false;
            for (qsizetype t = last - 1; t >= i && !found; --t) {
                if (common(lexicon, tokens.at(t)) &&
                    personWord(tokens.at(t), language, t == 0) != Person::No) {
                    if (named(t))
                        out.push_back(
                            {tokens.at(last).normal, tokens.at(t).text, tokens.at(t).normal});
                    found = true;
                }
            }
            // Or an office in lower case just before a full name (two words or more).
            const qsizetype before = i - 1;
            if (!found && last > i && before >= 0 && adjacent(i) && tokens.at(before).isWord() &&
                !capitalised(before) && language == u"en" && named(before) &&
                personWord(tokens.at(before), language, false) == Person::Office)
                out.push_back(
                    {tokens.at(last).normal, tokens.at(before).text, tokens.at(before).normal});
            i = last + 1;
        }
        return out;
    }

    bool common(const Lexicon &lexicon, const Token &token)
    {
        const auto it = m_common.constFind(token.text);
        if (it != m_common.cend())
            return *it;
        const bool known = lexicon.isCommonWord(token.text);
        m_common.insert(token.text, known);
        return known;
    }

    Person personWord(const Token &token, const QString &language, bool firstWord)
    {
        const WordNet &wordnet = WordNet::system();
        if (language != u"en" || !wordnet.isAvailable())
            return firstWord ? Person::No : Person::Person;
        const auto it = m_person.constFind(token.normal);
        if (it != m_person.cend())
            return *it;
        if (m_personSynsets.empty()) {
            m_personSynsets = wordnet.synsets(QStringLiteral("person"), 1);
            for (const char *office : {"leader", "official", "authority", "officer"}) {
                const std::vector<quint64> senses = wordnet.synsets(QString::fromLatin1(office), 3);
                m_officeSynsets.insert(senses.cbegin(), senses.cend());
            }
        }
        // The word's most frequent noun senses, and the classes they are kinds of, up to
        // "person" (instances do not count: a given name is a particular person).
        std::vector<quint64> senses = wordnet.synsets(token.normal, 3);
        bool person = false;
        bool office = false;
        std::set<quint64> seen;
        for (int depth = 0; depth < 16 && !senses.empty() && !(person && office); ++depth) {
            for (quint64 s : senses) {
                office = office || m_officeSynsets.count(s) > 0;
                person = person || std::find(m_personSynsets.cbegin(), m_personSynsets.cend(), s) !=
                                       m_personSynsets.cend();
            }
            std::vector<quint64> next;
            for (quint64 s : wordnet.hypernyms(senses, false)) {
                if (seen.insert(s).second)
                    next.push_back(s);
            }
            senses = std::move(next);
        }
        const Person kind = !person ? Person::No : office ? Person::Office : Person::Person;
        m_person.insert(token.normal, kind);
        return kind;
    }

    SentenceTokens &m_tokens;
    // Node-based: callers keep pointers to the titles read while they read more.
    std::map<QString, std::unordered_map<QString, std::vector<Titled>>> m_read;
    QHash<QString, bool> m_common;
    QHash<QString, Person> m_person;
    std::vector<quint64> m_personSynsets;
    std::set<quint64> m_officeSynsets;
};

// Two titles name the same office when one abbreviates the other ("Gen", "General") or they
// are one word.
bool sameTitle(const QString &a, const QString &b)
{
    return a.startsWith(b) || b.startsWith(a);
}

// The title conflicts of one unit: one person, named with different titles by different
// sources ("Admiral" / "General").
void titleConflicts(qsizetype unitIndex, const Unit &unit, const QList<Article> &articles,
                    const Comparison &comparison, TitleReader &reader, QList<Conflict> *out)
{
    struct Stating
    {
        qsizetype source;
        qsizetype segment;
        const Titled *titled;
    };
    std::map<QString, std::vector<Stating>> byName;
    for (const qsizetype segment : unit.segments) {
        const qsizetype source = comparison.sourceOf(segment);
        const Article &article = articles.at(source);
        const Sentence &sentence = article.sentences.at(comparison.sentenceOf(segment));
        for (const Titled &titled : reader.read(sentence.text, article.metadata.language))
            byName[titled.name].push_back({source, segment, &titled});
    }
    for (const auto &entry : byName) {
        // The distinct titles, by their folded form (an abbreviation joins the full word).
        std::vector<std::pair<QString, ConflictSide>> titles;
        for (const Stating &s : entry.second) {
            auto it = std::find_if(titles.begin(), titles.end(), [&](const auto &t) {
                return sameTitle(t.first, s.titled->key);
            });
            if (it == titles.end()) {
                titles.push_back({s.titled->key, ConflictSide{s.titled->title, {}, {}}});
                it = titles.end() - 1;
            }
            if (!it->second.sources.contains(s.source))
                it->second.sources.append(s.source);
            it->second.segments.append(s.segment);
        }
        if (titles.size() < 2)
            continue;
        // Different sources must disagree: one source giving two titles is not a conflict.
        std::set<qsizetype> sources;
        for (const auto &t : titles)
            sources.insert(t.second.sources.cbegin(), t.second.sources.cend());
        if (sources.size() < 2)
            continue;
        std::sort(titles.begin(), titles.end(),
                  [](const auto &x, const auto &y) { return x.first < y.first; });
        Conflict conflict;
        conflict.unit = unitIndex;
        conflict.dimension = QStringLiteral("title");
        for (auto &t : titles) {
            std::sort(t.second.sources.begin(), t.second.sources.end());
            std::sort(t.second.segments.begin(), t.second.segments.end());
            conflict.sides.append(t.second);
        }
        out->append(conflict);
    }
}

// The ways the sources write one value, each with the sources that write it so.
using Wordings = std::map<QString, std::set<qsizetype>>;

// The way a conflict shows a value: the one most sources write, then the shorter, then the first
// in text order; the same whatever the order of the sources and the base.
QString commonestWording(const Wordings &written)
{
    QString best;
    size_t most = 0;
    for (const auto &[text, sources] : written) {
        if (sources.size() > most || (sources.size() == most && text.size() < best.size())) {
            best = text;
            most = sources.size();
        }
    }
    return best;
}

// What a side of a conflict shows: each of its values as most of its sources write it, in the
// order of their keys ("$5-6 million / $5.5 million").
QString sideValue(const std::vector<Wordings> &values)
{
    QStringList shown;
    for (const Wordings &written : values) {
        const QString value = commonestWording(written);
        if (!value.isEmpty() && !shown.contains(value))
            shown.append(value);
    }
    return shown.join(QStringLiteral(" / "));
}

} // namespace

std::vector<Wording> distinctWordings(const Unit &unit, const QList<Article> &articles,
                                      const Comparison &comparison, SentenceTokens &tokens)
{
    std::vector<Wording> wordings;
    for (const qsizetype segment : unit.segments) {
        const qsizetype source = comparison.sourceOf(segment);
        const Article &article = articles.at(source);
        const QString &text = article.sentences.at(comparison.sentenceOf(segment)).text;
        auto it = std::find_if(wordings.begin(), wordings.end(),
                               [&](const Wording &w) { return w.text == text; });
        if (it == wordings.end()) {
            wordings.push_back({text, article.metadata.language, {}, {}, nullptr});
            it = wordings.end() - 1;
        }
        if (!it->sources.contains(source))
            it->sources.append(source);
        it->segments.append(segment);
    }
    for (Wording &w : wordings)
        w.tokens = &tokens.tokens(w.text, w.language);
    // Most sources first; ties by text, so the partners do not depend on the input order.
    std::sort(wordings.begin(), wordings.end(), [](const Wording &x, const Wording &y) {
        return x.sources.size() != y.sources.size() ? x.sources.size() > y.sources.size()
                                                    : x.text < y.text;
    });
    return wordings;
}

bool sameSources(const Wording &a, const Wording &b)
{
    return std::all_of(a.sources.cbegin(), a.sources.cend(),
                       [&](qsizetype s) { return b.sources.contains(s); });
}

ConflictSide sideOf(const std::vector<Wording> &wordings, const std::set<size_t> &members,
                    const QString &value)
{
    ConflictSide side;
    side.value = value;
    for (const size_t w : members) {
        for (const qsizetype source : wordings[w].sources) {
            if (!side.sources.contains(source))
                side.sources.append(source);
        }
        side.segments.append(wordings[w].segments);
    }
    std::sort(side.sources.begin(), side.sources.end());
    std::sort(side.segments.begin(), side.segments.end());
    return side;
}

QList<Conflict> findConflicts(const QList<Article> &articles, const Comparison &comparison)
{
    QList<Conflict> out;
    SentenceTokens tokens;
    Readers readers(tokens);
    TitleReader titles(tokens);
    for (qsizetype u = 0; u < comparison.units.size(); ++u) {
        const Unit &unit = comparison.units.at(u);
        if (unit.sources.size() < 2)
            continue;
        const qsizetype unitStart = out.size();
        titleConflicts(u, unit, articles, comparison, titles, &out);
        negationConflicts(u, unit, articles, comparison, tokens, &out);
        QList<Conflict> names;
        nameConflicts(u, unit, articles, comparison, tokens, &names);
        std::vector<SegmentQuantities> all;
        for (const qsizetype segment : unit.segments) {
            const qsizetype source = comparison.sourceOf(segment);
            const Article &article = articles.at(source);
            const Sentence &sentence = article.sentences.at(comparison.sentenceOf(segment));
            all.push_back(
                {segment, source, readers.read(sentence.text, article.metadata.language)});
        }
        loneValuesMeet(all);
        // Per dimension: its distinct values, and the set of them each sentence states.
        std::map<QString, std::vector<const Stated *>> values;
        std::vector<std::map<QString, std::vector<int>>> statedBy(all.size());
        for (size_t i = 0; i < all.size(); ++i) {
            for (const Stated &stated : all[i].stated) {
                auto &reps = values[stated.topic];
                auto it = std::find_if(reps.cbegin(), reps.cend(), [&](const Stated *r) {
                    return sameValue(r->quantity, stated.quantity);
                });
                if (it == reps.cend()) {
                    reps.push_back(&stated);
                    it = reps.cend() - 1;
                }
                auto &set = statedBy[i][stated.topic];
                const int id = int(it - reps.cbegin());
                if (std::find(set.cbegin(), set.cend(), id) == set.cend())
                    set.push_back(id);
            }
        }
        // One fact followed by different words ("32 defence chiefs" / "31 military chiefs" in
        // two pairs of sources) is one conflict: conflicts with the same values join.
        std::map<std::pair<QString, std::vector<QString>>, qsizetype> byValues;
        std::map<qsizetype, std::vector<std::vector<Wordings>>>
            waysOf; // per conflict in `out`, per side, per value
        for (const auto &entry : values) {
            // Named, not structured bindings: clang's lambdas cannot capture those.
            const QString &topic = entry.first;
            const std::vector<const Stated *> &reps = entry.second;
            if (reps.size() < 2)
                continue;
            // Sources with the same set of values. A source's set is what all its sentences in
            // the unit state: a source that gives both values (the toll "was 12" and "rose to
            // 15", or a date and a later weekday in two sentences) contradicts neither.
            std::map<qsizetype, std::vector<int>> setOf;
            for (size_t i = 0; i < all.size(); ++i) {
                const auto it = statedBy[i].find(topic);
                if (it == statedBy[i].end())
                    continue;
                std::vector<int> &set = setOf[all[i].source];
                set.insert(set.end(), it->second.cbegin(), it->second.cend());
            }
            std::map<std::vector<int>, std::vector<qsizetype>> bySet;
            for (auto &[source, set] : setOf) {
                std::sort(set.begin(), set.end());
                set.erase(std::unique(set.begin(), set.end()), set.end());
                bySet[set].push_back(source);
            }
            // Two sets disagree when each holds a value the other lacks (their sources differ:
            // each source has one set).
            std::vector<bool> disputed(reps.size(), false);
            for (auto a = bySet.cbegin(); a != bySet.cend(); ++a) {
                for (auto b = std::next(a); b != bySet.cend(); ++b) {
                    std::vector<int> onlyA;
                    std::vector<int> onlyB;
                    std::set_difference(a->first.cbegin(), a->first.cend(), b->first.cbegin(),
                                        b->first.cend(), std::back_inserter(onlyA));
                    std::set_difference(b->first.cbegin(), b->first.cend(), a->first.cbegin(),
                                        a->first.cend(), std::back_inserter(onlyB));
                    if (onlyA.empty() || onlyB.empty())
                        continue;
                    bool contradicted = false;
                    for (const int x : onlyA) {
                        for (const int y : onlyB)
                            contradicted = contradicted || conflicts(reps[size_t(x)]->quantity,
                                                                     reps[size_t(y)]->quantity);
                    }
                    if (!contradicted)
                        continue;
                    for (const int x : onlyA)
                        disputed[size_t(x)] = true;
                    for (const int y : onlyB)
                        disputed[size_t(y)] = true;
                }
            }
            std::vector<size_t> disputedReps;
            for (size_t v = 0; v < reps.size(); ++v) {
                if (disputed[v])
                    disputedReps.push_back(v);
            }
            std::sort(disputedReps.begin(), disputedReps.end(), [&](size_t x, size_t y) {
                return reps[x]->quantity.key() < reps[y]->quantity.key();
            });
            // Values that agree are one side: "$5-6 million" and "$5.5 million" against "$7
            // million". A value joins the first side it agrees with whole.
            std::vector<std::vector<size_t>> sides;
            for (const size_t v : disputedReps) {
                auto agrees = [&](size_t m) {
                    return !conflicts(reps[v]->quantity, reps[m]->quantity) &&
                           !conflicts(reps[m]->quantity, reps[v]->quantity);
                };
                auto side = std::find_if(sides.begin(), sides.end(), [&](const auto &members) {
                    return std::all_of(members.cbegin(), members.cend(), agrees);
                });
                if (side == sides.end())
                    sides.push_back({v});
                else
                    side->push_back(v);
            }
            if (sides.size() < 2)
                continue;
            Conflict conflict;
            conflict.unit = u;
            std::vector<std::vector<Wordings>> ways; // per side, per value
            // "money" when the sides name different currencies.
            conflict.dimension = reps[sides.front().front()]->quantity.dimension();
            for (const std::vector<size_t> &members : sides) {
                ConflictSide side;
                std::vector<Wordings> &written = ways.emplace_back(members.size());
                for (size_t k = 0; k < members.size(); ++k) {
                    const size_t v = members[k];
                    if (reps[v]->quantity.dimension() != conflict.dimension)
                        conflict.dimension = topic;
                    for (size_t i = 0; i < all.size(); ++i) {
                        const auto it = statedBy[i].find(topic);
                        if (it == statedBy[i].end() ||
                            std::find(it->second.cbegin(), it->second.cend(), int(v)) ==
                                it->second.cend())
                            continue;
                        for (const Stated &t : all[i].stated) {
                            if (sameValue(t.quantity, reps[v]->quantity))
                                written[k][t.text].insert(all[i].source);
                        }
                        if (!side.sources.contains(all[i].source))
                            side.sources.append(all[i].source);
                        side.segments.append(all[i].segment);
                    }
                }
                std::sort(side.sources.begin(), side.sources.end());
                std::sort(side.segments.begin(), side.segments.end());
                side.segments.erase(std::unique(side.segments.begin(), side.segments.end()),
                                    side.segments.end());
                side.value = sideValue(written);
                conflict.sides.append(side);
            }
            std::vector<QString> keys;
            for (const std::vector<size_t> &members : sides) {
                QStringList memberKeys;
                for (const size_t v : members)
                    memberKeys.append(reps[v]->quantity.key());
                keys.push_back(memberKeys.join(u' '));
            }
            const auto known = byValues.find({conflict.dimension, keys});
            if (known == byValues.end()) {
                byValues.insert({{conflict.dimension, keys}, out.size()});
                waysOf[out.size()] = std::move(ways);
                out.append(conflict);
                continue;
            }
            Conflict &into = out[known->second];
            std::vector<std::vector<Wordings>> &intoWays = waysOf[known->second];
            for (qsizetype k = 0; k < into.sides.size(); ++k) {
                ConflictSide &side = into.sides[k];
                std::vector<Wordings> &intoSide = intoWays[size_t(k)];
                for (size_t m = 0; m < intoSide.size(); ++m) {
                    for (const auto &[text, sources] : ways[size_t(k)][m])
                        intoSide[m][text].insert(sources.cbegin(), sources.cend());
                }
                side.value = sideValue(intoSide);
                side.sources += conflict.sides.at(k).sources;
                side.segments += conflict.sides.at(k).segments;
                for (QList<qsizetype> *list : {&side.sources, &side.segments}) {
                    std::sort(list->begin(), list->end());
                    list->erase(std::unique(list->begin(), list->end()), list->end());
                }
            }
        }
        // A name that another conflict of the unit already states ("Monday" / "Tuesday" is a
        // weekday, "March" a date) is that conflict, not a second one.
        for (const Conflict &name : std::as_const(names)) {
            const bool stated =
                std::any_of(name.sides.cbegin(), name.sides.cend(), [&](const ConflictSide &n) {
                    for (qsizetype c = unitStart; c < out.size(); ++c) {
                        for (const ConflictSide &side : out.at(c).sides) {
                            if (side.value.contains(n.value, Qt::CaseInsensitive) ||
                                n.value.contains(side.value, Qt::CaseInsensitive))
                                return true;
                        }
                    }
                    return false;
                });
            if (!stated)
                out.append(name);
        }
    }
    return out;
}

} // namespace Parallax
