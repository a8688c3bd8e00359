#include "sentencesplitter.h"
#include "testutil.h"

using namespace Parallax;

class TestSentenceSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sentences_data();
    void sentences();
    void spansPointIntoText();
    void russian();
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

QTEST_GUILESS_MAIN(TestSentenceSplitter)
#include "tst_sentencesplitter.moc"
