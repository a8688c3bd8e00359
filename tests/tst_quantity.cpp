// Quantities read as values: the same amount, measure or date written in different ways
// compares equal, and different values of one quantity conflict, in English, German, French,
// Spanish and Russian; a bound ("more than 60") or a range ("10-12") agrees with the values it
// allows.

#include "quantity.h"
#include "tokenizer.h"

#include <QTest>

using namespace Parallax;

namespace {

std::vector<Quantity> readAll(const QString &text, const QString &language)
{
    Tokenizer tokenizer(language);
    return QuantityReader(language).read(tokenizer.tokenize(text));
}

// Two texts in one language, each stating one quantity.
void pairColumns()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
}

void row(const char *name, const char *language, const char *a, const char *b)
{
    QTest::newRow(name) << QString::fromUtf8(language) << QString::fromUtf8(a)
                        << QString::fromUtf8(b);
}

QString describe(const std::vector<Quantity> &quantities)
{
    QStringList parts;
    for (const Quantity &q : quantities)
        parts.append(q.key());
    return parts.join(QStringLiteral(", "));
}

} // namespace

namespace {

// Reads the current row's two texts; each must state exactly one quantity.
void readPair(std::vector<Quantity> &qa, std::vector<Quantity> &qb)
{
    QFETCH(QString, language);
    QFETCH(QString, a);
    QFETCH(QString, b);
    qa = readAll(a, language);
    qb = readAll(b, language);
    QVERIFY2(qa.size() == 1, qPrintable(a + QStringLiteral(" -> ") + describe(qa)));
    QVERIFY2(qb.size() == 1, qPrintable(b + QStringLiteral(" -> ") + describe(qb)));
}

} // namespace

class TestQuantity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equal_data();
    void equal();
    void conflicting_data();
    void conflicting();
    void bounded_data();
    void bounded();
    void notAQuantity_data();
    void notAQuantity();
    void spanCoversTheWords();
    void sharedBetweenThreads();
};

