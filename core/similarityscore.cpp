#include "similarity_p.h"

#include <bit>
#include <cmath>

namespace Parallax {

double cosine(const Grams &a, const Grams &b)
{
    double dot = 0, na = 0, nb = 0;
    for (const auto &g : a)
        na += double(g.second) * g.second;
    for (const auto &g : b)
        nb += double(g.second) * g.second;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (i->first < j->first) {
            ++i;
        } else if (j->first < i->first) {
            ++j;
        } else {
            dot += double(i->second) * j->second;
            ++i;
            ++j;
        }
    }
    return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0.0;
}

const Quantity *SimilarityModel::quantity(const Term &term) const
{
    const int index = d->stemQuantity.at(size_t(term.stem));
    return index < 0 ? nullptr : &d->quantities[size_t(index)];
}

double SimilarityModel::termMatch(const Term &a, const Term &b) const
{
    if (a.stem == b.stem || a.lemma == b.lemma)
        return 1.0;
    if ((a.flags | b.flags) & Number) {
        // "20 August" and "Aug. 20, 2025" are one date.
        const Quantity *qa = (a.flags & b.flags & Number) ? quantity(a) : nullptr;
        const Quantity *qb = qa ? quantity(b) : nullptr;
        return qa && qb && sameValue(*qa, *qb) ? 1.0 : 0.0;
    }
    // WordNet relations, found for every pair of words at finalize().
    if (size_t(a.lemma) < d->related.size()) {
        const unsigned bit = Private::relatedBit(b.lemma);
        if (d->relatedBits[size_t(a.lemma)][bit / 64] & (quint64(1) << (bit % 64))) {
            const auto &list = d->related[size_t(a.lemma)];
            const auto it =
                std::lower_bound(list.begin(), list.end(), std::make_pair(b.lemma, 0.0f));
            if (it != list.end() && it->first == b.lemma)
                return it->second;
        }
    } else if (const double wordnet = wordNetMatch(a.lemma, b.lemma); wordnet > 0) {
        return wordnet;
    }
    // Spelling variants and derived names: similar lengths and letters, and the same first
    // letter unless both are names.
    const Private::Filter &fa = d->filters[size_t(a.lemma)];
    const Private::Filter &fb = d->filters[size_t(b.lemma)];
    const bool capitalised = a.flags & b.flags & Capitalised;
    if (fa.length < 4 || fb.length < 4 || std::abs(fa.length - fb.length) > 3 ||
        (fa.first != fb.first && !capitalised) || std::popcount(fa.letters ^ fb.letters) > 4)
        return 0.0;
    const quint64 key = a.lemma < b.lemma ? (quint64(quint32(a.lemma)) << 32) | quint32(b.lemma)
                                          : (quint64(quint32(b.lemma)) << 32) | quint32(a.lemma);
    // Capitalisation decides whether derived names match, so it is part of the key.
    const quint64 flagged = key | (capitalised ? (1ull << 63) : 0);
    const auto cached = d->matchCache.find(flagged);
    if (cached != d->matchCache.end())
        return cached->second;
    double match = 0.0;
    const Private::Lemma &la = d->lemmas[size_t(a.lemma)];
    const Private::Lemma &lb = d->lemmas[size_t(b.lemma)];
    // Names and the words made from them: Nigeria/Nigerian, Zambia/Zambian.
    if (capitalised && d->isDerivedName(a.stem, b.stem))
        match = kDerivedNameMatch;
    else if (isSpellingVariant(la.token, lb.token) ||
             (!capitalised && d->isTypo(la.token, lb.token, d->stemLanguage[size_t(a.stem)])))
        match = kVariantMatch;
    if (!d->cachesFrozen)
        d->matchCache.emplace(flagged, float(match));
    return match;
}

