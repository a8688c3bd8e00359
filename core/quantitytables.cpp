#include "quantitytables.h"

#include "icustring.h"
#include "tokenizer.h"

#include <QRegularExpression>

#include <unicode/compactdecimalformat.h>
#include <unicode/dcfmtsym.h>
#include <unicode/dtfmtsym.h>
#include <unicode/dtptngen.h>
#include <unicode/measunit.h>
#include <unicode/numberformatter.h>
#include <unicode/plurrule.h>
#include <unicode/rbnf.h>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

namespace Parallax {

namespace {

// The table key of a formatted string: its word and symbol tokens' normal forms, numbers and
// full stops left out ("1,8 Mio." -> "mio", "60 centimetres" -> "centimetres").
QString tableKey(const Tokenizer &tokenizer, const QString &formatted)
{
    QStringList parts;
    for (const Token &t : tokenizer.tokenize(formatted)) {
        if (t.kind == Token::Kind::Number || t.normal == u"." || isDigits(t.normal))
            continue;
        QString normal = t.normal;
        // "1.8M" read as one token: keep the letters only.
        qsizetype i = 0;
        while (i < normal.size() &&
               (normal.at(i).isDigit() || normal.at(i) == u'.' || normal.at(i) == u','))
            ++i;
        normal = normal.mid(i);
        if (!normal.isEmpty())
            parts.append(normal);
    }
    return parts.join(u' ');
}

} // namespace

bool isDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

QuantityReader::Data::Data(const QString &language)
{
    const Tokenizer tokenizer(language);
    const icu::Locale locale(language.toLatin1().constData());
    readMarks(locale);
    readNumberWords(locale, tokenizer);
    readScales(locale, language, tokenizer);
    readCurrencies(language, tokenizer);
    readUnits(locale, language, tokenizer);
    readCalendar(locale, tokenizer);
    readClock(locale);
    readPhrases(language, tokenizer);
}

void QuantityReader::Data::noteKey(const QString &key)
{
    longestKey = std::max(longestKey, int(key.count(u' ')) + 1);
}

void QuantityReader::Data::addUnit(const Tokenizer &tokenizer, const QString &formatted,
                                   const Unit &unit)
{
    const QString key = tableKey(tokenizer, formatted);
    if (key.isEmpty() || units.contains(key))
        return;
    units.insert(key, unit);
    noteKey(key);
}

// Decimal and grouping marks.
void QuantityReader::Data::readMarks(const icu::Locale &locale)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::DecimalFormatSymbols symbols(locale, status);
    if (U_SUCCESS(status)) {
        const QString dec =
            fromIcu(symbols.getSymbol(icu::DecimalFormatSymbols::kDecimalSeparatorSymbol));
        const QString grp =
            fromIcu(symbols.getSymbol(icu::DecimalFormatSymbols::kGroupingSeparatorSymbol));
        if (dec.size() == 1)
            decimal = dec.at(0);
        if (grp.size() == 1)
            group = grp.at(0);
        spaceGrouping = group.isSpace() || group == u'\u202F' || group == u'\u00A0';
    }
}

