#include "htmlentities.h"
#include "htmlextractor.h"
#include "htmlnesting_p.h"
#include "testutil.h"

using namespace Parallax;

class TestHtmlExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entities_data();
    void entities();
    void dropsFurniture_data();
    void dropsFurniture();
    void selectsStory_data();
    void selectsStory();
    void captionsAndBylines();
    void author_data();
    void author();
    void tableRows();
    void headline_data();
    void headline();
    void hintsFromMarkup();
    void smallPrint_data();
    void smallPrint();
    void authorBiography();
    void contactLineBeforeCaptions();
    void savedPage();
    void declaredCharset();
    void nestingLimited();
};

void TestHtmlExtractor::entities_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("amp") << "Smith &amp; Sons"
                         << "Smith & Sons";
    QTest::newRow("decimal") << "&#8220;yes&#8221;"
                             << "\u201Cyes\u201D";
    QTest::newRow("hex") << "it&#x2019;s"
                         << "it\u2019s";
    QTest::newRow("named letters") << "caf&eacute; &Uuml;ber"
                                   << "caf\u00E9 \u00DCber";
    QTest::newRow("dash and ellipsis") << "a&mdash;b&hellip;"
                                       << "a\u2014b\u2026";
    QTest::newRow("unknown stays") << "&bogus; & alone"
                                   << "&bogus; & alone";
    QTest::newRow("missing semicolon") << "&amp beans"
                                       << "& beans";
    QTest::newRow("NUL reference is replaced") << "a&#0;b"
                                               << "a\uFFFDb";
    QTest::newRow("C1 reference means windows-1252") << "1&#150;2"
                                                     << "1\u20132";
    QTest::newRow("astral") << "&#x1F600;" << QString::fromUcs4(U"\U0001F600");
}

void TestHtmlExtractor::entities()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(decodeHtmlEntities(html), text);
}

void TestHtmlExtractor::dropsFurniture_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("blocks");
    const QString story = QStringLiteral("<p>The story.</p>");
    QTest::newRow("script") << "<script>var x = '<p>ad</p>';</script>" + story
                            << QStringList{"The story."};
    QTest::newRow("style") << "<style>p { color: red }</style>" + story
                           << QStringList{"The story."};
    QTest::newRow("comment") << "<!-- <p>hidden</p> -->" + story << QStringList{"The story."};
    QTest::newRow("nav") << "<nav><ul><li>Home</li></ul></nav>" + story
                         << QStringList{"The story."};
    QTest::newRow("page header") << "<header><p>Site</p></header>" + story
                                 << QStringList{"The story."};
    QTest::newRow("footer") << story + "<footer><p>(c) Site</p></footer>"
                            << QStringList{"The story."};
    QTest::newRow("aside") << story + "<aside><p>Related</p></aside>" << QStringList{"The story."};
    QTest::newRow("form") << story + "<form><p>Sign up</p><input></form>"
                          << QStringList{"The story."};
    QTest::newRow("header inside article is kept")
        << "<article><header><h1>Head</h1></header>" + story + "</article>"
        << QStringList{"Head", "The story."};
    QTest::newRow("nested skipped elements")
        << "<nav><div><nav>x</nav>y</div></nav>" + story << QStringList{"The story."};
    QTest::newRow("only the article when the page marks it")
        << "<div><p>We use cookies.</p></div><article>" + story +
               "</article><div><p>Most popular</p></div>"
        << QStringList{"The story."};
    QTest::newRow("headline before the article is kept")
        << "<div><h1>Head</h1><p>Teaser</p></div><article>" + story + "</article>"
        << QStringList{"Head", "The story."};
    QTest::newRow("page header keeps its headline")
        << "<header><p>Site menu</p><h1>Head</h1></header>" + story
        << QStringList{"Head", "The story."};
    QTest::newRow("footer inside the article is kept")
        << "<article>" + story + "<footer><p>Correction: a fix.</p></footer></article>"
        << QStringList{"The story.", "Correction: a fix."};
    QTest::newRow("unclosed p") << "<p>One<p>Two" << QStringList{"One", "Two"};
    QTest::newRow("inline tags join")
        << "<p>A <b>bold</b> <a href='x'>link</a>.</p>" << QStringList{"A bold link."};
    QTest::newRow("br splits") << "<p>Line one<br>Line two</p>"
                               << QStringList{"Line one", "Line two"};
    QTest::newRow("stray less-than") << "<p>3 < 4 and 5 > 2</p>" << QStringList{"3 < 4 and 5 > 2"};
}

