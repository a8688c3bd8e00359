#include "articleloader.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QThread>

#include <unistd.h>

using namespace Parallax;

class TestArticleLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void errors_data();
    void errors();
    void unreadableFile();
    void restStillLoads();
    void manyFilesKeepTheirOrder();
    void stoppingLeavesOutTheRest();
    void formats_data();
    void formats();
    void htmlArticle();
    void sampleStory();
    void fromText();
    void terminalColourCodes();
    void timeOfDay_data();
    void timeOfDay();
    void relativeTimeNeedsASavedDate();

private:
    QTemporaryDir m_tmp;
};

void TestArticleLoader::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QFile big(m_tmp.filePath(QStringLiteral("big.txt")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(ArticleLoader::kMaxFileSize + 1)); // sparse: costs no disk
}

void TestArticleLoader::errors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason"); // a word the message must contain

    QTest::newRow("missing") << m_tmp.filePath(QStringLiteral("nope.txt")) << "does not exist";
    QTest::newRow("directory") << m_tmp.path() << "folder";
    QTest::newRow("empty") << Test::dataPath(QStringLiteral("empty.txt")) << "empty";
    QTest::newRow("only whitespace")
        << Test::dataPath(QStringLiteral("whitespace.txt")) << "no text";
    QTest::newRow("binary png") << Test::dataPath(QStringLiteral("binary.png")) << "binary";
    QTest::newRow("NUL bytes") << Test::dataPath(QStringLiteral("nul-bytes.txt")) << "binary";
    QTest::newRow("oversized") << m_tmp.filePath(QStringLiteral("big.txt")) << "limit";
}