// Number words: every public spell-out rule set (genders, cases), 0 to 999 and round
// thousands and millions; ordinals the same way.
void QuantityReader::Data::readNumberWords(const icu::Locale &locale, const Tokenizer &tokenizer)
{
    UErrorCode status = U_ZERO_ERROR;
    icu::RuleBasedNumberFormat spellout(icu::URBNF_SPELLOUT, locale, status);
    if (U_SUCCESS(status)) {
        for (int32_t r = 0; r < spellout.getNumberOfRuleSetNames(); ++r) {
            const icu::UnicodeString name = spellout.getRuleSetName(r);
            const QString ruleSet = fromIcu(name);
            const bool ordinal = ruleSet.contains(u"ordinal");
            if (!ruleSet.startsWith(u"%spellout-cardinal") &&
                !ruleSet.startsWith(u"%spellout-numbering") &&
                !ruleSet.startsWith(u"%spellout-ordinal"))
                continue;
            if (ruleSet.contains(u"year") || ruleSet.contains(u"verbose"))
                continue;
            for (int32_t n = 0; n < 1000; ++n) {
                if (n > 100 && n % 10 != 0)
                    continue; // compounds of the hundreds are joined when read
                icu::UnicodeString out;
                icu::FieldPosition pos;
                UErrorCode s = U_ZERO_ERROR;
                spellout.format(n, name, out, pos, s);
                if (U_FAILURE(s))
                    continue;
                const QString text = fromIcu(out);
                QStringList parts;
                for (const Token &t : tokenizer.tokenize(text)) {
                    if (t.kind != Token::Kind::Punctuation)
                        parts.append(t.normal);
                }
                if (parts.isEmpty())
                    continue;
                for (const QString &p : parts)
                    numberVocabulary.insert(p);
                numberWords.insert(parts.join(u' '), {double(n), ordinal});
            }
        }
    }

    // Ordinal suffixes of digits ("14th", "1er", "2e").
    status = U_ZERO_ERROR;
    icu::RuleBasedNumberFormat ordinals(icu::URBNF_ORDINAL, locale, status);
    if (U_SUCCESS(status)) {
        for (int32_t n = 1; n <= 31; ++n) {
            icu::UnicodeString out;
            icu::FieldPosition pos;
            ordinals.format(n, out, pos);
            QString suffix = Tokenizer::normalForm(fromIcu(out));
            while (!suffix.isEmpty() && (suffix.at(0).isDigit() || suffix.at(0) == u'-'))
                suffix.remove(0, 1);
            if (suffix == u".")
                periodOrdinals = true;
            else if (!suffix.isEmpty())
                ordinalSuffixes.insert(suffix);
        }
    }
}

void QuantityReader::Data::readScales(const icu::Locale &locale, const QString &language,
                                      const Tokenizer &tokenizer)
{
    // Scale words and abbreviations, with plural forms.
    for (UNumberCompactStyle style : {UNUM_SHORT, UNUM_LONG}) {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::CompactDecimalFormat> compact(
            icu::CompactDecimalFormat::createInstance(locale, style, status));
        if (U_FAILURE(status) || !compact)
            continue;
        for (double magnitude : {1e3, 1e6, 1e9, 1e12}) {
            for (double mantissa : {1.0, 2.0, 5.0, 1.5, 21.0, 3.0}) {
                icu::UnicodeString out;
                compact->format(mantissa * magnitude, out);
                const QString key = tableKey(tokenizer, fromIcu(out));
                if (!key.isEmpty() && !scales.contains(key)) {
                    scales.insert(key, magnitude);
                    noteKey(key);
                }
            }
        }
    }
    // Spelled scale words ("one million" -> "million") from the number words' rule sets.
    {
        UErrorCode s = U_ZERO_ERROR;
        icu::RuleBasedNumberFormat words(icu::URBNF_SPELLOUT, locale, s);
        for (double magnitude : {1e3, 1e6, 1e9}) {
            for (double mantissa : {1.0, 2.0, 5.0}) {
                icu::UnicodeString out;
                icu::FieldPosition pos;
                words.format(mantissa * magnitude, out, pos);
                const TokenList t = tokenizer.tokenize(fromIcu(out));
                if (!t.isEmpty() && t.last().isWord() && !scales.contains(t.last().normal))
                    scales.insert(t.last().normal, magnitude);
            }
        }
    }
    // The abbreviations English-language newsrooms write besides ICU's ("$2bn", "£3mn").
    if (language == u"en") {
        scales.insert(QStringLiteral("bn"), 1e9);
        scales.insert(QStringLiteral("mn"), 1e6);
        scales.insert(QStringLiteral("tn"), 1e12);
    }
}

