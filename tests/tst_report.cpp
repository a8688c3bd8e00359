#include "articleloader.h"
#include "mainwindow.h"
#include "partialdetails.h"
#include "pdfstructure.h"
#include "reportrenderer.h"
#include "sourcecolors.h"
#include "stateutil.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Parallax;
using Test::samplePaths;
using Test::stateFor;

// The PDF report, read back with poppler's tools as a reader's PDF viewer would.
class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sampleReport();
    void paperSizeAndOrientation_data();
    void paperSizeAndOrientation();
    void seedsReport();
    void outlineAndLinks();
    void seedsBrief();
    void briefDetailsInAnyOrder();
    void relativeToBaseWording();
    void columnHeaderOnEveryPage();
    void runningHeaderNamesThePagesSection();
    void findingsInTheReport();
    void oneLinePerAddingSentence();
    void unwritablePathLeavesNothing();
    void structureOfABadPdf();
    void notesInTheBriefAndOnTheirRows();
    void markupStaysText();
    void windowExportAndPreview();

private:
    static QString run(const QString &tool, const QStringList &arguments);
    static QString pageText(const QString &pdf, int page);
    static int pageCount(const QString &pdf);
    // The page the outline's top-level bookmark of that title opens; 0 when there is none.
    static int outlinePage(const QString &pdf, const QString &title);
    QTemporaryDir m_dir;
    QTemporaryDir m_settings;
};

void TestReport::initTestCase()
{
    for (const char *tool : {"pdfinfo", "pdffonts", "pdftotext"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 is missing: install poppler-utils")
                                 .arg(QString::fromLatin1(tool))));
    }
    QCoreApplication::setOrganizationName(QStringLiteral("ParallaxTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
}

QString TestReport::run(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString TestReport::pageText(const QString &pdf, int page)
{
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                QString::number(page), pdf, QStringLiteral("-")});
}

int TestReport::pageCount(const QString &pdf)
{
    return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
        .match(run(QStringLiteral("pdfinfo"), {pdf}))
        .captured(1)
        .toInt();
}

int TestReport::outlinePage(const QString &pdf, const QString &title)
{
    const QJsonArray outlines =
        QJsonDocument::fromJson(
            run(QStringLiteral("qpdf"),
                {QStringLiteral("--json=2"), QStringLiteral("--json-key=outlines"), pdf})
                .toUtf8())
            .object()
            .value(QStringLiteral("outlines"))
            .toArray();
    for (const QJsonValue &value : outlines) {
        if (value.toObject().value(QStringLiteral("title")).toString() == title)
            return value.toObject().value(QStringLiteral("destpageposfrom1")).toInt();
    }
    return 0;
}

void TestReport::sampleReport()
{
    const ComparisonStatePtr state = stateFor(samplePaths());
    ReportOptions options;
    options.author = QStringLiteral("A. Tester");
    const QString pdf = m_dir.filePath(QStringLiteral("sample.pdf"));
    QString error;
    QVERIFY2(ReportRenderer(state, options).writePdf(pdf, &error), qPrintable(error));

    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const int pages =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
    QVERIFY2(pages >= 4, qPrintable(info));
    QVERIFY(
        info.contains(QStringLiteral("Title:           ") + state->articles.at(0).metadata.title));
    QVERIFY(info.contains(QStringLiteral("Creator:         Parallax")));
    const QString meta = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf});
    QVERIFY2(meta.contains(QStringLiteral("A. Tester")), qPrintable(meta)); // the author

    // Every font embedded.
    const QStringList fonts =
        run(QStringLiteral("pdffonts"), {pdf}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!fonts.isEmpty());
    for (const QString &font : fonts)
        QVERIFY2(
            font.contains(QRegularExpression(QStringLiteral("\\byes\\s+(yes|no)\\s+(yes|no)"))),
            qPrintable(font));

    // Real text: titles, sections, page numbers, the rewrite's added engineer.
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    for (const Article &article : state->articles)
        QVERIFY2(text.contains(article.metadata.title), qPrintable(article.metadata.title));
    for (const char *section : {"Contents", "Who added what", "Overview", "The comparison"})
        QVERIFY(text.contains(QString::fromLatin1(section)));
    QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("Pavel Orsak")));

    // The contents (after the cover's findings, on its first two pages) link to their
    // sections: poppler resolves each link to a page.
    const QString xml = run(QStringLiteral("pdftohtml"),
                            {QStringLiteral("-xml"), QStringLiteral("-stdout"),
                             QStringLiteral("-i"), QStringLiteral("-f"), QStringLiteral("1"),
                             QStringLiteral("-l"), QStringLiteral("2"), pdf});
    QSet<int> targets;
    static const QRegularExpression link(QStringLiteral("<a href=\"[^\"#]*#(\\d+)\""));
    for (auto it = link.globalMatch(xml); it.hasNext();)
        targets.insert(it.next().captured(1).toInt());
    QVERIFY2(targets.size() >= 3, qPrintable(xml.left(2000)));
    QVERIFY(*std::max_element(targets.begin(), targets.end()) <= pages);
    QVERIFY(targets.contains(1)); // "Sources", on the cover itself
}

