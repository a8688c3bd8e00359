#include "quantity.h"

#include "tokenizer.h"

#include <QHash>
#include <QSet>

#include <unicode/compactdecimalformat.h>
#include <unicode/dcfmtsym.h>
#include <unicode/dtfmtsym.h>
#include <unicode/measunit.h>
#include <unicode/numberformatter.h>
#include <unicode/rbnf.h>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>

namespace Parallax {

namespace {

QString fromIcu(const icu::UnicodeString &s)
{
    return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
}

QString formatValue(double value)
{
    if (std::fabs(value) < 1e15 && value == std::round(value))
        return QString::number(qint64(std::llround(value)));
    return QString::number(value, 'g', 12);
}

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

// One token, or a part of one: "1.8m" and "60cm" are read as a number and a word.
struct Piece
{
    QString normal;
    qsizetype token = 0;
    bool number = false; // digits with separators
    bool word = false;
    bool upper = false;   // begins with a capital letter as written
    bool touches = false; // no space before it (part of the same token, or glued)
    QString stem;
};

} // namespace

struct QuantityReader::Data
{
    struct Unit
    {
        Quantity::Kind kind = Quantity::Kind::Count;
        double factor = 1;
        QString unit;
    };

    QChar decimal = u'.';
    QChar group = u',';
    bool spaceGrouping = false;
    QHash<QString, std::pair<double, bool>> numberWords; // joined normals -> value, ordinal
    QSet<QString> numberVocabulary;
    QHash<QString, double> scales;
    struct Currency
    {
        QString code; // ISO 4217
        enum class Form { Code, Symbol, Name } form = Form::Code;
        // A code or a symbol with letters ("EUR", "US$", "zł") counts only as written: "all"
        // and "top" are words, not the lek and the paʻanga.
        QString written;
    };
    QHash<QString, Currency> currencies; // symbol, code or name
    QHash<QString, Unit> units;
    QHash<QString, int> months;   // normal or stem -> 1..12
    QHash<QString, int> weekdays; // normal or stem -> 1..7
    bool capitalisedDates = false;
    QSet<QString> ordinalSuffixes;
    int longestKey = 1; // tokens in the longest unit, currency or scale name

    explicit Data(const QString &language);

    // The table key of a formatted string: its word and symbol tokens' normal forms, numbers and
    // full stops left out ("1,8 Mio." -> "mio", "60 centimetres" -> "centimetres").
    QString keyOf(const QString &formatted) const;
    void addKey(QHash<QString, Unit> &table, const QString &formatted, const Unit &unit);

