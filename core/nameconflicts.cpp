#include "conflicts_p.h"

#include "lexicon.h"
#include "memoized.h"
#include "worddiff.h"

#include <QHash>

#include <algorithm>

namespace Parallax {

namespace {

// Vowels of the alphabets whose spellings of one name differ mostly in them (transliterations:
// "Kiev" / "Kyiv", "Zelensky" / "Zelenskyy", "Dmitri" / "Dmitry"); compared without marks.
bool isVowel(QChar c)
{
    static const QString vowels = QStringLiteral("aeiouyj"
                                                 "аеёиоуыэюяйъь"
                                                 "αεηιουω");
    return vowels.contains(c);
}

// The consonants of a name, without marks, case folded: what two spellings of it share. Latin
// letters that transliterations of one sound trade are folded together: w/v ("Wolkow" /
// "Volkov"), c/k/q ("Chodorkowski" / "Khodorkovsky"), z/s ("Selenskyj" / "Zelensky"), x as
// "ks"; an h after another consonant only marks the sound ("kh", "sh", "ch") and is dropped,
// as are doubled consonants ("Schmitt" / "Schmit").
QString skeleton(const QString &name)
{
    QString out;
    QChar previous; // the letter before, vowels included: only adjacent doubles fold
    for (const QChar c : name.normalized(QString::NormalizationForm_D).toCaseFolded()) {
        if (!c.isLetter())
            continue;
        QChar folded = c;
        switch (c.unicode()) {
        case 'w':
            folded = u'v';
            break;
        case 'c':
        case 'q':
            folded = u'k';
            break;
        case 'z':
            folded = u's';
            break;
        default:
            break;
        }
        const bool doubled = folded == previous;
        const bool marker = c == u'h' && !previous.isNull() && !isVowel(previous);
        previous = folded;
        if (isVowel(c) || doubled || marker)
            continue;
        if (c == u'x')
            out.append(u'k');
        out.append(c == u'x' ? u's' : folded);
    }
    return out;
}

// A changed run of one wording: its token range, and whether it is a name.
struct Run
{
    qsizetype first = 0;
    qsizetype last = -1;
};

class NameTest
{
public:
    // Whether tokens[first..last] is a name: capitalised words only, none at the start, at most
    // five, one at least unknown to the dictionary as a common word, or listed by it as a name
    // ("Berlin", though "berlin" is a carriage) and not followed by a capitalised word (the
    // dictionary lists titles so too: "Admiral Piet Vandermeer").
    bool isName(const TokenList &tokens, Run run, const Lexicon &lexicon)
    {
        if (run.first <= 0 || run.last < run.first || run.last - run.first >= 5)
            return false;
        const bool beforeName = run.last + 1 < tokens.size() && tokens.at(run.last + 1).isWord() &&
                                tokens.at(run.last + 1).text.front().isUpper();
        bool unknown = false;
        for (qsizetype t = run.first; t <= run.last; ++t) {
            const Token &token = tokens.at(t);
            if (!token.isWord() || !token.text.front().isUpper())
                return false;
            unknown = unknown || !common(lexicon, token.text) ||
                      (!beforeName && listed(lexicon, token.text));
        }
        return unknown;
    }

private:
    bool common(const Lexicon &lexicon, const QString &word)
    {
        return memoized(m_common, word, [&] { return lexicon.isCommonWord(word); });
    }

    bool listed(const Lexicon &lexicon, const QString &word)
    {
        return memoized(m_listed, word, [&] { return lexicon.isListedName(word); });
    }

