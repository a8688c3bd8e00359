#pragma once

#include <QCommandLineParser>

namespace Parallax {

// The command line: options shared by the window and the headless modes.
class CommandLine
{
public:
    enum ExitCode { Success = 0, UsageError = 1, SomeInputsUnreadable = 2 };

    CommandLine();

    QCommandLineParser &parser() { return m_parser; }

    // Whether these arguments ask for work without a window (and without a display).
    static bool isHeadless(const QStringList &arguments);

    // Parses, then runs --help, --version or --json; returns the process exit code.
    int runHeadless(const QStringList &arguments);

    static QString versionText();

private:
    int writeJson(const QString &out, const QStringList &files, const QString &base);

    QCommandLineParser m_parser;
    QCommandLineOption m_json;
    QCommandLineOption m_base;
};

} // namespace Parallax