void TestReport::paperSizeAndOrientation_data()
{
    QTest::addColumn<int>("sources");
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QString>("size");
    QTest::newRow("3 sources, A4 portrait") << 3 << "A4"
                                            << "595 x 842";
    QTest::newRow("4 sources, A4 landscape") << 4 << "A4"
                                             << "842 x 595";
    QTest::newRow("3 sources, Letter portrait") << 3 << "Letter"
                                                << "612 x 792";
    QTest::newRow("4 sources, Letter landscape") << 4 << "Letter"
                                                 << "792 x 612";
}

void TestReport::paperSizeAndOrientation()
{
    QFETCH(int, sources);
    QFETCH(QString, paper);
    QFETCH(QString, size);
    ReportOptions options;
    options.pageSize = ReportOptions::pageSizeNamed(paper);
    QVERIFY(options.pageSize.isValid());
    const QString pdf = m_dir.filePath(QStringLiteral("paper.pdf"));
    QString error;
    QVERIFY(ReportRenderer(stateFor(samplePaths().mid(0, sources)), options).writePdf(pdf, &error));
    QVERIFY(run(QStringLiteral("pdfinfo"), {pdf}).contains(size));
    QVERIFY(!ReportOptions::pageSizeNamed(QStringLiteral("Napkin")).isValid());
}

void TestReport::seedsReport()
{
    const QStringList seeds = Test::seedPaths();
    if (seeds.size() < 5)
        QSKIP("../shared/seeds is absent");
    const ComparisonStatePtr state = stateFor(seeds, 0);
    const QString pdf = m_dir.filePath(QStringLiteral("seeds.pdf"));
    QString error;
    QVERIFY2(ReportRenderer(state, {}).writePdf(pdf, &error), qPrintable(error));
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    // 004's part of "Who added what": from its heading to the overview's.
    const QString name004 = state->sourceName(4);
    const qsizetype from =
        text.indexOf(name004 + QStringLiteral("\nRelative to all other sources:"));
    const qsizetype to = text.indexOf(QStringLiteral("Overview\nUnits (rows"), from);
    QVERIFY(from > 0 && to > from);
    const QString section004 = text.mid(from, to - from);
    QVERIFY(section004.contains(QStringLiteral("Macron")));
    QVERIFY(section004.contains(QStringLiteral("Grynkewich")));
    for (qsizetype s = 0; s < state->articles.size(); ++s)
        QVERIFY(text.contains(state->sourceName(s)));
}

