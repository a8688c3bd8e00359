#include "commandline.h"

#include "articleloader.h"
#include "comparison.h"
#include "comparisonjson.h"
#include "comparisonstate.h"
#include "lexicon.h"
#include "outputfile.h"
#include "progressmeter.h"
#include "reportrenderer.h"
#include "wordnet.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

#include <unicode/uversion.h>

#include <cstdio>

namespace Parallax {

namespace {

// User-visible text, translated in the context lupdate gives it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parallax::CommandLine)
};

void printErr(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stderr);
}

} // namespace

CommandLine::CommandLine()
    : m_json(QStringLiteral("json"),
             Tr::tr("Write the analysis as JSON to <file> ('-' for standard output) and exit "
                    "without opening a window."),
             Tr::tr("file"))
    , m_pdf(
          QStringLiteral("pdf"),
          Tr::tr("Write the comparison report as PDF to <file> and exit without opening a window."),
          Tr::tr("file"))
    , m_pageSize(
          QStringLiteral("page-size"),
          Tr::tr("Paper size of the PDF report: A4, Letter, ... (default: from the locale)."),
          Tr::tr("size"))
    , m_base(QStringLiteral("base"),
             Tr::tr("Compare against <file>, one of the articles given (default: the earliest "
                    "dated)."),
             Tr::tr("file"))
{
    m_parser.setApplicationDescription(
        Tr::tr("Parallax compares several versions of one news story: what is the same, what was "
               "reworded, and which source added which detail."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOption(m_json);
    m_parser.addOption(m_pdf);
    m_parser.addOption(m_pageSize);
    m_parser.addOption(m_base);
    m_parser.addOption(QCommandLineOption(
        QStringLiteral("lang"),
        Tr::tr("Language of the user interface: en, de or ru (default: the system's)."),
        Tr::tr("code")));
    m_parser.addOption(QCommandLineOption(QStringLiteral("sample"),
                                          Tr::tr("Open the bundled sample story in the window.")));
    m_parser.addPositionalArgument(
        Tr::tr("files"), Tr::tr("Articles to compare (.txt, .md, .html, .pdf, .docx, .odt)."),
        Tr::tr("[FILE...]"));
}

bool CommandLine::needsFonts(const QStringList &arguments)
{
    for (const QString &arg : arguments.mid(1)) {
        if (arg == u"--")
            break;
        if (arg == u"--pdf" || arg.startsWith(QLatin1String("--pdf=")))
            return true;
    }
    return false;
}

bool CommandLine::isHeadless(const QStringList &arguments)
{
    for (const QString &arg : arguments.mid(1)) {
        if (arg == u"--")
            break;
        if (arg == u"--json" || arg.startsWith(QLatin1String("--json=")) || arg == u"--pdf" ||
            arg.startsWith(QLatin1String("--pdf=")) || arg == u"-h" || arg == u"--help" ||
            arg == u"-?" || arg == u"-v" || arg == u"--version" || arg == u"--help-all")
            return true;
    }
    // Without a display the window cannot open: a usage error is then told on the terminal
    // instead of Qt's "could not connect to display". With one, the window's application reads
    // Qt's own options first (-geometry, -style) and then tells a usage error itself.
    const bool display = !qEnvironmentVariableIsEmpty("DISPLAY") ||
                         !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
                         !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    CommandLine check;
    return !display && !check.m_parser.parse(arguments);
}

QString CommandLine::versionText()
{
    const WordNet &wordnet = WordNet::system();
    const QString synonyms =
        wordnet.isAvailable()
            ? Tr::tr("WordNet synonyms: on (%1)").arg(wordnet.directory())
            : Tr::tr("WordNet synonyms: off, %1 not found (install the wordnet-base package)")
                  .arg(wordnet.directory());
    const QStringList missing = Lexicon::missingPackages();
    const QString dictionaries =
        missing.isEmpty()
            ? Tr::tr("Dictionaries and thesauri: all found (%1, %2)")
                  .arg(Lexicon::dictionaryDirectory(), Lexicon::thesaurusDirectory())
            : Tr::tr("Dictionaries and thesauri: missing %1 (install these packages for "
                     "names and synonyms in those languages)")
                  .arg(missing.join(QStringLiteral(", ")));
    return Tr::tr("%1 %2\nQt %3, ICU %4\n%5\n%6")
        .arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion(),
             QString::fromLatin1(qVersion()), QString::fromLatin1(U_ICU_VERSION), synonyms,
             dictionaries);
}

int CommandLine::runHeadless(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        printErr(Tr::tr("parallax: %1").arg(m_parser.errorText()));
        printErr(Tr::tr("Try 'parallax --help' for more information."));
        return UsageError;
    }
    if (m_parser.isSet(QStringLiteral("help")) || m_parser.isSet(QStringLiteral("help-all"))) {
        std::fputs(qPrintable(m_parser.helpText()), stdout);
        return Success;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        std::fputs(qPrintable(versionText() + QLatin1Char('\n')), stdout);
        return Success;
    }
    const QStringList files = m_parser.positionalArguments();
    if (files.isEmpty()) {
        printErr(Tr::tr("parallax: no input files: give the articles to compare."));
        return UsageError;
    }
    QPageSize pageSize = ReportOptions::defaultPageSize();
    if (m_parser.isSet(m_pageSize)) {
        pageSize = ReportOptions::pageSizeNamed(m_parser.value(m_pageSize));
        if (!pageSize.isValid()) {
            printErr(Tr::tr("parallax: %1: unknown page size (try A4 or Letter)")
                         .arg(m_parser.value(m_pageSize)));
            return UsageError;
        }
    }
    if (!m_parser.isSet(m_json) && !m_parser.isSet(m_pdf)) {
        printErr(Tr::tr("parallax: say where to write: --json FILE or --pdf FILE."));
        return UsageError;
    }
    return writeOutputs(files, m_parser.value(m_base), pageSize);
}