void TestQuantity::equal_data()
{
    pairColumns();
    // English
    row("en million words/digits", "en", "1.8 million euros", "1,800,000 euros");
    row("en EUR 1.8m", "en", "1.8 million euros", "EUR 1.8m");
    row("en 42-metre bridge", "en", "a 42-metre bridge", "a bridge spanning 42 metres");
    row("en 10-kilometre route", "en", "a 10-kilometre route", "a route of 10 km");
    row("en 5-kg bag", "en", "a 5-kg bag", "a bag of 5 kilograms");
    row("de 42-Meter-Brücke", "de", "die 42-Meter-Brücke", "eine 42 Meter lange Brücke");
    row("en euro sign", "en", "€1.8m", "1,800,000 euros");
    row("en dollars", "en", "$2.5 billion", "2.5 billion dollars");
    row("en bn", "en", "$2.5bn", "$2,500,000,000");
    row("en USD code", "en", "USD 300", "300 US dollars");
    row("en pounds", "en", "£40m", "40 million pounds");
    row("en fourteen", "en", "fourteen", "14");
    row("en twenty-one", "en", "twenty-one", "21");
    row("en hundred", "en", "three hundred", "300");
    row("en three hundred twenty", "en", "three hundred twenty", "320");
    row("en thousand", "en", "5 thousand", "5,000");
    row("en k", "en", "5k", "5000");
    row("en centimetres", "en", "60 centimetres", "0.6 m");
    row("en 60cm", "en", "60cm", "60 centimeters");
    row("en km/m", "en", "2.5 km", "2,500 metres");
    row("en kg/tonnes", "en", "3 tonnes", "3,000 kg");
    row("en grams", "en", "500 g", "0.5 kilograms");
    row("en percent sign", "en", "12%", "12 percent");
    row("en per cent", "en", "12 per cent", "12%");
    row("en hours/minutes", "en", "2 hours", "120 minutes");
    row("en ordinal", "en", "14th", "fourteenth");
    row("en time p.m.", "en", "3:15 p.m.", "3:15pm");
    row("en time 24h", "en", "15:15", "3:15 PM");
    row("en time 12h bare", "en", "3:15", "3:15 pm");
    row("en time hour pm", "en", "3 pm", "15:00");
    row("en time dotted am", "en", "10.30am", "10:30 a.m.");
    row("de Uhrzeit", "de", "15:15 Uhr", "15.15 Uhr");
    row("de volle Stunde", "de", "15 Uhr", "15:00");
    row("fr heure", "fr", "15h30", "15:30");
    row("fr heure pleine", "fr", "15 h", "15:00");
    row("en date order", "en", "August 20, 2025", "20 August 2025");
    row("en date abbreviated", "en", "Aug. 20, 2025", "20 August 2025");
    row("en date without year", "en", "Aug. 20", "20 August 2025");
    row("en month alone", "en", "since March", "in March 2025");
    row("en ISO date", "en", "2025-08-20", "August 20, 2025");
    row("en weekday", "en", "on Wednesday", "Wednesday");
    row("en litres", "en", "1.5 litres", "1500 ml");
    row("en hectares", "en", "2 hectares", "20,000 square metres");
    // German
    row("de Mio", "de", "1,8 Mio. Euro", "1.800.000 Euro");
    row("de Millionen", "de", "1,8 Millionen Euro", "1,8 Mio. €");
    row("de Mrd", "de", "2 Mrd. Euro", "2 Milliarden Euro");
    row("de vierzehn", "de", "vierzehn", "14");
    row("de einundzwanzig", "de", "einundzwanzig", "21");
    row("de eine Million", "de", "eine Million", "1.000.000");
    row("de Zentimeter", "de", "60 Zentimeter", "0,6 m");
    row("de Kilometer", "de", "2,5 Kilometer", "2500 Meter");
    row("de Prozent", "de", "12 Prozent", "12 %");
    row("de Tonnen", "de", "3 Tonnen", "3000 kg");
    row("de Datum", "de", "20. August 2025", "20.08.2025");
    row("de Wochentag", "de", "am Mittwoch", "Mittwoch");
    row("de Stunden", "de", "zwei Stunden", "120 Minuten");
    row("de Tausend", "de", "20.000", "20 Tausend");
    row("de Ordnungszahl", "de", "der 6. Tag", "der sechste Tag");
    row("de Ordnungszahl Dativ", "de", "am 21. Tag", "am einundzwanzigsten Tag");
    // French
    row("fr espaces", "fr", "1 800 000 euros", "1,8 million d'euros");
    row("fr millions", "fr", "1,8 million d’euros", "1 800 000 €");
    row("fr quatorze", "fr", "quatorze", "14");
    row("fr vingt et un", "fr", "vingt et un", "21");
    row("fr centimètres", "fr", "60 centimètres", "0,6 m");
    row("fr pour cent", "fr", "12 pour cent", "12 %");
    row("fr date", "fr", "20 août 2025", "2025-08-20");
    row("fr kilogrammes", "fr", "3 tonnes", "3000 kilogrammes");
    row("fr ordinal", "fr", "14e", "quatorzième");
    // Spanish
    row("es millones", "es", "1,8 millones de euros", "1.800.000 euros");
    row("es catorce", "es", "catorce", "14");
    row("es treinta y uno", "es", "treinta y uno", "31");
    row("es centímetros", "es", "60 centímetros", "0,6 metros");
    row("es por ciento", "es", "12 por ciento", "12 %");
    row("es fecha", "es", "20 de agosto de 2025", "20 de agosto");
    row("es kilómetros", "es", "2,5 kilómetros", "2500 metros");
    // Russian
    row("ru млн", "ru", "1,8 млн рублей", "1 800 000 рублей");
    row("ru миллиона", "ru", "1,8 миллиона рублей", "1,8 млн ₽");
    row("ru четырнадцать", "ru", "четырнадцать", "14");
    row("ru двадцать один", "ru", "двадцать один", "21");
    row("ru сантиметров", "ru", "60 сантиметров", "0,6 м");
    row("ru процентов", "ru", "12 процентов", "12 %");
    row("ru дата", "ru", "20 августа 2025", "20.08.2025");
    row("ru километров", "ru", "2,5 километра", "2500 метров");
    row("ru среда", "ru", "среда", "Среда");
    // The dozen and halves.
    row("en a dozen", "en", "a dozen", "12");
    row("en two dozen", "en", "two dozen", "24");
    row("en half a dozen", "en", "half a dozen", "6");
    row("en half a million", "en", "half a million", "500,000");
    row("en one and a half million", "en", "one and a half million", "1.5 million");
    row("en two and a half years", "en", "two and a half years", "2.5 years");
    row("de zweieinhalb Millionen", "de", "zweieinhalb Millionen", "2,5 Mio.");
    row("de eine halbe Million", "de", "eine halbe Million", "500.000");
    row("de anderthalb Stunden", "de", "anderthalb Stunden", "90 Minuten");
    row("de ein Dutzend", "de", "ein Dutzend", "zwölf");
    row("fr un million et demi", "fr", "un million et demi", "1,5 million");
    row("fr une douzaine", "fr", "une douzaine", "12");
    row("es medio millón", "es", "medio millón", "500.000");
    row("es un millón y medio", "es", "un millón y medio de euros", "1,5 millones de euros");
    row("it mezzo milione", "it", "mezzo milione", "500.000");
    row("it un milione e mezzo", "it", "un milione e mezzo", "1,5 milioni");
    row("pt meio milhão", "pt", "meio milhão", "500 mil");
    row("nl anderhalve kilometer", "nl", "anderhalve kilometer", "1,5 km");
    row("nl een half miljoen", "nl", "een half miljoen", "500.000");
    row("ru полтора миллиона", "ru", "полтора миллиона", "1,5 млн");
    row("fr deux douzaines", "fr", "deux douzaines", "24");
    row("es dos docenas", "es", "dos docenas", "24");
    row("es dos años y medio", "es", "dos años y medio", "2,5 años");
    row("en 2014-15", "en", "2014-15", "2014-2015");
    row("en 2014/15", "en", "2014/15", "2014-2015");
    row("en draw", "en", "a 1-1 draw", "a 1:1 draw");
    row("en a million", "en", "a million dollars", "$1m");
    row("en a hundred", "en", "a hundred people", "100 people");
}

