#include "processutil.h"
#include "testutil.h"

#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>

using namespace Parallax;
using Test::Run;
using Test::runParallax;
using Test::samplePaths;

namespace {

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonToStdout();
    void jsonToFile();
    void seeds();
    void exitCodes_data();
    void exitCodes();
    void windowKeepsQtOptions();
    void reportDatesInTheChosenLanguage();
    void someInputsUnreadable();
    void withoutDictionaries();
    void headlessIgnoresPlatformTheme();
    void neverOverwritesAnInput();
    void alignmentInJson();
    void baseOption();
    void pdfReport();
};

void TestCommandLine::jsonToStdout()
{
    const QStringList paths = samplePaths();
    const Run run = runParallax(QStringList{QStringLiteral("--json"), QStringLiteral("-")} + paths);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = parse(run.out);
    QCOMPARE(root.value(QStringLiteral("format")).toString(),
             QStringLiteral("parallax-comparison"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);

    const QJsonArray sources = root.value(QStringLiteral("sources")).toArray();
    QCOMPARE(sources.size(), paths.size());
    for (const QJsonValue &v : sources) {
        const QJsonObject s = v.toObject();
        for (const char *key : {"id", "path", "title", "date", "outlet", "words"})
            QVERIFY2(s.contains(QLatin1String(key)), key);
        QVERIFY(s.value(QStringLiteral("words")).toInt() > 100);
    }
    const QJsonArray segments = root.value(QStringLiteral("segments")).toArray();
    QVERIFY(segments.size() > 30);
    const QStringList kinds{QStringLiteral("title"),      QStringLiteral("body"),
                            QStringLiteral("subheading"), QStringLiteral("caption"),
                            QStringLiteral("meta"),       QStringLiteral("boilerplate")};
    int lastSource = 0;
    int lastParagraph = 0;
    for (const QJsonValue &v : segments) {
        const QJsonObject g = v.toObject();
        QVERIFY(kinds.contains(g.value(QStringLiteral("kind")).toString()));
        QVERIFY(!g.value(QStringLiteral("text")).toString().isEmpty());
        const int source = g.value(QStringLiteral("source")).toInt();
        const int paragraph = g.value(QStringLiteral("paragraph")).toInt();
        // Reading order: sources in turn, paragraphs never go back.
        QVERIFY(source > lastSource || (source == lastSource && paragraph >= lastParagraph));
        lastSource = source;
        lastParagraph = paragraph;
    }
}

void TestCommandLine::jsonToFile()
{
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("out.json"));
    const Run run = runParallax(QStringList{QStringLiteral("--json"), out} + samplePaths());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(parse(file.readAll()).value(QStringLiteral("sources")).toArray().size(),
             samplePaths().size());
}

void TestCommandLine::seeds()
{
    const QStringList paths = Test::seedPaths();
    if (paths.size() < 5)
        QSKIP("../shared/seeds is absent");
    const Run run = runParallax(QStringList{QStringLiteral("--json"), QStringLiteral("-")} + paths);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = parse(run.out);
    const QJsonArray sources = root.value(QStringLiteral("sources")).toArray();
    QCOMPARE(sources.size(), 5);
    QCOMPARE(sources.at(0).toObject().value(QStringLiteral("date")).toString(),
             QStringLiteral("2025-08-20"));
    QCOMPARE(sources.at(3).toObject().value(QStringLiteral("date")).toString(),
             QStringLiteral("2025-08-21"));
    // 001 states its date only in its photo caption ("..., Aug. 20, 2025 (AP)").
    QCOMPARE(sources.at(1).toObject().value(QStringLiteral("date")).toString(),
             QStringLiteral("2025-08-20"));
    QVERIFY(sources.at(2).toObject().value(QStringLiteral("date")).isNull());
    QVERIFY(sources.at(0)
                .toObject()
                .value(QStringLiteral("title"))
                .toString()
                .startsWith(QLatin1String("Lavrov Says")));

    int captions = 0;
    for (const QJsonValue &v : root.value(QStringLiteral("segments")).toArray()) {
        const QJsonObject g = v.toObject();
        const QString text = g.value(QStringLiteral("text")).toString();
        const QString kind = g.value(QStringLiteral("kind")).toString();
        if (text.startsWith(QLatin1String("Read more")) ||
            text.startsWith(QLatin1String("Read Also")))
            QCOMPARE(kind, QStringLiteral("boilerplate"));
        if (text.contains(QLatin1String("FILE PHOTO")) || text.endsWith(QLatin1String("(AP)")))
            QCOMPARE(kind, QStringLiteral("caption"));
        captions += kind == u"caption";
    }
    QCOMPARE(captions, 4);
}