void TestReport::findingsInTheReport()
{
    // The wire, and a copy of it a day later that changes one figure.
    QTemporaryDir dir;
    const QString wire = Test::readUtf8(samplePaths().at(0));
    const QString copyPath = dir.filePath(QStringLiteral("copy.txt"));
    QFile copy(copyPath);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(QString(wire)
                   .replace(QStringLiteral("March 3, 2026"), QStringLiteral("March 4, 2026"))
                   .replace(QStringLiteral("replaced 14 of"), QStringLiteral("replaced 15 of"))
                   .replace(QStringLiteral("probably within our lifetimes"),
                            QStringLiteral("maybe within our lifetime"))
                   .toUtf8());
    copy.close();
    const ComparisonStatePtr state = stateFor({samplePaths().at(0), copyPath});
    const QString pdf = m_dir.filePath(QStringLiteral("findings.pdf"));
    QString error;
    QVERIFY2(ReportRenderer(state, {}).writePdf(pdf, &error), qPrintable(error));
    const QString cover = run(QStringLiteral("pdftotext"),
                              {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                               QStringLiteral("1"), pdf, QStringLiteral("-")})
                              .simplified();
    QVERIFY2(cover.contains(QStringLiteral("How the sources relate")), qPrintable(cover));
    // The first page names the sources by their letters, as the window does, after a key.
    const QString a = sourceBadge(state->sources.at(0).colour);
    const QString b = sourceBadge(state->sources.at(1).colour);
    QVERIFY2(cover.contains(a + u' ' + state->sourceName(0)), qPrintable(cover));
    QVERIFY2(cover.contains(b + u' ' + state->sourceName(1)), qPrintable(cover));
    QVERIFY2(cover.contains(b + QStringLiteral(" is a copy of ") + a), qPrintable(cover));
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
    const qsizetype conflicts = text.indexOf(QStringLiteral("Conflicts 14 ("));
    QVERIFY2(conflicts > 0, qPrintable(text.left(3000)));
    QVERIFY(text.indexOf(QStringLiteral("15 (") + state->sourceName(1), conflicts) > conflicts);
    // The altered quotation, after the conflicts, with both wordings and their sources.
    const qsizetype quotations = text.indexOf(QStringLiteral("Quotations Altered quotation"));
    QVERIFY2(quotations > conflicts, qPrintable(text.mid(conflicts, 3000)));
    QVERIFY(text.indexOf(QStringLiteral("maybe within our lifetime, and this time the bridge is "
                                        "ready for it\u201D (") +
                             state->sourceName(1),
                         quotations) > quotations);
    QVERIFY(text.indexOf(QStringLiteral("probably within our lifetimes"), quotations) > quotations);
    QVERIFY(text.indexOf(QStringLiteral("only one source prints: "), quotations) > quotations);
}

void TestReport::outlineAndLinks()
{
    // The outline, read back by QPDF as a PDF reader's bookmarks pane shows it: every section,
    // and every source under "Who added what", each leading to the page its heading is on.
    if (QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty())
        QFAIL("qpdf is missing: install qpdf");
    const ComparisonStatePtr state = stateFor(samplePaths());
    const QString pdf = m_dir.filePath(QStringLiteral("outline.pdf"));
    QString error;
    QVERIFY2(ReportRenderer(state, {}).writePdf(pdf, &error), qPrintable(error));
    const int pages = pageCount(pdf);
    const QJsonObject json =
        QJsonDocument::fromJson(
            run(QStringLiteral("qpdf"),
                {QStringLiteral("--json=2"), QStringLiteral("--json-key=outlines"), pdf})
                .toUtf8())
            .object();
    const QJsonArray outlines = json.value(QStringLiteral("outlines")).toArray();
    QStringList titles;
    QJsonArray sources;
    for (const QJsonValue &value : outlines) {
        const QJsonObject item = value.toObject();
        const QString title = item.value(QStringLiteral("title")).toString();
        titles.append(title);
        const int page = item.value(QStringLiteral("destpageposfrom1")).toInt();
        QVERIFY2(page >= 1 && page <= pages, qPrintable(title));
        // The heading is on the page the bookmark opens.
        QVERIFY2(pageText(pdf, page).contains(title), qPrintable(title));
        if (title == QStringLiteral("Who added what"))
            sources = item.value(QStringLiteral("kids")).toArray();
    }
    QCOMPARE(titles, QStringList({QStringLiteral("Findings"), QStringLiteral("Sources"),
                                  QStringLiteral("How to read this report"),
                                  QStringLiteral("Who added what"), QStringLiteral("Conflicts"),
                                  QStringLiteral("Quotations"), QStringLiteral("Overview"),
                                  QStringLiteral("The comparison")}));
    QCOMPARE(sources.size(), state->articles.size());
    for (qsizetype s = 0; s < state->articles.size(); ++s) {
        const QJsonObject item = sources.at(s).toObject();
        QCOMPARE(item.value(QStringLiteral("title")).toString(), state->sourceName(s));
        const int page = item.value(QStringLiteral("destpageposfrom1")).toInt();
        QVERIFY(pageText(pdf, page).contains(state->sourceName(s)));
    }

    // The brief's findings link to the pages of their rows, in the comparison at the end.
    const QString xml = run(QStringLiteral("pdftohtml"),
                            {QStringLiteral("-xml"), QStringLiteral("-stdout"),
                             QStringLiteral("-i"), QStringLiteral("-f"), QStringLiteral("1"),
                             QStringLiteral("-l"), QStringLiteral("1"), pdf});
    const int comparisonPage = outlinePage(pdf, QStringLiteral("The comparison"));
    QVERIFY(comparisonPage > 1);
    static const QRegularExpression link(QStringLiteral("<a href=\"[^\"#]*#(\\d+)\""));
    int intoComparison = 0;
    for (auto it = link.globalMatch(xml); it.hasNext();)
        intoComparison += it.next().captured(1).toInt() >= comparisonPage;
    QVERIFY2(intoComparison >= 1, qPrintable(xml.left(3000)));
}