void TestQuantity::equal()
{
    std::vector<Quantity> qa, qb;
    readPair(qa, qb);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(sameValue(qa.front(), qb.front()),
             qPrintable(describe(qa) + QStringLiteral(" vs ") + describe(qb)));
    QVERIFY(!conflicts(qa.front(), qb.front()));
}

void TestQuantity::conflicting_data()
{
    pairColumns();
    row("en 31/32", "en", "31", "32");
    row("en millions", "en", "1.8 million euros", "EUR 1.9m");
    row("en thousand/million", "en", "$5,000", "$5m");
    row("en weekday", "en", "Tuesday", "Wednesday");
    row("en day", "en", "August 20, 2025", "Aug. 21");
    row("en year", "en", "August 2022", "August 2025");
    row("en month alone", "en", "in January", "in February");
    row("de Monat allein", "de", "im Januar", "im Februar");
    row("en percent", "en", "12 per cent", "15%");
    row("en length", "en", "60cm", "6 m");
    row("en 42-metre/40 m", "en", "a 42-metre bridge", "a 40 m bridge");
    row("en fourteen/15", "en", "fourteen", "15");
    row("en ordinal", "en", "14th", "fifteenth");
    row("de Mio", "de", "1,8 Mio. Euro", "18 Mio. Euro");
    row("de Wochentag", "de", "Dienstag", "Mittwoch");
    row("de Datum", "de", "20. August 2025", "21.08.2025");
    row("de Prozent", "de", "zwölf Prozent", "13 %");
    row("de Ordnungszahl", "de", "der 6. Tag", "der siebte Tag");
    row("fr date", "fr", "20 août 2025", "20 septembre 2025");
    row("fr millions", "fr", "1,8 million d'euros", "2 millions d'euros");
    row("fr jour", "fr", "mardi", "mercredi");
    row("es catorce", "es", "catorce", "16");
    row("es millones", "es", "1,8 millones de euros", "1.900.000 euros");
    row("ru млн", "ru", "1,8 млн рублей", "2 млн рублей");
    row("ru дата", "ru", "20 августа 2025", "20 сентября 2025");
    row("ru четырнадцать", "ru", "четырнадцать", "15");
    row("en time", "en", "3:15 p.m.", "4:15 p.m.");
    row("en am/pm", "en", "10 am", "10 pm");
    row("en a.m./p.m.", "en", "3:15 a.m.", "3:15 p.m.");
    row("en p.m./24h", "en", "at 3 p.m.", "at 16:00");
    row("de Uhrzeit", "de", "15:15 Uhr", "16:15 Uhr");
    row("de 24h bare", "de", "3:15", "15:15");
    row("fr heure", "fr", "15h30", "16h30");
    row("ru время", "ru", "15:30", "16:30");
    // Values outside what a bound or range allows.
    row("en more than/50", "en", "more than 60", "50");
    row("en about/80", "en", "about 60", "80");
    row("en fewer than/12", "en", "fewer than 10", "12");
    row("en range/15", "en", "10-12", "15");
    row("en ranges apart", "en", "between 10 and 12", "15-20");
    row("en range km/m", "en", "10-12 km", "9,000 metres");
    row("en tally", "en", "a 12-3 vote", "an 11-4 vote");
    row("en bounds apart", "en", "more than 60", "fewer than 50");
    row("en toll changed", "en", "at least 12", "at least 14");
    row("en estimate changed", "en", "about 60", "about 70");
    row("en range changed", "en", "10-12", "11-13");
    row("en days changed", "en", "20-21 August", "22 August");
    row("en day ranges changed", "en", "20-21 August", "August 20-22");
    row("en not more than/70", "en", "not more than 60", "70");
    row("de Spielstand", "de", "ein 3:1-Sieg", "ein 3:2-Sieg");
    row("en seasons", "en", "the 2014-15 season", "the 2015-16 season");
    row("fr jusqu'à/350", "fr", "jusqu'à 300", "350");
    row("de mehr als/50", "de", "mehr als 60", "50");
    row("de rund/80", "de", "rund 60 Prozent", "80 Prozent");
    row("fr moins de/12", "fr", "moins de 10", "12");
    row("fr entre/15", "fr", "entre 10 et 12", "15");
    row("es más de/50", "es", "más de 60", "cincuenta");
    row("ru более/50", "ru", "более 60", "50");
    row("ru менее/12", "ru", "менее 10", "12");
}