void TestArticleLoader::errors()
{
    QFETCH(QString, path);
    QFETCH(QString, reason);
    const QByteArray before = Test::sha256(path);
    Article article;
    QString error;
    QVERIFY(!ArticleLoader::load(path, &article, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(Test::sha256(path), before);
}

void TestArticleLoader::unreadableFile()
{
    const QString path = m_tmp.filePath(QStringLiteral("locked.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("A locked article.\n");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::Permissions()));
    if (::access(QFile::encodeName(path).constData(), R_OK) == 0)
        QSKIP("running with privileges that read any file (root)");
    Article article;
    QString error;
    QVERIFY(!ArticleLoader::load(path, &article, &error));
    QVERIFY2(error.contains(QLatin1String("permission")), qPrintable(error));
}

void TestArticleLoader::restStillLoads()
{
    const QStringList paths{
        Test::dataPath(QStringLiteral("utf8.txt")), m_tmp.filePath(QStringLiteral("nope.txt")),
        Test::dataPath(QStringLiteral("binary.png")), Test::dataPath(QStringLiteral("crlf.txt"))};
    const LoadResult result = ArticleLoader::loadAll(paths);
    QCOMPARE(result.articles.size(), 2);
    QCOMPARE(result.errors.size(), 2);
    QCOMPARE(result.errors.at(0).path, paths.at(1));
    QCOMPARE(result.errors.at(1).path, paths.at(2));
    QVERIFY(result.articles.at(1).path.endsWith(QLatin1String("crlf.txt")));
}

// loadAll reads files on several threads; what comes out must not depend on which thread
// finished first, and progress is reported on the caller's thread only, never going back.
void TestArticleLoader::manyFilesKeepTheirOrder()
{
    QStringList paths;
    for (int i = 0; i < 40; ++i) {
        if (i % 7 == 3) {
            paths.append(m_tmp.filePath(QStringLiteral("missing-%1.txt").arg(i)));
            continue;
        }
        const QString path = m_tmp.filePath(QStringLiteral("order-%1.txt").arg(i));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Longer files first, so that later files tend to finish before earlier ones.
        QByteArray text = "Report number " + QByteArray::number(i) + " on the harbour works.\n\n";
        for (int k = 0; k < 40 - i; ++k)
            text += "The council met again on the harbour works and heard the engineers.\n\n";
        file.write(text);
        paths.append(path);
    }
    QList<double> reported;
    bool otherThread = false;
    QThread *const caller = QThread::currentThread();
    const LoadResult result = ArticleLoader::loadAll(paths, [&](double done) {
        otherThread = otherThread || QThread::currentThread() != caller;
        reported.append(done);
        return true;
    });
    QVERIFY(!otherThread);
    QCOMPARE(result.errors.size(), 6);
    QCOMPARE(result.articles.size(), 34);
    qsizetype article = 0;
    qsizetype error = 0;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        if (i % 7 == 3) {
            QCOMPARE(result.errors.at(error++).path, paths.at(i));
        } else {
            QCOMPARE(result.articles.at(article).path, paths.at(i));
            QVERIFY(result.articles.at(article++).sentences.first().text.contains(
                QStringLiteral("number %1 ").arg(i)));
        }
    }
    QVERIFY(!reported.isEmpty());
    for (qsizetype i = 1; i < reported.size(); ++i)
        QVERIFY2(reported.at(i) >= reported.at(i - 1), qPrintable(QString::number(i)));
    QVERIFY(reported.last() <= 1.0);
}

void TestArticleLoader::stoppingLeavesOutTheRest()
{
    QStringList paths;
    for (int i = 0; i < 30; ++i) {
        const QString path = m_tmp.filePath(QStringLiteral("stop-%1.txt").arg(i));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Notice " + QByteArray::number(i) + ": the ferry runs again on Monday.\n");
        paths.append(path);
    }
    // Stopped at the first report, which comes when the calling thread takes its first file:
    // that file and those after it are left out, whatever the other threads read meanwhile.
    // (Stopping later would race the other threads, which may read every file first.)
    int calls = 0;
    const LoadResult result = ArticleLoader::loadAll(paths, [&](double) {
        ++calls;
        return false;
    });
    QCOMPARE(calls, 1);
    QVERIFY(result.errors.isEmpty()); // left out, not failed
    QVERIFY(result.articles.size() < paths.size());
    for (qsizetype i = 0; i < result.articles.size(); ++i)
        QCOMPARE(result.articles.at(i).path, paths.at(i)); // the files before the stop, in order
}

void TestArticleLoader::formats_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("mustContain");

    QTest::newRow("CRLF") << "crlf.txt"
                          << "UTF-8"
                          << "en" << QString();
    QTest::newRow("CR only") << "cr-only.txt"
                             << "UTF-8"
                             << "en" << QString();
    QTest::newRow("no final newline") << "no-final-newline.txt"
                                      << "UTF-8"
                                      << "en" << QString();
    QTest::newRow("UTF-16 LE") << "utf16le-bom.txt"
                               << "UTF-16LE"
                               << "en"
                               << "na\u00EFve";
    QTest::newRow("windows-1251") << "cp1251-russian.txt"
                                  << "windows-1251"
                                  << "ru"
                                  << "\u00AB";
    QTest::newRow("windows-1252") << "cp1252-french.txt"
                                  << "windows-1252"
                                  << "fr"
                                  << "\u20AC";
    QTest::newRow("markdown") << "markdown.md"
                              << "UTF-8"
                              << "en" << QString();
    QTest::newRow("inline tags") << "inline-tags.txt"
                                 << "UTF-8"
                                 << "en" << QString();
    QTest::newRow("cp1251 html") << "article-cp1251.html"
                                 << "windows-1251"
                                 << "ru" << QString();
}

void TestArticleLoader::formats()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QString, language);
    QFETCH(QString, mustContain);

    Article article;
    QString error;
    QVERIFY2(ArticleLoader::load(Test::dataPath(file), &article, &error), qPrintable(error));
    QCOMPARE(article.encoding, encoding);
    QCOMPARE(article.metadata.language, language);
    QVERIFY(!article.metadata.title.isEmpty());
    QCOMPARE(article.paragraphs.constFirst().kind, BlockKind::Title);
    QVERIFY(article.words > 20);
    QString all;
    for (const Paragraph &p : article.paragraphs) {
        QVERIFY2(!p.text.contains(QLatin1Char('\r')) && !p.text.contains(QLatin1Char('\n')),
                 qPrintable(p.text));
        QVERIFY2(!p.text.contains(QChar(0xFFFD)), qPrintable(p.text));
        QVERIFY2(!p.text.contains(QLatin1String("</")) && !p.text.contains(QLatin1String("**")) &&
                     !p.text.startsWith(u'#'),
                 qPrintable(p.text));
        all += p.text;
    }
    if (!mustContain.isEmpty())
        QVERIFY(all.contains(mustContain));
}

void TestArticleLoader::htmlArticle()
{
    Article article;
    QString error;
    QVERIFY2(ArticleLoader::load(Test::dataPath(QStringLiteral("article.html")), &article, &error),
             qPrintable(error));
    QCOMPARE(article.metadata.date, QDate(2026, 2, 14));
    QVERIFY(!article.metadata.outlet.isEmpty());
    QCOMPARE(article.paragraphs.constFirst().kind, BlockKind::Title);
    QStringList kinds = Test::kindsOf(article);
    QVERIFY(kinds.contains(QStringLiteral("caption")));
    QVERIFY(kinds.contains(QStringLiteral("meta")));       // the byline
    QVERIFY(kinds.contains(QStringLiteral("subheading"))); // the h2
    for (const Paragraph &p : article.paragraphs)
        QVERIFY2(!p.text.contains(QLatin1String("BUY NOW")) && !p.text.contains(u'<'),
                 qPrintable(p.text));
}

