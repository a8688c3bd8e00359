#include "sentencesplitter.h"
#include "testutil.h"

using namespace Parallax;

class TestSentenceSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sentences_data();
    void sentences();
    void quotationStyles_data();
    void quotationStyles();
    void spansPointIntoText();
    void russian();
    void germanOrdinalDates();
    void wordEndingsAreNoAbbreviations_data();
    void wordEndingsAreNoAbbreviations();
};

void TestSentenceSplitter::sentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("sentences");

    QTest::newRow("two sentences")
        << "It rained. Then it stopped." << QStringList{"It rained.", "Then it stopped."};
    QTest::newRow("U.S. President") << "The U.S. President spoke. He left."
                                    << QStringList{"The U.S. President spoke.", "He left."};
    QTest::newRow("U.S. at sentence start")
        << "U.S. President Donald Trump spoke on Monday."
        << QStringList{"U.S. President Donald Trump spoke on Monday."};
    QTest::newRow("the U.S., they") << "In the U.S., they agreed. Others did not."
                                    << QStringList{"In the U.S., they agreed.", "Others did not."};
    QTest::newRow("U.S. then a new sentence")
        << "He lives in the U.S. They moved there in May."
        << QStringList{"He lives in the U.S.", "They moved there in May."};
    QTest::newRow("Gen. Smith") << "Gen. Smith arrived. The talks began."
                                << QStringList{"Gen. Smith arrived.", "The talks began."};
    QTest::newRow("Dr. and Mr.") << "Dr. Holt met Mr. Quist today."
                                 << QStringList{"Dr. Holt met Mr. Quist today."};
    QTest::newRow("3 p.m. Monday")
        << "The vote is at 3 p.m. Monday in the hall. It is public."
        << QStringList{"The vote is at 3 p.m. Monday in the hall.", "It is public."};
    QTest::newRow("month abbreviation with day")
        << "It opened on Aug. 20, 2025 (AP). Crowds came."
        << QStringList{"It opened on Aug. 20, 2025 (AP).", "Crowds came."};
    QTest::newRow("No. 5") << "He wore No. 5 all season."
                           << QStringList{"He wore No. 5 all season."};
    QTest::newRow("decimal number")
        << "It cost 1.8 million euros. Nobody objected."
        << QStringList{"It cost 1.8 million euros.", "Nobody objected."};
    QTest::newRow("curly quotes stay inside")
        << "\u201CWe are open. But we wait,\u201D he said. Then he left."
        << QStringList{"\u201CWe are open. But we wait,\u201D he said.", "Then he left."};
    QTest::newRow("guillemets stay inside")
        << "\u00ABWe are open. However, we wait,\u00BB he added. Nobody replied."
        << QStringList{"\u00ABWe are open. However, we wait,\u00BB he added.", "Nobody replied."};
    QTest::newRow("straight quotes stay inside")
        << "\"We are open. But we wait,\" he said. Then he left."
        << QStringList{"\"We are open. But we wait,\" he said.", "Then he left."};
    QTest::newRow("quote closing a sentence")
        << "He called it \u201Cclumsy.\u201D Then he left."
        << QStringList{"He called it \u201Cclumsy.\u201D", "Then he left."};
    QTest::newRow("ellipsis before lower case")
        << "The administration, which... seeks help. Yes."
        << QStringList{"The administration, which... seeks help.", "Yes."};
    QTest::newRow("question and exclamation")
        << "Is it over? No! It goes on." << QStringList{"Is it over?", "No!", "It goes on."};
    QTest::newRow("web address with query")
        << "Details: https://example.test/news?id=4&ref=rss. See it."
        << QStringList{"Details: https://example.test/news?id=4&ref=rss.", "See it."};
    QTest::newRow("Jr. ends a sentence")
        << "He met Martin Luther King Jr. The family agreed."
        << QStringList{"He met Martin Luther King Jr.", "The family agreed."};
    QTest::newRow("the answer was no")
        << "The answer was no. Then he left." << QStringList{"The answer was no.", "Then he left."};
    QTest::newRow("quoted question, lower-case speech tag")
        << "\"Where is the ferry?\" asked a passenger. Nobody knew."
        << QStringList{"\"Where is the ferry?\" asked a passenger.", "Nobody knew."};
    QTest::newRow("quoted exclamation, lower-case speech tag")
        << "\u201CStop the bus!\u201D shouted the driver. It stopped."
        << QStringList{"\u201CStop the bus!\u201D shouted the driver.", "It stopped."};
    QTest::newRow("quoted question, then a new sentence")
        << "\"Where is the ferry?\" A passenger asked it twice."
        << QStringList{"\"Where is the ferry?\"", "A passenger asked it twice."};
    QTest::newRow("P.M. then a title")
        << "The meeting ended at 7 P.M. Ms. Varga then left the building."
        << QStringList{"The meeting ended at 7 P.M.", "Ms. Varga then left the building."};
    QTest::newRow("p.m. then a title")
        << "It closed at 5 p.m. Dr. Holt said it would reopen."
        << QStringList{"It closed at 5 p.m.", "Dr. Holt said it would reopen."};
    QTest::newRow("U.S. Sen. stays")
        << "The U.S. Sen. Warren spoke." << QStringList{"The U.S. Sen. Warren spoke."};
    QTest::newRow("inch marks are not quotations")
        << "Crews replaced a 6\" pipe. Then a new 8\" pipe was laid. The road reopened."
        << QStringList{"Crews replaced a 6\" pipe.", "Then a new 8\" pipe was laid.",
                       "The road reopened."};
    QTest::newRow("inch mark beside a quotation")
        << "The 6\" pipe burst. \"It was old. We knew,\" he said. Then he left."
        << QStringList{"The 6\" pipe burst.", "\"It was old. We knew,\" he said.", "Then he left."};
    QTest::newRow("unbalanced quote does not swallow the rest")
        << "He said \u201Cno. Then he left. It rained."
        << QStringList{"He said \u201Cno.", "Then he left.", "It rained."};
}