void TestReport::seedsBrief()
{
    const QStringList seeds = Test::seedPaths();
    if (seeds.size() < 5)
        QSKIP("../shared/seeds is absent");
    const ComparisonStatePtr state = stateFor(seeds, 0);
    const QString pdf = m_dir.filePath(QStringLiteral("brief.pdf"));
    QString error;
    QVERIFY2(ReportRenderer(state, {}).writePdf(pdf, &error), qPrintable(error));
    const QString cover = pageText(pdf, 1).simplified();
    // A source as the brief names it: its letter.
    auto named = [&](qsizetype source) { return sourceBadge(state->sources.at(source).colour); };
    // The paragraph of details only the given sources carry.
    auto onlyIn = [&](const QList<qsizetype> &sources) {
        for (const QString &part : cover.split(QStringLiteral("Only in "))) {
            const QStringList head = part.section(u':', 0, 0).split(QStringLiteral(", "));
            bool all = true;
            for (qsizetype s = 0; s < state->articles.size(); ++s)
                all = all && head.contains(named(s)) == sources.contains(s);
            if (all)
                return part;
        }
        return QString();
    };
    QVERIFY2(onlyIn({4}).contains(QStringLiteral("Macron")), qPrintable(cover));
    QVERIFY2(onlyIn({4}).contains(QStringLiteral("Grynkewich")), qPrintable(cover));
    QVERIFY2(onlyIn({3}).contains(QStringLiteral("Cavo Dragone")), qPrintable(cover));
    QVERIFY2(onlyIn({1, 3, 4}).contains(QStringLiteral("Istanbul")), qPrintable(cover));
    QVERIFY2(cover.contains(named(2) + QStringLiteral(" is a rewording of ") + named(0)),
             qPrintable(cover));
    // Said once: not also "000 shares most with 002".
    QVERIFY2(!cover.contains(named(0) + QStringLiteral(" shares most with ") + named(2)),
             qPrintable(cover));
}

void TestReport::briefDetailsInAnyOrder()
{
    // The details of the brief are a function of the set of articles, not of their order.
    QStringList paths = Test::seedPaths();
    if (paths.size() < 5)
        paths = samplePaths();
    auto details = [](const QStringList &order) {
        const ComparisonStatePtr state = stateFor(order);
        QStringList out;
        for (const PartialDetail &detail : findPartialDetails(state->articles, state->comparison)) {
            QStringList carriers;
            for (const qsizetype source : detail.sources)
                carriers.append(QFileInfo(state->articles.at(source).path).fileName());
            carriers.sort();
            out.append(QStringLiteral("%1 %2 <- %3")
                           .arg(int(detail.kind))
                           .arg(detail.text, carriers.join(u',')));
        }
        out.sort();
        return out;
    };
    QStringList reversed = paths;
    std::reverse(reversed.begin(), reversed.end());
    const QStringList forward = details(paths);
    QVERIFY(!forward.isEmpty());
    QCOMPARE(details(reversed), forward);
}

