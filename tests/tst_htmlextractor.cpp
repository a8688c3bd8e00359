#include "htmlentities.h"
#include "htmlextractor.h"
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
    void hintsFromMarkup();
    void savedPage();
    void declaredCharset();
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

QTEST_GUILESS_MAIN(TestHtmlExtractor)
#include "tst_htmlextractor.moc"