void TestSentenceSplitter::sentences()
{
    QFETCH(QString, text);
    QFETCH(QStringList, sentences);
    const SentenceSplitter splitter;
    QCOMPARE(splitter.sentences(text), sentences);
}

// Each language's quotation marks, opening and closing the way that language writes them: a
// quotation of several sentences stays in one sentence, and the one after it stands alone.
void TestSentenceSplitter::quotationStyles_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("sentences");

    QTest::newRow("English double")
        << "en"
        << "\u201CWe are open. But we wait,\u201D he said. Then he left."
        << QStringList{"\u201CWe are open. But we wait,\u201D he said.", "Then he left."};
    QTest::newRow("German low-high")
        << "de"
        << "\u201EWir sind offen. Aber wir warten\u201C, sagte sie. Dann ging sie."
        << QStringList{"\u201EWir sind offen. Aber wir warten\u201C, sagte sie.", "Dann ging sie."};
    QTest::newRow("German low-high, quote ends the sentence")
        << "de"
        << "Er nannte es \u201Eungeschickt. Sehr ungeschickt.\u201C Dann ging sie. Es regnete."
        << QStringList{"Er nannte es \u201Eungeschickt. Sehr ungeschickt.\u201C", "Dann ging sie.",
                       "Es regnete."};
    QTest::newRow("German, no space before the next quotation")
        << "de"
        << "Die Stadt ist attraktiv.\u201EWir wachsen. Sehr schnell\u201C, sagt sie."
        << QStringList{"Die Stadt ist attraktiv.",
                       "\u201EWir wachsen. Sehr schnell\u201C, sagt sie."};
    QTest::newRow("German, space before the closing mark")
        << "de"
        << "Er sagte: \u201ESetzt euch hin! \u201C Und sie setzten sich. Dann: \u201EGeh! \u201C "
           "und er ging."
        << QStringList{"Er sagte: \u201ESetzt euch hin! \u201C", "Und sie setzten sich.",
                       "Dann: \u201EGeh! \u201C und er ging."};
    QTest::newRow("German, comma after the closing mark")
        << "de"
        << "\u201ETom! \u201C, ruft sie. Er kommt."
        << QStringList{"\u201ETom! \u201C, ruft sie.", "Er kommt."};
    QTest::newRow("German chevrons, two speakers")
        << "de"
        << "\u00BBWarm, nicht wahr?\u00AB \u00BBJa, Tante!\u00AB"
        << QStringList{"\u00BBWarm, nicht wahr?\u00AB", "\u00BBJa, Tante!\u00AB"};
    QTest::newRow("German chevrons, paragraph begins inside a quotation")
        << "de"
        << "Nur so\u00AB, sagte sie. \u00BBWas wolltest du?\u00AB \u00BBNichts!\u00AB"
        << QStringList{"Nur so\u00AB, sagte sie.", "\u00BBWas wolltest du?\u00AB",
                       "\u00BBNichts!\u00AB"};
    QTest::newRow("German: er, am, ab end sentences")
        << "de"
        << "Dann ging er. Sie blieb bis zum Abend am. Er reiste ab. Es regnete, vgl. Abschnitt 3."
        << QStringList{"Dann ging er.", "Sie blieb bis zum Abend am.", "Er reiste ab.",
                       "Es regnete, vgl. Abschnitt 3."};
    QTest::newRow("German chevrons")
        << "de"
        << "\u00BBWir sind offen. Aber wir warten\u00AB, sagte sie. Dann ging sie."
        << QStringList{"\u00BBWir sind offen. Aber wir warten\u00AB, sagte sie.", "Dann ging sie."};
    QTest::newRow("German question and speech tag")
        << "de"
        << "\u201EWo ist die F\u00E4hre?\u201C fragte ein Fahrgast. Niemand wusste es."
        << QStringList{"\u201EWo ist die F\u00E4hre?\u201C fragte ein Fahrgast.",
                       "Niemand wusste es."};
    QTest::newRow("Czech low-high")
        << "cs"
        << "\u201EJsme otev\u0159eni. Ale \u010Dek\u00E1me,\u201C \u0159ekl. Pak ode\u0161el."
        << QStringList{"\u201EJsme otev\u0159eni. Ale \u010Dek\u00E1me,\u201C \u0159ekl.",
                       "Pak ode\u0161el."};
    QTest::newRow("Polish low-high")
        << "pl"
        << "\u201EJeste\u015Bmy otwarci. Ale czekamy\u201D \u2013 powiedzia\u0142. Potem "
           "wyszed\u0142."
        << QStringList{"\u201EJeste\u015Bmy otwarci. Ale czekamy\u201D \u2013 powiedzia\u0142.",
                       "Potem wyszed\u0142."};
    QTest::newRow("French guillemets with spaces")
        << "fr"
        << "\u00AB\u00A0Nous sommes ouverts. Mais nous attendons\u00A0\u00BB, a-t-il dit. Puis il "
           "est parti."
        << QStringList{
               "\u00AB\u00A0Nous sommes ouverts. Mais nous attendons\u00A0\u00BB, a-t-il dit.",
               "Puis il est parti."};
    QTest::newRow("Spanish guillemets")
        << "es"
        << "\u00AB\u00BFD\u00F3nde est\u00E1 el ferry? Nadie lo sabe\u00BB, dijo. Luego se fue."
        << QStringList{"\u00AB\u00BFD\u00F3nde est\u00E1 el ferry? Nadie lo sabe\u00BB, dijo.",
                       "Luego se fue."};
    QTest::newRow("Russian nested")
        << "ru"
        << "\u00AB\u041E\u043D \u0441\u043A\u0430\u0437\u0430\u043B: "
           "\u201E\u0416\u0434\u0438\u0442\u0435. \u041C\u044B "
           "\u043F\u0440\u0438\u0434\u0435\u043C\u201C. \u0418 \u0443\u0448\u0451\u043B\u00BB, "
           "\u2014 \u0441\u043A\u0430\u0437\u0430\u043B\u0430 \u043E\u043D\u0430. "
           "\u0412\u0441\u0435 \u043C\u043E\u043B\u0447\u0430\u043B\u0438."
        << QStringList{
               "\u00AB\u041E\u043D \u0441\u043A\u0430\u0437\u0430\u043B: "
               "\u201E\u0416\u0434\u0438\u0442\u0435. \u041C\u044B "
               "\u043F\u0440\u0438\u0434\u0435\u043C\u201C. \u0418 \u0443\u0448\u0451\u043B\u00BB, "
               "\u2014 \u0441\u043A\u0430\u0437\u0430\u043B\u0430 \u043E\u043D\u0430.",
               "\u0412\u0441\u0435 \u043C\u043E\u043B\u0447\u0430\u043B\u0438."};
    QTest::newRow("Russian question and speech tag")
        << "ru"
        << "\u00AB\u0413\u0434\u0435 \u043F\u0430\u0440\u043E\u043C?\u00BB \u2014 "
           "\u0441\u043F\u0440\u043E\u0441\u0438\u043B "
           "\u043F\u0430\u0441\u0441\u0430\u0436\u0438\u0440. \u041D\u0438\u043A\u0442\u043E "
           "\u043D\u0435 \u0437\u043D\u0430\u043B."
        << QStringList{"\u00AB\u0413\u0434\u0435 \u043F\u0430\u0440\u043E\u043C?\u00BB \u2014 "
                       "\u0441\u043F\u0440\u043E\u0441\u0438\u043B "
                       "\u043F\u0430\u0441\u0441\u0430\u0436\u0438\u0440.",
                       "\u041D\u0438\u043A\u0442\u043E \u043D\u0435 \u0437\u043D\u0430\u043B."};
    QTest::newRow("Swedish right-right")
        << "sv"
        << "\u201DVi \u00E4r \u00F6ppna. Men vi v\u00E4ntar\u201D, sa han. Sedan gick han."
        << QStringList{"\u201DVi \u00E4r \u00F6ppna. Men vi v\u00E4ntar\u201D, sa han.",
                       "Sedan gick han."};
    QTest::newRow("Finnish chevrons right-right")
        << "fi"
        << "\u00BBOlemme auki. Mutta odotamme\u00BB, h\u00E4n sanoi. Sitten h\u00E4n l\u00E4hti."
        << QStringList{"\u00BBOlemme auki. Mutta odotamme\u00BB, h\u00E4n sanoi.",
                       "Sitten h\u00E4n l\u00E4hti."};
    QTest::newRow("Chinese") << "zh"
                             << "\u4ED6\u8BF4\uFF1A\u201C\u6211\u4EEC\u5F00\u95E8\u4E86\u3002\u8BF7"
                                "\u8FDB\u3002\u201D\u5927\u5BB6\u90FD\u7B11\u4E86\u3002\u4ECA\u5929"
                                "\u5F88\u51B7\uFF01\u660E\u5929\u5462\uFF1F"
                             << QStringList{"\u4ED6\u8BF4\uFF1A\u201C\u6211\u4EEC\u5F00\u95E8\u4E86"
                                            "\u3002\u8BF7\u8FDB\u3002\u201D",
                                            "\u5927\u5BB6\u90FD\u7B11\u4E86\u3002",
                                            "\u4ECA\u5929\u5F88\u51B7\uFF01",
                                            "\u660E\u5929\u5462\uFF1F"};
    QTest::newRow("Japanese corner brackets")
        << "ja"
        << "\u5E02\u9577\u306F\u300C\u958B\u9928\u3057\u307E\u3057\u305F\u3002\u3069\u3046\u305E"
           "\u3002\u300D\u3068\u8FF0\u3079\u305F\u3002\u96E8\u304C\u964D\u3063\u305F\u3002"
        << QStringList{"\u5E02\u9577\u306F\u300C\u958B\u9928\u3057\u307E\u3057\u305F\u3002\u3069"
                       "\u3046\u305E\u3002\u300D\u3068\u8FF0\u3079\u305F\u3002",
                       "\u96E8\u304C\u964D\u3063\u305F\u3002"};
}