void TestCommandLine::alignmentInJson()
{
    const Run run =
        runParallax(QStringList{QStringLiteral("--json"), QStringLiteral("-")} + samplePaths());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = parse(run.out);
    QCOMPARE(root.value(QStringLiteral("base")).toInt(-1), 0); // the earliest dated: the wire
    QHash<int, QJsonObject> segments;
    for (const QJsonValue &v : root.value(QStringLiteral("segments")).toArray())
        segments.insert(v[QStringLiteral("id")].toInt(), v.toObject());

    const QJsonArray units = root.value(QStringLiteral("units")).toArray();
    QVERIFY(units.size() > 10);
    int shared = 0;
    for (qsizetype u = 0; u < units.size(); ++u) {
        const QJsonObject unit = units.at(u).toObject();
        QCOMPARE(unit.value(QStringLiteral("id")).toInt(), u);
        const QJsonArray ids = unit.value(QStringLiteral("segments")).toArray();
        QVERIFY(!ids.isEmpty());
        QSet<int> sources;
        for (const QJsonValue &id : ids)
            sources.insert(segments.value(id.toInt()).value(QStringLiteral("source")).toInt(-1));
        QCOMPARE(unit.value(QStringLiteral("support")).toInt(), sources.size());
        QCOMPARE(unit.value(QStringLiteral("sources")).toArray().size(), sources.size());
        shared += sources.size() > 1;
    }
    QVERIFY(shared > 5);

    const QJsonArray links = root.value(QStringLiteral("links")).toArray();
    QVERIFY(!links.isEmpty());
    QSet<QString> relations;
    for (const QJsonValue &v : links) {
        relations.insert(v[QStringLiteral("relation")].toString());
        const double score = v[QStringLiteral("score")].toDouble(-1);
        QVERIFY(score >= 0 && score <= 1);
    }
    QVERIFY(relations.contains(QStringLiteral("paraphrase")));
    QVERIFY((relations - QSet<QString>{QStringLiteral("same"), QStringLiteral("paraphrase"),
                                       QStringLiteral("partial")})
                .isEmpty());

    for (const char *key : {"added", "added_vs_base"}) {
        const QJsonArray added = root.value(QString::fromLatin1(key)).toArray();
        QVERIFY2(!added.isEmpty(), key);
        for (const QJsonValue &v : added) {
            const QJsonObject segment = segments.value(v[QStringLiteral("segment")].toInt(-1));
            const QString text = segment.value(QStringLiteral("text")).toString();
            const int start = v[QStringLiteral("start")].toInt(-1);
            const int end = v[QStringLiteral("end")].toInt(-1);
            QVERIFY(start >= 0 && start < end && end <= text.size());
            QCOMPARE(text.mid(start, end - start), v[QStringLiteral("text")].toString());
            QCOMPARE(v[QStringLiteral("source")].toInt(),
                     segment.value(QStringLiteral("source")).toInt());
        }
    }

    // Quotations: each side's text stands where it says in its first sentence, printed by its
    // sources; the samples quote the same people in several sources.
    const QJsonArray quotations = root.value(QStringLiteral("quotations")).toArray();
    QVERIFY(!quotations.isEmpty());
    QSet<QString> kinds;
    for (const QJsonValue &v : quotations) {
        const QString kind = v[QStringLiteral("kind")].toString();
        kinds.insert(kind);
        QVERIFY(v[QStringLiteral("unit")].toInt(-1) >= 0);
        const QJsonArray sides = v[QStringLiteral("sides")].toArray();
        QVERIFY(!sides.isEmpty());
        QCOMPARE(sides.size() > 1, kind == u"altered" || kind == u"partial" ||
                                       (kind == u"single" && sides.size() > 1));
        for (const QJsonValue &side : sides) {
            const QJsonArray ids = side[QStringLiteral("segments")].toArray();
            QVERIFY(!ids.isEmpty());
            const QJsonObject segment = segments.value(ids.first().toInt());
            const QString text = segment.value(QStringLiteral("text")).toString();
            const int start = side[QStringLiteral("start")].toInt(-1);
            const int end = side[QStringLiteral("end")].toInt(-1);
            QVERIFY(start >= 0 && start < end && end <= text.size());
            QCOMPARE(text.mid(start, end - start), side[QStringLiteral("text")].toString());
            QVERIFY(side[QStringLiteral("sources")].toArray().contains(
                segment.value(QStringLiteral("source"))));
            QVERIFY(side[QStringLiteral("diff")].isArray());
        }
    }
    QVERIFY((kinds - QSet<QString>{QStringLiteral("agree"), QStringLiteral("altered"),
                                   QStringLiteral("partial"), QStringLiteral("single")})
                .isEmpty());
    QVERIFY2(kinds.size() > 1, qPrintable(QStringList(kinds.cbegin(), kinds.cend()).join(u' ')));
}

