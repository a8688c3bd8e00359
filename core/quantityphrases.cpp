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

struct Words
{
    const char *language;
    std::initializer_list<const char *> words;
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
      "no less than", "a minimum of", "not less than", "not fewer than"}},
    {"en",
     Bound::AtMost,
     {"fewer than", "less than", "under", "below", "up to", "at most", "no more than", "as many as",
      "a maximum of", "not more than"}},
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
    {"fr", Bound::AtLeast, {"plus de", "au moins", "pas moins de", "au minimum", "plus d'"}},
    {"fr", Bound::AtMost, {"moins de", "au plus", "au maximum", "pas plus de"}},
    {"es",
     Bound::About,
     {"unos", "unas", "alrededor de", "cerca de", "casi", "aproximadamente", "en torno a"}},
    {"es", Bound::AtLeast, {"más de", "al menos", "por lo menos", "como mínimo", "no menos de"}},
    {"es", Bound::AtMost, {"menos de", "como máximo", "no más de"}},
    {"it", Bound::About, {"circa", "quasi", "intorno a", "attorno a"}},
    {"it", Bound::AtLeast, {"più di", "oltre", "almeno", "non meno di"}},
    {"it", Bound::AtMost, {"meno di", "al massimo", "non più di"}},
    {"pt", Bound::About, {"cerca de", "quase", "aproximadamente", "por volta de"}},
    {"pt", Bound::AtLeast, {"mais de", "pelo menos", "no mínimo", "não menos de"}},
    {"pt", Bound::AtMost, {"menos de", "no máximo", "não mais de"}},
    {"nl", Bound::About, {"ongeveer", "circa", "bijna", "rond", "om en nabij"}},
    {"nl",
     Bound::AtLeast,
     {"meer dan", "ruim", "minstens", "ten minste", "minimaal", "niet minder dan"}},
    {"nl", Bound::AtMost, {"minder dan", "hooguit", "maximaal", "ten hoogste", "niet meer dan"}},
    {"sv", Bound::About, {"cirka", "ungefär", "nästan", "omkring"}},
    {"sv", Bound::AtLeast, {"mer än", "över", "minst", "inte mindre än"}},
    {"sv", Bound::AtMost, {"mindre än", "högst", "upp till", "inte mer än"}},
    {"pl", Bound::About, {"około", "prawie", "blisko"}},
    {"pl", Bound::AtLeast, {"ponad", "więcej niż", "co najmniej", "przynajmniej", "nie mniej niż"}},
    {"pl", Bound::AtMost, {"mniej niż", "najwyżej", "nie więcej niż"}},
    {"ru", Bound::About, {"около", "примерно", "почти", "порядка", "приблизительно"}},
    {"ru",
     Bound::AtLeast,
     {"более", "больше", "свыше", "более чем", "не менее", "как минимум", "по меньшей мере"}},
    {"ru", Bound::AtMost, {"менее", "меньше", "не более"}},
};

// "until" bounds an amount ("jusqu'à 300 visiteurs", "hasta 300", "до 300") but never a year
// ("hasta 2030", "до 2019 года").
const BoundWords kUntilWords[] = {
    {"de", Bound::AtMost, {"bis"}},   {"fr", Bound::AtMost, {"jusqu'à", "jusqu'a"}},
    {"es", Bound::AtMost, {"hasta"}}, {"it", Bound::AtMost, {"fino a"}},
    {"pt", Bound::AtMost, {"até"}},   {"nl", Bound::AtMost, {"tot", "tot wel"}},
    {"ru", Bound::AtMost, {"до"}},    {"pl", Bound::AtMost, {"do"}},
};

// Bounds written after the value: "60 or more", "60 oder mehr", "60 ou plus".
const BoundWords kBoundsAfter[] = {
    {"en", Bound::AtLeast, {"or more", "and more", "and over", "or above", "plus"}},
    {"en", Bound::AtMost, {"or less", "or fewer", "or under"}},
    {"en", Bound::About, {"or so"}},
    {"de", Bound::AtLeast, {"oder mehr", "und mehr"}},
    {"de", Bound::AtMost, {"oder weniger"}},
    {"fr", Bound::AtLeast, {"ou plus", "et plus"}},
    {"fr", Bound::AtMost, {"ou moins"}},
    {"es", Bound::AtLeast, {"o más", "y más"}},
    {"es", Bound::AtMost, {"o menos"}},
    {"it", Bound::AtLeast, {"o più", "e più"}},
    {"pt", Bound::AtLeast, {"ou mais", "e mais"}},
    {"nl", Bound::AtLeast, {"of meer", "en meer"}},
    {"sv", Bound::AtLeast, {"eller mer", "eller fler"}},
    {"pl", Bound::AtLeast, {"lub więcej", "i więcej"}},
    {"ru", Bound::AtLeast, {"или более", "и более", "и больше"}},
};

