#include "datefinder.h"

#include <QRegularExpression>

#include <array>

namespace Parallax {

namespace {

// Full month names in English, German and Russian (nominative and genitive). A word names a
// month when it is one of them or an abbreviation of one ("Aug", "Sept", "Okt").
const QStringList &monthNames(int month)
{
    static const QList<QStringList> names{
        {QStringLiteral("january"), QStringLiteral("januar"), QStringLiteral("jänner"),
         QStringLiteral("январь"), QStringLiteral("января")},
        {QStringLiteral("february"), QStringLiteral("februar"), QStringLiteral("февраль"),
         QStringLiteral("февраля")},
        {QStringLiteral("march"), QStringLiteral("märz"), QStringLiteral("март"),
         QStringLiteral("марта")},
        {QStringLiteral("april"), QStringLiteral("апрель"), QStringLiteral("апреля")},
        {QStringLiteral("may"), QStringLiteral("mai"), QStringLiteral("май"),
         QStringLiteral("мая")},
        {QStringLiteral("june"), QStringLiteral("juni"), QStringLiteral("июнь"),
         QStringLiteral("июня")},
        {QStringLiteral("july"), QStringLiteral("juli"), QStringLiteral("июль"),
         QStringLiteral("июля")},
        {QStringLiteral("august"), QStringLiteral("август"), QStringLiteral("августа")},
        {QStringLiteral("september"), QStringLiteral("сентябрь"), QStringLiteral("сентября")},
        {QStringLiteral("october"), QStringLiteral("oktober"), QStringLiteral("октябрь"),
         QStringLiteral("октября")},
        {QStringLiteral("november"), QStringLiteral("ноябрь"), QStringLiteral("ноября")},
        {QStringLiteral("december"), QStringLiteral("dezember"), QStringLiteral("декабрь"),
         QStringLiteral("декабря")},
    };
    return names.at(month - 1);
}

int monthFromName(const QString &word)
{
    const QString w = word.toLower();
    if (w.size() < 3)
        return 0;
    for (int month = 1; month <= 12; ++month) {
        for (const QString &name : monthNames(month)) {
            if (name.startsWith(w))
                return month;
        }
    }
    return 0;
}

// The longest month name is 9 letters (September) plus case endings.
const QString monthWord = QStringLiteral(R"((\p{L}{3,10})\.?)");

} // namespace

DateMatch findDate(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral(R"(\b(\d{4})-(\d{2})-(\d{2})(?!\d))"));
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
