#pragma once

// The tables QuantityReader reads a language with (see quantity.h); internal to the engine.

#include "quantity.h"

#include <QHash>
#include <QSet>

#include <algorithm>

#include <unicode/locid.h>

namespace Parallax {

class Tokenizer;

struct QuantityReader::Data
{
    struct Unit
    {
        Quantity::Kind kind = Quantity::Kind::Count;
        double factor = 1; // to the kind's base unit (metres, grams, litres, ...)
        QString unit;
    };
    struct Currency
    {
        QString code; // ISO 4217
        enum class Form { Code, Symbol, Name } form = Form::Code;
        // A code or a symbol with letters ("EUR", "US$", "zł") counts only as written: "all"
        // and "top" are words, not the lek and the paʻanga.
        QString written;
    };

    // Table keys are the normal forms of a name's tokens joined by spaces ("per cent").
    QChar decimal = u'.';
    QChar group = u',';
    bool spaceGrouping = false;
    QHash<QString, std::pair<double, bool>> numberWords; // joined normals -> value, ordinal
    QSet<QString> numberVocabulary;                      // every word of those
    QHash<QString, double> scales;                       // "million", "mio", "bn" -> 1e6...
    QHash<QString, Currency> currencies;                 // symbol, code or name
    QHash<QString, Unit> units;
    QHash<QString, int> months;   // normal or stem -> 1..12
    QHash<QString, int> weekdays; // normal or stem -> 1..7 (stems used where capitalised)
    bool capitalisedDates = false;
    QHash<QString, int> dayPeriods; // "am" -> 0, "pm" -> 12 (dots and spaces left out)
    QSet<QString> hourWords;        // written after the hour: "uhr", "h" (the "H" pattern)
    QSet<QString> timeSeparators;   // between hour and minutes: ":", the "Hm" pattern's
    bool twelveHourClock = false;   // the language's preferred hour cycle is 1-12 ("j" pattern)
    QSet<QString> ordinalSuffixes;  // "th", "st", "er", "e"
    bool periodOrdinals = false;    // ordinals written "6." (German and others): ICU's format
    QHash<QString, Quantity::Bound> bounds;      // "more than" -> AtLeast, "rund" -> About
    QHash<QString, Quantity::Bound> untilBounds; // "jusqu'à", "hasta": not before years
    QHash<QString, Quantity::Bound> boundsAfter; // "or more" -> AtLeast
    QHash<QString, QString> rangeWords;          // "between" -> "and"
    QSet<QString> rangeJoins;                    // "to", "bis", "à"
    QSet<QString> andAHalf;                      // "and a half", "y medio"
    QSet<QString> boundStarts;                   // the first word of every bound and of "between"
    QSet<QString> articles;                      // "a", "an": one before a scale word
    QSet<QString> roughNumbers;                  // "centaine", "ventina": about their value
    int longestKey = 1;    // tokens in the longest unit, currency or scale name
    int longestPhrase = 1; // tokens in the longest bound, "between" or "and a half"

    explicit Data(const QString &language);

private:
    void noteKey(const QString &key);
    void notePhrase(const QString &key)
    {
        longestPhrase = std::max(longestPhrase, int(key.count(u' ')) + 1);
    }
    void addUnit(const Tokenizer &tokenizer, const QString &formatted, const Unit &unit);
    void readMarks(const icu::Locale &locale);
    void readNumberWords(const icu::Locale &locale, const Tokenizer &tokenizer);
    void readScales(const icu::Locale &locale, const QString &language, const Tokenizer &tokenizer);
    void readCurrencies(const QString &language, const Tokenizer &tokenizer);
    void readUnits(const icu::Locale &locale, const QString &language, const Tokenizer &tokenizer);
    void readCalendar(const icu::Locale &locale, const Tokenizer &tokenizer);
    void readClock(const icu::Locale &locale);
    void readPhrases(const QString &language, const Tokenizer &tokenizer); // quantityphrases.cpp
};

// The tables of a language: built on first use from ICU's locale data, then shared by every
// reader in every thread.
std::shared_ptr<const QuantityReader::Data> quantityTables(const QString &language);

// Whether a string is one or more decimal digits and nothing else.
bool isDigits(QStringView s);

} // namespace Parallax
