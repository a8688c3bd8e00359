#include "documentutil.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <fcntl.h>

#include <csignal>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace Parallax;

// Whatever people saved from the web, tried for real through the command line: each case is
// read beside a good article; the bad one gets a message naming it and the reason, the good one
// still loads, nothing crashes or hangs, no input changes, and memory stays bounded.
class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matrix_data();
    void matrix();
    void manyIdenticalFiles();
    void noNetworkCode();

private:
    struct Run
    {
        int exitCode = -1;
        bool finished = false;
        long peakKiB = 0;
        QByteArray out;
        QString err;
    };
    static Run run(const QStringList &arguments, const QString &workdir, int seconds = 120);
    static QMap<QString, QByteArray> checksums(const QString &dir);

    QString m_good;
};

namespace {

// The memory bound is the real program's (1 GiB; the 2,000-page PDF takes about 160 MB in a
// normal build). ThreadSanitizer's shadow memory multiplies what a run takes by 5 to 10 (its
// documentation says), so a ThreadSanitizer build gets eight times more; AddressSanitizer's
// shadow, redzones and quarantine of freed memory (256 MB by default) about three times.
#if defined(__SANITIZE_THREAD__)
constexpr long kMemoryFactor = 8;
#elif defined(__SANITIZE_ADDRESS__)
constexpr long kMemoryFactor = 3;
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
constexpr long kMemoryFactor = 8;
#elif __has_feature(address_sanitizer)
constexpr long kMemoryFactor = 3;
#else
constexpr long kMemoryFactor = 1;
#endif
#else
constexpr long kMemoryFactor = 1;
#endif

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray repeatToSize(const QByteArray &unit, qsizetype size)
{
    QByteArray out;
    out.reserve(size + unit.size());
    while (out.size() < size)
        out += unit;
    return out;
}

} // namespace

void TestBadInput::initTestCase()
{
    const QDir sample(QStringLiteral(PARALLAX_SAMPLE_DIR));
    m_good = sample.filePath(QStringLiteral("01-wire.txt"));
    QVERIFY(QFileInfo::exists(m_good));
}

