// What quantities mean: their keys and dimensions, and when two state the same value or
// disagree (quantity.h).

#include "quantity.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace Parallax {

namespace {

QString formatValue(double value)
{
    if (std::fabs(value) < 1e15 && value == std::round(value))
        return QString::number(qint64(std::llround(value)));
    return QString::number(value, 'g', 12);
}

} // namespace

QString Quantity::key() const
{
    QString number = formatValue(value);
    switch (bound) {
    case Bound::Exact:
        break;
    case Bound::About:
        number.prepend(u'~');
        break;
    case Bound::AtLeast:
        number.prepend(u'>');
        break;
    case Bound::AtMost:
        number.prepend(u'<');
        break;
    case Bound::Range:
        number += u'-' + formatValue(high);
        break;
    case Bound::Tally:
        number += u':' + formatValue(high);
        break;
    }
    switch (kind) {
    case Kind::Count:
        return number;
    case Kind::Ordinal:
        return QStringLiteral("#ord:") + number;
    case Kind::Percent:
        return QStringLiteral("#pct:") + number;
    case Kind::Date:
        return bound == Bound::Range
                   ? QStringLiteral("#date:%1-%2-%3..%4").arg(year).arg(month).arg(day).arg(high)
                   : QStringLiteral("#date:%1-%2-%3").arg(year).arg(month).arg(day);
    case Kind::Weekday:
        return QStringLiteral("#weekday:") + number;
    default:
        return QStringLiteral("#") + dimension() + u':' + number;
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
    case Kind::Time:
        return QStringLiteral("time");
    }
    return {};
}

namespace {

bool equalNumbers(double a, double b)
{
    const double scale = std::max(std::fabs(a), std::fabs(b));
    return std::fabs(a - b) <= 1e-9 * std::max(1.0, scale);
}

// The values a bounded quantity allows, both ends included.
std::pair<double, double> allowed(const Quantity &q)
{
    constexpr double kAbout = 0.1; // "about 60": 54 to 66
    constexpr double kInfinity = std::numeric_limits<double>::infinity();
    switch (q.bound) {
    case Quantity::Bound::About: {
        const double a = q.value * (1 - kAbout);
        const double b = q.value * (1 + kAbout);
        return {std::min(a, b), std::max(a, b)};
    }
    case Quantity::Bound::AtLeast:
        return {q.value, kInfinity};
    case Quantity::Bound::AtMost:
        return {-kInfinity, q.value};
    case Quantity::Bound::Range:
        return {q.value, q.high};
    case Quantity::Bound::Exact:
    case Quantity::Bound::Tally:
        break;
    }
    return {q.value, q.value};
}

// Whether two quantities of one dimension state the same number, bounds aside ("about 60" and
// "60"); ranges and tallies only the same two.
bool sameNumber(const Quantity &a, const Quantity &b)
{
    if (a.dimension() != b.dimension())
        return false;
    if (a.kind == Quantity::Kind::Date) {
        if (!a.month || !b.month || a.month != b.month)
            return false;
        return (!a.year || !b.year || a.year == b.year) && (!a.day || !b.day || a.day == b.day) &&
               (a.bound != Quantity::Bound::Range || b.bound != Quantity::Bound::Range ||
                a.high == b.high);
    }
    if (a.kind == Quantity::Kind::Time && (a.unit == u"12h" || b.unit == u"12h"))
        return std::fmod(std::fabs(a.value - b.value), 720.0) == 0; // "3:15" and "15:15"
    if ((a.bound == Quantity::Bound::Range || a.bound == Quantity::Bound::Tally ||
         b.bound == Quantity::Bound::Range || b.bound == Quantity::Bound::Tally) &&
        (a.bound != b.bound || !equalNumbers(a.high, b.high)))
        return false;
    return equalNumbers(a.value, b.value);
}

} // namespace

bool sameValue(const Quantity &a, const Quantity &b)
{
    return a.bound == b.bound && sameNumber(a, b);
}

bool conflicts(const Quantity &a, const Quantity &b)
{
    // The same amount in another currency is a changed currency; another amount in another
    // currency may be a conversion ("€5m ($5.4m)"), so it is no conflict.
    if (a.kind == Quantity::Kind::Money && b.kind == Quantity::Kind::Money && a.unit != b.unit) {
        Quantity same = b;
        same.unit = a.unit;
        return sameValue(a, same);
    }
    if (a.dimension() != b.dimension())
        return false;
    if (a.kind == Quantity::Kind::Date) {
        if ((a.year && b.year && a.year != b.year) || (a.month && b.month && a.month != b.month))
            return true;
        if (!a.day || !b.day)
            return false;
        // Days of a range ("20-21 August") agree with each day in it; two ranges must be the
        // same.
        const bool rangeA = a.bound == Quantity::Bound::Range;
        const bool rangeB = b.bound == Quantity::Bound::Range;
        if (rangeA && rangeB)
            return a.day != b.day || a.high != b.high;
        const double lastA = rangeA ? a.high : a.day;
        const double lastB = rangeB ? b.high : b.day;
        return lastA < b.day || lastB < a.day;
    }
    const bool tallyA = a.bound == Quantity::Bound::Tally;
    const bool tallyB = b.bound == Quantity::Bound::Tally;
    if (tallyA != tallyB)
        return false;
    // Two figures bounded alike are two reports of one figure: "at least 12" / "at least 14"
    // dead is a changed toll, "about 60" / "about 70" another estimate.
    if (a.bound == b.bound)
        return !sameValue(a, b);
    const auto [loA, hiA] = allowed(a);
    const auto [loB, hiB] = allowed(b);
    auto below = [](double x, double y) { return x < y && !equalNumbers(x, y); };
    return below(hiA, loB) || below(hiB, loA);
}

bool restates(const Quantity &a, const Quantity &b)
{
    return a.dimension() == b.dimension() &&
           (a.bound != Quantity::Bound::Exact || b.bound != Quantity::Bound::Exact) &&
           a.bound != Quantity::Bound::Tally && b.bound != Quantity::Bound::Tally &&
           !sameValue(a, b) && !conflicts(a, b);
}

} // namespace Parallax
