#include "paragraphbuilder.h"
#include "testutil.h"

using namespace Parallax;

class TestParagraphBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paragraphs_data();
    void paragraphs();
    void hints();
    void markdown_data();
    void markdown();
    void fixtures_data();
    void fixtures();
};

void TestParagraphBuilder::paragraphs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("paragraphs");

    QTest::newRow("blank-line separated") << "First paragraph.\n\nSecond paragraph.\n"
                                          << QStringList{"First paragraph.", "Second paragraph."};
    QTest::newRow("one per line") << "Headline here\nFirst paragraph is long enough.\nSecond one.\n"
                                  << QStringList{"Headline here", "First paragraph is long enough.",
                                                 "Second one."};
    QTest::newRow("one per line with a few blank lines")
        << "\nFirst sentence here.\nSecond line here.\n\nThird line here.\nFourth line."
        << QStringList{"First sentence here.", "Second line here.", "Third line here.",
                       "Fourth line."};
    QTest::newRow("hard-wrapped")
        << "The council met on Monday to discuss\nthe bridge and its repair costs with\nResidents "
           "of the town.\n\nA second paragraph\nwrapped as well."
        << QStringList{"The council met on Monday to discuss the bridge and its repair costs with "
                       "Residents of the town.",
                       "A second paragraph wrapped as well."};
    QTest::newRow("split across a blank line is repaired")
        << "It was built after the collapse of\n\nthe old bridge in 1998.\n\nNext."
        << QStringList{"It was built after the collapse of the old bridge in 1998.", "Next."};
    QTest::newRow("a name in lower case does not join")
        << "Apple results disappoint investors\n\niPhone sales fell 5 percent."
        << QStringList{"Apple results disappoint investors", "iPhone sales fell 5 percent."};
    QTest::newRow("closed paragraph is not joined")
        << "It was built.\n\nthe lower-case start stays."
        << QStringList{"It was built.", "the lower-case start stays."};
    QTest::newRow("capital after open paragraph is not joined")
        << "August 21, 2025 by\n\nRussian officials said so."
        << QStringList{"August 21, 2025 by", "Russian officials said so."};
    QTest::newRow("markdown heading marks removed")
        << "## A headline ##\n\nBody." << QStringList{"A headline", "Body."};
    QTest::newRow("inline tags removed") << "They <u>held a meeting</u> and <em>agreed</em>."
                                         << QStringList{"They held a meeting and agreed."};
    QTest::newRow("unbalanced tag kept")
        << "Type <b> to make text bold." << QStringList{"Type <b> to make text bold."};
    QTest::newRow("markdown emphasis and link")
        << "A **bold** claim and a [link](https://example.test/x)."
        << QStringList{"A bold claim and a link."};
    QTest::newRow("bullet mark removed")
        << "  \u2022 NATO chiefs meet\n\nBody." << QStringList{"NATO chiefs meet", "Body."};
    QTest::newRow("missing final newline") << "Only line" << QStringList{"Only line"};
    QTest::newRow("whitespace collapsed")
        << "  Two   spaces\there  " << QStringList{"Two spaces here"};
}

void TestParagraphBuilder::paragraphs()
{
    QFETCH(QString, text);
    QFETCH(QStringList, paragraphs);
    QStringList got;
    for (const RawBlock &b : ParagraphBuilder::build(text))
        got.append(b.text);
    QCOMPARE(got, paragraphs);
}

void TestParagraphBuilder::hints()
{
    const QList<RawBlock> blocks = ParagraphBuilder::build(
        QStringLiteral("# Title\n\n## Sub\n\n- one\n- two\n\n> quoted\n\nplain"),
        ParagraphBuilder::Syntax::Markdown);
    QCOMPARE(blocks.size(), 6);
    QCOMPARE(blocks.at(0).hint, BlockHint::Heading);
    QCOMPARE(blocks.at(0).headingLevel, 1);
    QCOMPARE(blocks.at(1).headingLevel, 2);
    QCOMPARE(blocks.at(2).hint, BlockHint::ListItem);
    QCOMPARE(blocks.at(3).text, QStringLiteral("two"));
    QCOMPARE(blocks.at(4).hint, BlockHint::Quote);
    QCOMPARE(blocks.at(5).hint, BlockHint::None);

    // A Markdown table's rows, and list items inside a quotation.
    const QList<RawBlock> more = ParagraphBuilder::build(
        QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 |\n\n> - quoted item"),
        ParagraphBuilder::Syntax::Markdown);
    QCOMPARE(more.size(), 3);
    QCOMPARE(more.at(0).hint, BlockHint::TableRow);
    QCOMPARE(more.at(1).text, QStringLiteral("1 | 2"));
    QCOMPARE(more.at(2).hint, BlockHint::Quote);
}