bool CommandLine::refusesInput(const QString &out, const QStringList &files)
{
    for (const QString &file : files) {
        if (QFileInfo::exists(out) &&
            QFileInfo(file).canonicalFilePath() == QFileInfo(out).canonicalFilePath()) {
            printErr(Tr::tr("parallax: %1: refusing to overwrite an input article").arg(out));
            return true;
        }
    }
    return false;
}

int CommandLine::writeOutputs(const QStringList &files, const QString &base,
                              const QPageSize &pageSize)
{
    const QString jsonOut = m_parser.value(m_json);
    const QString pdfOut = m_parser.value(m_pdf);
    for (const QString &out : {jsonOut, pdfOut}) {
        if (!out.isEmpty() && out != u"-" && refusesInput(out, files))
            return UsageError;
    }
    const auto samePath = [](const QString &a, const QString &b) {
        const auto path = [](const QString &file) {
            const QFileInfo info(file);
            return info.exists() ? info.canonicalFilePath()
                                 : QDir::cleanPath(info.absoluteFilePath());
        };
        return path(a) == path(b);
    };
    if (!jsonOut.isEmpty() && jsonOut != u"-" && !pdfOut.isEmpty() && samePath(jsonOut, pdfOut)) {
        printErr(Tr::tr("parallax: %1: --json and --pdf name the same file; give each its own")
                     .arg(pdfOut));
        return UsageError;
    }
    if (pdfOut == u"-") {
        printErr(Tr::tr("parallax: the PDF report needs a file name, not standard output"));
        return UsageError;
    }
    QString basePath;
    if (!base.isEmpty()) {
        if (!QFileInfo::exists(base)) {
            printErr(Tr::tr("parallax: %1: the base does not exist").arg(base));
            return UsageError;
        }
        basePath = QFileInfo(base).canonicalFilePath();
        const bool given = std::any_of(files.begin(), files.end(), [&](const QString &file) {
            return QFileInfo(file).canonicalFilePath() == basePath;
        });
        if (!given) {
            printErr(Tr::tr("parallax: %1: the base must be one of the articles given").arg(base));
            return UsageError;
        }
    }
    // One source per file, however it was named on the command line.
    QStringList unique;
    QSet<QString> seen;
    for (const QString &file : files) {
        const QString canonical = QFileInfo(file).canonicalFilePath();
        if (!canonical.isEmpty() && seen.contains(canonical))
            continue;
        seen.insert(canonical);
        unique.append(file);
    }
    ProgressMeter meter;
    const LoadResult result = ArticleLoader::loadAll(unique, [&](double share) {
        meter.reading(share, unique.size());
        return true;
    });
    meter.finish(); // the errors below start their own lines
    for (const LoadError &error : result.errors)
        printErr(Tr::tr("parallax: %1: %2").arg(error.path, error.reason));

    CompareOptions options;
    for (qsizetype i = 0; i < result.articles.size(); ++i) {
        if (!basePath.isEmpty() &&
            QFileInfo(result.articles.at(i).path).canonicalFilePath() == basePath)
            options.base = i;
    }
    if (!basePath.isEmpty() && options.base < 0)
        printErr(Tr::tr("parallax: %1: the base could not be read; comparing against the earliest "
                        "dated source")
                     .arg(base));
    auto state = std::make_shared<ComparisonState>();
    state->articles = result.articles;
    for (qsizetype s = 0; s < state->articles.size(); ++s)
        state->sources.append(SourceInfo{s, state->articles.at(s).displayName(), int(s)});
    distinguishNames(state->sources, state->articles);
    options.progress = [&meter](qsizetype done, qsizetype total) { meter.update(done, total); };
    state->comparison = compare(state->articles, options);

    if (!jsonOut.isEmpty()) {
        meter.writing(QStringLiteral("JSON"),
                      jsonOut == u"-" ? Tr::tr("standard output") : jsonOut);
        const QByteArray json = QJsonDocument(ComparisonJson::toJson(result.articles, result.errors,
                                                                     &state->comparison))
                                    .toJson(QJsonDocument::Indented);
        meter.finish(); // standard output may be the same terminal
        if (jsonOut == u"-") {
            QFile stdOut;
            // Flushed and checked here: a full disk or a closed pipe is an error, not success.
            if (!stdOut.open(stdout, QIODevice::WriteOnly) || stdOut.write(json) != json.size() ||
                !stdOut.flush() || std::fflush(stdout) != 0 || std::ferror(stdout)) {
                printErr(Tr::tr("parallax: cannot write to standard output"));
                return UsageError;
            }
        } else {
            QString error;
            if (!OutputFile::write(jsonOut, json, &error)) {
                printErr(Tr::tr("parallax: %1: cannot write: %2").arg(jsonOut, error));
                return UsageError;
            }
        }
    }
    if (!pdfOut.isEmpty()) {
        if (state->articles.isEmpty()) {
            printErr(
                Tr::tr("parallax: %1: no article could be read, no report written").arg(pdfOut));
            return SomeInputsUnreadable;
        }
        meter.writing(Tr::tr("the PDF report"), pdfOut);
        state->findFindings();
        ReportOptions report;
        report.pageSize = pageSize;
        QString error;
        const bool written = ReportRenderer(state, report).writePdf(pdfOut, &error);
        meter.finish();
        if (!written) {
            printErr(Tr::tr("parallax: %1: cannot write: %2").arg(pdfOut, error));
            return UsageError;
        }
    }
    return result.errors.isEmpty() ? Success : SomeInputsUnreadable;
}

} // namespace Parallax
