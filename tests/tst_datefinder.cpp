#include "datefinder.h"
#include "earliest.h"
#include "testutil.h"

using namespace Parallax;

class TestDateFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dates_data();
    void dates();
    void slashedDates_data();
    void slashedDates();
    void urlDates();
    void times_data();
    void times();
    void dateInput_data();
    void dateInput();
    void earliestSources();
    void relativeTimes_data();
    void relativeTimes();
    void resolvingRelativeTimes();
};

void TestDateFinder::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("month day, year") << "August 20, 2025" << QDate(2025, 8, 20);
    QTest::newRow("abbreviated month") << "Aug. 20, 2025 (AP)" << QDate(2025, 8, 20);
    QTest::newRow("with trailing by") << "August 21, 2025 by" << QDate(2025, 8, 21);
    QTest::newRow("day month year") << "Published 3 March 2026, 10:32 GMT" << QDate(2026, 3, 3);
    QTest::newRow("ordinal") << "March 4th, 2026" << QDate(2026, 3, 4);
    QTest::newRow("ISO") << "2026-02-14T09:30:00Z" << QDate(2026, 2, 14);
    QTest::newRow("dotted European") << "14.02.2026" << QDate(2026, 2, 14);
    QTest::newRow("German") << "20. August 2025" << QDate(2025, 8, 20);
    QTest::newRow("Russian genitive") << "20 августа 2025 года" << QDate(2025, 8, 20);
    QTest::newRow("Russian May") << "1 мая 2024" << QDate(2024, 5, 1);
    QTest::newRow("French dateline") << "Valmorin, 3 mars 2026 (AFP)" << QDate(2026, 3, 3);
    QTest::newRow("French first of the month") << "le 1er février 2026" << QDate(2026, 2, 1);
    QTest::newRow("French abbreviated") << "12 févr. 2026" << QDate(2026, 2, 12);
    QTest::newRow("Spanish with de") << "3 de marzo de 2026" << QDate(2026, 3, 3);
    QTest::newRow("Italian") << "21 settembre 2025" << QDate(2025, 9, 21);
    QTest::newRow("Polish genitive") << "5 października 2025" << QDate(2025, 10, 5);
    QTest::newRow("first of two") << "May 1, 2024 and June 2, 2024" << QDate(2024, 5, 1);
    QTest::newRow("impossible date") << "February 30, 2025" << QDate();
    QTest::newRow("no date") << "15 hours ago" << QDate();
    QTest::newRow("a word that is no month") << "Marching 20, 2025" << QDate();
}

void TestDateFinder::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(findDate(text).date, date);
}

// Numbers with slashes: a number above 12 is the day; otherwise the language's short date
// format decides.
void TestDateFinder::slashedDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QDate>("date");
    QTest::newRow("Portuguese") << "Lisboa, 06/07/2025"
                                << "pt" << QDate(2025, 7, 6);
    QTest::newRow("French") << "Publié le 06/07/2025 à 10h"
                            << "fr" << QDate(2025, 7, 6);
    QTest::newRow("English (CLDR: month first)") << "06/07/2025"
                                                 << "en" << QDate(2025, 6, 7);
    QTest::newRow("day above 12 in English") << "20/08/2025"
                                             << "en" << QDate(2025, 8, 20);
    QTest::newRow("day above 12 second in Portuguese") << "8/20/2025"
                                                       << "pt" << QDate(2025, 8, 20);
    QTest::newRow("no language: day first") << "06/07/2025"
                                            << "" << QDate(2025, 7, 6);
    QTest::newRow("no month 13") << "13/13/2025"
                                 << "pt" << QDate();
    QTest::newRow("a fraction is no date") << "3/4/20255"
                                           << "pt" << QDate();
    QTest::newRow("a path is no date") << "docs/06/07/2025/x"
                                       << "pt" << QDate();
}

void TestDateFinder::slashedDates()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QDate, date);
    QCOMPARE(findDate(text, language).date, date);
}

void TestDateFinder::urlDates()
{
    QCOMPARE(dateFromUrlPath(QStringLiteral("https://example.test/2025/08/20/some-slug")),
             QDate(2025, 8, 20));
    QCOMPARE(dateFromUrlPath(QStringLiteral("https://example.test/news/12345")), QDate());
}