void QuantityReader::Data::readCurrencies(const QString &language, const Tokenizer &tokenizer)
{
    // Currencies: ISO codes, symbols and names in the language. A currency whose symbol in the
    // language is a bare sign ("$" in English, "€", "£", "₽") owns the sign, and the last word
    // of its name: "dollars", "pounds". Other currencies come after; the first to claim a key keeps
    // it.
    UErrorCode status = U_ZERO_ERROR;
    std::vector<QString> isoCodes;
    UEnumeration *codes = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status);
    if (U_SUCCESS(status)) {
        const char *iso = nullptr;
        int32_t length = 0;
        while ((iso = uenum_next(codes, &length, &status)) && U_SUCCESS(status))
            isoCodes.push_back(QString::fromLatin1(iso, length));
        uenum_close(codes);
    }
    std::vector<QByteArray> nameLocales{language.toLatin1()};
    if (language == u"en")
        nameLocales.emplace_back("en_GB");
    using Form = Currency::Form;
    auto addCurrency = [&](const QString &text, const QString &isoCode, Form form) {
        const QString key = tableKey(tokenizer, text);
        if (!key.isEmpty() && !currencies.contains(key) && !scales.contains(key)) {
            QString written;
            if (form != Form::Name &&
                std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); })) {
                written = text;
                written.remove(u' ');
                written.remove(u'\u00A0');
            }
            currencies.insert(key, Currency{isoCode, form, written});
            noteKey(key);
        }
    };
    auto currencyName = [](const QString &isoCode, const QByteArray &where, UCurrNameStyle style) {
        const std::u16string wide = isoCode.toStdU16String();
        UErrorCode s = U_ZERO_ERROR;
        UBool choice = false;
        int32_t len = 0;
        const UChar *name = ucurr_getName(reinterpret_cast<const UChar *>(wide.c_str()),
                                          where.constData(), style, &choice, &len, &s);
        return U_SUCCESS(s) && name && s != U_USING_DEFAULT_WARNING
                   ? QString(reinterpret_cast<const QChar *>(name), len)
                   : QString();
    };
    auto pluralNames = [](const QString &isoCode, const QByteArray &where) {
        const std::u16string wide = isoCode.toStdU16String();
        QStringList names;
        for (const char *plural : {"one", "two", "few", "many", "other"}) {
            UErrorCode s = U_ZERO_ERROR;
            UBool choice = false;
            int32_t len = 0;
            const UChar *name = ucurr_getPluralName(reinterpret_cast<const UChar *>(wide.c_str()),
                                                    where.constData(), &choice, plural, &len, &s);
            if (U_SUCCESS(s) && name && s != U_USING_DEFAULT_WARNING)
                names.append(QString(reinterpret_cast<const QChar *>(name), len));
        }
        return names;
    };
    for (int pass = 0; pass < 2; ++pass) {
        for (const QString &isoCode : isoCodes) {
            for (const QByteArray &where : nameLocales) {
                const QString symbol = currencyName(isoCode, where, UCURR_SYMBOL_NAME);
                const bool ownsSign =
                    !symbol.isEmpty() && std::none_of(symbol.begin(), symbol.end(),
                                                      [](QChar c) { return c.isLetter(); });
                if (pass == 0 && !ownsSign)
                    continue;
                addCurrency(symbol, isoCode, Form::Symbol);
                const QString narrow = currencyName(isoCode, where, UCURR_NARROW_SYMBOL_NAME);
                if (pass == 0 || narrow == symbol)
                    addCurrency(narrow, isoCode, Form::Symbol);
                QStringList names = pluralNames(isoCode, where);
                names.append(currencyName(isoCode, where, UCURR_LONG_NAME));
                for (const QString &name : names) {
                    addCurrency(name, isoCode, Form::Name);
                    if (pass == 0 && name.contains(u' '))
                        addCurrency(name.section(u' ', -1), isoCode, Form::Name);
                }
            }
            if (pass == 1)
                addCurrency(isoCode, isoCode, Form::Code);
        }
    }
}

