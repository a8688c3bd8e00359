#include "partialdetails.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

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

const QRegularExpression &numberPattern()
{
    static const QRegularExpression number(
        QStringLiteral("(?<![\\p{L}\\p{N}])\\p{N}+(?:[.,:]\\p{N}+)*(?![\\p{L}\\p{N}])"));
    return number;
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
    QHash<QString, QList<qsizetype>> byNumber;
    QList<QSet<QString>> foldedWords(count);
    for (qsizetype s = 0; s < count; ++s) {
        for (const QString &word : std::as_const(words[s]))
            byWord[word].append(s);
        for (const QString &word : wordsOf(folded.at(s)))
            foldedWords[s].insert(word);
        for (const QString &word : std::as_const(foldedWords[s]))
            byFoldedWord[word].append(s);
        QSet<QString> numbers;
        for (auto it = numberPattern().globalMatch(folded.at(s)); it.hasNext();)
            numbers.insert(it.next().captured());
        for (const QString &number : std::as_const(numbers))
            byNumber[number].append(s);
    }
    auto statedBy = [&](PartialDetail::Kind kind, const QString &key) -> QList<qsizetype> {
        if (kind == PartialDetail::Kind::Name)
            return byWord.value(key);
        if (kind == PartialDetail::Kind::Number)
            return byNumber.value(key);
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

    QList<PartialDetail> found;
    QHash<QString, qsizetype> byKey; // kind and key -> index in found
    auto note = [&](PartialDetail::Kind kind, const QString &key, const QString &text,
                    qsizetype unit) {
        const QString id = QString::number(int(kind)) + u':' + key;
        const auto known = byKey.constFind(id);
        if (known != byKey.cend()) {
            // The longest wording (then the first in sort order) whatever the sources' order.
            PartialDetail &detail = found[*known];
            if (text.size() > detail.text.size() ||
                (text.size() == detail.text.size() && text < detail.text))
                detail.text = text;
            detail.unit = std::min(detail.unit, unit);
            return;
        }
        const QList<qsizetype> sources = statedBy(kind, key);
        if (sources.isEmpty() || sources.size() >= count)
            return;
        byKey.insert(id, found.size());
        found.append(PartialDetail{kind, text, unit, sources});
    };
    for (qsizetype u = 0; u < comparison.units.size(); ++u) {
        for (const qsizetype segment : comparison.units.at(u).segments) {
            const Sentence *sentence = sentenceOf(segment);
            if (!sentence || !isStoryText(sentence->kind) || sentence->kind == BlockKind::Title)
                continue;
            const QString &text = sentence->text;
            for (auto it = namePattern().globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
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
                        runs.first() = runs.first().mid(cut);
                    }
                }
                for (const QString &run : std::as_const(runs)) {
                    const QString name = run.simplified();
                    const QStringList parts = wordsOf(name);
                    if (parts.isEmpty() || parts.last().size() < 2)
                        continue;
                    // One capitalised word that is also written in lower case: a common word.
                    if (parts.size() == 1 && lowercase.contains(parts.first().toLower()))
                        continue;
                    note(PartialDetail::Kind::Name, parts.last(), name, u);
                }
            }
            for (auto it = numberPattern().globalMatch(text); it.hasNext();) {
                const QString number = it.next().captured();
                note(PartialDetail::Kind::Number, number.toCaseFolded(), number, u);
            }
            for (auto it = quotePattern().globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                QString quote;
                for (int group = 1; group <= 4 && quote.isEmpty(); ++group)
                    quote = match.captured(group).trimmed();
                if (quote.isEmpty())
                    continue;
                const QString key = quote.toCaseFolded();
                if (quote.size() > 80)
                    quote = quote.left(79).trimmed() + u'\u2026';
                note(PartialDetail::Kind::Quote, key, quote, u);
            }
        }
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
