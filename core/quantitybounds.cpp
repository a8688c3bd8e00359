// The words that bound a quantity in each language ("more than 60", "rund 60", "entre 10 et
// 12"): QuantityReader::Data::readBounds. ICU's locale data has no such words, so they are
// listed here, for the languages people compare most; a language not listed reads its values
// unbounded, as exact.

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

} // namespace

void QuantityReader::Data::readBounds(const QString &language, const Tokenizer &tokenizer)
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
}

} // namespace Parallax