void QuantityReader::Data::readUnits(const icu::Locale &locale, const QString &language,
                                     const Tokenizer &tokenizer)
{
    // Units in every width and plural form; English in both spellings (metre, meter).
    using K = Quantity::Kind;
    const std::vector<std::pair<icu::MeasureUnit, Unit>> measures = {
        {icu::MeasureUnit::getPercent(), {K::Percent, 1, {}}},
        {icu::MeasureUnit::getMillimeter(), {K::Length, 0.001, {}}},
        {icu::MeasureUnit::getCentimeter(), {K::Length, 0.01, {}}},
        {icu::MeasureUnit::getMeter(), {K::Length, 1, {}}},
        {icu::MeasureUnit::getKilometer(), {K::Length, 1000, {}}},
        {icu::MeasureUnit::getInch(), {K::Length, 0.0254, {}}},
        {icu::MeasureUnit::getFoot(), {K::Length, 0.3048, {}}},
        {icu::MeasureUnit::getYard(), {K::Length, 0.9144, {}}},
        {icu::MeasureUnit::getMile(), {K::Length, 1609.344, {}}},
        {icu::MeasureUnit::getMilligram(), {K::Mass, 0.001, {}}},
        {icu::MeasureUnit::getGram(), {K::Mass, 1, {}}},
        {icu::MeasureUnit::getKilogram(), {K::Mass, 1000, {}}},
        {icu::MeasureUnit::getMetricTon(), {K::Mass, 1e6, {}}},
        {icu::MeasureUnit::getTonne(), {K::Mass, 1e6, {}}},
        {icu::MeasureUnit::getMilliliter(), {K::Volume, 0.001, {}}},
        {icu::MeasureUnit::getLiter(), {K::Volume, 1, {}}},
        {icu::MeasureUnit::getSquareMeter(), {K::Area, 1, {}}},
        {icu::MeasureUnit::getHectare(), {K::Area, 1e4, {}}},
        {icu::MeasureUnit::getSquareKilometer(), {K::Area, 1e6, {}}},
        {icu::MeasureUnit::getSecond(), {K::Duration, 1, {}}},
        {icu::MeasureUnit::getMinute(), {K::Duration, 60, {}}},
        {icu::MeasureUnit::getHour(), {K::Duration, 3600, {}}},
        {icu::MeasureUnit::getDay(), {K::Duration, 86400, {}}},
        {icu::MeasureUnit::getWeek(), {K::Duration, 604800, {}}},
        {icu::MeasureUnit::getMonth(), {K::Duration, 1, QStringLiteral("month")}},
        {icu::MeasureUnit::getYear(), {K::Duration, 1, QStringLiteral("year")}},
    };
    std::vector<icu::Locale> unitLocales{locale};
    if (language == u"en")
        unitLocales.emplace_back("en_GB");
    for (const icu::Locale &where : unitLocales) {
        // One number per plural form of the locale (English: 1 and 2; Russian: 1, 2, 5, 1.5):
        // each formatting costs ICU a formatter of its own.
        std::vector<double> samples;
        {
            UErrorCode s = U_ZERO_ERROR;
            const std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(where, s));
            std::vector<icu::UnicodeString> seen;
            for (double n : {1.0, 2.0, 5.0, 1.5}) {
                const icu::UnicodeString form =
                    U_SUCCESS(s) && rules ? rules->select(n) : icu::UnicodeString();
                if (form.isEmpty() || std::find(seen.begin(), seen.end(), form) == seen.end()) {
                    samples.push_back(n);
                    seen.push_back(form);
                }
            }
        }
        for (UNumberUnitWidth width :
             {UNUM_UNIT_WIDTH_FULL_NAME, UNUM_UNIT_WIDTH_SHORT, UNUM_UNIT_WIDTH_NARROW}) {
            for (const auto &[measure, unit] : measures) {
                const auto formatter =
                    icu::number::NumberFormatter::withLocale(where).unit(measure).unitWidth(width);
                for (double n : samples) {
                    UErrorCode s = U_ZERO_ERROR;
                    const icu::UnicodeString out = formatter.formatDouble(n, s).toString(s);
                    if (U_SUCCESS(s))
                        addUnit(tokenizer, fromIcu(out), unit);
                }
            }
        }
    }
    units.insert(QStringLiteral("%"), Unit{K::Percent, 1, {}});
}