void TestHtmlExtractor::dropsFurniture()
{
    QFETCH(QString, html);
    QFETCH(QStringList, blocks);
    QStringList texts;
    for (const RawBlock &b : extractHtml(html).blocks)
        texts.append(b.text);
    QCOMPARE(texts, blocks);
}

namespace {

// Invented story paragraphs, long enough with commas for the content scores to judge.
const QStringList kStory{
    QStringLiteral("The river ferry at Calder Point will run every hour from June, the harbour "
                   "office said on Tuesday, after a winter of repairs to its landing stage."),
    QStringLiteral("Engineers replaced the timber piles, which had rotted below the waterline, "
                   "and fitted a new ramp, lights and a shelter for waiting passengers."),
    QStringLiteral("Tickets will cost the same as last year, four pounds for adults and two for "
                   "children, and a monthly pass will be sold at the post office."),
    QStringLiteral("Shopkeepers on the far bank, who lost custom while the ferry was tied up, "
                   "said they hoped visitors would return before the summer fair."),
};

QString storyParagraphs()
{
    QString html;
    for (const QString &p : kStory)
        html += QLatin1String("<p>") + p + QLatin1String("</p>\n");
    return html;
}

QString page(const QString &body, const QString &head = QString())
{
    return QLatin1String("<!DOCTYPE html><html><head><title>Ferry returns - Calder News</title>") +
           head + QLatin1String("</head><body>") + body + QLatin1String("</body></html>");
}

// The story's paragraphs split in two, to put something between them.
QString firstHalfOf(const QString &html)
{
    const qsizetype middle = html.indexOf(QLatin1String("<p>"), html.size() / 2);
    return html.left(middle);
}

QString secondHalfOf(const QString &html)
{
    const qsizetype middle = html.indexOf(QLatin1String("<p>"), html.size() / 2);
    return html.mid(middle);
}

QStringList blockTexts(const HtmlDocument &doc)
{
    QStringList texts;
    for (const RawBlock &b : doc.blocks)
        texts.append(b.text);
    return texts;
}

} // namespace