    std::unique_ptr<Tokenizer> tokenizer;
};

QString QuantityReader::Data::keyOf(const QString &formatted) const
{
    QStringList parts;
    for (const Token &t : tokenizer->tokenize(formatted)) {
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

void QuantityReader::Data::addKey(QHash<QString, Unit> &table, const QString &formatted,
                                  const Unit &unit)
{
    const QString key = keyOf(formatted);
    if (key.isEmpty() || table.contains(key))
        return;
    table.insert(key, unit);
    longestKey = std::max(longestKey, int(key.count(u' ')) + 1);
}

QuantityReader::Data::Data(const QString &language)
    : tokenizer(std::make_unique<Tokenizer>(language))
{
    const QByteArray code = language.toLatin1();
    const icu::Locale locale(code.constData());
    UErrorCode status = U_ZERO_ERROR;

    // Decimal and grouping marks.
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

    // Number words: every public spell-out rule set (genders, cases), 0 to 999 and round
    // thousands and millions; ordinals the same way.
    status = U_ZERO_ERROR;
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
                for (const Token &t : tokenizer->tokenize(text)) {
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
            if (!suffix.isEmpty() && suffix != u".")
                ordinalSuffixes.insert(suffix);
        }
    }

    // Scale words and abbreviations, with plural forms.
    for (UNumberCompactStyle style : {UNUM_SHORT, UNUM_LONG}) {
        status = U_ZERO_ERROR;
        std::unique_ptr<icu::CompactDecimalFormat> compact(
            icu::CompactDecimalFormat::createInstance(locale, style, status));
        if (U_FAILURE(status) || !compact)
            continue;
        for (double magnitude : {1e3, 1e6, 1e9, 1e12}) {
            for (double mantissa : {1.0, 2.0, 5.0, 1.5, 21.0, 3.0}) {
                icu::UnicodeString out;
                compact->format(mantissa * magnitude, out);
                const QString key = keyOf(fromIcu(out));
                if (!key.isEmpty() && !scales.contains(key)) {
                    scales.insert(key, magnitude);
                    longestKey = std::max(longestKey, int(key.count(u' ')) + 1);
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
                const TokenList t = tokenizer->tokenize(fromIcu(out));
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

    // Currencies: ISO codes, symbols and names in the language. A currency whose symbol in the
    // language is a bare sign ("$" in English, "€", "£", "₽") owns the sign, and the last word
    // of its name: "dollars", "pounds". Other currencies come after; the first to claim a key keeps
    // it.
    status = U_ZERO_ERROR;
    std::vector<QString> isoCodes;
    UEnumeration *codes = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status);
    if (U_SUCCESS(status)) {
        const char *iso = nullptr;
        int32_t length = 0;
        while ((iso = uenum_next(codes, &length, &status)) && U_SUCCESS(status))
            isoCodes.push_back(QString::fromLatin1(iso, length));
        uenum_close(codes);
    }
    std::vector<QByteArray> nameLocales{code};
    if (language == u"en")
        nameLocales.emplace_back("en_GB");
    using Form = Currency::Form;
    auto addCurrency = [&](const QString &text, const QString &isoCode, Form form) {
        const QString key = keyOf(text);
        if (!key.isEmpty() && !currencies.contains(key) && !scales.contains(key)) {
            QString written;
            if (form != Form::Name &&
                std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); })) {
                written = text;
                written.remove(u' ');
                written.remove(u'\u00A0');
            }
            currencies.insert(key, Currency{isoCode, form, written});
            longestKey = std::max(longestKey, int(key.count(u' ')) + 1);
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
        for (UNumberUnitWidth width :
             {UNUM_UNIT_WIDTH_FULL_NAME, UNUM_UNIT_WIDTH_SHORT, UNUM_UNIT_WIDTH_NARROW}) {
            for (const auto &[measure, unit] : measures) {
                const auto formatter =
                    icu::number::NumberFormatter::withLocale(where).unit(measure).unitWidth(width);
                for (double n : {1.0, 2.0, 5.0, 1.5}) {
                    UErrorCode s = U_ZERO_ERROR;
                    const icu::UnicodeString out = formatter.formatDouble(n, s).toString(s);
                    if (U_SUCCESS(s))
                        addKey(units, fromIcu(out), unit);
                }
            }
        }
    }
    units.insert(QStringLiteral("%"), Unit{K::Percent, 1, {}});

    // Months and weekdays, by normal form and by stem (case endings: "августа", "среду").
    status = U_ZERO_ERROR;
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
            table.insert(tokenizer->stem(normal), value);
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

namespace {

std::shared_ptr<const QuantityReader::Data> dataFor(const QString &language)
{
    static std::mutex mutex;
    static std::map<QString, std::shared_ptr<const QuantityReader::Data>> cache;
    const std::lock_guard lock(mutex);
    auto &slot = cache[language];
    if (!slot)
        slot = std::make_shared<const QuantityReader::Data>(language);
    return slot;
}

} // namespace

QuantityReader::QuantityReader(const QString &language)
    : d(dataFor(language))
{}

QuantityReader::~QuantityReader() = default;

QString Quantity::key() const
{
    switch (kind) {
    case Kind::Count:
        return formatValue(value);
    case Kind::Ordinal:
        return QStringLiteral("#ord:") + formatValue(value);
    case Kind::Percent:
        return QStringLiteral("#pct:") + formatValue(value);
    case Kind::Date:
        return QStringLiteral("#date:%1-%2-%3").arg(year).arg(month).arg(day);
    case Kind::Weekday:
        return QStringLiteral("#weekday:") + formatValue(value);
    default:
        return QStringLiteral("#") + dimension() + u':' + formatValue(value);
    }
}

QString Quantity::dimension() const
{
    switch (kind) {
    case Kind::Count:
        return QStringLiteral("count");
    case Kind::Ordinal:
        return QStringLiteral("ordinal");
    case Kind::Percent:
        return QStringLiteral("percent");
    case Kind::Money:
        return QStringLiteral("money:") + unit;
    case Kind::Length:
        return QStringLiteral("length");
    case Kind::Mass:
        return QStringLiteral("mass");
    case Kind::Volume:
        return QStringLiteral("volume");
    case Kind::Area:
        return QStringLiteral("area");
    case Kind::Duration:
        return unit.isEmpty() ? QStringLiteral("duration") : QStringLiteral("duration:") + unit;
    case Kind::Date:
        return QStringLiteral("date");
    case Kind::Weekday:
        return QStringLiteral("weekday");
    }
    return {};
}

bool sameValue(const Quantity &a, const Quantity &b)
{
    if (a.dimension() != b.dimension())
        return false;
    if (a.kind == Quantity::Kind::Date) {
        if (!a.month || !b.month || a.month != b.month)
            return false;
        return (!a.year || !b.year || a.year == b.year) && (!a.day || !b.day || a.day == b.day);
    }
    const double scale = std::max(std::fabs(a.value), std::fabs(b.value));
    return std::fabs(a.value - b.value) <= 1e-9 * std::max(1.0, scale);
}

bool conflicts(const Quantity &a, const Quantity &b)
{
    if (a.dimension() != b.dimension())
        return false;
    if (a.kind == Quantity::Kind::Date)
        return (a.year && b.year && a.year != b.year) ||
               (a.month && b.month && a.month != b.month) || (a.day && b.day && a.day != b.day);
    return !sameValue(a, b);
}

std::vector<Quantity> QuantityReader::read(const TokenList &tokens) const
{
    const Data &data = *d;
    // Pieces: tokens, with numbers glued to letters ("1.8m", "60cm", "14th") split in two.
    std::vector<Piece> pieces;
    pieces.reserve(size_t(tokens.size()));
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        const bool touches = i > 0 && tokens.at(i - 1).begin + tokens.at(i - 1).length == t.begin;
        const QString &n = t.normal;
        qsizetype digitsEnd = 0;
        while (digitsEnd < n.size() &&
               (n.at(digitsEnd).isDigit() ||
                (digitsEnd > 0 &&
                 (n.at(digitsEnd) == u'.' || n.at(digitsEnd) == u',' || n.at(digitsEnd) == u'\'' ||
                  n.at(digitsEnd) == u'\u00A0' || n.at(digitsEnd) == u'\u202F') &&
                 digitsEnd + 1 < n.size() && n.at(digitsEnd + 1).isDigit())))
            ++digitsEnd;
        const bool upper = !t.text.isEmpty() && t.text.at(0).isUpper();
        if (digitsEnd > 0 && digitsEnd < n.size() && n.at(digitsEnd).isLetter()) {
            pieces.push_back({n.left(digitsEnd), i, true, false, false, touches, {}});
            const QString rest = n.mid(digitsEnd);
            pieces.push_back({rest, i, false, true, false, true, rest});
            continue;
        }
        const bool number = digitsEnd == n.size() && digitsEnd > 0;
        pieces.push_back({n, i, number, t.isWord() && !number, upper, touches, t.stem});
    }

    // "d'euros", "l'an": the word after the elided article.
    auto withoutElision = [](const QString &normal) {
        const qsizetype apostrophe = normal.indexOf(u'\'');
        return apostrophe > 0 && apostrophe <= 2 && apostrophe + 1 < normal.size()
                   ? normal.mid(apostrophe + 1)
                   : normal;
    };
    // A digit string read with the language's marks; grouping is accepted only in threes.
    auto digitValue = [&](QString s, bool *ok) -> double {
        s.remove(u'\u00A0');
        s.remove(u'\u202F');
        s.remove(u'\'');
        const qsizetype dots = s.count(u'.');
        const qsizetype commas = s.count(u',');
        QChar decimalMark = data.decimal;
        if (dots && commas) {
            decimalMark = s.lastIndexOf(u'.') > s.lastIndexOf(u',') ? u'.' : u',';
        } else if (dots + commas == 1) {
            const QChar mark = dots ? u'.' : u',';
            const qsizetype after = s.size() - s.indexOf(mark) - 1;
            if (mark != data.decimal && (mark == data.group || data.spaceGrouping) && after == 3 &&
                mark != u'.')
                decimalMark = QChar(); // "1,800" in English: grouping
            else if (mark == data.group && after == 3)
                decimalMark = QChar(); // "1.800" in German
            else
                decimalMark = mark;
        } else if (dots + commas > 1) {
            decimalMark = QChar(); // only grouping marks: "1.800.000", "1,800,000"
        }
        const QChar groupMark =
            decimalMark.isNull() ? (dots ? u'.' : u',') : (decimalMark == u'.' ? u',' : u'.');
        const QString whole = decimalMark.isNull() ? s : s.left(s.indexOf(decimalMark));
        const QStringList groups = whole.split(groupMark);
        for (qsizetype g = 1; g < groups.size(); ++g) {
            if (groups.at(g).size() != 3) {
                *ok = false;
                return 0;
            }
        }
        s.remove(groupMark);
        if (!decimalMark.isNull())
            s.replace(decimalMark, u'.');
        return s.toDouble(ok);
    };

    std::vector<Quantity> out;
    const size_t n = pieces.size();
    // The longest table entry starting at piece p: its length in pieces and the key.
    auto lookup = [&](const auto &table, size_t p, size_t *length) {
        using Table = std::decay_t<decltype(table)>;
        typename Table::const_iterator best = table.constEnd();
        QString key;
        for (size_t k = 0; k < size_t(data.longestKey) && p + k < n; ++k) {
            if (pieces[p + k].normal == u".")
                break;
            if (k)
                key += u' ';
            key += withoutElision(pieces[p + k].normal);
            const auto it = table.constFind(key);
            if (it != table.constEnd()) {
                best = it;
                *length = k + 1;
            }
        }
        return best;
    };
    // A currency at piece p: a symbol or a code written in capitals anywhere, a name only after
    // the number ("5 euros", never "euros 5"; "won" and "rand" are words too).
    auto currencyAt = [&](size_t p, bool beforeNumber, size_t *length) -> QString {
        if (p >= n)
            return {};
        size_t l = 0;
        const auto it = lookup(data.currencies, p, &l);
        if (it == data.currencies.constEnd())
            return {};
        using Form = Data::Currency::Form;
        if (it->form == Form::Name && beforeNumber)
            return {};
        if (!it->written.isEmpty()) {
            QString text;
            for (size_t k = p; k < p + l; ++k) {
                if (k == p || pieces[k].token != pieces[k - 1].token)
                    text += tokens.at(pieces[k].token).text;
            }
            if (text != it->written)
                return {};
        }
        *length = l;
        return it->code;
    };
    // A short lower-case word between the parts of a quantity: "20 de agosto de 2025",
    // "1,8 millones de euros".
    auto isLink = [&](size_t p) {
        return p < n && pieces[p].word && !pieces[p].upper && pieces[p].normal.size() <= 3 &&
               !data.numberVocabulary.contains(pieces[p].normal);
    };
    auto skipDot = [&](size_t p) { return p < n && pieces[p].normal == u"." ? p + 1 : p; };
    auto dayAt = [&](size_t p, size_t *end) -> int {
        if (p >= n || !pieces[p].number || !isDigits(pieces[p].normal) ||
            pieces[p].normal.size() > 2)
            return 0;
        const int day = pieces[p].normal.toInt();
        if (day < 1 || day > 31)
            return 0;
        *end = p + 1;
        if (*end < n && pieces[*end].touches && data.ordinalSuffixes.contains(pieces[*end].normal))
            ++*end;
        return day;
    };
    auto yearAt = [&](size_t p) -> int {
        if (p >= n || !pieces[p].number || pieces[p].normal.size() != 4 ||
            !isDigits(pieces[p].normal))
            return 0;
        const int year = pieces[p].normal.toInt();
        return year >= 1000 && year <= 2999 ? year : 0;
    };
    auto monthAt = [&](size_t p) -> int {
        if (p >= n || !pieces[p].word || (data.capitalisedDates && !pieces[p].upper))
            return 0;
        int month = data.months.value(pieces[p].normal);
        if (!month && !pieces[p].stem.isEmpty())
            month = data.months.value(pieces[p].stem);
        return month;
    };

    size_t p = 0;
    while (p < n) {
        Quantity q;
        size_t end = p;
        const qsizetype first = pieces[p].token;

        // Dates: "20 August 2025", "20. August", "August 20, 2025", "Aug. 20", "August 2025",
        // "2025-08-20", "20.08.2025"; weekdays.
        size_t dayEnd = 0;
        if (const int day = dayAt(p, &dayEnd)) {
            size_t m = skipDot(dayEnd);
            if (!monthAt(m) && isLink(m))
                ++m;
            if (const int month = monthAt(m)) {
                q.kind = Quantity::Kind::Date;
                q.day = day;
                q.month = month;
                end = skipDot(m + 1);
                if (isLink(end) && yearAt(end + 1))
                    ++end;
                if (const int year = yearAt(end))
                    q.year = year, ++end;
                else
                    end = m + 1;
            }
        }
        if (end == p) {
            if (const int month = monthAt(p)) {
                size_t after = skipDot(p + 1);
                if (const int day = dayAt(after, &dayEnd)) {
                    q.kind = Quantity::Kind::Date;
                    q.month = month;
                    q.day = day;
                    end = dayEnd;
                    const size_t y = end < n && pieces[end].normal == u"," ? end + 1 : end;
                    if (const int year = yearAt(y))
                        q.year = year, end = y + 1;
                } else if (const int year = yearAt(after)) {
                    q.kind = Quantity::Kind::Date;
                    q.month = month;
                    q.year = year;
                    end = after + 1;
                }
            }
        }
        if (end == p && pieces[p].number) {
            // ISO 8601 and day.month.year.
            const QStringList parts = pieces[p].normal.split(u'.');
            if (parts.size() == 3 && parts[0].size() <= 2 && parts[1].size() <= 2 &&
                parts[2].size() == 4) {
                q.kind = Quantity::Kind::Date;
                q.day = parts[0].toInt();
                q.month = parts[1].toInt();
                q.year = parts[2].toInt();
                if (q.day >= 1 && q.day <= 31 && q.month >= 1 && q.month <= 12)
                    end = p + 1;
            } else if (yearAt(p) && p + 4 < n && pieces[p + 1].normal == u"-" &&
                       pieces[p + 3].normal == u"-" && pieces[p + 2].number &&
                       pieces[p + 4].number && pieces[p + 2].touches && pieces[p + 4].touches) {
                q.kind = Quantity::Kind::Date;
                q.year = yearAt(p);
                q.month = pieces[p + 2].normal.toInt();
                q.day = pieces[p + 4].normal.toInt();
                if (q.month >= 1 && q.month <= 12 && q.day >= 1 && q.day <= 31)
                    end = p + 5;
            }
        }
        if (end == p && pieces[p].word && (!data.capitalisedDates || pieces[p].upper)) {
            int weekday = data.weekdays.value(pieces[p].normal);
            if (!weekday && !pieces[p].stem.isEmpty())
                weekday = data.weekdays.value(pieces[p].stem);
            if (weekday) {
                q.kind = Quantity::Kind::Weekday;
                q.value = weekday;
                end = p + 1;
            }
        }
        if (end != p) {
            q.firstToken = first;
            q.lastToken = pieces[end - 1].token;
            out.push_back(q);
            p = end;
            continue;
        }

        // Amounts: [currency] number [scale] [currency | unit].
        size_t start = p;
        QString currency;
        size_t length = 0;
        if (const QString code = currencyAt(p, true, &length); !code.isEmpty()) {
            const size_t next = p + length;
            if (next < n &&
                (pieces[next].number || data.numberVocabulary.contains(pieces[next].normal))) {
                currency = code;
                p = next;
            }
        }
        double value = 0;
        bool found = false;
        bool ordinal = false;
        if (pieces[p].number) {
            bool ok = false;
            QString digits = pieces[p].normal;
            size_t next = p + 1;
            // "1 800 000" where the language groups with spaces.
            while (data.spaceGrouping && next < n && pieces[next].number &&
                   pieces[next].normal.size() == 3 && isDigits(pieces[next].normal) &&
                   pieces[next].token == pieces[next - 1].token + 1 &&
                   tokens.at(pieces[next].token).begin ==
                       tokens.at(pieces[next - 1].token).begin +
                           tokens.at(pieces[next - 1].token).length + 1) {
                digits += pieces[next].normal;
                ++next;
            }
            value = digitValue(digits, &ok);
            if (ok) {
                found = true;
                end = next;
                if (end < n && pieces[end].touches &&
                    data.ordinalSuffixes.contains(pieces[end].normal)) {
                    ordinal = true;
                    ++end;
                }
            }
        } else if (data.numberVocabulary.contains(pieces[p].normal)) {
            // The longest run of number words that spells a number.
            QStringList run;
            for (size_t k = p; k < n && k < p + 8; ++k) {
                if (pieces[k].normal == u"-")
                    continue;
                if (!data.numberVocabulary.contains(pieces[k].normal))
                    break;
                run.append(pieces[k].normal);
                const auto it = data.numberWords.constFind(run.join(u' '));
                if (it != data.numberWords.constEnd()) {
                    value = it->first;
                    ordinal = it->second;
                    found = true;
                    end = k + 1;
                }
            }
            // "three hundred twenty" is read as "three hundred" plus "twenty".
            while (found && end < n && data.numberVocabulary.contains(pieces[end].normal)) {
                const auto it = data.numberWords.constFind(pieces[end].normal);
                if (it == data.numberWords.constEnd() || it->first >= value || it->second)
                    break;
                value += it->first;
                ++end;
            }
        }
        if (!found) {
            p = start + 1;
            continue;
        }
        // Scale: "million", "Mio.", "m", "bn".
        double scale = 1;
        bool scaled = false;
        if (!ordinal) {
            if (const auto it = lookup(data.scales, end, &length); it != data.scales.constEnd()) {
                // "m" after an amount of money is a million; after anything else, a metre.
                size_t next = skipDot(end + length);
                size_t l2 = 0;
                if (currencyAt(next, false, &l2).isEmpty() && isLink(next) &&
                    !currencyAt(next + 1, false, &l2).isEmpty())
                    ++next; // "millones de euros"
                const bool moneyFollows = !currencyAt(next, false, &l2).isEmpty();
                size_t l3 = 0;
                const bool unitToo = lookup(data.units, end, &l3) != data.units.constEnd();
                if (!unitToo || !currency.isEmpty() || moneyFollows) {
                    scale = *it;
                    scaled = true;
                    end = next;
                }
            }
        }
        // A lone word "one" or "ein" is an article or a pronoun more often than a number, and
        // "first" a discourse word more often than a rank.
        const bool word = !pieces[p].number;
        if (word && !scaled && value <= 1) {
            p = start + 1;
            continue;
        }
        q.value = value * scale;
        q.kind = ordinal ? Quantity::Kind::Ordinal : Quantity::Kind::Count;
        if (!ordinal) {
            if (currency.isEmpty()) {
                if (const QString code = currencyAt(end, false, &length); !code.isEmpty()) {
                    currency = code;
                    end += length;
                }
            }
            if (!currency.isEmpty()) {
                q.kind = Quantity::Kind::Money;
                q.unit = currency;
            } else if (const auto it = lookup(data.units, end, &length);
                       it != data.units.constEnd()) {
                q.kind = it->kind;
                q.value *= it->factor;
                q.unit = it->unit;
                end += length;
            }
        }
        q.firstToken = pieces[start].token;
        q.lastToken = pieces[end - 1].token;
        out.push_back(q);
        p = end;
    }
    return out;
}

} // namespace Parallax
