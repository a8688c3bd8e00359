#include "additionfinder.h"

#include "parallel.h"
#include "quantity.h"
#include "worddiff.h"

#include <algorithm>
#include <unordered_set>

namespace Parallax {

namespace {

constexpr double kMatchCovered = 0.4; // a counterpart at least this good covers a word
constexpr size_t kCompareMembers = 8; // counterparts compared word by word

} // namespace

// The information-bearing words of a sentence with no counterpart in the others: names,
// numbers, quoted words and content words. A content word that replaces another content word in
// the diff is rewording, not an addition; a name or number is a fact either way, and counts as
// carried when any fact source states it anywhere.
QList<Addition> AdditionFinder::additionsFor(qsizetype source, qsizetype k,
                                             const Counterparts &counterparts) const
{
    const int sentence = m_aligner.m_sources[size_t(source)].model[size_t(k)];
    const qsizetype segment = m_aligner.m_segmentOfModel[size_t(sentence)];
    const QString &text = m_aligner.m_model.text(sentence);
    QList<Addition> out;
    if (!counterparts.whole) {
        out.append(Addition{source, segment, 0, text.size(), text});
        return out;
    }
    const std::vector<int> &others = counterparts.sentences;
    const TokenList &tokens = m_aligner.m_model.tokens(sentence);
    const auto &terms = m_aligner.m_model.terms(sentence);
    const double functionWeight = m_aligner.m_model.functionWordWeight();

    // The counterpart most like this sentence, for telling rewording from insertion.
    int closest = others.empty() ? sentence : others.front();
    double closestScore = -1;
    for (size_t o = 0; o < std::min(others.size(), size_t(Aligner::kRepresentatives + 1)); ++o) {
        const int other = others[o];
        const double score = m_aligner.sentenceScore(sentence, other); // cached by the aligner
        if (score > closestScore) {
            closestScore = score;
            closest = other;
        }
    }
    std::vector<char> replaced(size_t(tokens.size()), 0);
    for (const DiffSpan &span : wordDiff(m_aligner.m_model.tokens(closest), tokens)) {
        if (span.kind != DiffSpan::Kind::Change)
            continue;
        bool otherHasContent = false;
        for (const SimilarityModel::Term &t : m_aligner.m_model.terms(closest)) {
            if (t.token >= span.aFirstToken && t.token <= span.aLastToken &&
                t.weight > functionWeight)
                otherHasContent = true;
        }
        if (!otherHasContent)
            continue;
        for (qsizetype t = span.bFirstToken; t <= span.bLastToken; ++t)
            replaced[size_t(t)] = 1;
    }

    auto coveredBy = [&](const SimilarityModel::Term &term, int other) {
        for (const SimilarityModel::Term &o : m_aligner.m_model.terms(other)) {
            if (m_aligner.m_model.termMatch(term, o) >= kMatchCovered)
                return true;
        }
        return false;
    };
    std::vector<char> isAdded(size_t(tokens.size()), 0);
    for (const SimilarityModel::Term &term : terms) {
        if (term.flags & SimilarityModel::Honorific)
            continue; // "Mr" before a name the others give without it
        const bool fact = term.flags & (SimilarityModel::Number | SimilarityModel::Name);
        const bool content =
            (term.weight > functionWeight && !m_aligner.m_model.isCommon(term)) || fact;
        if (!content)
            continue;
        bool covered = counterparts.holdsStem && counterparts.holdsStem(term.stem);
        for (int other : others)
            covered = covered || coveredBy(term, other);
        if (covered)
            continue;
        // A value where an aligned sentence states another of the same quantity ("31" /
        // "32 member states", "Tuesday" / "Wednesday") is a conflict, listed as such; one that
        // fits a bound or range there ("62" / "more than 60") is no new fact.
        if ((term.flags & SimilarityModel::Number) && changedValue(term, terms, others))
            continue;
        if (fact) {
            for (qsizetype s : counterparts.factSources) {
                if (sourceStates(s, term)) {
                    covered = true;
                    break;
                }
            }
            if (covered)
                continue;
        }
        // A word that replaces another is rewording, inside a quotation too (a quotation
        // worded differently is an altered quote, not new information).
        if (!fact && replaced[size_t(term.token)])
            continue;
        for (qsizetype t = term.token; t <= term.token + term.extent; ++t)
            isAdded[size_t(t)] = 1; // a quantity with all its words
    }
    // Spans: runs of added words, joined across the function words and punctuation between
    // them ("the Jordanian foreign minister").
    std::vector<char> content(size_t(tokens.size()), 0);
    for (const SimilarityModel::Term &term : terms) {
        content[size_t(term.token)] =
            term.weight > functionWeight ||
            (term.flags & (SimilarityModel::Number | SimilarityModel::Name));
    }
    qsizetype t = 0;
    while (t < tokens.size()) {
        if (!isAdded[size_t(t)]) {
            ++t;
            continue;
        }
        qsizetype last = t;
        for (qsizetype u = t + 1; u < tokens.size(); ++u) {
            if (isAdded[size_t(u)])
                last = u;
            else if (content[size_t(u)])
                break;
        }
        // One lone content word in a matched sentence ("firmly", "aware") is emphasis or
        // rewording more often than news; a name or a quantity is a fact on its own.
        bool lone = true;
        int contentWords = 0;
        for (const SimilarityModel::Term &term : terms) {
            if (term.token < t || term.token > last)
                continue;
            if (term.flags & (SimilarityModel::Number | SimilarityModel::Name))
                lone = false;
            contentWords += isAdded[size_t(term.token)];
        }
        lone = lone && contentWords < 2;
        const qsizetype start = tokens.at(t).begin;
        const qsizetype end = tokens.at(last).begin + tokens.at(last).length;
        if (lone) {
            t = last + 1;
            continue;
        }
        out.append(Addition{source, segment, start, end, text.mid(start, end - start)});
        t = last + 1;
    }
    return out;
}

bool AdditionFinder::changedValue(const SimilarityModel::Term &term,
                                  const std::vector<SimilarityModel::Term> &terms,
                                  const std::vector<int> &others) const
{
    const SimilarityModel &model = m_aligner.m_model;
    const Quantity *q = model.quantity(term);
    if (!q)
        return false;
    // A bare number, rank or share is the same quantity only when it counts the same thing:
    // the word right after it matches ("32 member states" / "31 member states"), or at the end
    // of the sentence the word before it ("12 to 3" / "11 to 4"), as findConflicts() reads it.
    const bool bare = q->kind == Quantity::Kind::Count || q->kind == Quantity::Kind::Ordinal ||
                      q->kind == Quantity::Kind::Percent;
    auto counted = [](const std::vector<SimilarityModel::Term> &list,
                      const SimilarityModel::Term &number) -> const SimilarityModel::Term * {
        const SimilarityModel::Term *before = nullptr;
        for (const SimilarityModel::Term &t : list) {
            if (t.token > number.token + number.extent)
                return (t.flags & SimilarityModel::Number) ? nullptr : &t;
            if (t.token < number.token)
                before = (t.flags & SimilarityModel::Number) ? nullptr : &t;
        }
        return before;
    };
    // The one count or share of its sentence against the one of an aligned sentence is a
    // changed value whatever words follow them, as findConflicts() reads it.
    auto loneValue = [&](const std::vector<SimilarityModel::Term> &list,
                         Quantity::Kind kind) -> const Quantity * {
        const Quantity *found = nullptr;
        for (const SimilarityModel::Term &t : list) {
            const Quantity *v = (t.flags & SimilarityModel::Number) ? model.quantity(t) : nullptr;
            if (!v || v->kind != kind || (found && sameValue(*found, *v)))
                continue;
            if (found)
                return nullptr;
            found = v;
        }
        return found;
    };
    if ((q->kind == Quantity::Kind::Count || q->kind == Quantity::Kind::Percent) &&
        loneValue(terms, q->kind)) {
        for (int other : others) {
            const Quantity *p = loneValue(model.terms(other), q->kind);
            if (p && (conflicts(*q, *p) || restates(*q, *p)))
                return true;
        }
    }
    const SimilarityModel::Term *mine = bare ? counted(terms, term) : nullptr;
    if (bare && !mine)
        return false;
    for (int other : others) {
        const auto &theirs = model.terms(other);
        for (const SimilarityModel::Term &o : theirs) {
            const Quantity *p = (o.flags & SimilarityModel::Number) ? model.quantity(o) : nullptr;
            if (!p || !(conflicts(*q, *p) || restates(*q, *p)))
                continue;
            if (!bare)
                return true;
            const SimilarityModel::Term *their = counted(theirs, o);
            if (their && model.termMatch(*mine, *their) >= kMatchCovered)
                return true;
        }
    }
    return false;
}

bool AdditionFinder::sourceStates(qsizetype source, const SimilarityModel::Term &term) const
{
    const auto &stems = m_sourceStems[size_t(source)];
    if (stems.count(term.stem))
        return true;
    // A number matches only the same value (its stem); a word may match a synonym or a
    // spelling variant: one term per distinct word of the source is enough to look at.
    if (term.flags & SimilarityModel::Number)
        return false;
    for (const SimilarityModel::Term &o : m_sourceWords[size_t(source)]) {
        if (m_aligner.m_model.termMatch(term, o) >= kMatchCovered)
            return true;
    }
    return false;
}

void AdditionFinder::find(Comparison &result)
{
    m_sourceStems.assign(m_aligner.m_sources.size(), {});
    m_sourceWords.assign(m_aligner.m_sources.size(), {});
    for (size_t s = 0; s < m_aligner.m_sources.size(); ++s) {
        std::unordered_set<int> lemmas;
        for (int sentence : m_aligner.m_sources[s].model) {
            for (const SimilarityModel::Term &term : m_aligner.m_model.terms(sentence)) {
                ++m_sourceStems[s][term.stem];
                if (!(term.flags & SimilarityModel::Number) && lemmas.insert(term.lemma).second)
                    m_sourceWords[s].push_back(term);
            }
        }
    }
    // Per unit, which sources hold each stem (the first two distinct ones are enough to know
    // whether a source other than a given one does).
    std::vector<std::unordered_map<int, std::pair<qsizetype, qsizetype>>> unitStems(
        m_aligner.m_units.size());
    for (size_t u = 0; u < m_aligner.m_units.size(); ++u) {
        for (int member : m_aligner.m_units[u].members) {
            const qsizetype source = m_aligner.m_sourceOfModel[size_t(member)];
            for (const SimilarityModel::Term &term : m_aligner.m_model.terms(member)) {
                auto [it, inserted] = unitStems[u].try_emplace(term.stem, source, -1);
                if (!inserted && it->second.first != source && it->second.second < 0)
                    it->second.second = source;
            }
        }
    }
    // Names and numbers are looked for in every other source while that stays cheap; with
    // many sources, in the aligned sentences only.
    const bool scanDocuments = m_aligner.m_sources.size() <= 64;
    // Sources on every core: the model's caches are only read meanwhile (each thread computes
    // what they lack), and each source's additions are kept apart, then listed in source order.
    const qsizetype sources = qsizetype(m_aligner.m_sources.size());
    std::vector<QList<Addition>> added(static_cast<size_t>(sources));
    std::vector<QList<Addition>> addedVsBase(static_cast<size_t>(sources));
    m_aligner.m_model.setCachesFrozen(true);
    parallelFor(sources, workerThreads(), [&](qsizetype s, int) {
        if (m_aligner.cancelled())
            return;
        Counterparts all;
        if (scanDocuments) {
            for (qsizetype o = 0; o < sources; ++o) {
                if (o != s)
                    all.factSources.push_back(o);
            }
        }
        Counterparts base;
        base.factSources = {m_aligner.m_base};
        const Aligner::SourceSentences &source = m_aligner.m_sources[size_t(s)];
        for (size_t k = 0; k < source.model.size(); ++k) {
            const int sentence = source.model[k];
            all.sentences.clear();
            all.whole = false;
            base.sentences.clear();
            base.whole = false;
            const std::vector<int> &units = m_aligner.m_unitsOfModel[size_t(sentence)];
            for (int unit : units) {
                for (int member : m_aligner.m_units[size_t(unit)].members) {
                    const qsizetype memberSource = m_aligner.m_sourceOfModel[size_t(member)];
                    if (memberSource == s)
                        continue;
                    all.whole = true;
                    // A sentence with the same text as one already compared adds nothing.
                    const int type = m_aligner.m_typeOf[size_t(member)];
                    const bool repeated =
                        std::any_of(all.sentences.begin(), all.sentences.end(),
                                    [&](int o) { return m_aligner.m_typeOf[size_t(o)] == type; });
                    if (!repeated && all.sentences.size() < kCompareMembers)
                        all.sentences.push_back(member);
                    if (memberSource == m_aligner.m_base) {
                        base.whole = true;
                        base.sentences.push_back(member);
                    }
                }
            }
            all.holdsStem = [&](int stem) {
                for (int unit : units) {
                    const auto &map = unitStems[size_t(unit)];
                    const auto it = map.find(stem);
                    if (it != map.end() && (it->second.first != s || it->second.second >= 0))
                        return true;
                }
                return false;
            };
            added[size_t(s)].append(additionsFor(s, qsizetype(k), all));
            if (s != m_aligner.m_base)
                addedVsBase[size_t(s)].append(additionsFor(s, qsizetype(k), base));
        }
    });
    m_aligner.m_model.setCachesFrozen(false);
    if (m_aligner.cancelled())
        return;
    for (qsizetype s = 0; s < sources; ++s) {
        result.added.append(added[size_t(s)]);
        result.addedVsBase.append(addedVsBase[size_t(s)]);
    }
}

} // namespace Parallax