void TestReport::relativeToBaseWording()
{
    // A sentence the base lacks is "not in the base", not "only here": others may carry it.
    QTemporaryDir dir;
    const QString copyPath = dir.filePath(QStringLiteral("update.txt"));
    QFile copy(copyPath);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write((Test::readUtf8(samplePaths().at(0)) +
                QStringLiteral("\n\nThe council will publish the inspection report on Friday.\n"))
                   .toUtf8());
    copy.close();
    const ComparisonStatePtr state = stateFor({samplePaths().at(0), copyPath}, 0);
    const QString pdf = m_dir.filePath(QStringLiteral("base.pdf"));
    QString error;
    QVERIFY2(ReportRenderer(state, {}).writePdf(pdf, &error), qPrintable(error));
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    const qsizetype from = text.indexOf(QStringLiteral("Relative to all other sources:"));
    const qsizetype to = text.indexOf(QStringLiteral("Overview\nUnits (rows"), from);
    QVERIFY(from > 0 && to > from);
    const QString added = QStringLiteral("\u201CThe council will publish the inspection report");
    int notInBase = 0;
    int onlyHere = 0;
    for (const QString &part : text.mid(from, to - from).split(QStringLiteral("Relative to "))) {
        if (part.startsWith(QStringLiteral("the base source"))) {
            QVERIFY2(!part.contains(QStringLiteral("Only here:")), qPrintable(part));
            notInBase += part.count(QStringLiteral("Not in the base: ") + added);
        } else {
            onlyHere += part.count(QStringLiteral("Only here: ") + added);
        }
    }
    QCOMPARE(notInBase, 1);
    QCOMPARE(onlyHere, 1); // relative to all other sources, it is only here
}

void TestReport::columnHeaderOnEveryPage()
{
    const QStringList paths = Test::seedPaths().size() >= 5 ? Test::seedPaths() : samplePaths();
    const ComparisonStatePtr state = stateFor(paths);
    const QString pdf = m_dir.filePath(QStringLiteral("header.pdf"));
    QString error;
    QVERIFY2(ReportRenderer(state, {}).writePdf(pdf, &error), qPrintable(error));
    const int pages = pageCount(pdf);
    const int first = outlinePage(pdf, QStringLiteral("The comparison"));
    QVERIFY(first > 0);
    QVERIFY2(pages - first >= 1, "the comparison takes more than one page");
    for (int page = first; page <= pages; ++page) {
        const QString text = pageText(pdf, page).simplified();
        for (qsizetype s = 0; s < state->articles.size(); ++s)
            QVERIFY2(text.contains(state->sourceName(s).left(20)),
                     qPrintable(QStringLiteral("page %1 lacks %2").arg(page).arg(s)));
    }
}

// The running header names the section a page opens with, not the last one starting on it:
// "How to read this report" opens its page, "Who added what" follows on the same page.
void TestReport::runningHeaderNamesThePagesSection()
{
    const ComparisonStatePtr state = stateFor(samplePaths());
    const QString pdf = m_dir.filePath(QStringLiteral("running.pdf"));
    QString error;
    QVERIFY2(ReportRenderer(state, {}).writePdf(pdf, &error), qPrintable(error));
    const int legend = outlinePage(pdf, QStringLiteral("How to read this report"));
    QVERIFY(legend > 1);
    QCOMPARE(outlinePage(pdf, QStringLiteral("Who added what")), legend);
    // pdftotext gives the header's two ends as its first two paragraphs: the report's title,
    // then the section.
    auto headerOf = [&](int page) {
        return pageText(pdf, page).split(u'\n', Qt::SkipEmptyParts).value(1).simplified();
    };
    const QString header = headerOf(legend);
    QCOMPARE(header, QStringLiteral("How to read this report"));
    // The page after it goes on with "Who added what".
    const QString next = headerOf(legend + 1);
    QCOMPARE(next, QStringLiteral("Who added what"));
}