void TestHtmlExtractor::selectsStory_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("blocks");
    const QString h1 = QStringLiteral("<h1>Ferry returns</h1>");
    const QString story = storyParagraphs();
    const QStringList want = QStringList{QStringLiteral("Ferry returns")} + kStory;

    const QString hiddenCopy = QLatin1String("<p>An older draft of the story, kept in the page "
                                             "source, says the ferry will never run again.</p>");
    QTest::newRow("hidden attribute")
        << page(QLatin1String("<div class='story'>") + h1 + story + QLatin1String("<div hidden>") +
                hiddenCopy + QLatin1String("</div></div>"))
        << want;
    QTest::newRow("aria-hidden") << page(QLatin1String("<div class='story'>") + h1 + story +
                                         QLatin1String("<div aria-hidden=\"true\">") + hiddenCopy +
                                         QLatin1String("</div></div>"))
                                 << want;
    QTest::newRow("display none") << page(
                                         QLatin1String("<div class='story'>") + h1 + story +
                                         QLatin1String("<div style=\"color: red; display:none\">") +
                                         hiddenCopy + QLatin1String("</div></div>"))
                                  << want;
    QTest::newRow("visibility hidden")
        << page(QLatin1String("<div class='story'>") + h1 + story +
                QLatin1String("<section style=\"visibility: hidden\">") + hiddenCopy +
                QLatin1String("</section></div>"))
        << want;
    QTest::newRow("a framework's hiding class")
        << page(QLatin1String("<div class='story'>") + h1 + story +
                QLatin1String("<span class='meta hidden'>") + hiddenCopy +
                QLatin1String("</span></div>"))
        << want;
    QTest::newRow("text for screen readers only")
        << page(QLatin1String("<div class='story'>") + h1 + story +
                QLatin1String("<div class='sr-only'>") + hiddenCopy + QLatin1String("</div></div>"))
        << want;
    QTest::newRow("template") << page(QLatin1String("<div class='story'>") + h1 + story +
                                      QLatin1String("<template>") + hiddenCopy +
                                      QLatin1String("</template></div>"))
                              << want;

    QString comments = QStringLiteral("<div id='comments'><h3>3 comments</h3><ol>");
    for (int i = 0; i < 3; ++i)
        comments += QStringLiteral("<li><div class='who'><a href='/u%1'>reader%1</a></div><p>I "
                                   "took that ferry for years, and honestly, the old landing "
                                   "stage was a disgrace, so good news at last.</p></li>")
                        .arg(i);
    comments += QLatin1String("</ol></div>");
    QTest::newRow("comments dropped") << page(QLatin1String("<div class='post'>") + h1 + story +
                                              QLatin1String("</div>") + comments)
                                      << want;

    QString teasers = QStringLiteral("<div class='more'><h2>More stories</h2>");
    for (int i = 0; i < 5; ++i)
        teasers += QStringLiteral("<div class='card'><h3><a href='/s%1'>Lighthouse keeper's "
                                  "cottage number %1 sold at auction</a></h3><span>2 hours "
                                  "ago</span></div>")
                       .arg(i);
    teasers += QLatin1String("</div>");
    QTest::newRow("teaser list dropped")
        << page(QLatin1String("<div class='main'><div class='text'>") + h1 + story +
                QLatin1String("</div>") + teasers + QLatin1String("</div>"))
        << want;

    QTest::newRow("article holding only metadata is not trusted")
        << page(QLatin1String("<article itemscope><meta itemprop='headline' content='Ferry "
                              "returns'><span>May 12, 2025</span></article><div class='col'>") +
                h1 + QLatin1String("<div class='text'>") + story +
                QLatin1String("</div></div><div class='side'><article><a href='/x'>Rain delays "
                              "harbour wall repairs</a></article></div>"))
        << want;

    // Teasers marked up as <article>s of their own, each with one long paragraph: their scores
    // add up in the feed that holds them, which must not outweigh the story beside it.
    QString feed = QStringLiteral("<article class='post'><h3>You may also like</h3>");
    for (const QString &teaser :
         {QStringLiteral("Walkers, cyclists and riders can use the old towpath again, the canal "
                         "trust said, after volunteers cleared fallen trees, mended two stiles, "
                         "rebuilt a wall and laid gravel, over eight weekends, along the whole "
                         "stretch."),
          QStringLiteral("The lighthouse keeper's cottage, empty for years, damp, cold and "
                         "roofless, was sold at auction, for a price nobody, not even the "
                         "auctioneer, had guessed, to a couple from the city."),
          QStringLiteral("Rain, wind and a high tide, the worst in a decade, delayed the harbour "
                         "wall repairs again, the council said, and the contractor, who had hoped "
                         "to finish, asked for more time.")})
        feed +=
            QLatin1String("<article class='post'><p>") + teaser + QLatin1String("</p></article>");
    feed += QLatin1String("</article>");
    QTest::newRow("a feed of articles beside the story is other stories")
        << page(QLatin1String("<div class='col'><article class='post'>") + h1 +
                QLatin1String("<p>") + kStory.at(0) + QLatin1String("</p><p>") + kStory.at(1) +
                QLatin1String("</p></article>") + feed + QLatin1String("</div>"))
        << QStringList{QStringLiteral("Ferry returns"), kStory.at(0), kStory.at(1)};

    const QString articleBody = kStory.join(QLatin1String("\\n\\n"));
    QTest::newRow("a block the JSON-LD articleBody lacks is not story")
        << page(QLatin1String("<div class='story'>") + h1 + story +
                    QLatin1String("<p>Ann Castell writes about rivers, boats and bridges, and has "
                                  "reported from the valley since 2010.</p></div>"),
                QLatin1String("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
                              "\"articleBody\": \"") +
                    articleBody + QLatin1String("\"}</script>"))
        << want;

    QTest::newRow("a heading whose list was dropped goes with it, so does a last label")
        << page(QLatin1String("<div class='story'>") + h1 + story +
                QLatin1String("<h2>More from the valley</h2><ul><li><a href='/a'>Harbour wall "
                              "repairs delayed by rain again</a></li><li><a href='/b'>Lighthouse "
                              "cottage sold at auction</a></li><li><a href='/c'>Bus timetable "
                              "changes for the summer</a></li></ul><p>Leave a comment</p></div>"))
        << want;

    QTest::newRow("a run of labels closing the story goes as a whole")
        << page(QLatin1String("<div class='story'>") + h1 + story +
                QLatin1String("<p>Share this:</p><p>Like this:</p><h3>Comments</h3></div>"))
        << want;

    QTest::newRow("a box with an input field is a prompt, not story")
        << page(QLatin1String("<div class='story'>") + h1 + firstHalfOf(story) +
                QLatin1String("<div class='box'><p>The morning briefing: the stories that "
                              "matter, before breakfast, every weekday.</p><div><input "
                              "type='email'><input type='hidden' value='x'></div></div>") +
                secondHalfOf(story) + QLatin1String("</div>"))
        << want;
    QTest::newRow("a paragraph beside a hidden input is story")
        << page(QLatin1String("<div class='story'>") + h1 + story +
                QLatin1String("<div class='box'><p>The ferry's timetable is posted at both "
                              "landings, and at the post office.</p><input type='hidden' "
                              "value='x'></div></div>"))
        << want + QStringList{QStringLiteral("The ferry's timetable is posted at both landings, "
                                             "and at the post office.")};
    QTest::newRow("page tools are not story")
        << page(QLatin1String("<div class='story'>") + h1 +
                QLatin1String("<div class='print-tools'><span>Print article</span> <span>Text "
                              "size</span></div>") +
                story + QLatin1String("</div>"))
        << want;

    const QString firstHalf = QLatin1String("<p>") + kStory.at(0) + QLatin1String("</p><p>") +
                              kStory.at(1) + QLatin1String("</p>");
    const QString secondHalf = QLatin1String("<p>") + kStory.at(2) + QLatin1String("</p><p>") +
                               kStory.at(3) + QLatin1String("</p>");
    QTest::newRow("a subheading stays when only a short link after it is dropped")
        << page(QLatin1String("<div class='story'>") + h1 + firstHalf +
                QLatin1String("<h2>Tickets</h2><p><a href='/buy'>Buy online</a></p>") + secondHalf +
                QLatin1String("</div>"))
        << QStringList{QStringLiteral("Ferry returns"), kStory.at(0), kStory.at(1),
                       QStringLiteral("Tickets"),       kStory.at(2), kStory.at(3)};

    QTest::newRow("page wrapped in a form is read")
        << page(QLatin1String("<form method='post' action='/page'><input type='hidden' "
                              "name='state' value='x'><div class='content'>") +
                h1 + story + QLatin1String("</div></form>"))
        << want;
}

