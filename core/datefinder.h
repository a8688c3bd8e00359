#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTime>

namespace Parallax {

struct DateMatch
{
    QDate date; // invalid when nothing was found
    qsizetype begin = 0;
    qsizetype length = 0;
};

// Finds the first calendar date a text states: ISO 8601 (2025-08-20), day.month.year
// (20.08.2025), and written months, whole or abbreviated, as ICU's calendar data (CLDR) names
// them in English, German, French, Spanish, Italian, Portuguese, Dutch, Russian, Ukrainian,
// Polish, Swedish, Danish, Norwegian, Finnish and Czech ("August 20, 2025", "Aug. 20, 2025",
// "20 August 2025", "20. August 2025", "3 mars 2026", "1er mars 2026", "3 de marzo de 2026",
// "20 августа 2025"), and numbers with slashes ("06/07/2025"): day first when the first number
// is above 12, month first when the second is, and otherwise in the order of the language's
// short date format in ICU's locale data (CLDR: day first in "pt", "fr", "en-GB"..., month
// first in "en"); with no language (an ISO 639-1 code), such an ambiguous date is read day
// first, the order of most of the world.
DateMatch findDate(const QString &text, const QString &language = QString());

// The first time of day a text states: 24-hour "15:15" (or "15.15 Uhr"), 12-hour "3:15 PM",
// "3:15 p.m.", "3 PM". Invalid when there is none.
QTime findTime(const QString &text);

// The time of day stated right after a date found in text: within the next 16 characters
// (", 3:15 PM", " 15:15", "T09:30:00Z"). Invalid when there is none.
QTime timeAfterDate(const QString &text, const DateMatch &date);

// Reads a date, and optionally a time after it, as a user types it in the Sources panel: the
// locale's short date format (two-digit years are taken as 20xx before 1950), ISO 8601
// ("2025-08-20", "2025-08-20 15:15", "2025-08-20T15:15"), or any form findDate reads
// ("Aug. 20, 2025 3:15 PM"); a time alone is also accepted. True when the whole text was read
// (*date and *time invalid for what it leaves out; both invalid for an empty text), false when
// it is not a date: *date and *time are then left untouched.
bool parseDateInput(const QString &text, const QLocale &locale, QDate *date, QTime *time);

// A time counted back from when the page was read: "15 hours ago", "an hour ago", "vor 2 Tagen",
// "il y a 3 jours", "hace 2 horas", "2 дня назад"; and, when the text is only that (with perhaps
// a time after it), "yesterday"/"today" in English, German, French, Spanish and Russian. The
// units of these languages are a closed class of each language, kept in a small table (ICU
// formats relative times but does not parse them).
struct RelativeTime
{
    enum class Unit { None, Minute, Hour, Day, Week, Month, Year };
    Unit unit = Unit::None; // None: the text states no relative time
    int amount = 0;         // how many units back ("yesterday": 1 day, "today": 0 days)
    qsizetype begin = 0;    // where it stands in the text (UTF-16 code units)
    qsizetype length = 0;
};
RelativeTime findRelativeTime(const QString &text);

// The moment `relative` points to, counted back from a known date and time (the page's own
// saved date). Minutes and hours need a known time and give a date and a time; days, weeks,
// months and years give a date only. False, and *date and *time untouched, when it cannot be
// resolved (no relative time, no known date, or minutes or hours without a known time).
bool resolveRelativeTime(const RelativeTime &relative, QDate knownDate, QTime knownTime,
                         QDate *date, QTime *time);

// A date in a URL path such as /2025/08/20/.
QDate dateFromUrlPath(const QString &url);

} // namespace Parallax
