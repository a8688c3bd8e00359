#include "quantity.h"

#include "quantityscanner_p.h"
#include "tokenizer.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace Parallax {

QuantityReader::QuantityReader(const QString &language)
    : d(quantityTables(language))
{}

QuantityReader::~QuantityReader() = default;

namespace QuantityScan {

// Pieces: tokens, with numbers glued to letters ("1.8m", "60cm", "14th") split in two.
Scanner::Scanner(const QuantityReader::Data &data, const TokenList &tokens)
    : m_data(data)
    , m_tokens(tokens)
{
    m_pieces.reserve(size_t(tokens.size()));
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
            m_pieces.push_back({n.left(digitsEnd), i, true, false, false, touches, {}});
            const QString rest = n.mid(digitsEnd);
            m_pieces.push_back({rest, i, false, true, false, true, rest});
            continue;
        }
        const bool number = digitsEnd == n.size() && digitsEnd > 0;
        m_pieces.push_back({n, i, number, t.isWord() && !number, upper, touches, t.stem});
    }
    m_size = m_pieces.size();
}

std::vector<Quantity> Scanner::readAll()
{
    std::vector<Quantity> out;
    size_t p = 0;
    while (p < m_size) {
        Quantity q;
        size_t end = readDate(p, q);
        if (end != p)
            end = readDayRange(end, q);
        if (end == p)
            end = readWeekday(p, q);
        if (end == p)
            end = readTime(p, q);
        if (end == p)
            end = readBounded(p, q);
        if (end == p)
            end = readRange(p, q);
        if (end == p) {
            ++p;
            continue;
        }
        q.lastToken = m_pieces[end - 1].token;
        out.push_back(q);
        p = end;
    }
    return out;
}

// A digit string read with the language's marks; grouping is accepted only in threes.
double Scanner::digitValue(QString s, bool *ok) const
{
    s.remove(u'\u00A0');
    s.remove(u'\u202F');
    s.remove(u'\'');
    const qsizetype dots = s.count(u'.');
    const qsizetype commas = s.count(u',');
    QChar decimalMark = m_data.decimal;
    if (dots && commas) {
        decimalMark = s.lastIndexOf(u'.') > s.lastIndexOf(u',') ? u'.' : u',';
    } else if (dots + commas == 1) {
        const QChar mark = dots ? u'.' : u',';
        const qsizetype after = s.size() - s.indexOf(mark) - 1;
        if (mark != m_data.decimal && (mark == m_data.group || m_data.spaceGrouping) &&
            after == 3 && mark != u'.')
            decimalMark = QChar(); // "1,800" in English: grouping
        else if (mark == m_data.group && after == 3)
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
}

// A currency at piece p: a symbol or a code written in capitals anywhere, a name only after
// the number ("5 euros", never "euros 5"; "won" and "rand" are words too).
QString Scanner::currencyAt(size_t p, bool beforeNumber, size_t *length) const
{
    if (p >= m_size)
        return {};
    size_t l = 0;
    const auto it = lookup(m_data.currencies, p, &l);
    if (it == m_data.currencies.constEnd())
        return {};
    using Form = Data::Currency::Form;
    if (it->form == Form::Name && beforeNumber)
        return {};
    if (!it->written.isEmpty()) {
        QString text;
        for (size_t k = p; k < p + l; ++k) {
            if (k == p || m_pieces[k].token != m_pieces[k - 1].token)
                text += m_tokens.at(m_pieces[k].token).text;
        }
        if (text != it->written)
            return {};
    }
    *length = l;
    return it->code;
}

// A short lower-case word between the parts of a quantity: "20 de agosto de 2025",
// "1,8 millones de euros".
bool Scanner::isLink(size_t p) const
{
    return p < m_size && m_pieces[p].word && !m_pieces[p].upper && m_pieces[p].normal.size() <= 3 &&
           !m_data.numberVocabulary.contains(m_pieces[p].normal);
}

size_t Scanner::skipDot(size_t p) const
{
    return p < m_size && m_pieces[p].normal == u"." ? p + 1 : p;
}

int Scanner::dayAt(size_t p, size_t *end) const
{
    if (p >= m_size || !m_pieces[p].number || !isDigits(m_pieces[p].normal) ||
        m_pieces[p].normal.size() > 2)
        return 0;
    const int day = m_pieces[p].normal.toInt();
    if (day < 1 || day > 31)
        return 0;
    *end = p + 1;
    if (*end < m_size && m_pieces[*end].touches &&
        m_data.ordinalSuffixes.contains(m_pieces[*end].normal))
        ++*end;
    return day;
}

int Scanner::yearAt(size_t p) const
{
    if (p >= m_size || !m_pieces[p].number || m_pieces[p].normal.size() != 4 ||
        !isDigits(m_pieces[p].normal))
        return 0;
    const int year = m_pieces[p].normal.toInt();
    return year >= 1000 && year <= 2999 ? year : 0;
}

int Scanner::monthAt(size_t p) const
{
    if (p >= m_size || !m_pieces[p].word || (m_data.capitalisedDates && !m_pieces[p].upper))
        return 0;
    int month = m_data.months.value(m_pieces[p].normal);
    if (!month && !m_pieces[p].stem.isEmpty())
        month = m_data.months.value(m_pieces[p].stem);
    return month;
}

// "20 August 2025", "20. August", "August 20, 2025", "Aug. 20", "August 2025", "2025-08-20",
// "20.08.2025", and a month alone after a word in lower case ("in January").
size_t Scanner::readDate(size_t p, Quantity &q) const
{
    q.firstToken = m_pieces[p].token;
    q.valueToken = m_pieces[p].token;
    size_t end = p;
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
                const size_t y = end < m_size && m_pieces[end].normal == u"," ? end + 1 : end;
                if (const int year = yearAt(y))
                    q.year = year, end = y + 1;
            } else if (const int year = yearAt(after)) {
                q.kind = Quantity::Kind::Date;
                q.month = month;
                q.year = year;
                end = after + 1;
            } else if (p > 0 && m_pieces[p - 1].word && !m_pieces[p - 1].upper &&
                       (m_pieces[p].upper || !m_data.capitalisedDates)) {
                // A month alone after a word in lower case ("in January", "since March"): not
                // a name ("Theresa May") or a sentence's first word ("May I ...").
                q.kind = Quantity::Kind::Date;
                q.month = month;
                end = p + 1;
            }
        }
    }
    if (end == p && m_pieces[p].number) {
        // ISO 8601 and day.month.year.
        const QStringList parts = m_pieces[p].normal.split(u'.');
        if (parts.size() == 3 && parts[0].size() <= 2 && parts[1].size() <= 2 &&
            parts[2].size() == 4) {
            q.kind = Quantity::Kind::Date;
            q.day = parts[0].toInt();
            q.month = parts[1].toInt();
            q.year = parts[2].toInt();
            if (q.day >= 1 && q.day <= 31 && q.month >= 1 && q.month <= 12)
                end = p + 1;
        } else if (yearAt(p) && p + 4 < m_size && m_pieces[p + 1].normal == u"-" &&
                   m_pieces[p + 3].normal == u"-" && m_pieces[p + 2].number &&
                   m_pieces[p + 4].number && m_pieces[p + 2].touches && m_pieces[p + 4].touches) {
            q.kind = Quantity::Kind::Date;
            q.year = yearAt(p);
            q.month = m_pieces[p + 2].normal.toInt();
            q.day = m_pieces[p + 4].normal.toInt();
            if (q.month >= 1 && q.month <= 12 && q.day >= 1 && q.day <= 31)
                end = p + 5;
        }
    }
    return end;
}