void TestSentenceSplitter::quotationStyles()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, sentences);
    const SentenceSplitter splitter(language);
    QCOMPARE(splitter.sentences(text), sentences);
}

void TestSentenceSplitter::spansPointIntoText()
{
    const QString text = QStringLiteral("  First one.   Second one.  ");
    const SentenceSplitter splitter;
    const QList<SentenceSpan> spans = splitter.split(text);
    QCOMPARE(spans.size(), 2);
    QCOMPARE(text.mid(spans.at(0).begin, spans.at(0).length), QStringLiteral("First one."));
    QCOMPARE(text.mid(spans.at(1).begin, spans.at(1).length), QStringLiteral("Second one."));
}

void TestSentenceSplitter::russian()
{
    const SentenceSplitter splitter(QStringLiteral("ru"));
    const QStringList got = splitter.sentences(
        QStringLiteral("Театр открылся в субботу. \u00ABМы рады. Очень рады\u00BB, \u2014 сказал "
                       "директор. Зрители аплодировали."));
    QCOMPARE(got, (QStringList{
                      QStringLiteral("Театр открылся в субботу."),
                      QStringLiteral("\u00ABМы рады. Очень рады\u00BB, \u2014 сказал директор."),
                      QStringLiteral("Зрители аплодировали.")}));
}