void TestHtmlExtractor::selectsStory()
{
    QFETCH(QString, html);
    QFETCH(QStringList, blocks);
    QCOMPARE(blockTexts(extractHtml(html)), blocks);
}

void TestHtmlExtractor::captionsAndBylines()
{
    // The text of a figure, and of an element named a caption or a credit, is about a picture;
    // elements named a byline, dateline, biography or copyright are about the story.
    const HtmlDocument doc = extractHtml(page(
        QLatin1String("<div class='story'><h1>Ferry returns</h1><div class='article-byline'>By "
                      "Ann Castell, Valley Correspondent</div><div class='dateline'>Updated May "
                      "12, 2025 9:41 AM</div>") +
        storyParagraphs() +
        QLatin1String(
            "<figure><img src='stage.jpg' alt=''><div class='image-source'>Photo: Ann "
            "Castell</div></figure><div class='inlineImageCaption'>The new landing "
            "stage at Calder Point, seen from the far bank.</div><div "
            "class='contributorBiography'><p>Ann Castell writes about rivers, boats and bridges "
            "for the paper.</p></div><p class='copyright'>(c) 2025 Calder News "
            "Ltd.</p><p><time datetime='2025-05-13T08:15'>Tuesday, 13 May 2025, 08:15</time></p>"
            "<p><small class='post-meta'>Posted: 12/05/2025 - by Tom Reed</small></p><p>Write to "
            "Ann Castell at ann.castell@calder.example with news.</p></div>")));
    const QStringList texts = blockTexts(doc);
    const QList<std::pair<QString, BlockHint>> want{
        {QStringLiteral("Photo: Ann Castell"), BlockHint::Caption},
        {QStringLiteral("The new landing stage at Calder Point, seen from the far bank."),
         BlockHint::Caption},
        {QStringLiteral("By Ann Castell, Valley Correspondent"), BlockHint::Meta},
        {QStringLiteral("Updated May 12, 2025 9:41 AM"), BlockHint::Meta},
        {QStringLiteral("Ann Castell writes about rivers, boats and bridges for the paper."),
         BlockHint::Meta},
        {QStringLiteral("(c) 2025 Calder News Ltd."), BlockHint::Meta},
        {QStringLiteral("Tuesday, 13 May 2025, 08:15"), BlockHint::Meta},
        {QStringLiteral("Posted: 12/05/2025 - by Tom Reed"), BlockHint::Meta},
        {QStringLiteral("Write to Ann Castell at ann.castell@calder.example with news."),
         BlockHint::Meta},
    };
    for (const auto &[text, hint] : want) {
        const qsizetype i = texts.indexOf(text);
        QVERIFY2(i >= 0, qPrintable(text));
        QCOMPARE(doc.blocks.at(i).hint, hint);
    }
    for (const QString &p : kStory)
        QCOMPARE(doc.blocks.at(texts.indexOf(p)).hint, BlockHint::None);
}