size_t Scanner::readWeekday(size_t p, Quantity &q) const
{
    if (!m_pieces[p].word || (m_data.capitalisedDates && !m_pieces[p].upper))
        return p;
    int weekday = m_data.weekdays.value(m_pieces[p].normal);
    // By stem ("Mittwochs", "Mondays") only where weekdays are capitalised: in lower case a stem
    // is too short a guide (Russian "среди", "among", shares the stem of "среда").
    if (!weekday && m_data.capitalisedDates && !m_pieces[p].stem.isEmpty())
        weekday = m_data.weekdays.value(m_pieces[p].stem);
    if (!weekday)
        return p;
    q = Quantity();
    q.kind = Quantity::Kind::Weekday;
    q.value = weekday;
    q.firstToken = m_pieces[p].token;
    q.valueToken = m_pieces[p].token;
    return p + 1;
}

// A time of day: hour and minutes joined by ':' (or the language's separator: "15h30"), an
// hour with a day period ("3 pm", "3:15 p.m.", "10.30am") or with the language's word for
// o'clock ("15 Uhr"). A bare "3:15" is read too; "3:1", "10.30" alone and "15" alone are not.
size_t Scanner::readTime(size_t p, Quantity &q) const
{
    if (!m_pieces[p].number)
        return p;
    const QString &first = m_pieces[p].normal;
    auto twoDigits = [](QStringView s) { return s.size() == 2 && isDigits(s); };
    int hour = -1;
    int minute = 0;
    bool minutes = false; // given with a separator: a time even without a marker
    bool dotted = false;  // "10.30": a time only with a marker after it
    size_t end = p + 1;
    if (first.size() <= 2 && isDigits(first)) {
        hour = first.toInt();
        if (end + 1 < m_size && m_pieces[end].touches && m_pieces[end + 1].touches &&
            m_data.timeSeparators.contains(m_pieces[end].normal) &&
            twoDigits(m_pieces[end + 1].normal)) {
            minute = m_pieces[end + 1].normal.toInt();
            minutes = true;
            end += 2;
        } else if (end < m_size && m_pieces[end].touches && m_pieces[end].word) {
            // "15h30": the separator is a word glued to both numbers.
            const QString &rest = m_pieces[end].normal;
            if (rest.size() > 2 && twoDigits(QStringView(rest).right(2)) &&
                (m_data.timeSeparators.contains(rest.chopped(2)) ||
                 m_data.hourWords.contains(rest.chopped(2)))) {
                minute = rest.right(2).toInt();
                minutes = true;
                ++end;
            }
        }
    } else if (first.size() >= 4 && first.size() <= 5 && first.at(first.size() - 3) == u'.' &&
               isDigits(QStringView(first).left(first.size() - 3)) &&
               twoDigits(QStringView(first).right(2))) {
        hour = first.left(first.size() - 3).toInt();
        minute = first.right(2).toInt();
        dotted = true;
    }
    if (hour < 0 || hour > 24 || minute > 59)
        return p;
    // A day period after it, written with or without dots and spaces ("pm", "p.m.", "p. m.").
    int period = -1;
    QString joined;
    for (size_t k = end; k < m_size && k < end + 4; ++k) {
        if (m_pieces[k].normal == u"." && k == end)
            break;
        joined += QString(m_pieces[k].normal).remove(u'.');
        const auto it = m_data.dayPeriods.constFind(joined);
        if (it != m_data.dayPeriods.constEnd()) {
            period = *it;
            end = k + 1;
            if (end < m_size && m_pieces[end].normal == u"." && m_pieces[end].touches)
                ++end; // "p.m." with its last dot
            break;
        }
    }
    bool marker = period >= 0;
    if (end < m_size && m_data.hourWords.contains(m_pieces[end].normal)) {
        marker = true;
        ++end;
    }
    if (!marker && (dotted || !minutes))
        return p;
    if (period >= 0 && (hour < 1 || hour > 12))
        return p;
    q = Quantity();
    q.kind = Quantity::Kind::Time;
    q.firstToken = m_pieces[p].token;
    q.valueToken = m_pieces[p].token;
    q.value = period >= 0 ? (hour % 12 + period) * 60 + minute : (hour % 24) * 60 + minute;
    // "3:15" in a language that writes the 12-hour clock: before or after noon, unknown.
    if (period < 0 && hour >= 1 && hour <= 12 && m_data.twelveHourClock)
        q.unit = QStringLiteral("12h");
    return end;
}