TestBadInput::Run TestBadInput::run(const QStringList &arguments, const QString &workdir,
                                    int seconds)
{
    // posix_spawn and wait4, to read this one child's peak memory.
    Run result;
    QList<QByteArray> args{QByteArray(PARALLAX_BINARY)};
    for (const QString &a : arguments)
        args.append(QFile::encodeName(a));
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const QString outPath = workdir + QStringLiteral("/stdout.txt");
    const QString errPath = workdir + QStringLiteral("/stderr.txt");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, QFile::encodeName(outPath).constData(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, QFile::encodeName(errPath).constData(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return result;
    // A watchdog: no case may hang.
    QElapsedTimer clock;
    clock.start();
    int status = 0;
    rusage usage{};
    while (true) {
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
        if (clock.elapsed() > seconds * 1000) {
            kill(pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
            return result; // finished stays false
        }
        QThread::msleep(20);
    }
    result.finished = WIFEXITED(status);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.peakKiB = usage.ru_maxrss;
    QFile out(outPath), err(errPath);
    if (out.open(QIODevice::ReadOnly))
        result.out = out.readAll();
    if (err.open(QIODevice::ReadOnly))
        result.err = QString::fromUtf8(err.readAll());
    return result;
}

QMap<QString, QByteArray> TestBadInput::checksums(const QString &dir)
{
    QMap<QString, QByteArray> sums;
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files | QDir::NoSymLinks)) {
        if (info.isReadable())
            sums.insert(info.fileName(), Test::sha256(info.filePath()));
    }
    return sums;
}

void TestBadInput::matrix_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason"); // the message names the file and this; empty: it loads
    auto row = [](const char *name, const char *kind, const char *reason) {
        QTest::newRow(name) << QString::fromLatin1(kind) << QString::fromUtf8(reason);
    };
    row("empty file", "empty", "is empty");
    row("only whitespace", "whitespace", "contains no text");
    row("binary (a PNG)", "png", "binary");
    row("NUL bytes in text", "nul", "binary");
    row("50 MB text", "50mb", "limit");
    row("random bytes without NUL", "noise", "binary file");
    row("a single 5 MB line", "longline", "");
    row("invalid UTF-8", "badutf8", "");
    row("UTF-16 without BOM", "utf16", "");
    row("windows-1251", "cp1251", "");
    row("mixed line ends", "mixed", "");
    row("a directory", "dir", "folder");
    row("a path that does not exist", "missing", "does not exist");
    row("an unreadable file (mode 000)", "mode000", "permission denied");
    row("a file deleted before it is read", "deleted", "does not exist");
    row("a symlink loop", "loop", "broken link");
    row("a FIFO", "fifo", "not a regular file");
    row("HTML with script, iframes, remote images, 100-deep nesting", "html", "");
    // A hostile page: it overflowed the parser's stack (300,000 unclosed spans) or took hours
    // (200,000 nested divs). Its text is read like any other.
    row("HTML of 300,000 unclosed nested spans", "htmlspans", "");
    row("HTML of 200,000 nested divs", "htmldivs", "");
    row("an article that is all one quote", "quote", "");
    row("two byte-identical sources", "identical", "");
    row("one-sentence article", "onesentence", "");
    row("right-to-left and CJK text", "rtlcjk", "");
    row("combining marks and emoji", "emoji", "");
    row("a password-protected PDF", "pdfencrypted", "is password-protected");
    row("a scanned PDF without a text layer", "pdfscan", "has no text to compare (a scan?)");
    row("a damaged PDF", "pdfdamaged", "is a damaged PDF");
    row("a PDF cut off half-way", "pdftruncated", "is a damaged PDF");
    row("a 2,000-page PDF", "pdf2000", "");
    row("a damaged DOCX (a cut-off zip)", "docxdamaged", "is damaged");
    row("a DOCX zip bomb", "docxbomb", "zip bomb");
    row("a DOCX with tables nested 100 deep", "docxnested", "");
    row("a DOCX that is not well-formed XML", "docxxml", "not well-formed XML");
    row("an encrypted Word file (OLE container)", "docxole", "is password-protected");
    row("an ODT with a password", "odtencrypted", "is password-protected");
    row("a text file saved as .docx", "docxtext", "");
    row("random bytes saved as .docx", "docxnoise", "is damaged");
}

