#include "articleloader.h"
#include "comparison.h"
#include "comparisonjson.h"
#include "documentutil.h"
#include "officereader.h"
#include "pdflayout.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Parallax;

// PDF, DOCX and ODT articles. The seeds are turned into each format by the tools people use
// (pandoc and LibreOffice, run by tests/tools/make-documents.py), as is the bundled sample story
// (so the test runs where the seeds are absent), and must read back to the story
// the .txt gives; the readers' rules are checked on small documents built here.
class TestDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seedsReadBack_data();
    void seedsReadBack();
    void mixedFormatsCompareTheSame();
    void runningHeadersAreFurniture();

    void columnsReadInOrder();
    void columnsOnPagesWithWideMargins();
    void bylineLineAboveTheText();
    void columnsOnOneBaselineUnderALineAcross();
    void repeatedHeadersAndPageNumbers();
    void paragraphAcrossAPageBreak();
    void hyphenationUndone();
    void headingsBySize();

    void docxStructure();
    void docxTrackedChangesAndComments();
    void docxProperties();
    void odtStructure();
    void emptyLineOfLineBreaksEndsAParagraph();
    void formatFromContent();

private:
    QString generated(const QString &seed, const QString &suffix) const;
    QTemporaryDir m_dir;
    // The stories turned into documents: the seeds when present, and always the bundled sample.
    QList<QPair<QString, QString>> m_stories; // (name of the generated files, the .txt)
    QStringList m_comparedSet;                // names compared in mixed formats
    QString m_skipReason;
};

namespace {

QStringList storyWords(const Article &article)
{
    static const QRegularExpression word(QStringLiteral("\\w+"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QStringList words;
    for (const Paragraph &p : article.paragraphs) {
        if (!isStoryText(p.kind))
            continue;
        for (auto it = word.globalMatch(p.text.toLower()); it.hasNext();)
            words.append(it.next().captured());
    }
    return words;
}

double tokenF1(const QStringList &gold, const QStringList &got)
{
    QHash<QString, int> counts;
    for (const QString &w : gold)
        ++counts[w];
    int common = 0;
    for (const QString &w : got) {
        auto it = counts.find(w);
        if (it != counts.end() && *it > 0) {
            --*it;
            ++common;
        }
    }
    if (gold.isEmpty() || got.isEmpty())
        return 0.0;
    const double p = double(common) / got.size();
    const double r = double(common) / gold.size();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

qsizetype storyParagraphs(const Article &article)
{
    return std::count_if(article.paragraphs.cbegin(), article.paragraphs.cend(),
                         [](const Paragraph &p) { return isStoryText(p.kind); });
}

Article load(const QString &path)
{
    Article article;
    QString error;
    if (!ArticleLoader::load(path, &article, &error))
        qWarning("%s: %s", qPrintable(path), qPrintable(error));
    return article;
}

Article loadBytes(const QByteArray &bytes, const QString &name, QString *error = nullptr)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    file.close();
    Article article;
    QString reason;
    ArticleLoader::load(path, &article, &reason);
    if (error)
        *error = reason;
    return article;
}

QString htmlOf(const Article &article)
{
    // No <title>: pandoc would set it as a second title paragraph.
    QString html =
        QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n");
    for (const Paragraph &p : article.paragraphs) {
        const char *tag = p.kind == BlockKind::Title        ? "h1"
                          : p.kind == BlockKind::Subheading ? "h2"
                                                            : "p";
        html += QStringLiteral("<%1>%2</%1>\n").arg(QLatin1String(tag), p.text.toHtmlEscaped());
    }
    return html + QStringLiteral("</body></html>\n");
}

// Each unit as the set of (source, sentence text) it holds.
QSet<QString> unitSignatures(const QList<Article> &articles, const Comparison &c)
{
    QSet<QString> out;
    for (const Unit &unit : c.units) {
        QStringList parts;
        for (const qsizetype segment : unit.segments) {
            const qsizetype source = c.sourceOf(segment);
            parts.append(QString::number(source) + u':' +
                         articles.at(source).sentences.at(c.sentenceOf(segment)).text);
        }
        parts.sort();
        out.insert(parts.join(u'\n'));
    }
    return out;
}

} // namespace

void TestDocuments::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsSet("PARALLAX_KEEP_DOCUMENTS")) { // to look at what was read
        m_dir.setAutoRemove(false);
        qInfo("documents in %s", qPrintable(m_dir.path()));
    }
    const QStringList seeds = Test::seedPaths();
    for (const QString &seed : seeds)
        m_stories.append({QFileInfo(seed).fileName().left(3), seed});
    for (const QString &sample : Test::samplePaths())
        m_stories.append(
            {QStringLiteral("sample-") + QFileInfo(sample).fileName().left(2), sample});
    for (qsizetype i = seeds.size() >= 5 ? 0 : seeds.size(); i < m_stories.size(); ++i) {
        if (m_comparedSet.size() < 5 && (seeds.size() >= 5) == (i < seeds.size()))
            m_comparedSet.append(m_stories.at(i).first);
    }
    QStringList htmls;
    for (const auto &[name, txt] : std::as_const(m_stories)) {
        const QString html = m_dir.filePath(name + u".html");
        QFile file(html);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(htmlOf(load(txt)).toUtf8());
        htmls.append(html);
    }
    QProcess make;
    make.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    make.start(QStringLiteral("python3"),
               QStringList{QStringLiteral(PARALLAX_SOURCE_DIR "/tests/tools/make-documents.py"),
                           m_dir.path()} +
                   htmls);
    QVERIFY(make.waitForFinished(300000));
    if (make.exitCode() == 3) {
        // Only where the README's set-up did not run: CI installs pandoc and LibreOffice.
        m_skipReason = QStringLiteral("pandoc or LibreOffice is not installed");
        return;
    }
    QCOMPARE(make.exitCode(), 0);
}