void TestCommandLine::baseOption()
{
    const QStringList paths = samplePaths();
    const Run run = runParallax(QStringList{QStringLiteral("--json"), QStringLiteral("-"),
                                            QStringLiteral("--base"), paths.at(2)} +
                                paths);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = parse(run.out);
    QCOMPARE(root.value(QStringLiteral("base")).toInt(-1), 2);
    for (const QJsonValue &v : root.value(QStringLiteral("added_vs_base")).toArray())
        QVERIFY(v[QStringLiteral("source")].toInt() != 2);
}

void TestCommandLine::pdfReport()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const QString json = dir.filePath(QStringLiteral("report.json"));
    const Run run =
        runParallax(QStringList{QStringLiteral("--pdf"), pdf, QStringLiteral("--json"), json,
                                QStringLiteral("--page-size"), QStringLiteral("Letter")} +
                    samplePaths());
    QCOMPARE(run.exitCode, 0); // no display needed: DISPLAY is unset for these runs
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(QFileInfo(json).size() > 1000);
    // The same report refuses to overwrite an article.
    const QString article = dir.filePath(QStringLiteral("article.txt"));
    QVERIFY(QFile::copy(samplePaths().at(0), article));
    const QByteArray before = Test::sha256(article);
    const Run refused = runParallax({QStringLiteral("--pdf"), article, article});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(Test::sha256(article), before);
}

// With a display, Qt's own options (-style, -reverse) are the window's, not usage errors; an
// unknown option of ours still is.
void TestCommandLine::windowKeepsQtOptions()
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PARALLAX_BINARY),
                  {QStringLiteral("-style"), QStringLiteral("fusion"), QStringLiteral("-reverse"),
                   QStringLiteral("--frobnicate")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromLocal8Bit(process.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("Unknown option 'frobnicate'")), qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("reverse")) && !err.contains(QStringLiteral("style")),
             qPrintable(err));
}

void TestCommandLine::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("output"); // expected in stdout + stderr

    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << 0 << "--json";
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << 0 << PARALLAX_VERSION;
    QTest::newRow("no input files")
        << QStringList{QStringLiteral("--json"), QStringLiteral("-")} << 1 << "no input files";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate"),
                                                   QStringLiteral("--json"), QStringLiteral("-")}
                                    << 1 << "frobnicate";
    QTest::newRow("--json without value") << QStringList{QStringLiteral("--json")} << 1 << "json";
    // For the window, too: a usage error is told on the terminal, without a display.
    QTest::newRow("unknown option, no --json")
        << QStringList{QStringLiteral("--frobnicate")} << 1 << "Unknown option 'frobnicate'";
    QTest::newRow("--base without value, no --json")
        << QStringList{QStringLiteral("--base")} << 1 << "Missing value after '--base'";
    QTest::newRow("--lang with no translation")
        << (QStringList{QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--json"),
                        QStringLiteral("-")} +
            samplePaths())
        << 0 << "no translation for \"xx\" (there are: en, de, ru)";
    QTest::newRow("--base not among the inputs")
        << (QStringList{QStringLiteral("--json"), QStringLiteral("-"), QStringLiteral("--base"),
                        samplePaths().at(0)} +
            samplePaths().mid(1))
        << 1 << "the base must be one of the articles given";
    QTest::newRow("--base that does not exist")
        << (QStringList{QStringLiteral("--json"), QStringLiteral("-"), QStringLiteral("--base"),
                        QStringLiteral("/nonexistent/base.txt")} +
            samplePaths())
        << 1 << "/nonexistent/base.txt: the base does not exist";
    QTest::newRow("--pdf to standard output")
        << (QStringList{QStringLiteral("--pdf"), QStringLiteral("-")} + samplePaths()) << 1
        << "needs a file name";
    QTest::newRow("--json and --pdf to one file")
        << (QStringList{QStringLiteral("--json"), QStringLiteral("/tmp/parallax-both.out"),
                        QStringLiteral("--pdf"), QStringLiteral("/tmp/../tmp/parallax-both.out")} +
            samplePaths())
        << 1 << "--json and --pdf name the same file";
    QTest::newRow("unknown page size")
        << (QStringList{QStringLiteral("--pdf"), QStringLiteral("/tmp/x.pdf"),
                        QStringLiteral("--page-size"), QStringLiteral("Napkin")} +
            samplePaths())
        << 1 << "Napkin: unknown page size";
    QTest::newRow("--version names WordNet")
        << QStringList{QStringLiteral("--version")} << 0 << "WordNet synonyms: ";
    QTest::newRow("unwritable output")
        << (QStringList{QStringLiteral("--json"), QStringLiteral("/nonexistent-dir/out.json")} +
            samplePaths())
        << 1 << "/nonexistent-dir/out.json";
}

