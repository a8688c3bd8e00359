// Negation conflicts (findConflicts(), dimension "negation"): two sources say the same words, one
// with a negation the other lacks.

#include "conflicts_p.h"
#include "worddiff.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <set>

namespace Parallax {

namespace {

// Words that negate what follows them, by language: a closed class of each grammar (not a list
// made for any story). Compared in normal form (case folded).
bool isNegation(const QString &normal, const QString &language)
{
    static const QHash<QString, QStringList> words{
        {QStringLiteral("en"),
         {QStringLiteral("not"), QStringLiteral("never"), QStringLiteral("no")}},
        {QStringLiteral("de"),
         {QStringLiteral("nicht"), QStringLiteral("nie"), QStringLiteral("niemals"),
          QStringLiteral("kein"), QStringLiteral("keine"), QStringLiteral("keinen"),
          QStringLiteral("keinem"), QStringLiteral("keiner"), QStringLiteral("keines")}},
        {QStringLiteral("fr"), {QStringLiteral("pas"), QStringLiteral("jamais")}},
        {QStringLiteral("es"), {QStringLiteral("no"), QStringLiteral("nunca")}},
        {QStringLiteral("it"), {QStringLiteral("non"), QStringLiteral("mai")}},
        {QStringLiteral("pt"), {QStringLiteral("não"), QStringLiteral("nunca")}},
        {QStringLiteral("nl"),
         {QStringLiteral("niet"), QStringLiteral("nooit"), QStringLiteral("geen")}},
        {QStringLiteral("ru"), {QStringLiteral("не"), QStringLiteral("ни"), QStringLiteral("нет")}},
        {QStringLiteral("uk"), {QStringLiteral("не"), QStringLiteral("ні")}},
        {QStringLiteral("pl"), {QStringLiteral("nie")}},
    };
    const auto it = words.constFind(language);
    return it != words.cend() && it->contains(normal);
}

// Of two ways of writing one value, the one a conflict shows: the shorter, then the first in
// text order (empty: none yet).
QString shorterWording(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() ? b : a;
    if (a.size() != b.size())
        return a.size() < b.size() ? a : b;
    return std::min(a, b);
}

// A negation found in one diff span between two wordings (token indices, -1 when none): the
// negation word, the word it negates, that word in the affirming wording, and where the negated
// phrase starts when it starts before both (an auxiliary: "did not survive").
struct Negated
{
    qsizetype negation = -1;
    qsizetype word = -1;
    qsizetype affirmed = -1;
    qsizetype from = -1;
    qsizetype affirmedFrom = -1; // where the affirming wording's side begins; -1: at affirmed
};

// Short words after a negation ("niet de hoge", "pas la"): a side goes on through them to the
// first longer word, so that it says what is negated.
constexpr qsizetype kShortWord = 3;          // letters
constexpr qsizetype kWordsAfterNegation = 3; // short words a side goes on through

// Words negating in `language`: the closed class of isNegation(), and in English the clitic of
// a contracted auxiliary ("didn't", "won't").
bool negates(const Token &token, const QString &language)
{
    return isNegation(token.normal, language) ||
           (language == u"en" && token.normal.endsWith(QLatin1String("n't")));
}

// Inserted negation words only, between words both wordings share: "will not attend" against
// "will attend" (the word after), or "überlebte nicht," against "überlebte," (the word before,
// where the clause ends after the negation).
Negated insertedNegation(const TokenList &at, const TokenList &nt, const DiffSpan &before,
                         const DiffSpan &span, const DiffSpan &after, const QString &language)
{
    for (qsizetype t = span.bFirstToken; t <= span.bLastToken; ++t) {
        if (!negates(nt.at(t), language))
            return {};
    }
    if (after.bFirstToken < nt.size() && nt.at(after.bFirstToken).isWord() &&
        after.aFirstToken < at.size()) {
        qsizetype k = 0;
        while (k < kWordsAfterNegation && after.bFirstToken + k < after.bLastToken &&
               nt.at(after.bFirstToken + k).isWord() &&
               nt.at(after.bFirstToken + k).text.size() <= kShortWord &&
               nt.at(after.bFirstToken + k + 1).isWord())
            ++k;
        return {span.bFirstToken, after.bFirstToken + k, after.aFirstToken + k, -1,
                after.aFirstToken};
    }
    if (before.bLastToken >= 0 && nt.at(before.bLastToken).isWord() && before.aLastToken >= 0)
        return {span.bFirstToken, before.bLastToken, before.aLastToken, -1};
    return {};
}

// A word replaced by at most two auxiliaries, a negation and the same word (its stem):
// "survived" against "did not survive", "didn't survive", "has never survived".
Negated changedToNegation(const TokenList &at, const TokenList &nt, const DiffSpan &span,
                          const QString &language)
{
    constexpr qsizetype kAuxiliaries = 2;
    if (span.aFirstToken != span.aLastToken || !at.at(span.aFirstToken).isWord())
        return {};
    const Token &affirmed = at.at(span.aFirstToken);
    const Token &last = nt.at(span.bLastToken);
    if (!last.isWord() || negates(last, language) ||
        (last.stem != affirmed.stem && !isSpellingVariant(last, affirmed)))
        return {};
    qsizetype negation = -1;
    qsizetype others = 0;
    for (qsizetype t = span.bFirstToken; t < span.bLastToken; ++t) {
        if (negates(nt.at(t), language)) {
            if (negation < 0)
                negation = t;
        } else if (!nt.at(t).isWord() || negation >= 0 || ++others > kAuxiliaries) {
            return {}; // only auxiliaries before the negation, nothing between it and the word
        }
    }
    if (negation < 0)
        return {};
    return {negation, span.bLastToken, span.aFirstToken, span.bFirstToken};
}

} // namespace

// The negation conflicts of one unit: two sources say the same words, one with a negation the
// other lacks ("will attend" / "will not attend"). Found in the word diff of two sentences: an
// inserted run of negation words only, between words both share. Each distinct wording is
// compared with at most kConflictPartners others, so a unit of many sources stays cheap.
void negationConflicts(qsizetype unitIndex, const Unit &unit, const QList<Article> &articles,
                       const Comparison &comparison, SentenceTokens &tokens, QList<Conflict> *out)
{
    std::vector<Wording> wordings = distinctWordings(unit, articles, comparison, tokens);
    if (wordings.size() < 2)
        return;
    std::vector<bool> negating(wordings.size(), false);
    for (size_t w = 0; w < wordings.size(); ++w) {
        for (const Token &t : *wordings[w].tokens)
            negating[w] = negating[w] || negates(t, wordings[w].language);
    }
    // Per negated phrase ("not attend"): the wordings that negate and those that do not.
    struct Dispute
    {
        QString negated;     // as written by a negating wording (shorterWording())
        QString affirmative; // as written by an affirming wording
        std::set<size_t> negating;
        std::set<size_t> affirming;
    };
    std::map<QString, Dispute> disputes;
    for (size_t n = 0; n < wordings.size(); ++n) {
        if (!negating[n])
            continue;
        size_t partners = 0;
        for (size_t a = 0; a < wordings.size() && partners < kConflictPartners; ++a) {
            if (a == n || wordings[a].language != wordings[n].language)
                continue;
            ++partners;
            if (sameSources(wordings[a], wordings[n]))
                continue; // one source's own two wordings
            const TokenList &at = *wordings[a].tokens;
            const TokenList &nt = *wordings[n].tokens;
            const QList<DiffSpan> diff = wordDiff(at, nt);
            const QString &language = wordings[n].language;
            for (qsizetype d = 1; d + 1 < diff.size(); ++d) {
                const DiffSpan &span = diff.at(d);
                if ((span.kind != DiffSpan::Kind::Insert && span.kind != DiffSpan::Kind::Change) ||
                    diff.at(d - 1).kind != DiffSpan::Kind::Equal ||
                    diff.at(d + 1).kind != DiffSpan::Kind::Equal)
                    continue;
                // The same words go on after the negation, at least two of them: "has not yet
                // indicated" and "has yet to confirm" say the same.
                const DiffSpan &after = diff.at(d + 1);
                qsizetype sharedWords = 0;
                for (qsizetype t = after.bFirstToken; t <= after.bLastToken; ++t)
                    sharedWords += nt.at(t).isWord() ? 1 : 0;
                if (sharedWords < 2)
                    continue;
                const Negated found =
                    span.kind == DiffSpan::Kind::Insert
                        ? insertedNegation(at, nt, diff.at(d - 1), span, after, language)
                        : changedToNegation(at, nt, span, language);
                if (found.negation < 0)
                    continue;
                const Token &negation = nt.at(found.negation);
                const Token &word = nt.at(found.word);
                const QString key = negation.normal + u' ' + word.normal;
                Dispute &dispute = disputes[key];
                // Written as the sources write it, the same whatever their order.
                const qsizetype begin = found.from >= 0 ? nt.at(found.from).begin
                                                        : std::min(negation.begin, word.begin);
                const qsizetype end =
                    std::max(negation.begin + negation.length, word.begin + word.length);
                dispute.negated =
                    shorterWording(dispute.negated, wordings[n].text.mid(begin, end - begin));
                const Token &affirmed = at.at(found.affirmed);
                const Token &affirmedFirst =
                    at.at(found.affirmedFrom >= 0 ? found.affirmedFrom : found.affirmed);
                dispute.affirmative = shorterWording(
                    dispute.affirmative,
                    wordings[a].text.mid(affirmedFirst.begin,
                                         affirmed.begin + affirmed.length - affirmedFirst.begin));
                dispute.negating.insert(n);
                dispute.affirming.insert(a);
            }
        }
    }
    for (const auto &entry : disputes) {
        const Dispute &dispute = entry.second;
        Conflict conflict;
        conflict.unit = unitIndex;
        conflict.dimension = QStringLiteral("negation");
        conflict.sides = {sideOf(wordings, dispute.affirming, dispute.affirmative),
                          sideOf(wordings, dispute.negating, dispute.negated)};
        out->append(conflict);
    }
}

} // namespace Parallax