void TestHtmlExtractor::author_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<QString>("author");
    const QString ld = QStringLiteral("<script type='application/ld+json'>%1</script>");
    QTest::newRow("JSON-LD Person")
        << ld.arg(QLatin1String(
               R"({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Ann Castell"}})"))
        << "Ann Castell";
    QTest::newRow("JSON-LD list, a URL left out")
        << ld.arg(QLatin1String(R"({"@graph": [{"@type": "NewsArticle", "author": [{"name": )"
                                R"("Ann Castell"}, "Tom Reed", "https://example.org/staff/x"]}]})"))
        << "Ann Castell, Tom Reed";
    QTest::newRow("meta author") << "<meta name='author' content=' Ann  Castell '>"
                                 << "Ann Castell";
    QTest::newRow("JSON-LD before meta")
        << QLatin1String("<meta name='author' content='Calder News'>") +
               ld.arg(QLatin1String(R"({"author": {"name": "Ann Castell"}})"))
        << "Ann Castell";
    QTest::newRow("an author page URL is not a name")
        << "<meta property='article:author' content='https://example.org/ann'>" << QString();
    QTest::newRow("none") << QString() << QString();
}

void TestHtmlExtractor::author()
{
    QFETCH(QString, head);
    QFETCH(QString, author);
    QCOMPARE(extractHtml(page(storyParagraphs(), head)).author, author);
}

void TestHtmlExtractor::tableRows()
{
    const QString table = QStringLiteral(
        "<table><tr><th>Route</th><th>Fare</th></tr><tr><td>Calder Point</td><td>4 "
        "pounds</td></tr><tr><td>Arrow Island</td><td><b>6</b> pounds</td></tr></table>");
    const HtmlDocument data = extractHtml(page(storyParagraphs() + table));
    const QStringList rows{QStringLiteral("Route | Fare"),
                           QStringLiteral("Calder Point | 4 pounds"),
                           QStringLiteral("Arrow Island | 6 pounds")};
    QCOMPARE(blockTexts(data), kStory + rows);
    for (qsizetype i = kStory.size(); i < data.blocks.size(); ++i)
        QCOMPARE(data.blocks.at(i).hint, BlockHint::TableRow);

    // A table that lays out the page holds paragraphs in its cells: those stay paragraphs.
    const HtmlDocument layout =
        extractHtml(page(QLatin1String("<table><tr><td>") + storyParagraphs() +
                         QLatin1String("</td><td><p>Weather: rain</p></td></tr></table>")));
    QCOMPARE(blockTexts(layout).mid(0, kStory.size()), kStory);
    for (const RawBlock &b : layout.blocks)
        QVERIFY(b.hint != BlockHint::TableRow);
}

void TestHtmlExtractor::headline_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("headline");
    const QString story =
        QLatin1String("<div class='story'>") + storyParagraphs() + QLatin1String("</div>");
    QTest::newRow("h1 agreeing with og:title wins over a section label h1")
        << page(QLatin1String("<h1>Local news</h1><div><h1>Ferry returns to Calder "
                              "Point</h1>") +
                    story + QLatin1String("</div>"),
                QLatin1String("<meta property='og:title' content='Ferry returns to Calder "
                              "Point'>"))
        << "Ferry returns to Calder Point";
    QTest::newRow("h1 agreeing with JSON-LD headline")
        << page(QLatin1String("<h1>BREAKING NEWS</h1><h1>Ferry returns to Calder Point</h1>") +
                    story,
                QLatin1String("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
                              "\"headline\": \"Ferry returns to Calder Point\"}</script>"))
        << "Ferry returns to Calder Point";
    QTest::newRow("h1 agreeing with the title")
        << page(QLatin1String("<h1>Skip to content</h1><h1>Ferry returns</h1>") + story)
        << "Ferry returns";
}

