#include "blockclassifier.h"
#include "paragraphbuilder.h"
#include "testutil.h"

using namespace Parallax;

class TestBlockClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleParagraph_data();
    void singleParagraph();
    void inContext_data();
    void inContext();
};

void TestBlockClassifier::singleParagraph_data()
{
    // Each row is a paragraph between a headline and a body paragraph.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");

    QTest::newRow("body") << "The council approved the plan on Monday, officials said."
                          << "body";
    QTest::newRow("body ending in a quote") << "\u201CWe are ready,\u201D she said."
                                            << "body";
    QTest::newRow("body ending with an acronym")
        << "It joined the North Atlantic Treaty Organization (NATO)."
        << "body";
    QTest::newRow("caption with agency in parens")
        << "The mayor speaks at the opening, March 3, 2026 (AP)"
        << "caption";
    QTest::newRow("caption with slash credit") << "The mayor at the bridge. Jane Roe / NORDPRESS"
                                               << "caption";
    QTest::newRow("caption FILE PHOTO")
        << "FILE PHOTO: The mayor speaks to the media in 2022. Handout via REUTERS"
        << "caption";
    QTest::newRow("caption Photo label") << "Photo: workers lift the span into place"
                                         << "caption";
    QTest::newRow("caption Getty") << "Workers on the new span. Getty Images"
                                   << "caption";
    QTest::newRow("meta date") << "August 20, 2025"
                               << "meta";
    QTest::newRow("meta date with dangling by") << "August 21, 2025 by"
                                                << "meta";
    QTest::newRow("meta published time") << "Published 20 March 2026, 10:32 GMT"
                                         << "meta";
    QTest::newRow("meta relative time") << "15 hours ago 2"
                                        << "meta";
    QTest::newRow("meta byline") << "By Anna Berg and Tom Reyes"
                                 << "meta";
    QTest::newRow("meta byline without a name") << "By staff reporter \u00B7 Harwick Courier"
                                                << "meta";
    QTest::newRow("meta byline, Portuguese") << "Por João Silva — 06/07/2025 11h05"
                                             << "meta";
    QTest::newRow("meta byline, Dutch")
        << "Door Sanne Mulder \u00B7 14 jan 2026, 08:12 \u00B7 Leestijd 2 minuten"
        << "meta";
    QTest::newRow("meta byline, French") << "Par Claire Dubois, à Lyon"
                                         << "meta";
    QTest::newRow("subheading starting with by") << "By land and by sea"
                                                 << "subheading";
    QTest::newRow("meta reading time") << "4 min read"
                                       << "meta";
    QTest::newRow("meta lone section name") << "Foreign"
                                            << "meta";
    QTest::newRow("boilerplate read more") << "Read more: Council approves budget"
                                           << "boilerplate";
    QTest::newRow("boilerplate read also") << "Read Also: Festival returns: organisers"
                                           << "boilerplate";
    QTest::newRow("boilerplate related article") << "Related article: Town to get a new library"
                                                 << "boilerplate";
    QTest::newRow("boilerplate original url") << "Original url:"
                                              << "boilerplate";
    QTest::newRow("boilerplate bare url") << "https://www.example.test/2026/03/03/bridge"
                                          << "boilerplate";
    QTest::newRow("boilerplate newsletter") << "Sign up for our daily newsletter"
                                            << "boilerplate";
    QTest::newRow("boilerplate copyright") << "\u00A9 2026 Example Media. All rights reserved."
                                           << "boilerplate";
    QTest::newRow("boilerplate newsletter, Italian")
        << "Iscriviti alla nostra newsletter per ricevere ogni mattina le notizie della provincia."
        << "boilerplate";
    QTest::newRow("boilerplate newsletter, Portuguese")
        << "Receba as not\u00EDcias do dia no seu e-mail. Assine a nossa newsletter."
        << "boilerplate";
    QTest::newRow("boilerplate newsletter, Dutch")
        << "Meld je aan voor onze dagelijkse nieuwsbrief en mis niets uit de regio."
        << "boilerplate";
    QTest::newRow("boilerplate newsletter, German")
        << "Jetzt anmelden: Unser Newsletter bringt Ihnen jeden Morgen die Nachrichten der Region."
        << "boilerplate";
    QTest::newRow("boilerplate rights, Italian") << "Riproduzione riservata \u00A9"
                                                 << "boilerplate";
    QTest::newRow("boilerplate rights, French") << "\u00A9 Le Courrier 2026 - Tous droits "
                                                   "r\u00E9serv\u00E9s"
                                                << "boilerplate";
    QTest::newRow("body mentioning a newsletter, Italian")
        << "Il comune invia ai residenti una newsletter ogni mese con gli orari dei servizi."
        << "body";
    QTest::newRow("boilerplate separator") << "-"
                                           << "boilerplate";
    QTest::newRow("subheading") << "Residents return to the river"
                                << "subheading";
    QTest::newRow("meta reporting credit") << "(Reporting by Anna Smith; Editing by Bob Jones)"
                                           << "meta";
    QTest::newRow("meta long wire credit")
        << "(Reporting by Anna Smith, Tom Reyes and Jan Olsen in Calder, with additional "
           "reporting by Mia Berg, Ole Lund, Per Holm and Eva Dahl in Lindau; Writing by Anna "
           "Smith; Editing by Bob Jones and Carl Wynn)"
        << "meta";
    QTest::newRow("meta contributors") << "Associated writers Anna Berg, Tom Reyes, Jan Olsen and "
                                          "Mia Lund in Calder contributed to this report."
                                       << "meta";
    QTest::newRow("body mentioning a report")
        << "The engineers contributed to this report on the bridge, which the council published."
        << "body";
    QTest::newRow("body mentioning a handout") << "The details were published in a council handout."
                                               << "body";
    QTest::newRow("body asking to sign up") << "Users must sign up."
                                            << "body";
    QTest::newRow("body sentence about reading")
        << "Read the report, the mayor urged residents, before the vote."
        << "body";
    QTest::newRow("body mentioning a newsletter")
        << "The club sends members a newsletter every month, and most of them read it closely "
           "before meetings."
        << "body";
}