void TestArticleLoader::sampleStory()
{
    const QDir dir(QStringLiteral(PARALLAX_SAMPLE_DIR));
    const QStringList names = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    QVERIFY(names.size() >= 3);
    for (const QString &name : names) {
        Article article;
        QString error;
        QVERIFY2(ArticleLoader::load(dir.filePath(name), &article, &error), qPrintable(error));
        QVERIFY2(!article.metadata.title.isEmpty(), qPrintable(name));
        QVERIFY2(article.sentences.size() >= 8, qPrintable(name));
    }
}

void TestArticleLoader::fromText()
{
    const Article article = ArticleLoader::fromText(
        QStringLiteral(
            "<html><body><h1>Dropped page</h1><p>Text from a browser.</p></body></html>"),
        ArticleLoader::Format::Html);
    QCOMPARE(article.metadata.title, QStringLiteral("Dropped page"));
    QCOMPARE(article.sentences.size(), 2);
}

// An article saved from a terminal carries colour codes and a bell: it is text, and neither the
// codes nor the controls reach the title or the sentences shown.
void TestArticleLoader::terminalColourCodes()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("terminal.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\x1B[1;33mHarbour bridge reopens\x1B[0m\n\n"
               "The \x1B[32mharbour\x1B[0m bridge reopened on Monday after repairs.\x07 "
               "Traffic was light in the morning.\n");
    file.close();
    Article article;
    QString error;
    QVERIFY2(ArticleLoader::load(path, &article, &error), qPrintable(error));
    QCOMPARE(article.metadata.title, QStringLiteral("Harbour bridge reopens"));
    QCOMPARE(article.sentences.size(), 3);
    QCOMPARE(article.sentences.at(1).text,
             QStringLiteral("The harbour bridge reopened on Monday after repairs."));
}

void TestArticleLoader::timeOfDay_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("html");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QString>("origin"); // where the date was read (JSON date_from)
    const QString body = QStringLiteral(
        "<h1>Bridge reopens</h1><p>The bridge reopened on Monday after four months of repairs, "
        "the council said.</p><p>Traffic is expected to return to normal by Friday.</p>");
    const QDate day(2025, 8, 20);
    QTest::newRow("article:published_time")
        << QStringLiteral("<html><head><meta property=\"article:published_time\" "
                          "content=\"2025-08-20T15:15:00+03:00\"></head><body>%1</body></html>")
               .arg(body)
        << true << day << QTime(15, 15) << QStringLiteral("page_metadata");
    QTest::newRow("JSON-LD datePublished")
        << QStringLiteral("<html><head><script type=\"application/ld+json\">{\"@type\": "
                          "\"NewsArticle\", \"datePublished\": \"2025-08-20T07:05:00Z\"}"
                          "</script></head><body>%1</body></html>")
               .arg(body)
        << true << day << QTime(7, 5) << QStringLiteral("page_metadata");
    QTest::newRow("<time datetime>")
        << QStringLiteral("<html><body><time datetime=\"2025-08-20T11:40\">20 August</time>%1"
                          "</body></html>")
               .arg(body)
        << true << day << QTime(11, 40) << QStringLiteral("page_metadata");
    QTest::newRow("date only") << QStringLiteral("<html><head><meta property=\"article:published_"
                                                 "time\" content=\"2025-08-20\"></head><body>%1"
                                                 "</body></html>")
                                      .arg(body)
                               << true << day << QTime() << QStringLiteral("page_metadata");
    QTest::newRow("dateline with 12-hour time")
        << QStringLiteral("Bridge reopens\n\nAug. 20, 2025, 3:15 PM\n\nThe bridge reopened on "
                          "Monday after four months of repairs, the council said. Traffic is "
                          "expected to return to normal by Friday.")
        << false << day << QTime(15, 15) << QStringLiteral("byline");
    QTest::newRow("dateline with an ordinal day, no numbered item")
        << QStringLiteral("Br\u00FCcke wieder offen\n\n20. August 2025\n\nDie Br\u00FCcke ist seit "
                          "Montag wieder offen, teilte die Stadt mit. Der Verkehr soll bis "
                          "Freitag wieder normal laufen.")
        << false << day << QTime() << QStringLiteral("byline");
    QTest::newRow("dotted date with 24-hour time")
        << QStringLiteral("Bridge reopens\n\n20.08.2025 15:15\n\nThe bridge reopened on Monday "
                          "after four months of repairs, the council said. Traffic is expected "
                          "to return to normal by Friday.")
        << false << day << QTime(15, 15) << QStringLiteral("byline");
    // Numbers with slashes in the order of the article's language: 6 July in Portuguese, June 7
    // in American English.
    QTest::newRow("Portuguese date with slashes")
        << QStringLiteral("Inc\u00EAndio destr\u00F3i armaz\u00E9m\n\nLisboa, 06/07/2025\n\nUm "
                          "inc\u00EAndio destruiu na madrugada de domingo um armaz\u00E9m de "
                          "corti\u00E7a no porto de Lisboa, disseram os bombeiros. Ningu\u00E9m "
                          "ficou ferido, segundo a pol\u00EDcia.")
        << false << QDate(2025, 7, 6) << QTime() << QStringLiteral("byline");
    QTest::newRow("American date with slashes")
        << QStringLiteral("Bridge reopens\n\nUpdated 06/07/2025\n\nThe bridge reopened on Monday "
                          "after four months of repairs, the council said. Traffic is expected "
                          "to return to normal by Friday.")
        << false << QDate(2025, 6, 7) << QTime() << QStringLiteral("byline");
    // A dateline that opens the story dates it; a date inside a sentence does not.
    QTest::newRow("dateline with an agency")
        << QStringLiteral("Bridge reopens\n\nKELMSBY, Aug. 20, 2025 (AP) \u2014 The bridge "
                          "reopened on Monday after four months of repairs, the council said.\n\n"
                          "Traffic is expected to return to normal by Friday.")
        << false << QDate(2025, 8, 20) << QTime() << QStringLiteral("dateline");
    QTest::newRow("dateline in German with a dash")
        << QStringLiteral("Br\u00FCcke wieder offen\n\nBerlin, 20. August 2025 \u2013 Die "
                          "Br\u00FCcke ist seit Montag wieder offen, teilte die Stadt mit.")
        << false << QDate(2025, 8, 20) << QTime() << QStringLiteral("dateline");
    QTest::newRow("a date in a sentence is no dateline")
        << QStringLiteral("Bridge reopens\n\nThe council said on March 4, 2025 - a Tuesday - "
                          "that the bridge had reopened after four months of repairs.")
        << false << QDate() << QTime() << QStringLiteral("");
    // A photo caption dates a story that states no other date, and says so: it may date the
    // photo. A date in the web address is the last resort.
    QTest::newRow("photo caption")
        << QStringLiteral("<html><body><h1>Bridge reopens</h1><figure><img src=\"b.jpg\">"
                          "<figcaption>The bridge in Kelmsby, Aug. 19, 2025 (AP)</figcaption>"
                          "</figure>%1</body></html>")
               .arg(body)
        << true << QDate(2025, 8, 19) << QTime() << QStringLiteral("caption");
    QTest::newRow("web address")
        << QStringLiteral("<html><head><link rel=\"canonical\" href=\"https://example.test/2025/"
                          "08/20/bridge-reopens\"></head><body>%1</body></html>")
               .arg(body)
        << true << day << QTime() << QStringLiteral("web_address");
}