QString TestDocuments::generated(const QString &seed, const QString &suffix) const
{
    return m_dir.filePath(seed + suffix);
}

void TestDocuments::seedsReadBack_data()
{
    QTest::addColumn<QString>("story");
    QTest::addColumn<QString>("txt");
    QTest::addColumn<QString>("suffix");
    for (const auto &[name, txt] : std::as_const(m_stories)) {
        for (const char *suffix : {".docx", ".odt", ".pdf", "-2col.pdf"})
            QTest::addRow("%s%s", qPrintable(name), suffix)
                << name << txt << QString::fromLatin1(suffix);
    }
}

void TestDocuments::seedsReadBack()
{
    if (!m_skipReason.isEmpty())
        QSKIP(qPrintable(m_skipReason));
    QFETCH(QString, story);
    QFETCH(QString, txt);
    QFETCH(QString, suffix);
    const Article gold = load(txt);
    const Article doc = load(generated(story, suffix));
    const double f1 = tokenF1(storyWords(gold), storyWords(doc));
    QVERIFY2(f1 >= 0.98, qPrintable(QString::number(f1)));
    QCOMPARE(doc.metadata.title, gold.metadata.title);
    QVERIFY2(std::abs(storyParagraphs(doc) - storyParagraphs(gold)) <= 1,
             qPrintable(QStringLiteral("%1 story paragraphs, the text has %2")
                            .arg(storyParagraphs(doc))
                            .arg(storyParagraphs(gold))));
}