// "10 to 12", "10 bis 12", "de 10 à 12", "от 10 до 12": the word between the ends of a range.
const Words kRangeJoins[] = {
    {"en", {"to"}}, {"de", {"bis"}}, {"fr", {"à"}},    {"es", {"a"}},  {"it", {"a"}},
    {"pt", {"a"}},  {"nl", {"tot"}}, {"sv", {"till"}}, {"pl", {"do"}}, {"ru", {"до"}},
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

// The word for twelve things: "a dozen", "two dozen", "une douzaine".
const Words kDozens[] = {
    {"en", {"dozen"}},    {"de", {"Dutzend"}},
    {"fr", {"douzaine"}}, {"es", {"docena"}},
    {"it", {"dozzina"}},  {"pt", {"dúzia"}},
    {"nl", {"dozijn"}},   {"sv", {"dussin"}},
    {"pl", {"tuzin"}},    {"ru", {"дюжина", "дюжины"}},
};

// Plurals of the dozen after a number: "deux douzaines", "dos docenas".
const Words kDozensAfterNumbers[] = {
    {"fr", {"douzaines"}}, {"es", {"docenas"}},           {"it", {"dozzine"}}, {"pt", {"dúzias"}},
    {"nl", {"dozijnen"}},  {"pl", {"tuziny", "tuzinów"}}, {"ru", {"дюжин"}},
};

// Articles that are one before a scale word ("a hundred", "a million"), in languages whose word
// for one is not also their article.
const Words kArticles[] = {{"en", {"a", "an"}}};

// Hundreds as a scale word after a number or an article ("a hundred").
const Words kHundreds[] = {{"en", {"hundred"}}};

// Nouns that count roughly: "une centaine" is about a hundred. Value and words.
struct RoughNumber
{
    const char *language;
    double value;
    std::initializer_list<const char *> words;
};
const RoughNumber kRoughNumbers[] = {
    {"fr", 10, {"dizaine"}},     {"fr", 15, {"quinzaine"}},   {"fr", 20, {"vingtaine"}},
    {"fr", 30, {"trentaine"}},   {"fr", 40, {"quarantaine"}}, {"fr", 50, {"cinquantaine"}},
    {"fr", 60, {"soixantaine"}}, {"fr", 100, {"centaine"}},   {"fr", 1000, {"millier"}},
    {"it", 10, {"decina"}},      {"it", 20, {"ventina"}},     {"it", 30, {"trentina"}},
    {"it", 40, {"quarantina"}},  {"it", 50, {"cinquantina"}}, {"it", 100, {"centinaio"}},
    {"it", 1000, {"migliaio"}},  {"es", 10, {"decena"}},      {"es", 20, {"veintena"}},
    {"es", 100, {"centenar"}},   {"es", 1000, {"millar"}},    {"pt", 10, {"dezena"}},
    {"pt", 20, {"vintena"}},     {"pt", 100, {"centena"}},    {"pt", 1000, {"milhar"}},
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
    auto boundTable = [&](const auto &table, QHash<QString, Quantity::Bound> &into) {
        for (const BoundWords &words : table) {
            if (language != QLatin1String(words.language))
                continue;
            for (const char *phrase : words.phrases) {
                const QString k = key(phrase);
                into.insert(k, words.bound);
                boundStarts.insert(k.section(u' ', 0, 0));
                notePhrase(k);
            }
        }
    };
    boundTable(kBoundWords, bounds);
    boundTable(kUntilWords, untilBounds);
    boundTable(kBoundsAfter, boundsAfter);
    for (const RangeWords &words : kRangeWords) {
        if (language == QLatin1String(words.language)) {
            rangeWords.insert(key(words.before), key(words.between));
            boundStarts.insert(key(words.before).section(u' ', 0, 0));
        }
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
    each(kDozensAfterNumbers, [&](const QString &word) { scales.insert(word, 12); });
    each(kArticles, [&](const QString &word) { articles.insert(word); });
    each(kHundreds, [&](const QString &word) { scales.insert(word, 100); });
    for (const RoughNumber &rough : kRoughNumbers) {
        if (language != QLatin1String(rough.language))
            continue;
        for (const char *word : rough.words) {
            addNumber(key(word), rough.value);
            roughNumbers.insert(key(word));
        }
    }
    // A word that joins a range is no unit: Spanish "a" is "a" year in CLDR's narrow units, and
    // "de 10 a 12" a range.
    each(kRangeJoins, [&](const QString &word) {
        rangeJoins.insert(word);
        units.remove(word);
    });
    each(kHalves, [&](const QString &word) { addNumber(word, 0.5); });
    each(kAndAHalf, [&](const QString &phrase) {
        andAHalf.insert(phrase);
        notePhrase(phrase);
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