void TestBadInput::matrix()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case-") + kind + QStringLiteral(".txt"));
    QStringList inputs{path};
    if (kind == u"empty") {
        writeFile(path, {});
    } else if (kind == u"whitespace") {
        writeFile(path, " \n\t\n   \r\n");
    } else if (kind == u"png") {
        QVERIFY(QFile::copy(Test::dataPath(QStringLiteral("binary.png")), path));
    } else if (kind == u"nul") {
        writeFile(path, QByteArray("A headline\n\nSome text\0with NULs\0in it.\n", 39));
    } else if (kind == u"50mb") {
        writeFile(path, repeatToSize("The council met again on Tuesday to discuss the bridge. ",
                                     50 * 1024 * 1024));
    } else if (kind == u"noise") {
        QByteArray noise;
        quint32 state = 2024;
        while (noise.size() < 5000) {
            state = state * 1103515245u + 12345u;
            if (const char byte = char(state >> 24))
                noise.append(byte);
        }
        writeFile(path, noise);
    } else if (kind == u"longline") {
        writeFile(path, repeatToSize("The mayor said the works would continue, and the council "
                                     "agreed to pay for them; ",
                                     5 * 1024 * 1024));
    } else if (kind == u"badutf8") {
        writeFile(path,
                  "Caf\xc3 au lait \xff\xfe broken \xe2\x82 bytes.\n\nThe second \x80 para.\n");
    } else if (kind == u"utf16") {
        const QString text = QStringLiteral("A headline\n\nThe bridge reopened on Tuesday.\n");
        writeFile(path, QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2));
    } else if (kind == u"cp1251") {
        QVERIFY(QFile::copy(Test::dataPath(QStringLiteral("cp1251-russian.txt")), path));
    } else if (kind == u"mixed") {
        writeFile(path, "Headline\r\n\r\nFirst paragraph.\rSecond line.\n\nThird paragraph.\r\n");
    } else if (kind == u"dir") {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("case-dir.txt")));
    } else if (kind == u"missing") {
        // nothing there
    } else if (kind == u"mode000") {
        if (geteuid() == 0)
            QSKIP("root reads any file: mode 000 cannot be tried as root");
        writeFile(path, "Secret\n\nNobody may read this.\n");
        QFile::setPermissions(path, {});
    } else if (kind == u"deleted") {
        writeFile(path, "Gone\n\nThis file is deleted before Parallax reads it.\n");
        QVERIFY(QFile::remove(path)); // as when a dropped file vanishes before the load
    } else if (kind == u"loop") {
        const QString other = dir.filePath(QStringLiteral("loop-b"));
        QVERIFY(QFile::link(other, path));
        QVERIFY(QFile::link(path, other));
    } else if (kind == u"fifo") {
        QCOMPARE(mkfifo(QFile::encodeName(path).constData(), 0644), 0);
    } else if (kind.startsWith(u"html")) {
        QByteArray html = "<html><head><title>Nested page</title>"
                          "<link rel=\"stylesheet\" href=\"http://example.invalid/s.css\">"
                          "<script>document.write('SCRIPTTEXT')</script></head><body>"
                          "<iframe src=\"http://example.invalid/frame\">IFRAMETEXT</iframe>"
                          "<img src=\"http://example.invalid/pic.jpg\" alt=\"\">";
        const int depth = kind == u"html" ? 100 : kind == u"htmlspans" ? 300000 : 200000;
        const QByteArray open = kind == u"htmlspans" ? "<span>" : "<div>";
        html += open.repeated(depth);
        html += "<h1>Deep headline</h1><p>The deepest paragraph says the bridge reopened.</p>";
        if (kind != u"htmlspans")
            html += QByteArray("</div>").repeated(depth);
        html += "</body></html>";
        const QString htmlPath = dir.filePath(QStringLiteral("case-html.html"));
        writeFile(htmlPath, html);
        inputs = {htmlPath};
    } else if (kind == u"quote") {
        writeFile(path, "“We will rebuild the bridge, we will reopen it on time, and we will "
                        "light it again. Nobody should doubt it,” the mayor said.\n");
    } else if (kind == u"identical") {
        QVERIFY(QFile::copy(m_good, path));
    } else if (kind == u"onesentence") {
        writeFile(path, "The bridge reopened on Monday.\n");
    } else if (kind == u"rtlcjk") {
        writeFile(path, "جسر المدينة\n\nأعيد افتتاح الجسر يوم الاثنين بعد أربعة أشهر.\n\n"
                        "גשר העיר נפתח מחדש ביום שני.\n\n大桥周一重新开放。工程花费了四个月。\n");
    } else if (kind == u"emoji") {
        writeFile(path, "Cafe\xcc\x81 re\xcc\x81ouvert \xf0\x9f\x8e\x89\n\n"
                        "Le pont a rouvert lundi \xf0\x9f\x8c\x89\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd "
                        "apre\xcc\x80s quatre mois.\n");
    }
    const QString docx = dir.filePath(QStringLiteral("case-") + kind + QStringLiteral(".docx"));
    const QString pdf = dir.filePath(QStringLiteral("case-") + kind + QStringLiteral(".pdf"));
    const QByteArray story = "<w:p><w:r><w:t>The bridge reopened on Monday after four months of "
                             "repairs, the council said.</w:t></w:r></w:p>";
    if (kind == u"pdfencrypted" || kind == u"pdfdamaged" || kind == u"pdftruncated" ||
        kind == u"pdfscan" || kind == u"pdf2000") {
        inputs = {pdf};
        QList<QStringList> pages{{QStringLiteral("The bridge reopened on Monday after four "
                                                 "months of repairs, the council said.")}};
        if (kind == u"pdf2000") {
            pages.clear();
            for (int p = 0; p < 2000; ++p) {
                QStringList lines;
                for (int l = 0; l < 8; ++l) // the pages, not the text, are the test
                    lines.append(QStringLiteral("Page %1, line %2: the council met again to "
                                                "discuss the bridge and its repairs.")
                                     .arg(p + 1)
                                     .arg(l + 1));
                pages.append(lines);
            }
        }
        QByteArray bytes = kind == u"pdfscan" ? Test::imagePdf() : Test::textPdf(pages);
        if (kind == u"pdfdamaged")
            bytes = "%PDF-1.7\n" + QByteArray(4096, '\x17') + "\n%%EOF\n";
        if (kind == u"pdftruncated")
            bytes.truncate(bytes.size() * 2 / 3);
        writeFile(pdf, bytes);
        if (kind == u"pdfencrypted") {
            const QString plain = dir.filePath(QStringLiteral("plain.pdf.tmp"));
            QVERIFY(QFile::rename(pdf, plain));
            QProcess qpdf;
            qpdf.start(QStringLiteral("qpdf"),
                       {QStringLiteral("--encrypt"), QStringLiteral("secret"),
                        QStringLiteral("owner"), QStringLiteral("256"), QStringLiteral("--"), plain,
                        pdf});
            if (!qpdf.waitForFinished() || qpdf.exitCode() != 0)
                QSKIP("qpdf is not installed (the README's set-up installs it)");
            QVERIFY(QFile::remove(plain));
        }
    } else if (kind.startsWith(u"docx") || kind == u"odtencrypted") {
        inputs = {docx};
        QByteArray bytes;
        if (kind == u"docxdamaged") {
            bytes = Test::wordDocument(story + story + story);
            bytes.truncate(bytes.size() / 2);
        } else if (kind == u"docxbomb") {
            // 80 MB of one repeated run packs into well under a megabyte.
            bytes = Test::wordDocument(repeatToSize(story, 80 * 1024 * 1024));
        } else if (kind == u"docxnested") {
            QByteArray nested = story;
            for (int i = 0; i < 100; ++i)
                nested = "<w:tbl><w:tr><w:tc>" + nested + "</w:tc></w:tr></w:tbl>";
            bytes = Test::wordDocument(nested);
        } else if (kind == u"docxxml") {
            bytes = Test::wordDocument(story + "<w:p><w:r><w:t>unclosed");
        } else if (kind == u"docxtext") { // read for what the bytes are
            bytes = "Bridge reopens\n\nThe bridge reopened on Monday after four months of "
                    "repairs, the council said.\n";
        } else if (kind == u"docxnoise") {
            quint32 state = 7;
            while (bytes.size() < 5000) {
                state = state * 1103515245u + 12345u;
                if (const char byte = char(state >> 24); byte && byte != 'P')
                    bytes.append(byte);
            }
        } else if (kind == u"docxole") {
            bytes = QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(4096, '\0');
        } else if (kind == u"odtencrypted") {
            inputs = {dir.filePath(QStringLiteral("case-odtencrypted.odt"))};
            bytes = Test::makeZip(
                {{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text"},
                 {QStringLiteral("content.xml"), QByteArray(2048, '\x5a')},
                 {QStringLiteral("META-INF/manifest.xml"),
                  "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:"
                  "manifest:1.0\"><manifest:file-entry manifest:full-path=\"content.xml\">"
                  "<manifest:encryption-data/></manifest:file-entry></manifest:manifest>"}});
        }
        writeFile(inputs.first(), bytes);
    }
    const auto before = checksums(dir.path());
    const QByteArray goodBefore = Test::sha256(m_good);
    const QString json = dir.filePath(QStringLiteral("out.json"));
    const Run result =
        run(QStringList{QStringLiteral("--json"), json} + inputs + QStringList{m_good}, dir.path());
    QVERIFY2(result.finished, "the run crashed or did not finish in time");
    if (kind == u"50mb" || kind == u"pdf2000")
        qInfo("peak memory reading %s: %ld KiB", qPrintable(kind), result.peakKiB);
    QVERIFY2(result.peakKiB < kMemoryFactor * 1024 * 1024,
             qPrintable(QString::number(result.peakKiB)));

    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray sources = root.value(QStringLiteral("sources")).toArray();
    if (reason.isEmpty()) {
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(sources.size(), 2);
    } else {
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(inputs.first()) && result.err.contains(reason),
                 qPrintable(result.err));
        QCOMPARE(sources.size(), 1); // the good one
        QCOMPARE(root.value(QStringLiteral("errors")).toArray().size(), 1);
    }
    if (kind == u"docxnested" || kind == u"pdf2000") {
        const QString text = QString::fromUtf8(QJsonDocument(root).toJson());
        QVERIFY(text.contains(kind == u"pdf2000" ? QStringLiteral("Page 2000, line 8")
                                                 : QStringLiteral("The bridge reopened")));
    }
    if (kind.startsWith(u"html")) {
        const QString text = QString::fromUtf8(QJsonDocument(root).toJson());
        QVERIFY(text.contains(QStringLiteral("The deepest paragraph")));
        QVERIFY(!text.contains(QStringLiteral("SCRIPTTEXT")));
        QVERIFY(!text.contains(QStringLiteral("IFRAMETEXT")));
    }
    if (kind == u"identical") {
        for (const QJsonValue &link : root.value(QStringLiteral("links")).toArray())
            QCOMPARE(link[QStringLiteral("relation")].toString(), QStringLiteral("same"));
        QVERIFY(root.value(QStringLiteral("added")).toArray().isEmpty());
    }
    // Parallax never writes to what it reads.
    auto after = checksums(dir.path());
    after.remove(QStringLiteral("out.json"));
    after.remove(QStringLiteral("stdout.txt"));
    after.remove(QStringLiteral("stderr.txt"));
    QCOMPARE(after, before);
    QCOMPARE(Test::sha256(m_good), goodBefore);
}

