#pragma once

#include "token.h"

#include <QString>

#include <memory>
#include <vector>

namespace Parallax {

// A number, amount, measure or date a sentence states, read as a value so that two ways of
// writing it compare equal: "1.8 million euros", "1,800,000 euros", "EUR 1.8m" and "1,8 Mio. €"
// are one amount; "60 centimetres", "0.6 m" and "60cm" one length; "fourteen", "vierzehn" and
// "14" one count; "Aug. 20" and "20 August 2025" one date; "3:15 p.m.", "15:15 Uhr" and
// "15h15" one time of day.
struct Quantity
{
    enum class Kind : quint8 {
        Count,    // a plain number; value as written ("300", "1.8 million" = 1,800,000)
        Ordinal,  // "14th", "fourteenth", "14e"; value the rank
        Percent,  // "5%", "five per cent"; value in percent
        Money,    // value in units of `unit`, an ISO 4217 code ("EUR")
        Length,   // value in metres
        Mass,     // value in grams
        Volume,   // value in litres
        Area,     // value in square metres
        Duration, // value in seconds, or in `unit` "month" or "year" (calendar lengths vary)
        Date,     // year, month, day; 0 where the text does not say
        Weekday,  // value 1 (Monday) to 7 (Sunday), ISO 8601
        Time,     // a time of day: value in minutes after midnight; `unit` "12h" when the text
                  // does not say whether a 1-12 o'clock hour is before or after noon
    };

    // How the text bounds the value. Only amounts and measures are bounded (counts,
    // percentages, money, lengths, masses, volumes, areas, durations); ranks, dates, weekdays
    // and times of day are always Exact.
    enum class Bound : quint8 {
        Exact,   // "60"
        About,   // "about 60", "rund 60", "près de 60", "a dozen": within 10 % of the value
        AtLeast, // "more than 60", "at least 60", "über 60", "plus de 60", "более 60"
        AtMost,  // "fewer than 60", "up to 60", "bis zu 60", "jusqu'à 60", "менее 60"
        Range,   // "10-12", "10–12 km", "between 10 and 12": from value to high
        Tally,   // "12-3", "a 2-1 win": two counts of one event (a vote, a score); value and
                 // high as written
    };

    Kind kind = Kind::Count;
    Bound bound = Bound::Exact;
    double value = 0;
    double high = 0; // Range and Tally: the second number, in the unit of value
    QString unit;
    int year = 0;
    int month = 0;
    int day = 0;
    qsizetype firstToken = 0; // the tokens it was read from, both inclusive, with the words
    qsizetype lastToken = 0;  // that bound it ("more than 60", "between 10 and 12")
    qsizetype valueToken = 0; // the first token of the value, after the bounding words ("60")

    // Canonical text: two quantities with the same value have the same key. A plain count's key
    // is its value alone ("300", "1.8"), so it equals a number read the old way; a bound is
    // written before it ("~60", ">60", "<60") and a range or tally as its two ends ("10-12",
    // "12:3").
    QString key() const;
    // What is measured ("money:EUR", "length", "date"): two quantities of one dimension and
    // different values disagree.
    QString dimension() const;
};

// Whether two quantities state the same value with the same bound ("more than 60" and "over
// 60"; not "60"). Dates agree when every part both state agrees ("20 August" and "20 August
// 2025"), as long as both state at least a month.
bool sameValue(const Quantity &a, const Quantity &b);
// Whether two quantities measure the same thing and disagree ("31" / "32", "Tuesday" /
// "Wednesday", "€5m" / "€6m"), or state one amount in two currencies ("€5m" / "$5m"); other
// quantities of different dimensions never conflict (another amount in another currency may be
// a conversion). Two values bounded alike disagree when they differ ("at least 12" / "at least
// 14" dead, "10-12" / "11-13"); otherwise a bounded value disagrees only with values outside
// what it allows: "more than 60" agrees with "62" and "60" and disagrees with "50" and "fewer
// than 50"; "about 60" agrees with 54 to 66; "10-12" with 10 to 12. A tally disagrees only with
// another tally.
bool conflicts(const Quantity &a, const Quantity &b);
// Whether two different values of one quantity agree because one of them is bounded or a range:
// "more than 60" / "62", "about 60" / "sixty-two", "10-12" / "11". Neither states what the other
// lacks, and neither contradicts the other.
bool restates(const Quantity &a, const Quantity &b);

// Reads the quantities of a tokenized sentence (Tokenizer::tokenize) in one language. What it
// knows of each language comes from ICU's locale data, built once per language on first use and
// shared by every reader: decimal and grouping marks (DecimalFormatSymbols), number words in
// every spell-out rule set (RuleBasedNumberFormat: cardinals in all genders and cases,
// ordinals), scale words and abbreviations (CompactDecimalFormat: "million", "Mio.", "млн"),
// currency symbols, codes and names (ucurr), unit names in every width and plural form
// (MeasureFormat: "cm", "centimetres", "Zentimeter", "сантиметров"), month and weekday names
// (DateFormatSymbols), day periods ("AM", "PM") and the hour's word or separator in the
// language's time patterns (DateTimePatternGenerator: "Uhr", "h", ":"). Thread-safe.
class QuantityReader
{
public:
    // language: ISO 639-1 code; a language ICU lacks is read with root data (digits, symbols).
    explicit QuantityReader(const QString &language = QStringLiteral("en"));
    ~QuantityReader();
    QuantityReader(const QuantityReader &) = delete;
    QuantityReader &operator=(const QuantityReader &) = delete;

    // The quantities in order of their first token; their token spans do not overlap.
    std::vector<Quantity> read(const TokenList &tokens) const;

    struct Data; // the language's tables, shared

private:
    std::shared_ptr<const Data> d;
};

} // namespace Parallax