// A sentence that adds two details is listed once under "Who added what", naming both, not once
// per detail.
void TestReport::oneLinePerAddingSentence()
{
    QTemporaryDir dir;
    const QString text = QStringLiteral(
        "Floodwall fails\n\nResidents of twelve homes were evacuated on Tuesday after the "
        "floodwall gave way.\n\nEngineers %1estimate the repair will cost %2 and take eight "
        "months.\n");
    QStringList paths;
    for (const auto &[name, firm, cost] :
         {std::tuple(u"a.txt"_qs, QString(), u"a lot"_qs),
          std::tuple(u"b.txt"_qs, u"from Dunmore Civil "_qs, u"4.8 million pounds"_qs)}) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.arg(firm, cost).toUtf8());
        paths.append(file.fileName());
    }
    const ComparisonStatePtr state = stateFor(paths, 0);
    const QString pdf = m_dir.filePath(QStringLiteral("adds.pdf"));
    QString error;
    QVERIFY2(ReportRenderer(state, {}).writePdf(pdf, &error), qPrintable(error));
    const QString all = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
    const qsizetype from = all.indexOf(QStringLiteral("Who added what ") + state->sourceName(0));
    QVERIFY2(from > 0, qPrintable(all.left(2000)));
    const QString section = all.mid(from);
    const QString line = QStringLiteral(
        "Adds \u201CDunmore Civil\u201D, \u201C4.8 million pounds\u201D in: \u201CEngineers "
        "from Dunmore Civil estimate");
    // Once relative to all sources, once relative to the base.
    QCOMPARE(section.count(line), 2);
    QCOMPARE(section.count(QStringLiteral("\u201CEngineers from Dunmore Civil estimate")), 2);
}