double SimilarityModel::wordNetMatch(int a, int b) const
{
    const Private::Lemma &la = d->lemmas[size_t(a)];
    const Private::Lemma &lb = d->lemmas[size_t(b)];
    if (intersects(la.synsets, lb.synsets))
        return kSynonymMatch;
    if (intersects(la.derived, lb.synsets) || intersects(la.synsets, lb.derived))
        return kDerivedMatch;
    if (intersects(la.synsets, lb.hypernyms) || intersects(la.hypernyms, lb.synsets))
        return kHypernymMatch;
    return 0.0;
}

SimilarityFeatures SimilarityModel::features(int a, int b) const
{
    return features(a, b, false);
}

SimilarityFeatures SimilarityModel::features(int a, int b, bool changedValuesMatch) const
{
    const Private::Sentence &sa = d->sentences.at(size_t(a));
    const Private::Sentence &sb = d->sentences.at(size_t(b));
    const size_t n = sa.terms.size();
    const size_t m = sb.terms.size();
    SimilarityFeatures f;

    // Each term's best counterpart on the other side.
    thread_local std::vector<double> bestA, bestB;
    thread_local std::vector<char> exactA, exactB;
    bestA.assign(n, 0.0);
    bestB.assign(m, 0.0);
    exactA.assign(n, 0);
    exactB.assign(m, 0);
    // Terms that repeat are matched once: each side's distinct (stem, lemma, flags).
    auto distinct = [](const std::vector<Term> &terms, std::vector<size_t> &first,
                       std::vector<size_t> &of) {
        std::unordered_map<quint64, size_t> seen;
        first.clear();
        of.resize(terms.size());
        for (size_t i = 0; i < terms.size(); ++i) {
            const Term &t = terms[i];
            const quint64 key =
                (quint64(quint32(t.stem)) << 32) ^ (quint64(quint32(t.lemma)) << 8) ^ t.flags;
            const auto [it, isNew] = seen.try_emplace(key, first.size());
            if (isNew)
                first.push_back(i);
            of[i] = it->second;
        }
    };
    thread_local std::vector<size_t> firstA, firstB, ofA, ofB;
    distinct(sa.terms, firstA, ofA);
    distinct(sb.terms, firstB, ofB);
    thread_local std::vector<double> bestDistinctA, bestDistinctB;
    thread_local std::vector<char> exactDistinctA, exactDistinctB;
    bestDistinctA.assign(firstA.size(), 0.0);
    bestDistinctB.assign(firstB.size(), 0.0);
    exactDistinctA.assign(firstA.size(), 0);
    exactDistinctB.assign(firstB.size(), 0);
    // Beyond this many word pairs (sentences of thousands of distinct words), only the same
    // stem or lemma counts as a match: synonyms and variants would cost quadratic time.
    constexpr size_t kFullMatchPairs = size_t(1) << 22;
    if (firstA.size() * firstB.size() <= kFullMatchPairs) {
        for (size_t x = 0; x < firstA.size(); ++x) {
            for (size_t y = 0; y < firstB.size(); ++y) {
                const double match = termMatch(sa.terms[firstA[x]], sb.terms[firstB[y]]);
                if (match <= 0)
                    continue;
                bestDistinctA[x] = std::max(bestDistinctA[x], match);
                bestDistinctB[y] = std::max(bestDistinctB[y], match);
                if (match >= 1.0)
                    exactDistinctA[x] = exactDistinctB[y] = 1;
            }
        }
    } else {
        std::unordered_map<int, std::vector<size_t>> byStem, byLemma; // distinct terms of b
        for (size_t y = 0; y < firstB.size(); ++y) {
            byStem[sb.terms[firstB[y]].stem].push_back(y);
            byLemma[sb.terms[firstB[y]].lemma].push_back(y);
        }
        for (size_t x = 0; x < firstA.size(); ++x) {
            const Term &t = sa.terms[firstA[x]];
            for (const auto *map : {&byStem, &byLemma}) {
                const auto it = map->find(map == &byStem ? t.stem : t.lemma);
                if (it == map->end())
                    continue;
                for (size_t y : it->second) {
                    bestDistinctA[x] = bestDistinctB[y] = 1.0;
                    exactDistinctA[x] = exactDistinctB[y] = 1;
                }
            }
        }
    }
    for (size_t i = 0; i < n; ++i) {
        bestA[i] = bestDistinctA[ofA[i]];
        exactA[i] = exactDistinctA[ofA[i]];
    }
    for (size_t j = 0; j < m; ++j) {
        bestB[j] = bestDistinctB[ofB[j]];
        exactB[j] = exactDistinctB[ofB[j]];
    }
    // One word written closed, open or hyphenated ("ceasefire", "cease fire", "cease-fire";
    // "Tiananmen", "Tian'anmen"): matched as the same word.
    if (n * m <= kFullMatchPairs) {
        auto joinCompounds = [](const Private::Sentence &sx, std::vector<double> &bestX,
                                std::vector<char> &exactX, const Private::Sentence &sy,
                                std::vector<double> &bestY, std::vector<char> &exactY) {
            for (size_t i = 0; i < sx.terms.size(); ++i) {
                const quint32 word = sx.wordKeys[i];
                const quint32 compound = sx.compoundKeys[i];
                if (!word || (exactX[i] && (!compound || exactX[i + 1])))
                    continue;
                for (size_t j = 0; j < sy.terms.size(); ++j) {
                    if (sy.wordKeys[j] == word && !exactX[i]) {
                        bestX[i] = bestY[j] = 1.0;
                        exactX[i] = exactY[j] = 1;
                    } else if (compound && sy.wordKeys[j] == compound) {
                        bestX[i] = bestX[i + 1] = bestY[j] = 1.0;
                        exactX[i] = exactX[i + 1] = exactY[j] = 1;
                    }
                }
            }
        };
        joinCompounds(sa, bestA, exactA, sb, bestB, exactB);
        joinCompounds(sb, bestB, exactB, sa, bestA, exactA);
    }

    // For alignment, two values of one quantity ("12 to 3" / "11 to 4", "20 m²" / "30 m²") are
    // one statement with a changed figure: matched in part.
    auto matchChangedValues = [&](const Private::Sentence &sx, std::vector<double> &bestX,
                                  const Private::Sentence &sy, std::vector<double> &bestY) {
        for (size_t i = 0; i < sx.terms.size(); ++i) {
            const Quantity *qx =
                bestX[i] == 0 && (sx.terms[i].flags & Number) ? quantity(sx.terms[i]) : nullptr;
            for (size_t j = 0; qx && j < sy.terms.size(); ++j) {
                const Quantity *qy = bestY[j] < kChangedValueMatch && (sy.terms[j].flags & Number)
                                         ? quantity(sy.terms[j])
                                         : nullptr;
                if (qy && conflicts(*qx, *qy)) {
                    bestX[i] = bestY[j] = kChangedValueMatch;
                    break;
                }
            }
        }
    };
    if (changedValuesMatch) {
        matchChangedValues(sa, bestA, sb, bestB);
        matchChangedValues(sb, bestB, sa, bestA);
    }

    // Opposite words: a word of one side whose antonym the other side states, neither of the
    // two being matched as such (the pair "rose and fell" against "fell" is no opposition).
    auto isFact = [](const Term &t) { return (t.flags & (Number | Name | InitialName)) != 0; };
    auto opposite = [&](const Term &x, const Term &y) {
        const Private::Lemma &lx = d->lemmas[size_t(x.lemma)];
        const Private::Lemma &ly = d->lemmas[size_t(y.lemma)];
        return (!lx.antonyms.empty() && intersects(lx.antonyms, ly.synsets)) ||
               (!lx.opposites.empty() && intersects(lx.opposites, ly.forms));
    };
    f.opposition = 0;
    if (firstA.size() * firstB.size() <= kFullMatchPairs) {
        // Each side's words not matched exactly, and among them those with known opposites.
        thread_local std::vector<const Term *> openA, openB, withOppositesA, withOppositesB;
        auto collect = [&](const Private::Sentence &s, const std::vector<size_t> &first,
                           const std::vector<char> &exact, std::vector<const Term *> &open,
                           std::vector<const Term *> &withOpposites) {
            open.clear();
            withOpposites.clear();
            for (size_t x = 0; x < first.size(); ++x) {
                const Term &t = s.terms[first[x]];
                if (exact[x] || isFact(t))
                    continue;
                open.push_back(&t);
                const Private::Lemma &l = d->lemmas[size_t(t.lemma)];
                if (!l.antonyms.empty() || !l.opposites.empty())
                    withOpposites.push_back(&t);
            }
        };
        collect(sa, firstA, exactDistinctA, openA, withOppositesA);
        collect(sb, firstB, exactDistinctB, openB, withOppositesB);
        auto anyOpposite = [&](const std::vector<const Term *> &mine,
                               const std::vector<const Term *> &theirs) {
            for (const Term *x : mine) {
                for (const Term *y : theirs) {
                    if (opposite(*x, *y))
                        return true;
                }
            }
            return false;
        };
        f.opposition =
            anyOpposite(withOppositesA, openB) || anyOpposite(withOppositesB, openA) ? 1.0 : 0.0;
    }

    // Weighted coverage of each side, and the same counting exact matches only. Names and
    // numbers are kept apart: they count as matched only when the two sides do not oppose.
    double wordsMatchedA = 0, wordsTotalA = 0, factsMatchedA = 0, factsTotalA = 0;
    double wordsMatchedB = 0, wordsTotalB = 0, factsMatchedB = 0, factsTotalB = 0;
    double exactWeightA = 0, exactWeightB = 0, exactFactsA = 0, exactFactsB = 0;
    double contentTotal = 0, contentMatched = 0, factsAligned = 0;
    int lonelyNamesA = 0, lonelyNamesB = 0;
    double heaviestOpenA = 0, heaviestOpenB = 0;
    const double functionWeight = d->functionWeight;
    for (size_t i = 0; i < n; ++i) {
        const Term &t = sa.terms[i];
        const bool fact = isFact(t);
        (fact ? factsTotalA : wordsTotalA) += t.weight;
        (fact ? factsMatchedA : wordsMatchedA) += t.weight * bestA[i];
        (fact ? exactFactsA : exactWeightA) += exactA[i] ? t.weight : 0;
        if (t.weight > functionWeight) {
            contentTotal += 1;
            (fact ? factsAligned : contentMatched) += bestA[i] > 0;
        }
        lonelyNamesA += (t.flags & Name) && bestA[i] == 0;
        if (!fact && bestA[i] == 0 && t.weight > functionWeight)
            heaviestOpenA = std::max(heaviestOpenA, double(t.weight));
    }
    for (size_t j = 0; j < m; ++j) {
        const Term &t = sb.terms[j];
        const bool fact = isFact(t);
        (fact ? factsTotalB : wordsTotalB) += t.weight;
        (fact ? factsMatchedB : wordsMatchedB) += t.weight * bestB[j];
        (fact ? exactFactsB : exactWeightB) += exactB[j] ? t.weight : 0;
        if (t.weight > functionWeight) {
            contentTotal += 1;
            (fact ? factsAligned : contentMatched) += bestB[j] > 0;
        }
        lonelyNamesB += (t.flags & Name) && bestB[j] == 0;
        if (!fact && bestB[j] == 0 && t.weight > functionWeight)
            heaviestOpenB = std::max(heaviestOpenB, double(t.weight));
    }
    auto harmonic = [](double x, double y) { return x + y > 0 ? 2 * x * y / (x + y) : 0.0; };
    // What is counted: a number both sides state, followed on each side by content words ("300
    // jobs", "300 temporary workers") none of which the other's match in any way (a hypernym
    // names the same things: "five people" / "five women"), counts different things.
    auto counted = [&](const Private::Sentence &s, size_t i, std::vector<const Term *> &out) {
        out.clear();
        qsizetype next = s.terms[i].token + s.terms[i].extent + 1;
        for (size_t k = i + 1; k < s.terms.size() && out.size() < 3; ++k) {
            const Term &t = s.terms[k];
            if (t.token != next || isFact(t) || d->stemFunction[size_t(t.stem)])
                break; // punctuation, a name or a function word ends the noun phrase
            out.push_back(&t);
            next = t.token + t.extent + 1;
        }
    };
    auto isCount = [&](const Term &t) {
        const Quantity *q = (t.flags & Number) ? quantity(t) : nullptr;
        return (t.flags & Number) && (!q || q->kind == Quantity::Kind::Count);
    };
    // Whether a number of one side, on no instance of it on the other, counts the same things
    // as there; tried both ways, so that the feature is symmetric.
    thread_local std::vector<const Term *> countedX, countedY;
    auto countsApart = [&](const Private::Sentence &sx, const std::vector<double> &bestX,
                           const Private::Sentence &sy) {
        for (size_t i = 0; i < sx.terms.size(); ++i) {
            const Term &x = sx.terms[i];
            if (bestX[i] < 1.0 || !isCount(x))
                continue;
            counted(sx, i, countedX);
            bool apart = false; // an instance on the other side counts something else
            bool together = false;
            for (size_t j = 0; j < sy.terms.size() && !together && !countedX.empty(); ++j) {
                const Term &y = sy.terms[j];
                if (!(y.flags & Number) || termMatch(x, y) < 1.0)
                    continue;
                counted(sy, j, countedY);
                if (countedY.empty())
                    continue;
                bool same = false;
                for (const Term *p : countedX) {
                    for (const Term *q : countedY)
                        same = same || termMatch(*p, *q) > 0;
                }
                (same ? together : apart) = true;
            }
            if (apart && !together)
                return true;
        }
        return false;
    };
    f.differentCounts = countsApart(sa, bestA, sb) || countsApart(sb, bestB, sa) ? 1.0 : 0.0;
    // Shared names and numbers support nothing when the two sides use opposite words or count
    // different things with the same number.
    const double factShare = f.opposition > 0 || f.differentCounts > 0 ? 0.0 : 1.0;
    const double totalA = wordsTotalA + factsTotalA;
    const double totalB = wordsTotalB + factsTotalB;
    const double matchedA = wordsMatchedA + factShare * factsMatchedA;
    const double matchedB = wordsMatchedB + factShare * factsMatchedB;
    exactWeightA += factShare * exactFactsA;
    exactWeightB += factShare * exactFactsB;
    const double coverageA = totalA > 0 ? matchedA / totalA : 0;
    const double coverageB = totalB > 0 ? matchedB / totalB : 0;
    f.coverageOfA = coverageA;
    f.coverageOfB = coverageB;
    f.weightOfA = totalA;
    f.weightOfB = totalB;
    f.minCoverage = std::min(coverageA, coverageB);
    f.maxCoverage = std::max(coverageA, coverageB);
    f.overlap = harmonic(coverageA, coverageB);
    f.exactOverlap =
        harmonic(totalA > 0 ? exactWeightA / totalA : 0, totalB > 0 ? exactWeightB / totalB : 0);
    f.contentAligned =
        contentTotal > 0 ? (contentMatched + factShare * factsAligned) / contentTotal : 0;
    f.conflictingNames = lonelyNamesA > 0 && lonelyNamesB > 0 ? 1.0 : 0.0;
    f.lengthRatio =
        std::max(totalA, totalB) > 0 ? std::min(totalA, totalB) / std::max(totalA, totalB) : 0;
    f.characters = cosine(sa.grams, sb.grams);
    f.substitution =
        std::min(totalA > 0 ? heaviestOpenA / totalA : 0, totalB > 0 ? heaviestOpenB / totalB : 0);

    // Facts: numbers and names.
    const std::vector<int> &numbersA = sa.numbers;
    const std::vector<int> &numbersB = sb.numbers;
    const std::vector<int> &namesA = sa.names;
    const std::vector<int> &namesB = sb.names;
    auto shared = [](const std::vector<int> &x, const std::vector<int> &y) {
        double count = 0;
        for (auto i = x.begin(), j = y.begin(); i != x.end() && j != y.end();) {
            if (*i < *j) {
                ++i;
            } else if (*j < *i) {
                ++j;
            } else {
                ++count;
                ++i;
                ++j;
            }
        }
        return count;
    };
    const double sharedNumbers = shared(numbersA, numbersB);
    const double sharedNames = shared(namesA, namesB);
    const double allFacts =
        double(numbersA.size() + numbersB.size() + namesA.size() + namesB.size()) - sharedNumbers -
        sharedNames;
    f.sharedFacts = allFacts > 0 ? factShare * (sharedNumbers + sharedNames) / allFacts : 0;
    // Numbers disagree when each side states a value of one dimension (a count, an amount in
    // euros, a date) that the other side does not state in any form.
    auto unmatched = [&](const std::vector<int> &mine, const std::vector<int> &theirs) {
        std::vector<const Quantity *> out;
        for (int stem : mine) {
            const int index = d->stemQuantity[size_t(stem)];
            if (index < 0 || std::binary_search(theirs.begin(), theirs.end(), stem))
                continue;
            const Quantity &q = d->quantities[size_t(index)];
            const bool matched = std::any_of(theirs.begin(), theirs.end(), [&](int other) {
                const int o = d->stemQuantity[size_t(other)];
                return o >= 0 && sameValue(q, d->quantities[size_t(o)]);
            });
            if (!matched)
                out.push_back(&q);
        }
        return out;
    };
    f.conflictingNumbers = 0;
    if (!numbersA.empty() && !numbersB.empty() && sharedNumbers < double(numbersA.size())) {
        const auto onlyA = unmatched(numbersA, numbersB);
        const auto onlyB = unmatched(numbersB, numbersA);
        for (const Quantity *x : onlyA) {
            for (const Quantity *y : onlyB) {
                if (conflicts(*x, *y))
                    f.conflictingNumbers = 1.0;
            }
        }
    }
    return f;
}