void TestParagraphBuilder::markdown_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("paragraphs");
    QTest::newRow("front matter dropped")
        << "---\ntitle: x\ndate: 2026-03-05\n---\n# Head\n\nBody." << QStringList{"Head", "Body."};
    QTest::newRow("setext headings")
        << "Council approves budget\n=======================\n\nBody.\n\nDetails\n-------\n\nMore."
        << QStringList{"Council approves budget", "Body.", "Details", "More."};
    QTest::newRow("inline marks")
        << "The _Lantern Bridge_ and the `shuttle` ![chamber](img/c.jpg) see [parks](parks.html), "
           "9&ndash;2 <https://example.test/b>."
        << QStringList{
               "The Lantern Bridge and the shuttle see parks, 9\u20132 https://example.test/b."};
    QTest::newRow("horizontal rule dropped")
        << "One.\n\n***\n\nTwo." << QStringList{"One.", "Two."};
    QTest::newRow("emphasis, strong and strikethrough marks go, their words stay")
        << "The operator *said* on **Monday** that ~~two~~ three ferries run."
        << QStringList{"The operator said on Monday that two three ferries run."};
    QTest::newRow("code block and raw HTML block dropped")
        << "Before.\n\n```\nint x = 1;\n```\n\n<div class=\"ad\">\nBuy now\n</div>\n\nAfter."
        << QStringList{"Before.", "After."};
    QTest::newRow("a table row is one line, cells joined")
        << "| Route | Ferries |\n|---|---|\n| Dorn – Kelmsby | 3 |"
        << QStringList{"Route | Ferries", "Dorn – Kelmsby | 3"};
    QTest::newRow("a loose list item stays one paragraph")
        << "- First item.\n\n- Second item,\n  on two lines.\n"
        << QStringList{"First item.", "Second item, on two lines."};
    QTest::newRow("inline HTML: tags go, a line break is a space")
        << "One<br>two <span class=\"x\">three</span>." << QStringList{"One two three."};
    QTest::newRow("indented lines are text, not code")
        << "    An indented paragraph of the article."
        << QStringList{"An indented paragraph of the article."};
    QTest::newRow("a quote over two lines stays one")
        << "> \"We had to make hard choices.\n> Nobody got everything,\" said the mayor."
        << QStringList{"\"We had to make hard choices. Nobody got everything,\" said the mayor."};
}

void TestParagraphBuilder::markdown()
{
    QFETCH(QString, text);
    QFETCH(QStringList, paragraphs);
    QStringList got;
    for (const RawBlock &b : ParagraphBuilder::build(text, ParagraphBuilder::Syntax::Markdown))
        got.append(b.text);
    QCOMPARE(got, paragraphs);
}

void TestParagraphBuilder::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("contains"); // a paragraph that must come out whole

    QTest::newRow("hard-wrapped file") << "hard-wrapped.txt" << 4 << QString();
    QTest::newRow("one per line file") << "one-per-line.txt" << 5 << QString();
    QTest::newRow("split paragraph file")
        << "split-paragraph.txt" << 4 << "since the collapse of the old bridge in 1998.";
}

void TestParagraphBuilder::fixtures()
{
    QFETCH(QString, file);
    QFETCH(int, count);
    QFETCH(QString, contains);
    const QList<RawBlock> blocks = ParagraphBuilder::build(Test::readUtf8(Test::dataPath(file)));
    QStringList texts;
    for (const RawBlock &b : blocks)
        texts.append(b.text);
    QCOMPARE(blocks.size(), count);
    for (const QString &t : texts)
        QVERIFY2(!t.contains(QLatin1Char('\n')), qPrintable(t));
    if (!contains.isEmpty())
        QVERIFY2(std::any_of(texts.cbegin(), texts.cend(),
                             [&](const QString &t) { return t.contains(contains); }),
                 qPrintable(texts.join(QLatin1String(" | "))));
}

QTEST_GUILESS_MAIN(TestParagraphBuilder)
#include "tst_paragraphbuilder.moc"