void TestQuantity::conflicting()
{
    std::vector<Quantity> qa, qb;
    readPair(qa, qb);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(conflicts(qa.front(), qb.front()),
             qPrintable(describe(qa) + QStringLiteral(" vs ") + describe(qb)));
    QVERIFY(conflicts(qb.front(), qa.front()));
    QVERIFY(!sameValue(qa.front(), qb.front()));
    QVERIFY(!restates(qa.front(), qb.front()));
}

// Values the words around them bound, and ranges: the same value written two ways.
void TestQuantity::bounded_data()
{
    pairColumns();
    QTest::addColumn<QString>("other");
    auto row = [](const char *name, const char *language, const char *a, const char *b,
                  const char *other) {
        QTest::newRow(name) << QString::fromUtf8(language) << QString::fromUtf8(a)
                            << QString::fromUtf8(b) << QString::fromUtf8(other);
    };
    // name, language, a, b the same value as a, other a value a allows (no conflict, not the
    // same)
    row("en more than", "en", "more than 60", "over 60", "sixty-two");
    row("en about", "en", "about 60", "around 60", "58");
    row("en fewer than", "en", "fewer than 10", "less than 10", "8");
    row("en up to", "en", "up to 300 jobs", "as many as 300 jobs", "250 jobs");
    row("en range", "en", "10-12", "between 10 and 12", "11");
    row("en range with unit", "en", "10-12 km", "between 10 and 12 kilometres", "11 km");
    row("en range scaled", "en", "$5-6 million", "between $5m and $6m", "$5.5m");
    row("en en dash", "en", "3–4 per cent", "3-4%", "3.5%");
    row("de mehr als", "de", "mehr als 60", "über 60", "zweiundsechzig");
    row("de rund", "de", "rund 60 Prozent", "etwa 60 %", "62 Prozent");
    row("de bis zu", "de", "bis zu 300 Stellen", "höchstens 300 Stellen", "250 Stellen");
    row("de zwischen", "de", "zwischen 10 und 12 Euro", "10-12 Euro", "11 Euro");
    row("fr plus de", "fr", "plus de 60", "au moins 60", "soixante-deux");
    row("fr environ", "fr", "environ 60", "près de 60", "58");
    row("fr entre", "fr", "entre 10 et 12 kilomètres", "10-12 km", "11 km");
    row("es más de", "es", "más de 60", "al menos 60", "sesenta y dos");
    row("es unos", "es", "unos 60", "alrededor de 60", "58");
    row("es menos de", "es", "menos de 10", "como máximo 10", "8");
    row("ru более", "ru", "более 60", "свыше 60", "62");
    row("ru около", "ru", "около 60", "примерно 60", "58");
    row("ru менее", "ru", "менее 10", "не более 10", "8");
    row("it più di", "it", "più di 60", "oltre 60", "62");
    row("pt mais de", "pt", "mais de 60", "pelo menos 60", "62");
    row("nl meer dan", "nl", "meer dan 60", "ruim 60", "62");
    // Negated bounds, bounds after the value, "until", and ranges joined by a word.
    row("en not more than", "en", "not more than 60", "no more than 60", "50");
    row("en more than a hundred", "en", "more than a hundred", "over 100", "120");
    row("fr une centaine", "fr", "une centaine", "environ 100", "95");
    row("it una ventina", "it", "una ventina", "circa 20", "21");
    row("es un centenar", "es", "un centenar", "unos 100", "105");
    row("es no más de", "es", "no más de 60", "como máximo 60", "50");
    row("it non più di", "it", "non più di 60", "al massimo 60", "50");
    row("en or more", "en", "60 or more", "at least 60", "62");
    row("en plus", "en", "60-plus", "60+", "62");
    row("fr jusqu'à", "fr", "jusqu'à 300 visiteurs", "au plus 300 visiteurs", "200 visiteurs");
    row("es hasta", "es", "hasta 300", "como máximo 300", "200");
    row("ru до", "ru", "до 300", "не более 300", "200");
    row("en 10 to 12", "en", "10 to 12 people", "between 10 and 12 people", "11 people");
    row("en days", "en", "20-21 August 2025", "August 20-21, 2025", "August 21");
    row("en days with and", "en", "on 20 and 21 August", "on August 20 and 21,", "20 August");
    row("de Tage", "de", "20. bis 21. August", "20. und 21. August", "21. August");
    row("fr jours", "fr", "les 20 et 21 août", "20-21 août", "20 août");
    row("en money to money", "en", "$5 million to $6 million", "$5-6 million", "$5.5m");
    row("fr de 10 à 12", "fr", "de 10 à 12 km", "entre 10 et 12 km", "11 km");
    row("es de 10 a 12", "es", "de 10 a 12 personas", "entre 10 y 12 personas", "11 personas");
    row("de 10 bis 12", "de", "10 bis 12 Euro", "zwischen 10 und 12 Euro", "11 Euro");
    row("ru от 10 до 12", "ru", "от 10 до 12", "10-12", "11");
}