void TestCommandLine::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, output);
    const Run run = runParallax(arguments);
    QCOMPARE(run.exitCode, exitCode);
    const QString all = QString::fromUtf8(run.out) + run.err;
    QVERIFY2(all.contains(output), qPrintable(all));
}

void TestCommandLine::withoutDictionaries()
{
    // No Hunspell dictionary and no thesaurus: --version names the packages to install, and a
    // comparison still runs (names by capitals, words by stems).
    QTemporaryDir empty;
    const QList<std::pair<QString, QString>> none{
        {QStringLiteral("PARALLAX_HUNSPELL_DIR"), empty.path()},
        {QStringLiteral("PARALLAX_MYTHES_DIR"), empty.path()}};
    const Run version = runParallax({QStringLiteral("--version")}, none);
    QCOMPARE(version.exitCode, 0);
    const QString text = QString::fromUtf8(version.out);
    QVERIFY2(text.contains(QStringLiteral("missing hunspell-en-us")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("mythes-de")), qPrintable(text));
    const Run run = runParallax(
        QStringList{QStringLiteral("--json"), QStringLiteral("-")} + samplePaths(), none);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(parse(run.out).value(QStringLiteral("units")).toArray().size() > 3);

    if (!QFileInfo::exists(QStringLiteral("/usr/share/hunspell/en_US.dic")))
        QSKIP("hunspell-en-us is not installed");
    const Run found = runParallax({QStringLiteral("--version")});
    QVERIFY(!QString::fromUtf8(found.out).contains(QStringLiteral("hunspell-en-us")));
}

void TestCommandLine::headlessIgnoresPlatformTheme()
{
    // Desktop sessions export a platform theme; the GTK one opens the display, which a headless
    // run has none of (qt6-gtk-platformtheme, in the build dependencies, makes this a real test).
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const QList<std::pair<QString, QString>> theme{
        {QStringLiteral("QT_QPA_PLATFORMTHEME"), QStringLiteral("gtk3")}};
    const Run run = runParallax(QStringList{QStringLiteral("--pdf"), pdf} + samplePaths(), theme);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFileInfo(pdf).size() > 1000);
    const Run json = runParallax(
        QStringList{QStringLiteral("--json"), QStringLiteral("-")} + samplePaths(), theme);
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
}

void TestCommandLine::reportDatesInTheChosenLanguage()
{
    // Under the C locale, a report written with --lang de gives its dates in German.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("bericht.pdf"));
    const Run run = runParallax(
        QStringList{QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--pdf"), pdf} +
            samplePaths(),
        {{QStringLiteral("LC_ALL"), QStringLiteral("C")},
         {QStringLiteral("LANG"), QStringLiteral("C")}});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                QStringLiteral("1"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString cover = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    const QDate today = QDate::currentDate();
    QVERIFY2(cover.contains(QLocale(QLocale::German).toString(today, QLocale::LongFormat)),
             qPrintable(cover));
    QVERIFY2(!cover.contains(QLocale::c().toString(today, QLocale::LongFormat)), qPrintable(cover));
}

void TestCommandLine::someInputsUnreadable()
{
    QTemporaryDir tmp;
    const QString missing = tmp.filePath(QStringLiteral("missing.txt"));
    const QString binary = Test::dataPath(QStringLiteral("binary.png"));
    const Run run =
        runParallax(QStringList{QStringLiteral("--json"), QStringLiteral("-"), missing, binary} +
                    samplePaths());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(missing) && run.err.contains(QLatin1String("does not exist")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(binary) && run.err.contains(QLatin1String("binary")),
             qPrintable(run.err));
    const QJsonObject root = parse(run.out);
    QCOMPARE(root.value(QStringLiteral("sources")).toArray().size(), samplePaths().size());
    QCOMPARE(root.value(QStringLiteral("errors")).toArray().size(), 2);
}

void TestCommandLine::neverOverwritesAnInput()
{
    QTemporaryDir tmp;
    const QString article = tmp.filePath(QStringLiteral("article.txt"));
    QVERIFY(QFile::copy(samplePaths().constFirst(), article));
    const QByteArray before = Test::sha256(article);
    const Run run = runParallax({QStringLiteral("--json"), article, article});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(Test::sha256(article), before);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