void TestDateFinder::times_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QTime>("time");
    QTest::newRow("12-hour PM") << "Aug. 20, 2025, 3:15 PM" << QTime(15, 15);
    QTest::newRow("p.m. with dots") << "Updated 11:05 a.m. EDT" << QTime(11, 5);
    QTest::newRow("noon") << "12:30 pm" << QTime(12, 30);
    QTest::newRow("midnight") << "12:10 AM" << QTime(0, 10);
    QTest::newRow("hour alone") << "at 3 PM on Tuesday" << QTime(15, 0);
    QTest::newRow("24-hour after a dotted date") << "20.08.2025 15:15" << QTime(15, 15);
    QTest::newRow("German Uhr") << "20.08.2025, 15.15 Uhr" << QTime(15, 15);
    QTest::newRow("ISO") << "2026-02-14T09:30:00Z" << QTime(9, 30);
    QTest::newRow("a dotted date is no time") << "20.08.2025" << QTime();
    QTest::newRow("a year is no time") << "In 2025 a man" << QTime();
    QTest::newRow("impossible") << "25:70" << QTime();
    QTest::newRow("a word after the number") << "5 amendments" << QTime();
}

void TestDateFinder::times()
{
    QFETCH(QString, text);
    QFETCH(QTime, time);
    QCOMPARE(findTime(text), time);
}

void TestDateFinder::dateInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<bool>("read");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    QTest::newRow("ISO") << "2025-08-20" << de << true << QDate(2025, 8, 20) << QTime();
    QTest::newRow("ISO with time")
        << "2025-08-20 15:15" << us << true << QDate(2025, 8, 20) << QTime(15, 15);
    QTest::newRow("ISO T") << "2025-08-20T07:05" << us << true << QDate(2025, 8, 20) << QTime(7, 5);
    QTest::newRow("US short, 20xx") << "8/20/25" << us << true << QDate(2025, 8, 20) << QTime();
    QTest::newRow("German short") << "20.08.25" << de << true << QDate(2025, 8, 20) << QTime();
    QTest::newRow("German short with time")
        << "20.08.2025 15:15" << de << true << QDate(2025, 8, 20) << QTime(15, 15);
    QTest::newRow("written month and 12-hour time")
        << "Aug. 20, 2025, 3:15 PM" << us << true << QDate(2025, 8, 20) << QTime(15, 15);
    QTest::newRow("time alone") << "15:15" << us << true << QDate() << QTime(15, 15);
    QTest::newRow("empty") << "  " << us << true << QDate() << QTime();
    QTest::newRow("not a date") << "soon" << us << false << QDate() << QTime();
    QTest::newRow("a date with more text")
        << "Aug. 20, 2025 in Kyiv" << us << false << QDate() << QTime();
    QTest::newRow("impossible") << "2025-02-30" << us << false << QDate() << QTime();
}

void TestDateFinder::dateInput()
{
    QFETCH(QString, text);
    QFETCH(QLocale, locale);
    QFETCH(bool, read);
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QDate gotDate(1999, 1, 1); // left as it was when the text is refused
    QTime gotTime(1, 1);
    QCOMPARE(parseDateInput(text, locale, &gotDate, &gotTime), read);
    QCOMPARE(gotDate, read ? date : QDate(1999, 1, 1));
    QCOMPARE(gotTime, read ? time : QTime(1, 1));
}

void TestDateFinder::earliestSources()
{
    auto article = [](QDate date, QTime time = {}) {
        Article a;
        a.metadata.date = date;
        a.metadata.time = time;
        return a;
    };
    const QDate day(2025, 8, 20);
    const QList<Article> articles{article(day.addDays(1)), article({}), article(day, QTime(15, 0)),
                                  article(day, QTime(9, 30)), article({})};
    // The time decides within a day; undated ones are counted, never first.
    Earliest e = earliest(articles, {0, 1, 2, 3, 4});
    QCOMPARE(e.sources, (QList<qsizetype>{3}));
    QCOMPARE(e.date, day);
    QCOMPARE(e.time, QTime(9, 30));
    QCOMPARE(e.undated, 2);
    QCOMPARE(e.total, 5);
    // The same set in another order: the same answer.
    const Earliest reversed = earliest(articles, {4, 3, 2, 1, 0});
    QCOMPARE(reversed.sources, e.sources);
    QCOMPARE(reversed.undated, e.undated);
    // A date without a time may be any time of that day: both are first.
    const QList<Article> mixed{article(day, QTime(15, 0)), article(day)};
    e = earliest(mixed, {0, 1});
    QCOMPARE(e.sources, (QList<qsizetype>{0, 1}));
    QVERIFY(!e.time.isValid());
    // Nothing dated.
    e = earliest(articles, {1, 4});
    QVERIFY(e.sources.isEmpty());
    QVERIFY(!e.date.isValid());
    QCOMPARE(e.undated, 2);
    QCOMPARE(publicationOrder(articles, {4, 0, 1, 2, 3}), (QList<qsizetype>{3, 2, 0, 1, 4}));
}