void TestQuantity::bounded()
{
    QFETCH(QString, language);
    QFETCH(QString, other);
    std::vector<Quantity> qa, qb;
    readPair(qa, qb);
    if (QTest::currentTestFailed())
        return;
    const std::vector<Quantity> qo = readAll(other, language);
    QVERIFY2(qo.size() == 1, qPrintable(other + QStringLiteral(" -> ") + describe(qo)));
    const QString pair = describe(qa) + QStringLiteral(" vs ");
    QVERIFY2(sameValue(qa.front(), qb.front()), qPrintable(pair + describe(qb)));
    QVERIFY(!conflicts(qa.front(), qb.front()));
    // "more than 60" and "62": neither contradicts the other, and they are not the same value.
    QVERIFY2(!conflicts(qa.front(), qo.front()), qPrintable(pair + describe(qo)));
    QVERIFY2(!conflicts(qo.front(), qa.front()), qPrintable(pair + describe(qo)));
    QVERIFY(!sameValue(qa.front(), qo.front()));
    QVERIFY(restates(qa.front(), qo.front()));
    QVERIFY(restates(qo.front(), qa.front()));
}

void TestQuantity::notAQuantity_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const char *language, const char *text, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(language) << QString::fromUtf8(text)
                            << QString::fromUtf8(expected);
    };
    row("article one", "en", "one of the ministers said", "");
    row("German article", "de", "eine große Halle aus Glas", "");
    row("modal may", "en", "They may meet again.", "");
    row("a name, not a month", "en", "Theresa May said", "");
    row("a sentence's first word, not a month", "en", "May I ask?", "");
    row("ISO code needs capitals", "en", "all 300 workers in the top 10", "300, 10");
    row("currency name after only", "en", "they won 300 seats", "300");
    row("plain year", "en", "in 2022", "2022");
    row("French article", "fr", "un projet de loi", "");
    row("Russian preposition like a weekday", "ru", "среди них", "");
    row("score is no time", "en", "they won 3:1", "3:1");
    row("a score the other way round", "de", "sie verloren 1:3", "1:3");
    row("decimal is no time", "en", "it fell 10.30 points", "10.3");
    row("hour alone is no time", "en", "for 15 years", "#duration:year:15");
    row("verse-like time read as time", "en", "at 3:15 on the clock", "#time:195");
    row("a sentence's last number is no ordinal", "de", "Es waren 6.", "6");
    row("digits and a period are an ordinal in German", "de", "der 6. Tag", "#ord:6");
    row("but not in English", "en", "chapter 6. Then", "6");
    row("a season is a range of years", "en", "the 2014-15 season", "2014-2015");
    row("a vote is no range", "en", "the vote was 12 to 3", "12, 3");
    row("until a year bounds nothing", "es", "hasta 2030", "2030");
    row("a half hour is no half", "es", "a las diez y media", "10");
    row("days of a month are one date", "en", "on 20-21 August", "#date:0-8-20..21");
    row("a draw is a tally", "en", "a 1-1 draw", "1:1");
    row("a name with a number", "en", "COVID-19 cases", "19");
    row("years between", "en", "between 2019 and 2021", "2019-2021");
    row("a bound before a date bounds nothing", "en", "over 20 August", "#date:0-8-20");
    row("a bound is part of the span", "en", "some 60 people", "~60");
    row("a range is one value", "de", "10 bis 12 Euro", "#money:EUR:10-12");
    row("half alone is no number", "en", "half the workers left", "");
    row("halb alone is no number", "de", "die halbe Stadt", "");
    row("a half is no number before a noun", "es", "media hora", "");
    row("an article is no number", "en", "three a day", "3");
}