void QuantityReader::Data::readCalendar(const icu::Locale &locale, const Tokenizer &tokenizer)
{
    // Months and weekdays, by normal form and by stem (case endings: "августа", "среду").
    UErrorCode status = U_ZERO_ERROR;
    const icu::DateFormatSymbols dates(locale, status);
    if (U_SUCCESS(status)) {
        auto addName = [&](QHash<QString, int> &table, const icu::UnicodeString &name, int value) {
            const QString text = fromIcu(name);
            if (text.isEmpty())
                return;
            capitalisedDates = capitalisedDates || text.at(0).isUpper();
            QString normal = Tokenizer::normalForm(text);
            if (normal.endsWith(u'.'))
                normal.chop(1);
            if (normal.size() < 3)
                return;
            table.insert(normal, value);
            table.insert(tokenizer.stem(normal), value);
        };
        using Symbols = icu::DateFormatSymbols;
        for (Symbols::DtContextType context : {Symbols::FORMAT, Symbols::STANDALONE}) {
            for (Symbols::DtWidthType width : {Symbols::WIDE, Symbols::ABBREVIATED}) {
                int32_t count = 0;
                const icu::UnicodeString *names = dates.getMonths(count, context, width);
                for (int32_t m = 0; m < count && m < 12; ++m)
                    addName(months, names[m], m + 1);
            }
            int32_t count = 0;
            const icu::UnicodeString *names = dates.getWeekdays(count, context, Symbols::WIDE);
            for (int32_t w = 1; w < count && w <= 7; ++w) // ICU: 1 Sunday .. 7 Saturday
                addName(weekdays, names[w], w == 1 ? 7 : w - 1);
        }
    }
}

// Times of day: the day periods, and what the language's patterns write around the hour.
void QuantityReader::Data::readClock(const icu::Locale &locale)
{
    timeSeparators.insert(QStringLiteral(":"));
    UErrorCode status = U_ZERO_ERROR;
    const icu::DateFormatSymbols dates(locale, status);
    if (U_SUCCESS(status)) {
        int32_t count = 0;
        const icu::UnicodeString *periods = dates.getAmPmStrings(count);
        for (int32_t i = 0; i < count && i < 2; ++i) {
            QString key = Tokenizer::normalForm(fromIcu(periods[i]));
            key.remove(u'.');
            key.remove(u' ');
            if (key.size() >= 2)
                dayPeriods.insert(key, i * 12);
        }
    }
    status = U_ZERO_ERROR;
    std::unique_ptr<icu::DateTimePatternGenerator> generator(
        icu::DateTimePatternGenerator::createInstance(locale, status));
    if (U_FAILURE(status) || !generator)
        return;
    auto pattern = [&](const char *skeleton) {
        UErrorCode s = U_ZERO_ERROR;
        const QString text =
            fromIcu(generator->getBestPattern(icu::UnicodeString::fromUTF8(skeleton), s));
        return U_SUCCESS(s) ? text : QString();
    };
    // The pattern letters of the preferred hour, quoted text ("'Uhr'") left out.
    QString preferred = pattern("j");
    preferred.remove(QRegularExpression(QStringLiteral("'[^']*'")));
    twelveHourClock = preferred.contains(u'h') || preferred.contains(u'K');
    // The literal text of the 24-hour patterns: "HH 'Uhr'" gives "uhr", "HH:mm" gives ":",
    // "HH 'h' mm" gives "h".
    auto literals = [](const QString &p) {
        QStringList out;
        QString current;
        bool quoted = false;
        for (const QChar c : p) {
            if (c == u'\'') {
                quoted = !quoted;
                continue;
            }
            if (quoted || !(c.isLetter() || c.isSpace())) {
                current += c;
            } else if (!current.isEmpty()) {
                out.append(current);
                current.clear();
            }
        }
        if (!current.isEmpty())
            out.append(current);
        return out;
    };
    for (const QString &word : literals(pattern("H"))) {
        const QString key = Tokenizer::normalForm(word.trimmed());
        if (!key.isEmpty() && key.at(0).isLetter())
            hourWords.insert(key);
    }
    for (const QString &separator : literals(pattern("Hm"))) {
        const QString key = Tokenizer::normalForm(separator.trimmed());
        if (!key.isEmpty() && key.size() <= 2)
            timeSeparators.insert(key);
    }
}

std::shared_ptr<const QuantityReader::Data> quantityTables(const QString &language)
{
    static std::mutex mutex;
    static std::map<QString, std::shared_ptr<const QuantityReader::Data>> cache;
    const std::lock_guard lock(mutex);
    auto &slot = cache[language];
    if (!slot)
        slot = std::make_shared<const QuantityReader::Data>(language);
    return slot;
}

} // namespace Parallax