double SimilarityModel::combine(const SimilarityFeatures &f)
{
    // Least squares on STS-B train and dev (tests/tools/fit-similarity.py), gold scaled to
    // [0, 1]. Features overlap, so single weights are not meaningful on their own.
    // One product term: a replaced word lowers a loose pair, and matters little where all else
    // agrees.
    const double raw = 0.2038 * f.minCoverage + 0.1957 * f.maxCoverage + 0.2910 * f.overlap +
                       0.0411 * f.characters + 0.0515 * f.sharedFacts -
                       kConflictingNumbersWeight * f.conflictingNumbers + 0.0420 * f.lengthRatio -
                       0.0560 * f.exactOverlap + 0.1312 * f.contentAligned -
                       0.0409 * f.conflictingNames - 0.0711 * f.opposition -
                       0.2461 * (1 - f.overlap) * f.substitution + 0.0945;
    return std::clamp(raw, 0.0, 1.0);
}

double SimilarityModel::score(int a, int b) const
{
    return score(a, b, nullptr);
}

bool SimilarityModel::sameWords(int a, int b) const
{
    if (a == b)
        return true;
    const auto &ta = d->sentences.at(size_t(a)).terms;
    const auto &tb = d->sentences.at(size_t(b)).terms;
    return !ta.empty() &&
           std::equal(ta.begin(), ta.end(), tb.begin(), tb.end(),
                      [](const Term &x, const Term &y) { return x.lemma == y.lemma; });
}

double SimilarityModel::score(int a, int b, SimilarityFeatures *features) const
{
    if (features)
        *features = this->features(a, b);
    if (sameWords(a, b))
        return 1.0; // the same words in the same order
    return combine(features ? *features : this->features(a, b));
}

double SimilarityModel::alignmentScore(int a, int b, SimilarityFeatures *features) const
{
    const SimilarityFeatures f = this->features(a, b, true);
    if (features)
        *features = f;
    if (sameWords(a, b))
        return 1.0;
    return std::min(1.0, combine(f) + kConflictingNumbersWeight * f.conflictingNumbers);
}

} // namespace Parallax