void TestQuantity::notAQuantity()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(describe(readAll(text, language)), expected);
}

void TestQuantity::spanCoversTheWords()
{
    Tokenizer tokenizer(QStringLiteral("en"));
    const QString text = QStringLiteral("It will cost EUR 1.8m to build.");
    const TokenList tokens = tokenizer.tokenize(text);
    const auto quantities = QuantityReader(QStringLiteral("en")).read(tokens);
    QCOMPARE(quantities.size(), size_t(1));
    const Quantity &q = quantities.front();
    const qsizetype begin = tokens.at(q.firstToken).begin;
    const qsizetype end = tokens.at(q.lastToken).begin + tokens.at(q.lastToken).length;
    QCOMPARE(text.mid(begin, end - begin), QStringLiteral("EUR 1.8m"));
    QCOMPARE(q.dimension(), QStringLiteral("money:EUR"));
}

void TestQuantity::sharedBetweenThreads()
{
    // Two readers of one language share the tables; reading is const.
    QuantityReader a(QStringLiteral("de"));
    QuantityReader b(QStringLiteral("de"));
    Tokenizer tokenizer(QStringLiteral("de"));
    const TokenList tokens = tokenizer.tokenize(QStringLiteral("Sie kosteten 80 Millionen Euro."));
    QCOMPARE(describe(a.read(tokens)), describe(b.read(tokens)));
    QCOMPARE(describe(a.read(tokens)), QStringLiteral("#money:EUR:80000000"));
}

QTEST_GUILESS_MAIN(TestQuantity)
#include "tst_quantity.moc"