void TestBadInput::manyIdenticalFiles()
{
    // 500 copies of one article: one source each, every sentence carried by all.
    QTemporaryDir dir;
    QStringList paths;
    for (int i = 0; i < 500; ++i) {
        const QString path =
            dir.filePath(QStringLiteral("copy-%1.txt").arg(i, 3, 10, QLatin1Char('0')));
        QVERIFY(QFile::copy(m_good, path));
        paths.append(path);
    }
    const QString json = dir.filePath(QStringLiteral("out.json"));
    const Run result = run(QStringList{QStringLiteral("--json"), json} + paths, dir.path(), 300);
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.err));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("sources")).toArray().size(), 500);
    for (const QJsonValue &unit : root.value(QStringLiteral("units")).toArray())
        QCOMPARE(unit[QStringLiteral("support")].toInt(), 500);
    QVERIFY(root.value(QStringLiteral("added")).toArray().isEmpty());
}

void TestBadInput::noNetworkCode()
{
    // Nothing is fetched, HTML import included: the program does not even link a network
    // library (remote images and stylesheets in pages are dropped as text, see the matrix).
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {QStringLiteral(PARALLAX_BINARY)});
    QVERIFY(ldd.waitForFinished(30000));
    const QString libraries = QString::fromUtf8(ldd.readAllStandardOutput());
    QVERIFY(libraries.contains(QStringLiteral("libQt6Core")));
    QVERIFY2(!libraries.contains(QStringLiteral("Network")), qPrintable(libraries));
    QVERIFY(!libraries.contains(QStringLiteral("libcurl")));
}

QTEST_MAIN(TestBadInput) // QPdfWriter makes the PDF cases
#include "tst_badinput.moc"