void TestDocuments::mixedFormatsCompareTheSame()
{
    if (!m_skipReason.isEmpty())
        QSKIP(qPrintable(m_skipReason));
    QList<Article> texts;
    QList<Article> mixed;
    const QStringList formats = {QStringLiteral(".pdf"), QStringLiteral(".docx"),
                                 QStringLiteral("-2col.pdf"), QStringLiteral(".odt")};
    for (qsizetype i = 0; i < m_comparedSet.size(); ++i) {
        const QString &name = m_comparedSet.at(i);
        for (const auto &[storyName, txt] : std::as_const(m_stories)) {
            if (storyName == name)
                texts.append(load(txt));
        }
        mixed.append(i < formats.size() ? load(generated(name, formats.at(i))) : texts.last());
    }
    QVERIFY(texts.size() >= 4);
    // The same base for both: a document's creation date would otherwise make another the
    // earliest source.
    CompareOptions options;
    options.base = 0;
    const QSet<QString> expected = unitSignatures(texts, compare(texts, options));
    const QSet<QString> got = unitSignatures(mixed, compare(mixed, options));
    const QSet<QString> missing = expected - got;
    const QSet<QString> extra = got - expected;
    for (const QString &unit : missing)
        qInfo("only with the .txt files:\n%s", qPrintable(unit));
    for (const QString &unit : extra)
        qInfo("only with the mixed formats:\n%s", qPrintable(unit));
    QVERIFY2(missing.isEmpty() && extra.isEmpty(),
             qPrintable(QStringLiteral("%1 units differ of %2:\n%3\n== instead:\n%4")
                            .arg(missing.size() + extra.size())
                            .arg(expected.size())
                            .arg(QStringList(missing.values()).join(QStringLiteral("\n--\n")),
                                 QStringList(extra.values()).join(QStringLiteral("\n--\n")))));
}

void TestDocuments::runningHeadersAreFurniture()
{
    if (!m_skipReason.isEmpty())
        QSKIP(qPrintable(m_skipReason));
    const Article doc = load(generated(m_comparedSet.first(), QStringLiteral("-2col.pdf")));
    int headers = 0;
    for (const Paragraph &p : doc.paragraphs) {
        if (p.text.contains(QStringLiteral("running header"))) {
            ++headers;
            QVERIFY(!isStoryText(p.kind));
        }
        QVERIFY2(!QRegularExpression(QStringLiteral("^\\d+$")).match(p.text).hasMatch(),
                 "a page number was kept");
    }
    QCOMPARE(headers, 1);
}

namespace {

// Words of one line set at (x, y) in a font of `size` points: each character half an em wide.
QList<PositionedWord> line(const QString &text, double x, double y, double size = 10)
{
    QList<PositionedWord> words;
    for (const QString &w : text.split(u' ', Qt::SkipEmptyParts)) {
        const double width = w.size() * size / 2;
        words.append({w, QRectF(x, y, width, size * 1.2), true});
        x += width + size / 4;
    }
    return words;
}

QStringList texts(const QList<RawBlock> &blocks)
{
    QStringList out;
    for (const RawBlock &b : blocks)
        out.append(b.text);
    return out;
}

QString joined(const QList<PositionedWord> &words)
{
    QStringList out;
    for (const PositionedWord &w : words)
        out.append(w.text);
    return out.join(u' ');
}

} // namespace

void TestDocuments::columnsReadInOrder()
{
    // A headline across the page, then two columns whose lines sit on the same baselines.
    PositionedPage page{QSizeF(600, 800), {}};
    page.words += line(QStringLiteral("Bridge reopens after four months"), 60, 60, 20);
    // The paragraph goes on from the foot of the left column to the head of the right one.
    const QStringList left = {QStringLiteral("The bridge over the river"),
                              QStringLiteral("reopened on Monday after"),
                              QStringLiteral("four months of")};
    const QStringList right = {QStringLiteral("repairs, and the council"),
                               QStringLiteral("paid for the works from"),
                               QStringLiteral("its reserve.")};
    for (int i = 0; i < 3; ++i) {
        page.words += line(left.at(i), 60, 120 + 14 * i);
        page.words += line(right.at(i), 330, 120 + 14 * i);
    }
    std::reverse(page.words.begin(), page.words.end()); // the order a PDF stores is no guide
    QCOMPARE(joined(PdfLayout::readingOrder(page.words)),
             QStringLiteral("Bridge reopens after four months ") + left.join(u' ') + u' ' +
                 right.join(u' '));
    const QList<RawBlock> blocks = PdfLayout::paragraphs({page});
    QCOMPARE(texts(blocks), QStringList({QStringLiteral("Bridge reopens after four months"),
                                         left.join(u' ') + u' ' + right.join(u' ')}));
    QCOMPARE(blocks.first().hint, BlockHint::Heading);
}