// German writes a date's day as an ordinal ("1. September"): no sentence ends after it, but one
// that ends with a number ("Es waren 12. Danach ...") still does.
void TestSentenceSplitter::germanOrdinalDates()
{
    const SentenceSplitter splitter(QStringLiteral("de"));
    QCOMPARE(
        splitter.sentences(
            QStringLiteral("Die Linien fahren ab dem 1. September im Takt von zwanzig Minuten. Am "
                           "14. Oktober beginnt der Nachtbetrieb.")),
        (QStringList{QStringLiteral("Die Linien fahren ab dem 1. September im Takt von zwanzig "
                                    "Minuten."),
                     QStringLiteral("Am 14. Oktober beginnt der Nachtbetrieb.")}));
    QCOMPARE(splitter.sentences(QStringLiteral("Am Ende waren es 12. Danach kamen keine mehr.")),
             (QStringList{QStringLiteral("Am Ende waren es 12."),
                          QStringLiteral("Danach kamen keine mehr.")}));
}

// ICU 72 takes some of its abbreviations as the ends of longer words: its Portuguese list
// kept "Portugal.", "hospital." and "azul." from ending a sentence. Spanish and Portuguese "Sr."
// is a title before a name (where English "Sr." ends a name).
void TestSentenceSplitter::wordEndingsAreNoAbbreviations_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("sentences");
    QTest::newRow("pt") << "pt"
                        << QStringList{QStringLiteral("O navio seguiu para Portugal."),
                                       QStringLiteral("Os marinheiros descansaram."),
                                       QStringLiteral("O capitão foi levado ao hospital."),
                                       QStringLiteral("A carga ficou no canal."),
                                       QStringLiteral("O céu estava azul."),
                                       QStringLiteral("O Sr. Tavares chegou depois.")};
    QTest::newRow("es") << "es"
                        << QStringList{QStringLiteral("El barco llegó al canal."),
                                       QStringLiteral("La Sra. Ortega lo confirmó."),
                                       QStringLiteral("El Sr. Ruiz no quiso hablar.")};
    QTest::newRow("en") << "en"
                        << QStringList{QStringLiteral("The ship reached Portugal."),
                                       QStringLiteral("The speech was by John Hale Sr."),
                                       QStringLiteral("He left at noon.")};
}

void TestSentenceSplitter::wordEndingsAreNoAbbreviations()
{
    QFETCH(QString, language);
    QFETCH(QStringList, sentences);
    const SentenceSplitter splitter(language);
    QCOMPARE(splitter.sentences(sentences.join(u' ')), sentences);
}

QTEST_GUILESS_MAIN(TestSentenceSplitter)
#include "tst_sentencesplitter.moc"