void TestHtmlExtractor::headline()
{
    QFETCH(QString, html);
    QFETCH(QString, headline);
    const HtmlDocument doc = extractHtml(html);
    QVERIFY(!doc.blocks.isEmpty());
    QCOMPARE(doc.blocks.constFirst().text, headline);
    QCOMPARE(doc.blocks.constFirst().hint, BlockHint::Heading);
    QCOMPARE(blockTexts(doc).count(headline), 1);
}

void TestHtmlExtractor::hintsFromMarkup()
{
    const HtmlDocument doc = extractHtml(QStringLiteral(
        "<h1>Title</h1><h2>Sub</h2><figure><img src='a.jpg'><figcaption>Cap</figcaption></figure>"
        "<ul><li>Item</li></ul><blockquote><p>Quoted</p></blockquote>"));
    QCOMPARE(doc.blocks.size(), 5);
    QCOMPARE(doc.blocks.at(0).hint, BlockHint::Heading);
    QCOMPARE(doc.blocks.at(0).headingLevel, 1);
    QCOMPARE(doc.blocks.at(1).headingLevel, 2);
    QCOMPARE(doc.blocks.at(2).hint, BlockHint::Caption);
    QCOMPARE(doc.blocks.at(3).hint, BlockHint::ListItem);
    QCOMPARE(doc.blocks.at(4).hint, BlockHint::Quote);
}

