// The words of quantities that ICU's locale data does not have, for the languages people
// compare most (QuantityReader::Data::readPhrases): the words that bound a value ("more than
// 60", "rund 60", "entre 10 et 12"), the dozen, and halves ("half a million", "one and a half
// million", "un millón y medio", "zweieinhalb", "anderhalve", "полтора"). A language not listed
// reads its values unbounded, as exact, and its halves not at all.

#include "quantitytables.h"
#include "tokenizer.h"

#include <initializer_list>

namespace Parallax {

namespace {

using Bound = Quantity::Bound;

struct BoundWords
{
    const char *language;
    Bound bound;
    std::initializer_list<const char *> phrases;
};

// Only words that bound an amount: "until" ("hasta", "jusqu'à", "bis", "até") is left out, as
// it bounds years more often than amounts, and so are prepositions that also mean "among"
// ("unter").
const BoundWords kBoundWords[] = {
    {"en",
     Bound::About,
     {"about", "around", "roughly", "approximately", "some", "nearly", "almost", "close to",
      "an estimated", "more or less", "circa", "c.", "just under", "just over"}},
    {"en",
     Bound::AtLeast,
     {"more than", "over", "above", "at least", "upwards of", "in excess of", "no fewer than",
      "no less than", "a minimum of"}},
    {"en",
     Bound::AtMost,
     {"fewer than", "less than", "under", "below", "up to", "at most", "no more than", "as many as",
      "a maximum of"}},
    {"de",
     Bound::About,
     {"etwa", "rund", "ungefähr", "circa", "ca.", "knapp", "fast", "beinahe", "annähernd",
      "schätzungsweise"}},
    {"de", Bound::AtLeast, {"mehr als", "über", "mindestens", "wenigstens", "nicht weniger als"}},
    {"de", Bound::AtMost, {"weniger als", "höchstens", "bis zu", "maximal", "nicht mehr als"}},
    {"fr",
     Bound::About,
     {"environ", "près de", "quelque", "à peu près", "presque", "approximativement", "autour de",
      "aux alentours de"}},
    {"fr", Bound::AtLeast, {"plus de", "au moins", "pas moins de", "au minimum"}},
    {"fr", Bound::AtMost, {"moins de", "au plus", "au maximum", "pas plus de"}},
    {"es",
     Bound::About,
     {"unos", "unas", "alrededor de", "cerca de", "casi", "aproximadamente", "en torno a"}},
    {"es", Bound::AtLeast, {"más de", "al menos", "por lo menos", "como mínimo"}},
    {"es", Bound::AtMost, {"menos de", "como máximo"}},
    {"it", Bound::About, {"circa", "quasi", "intorno a", "attorno a"}},
    {"it", Bound::AtLeast, {"più di", "oltre", "almeno", "non meno di"}},
    {"it", Bound::AtMost, {"meno di", "al massimo"}},
    {"pt", Bound::About, {"cerca de", "quase", "aproximadamente", "por volta de"}},
    {"pt", Bound::AtLeast, {"mais de", "pelo menos", "no mínimo"}},
    {"pt", Bound::AtMost, {"menos de", "no máximo"}},
    {"nl", Bound::About, {"ongeveer", "circa", "bijna", "rond", "om en nabij"}},
    {"nl", Bound::AtLeast, {"meer dan", "ruim", "minstens", "ten minste", "minimaal"}},
    {"nl", Bound::AtMost, {"minder dan", "hooguit", "maximaal", "ten hoogste"}},
    {"sv", Bound::About, {"cirka", "ungefär", "nästan", "omkring"}},
    {"sv", Bound::AtLeast, {"mer än", "över", "minst"}},
    {"sv", Bound::AtMost, {"mindre än", "högst", "upp till"}},
    {"pl", Bound::About, {"około", "prawie", "blisko"}},
    {"pl", Bound::AtLeast, {"ponad", "więcej niż", "co najmniej", "przynajmniej"}},
    {"pl", Bound::AtMost, {"mniej niż", "najwyżej"}},
    {"ru", Bound::About, {"около", "примерно", "почти", "порядка", "приблизительно"}},
    {"ru",
     Bound::AtLeast,
     {"более", "больше", "свыше", "более чем", "не менее", "как минимум", "по меньшей мере"}},
    {"ru", Bound::AtMost, {"менее", "меньше", "не более"}},
};

// "between 10 and 12": the word before the first value and the word between the two.
struct RangeWords
{
    const char *language;
    const char *before;
    const char *between;
};

const RangeWords kRangeWords[] = {
    {"en", "between", "and"}, {"de", "zwischen", "und"}, {"fr", "entre", "et"},
    {"es", "entre", "y"},     {"it", "tra", "e"},        {"it", "fra", "e"},
    {"pt", "entre", "e"},     {"nl", "tussen", "en"},    {"sv", "mellan", "och"},
    {"pl", "między", "a"},    {"ru", "между", "и"},
};

struct Words
{
    const char *language;
    std::initializer_list<const char *> words;
};

// The word for twelve things: "a dozen", "two dozen", "une douzaine".
const Words kDozens[] = {
    {"en", {"dozen"}},    {"de", {"Dutzend"}},
    {"fr", {"douzaine"}}, {"es", {"docena"}},
    {"it", {"dozzina"}},  {"pt", {"dúzia"}},
    {"nl", {"dozijn"}},   {"sv", {"dussin"}},
    {"pl", {"tuzin"}},    {"ru", {"дюжина", "дюжины"}},
};

// A half before a scale word: "half a million", "eine halbe Million", "mezzo milione".
const Words kHalves[] = {
    {"en", {"half"}},           {"de", {"halb", "halbe", "halben"}}, {"fr", {"demi"}},
    {"es", {"medio", "media"}}, {"it", {"mezzo", "mezza"}},          {"pt", {"meio", "meia"}},
    {"nl", {"half", "halve"}},  {"sv", {"halv", "halvt", "halva"}},
};

// A half after a number or a scale word: "one and a half million", "un millón y medio".
const Words kAndAHalf[] = {
    {"en", {"and a half"}},         {"fr", {"et demi", "et demie"}}, {"es", {"y medio", "y media"}},
    {"it", {"e mezzo", "e mezza"}}, {"pt", {"e meio", "e meia"}},    {"nl", {"en een half"}},
    {"sv", {"och en halv"}},        {"ru", {"с половиной"}},
};

// Words for one and a half, and the ending that adds a half to a number word: "zweieinhalb",
// "tweeënhalf".
const Words kOneAndAHalf[] = {
    {"de", {"anderthalb"}},
    {"nl", {"anderhalf", "anderhalve"}},
    {"ru", {"полтора", "полторы"}},
};
const Words kHalfEndings[] = {
    {"de", {"einhalb"}},
    {"nl", {"enhalf", "ënhalf"}},
};

} // namespace

void QuantityReader::Data::readPhrases(const QString &language, const Tokenizer &tokenizer)
{
    auto key = [&](const char *phrase) {
        QStringList parts;
        for (const Token &t : tokenizer.tokenize(QString::fromUtf8(phrase))) {
            if (t.normal != u".")
                parts.append(t.normal);
        }
        return parts.join(u' ');
    };
    for (const BoundWords &words : kBoundWords) {
        if (language != QLatin1String(words.language))
            continue;
        for (const char *phrase : words.phrases) {
            const QString k = key(phrase);
            bounds.insert(k, words.bound);
            noteKey(k);
        }
    }
    for (const RangeWords &words : kRangeWords) {
        if (language == QLatin1String(words.language))
            rangeWords.insert(key(words.before), key(words.between));
    }
    auto each = [&](const auto &table, auto &&use) {
        for (const Words &words : table) {
            if (language == QLatin1String(words.language)) {
                for (const char *word : words.words)
                    use(key(word));
            }
        }
    };
    auto addNumber = [&](const QString &word, double value) {
        numberWords.insert(word, {value, false});
        numberVocabulary.insert(word);
    };
    each(kDozens, [&](const QString &word) {
        addNumber(word, 12);
        scales.insert(word, 12); // "two dozen"
    });
    each(kHalves, [&](const QString &word) { addNumber(word, 0.5); });
    each(kAndAHalf, [&](const QString &phrase) {
        andAHalf.insert(phrase);
        noteKey(phrase);
    });
    each(kOneAndAHalf, [&](const QString &word) { addNumber(word, 1.5); });
    // "zweieinhalb": a number word from one to ten and the ending.
    QList<std::pair<QString, double>> ones;
    for (auto it = numberWords.cbegin(); it != numberWords.cend(); ++it) {
        const double value = it->first;
        if (!it->second && value >= 1 && value <= 10 && value == double(int(value)) &&
            !it.key().contains(u' '))
            ones.append({it.key(), value});
    }
    each(kHalfEndings, [&](const QString &ending) {
        for (const auto &[word, value] : std::as_const(ones)) {
            // German drops the "s" of "eins": "eineinhalb".
            addNumber(word + ending, value + 0.5);
            if (word.endsWith(u's'))
                addNumber(word.chopped(1) + ending, value + 0.5);
        }
    });
}

} // namespace Parallax