size_t Scanner::readNumber(size_t p, double *value, bool *ordinal) const
{
    size_t end = p;
    if (m_pieces[p].number) {
        bool ok = false;
        QString digits = m_pieces[p].normal;
        size_t next = p + 1;
        // "1 800 000" where the language groups with spaces.
        while (m_data.spaceGrouping && next < m_size && m_pieces[next].number &&
               m_pieces[next].normal.size() == 3 && isDigits(m_pieces[next].normal) &&
               m_pieces[next].token == m_pieces[next - 1].token + 1 &&
               m_tokens.at(m_pieces[next].token).begin ==
                   m_tokens.at(m_pieces[next - 1].token).begin +
                       m_tokens.at(m_pieces[next - 1].token).length + 1) {
            digits += m_pieces[next].normal;
            ++next;
        }
        *value = digitValue(digits, &ok);
        if (!ok)
            return p;
        end = next;
        if (end < m_size && m_pieces[end].touches &&
            m_data.ordinalSuffixes.contains(m_pieces[end].normal)) {
            *ordinal = true;
            ++end;
        } else if (m_data.periodOrdinals && end + 1 < m_size && m_pieces[end].normal == u"." &&
                   m_pieces[end].touches && !m_pieces[end + 1].touches && m_pieces[end + 1].word) {
            // "am 6. Tag": a period glued to the digits and a word after it. A sentence's last
            // number ("es waren 6.") has nothing after its period and stays a count.
            *ordinal = true;
            ++end;
        }
        return end;
    }
    // "a hundred", "a million": an article before a scale word is one.
    size_t length = 0;
    if (m_data.articles.contains(m_pieces[p].normal) &&
        lookup(m_data.scales, p + 1, &length) != m_data.scales.constEnd()) {
        *value = 1;
        return p + 1;
    }
    if (!m_data.numberVocabulary.contains(m_pieces[p].normal))
        return p;
    // The longest run of number words that spells a number.
    QStringList run;
    for (size_t k = p; k < m_size && k < p + 8; ++k) {
        if (m_pieces[k].normal == u"-")
            continue;
        if (!m_data.numberVocabulary.contains(m_pieces[k].normal))
            break;
        run.append(m_pieces[k].normal);
        const auto it = m_data.numberWords.constFind(run.join(u' '));
        if (it != m_data.numberWords.constEnd()) {
            *value = it->first;
            *ordinal = it->second;
            end = k + 1;
        }
    }
    // "three hundred twenty" is read as "three hundred" plus "twenty".
    while (end != p && end < m_size && m_data.numberVocabulary.contains(m_pieces[end].normal)) {
        const auto it = m_data.numberWords.constFind(m_pieces[end].normal);
        // Not a half: "eine halbe Million" is half a million.
        if (it == m_data.numberWords.constEnd() || it->first >= *value || it->first < 1 ||
            it->second)
            break;
        *value += it->first;
        ++end;
    }
    return end;
}