void TestHtmlExtractor::smallPrint_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("furniture"); // the blocks hinted as furniture
    const QString h1 = QStringLiteral("<h1>Ferry returns</h1>");
    const QString story = storyParagraphs();
    const QString about = QStringLiteral(
        "Calder Ferries runs six crossings on the estuary, employs about 40 people and is owned "
        "by the county, which bought it from a private operator in 1998.");
    const QString notice = QStringLiteral("Please note: comments that insult other readers will "
                                          "not be approved by the moderators.");
    QTest::newRow("a company's paragraph in a small font")
        << page(QLatin1String("<div class='story'>") + h1 + story +
                QLatin1String("<p style='font-size: 11px; color: grey'>") + about +
                QLatin1String("</p></div>"))
        << QStringList{about};
    QTest::newRow("a notice in <small>, a line break inside")
        << page(QLatin1String("<div class='story'>") + h1 + story +
                QLatin1String("<p><small><br>") + notice + QLatin1String("</small></p></div>"))
        << QStringList{notice};
    QTest::newRow("small by keyword and in em")
        << page(QLatin1String("<div class='story'>") + h1 + story +
                QLatin1String("<div style='font-size:x-small'>") + about +
                QLatin1String("</div><p style='font-size:0.7em'>") + notice +
                QLatin1String("</p></div>"))
        << QStringList{about, notice};
    QTest::newRow("a reading size is not small")
        << page(QLatin1String("<div class='story'>") + h1 +
                QLatin1String("<p style='font-size: 12pt'>") + kStory.at(0) +
                QLatin1String("</p><p style='font-size:16px'>") + kStory.at(1) +
                QLatin1String("</p><p style='font-size:1em'>") + kStory.at(2) +
                QLatin1String("</p><p>") + kStory.at(3) + QLatin1String("</p></div>"))
        << QStringList{};
    QTest::newRow("a few small words in a paragraph do not make it small print")
        << page(QLatin1String("<div class='story'>") + h1 + story + QLatin1String("<p>") + about +
                QLatin1String(" <small>(Updated)</small></p></div>"))
        << QStringList{};
    QString smallPage;
    for (const QString &p : kStory)
        smallPage += QLatin1String("<p style='font-size:12px'>") + p + QLatin1String("</p>");
    QTest::newRow("a page set small throughout keeps its story")
        << page(QLatin1String("<div class='story'>") + h1 + smallPage + QLatin1String("</div>"))
        << QStringList{};
}

void TestHtmlExtractor::smallPrint()
{
    QFETCH(QString, html);
    QFETCH(QStringList, furniture);
    const HtmlDocument doc = extractHtml(html);
    QStringList got;
    for (const RawBlock &b : doc.blocks) {
        if (b.hint == BlockHint::Furniture)
            got.append(b.text);
    }
    QCOMPARE(got, furniture);
    QVERIFY2(blockTexts(doc).mid(1, kStory.size()) == kStory,
             qPrintable(blockTexts(doc).join(u'|')));
}

void TestHtmlExtractor::authorBiography()
{
    // The page's JSON-LD describes its author; the same words under the story are her
    // biography, not story. A story sentence that merely names her stays.
    const QString bio = QStringLiteral("Ann Castell grew up on the estuary and has written about "
                                       "its boats, bridges and ferries since 2010.");
    const QString mention =
        QStringLiteral("Ann Castell, who took the first crossing, said the ramp felt solid.");
    const QString ld =
        QLatin1String("<script type='application/ld+json'>{\"@graph\": [{\"@type\": "
                      "\"NewsArticle\", \"author\": {\"@id\": \"#ann\"}}, {\"@type\": "
                      "[\"Person\"], \"@id\": \"#ann\", \"name\": \"Ann Castell\", "
                      "\"description\": \"") +
        bio + QLatin1String("\"}]}</script>");
    const HtmlDocument doc = extractHtml(
        page(QLatin1String("<div class='story'><h1>Ferry returns</h1>") + storyParagraphs() +
                 QLatin1String("<p>") + mention + QLatin1String("</p><div class='about'><p>") +
                 bio + QLatin1String("</p></div></div>"),
             ld));
    QStringList meta;
    for (const RawBlock &b : doc.blocks) {
        if (b.hint == BlockHint::Meta)
            meta.append(b.text);
    }
    QCOMPARE(meta, QStringList{bio});
    QVERIFY(blockTexts(doc).contains(mention));
}