void TestArticleLoader::timeOfDay()
{
    QFETCH(QString, text);
    QFETCH(bool, html);
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(QString, origin);
    const Article article = ArticleLoader::fromText(text, html ? ArticleLoader::Format::Html
                                                               : ArticleLoader::Format::PlainText);
    QCOMPARE(article.metadata.date, date);
    QCOMPARE(article.metadata.time, time);
    QCOMPARE(dateOriginKey(article.metadata.dateOrigin), origin);
    // The user is told where the date came from, and warned when it may date something else.
    QCOMPARE(describeDateOrigin(article.metadata.dateOrigin).isEmpty(), origin.isEmpty());
    QCOMPARE(isUncertain(article.metadata.dateOrigin),
             origin == u"caption" || origin == u"web_address");
}

void TestArticleLoader::relativeTimeNeedsASavedDate()
{
    const QString page = QStringLiteral(
        "<!DOCTYPE html> <html lang=\"en\">%1<head><title>Bridge reopens</title></head><body>"
        "<article><h1>Bridge reopens</h1><p class=\"byline\">15 hours ago</p>"
        "<p>The bridge reopened on Monday after four months of repairs, the council said.</p>"
        "<p>Traffic is expected to return to normal by Friday, a spokesman said.</p>"
        "</article></body></html>");
    // A SingleFile page says when it was saved: "15 hours ago" counts back from that.
    const Article saved = ArticleLoader::fromText(
        page.arg(QStringLiteral("<!--\n Page saved with SingleFile \n url: https://example.test/"
                                "news/bridge \n saved date: Thu Aug 21 2025 10:00:00 GMT+0300 "
                                "(Eastern European Summer Time)\n-->")),
        ArticleLoader::Format::Html);
    QCOMPARE(saved.metadata.date, QDate(2025, 8, 20));
    QCOMPARE(saved.metadata.time, QTime(19, 0));
    // Without it the page is undated: nothing else says when "ago" was.
    const Article unknown =
        ArticleLoader::fromText(page.arg(QString()), ArticleLoader::Format::Html);
    QVERIFY(!unknown.metadata.date.isValid());
    QVERIFY(!unknown.metadata.time.isValid());
}

QTEST_GUILESS_MAIN(TestArticleLoader)
#include "tst_articleloader.moc"