void TestBlockClassifier::singleParagraph()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    const QList<RawBlock> blocks{
        {QStringLiteral("Town bridge reopens after repairs"), BlockHint::None, 0},
        {text, BlockHint::None, 0},
        {QStringLiteral("The bridge reopened on Monday after months of work."), BlockHint::None,
         0}};
    const QList<Paragraph> paragraphs = BlockClassifier::classify(blocks);
    QCOMPARE(blockKindName(paragraphs.at(0).kind), QStringLiteral("title"));
    QCOMPARE(blockKindName(paragraphs.at(1).kind), kind);
    QCOMPARE(blockKindName(paragraphs.at(2).kind), QStringLiteral("body"));
}

void TestBlockClassifier::inContext_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("kinds");

    QTest::newRow("headline first")
        << "Bridge reopens\n\nThe bridge reopened on Monday." << QStringList{"title", "body"};
    QTest::newRow("no headline: first sentence is body")
        << "The bridge reopened on Monday.\nIt had been closed for a year."
        << QStringList{"body", "body"};
    QTest::newRow("markdown heading is the title")
        << "## Bridge reopens after the flood\n\nAugust 20, 2025\n\nThe bridge reopened."
        << QStringList{"title", "meta", "body"};
    QTest::newRow("masthead above a larger headline")
        << "Kelmsby Courier\n\n# Bridge reopens after the flood\n\nBy Anna Berg\n\nThe bridge "
           "reopened on Monday."
        << QStringList{"meta", "title", "meta", "body"};
    QTest::newRow("section heading above a larger headline")
        << "## Local news\n\n# Bridge reopens after the flood\n\nThe bridge reopened on Monday."
        << QStringList{"meta", "title", "body"};
    QTest::newRow("alt text beside its caption")
        << "Bridge reopens\n\nThe mayor opens the bridge in Kelmsby\n\nFILE PHOTO: The mayor opens "
           "the bridge in Kelmsby, March 3. Handout via NORDPRESS\n\nThe bridge reopened."
        << QStringList{"title", "caption", "caption", "body"};
    QTest::newRow("lone bullet is a strapline")
        << "Bridge reopens\n\n\u2022 Council meets tonight\n\nThe bridge reopened."
        << QStringList{"title", "subheading", "body"};
    QTest::newRow("list items are body") << "Bridge reopens\n\nThe work included:\n\n- new lamps "
                                            "on the deck\n- a wider path\n\nIt reopened."
                                         << QStringList{"title", "body", "body", "body", "body"};
    QTest::newRow("short list items inside the story are body")
        << "Bridge reopens\n\nThe council listed the works it paid for this year:\n\n- New deck\n- "
           "Raised ramps\n\nThe bridge reopened on Monday after a year of work."
        << QStringList{"title", "body", "body", "body", "body"};
    QTest::newRow("two-word subheading inside the story, section name before it")
        << "Bridge reopens\n\nLocal\n\nThe bridge reopened on Monday after a year of "
           "work.\n\nRising costs\n\nThe repairs cost more than the council had planned for."
        << QStringList{"title", "meta", "body", "subheading", "body"};
    QTest::newRow("subheading and trailing link")
        << "Bridge reopens\nThe bridge reopened on Monday.\nWhat comes next for the town\nWork "
           "continues.\nRead more: Library plans"
        << QStringList{"title", "body", "subheading", "body", "boilerplate"};
}

void TestBlockClassifier::inContext()
{
    QFETCH(QString, text);
    QFETCH(QStringList, kinds);
    Article article;
    article.paragraphs = BlockClassifier::classify(ParagraphBuilder::build(text));
    QCOMPARE(Test::kindsOf(article), kinds);
}

QTEST_GUILESS_MAIN(TestBlockClassifier)
#include "tst_blockclassifier.moc"