    QHash<QString, bool> m_common;
    QHash<QString, bool> m_listed;
};

QString textOf(const Wording &w, Run run)
{
    const Token &first = w.tokens->at(run.first);
    const Token &last = w.tokens->at(run.last);
    return w.text.mid(first.begin, last.begin + last.length - first.begin);
}

QString keyOf(const Wording &w, Run run)
{
    QStringList words;
    for (qsizetype t = run.first; t <= run.last; ++t)
        words.append(w.tokens->at(t).normal);
    return words.join(u' ');
}

// Whether two runs are one name written two ways, or one of them is found in the other wording.
bool sameName(const Wording &a, Run ra, const Wording &b, Run rb)
{
    QSet<QString> aWords;
    for (const Token &t : *a.tokens)
        aWords.insert(t.normal);
    QSet<QString> bWords;
    for (const Token &t : *b.tokens)
        bWords.insert(t.normal);
    for (qsizetype t = ra.first; t <= ra.last; ++t) {
        if (bWords.contains(a.tokens->at(t).normal))
            return true;
    }
    for (qsizetype t = rb.first; t <= rb.last; ++t) {
        if (aWords.contains(b.tokens->at(t).normal))
            return true;
    }
    return skeleton(textOf(a, ra)) == skeleton(textOf(b, rb));
}

qsizetype wordsIn(const TokenList &tokens, qsizetype first, qsizetype last)
{
    qsizetype words = 0;
    for (qsizetype t = first; t <= last; ++t)
        words += tokens.at(t).isWord() ? 1 : 0;
    return words;
}

} // namespace

void nameConflicts(qsizetype unitIndex, const Unit &unit, const QList<Article> &articles,
                   const Comparison &comparison, SentenceTokens &tokens, QList<Conflict> *out)
{
    const std::vector<Wording> wordings = distinctWordings(unit, articles, comparison, tokens);
    if (wordings.size() < 2)
        return;
    NameTest test;
    // Per name (its folded words): as the first wording writes it, and the wordings stating it;
    // and which names are disputed against which.
    struct Name
    {
        QString text;
        std::set<size_t> wordings;
    };
    std::map<QString, Name> names;
    std::map<QString, std::set<QString>> against;
    for (size_t a = 0; a < wordings.size(); ++a) {
        const Lexicon &lexicon = Lexicon::forLanguage(wordings[a].language);
        if (!lexicon.hasDictionary())
            continue; // names cannot be told from common words
        size_t partners = 0;
        for (size_t b = a + 1; b < wordings.size() && partners < kConflictPartners; ++b) {
            if (wordings[b].language != wordings[a].language)
                continue;
            ++partners;
            if (sameSources(wordings[a], wordings[b]) || sameSources(wordings[b], wordings[a]))
                continue;
            const TokenList &at = *wordings[a].tokens;
            const TokenList &bt = *wordings[b].tokens;
            const QList<DiffSpan> diff = wordDiff(at, bt);
            // The two must say the same otherwise: two thirds of the longer one's words in
            // common. Loosely aligned sentences swap names for other reasons ("guarantees for
            // Ukraine" / "guarantees for Kyiv" in sentences that differ in most other words).
            qsizetype shared = 0;
            for (const DiffSpan &span : diff) {
                if (span.kind == DiffSpan::Kind::Equal)
                    shared += wordsIn(at, span.aFirstToken, span.aLastToken);
            }
            const qsizetype longer =
                std::max(wordsIn(at, 0, at.size() - 1), wordsIn(bt, 0, bt.size() - 1));
            if (3 * shared < 2 * longer)
                continue;
            for (qsizetype d = 1; d < diff.size(); ++d) {
                const DiffSpan &span = diff.at(d);
                const DiffSpan &before = diff.at(d - 1);
                if (span.kind != DiffSpan::Kind::Change || before.kind != DiffSpan::Kind::Equal)
                    continue;
                const qsizetype wordsBefore = wordsIn(at, before.aFirstToken, before.aLastToken);
                const DiffSpan *after = d + 1 < diff.size() ? &diff.at(d + 1) : nullptr;
                const qsizetype wordsAfter =
                    after && after->kind == DiffSpan::Kind::Equal
                        ? wordsIn(at, after->aFirstToken, after->aLastToken)
                        : 0;
                // Two words the same before it, or one ("Mayor Oskar Lindqvarn said on
                // Friday") when two follow it.
                if (wordsBefore < 2 && (wordsBefore < 1 || wordsAfter < 2))
                    continue;
                // After it: the same word, or the end of both sentences (punctuation only).
                if (after) {
                    const bool sameNext = wordsAfter > 0;
                    const bool bothEnd = wordsIn(at, span.aLastToken + 1, at.size() - 1) == 0 &&
                                         wordsIn(bt, span.bLastToken + 1, bt.size() - 1) == 0;
                    if (!sameNext && !bothEnd)
                        continue;
                }
                const Run ra{span.aFirstToken, span.aLastToken};
                const Run rb{span.bFirstToken, span.bLastToken};
                if (!test.isName(at, ra, lexicon) || !test.isName(bt, rb, lexicon) ||
                    sameName(wordings[a], ra, wordings[b], rb))
                    continue;
                const QString ka = keyOf(wordings[a], ra);
                const QString kb = keyOf(wordings[b], rb);
                Name &na = names[ka];
                if (na.text.isEmpty())
                    na.text = textOf(wordings[a], ra);
                na.wordings.insert(a);
                Name &nb = names[kb];
                if (nb.text.isEmpty())
                    nb.text = textOf(wordings[b], rb);
                nb.wordings.insert(b);
                against[ka].insert(kb);
                against[kb].insert(ka);
            }
        }
    }
    // One conflict per set of names disputed against each other (connected through disputes).
    std::set<QString> done;
    for (const auto &entry : against) {
        if (done.count(entry.first))
            continue;
        std::vector<QString> group;
        std::vector<QString> stack{entry.first};
        while (!stack.empty()) {
            const QString key = stack.back();
            stack.pop_back();
            if (!done.insert(key).second)
                continue;
            group.push_back(key);
            for (const QString &other : against[key])
                stack.push_back(other);
        }
        std::sort(group.begin(), group.end());
        Conflict conflict;
        conflict.unit = unitIndex;
        conflict.dimension = QStringLiteral("name");
        std::set<qsizetype> sources;
        for (const QString &key : group) {
            const Name &name = names[key];
            conflict.sides.append(sideOf(wordings, name.wordings, name.text));
            sources.insert(conflict.sides.last().sources.cbegin(),
                           conflict.sides.last().sources.cend());
        }
        if (sources.size() >= 2 && conflict.sides.size() >= 2)
            out->append(conflict);
    }
}

} // namespace Parallax
