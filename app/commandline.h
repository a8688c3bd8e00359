#pragma once

#include <QCommandLineParser>
#include <QPageSize>

namespace Parallax {

// The command line: options shared by the window and the headless modes.
class CommandLine
{
public:
    enum ExitCode { Success = 0, UsageError = 1, SomeInputsUnreadable = 2 };

    CommandLine();

    QCommandLineParser &parser() { return m_parser; }

    // Whether these arguments ask for work without a window (and without a display): --json,
    // --pdf, --help, --version, or, when there is no display for a window, arguments that do
    // not parse (the usage error is told).
    static bool isHeadless(const QStringList &arguments);
    // Whether the headless work draws text (the PDF report) and so needs a font database.
    static bool needsFonts(const QStringList &arguments);

    // Parses, then runs --help, --version, --json or --pdf; returns the process exit code.
    int runHeadless(const QStringList &arguments);

    static QString versionText();

private:
    int writeOutputs(const QStringList &files, const QString &base, const QPageSize &pageSize);
    static bool refusesInput(const QString &out, const QStringList &files);

    QCommandLineParser m_parser;
    QCommandLineOption m_json;
    QCommandLineOption m_pdf;
    QCommandLineOption m_pageSize;
    QCommandLineOption m_base;
};

} // namespace Parallax