void TestDateFinder::relativeTimes_data()
{
    using Unit = RelativeTime::Unit;
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("amount");
    auto row = [](const char *name, const QString &text, Unit unit, int amount) {
        QTest::newRow(name) << text << int(unit) << amount;
    };
    row("English hours", QStringLiteral("15 hours ago"), Unit::Hour, 15);
    row("English days in a byline", QStringLiteral("By Ana Varga | Updated 2 days ago"), Unit::Day,
        2);
    row("English article", QStringLiteral("an hour ago"), Unit::Hour, 1);
    row("English minutes", QStringLiteral("45 mins ago"), Unit::Minute, 45);
    row("German hours", QStringLiteral("vor 15 Stunden"), Unit::Hour, 15);
    row("German days", QStringLiteral("Aktualisiert vor 2 Tagen"), Unit::Day, 2);
    row("German article", QStringLiteral("vor einer Woche"), Unit::Week, 1);
    row("French days", QStringLiteral("Publié il y a 3 jours"), Unit::Day, 3);
    row("French months", QStringLiteral("il y a 2 mois"), Unit::Month, 2);
    row("Spanish hours", QStringLiteral("hace 2 horas"), Unit::Hour, 2);
    row("Spanish years", QStringLiteral("hace un año"), Unit::Year, 1);
    row("Russian hours", QStringLiteral("15 часов назад"), Unit::Hour, 15);
    row("Russian days", QStringLiteral("2 дня назад"), Unit::Day, 2);
    row("Russian without a number", QStringLiteral("час назад"), Unit::Hour, 1);
    row("yesterday", QStringLiteral("Yesterday"), Unit::Day, 1);
    row("German yesterday with a time", QStringLiteral("gestern, 15:30 Uhr"), Unit::Day, 1);
    row("French yesterday with a time", QStringLiteral("Hier à 10:15"), Unit::Day, 1);
    row("Spanish yesterday", QStringLiteral("ayer"), Unit::Day, 1);
    row("Russian today", QStringLiteral("сегодня, 09:40"), Unit::Day, 0);
    row("German 'hier' is here", QStringLiteral("hier steht mehr"), Unit::None, 0);
    row("yesterday in a sentence", QStringLiteral("Yesterday the council met."), Unit::None, 0);
    row("a date", QStringLiteral("Aug. 20, 2025"), Unit::None, 0);
    row("'ago' without a unit", QStringLiteral("long ago"), Unit::None, 0);
}

void TestDateFinder::relativeTimes()
{
    QFETCH(QString, text);
    QFETCH(int, unit);
    QFETCH(int, amount);
    const RelativeTime found = findRelativeTime(text);
    QCOMPARE(int(found.unit), unit);
    if (found.unit != RelativeTime::Unit::None)
        QCOMPARE(found.amount, amount);
}

void TestDateFinder::resolvingRelativeTimes()
{
    using Unit = RelativeTime::Unit;
    const QDate saved(2025, 8, 21);
    QDate date;
    QTime time;
    // Hours count back over midnight, with the saved time.
    QVERIFY(resolveRelativeTime({Unit::Hour, 15, 0, 0}, saved, QTime(10, 0), &date, &time));
    QCOMPARE(date, QDate(2025, 8, 20));
    QCOMPARE(time, QTime(19, 0));
    QVERIFY(resolveRelativeTime({Unit::Minute, 30, 0, 0}, saved, QTime(10, 0), &date, &time));
    QCOMPARE(date, saved);
    QCOMPARE(time, QTime(9, 30));
    // Days give a date, no time.
    QVERIFY(resolveRelativeTime({Unit::Day, 2, 0, 0}, saved, QTime(10, 0), &date, &time));
    QCOMPARE(date, QDate(2025, 8, 19));
    QVERIFY(!time.isValid());
    QVERIFY(resolveRelativeTime({Unit::Month, 1, 0, 0}, saved, {}, &date, &time));
    QCOMPARE(date, QDate(2025, 7, 21));
    // Nothing known to count back from: left unresolved, the values untouched.
    date = QDate(1999, 1, 1);
    QVERIFY(!resolveRelativeTime({Unit::Day, 2, 0, 0}, {}, {}, &date, &time));
    QVERIFY(!resolveRelativeTime({Unit::Hour, 15, 0, 0}, saved, {}, &date, &time));
    QVERIFY(!resolveRelativeTime({}, saved, QTime(10, 0), &date, &time));
    QCOMPARE(date, QDate(1999, 1, 1));
}

QTEST_GUILESS_MAIN(TestDateFinder)
#include "tst_datefinder.moc"
