#include "datefinder.h"

#include <QRegularExpression>

#include <array>

namespace Parallax {

namespace {

struct MonthName
{
    const char16_t *prefix; // enough letters to tell the month apart
    int month;
};

// Month names are matched by prefix so that "Aug", "Aug.", "August", "augusta" and the
// Russian genitive "августа" all count.
constexpr std::array<MonthName, 36> monthPrefixes{{
    {u"jan", 1},  {u"feb", 2},  {u"mar", 3},  {u"apr", 4},  {u"may", 5},  {u"jun", 6},
    {u"jul", 7},  {u"aug", 8},  {u"sep", 9},  {u"oct", 10}, {u"nov", 11}, {u"dec", 12},
    {u"jän", 1},  {u"mär", 3},  {u"mai", 5},  {u"okt", 10}, {u"dez", 12}, {u"feber", 2},
    {u"янв", 1},  {u"фев", 2},  {u"мар", 3},  {u"апр", 4},  {u"ма", 5},   {u"июн", 6},
    {u"июл", 7},  {u"авг", 8},  {u"сен", 9},  {u"окт", 10}, {u"ноя", 11}, {u"дек", 12},
    {u"juni", 6}, {u"juli", 7}, {u"sept", 9}, {u"märz", 3}, {u"janu", 1}, {u"febr", 2},
}};

int monthFromName(const QString &word)
{
    const QString w = word.toLower();
    if (w.size() < 3 && w != u"ма")
        return 0;
    for (const MonthName &m : monthPrefixes) {
        const QStringView prefix(m.prefix);
        if (w.startsWith(prefix))
            return m.month;
    }
    return 0;
}

// The longest month name is 9 letters (September) plus case endings.
const QString monthWord = QStringLiteral(R"((\p{L}{3,10})\.?)");

} // namespace

DateMatch findDate(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral(R"(\b(\d{4})-(\d{2})-(\d{2})\b)"));
    static const QRegularExpression dotted(QStringLiteral(R"(\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b)"));
    static const QRegularExpression monthFirst(
        QStringLiteral(R"(\b%1\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b)").arg(monthWord));
    static const QRegularExpression dayFirst(
        QStringLiteral(R"(\b(\d{1,2})\.?\s+%1,?\s+(\d{4})\b)").arg(monthWord));

    DateMatch best;
    auto consider = [&](const QRegularExpressionMatch &m, int y, int mo, int d) {
        const QDate date(y, mo, d);
        if (!date.isValid() || (best.date.isValid() && best.begin <= m.capturedStart()))
            return;
        best = {date, m.capturedStart(), m.capturedLength()};
    };

    for (auto it = iso.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        consider(m, m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    }
    for (auto it = dotted.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        consider(m, m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    }
    for (auto it = monthFirst.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (const int month = monthFromName(m.captured(1)))
            consider(m, m.captured(3).toInt(), month, m.captured(2).toInt());
    }
    for (auto it = dayFirst.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (const int month = monthFromName(m.captured(2)))
            consider(m, m.captured(3).toInt(), month, m.captured(1).toInt());
    }
    return best;
}

QDate dateFromUrlPath(const QString &url)
{
    static const QRegularExpression re(QStringLiteral(R"(/(\d{4})/(\d{1,2})/(\d{1,2})(?:/|$))"));
    const auto m = re.match(url);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return date.isValid() && date.year() >= 1990 ? date : QDate();
}

} // namespace Parallax
