// Bounds and ranges of quantities ("more than 60", "10-12", "between 10 and 12", "12-3",
// "20-21 August"): the part of QuantityScan::Scanner that joins and bounds values.

#include "quantityscanner_p.h"

#include <algorithm>
#include <cmath>

namespace Parallax {
namespace QuantityScan {

size_t Scanner::readRange(size_t p, Quantity &q) const
{
    size_t end = readAmount(p, q);
    if (end == p)
        return end;
    // "10-12", "2014/15", "10 to 12".
    if (end + 1 < m_size) {
        const Piece &between = m_pieces[end];
        const bool glued = between.touches && m_pieces[end + 1].touches;
        const Join join = between.normal == u"-" && glued   ? Join::Dash
                          : between.normal == u"/" && glued ? Join::Slash
                          : between.normal == u":" && glued ? Join::Colon
                                                            : Join::Word;
        const bool dateJoin = std::any_of(m_data.rangeWords.cbegin(), m_data.rangeWords.cend(),
                                          [&](const QString &w) { return w == between.normal; });
        const size_t second = end + 1;
        Quantity probe;
        if (join != Join::Slash && join != Join::Colon &&
            (join == Join::Dash || m_data.rangeJoins.contains(between.normal) || dateJoin) &&
            readDate(second, probe) != second) {
            // "20-21 August", "20 and 21 August": days of one month.
            if (const size_t dateEnd = readDate(second, probe);
                (q.kind == Quantity::Kind::Count || q.kind == Quantity::Kind::Ordinal) &&
                m_pieces[p].number && probe.day > 0 && q.value >= 1 && q.value < probe.day &&
                q.value == std::floor(q.value)) {
                const int first = int(q.value);
                q = probe;
                q.high = probe.day;
                q.day = first;
                q.bound = Quantity::Bound::Range;
                q.firstToken = q.valueToken = m_pieces[p].token;
                return dateEnd;
            }
            return end;
        }
        if (join != Join::Word || m_data.rangeJoins.contains(between.normal)) {
            // A time of day after it is no range ("von 10 bis 12 Uhr").
            Quantity high;
            if (readDate(second, probe) == second && readTime(second, probe) == second) {
                const size_t highEnd = readAmount(second, high);
                if (highEnd != second && joinRange(p, q, second, high, join))
                    end = highEnd;
            }
        }
    }
    if (q.bound != Quantity::Bound::Exact || q.kind == Quantity::Kind::Ordinal)
        return end;
    // "60 or more", "60-plus", "60+".
    size_t length = 0;
    const bool hyphen = end + 1 < m_size && m_pieces[end].normal == u"-" && m_pieces[end].touches;
    if (const auto it =
            lookup(m_data.boundsAfter, hyphen ? end + 1 : end, &length, m_data.longestPhrase);
        it != m_data.boundsAfter.constEnd() && (hyphen || length > 1)) {
        q.bound = *it;
        end += length + (hyphen ? 1 : 0);
    } else if (end < m_size && m_pieces[end].normal == u"+" && m_pieces[end].touches) {
        q.bound = Quantity::Bound::AtLeast;
        ++end;
    }
    return end;
}

size_t Scanner::readDayRange(size_t p, Quantity &q) const
{
    if (q.kind != Quantity::Kind::Date || q.day == 0 || q.bound != Quantity::Bound::Exact ||
        p + 1 >= m_size || m_pieces[p].token != m_pieces[p - 1].token + 1)
        return p;
    const bool dash = m_pieces[p].normal == u"-" && m_pieces[p].touches && m_pieces[p + 1].touches;
    // "August 20 and 21," but not "August 20 and 21 people".
    const bool and_ = std::any_of(m_data.rangeWords.cbegin(), m_data.rangeWords.cend(),
                                  [&](const QString &w) { return w == m_pieces[p].normal; }) &&
                      (p + 2 >= m_size || !m_pieces[p + 2].word || yearAt(p + 2));
    if (!dash && !and_ && !m_data.rangeJoins.contains(m_pieces[p].normal))
        return p;
    const QString &digits = m_pieces[p + 1].normal;
    if (!m_pieces[p + 1].number || !isDigits(digits) || digits.size() > 2)
        return p;
    const int last = digits.toInt();
    // "August 20 to 21 people" is no range of days: a day in range, and no unit or scale after.
    if (last <= q.day || last > 31 || measureAt(p + 2))
        return p;
    q.high = last;
    q.bound = Quantity::Bound::Range;
    size_t end = p + 2;
    // "August 20-21, 2025".
    const size_t at = end < m_size && m_pieces[end].normal == u"," ? end + 1 : end;
    if (q.year == 0 && at < m_size) {
        if (const int year = yearAt(at)) {
            q.year = year;
            end = at + 1;
        }
    }
    return end;
}

bool Scanner::measureAt(size_t p) const
{
    size_t length = 0;
    return p < m_size && (lookup(m_data.scales, p, &length) != m_data.scales.constEnd() ||
                          lookup(m_data.units, p, &length) != m_data.units.constEnd() ||
                          !currencyAt(p, false, &length).isEmpty());
}

size_t Scanner::readBounded(size_t p, Quantity &q) const
{
    // Tried at every piece: most are no bound's first word.
    if (!m_data.boundStarts.contains(withoutElision(m_pieces[p].normal)))
        return p;
    size_t length = 0;
    if (const auto between = lookup(m_data.rangeWords, p, &length, m_data.longestPhrase);
        between != m_data.rangeWords.constEnd()) {
        const size_t first = p + length;
        const size_t join = first < m_size ? readAmount(first, q) : first;
        if (join != first && join + 1 < m_size && m_pieces[join].normal == *between) {
            Quantity high;
            const size_t second = join + 1;
            const size_t end = readAmount(second, high);
            if (end != second && joinRange(first, q, second, high, Join::Word)) {
                q.firstToken = m_pieces[p].token;
                q.valueToken = m_pieces[first].token;
                return end;
            }
        }
    }
    auto bound = lookup(m_data.bounds, p, &length, m_data.longestPhrase);
    bool until = false;
    if (bound == m_data.bounds.constEnd()) {
        bound = lookup(m_data.untilBounds, p, &length, m_data.longestPhrase);
        if (bound == m_data.untilBounds.constEnd())
            return p;
        until = true;
    }
    const size_t first = skipDot(p + length); // "ca. 60"
    if (first >= m_size)
        return p;
    Quantity probe;
    if (readDate(first, probe) != first || readWeekday(first, probe) != first ||
        readTime(first, probe) != first)
        return p;
    const size_t end = readRange(first, q);
    if (end == first || q.kind == Quantity::Kind::Ordinal || q.bound != Quantity::Bound::Exact)
        return p;
    // "hasta 2030", "до 2019 года": until a year.
    constexpr int kFirstYear = 1000;
    constexpr int kLastYear = 2999;
    const QString &digits = m_pieces[first].normal;
    if (until && digits.size() == 4 && isDigits(digits) && digits.toInt() >= kFirstYear &&
        digits.toInt() <= kLastYear)
        return p;
    q.bound = *bound;
    q.firstToken = m_pieces[p].token;
    q.valueToken = m_pieces[first].token;
    return end;
}

bool Scanner::joinRange(size_t lowStart, Quantity &low, size_t highStart, const Quantity &high,
                        Join join) const
{
    // "2014-15", "1914-18", "2014/15": a year and the last two digits of a later one.
    constexpr int kFirstYear = 1000;
    constexpr int kLastYear = 2999;
    const QString &lowDigits = m_pieces[lowStart].normal;
    const QString &highDigits = m_pieces[highStart].normal;
    if (join != Join::Word && low.kind == Quantity::Kind::Count &&
        high.kind == Quantity::Kind::Count && lowDigits.size() == 4 && isDigits(lowDigits) &&
        highDigits.size() == 2 && isDigits(highDigits)) {
        const int year = lowDigits.toInt();
        const int later = year / 100 * 100 + highDigits.toInt();
        if (year < kFirstYear || year > kLastYear || later <= year)
            return false;
        low.bound = Quantity::Bound::Range;
        low.high = later;
        return true;
    }
    if (join == Join::Slash)
        return false;
    // "3:1", "1:1": a score (a time of day, with two digits of minutes, was read before).
    constexpr double kLargestTally = 1000;
    if (join == Join::Colon) {
        if (low.kind != Quantity::Kind::Count || high.kind != Quantity::Kind::Count ||
            !m_pieces[lowStart].number || !m_pieces[highStart].number ||
            low.value >= kLargestTally || high.value >= kLargestTally)
            return false;
        low.bound = Quantity::Bound::Tally;
        low.high = high.value;
        return true;
    }
    if (low.kind == Quantity::Kind::Ordinal || high.kind == Quantity::Kind::Ordinal ||
        low.bound != Quantity::Bound::Exact || high.bound != Quantity::Bound::Exact)
        return false;
    // The numbers as written, after a currency sign ("$5").
    auto rawNumber = [&](size_t p, double *value) {
        bool ordinal = false;
        size_t length = 0;
        if (!currencyAt(p, true, &length).isEmpty())
            p += length;
        return p < m_size && readNumber(p, value, &ordinal) != p;
    };
    double rawLow = 0;
    double rawHigh = 0;
    Quantity top = high;
    // "10-12 km", "$5-6 million", "3-4 per cent": the first number takes the second's unit and
    // scale, and a currency before the first is the second's too.
    if (rawNumber(lowStart, &rawLow) && rawNumber(highStart, &rawHigh) && rawHigh != 0) {
        if (low.value == rawLow)
            low.value = rawLow * (high.value / rawHigh);
        if (low.kind == Quantity::Kind::Count && high.kind != Quantity::Kind::Count) {
            low.kind = high.kind;
            low.unit = high.unit;
        } else if (low.kind == Quantity::Kind::Money && high.kind == Quantity::Kind::Count) {
            top.kind = low.kind;
            top.unit = low.unit;
        }
    }
    if (low.dimension() != top.dimension())
        return false;
    if (low.value < high.value) {
        low.bound = Quantity::Bound::Range;
        low.high = high.value;
        return true;
    }
    // "12-3", "a 1-1 draw": two counts in digits, no year among them ("2014-15").
    if (join == Join::Dash && low.kind == Quantity::Kind::Count && m_pieces[lowStart].number &&
        m_pieces[highStart].number && low.value < kLargestTally && high.value < kLargestTally) {
        low.bound = Quantity::Bound::Tally;
        low.high = high.value;
        return true;
    }
    return false;
}

} // namespace QuantityScan
} // namespace Parallax
