#include "datefinder.h"
#include "testutil.h"

using namespace Parallax;

class TestDateFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dates_data();
    void dates();
    void urlDates();
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

void TestDateFinder::urlDates()
{
    QCOMPARE(dateFromUrlPath(QStringLiteral("https://example.test/2025/08/20/some-slug")),
             QDate(2025, 8, 20));
    QCOMPARE(dateFromUrlPath(QStringLiteral("https://example.test/news/12345")), QDate());
}

QTEST_GUILESS_MAIN(TestDateFinder)
#include "tst_datefinder.moc"