void TestHtmlExtractor::contactLineBeforeCaptions()
{
    // The writer's address closes the story even when pictures and credits follow it.
    const QString contact = QStringLiteral(
        "Write to Ann Castell at ann.castell@calder.example or follow her @anncastell.");
    const HtmlDocument doc = extractHtml(
        page(QLatin1String("<div class='story'><h1>Ferry returns</h1>") + storyParagraphs() +
             QLatin1String("<p>") + contact +
             QLatin1String("</p><figure><img src='a.jpg'><figcaption>The landing stage at "
                           "dawn.</figcaption></figure><div class='caption'>Passengers board the "
                           "first crossing.</div><div class='byline'>Ann Castell</div><p "
                           "class='copyright'>(c) 2025 Calder News Ltd.</p></div>")));
    bool found = false;
    for (const RawBlock &b : doc.blocks) {
        if (b.text == contact) {
            found = true;
            QCOMPARE(b.hint, BlockHint::Meta);
        }
    }
    QVERIFY2(found, qPrintable(blockTexts(doc).join(u'|')));
}

void TestHtmlExtractor::savedPage()
{
    const HtmlDocument doc =
        extractHtml(Test::readUtf8(Test::dataPath(QStringLiteral("article.html"))));
    QVERIFY(!doc.title.isEmpty());
    QVERIFY(!doc.siteName.isEmpty());
    QVERIFY(doc.publishedTime.startsWith(QLatin1String("2026-02-14")));
    QString all;
    for (const RawBlock &b : doc.blocks)
        all += b.text + QLatin1Char('\n');
    QVERIFY2(!all.contains(QLatin1String("BUY NOW")), "script text leaked");
    QVERIFY2(!all.contains(QLatin1Char('<')), "markup leaked");
    QVERIFY2(!all.contains(QLatin1String("&amp;")) && !all.contains(QLatin1String("&mdash;")),
             "entity left undecoded");
    QVERIFY(all.contains(QChar(0x2014)));
    QVERIFY(std::any_of(doc.blocks.cbegin(), doc.blocks.cend(),
                        [](const RawBlock &b) { return b.hint == BlockHint::Caption; }));
}

void TestHtmlExtractor::declaredCharset()
{
    QCOMPARE(declaredHtmlCharset("<html><head><meta charset=\"windows-1251\">"),
             QByteArray("windows-1251"));
    QCOMPARE(declaredHtmlCharset(
                 "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">"),
             QByteArray("koi8-r"));
    QCOMPARE(declaredHtmlCharset("<p>no declaration</p>"), QByteArray());
}

// Tags past the depth are left out with their end tags; the text between them stays. What
// opens nothing (raw text, comments, void and self-closing elements, elements HTML closes by
// itself) is not counted, so a real page passes unchanged.
void TestHtmlExtractor::nestingLimited()
{
    int deepest = 0;
    const QByteArray page = "<!doctype html><html><head><title>T</title><script>if (a<b) "
                            "document.write('<div><div><div><div>')</script></head><body>"
                            "<!-- <div><div><div><div> --><div><p>One<p>Two<br><img src=x />"
                            "<ul><li>a<li>b</ul></div></body></html>";
    QCOMPARE(HtmlNesting::limited(page, 3, &deepest), page);
    QCOMPARE(deepest, 2); // div, ul

    const QByteArray deep = "<div><div><section><div><span>deep</span> text</div></section>"
                            "</div></div><p>after</p>";
    QCOMPARE(HtmlNesting::limited(deep, 3, &deepest),
             QByteArray("<div><div><section>deep text</section></div></div><p>after</p>"));
    QCOMPARE(deepest, 5);

    // Stray end tags close nothing; unclosed tags stay open.
    QCOMPARE(HtmlNesting::limited("</div></b><b><i><u>x", 2, &deepest),
             QByteArray("</div></b><b><i>x"));
    QCOMPARE(deepest, 3);
}

QTEST_GUILESS_MAIN(TestHtmlExtractor)
#include "tst_htmlextractor.moc"
