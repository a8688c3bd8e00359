#include "datefinder.h"

#include <QDateTime>
#include <QRegularExpression>

#include <QMutex>

#include <unicode/datefmt.h>
#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/smpdtfmt.h>

#include <array>
#include <memory>

namespace Parallax {

namespace {

// Month names (lower case, without a final dot), from ICU's calendar data (CLDR) of the
// languages Parallax reads: wide and abbreviated, in the forms used inside a date and alone
// (Russian "августа" and "август"). A word names a month when it is one of them or an
// abbreviation of one ("Aug", "Sept", "Okt", "févr").
const QStringList &monthNames(int month)
{
    static const std::array<QStringList, 12> names = [] {
        std::array<QStringList, 12> out;
        static const char *const languages[] = {"en", "de", "fr", "es", "it", "pt", "nl", "ru",
                                                "uk", "pl", "sv", "da", "nb", "fi", "cs"};
        using Symbols = icu::DateFormatSymbols;
        for (const char *language : languages) {
            UErrorCode status = U_ZERO_ERROR;
            const Symbols symbols{icu::Locale(language), status};
            if (U_FAILURE(status))
                continue;
            for (const auto context : {Symbols::FORMAT, Symbols::STANDALONE}) {
                for (const auto width : {Symbols::WIDE, Symbols::ABBREVIATED}) {
                    int32_t count = 0;
                    const icu::UnicodeString *months = symbols.getMonths(count, context, width);
                    for (int32_t m = 0; m < count && m < 12; ++m) {
                        QString name =
                            QString(reinterpret_cast<const QChar *>(months[m].getBuffer()),
                                    months[m].length())
                                .toLower();
                        while (name.endsWith(u'.'))
                            name.chop(1);
                        if (name.size() >= 3 && !out[size_t(m)].contains(name))
                            out[size_t(m)].append(name);
                    }
                }
            }
        }
        return out;
    }();
    return names.at(size_t(month - 1));
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

// Whether the language's short date format puts the day before the month (CLDR: "dd/MM/y" in
// Portuguese, "M/d/yy" in English). Read once per language.
bool dayBeforeMonth(const QString &language)
{
    if (language.isEmpty())
        return true;
    static QMutex mutex;
    static QHash<QString, bool> known;
    const QMutexLocker lock(&mutex);
    const auto it = known.constFind(language);
    if (it != known.constEnd())
        return *it;
    bool dayFirst = true;
    std::unique_ptr<icu::DateFormat> format(icu::DateFormat::createDateInstance(
        icu::DateFormat::kShort, icu::Locale(language.toLatin1().constData())));
    if (auto *simple = dynamic_cast<icu::SimpleDateFormat *>(format.get())) {
        icu::UnicodeString pattern;
        simple->toPattern(pattern);
        const int32_t day = pattern.indexOf(u'd');
        const int32_t month = pattern.indexOf(u'M');
        if (day >= 0 && month >= 0)
            dayFirst = day < month;
    }
    known.insert(language, dayFirst);
    return dayFirst;
}

// The longest month names have 13 letters ("października", Polish, in a date).
const QString monthWord = QStringLiteral(R"((\p{L}{3,14})\.?)");

} // namespace

DateMatch findDate(const QString &text, const QString &language)
{
    static const QRegularExpression iso(QStringLiteral(R"(\b(\d{4})-(\d{2})-(\d{2})(?!\d))"));
    static const QRegularExpression dotted(QStringLiteral(R"(\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b)"));
    static const QRegularExpression slashed(
        QStringLiteral(R"((?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/]))"));
    static const QRegularExpression monthFirst(
        QStringLiteral(R"(\b%1\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b)").arg(monthWord));
    // "20 August 2025", "20. August 2025", "1er mars 2026", "3 de marzo de 2026".
    static const QRegularExpression dayFirst(
        QStringLiteral(R"(\b(\d{1,2})(?:\.|er|º)?\s+(?:de\s+)?%1,?\s+(?:de\s+)?(\d{4})\b)")
            .arg(monthWord));

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
    for (auto it = slashed.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int first = m.captured(1).toInt();
        const int second = m.captured(2).toInt();
        const bool dayLeads = first > 12 || (second <= 12 && dayBeforeMonth(language));
        consider(m, m.captured(3).toInt(), dayLeads ? second : first, dayLeads ? first : second);
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

namespace {

struct TimeMatch
{
    QTime time;
    qsizetype begin = 0;
    qsizetype length = 0;
};

TimeMatch findTimeMatch(const QString &text)
{
    // Hours and minutes with an optional am/pm (with or without dots), or an hour with am/pm.
    static const QRegularExpression re(
        QStringLiteral(
            R"((?<![\d.:])(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?(?:\s*([ap])\.?\s?m\b\.?)?)"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const bool hasMinutes = m.capturedLength(2) > 0;
        const QString half = m.captured(3).toLower();
        if (!hasMinutes && half.isEmpty())
            continue; // a bare number
        if (hasMinutes && half.isEmpty() && text.mid(m.capturedStart(2) - 1, 1) == u'.' &&
            !text.mid(m.capturedEnd())
                 .trimmed()
                 .startsWith(QStringLiteral("Uhr"), Qt::CaseInsensitive))
            continue; // "20.08" is a day and month, "15.15 Uhr" a time
        int hour = m.captured(1).toInt();
        const int minute = hasMinutes ? m.captured(2).toInt() : 0;
        if (!half.isEmpty()) {
            if (hour < 1 || hour > 12)
                continue;
            hour = hour % 12 + (half == u"p" ? 12 : 0);
        }
        const QTime time(hour, minute);
        if (time.isValid())
            return {time, m.capturedStart(), m.capturedLength()};
    }
    return {};
}

} // namespace

QTime findTime(const QString &text)
{
    return findTimeMatch(text).time;
}

QTime timeAfterDate(const QString &text, const DateMatch &date)
{
    if (!date.date.isValid())
        return {};
    const QString after = text.mid(date.begin + date.length, 16);
    const TimeMatch t = findTimeMatch(after);
    // Only separators between the date and the time: "Aug. 20, 2025, 3:15 PM", not "2025 at
    // the 10:30 meeting".
    static const QRegularExpression separators(QStringLiteral(R"(^[\s,;|/T\-–—·•]*$)"));
    return t.time.isValid() && separators.match(after.left(t.begin)).hasMatch() ? t.time : QTime();
}

bool parseDateInput(const QString &text, const QLocale &locale, QDate *date, QTime *time)
{
    QString rest = text.simplified();
    QTime readTime;
    // The time stands after the date ("2025-08-20T15:15" too).
    static const QRegularExpression isoTime(QStringLiteral(R"(^(\d{4}-\d{2}-\d{2})T(.*)$)"));
    if (const auto m = isoTime.match(rest); m.hasMatch())
        rest = m.captured(1) + u' ' + m.captured(2);
    if (const TimeMatch t = findTimeMatch(rest); t.time.isValid()) {
        // Only at the end: a date's own numbers ("20.08.2025") are not a time.
        const QString after = rest.mid(t.begin + t.length).trimmed();
        if (after.isEmpty() || after.compare(QStringLiteral("Uhr"), Qt::CaseInsensitive) == 0) {
            readTime = t.time;
            rest = rest.left(t.begin).trimmed();
            if (rest.endsWith(u','))
                rest.chop(1);
            rest = rest.trimmed();
        }
    }
    QDate readDate;
    if (!rest.isEmpty()) {
        readDate = QDate::fromString(rest, Qt::ISODate);
        if (!readDate.isValid()) {
            readDate = locale.toDate(rest, QLocale::ShortFormat);
            if (readDate.isValid() && readDate.year() < 1950 &&
                !locale.dateFormat(QLocale::ShortFormat).contains(QStringLiteral("yyyy")))
                readDate = readDate.addYears(100);
        }
        if (!readDate.isValid())
            readDate = locale.toDate(rest, QLocale::LongFormat);
        if (!readDate.isValid()) {
            const DateMatch found = findDate(rest);
            if (found.date.isValid() && found.begin == 0 && found.length >= rest.size() - 1)
                readDate = found.date;
        }
        if (!readDate.isValid())
            return false;
    }
    *date = readDate;
    *time = readTime;
    return true;
}

namespace {

RelativeTime::Unit unitOf(const QString &word)
{
    using Unit = RelativeTime::Unit;
    const QString w = word.toLower();
    struct Prefix
    {
        const char16_t *text;
        Unit unit;
    };
    // English, German, French, Spanish and Russian stems; a word has the unit of the first stem
    // it starts with (none of them starts another that names a different unit).
    static const Prefix prefixes[] = {
        {u"min", Unit::Minute},  {u"минут", Unit::Minute}, {u"hour", Unit::Hour},
        {u"hr", Unit::Hour},     {u"stunde", Unit::Hour},  {u"heure", Unit::Hour},
        {u"hora", Unit::Hour},   {u"час", Unit::Hour},     {u"day", Unit::Day},
        {u"tag", Unit::Day},     {u"jour", Unit::Day},     {u"día", Unit::Day},
        {u"dia", Unit::Day},     {u"ден", Unit::Day},      {u"дн", Unit::Day},
        {u"week", Unit::Week},   {u"woche", Unit::Week},   {u"semaine", Unit::Week},
        {u"semana", Unit::Week}, {u"недел", Unit::Week},   {u"month", Unit::Month},
        {u"monat", Unit::Month}, {u"mois", Unit::Month},   {u"mes", Unit::Month},
        {u"месяц", Unit::Month}, {u"year", Unit::Year},    {u"jahr", Unit::Year},
        {u"an", Unit::Year},     {u"año", Unit::Year},     {u"год", Unit::Year},
        {u"лет", Unit::Year},
    };
    for (const Prefix &p : prefixes) {
        if (w.startsWith(QStringView(p.text)))
            return p.unit;
    }
    return Unit::None;
}

int amountOf(const QString &word)
{
    bool ok = false;
    const int n = word.toInt(&ok);
    return ok ? n : 1; // "an hour", "einer Stunde", "une heure", "una hora", "час назад"
}

} // namespace

RelativeTime findRelativeTime(const QString &text)
{
    constexpr auto options =
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    // (amount, unit) in each language's order.
    static const QList<QRegularExpression> counted{
        QRegularExpression(
            QStringLiteral(
                R"(\b(\d+|an?|one)\s+(minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b)"),
            options),
        QRegularExpression(
            QStringLiteral(
                R"(\bvor\s+(\d+|einer?|einem)\s+(Minuten?|Stunden?|Tag(?:en)?|Wochen?|Monat(?:en)?|Jahr(?:en)?)\b)"),
            options),
        QRegularExpression(
            QStringLiteral(
                R"(\bil\s+y\s+a\s+(\d+|une?)\s+(minutes?|heures?|jours?|semaines?|mois|ans?|années?)\b)"),
            options),
        QRegularExpression(
            QStringLiteral(
                R"(\bhace\s+(\d+|una?)\s+(minutos?|horas?|días?|dias?|semanas?|mes(?:es)?|años?)\b)"),
            options),
        QRegularExpression(
            QStringLiteral(
                R"((?:\b(\d+)\s+)?\b(минуту|минуты|минут|час|часа|часов|день|дня|дней|неделю|недели|недель|месяц|месяца|месяцев|год|года|лет)\s+назад\b)"),
            options),
    };
    RelativeTime best;
    for (const QRegularExpression &re : counted) {
        const auto m = re.match(text);
        if (!m.hasMatch() ||
            (best.unit != RelativeTime::Unit::None && best.begin <= m.capturedStart()))
            continue;
        const RelativeTime::Unit unit = unitOf(m.captured(2));
        if (unit != RelativeTime::Unit::None)
            best = {unit, amountOf(m.captured(1)), m.capturedStart(), m.capturedLength()};
    }
    if (best.unit != RelativeTime::Unit::None)
        return best;
    // "Yesterday" and "today" are ordinary words too ("hier" is German for "here"): only a text
    // that is just that, with perhaps a time, is a time stamp.
    static const QRegularExpression day(
        QStringLiteral(
            R"(^\W*(yesterday|today|gestern|heute|hier|aujourd'hui|aujourd’hui|ayer|hoy|вчера|сегодня)\b)"),
        options);
    const auto m = day.match(text);
    if (!m.hasMatch())
        return {};
    QString rest = text.mid(m.capturedEnd());
    if (const TimeMatch t = findTimeMatch(rest); t.time.isValid())
        rest.remove(t.begin, t.length);
    static const QRegularExpression filler(
        QStringLiteral(
            R"(^[\s,;:·•|\-–—]*(?:at|um|à|a las|a la|в)?[\s,.;:·•|\-–—]*(?:h|uhr)?[\s.]*$)"),
        options);
    if (!filler.match(rest).hasMatch())
        return {};
    const QString word = m.captured(1).toLower();
    const bool yesterday = word == u"yesterday" || word == u"gestern" || word == u"hier" ||
                           word == u"ayer" || word == u"вчера";
    return {RelativeTime::Unit::Day, yesterday ? 1 : 0, m.capturedStart(1), m.capturedLength(1)};
}

bool resolveRelativeTime(const RelativeTime &relative, QDate knownDate, QTime knownTime,
                         QDate *date, QTime *time)
{
    using Unit = RelativeTime::Unit;
    if (relative.unit == Unit::None || !knownDate.isValid())
        return false;
    switch (relative.unit) {
    case Unit::Minute:
    case Unit::Hour: {
        if (!knownTime.isValid())
            return false;
        constexpr qint64 kDay = 24 * 3600;
        qint64 seconds = knownTime.msecsSinceStartOfDay() / 1000 -
                         qint64(relative.amount) * (relative.unit == Unit::Hour ? 3600 : 60);
        const qint64 days = seconds >= 0 ? 0 : -((-seconds + kDay - 1) / kDay);
        seconds -= days * kDay;
        *date = knownDate.addDays(days);
        *time = QTime(int(seconds / 3600), int(seconds / 60 % 60));
        return true;
    }
    case Unit::Day:
        *date = knownDate.addDays(-relative.amount);
        break;
    case Unit::Week:
        *date = knownDate.addDays(-7 * qint64(relative.amount));
        break;
    case Unit::Month:
        *date = knownDate.addMonths(-relative.amount);
        break;
    case Unit::Year:
        *date = knownDate.addYears(-relative.amount);
        break;
    case Unit::None:
        return false;
    }
    *time = QTime();
    return true;
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