namespace {

// A text set ragged-right in lines of at most `width` characters, as a layout program wraps it.
QStringList wrapped(const QString &text, qsizetype width)
{
    QStringList lines;
    QString current;
    for (const QString &word : text.split(u' ')) {
        if (!current.isEmpty() && current.size() + 1 + word.size() > width) {
            lines.append(current);
            current.clear();
        }
        current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    lines.append(current);
    return lines;
}

QString sentences(const QString &topic, int count)
{
    QStringList out;
    for (int i = 1; i <= count; ++i)
        out.append(
            QStringLiteral("Sentence %1 about the %2 goes on for a while here.").arg(i).arg(topic));
    return out.join(u' ');
}

} // namespace

// Small pages with wide margins: the running header and footer lie outside the usual margin
// zone but are still each page's first and last line. The last page's right column holds only
// the two last lines of a paragraph that begins at the foot of the left one.
void TestDocuments::columnsOnPagesWithWideMargins()
{
    const QStringList first = wrapped(sentences(QStringLiteral("harbour"), 11), 44);
    const QStringList second = wrapped(sentences(QStringLiteral("channel"), 6), 44);
    QVERIFY(first.size() >= 12 && second.size() >= 6);
    QList<PositionedPage> pages;
    const qsizetype split = first.size() / 2;
    const QList<QStringList> columns = {first.mid(0, split), first.mid(split),
                                        second.mid(0, second.size() - 2),
                                        second.mid(second.size() - 2)};
    for (int p = 0; p < 2; ++p) {
        PositionedPage page{QSizeF(600, 400), {}};
        page.words += line(QStringLiteral("The Harbour Courier, Coastal Affairs"), 40, 42);
        for (int c = 0; c < 2; ++c) {
            double y = 64;
            for (const QString &text : columns.at(p * 2 + c)) {
                page.words += line(text, c == 0 ? 40 : 320, y);
                y += 14;
            }
        }
        page.words +=
            line(QStringLiteral("Page %1 of 2, courier.example/news").arg(p + 1), 40, 344);
        pages.append(page);
    }
    const QList<RawBlock> blocks = PdfLayout::paragraphs(pages);
    QCOMPARE(texts(blocks),
             QStringList({QStringLiteral("The Harbour Courier, Coastal Affairs"), first.join(u' '),
                          QStringLiteral("Page 1 of 2, courier.example/news"), second.join(u' ')}));
    QCOMPARE(blocks.at(0).hint, BlockHint::Furniture);
    QCOMPARE(blocks.at(2).hint, BlockHint::Furniture);
}

// A byline set on a line of its own right above the text, with no space between them, is a
// paragraph of its own: the text's first word would have fitted on its line.
void TestDocuments::bylineLineAboveTheText()
{
    PositionedPage page{QSizeF(600, 800), {}};
    const QStringList body = wrapped(sentences(QStringLiteral("bridge"), 4), 60);
    double y = 100;
    page.words += line(QStringLiteral("By Jana Whitcombe, 14 May 2026"), 60, y);
    for (const QString &text : body)
        page.words += line(text, 60, y += 14);
    QCOMPARE(texts(PdfLayout::paragraphs({page})),
             QStringList({QStringLiteral("By Jana Whitcombe, 14 May 2026"), body.join(u' ')}));
}

// Two columns whose lines share baselines, one line pitch under a line across the page: every
// band between two lines is empty across the page, and the blank line between two paragraphs of
// both columns is wider still. The columns are read one after the other all the same, and a
// column that ends lower than the other goes on below the other's end.
void TestDocuments::columnsOnOneBaselineUnderALineAcross()
{
    PositionedPage page{QSizeF(600, 800), {}};
    page.words += line(QStringLiteral("THE HARBOUR COURIER, Tuesday, March 4, 2025, local news "
                                      "and weather, page two"),
                       40, 40);
    const QList<QStringList> left = {wrapped(sentences(QStringLiteral("quay"), 3), 44),
                                     wrapped(sentences(QStringLiteral("ferry"), 2), 44)};
    const QList<QStringList> right = {wrapped(sentences(QStringLiteral("dredging"), 2), 44),
                                      wrapped(sentences(QStringLiteral("budget"), 1), 44)};
    QStringList expected{QStringLiteral("THE HARBOUR COURIER, Tuesday, March 4, 2025, local news "
                                        "and weather, page two")};
    for (const auto &[column, x] : {std::pair{&left, 40.0}, std::pair{&right, 320.0}}) {
        double y = 54;
        for (const QStringList &paragraph : *column) {
            for (const QString &text : paragraph) {
                page.words += line(text, x, y);
                y += 14;
            }
            y += 14; // a blank line
            expected += paragraph;
        }
    }
    std::reverse(page.words.begin(), page.words.end());
    QCOMPARE(joined(PdfLayout::readingOrder(page.words)), expected.join(u' '));
}

void TestDocuments::repeatedHeadersAndPageNumbers()
{
    QList<PositionedPage> pages;
    for (int p = 1; p <= 3; ++p) {
        PositionedPage page{QSizeF(600, 800), {}};
        page.words += line(QStringLiteral("City Gazette, Tuesday edition"), 60, 30);
        page.words +=
            line(QStringLiteral("Paragraph %1 of the story, set as body text.").arg(p), 60, 120);
        page.words += line(QStringLiteral("Page %1 of 3").arg(p), 280, 770);
        pages.append(page);
    }
    const QList<RawBlock> blocks = PdfLayout::paragraphs(pages);
    QCOMPARE(texts(blocks),
             QStringList({QStringLiteral("City Gazette, Tuesday edition"),
                          QStringLiteral("Paragraph 1 of the story, set as body text."),
                          QStringLiteral("Paragraph 2 of the story, set as body text."),
                          QStringLiteral("Paragraph 3 of the story, set as body text.")}));
    QCOMPARE(blocks.first().hint, BlockHint::Furniture);
}

// A paragraph that runs from the foot of one page to the head of the next goes on across the
// page's footer (kept once, as furniture, after it).
void TestDocuments::paragraphAcrossAPageBreak()
{
    QList<PositionedPage> pages;
    QStringList first;  // a paragraph of page 1
    QStringList second; // from the foot of page 1 to the head of page 2
    for (int i = 0; i < 8; ++i)
        first.append(QStringLiteral("line %1 of the council's first paragraph").arg(i + 1));
    first.last() += u'.';
    for (int i = 0; i < 8; ++i)
        second.append(QStringLiteral("line %1 of the paragraph on the channel").arg(i + 1));
    second.last() += u'.';
    for (int p = 0; p < 2; ++p) {
        PositionedPage page{QSizeF(600, 800), {}};
        page.words += line(QStringLiteral("Harbour Courier, Coastal Affairs"), 60, 30);
        double y = p == 0 ? 520 : 100;
        if (p == 0) {
            for (const QString &text : std::as_const(first)) {
                page.words += line(text, 60, y);
                y += 14;
            }
            y += 14; // the space between paragraphs
        }
        for (int i = p * 4; i < p * 4 + 4; ++i) {
            page.words += line(second.at(i), 60, y);
            y += 14;
        }
        page.words += line(QStringLiteral("courier.example/news"), 280, 770);
        pages.append(page);
    }
    QCOMPARE(texts(PdfLayout::paragraphs(pages)),
             QStringList({QStringLiteral("Harbour Courier, Coastal Affairs"), first.join(u' '),
                          second.join(u' '), QStringLiteral("courier.example/news")}));
}

void TestDocuments::hyphenationUndone()
{
    PositionedPage page{QSizeF(600, 800), {}};
    page.words += line(QStringLiteral("The engineers found the repairs compli-"), 60, 100);
    page.words += line(QStringLiteral("cated and the well-"), 60, 114);
    page.words +=
        line(QStringLiteral("known firm was paid for its ef\u00ADforts to \uFB01x it."), 60, 128);
    auto isWord = [](const QString &w) {
        return QStringList(
                   {QStringLiteral("well"), QStringLiteral("known"), QStringLiteral("complicated")})
            .contains(w.toLower());
    };
    QCOMPARE(texts(PdfLayout::paragraphs({page}, isWord)),
             QStringList(QStringLiteral("The engineers found the repairs complicated and the "
                                        "well-known firm was paid for its efforts to fix it.")));
}

void TestDocuments::headingsBySize()
{
    PositionedPage page{QSizeF(600, 800), {}};
    page.words += line(QStringLiteral("Main headline"), 60, 60, 24);
    page.words += line(QStringLiteral("A section"), 60, 110, 14);
    for (int i = 0; i < 4; ++i)
        page.words +=
            line(QStringLiteral("Body text goes on in the usual size here"), 60, 140 + 14 * i);
    const QList<RawBlock> blocks = PdfLayout::paragraphs({page});
    QCOMPARE(blocks.size(), 3);
    QCOMPARE(blocks.at(0).hint, BlockHint::Heading);
    QCOMPARE(blocks.at(0).headingLevel, 1);
    QCOMPARE(blocks.at(1).hint, BlockHint::Heading);
    QCOMPARE(blocks.at(1).headingLevel, 2);
    QCOMPARE(blocks.at(2).hint, BlockHint::None);
}

void TestDocuments::docxStructure()
{
    const QByteArray styles =
        "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:style w:styleId=\"Berschrift1\"><w:name w:val=\"heading 1\"/></w:style>"
        "<w:style w:styleId=\"Zwischen\"><w:name w:val=\"Zwischentitel\"/>"
        "<w:basedOn w:val=\"Berschrift1\"/></w:style></w:styles>";
    QByteArray table =
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Year</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>Cost</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:tc><w:p><w:r><w:t>2024</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>4 million euros</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
    // A table nested 100 deep, as damaged or hostile files have.
    QByteArray nested = "<w:p><w:r><w:t>Innermost cell.</w:t></w:r></w:p>";
    for (int i = 0; i < 100; ++i)
        nested = "<w:tbl><w:tr><w:tc>" + nested + "</w:tc></w:tr></w:tbl>";
    const QByteArray body =
        "<w:p><w:pPr><w:pStyle w:val=\"Berschrift1\"/></w:pPr><w:r><w:t>Bridge reopens</w:t>"
        "</w:r></w:p>"
        "<w:p><w:r><w:t xml:space=\"preserve\">The bridge </w:t></w:r><w:r><w:t>reopened on "
        "Monday</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r><w:r><w:t>.</w:t></w:r>"
        "</w:p>"
        "<w:p><w:pPr><w:pStyle w:val=\"Zwischen\"/></w:pPr><w:r><w:t>The cost</w:t></w:r></w:p>" +
        table +
        "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/></w:numPr></w:pPr><w:r><w:t>First point."
        "</w:t></w:r></w:p>"
        "<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>Hidden words.</w:t></w:r><w:r><w:t>Shown "
        "words.</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> "
        "PAGE </w:instrText></w:r></w:p>" +
        nested;
    const QByteArray footnotes =
        "<w:footnotes xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:footnote w:type=\"separator\" w:id=\"0\"><w:p><w:r><w:separator/></w:r></w:p>"
        "</w:footnote><w:footnote w:id=\"1\"><w:p><w:r><w:t>Source: city council.</w:t></w:r>"
        "</w:p></w:footnote></w:footnotes>";
    QString error;
    const Article a =
        loadBytes(Test::wordDocument(body, {},
                                     {{QStringLiteral("word/styles.xml"), styles},
                                      {QStringLiteral("word/footnotes.xml"), footnotes}}),
                  QStringLiteral("structure.docx"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList got;
    for (const Paragraph &p : a.paragraphs)
        got.append(blockKindName(p.kind) + u": " + p.text);
    QCOMPARE(got, QStringList(
                      {QStringLiteral("title: Bridge reopens"),
                       QStringLiteral("body: The bridge reopened on Monday."),
                       QStringLiteral("subheading: The cost"), QStringLiteral("body: Year | Cost"),
                       QStringLiteral("body: 2024 | 4 million euros"),
                       QStringLiteral("body: First point."), QStringLiteral("body: Shown words."),
                       QStringLiteral("body: Innermost cell."),
                       QStringLiteral("boilerplate: Source: city council.")}));
}

void TestDocuments::docxTrackedChangesAndComments()
{
    const QByteArray body =
        "<w:p><w:r><w:t xml:space=\"preserve\">The council </w:t></w:r>"
        "<w:del w:id=\"1\" w:author=\"Ed\"><w:r><w:delText>rejected</w:delText></w:r></w:del>"
        "<w:ins w:id=\"2\" w:author=\"Ed\"><w:r><w:t>approved</w:t></w:r></w:ins>"
        "<w:commentRangeStart w:id=\"3\"/><w:r><w:t xml:space=\"preserve\"> the plan.</w:t></w:r>"
        "<w:commentRangeEnd w:id=\"3\"/><w:r><w:commentReference w:id=\"3\"/></w:r></w:p>";
    const QByteArray comments =
        "<w:comments xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:comment w:id=\"3\"><w:p><w:r><w:t>Check this with the mayor.</w:t></w:r></w:p>"
        "</w:comment></w:comments>";
    QString error;
    const Article a =
        loadBytes(Test::wordDocument(body, {}, {{QStringLiteral("word/comments.xml"), comments}}),
                  QStringLiteral("changes.docx"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(a.paragraphs.size(), 1);
    QCOMPARE(a.paragraphs.first().text, QStringLiteral("The council approved the plan."));
}

void TestDocuments::docxProperties()
{
    const QByteArray body = "<w:p><w:r><w:t>The bridge reopened on Monday after four months of "
                            "repairs, the council said.</w:t></w:r></w:p>";
    const QByteArray core = "<dc:title>Bridge reopens</dc:title><dc:creator>Ana Varga</dc:creator>"
                            "<dcterms:created>2025-08-20T09:30:00Z</dcterms:created>";
    QString error;
    const Article a =
        loadBytes(Test::wordDocument(body, core), QStringLiteral("props.docx"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(a.metadata.title, QStringLiteral("Bridge reopens"));
    QCOMPARE(a.metadata.author, QStringLiteral("Ana Varga"));
    QCOMPARE(a.metadata.date, QDate(2025, 8, 20));
    QCOMPARE(a.metadata.time, QTime(9, 30)); // the creation time, as the properties give it
    QCOMPARE(a.encoding, QStringLiteral("DOCX"));
    const QJsonObject source = ComparisonJson::toJson({a}, {}, nullptr)
                                   .value(QStringLiteral("sources"))
                                   .toArray()
                                   .at(0)
                                   .toObject();
    QCOMPARE(source.value(QStringLiteral("author")).toString(), QStringLiteral("Ana Varga"));
    QCOMPARE(source.value(QStringLiteral("time")).toString(), QStringLiteral("09:30"));
}

void TestDocuments::odtStructure()
{
    const QByteArray body =
        "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion>"
        "<text:p>rejected</text:p></text:deletion></text:changed-region></text:tracked-changes>"
        "<text:h text:outline-level=\"1\">Bridge reopens</text:h>"
        "<text:p>The council<text:s/>approved<text:change text:change-id=\"c1\"/> the plan"
        "<text:note text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
        "<text:note-body><text:p>Vote of 12 May.</text:p></text:note-body></text:note>."
        "<office:annotation><text:p>Check with the mayor.</text:p></office:annotation></text:p>"
        "<text:list><text:list-item><text:p>First point.</text:p></text:list-item></text:list>"
        "<table:table><table:table-row><table:table-cell><text:p>2024</text:p></table:table-cell>"
        "<table:table-cell><text:p>4 million euros</text:p></table:table-cell></table:table-row>"
        "</table:table>";
    QString error;
    const Article a =
        loadBytes(Test::openDocumentText(
                      body, "<dc:title>Bridge</dc:title><meta:initial-creator>Ana Varga"
                            "</meta:initial-creator><meta:creation-date>2025-08-21T10:00:00"
                            "</meta:creation-date>"),
                  QStringLiteral("structure.odt"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList got;
    for (const Paragraph &p : a.paragraphs)
        got.append(blockKindName(p.kind) + u": " + p.text);
    QCOMPARE(got, QStringList({QStringLiteral("title: Bridge reopens"),
                               QStringLiteral("body: The council approved the plan."),
                               QStringLiteral("body: First point."),
                               QStringLiteral("body: 2024 | 4 million euros"),
                               QStringLiteral("boilerplate: Vote of 12 May.")}));
    QCOMPARE(a.metadata.title,
             QStringLiteral("Bridge reopens")); // the text's own beats the property
    QCOMPARE(a.metadata.author, QStringLiteral("Ana Varga"));
    QCOMPARE(a.metadata.date, QDate(2025, 8, 21));
    QCOMPARE(a.metadata.time, QTime(10, 0));
}

// Text typed with Shift+Enter or pasted in: one paragraph of the file whose parts an empty line
// (two line breaks) sets apart is several paragraphs; a single line break is a space.
void TestDocuments::emptyLineOfLineBreaksEndsAParagraph()
{
    const QByteArray docx =
        "<w:p><w:r><w:t>Bridge reopens after repair</w:t><w:br/><w:br/><w:t>By Anna Berg</w:t>"
        "<w:br/><w:br/><w:t>The bridge reopened on Monday</w:t><w:br/><w:t>after a year.</w:t>"
        "</w:r></w:p>";
    const QByteArray odt = "<text:p>Bridge reopens after repair<text:line-break/><text:line-break/>"
                           "By Anna Berg<text:line-break/> <text:line-break/>The bridge reopened "
                           "on Monday<text:line-break/>after a year.</text:p>";
    const QStringList expected{QStringLiteral("title: Bridge reopens after repair"),
                               QStringLiteral("meta: By Anna Berg"),
                               QStringLiteral("body: The bridge reopened on Monday after a year.")};
    for (const auto &[bytes, name] :
         {std::pair{Test::wordDocument(docx), QStringLiteral("pasted.docx")},
          std::pair{Test::openDocumentText(odt), QStringLiteral("pasted.odt")}}) {
        QString error;
        const Article a = loadBytes(bytes, name, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList got;
        for (const Paragraph &p : a.paragraphs)
            got.append(blockKindName(p.kind) + u": " + p.text);
        QCOMPARE(got, expected);
    }
}

void TestDocuments::formatFromContent()
{
    // A PDF saved as .txt and a DOCX without a suffix are read for what they are.
    const QByteArray pdf = Test::textPdf({{QStringLiteral("The bridge reopened on Monday after "
                                                          "four months of repairs.")}});
    QString error;
    Article a = loadBytes(pdf, QStringLiteral("report.txt"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(a.encoding, QStringLiteral("PDF"));
    QVERIFY(a.paragraphs.first().text.contains(QStringLiteral("reopened on Monday")));
    a = loadBytes(Test::wordDocument("<w:p><w:r><w:t>The bridge reopened on Monday.</w:t></w:r>"
                                     "</w:p>"),
                  QStringLiteral("draft"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(a.encoding, QStringLiteral("DOCX"));
}

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