// [currency] number [scale] [currency | unit].
size_t Scanner::readAmount(size_t start, Quantity &q) const
{
    q = Quantity();
    q.firstToken = m_pieces[start].token;
    q.valueToken = m_pieces[start].token;
    size_t p = start;
    QString currency;
    size_t length = 0;
    if (const QString code = currencyAt(p, true, &length); !code.isEmpty()) {
        const size_t next = p + length;
        if (next < m_size &&
            (m_pieces[next].number || m_data.numberVocabulary.contains(m_pieces[next].normal))) {
            currency = code;
            p = next;
        }
    }
    double value = 0;
    bool ordinal = false;
    size_t end = readNumber(p, &value, &ordinal);
    if (end == p)
        return start;
    // Scale: "million", "Mio.", "m", "bn".
    double scale = 1;
    bool scaled = false;
    if (!ordinal) {
        // "two and a half years", "one and a half million"; not a time of day ("diez y media").
        if (value == std::floor(value) &&
            lookup(m_data.andAHalf, end, &length, m_data.longestPhrase) !=
                m_data.andAHalf.constEnd() &&
            measureAt(end + length)) {
            value += 0.5;
            end += length;
        }
        // "half a million", "un demi-million": a half, a short word or a hyphen, the scale.
        size_t at = end;
        if (value < 1 && at + 1 < m_size && (isLink(at) || m_pieces[at].normal == u"-") &&
            lookup(m_data.scales, at + 1, &length) != m_data.scales.constEnd())
            ++at;
        if (const auto it = lookup(m_data.scales, at, &length); it != m_data.scales.constEnd()) {
            // "m" after an amount of money is a million; after anything else, a metre.
            size_t next = skipDot(at + length);
            // "un millón y medio", "un milione e mezzo".
            double half = 0;
            size_t l1 = 0;
            if (lookup(m_data.andAHalf, next, &l1, m_data.longestPhrase) !=
                m_data.andAHalf.constEnd()) {
                half = 0.5;
                next += l1;
            }
            size_t l2 = 0;
            if (currency.isEmpty() && currencyAt(next, false, &l2).isEmpty() && isLink(next) &&
                !currencyAt(next + 1, false, &l2).isEmpty())
                ++next; // "millones de euros"; not "$5m and $6m"
            const bool moneyFollows = !currencyAt(next, false, &l2).isEmpty();
            size_t l3 = 0;
            const bool unitToo = lookup(m_data.units, at, &l3) != m_data.units.constEnd();
            if (!unitToo || !currency.isEmpty() || moneyFollows) {
                scale = *it;
                scaled = true;
                value += half;
                end = next;
            }
        }
    }
    // A lone word "one" or "ein" is an article or a pronoun more often than a number, and
    // "first" a discourse word more often than a rank.
    if (!m_pieces[p].number && !scaled && value <= 1)
        return start;
    q.value = value * scale;
    // "une centaine", "una ventina": a number word that counts roughly.
    if (end == p + 1 && m_data.roughNumbers.contains(m_pieces[p].normal))
        q.bound = Quantity::Bound::About;
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
        } else {
            // A compound before a noun joins the unit with a hyphen: "a 42-metre bridge",
            // "die 42-Meter-Brücke".
            const size_t at = end + 1 < m_size && m_pieces[end].normal == u"-" ? end + 1 : end;
            if (const auto it = lookup(m_data.units, at, &length); it != m_data.units.constEnd()) {
                q.kind = it->kind;
                q.value *= it->factor;
                q.unit = it->unit;
                end = at + length;
                // "dos años y medio".
                if (value == std::floor(value) &&
                    lookup(m_data.andAHalf, end, &length, m_data.longestPhrase) !=
                        m_data.andAHalf.constEnd()) {
                    q.value += 0.5 * it->factor * scale;
                    end += length;
                }
            }
        }
    }
    return end;
}

} // namespace QuantityScan

std::vector<Quantity> QuantityReader::read(const TokenList &tokens) const
{
    return QuantityScan::Scanner(*d, tokens).readAll();
}

} // namespace Parallax