void TestReport::unwritablePathLeavesNothing()
{
    const ComparisonStatePtr state = stateFor(samplePaths());
    QString error;
    QVERIFY(!ReportRenderer(state, {}).writePdf(QStringLiteral("/nonexistent/dir/r.pdf"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFileInfo::exists(QStringLiteral("/nonexistent/dir/r.pdf")));
    // A cancelled export leaves neither a half file nor a temporary one behind.
    QTemporaryDir dir;
    std::atomic_bool cancel = true;
    QVERIFY(!ReportRenderer(state, {}).writePdf(dir.filePath(QStringLiteral("r.pdf")), &error, {},
                                                &cancel));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
}

void TestReport::structureOfABadPdf()
{
    // Bytes that are no PDF, or a link to a page the PDF lacks: a reason, and nothing changed.
    QString error;
    QByteArray junk("not a PDF at all");
    QVERIFY(!PdfStructure::add(junk, {PdfPageLink{0, QRectF(0, 0, 10, 10), 0, 0}}, {}, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(junk, QByteArray("not a PDF at all"));

    const QString path = m_dir.filePath(QStringLiteral("plain.pdf"));
    QVERIFY(ReportRenderer(stateFor(samplePaths().mid(0, 2)), {}).writePdf(path, &error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray pdf = file.readAll();
    const QByteArray before = pdf;
    error.clear();
    QVERIFY(
        !PdfStructure::add(pdf, {}, {PdfBookmark{QStringLiteral("Nowhere"), 0, 999, 0}}, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(pdf, before);
}

void TestReport::notesInTheBriefAndOnTheirRows()
{
    // A user's note on a unit is listed on the first page, linked to its row, and printed with
    // the row itself.
    ReportOptions options;
    options.notes = {ReportNote{2, QStringLiteral("disputed"),
                                QStringLiteral("the council gives another figure")}};
    const QString pdf = m_dir.filePath(QStringLiteral("notes.pdf"));
    QString error;
    QVERIFY2(ReportRenderer(stateFor(samplePaths()), options).writePdf(pdf, &error),
             qPrintable(error));
    const QString cover = pageText(pdf, 1).simplified();
    QVERIFY2(cover.contains(QStringLiteral("Notes disputed: the council gives another figure "
                                           "(unit 3, page ")),
             qPrintable(cover));
    const QString all = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
    const qsizetype row = all.indexOf(QStringLiteral("Unit 3 \u00b7 carried by"));
    QVERIFY2(row >= 0, qPrintable(all));
    QVERIFY2(all.mid(row, 120).contains(
                 QStringLiteral("Note: disputed: the council gives another figure")),
             qPrintable(all.mid(row, 200)));
    QVERIFY2(!all.contains(QStringLiteral("Unit 4 \u00b7 carried by")) ||
                 !all.mid(all.indexOf(QStringLiteral("Unit 4 \u00b7 carried by")), 120)
                      .contains(QStringLiteral("Note:")),
             "only the noted unit's row carries the note");

    // A row longer than a page: its label comes again on the next page, and its note with it.
    QTemporaryDir dir;
    QStringList paths;
    QString sentence = QStringLiteral("The council said");
    for (int i = 0; i < 400; ++i)
        sentence += QStringLiteral(" that bridge number %1 was repaired").arg(i);
    for (const char *name : {"a.txt", "b.txt"}) {
        paths.append(dir.filePath(QString::fromLatin1(name)));
        QFile file(paths.last());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Bridges repaired\n\n%1.\n").arg(sentence).toUtf8());
    }
    const ComparisonStatePtr state = stateFor(paths);
    qsizetype longUnit = -1;
    for (qsizetype u = 0; u < state->comparison.units.size(); ++u) {
        for (qsizetype segment : state->comparison.units.at(u).segments)
            longUnit = state->sentence(segment)->text.size() > 5000 ? u : longUnit;
    }
    QVERIFY(longUnit >= 0);
    options.notes = {
        ReportNote{longUnit, QStringLiteral("to check"), QStringLiteral("count them")}};
    const QString longPdf = m_dir.filePath(QStringLiteral("long-note.pdf"));
    QVERIFY2(ReportRenderer(state, options).writePdf(longPdf, &error), qPrintable(error));
    const QString label = QStringLiteral("Unit %1 \u00b7 carried by").arg(longUnit + 1);
    int continued = 0;
    bool started = false;
    for (int page = 2; page <= pageCount(longPdf); ++page) {
        const QString text = pageText(longPdf, page).simplified();
        const qsizetype at = text.indexOf(label);
        if (at >= 0 && !started) {
            // The row begins under its label, never alone at the foot of a page.
            started = true;
            QVERIFY2(text.contains(QStringLiteral("The council said that bridge number 0")),
                     qPrintable(text.mid(at)));
        }
        if (at < 0 || !text.mid(at, 80).contains(QStringLiteral("(continued)")))
            continue;
        ++continued;
        QVERIFY2(text.mid(at, 160).contains(QStringLiteral("Note: to check: count them")),
                 qPrintable(text.mid(at, 200)));
    }
    QVERIFY(continued > 0);
}

void TestReport::markupStaysText()
{
    // Titles and bodies with markup are printed as the characters they are.
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.txt"));
    const QString b = dir.filePath(QStringLiteral("b.txt"));
    for (const QString &path : {a, b}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Bridge <img src=x onerror=alert(1)> reopens\n\nThe <b>bridge</b> reopened "
                   "on Monday, said <a href=\"http://x\">the mayor</a>.\n");
    }
    const QString pdf = dir.filePath(QStringLiteral("markup.pdf"));
    QString error;
    QVERIFY2(ReportRenderer(stateFor({a, b}), {}).writePdf(pdf, &error), qPrintable(error));
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY2(text.contains(QStringLiteral("<img src=x onerror=alert(1)>")), qPrintable(text));
}

void TestReport::windowExportAndPreview()
{
    MainWindow window;
    window.show();
    QSignalSpy compared(&window, &MainWindow::comparisonFinished);
    window.openFiles(samplePaths());
    QVERIFY(compared.wait(30000));

    QSignalSpy exported(&window, &MainWindow::exportFinished);
    const QString pdf = m_dir.filePath(QStringLiteral("window.pdf"));
    QVERIFY(window.exportPdf(pdf));
    QVERIFY(exported.wait(30000));
    QCOMPARE(exported.last().first().toBool(), true);
    QVERIFY(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
                .contains(QStringLiteral("Who added what")));

    QVERIFY(window.exportPdf(QStringLiteral("/nonexistent/dir/window.pdf")));
    QVERIFY(exported.wait(30000));
    QCOMPARE(exported.last().first().toBool(), false);
    QTRY_VERIFY(window.findChild<QMessageBox *>(QStringLiteral("exportError")));

    // Print preview lays the same pages out, offscreen.
    QPrintPreviewDialog *preview = window.createPrintPreview();
    auto *widget = preview->findChild<QPrintPreviewWidget *>();
    QVERIFY(widget);
    widget->updatePreview();
    QVERIFY(widget->pageCount() >= 4);
    preview->close();
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
