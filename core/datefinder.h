#pragma once

#include <QDate>
#include <QString>

namespace Parallax {

struct DateMatch
{
    QDate date; // invalid when nothing was found
    qsizetype begin = 0;
    qsizetype length = 0;
};

// Finds the first calendar date a text states: ISO 8601 (2025-08-20), day.month.year
// (20.08.2025), and written months in English, German and Russian ("August 20, 2025",
// "Aug. 20, 2025", "20 August 2025", "20. August 2025", "20 августа 2025").
DateMatch findDate(const QString &text);

// A date in a URL path such as /2025/08/20/.
QDate dateFromUrlPath(const QString &url);

} // namespace Parallax
