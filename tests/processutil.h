#pragma once

#include <QProcess>
#include <QStringList>

namespace Parallax::Test {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// Runs the real binary without a display: headless modes must not need one.
inline Run runParallax(const QStringList &arguments,
                       const QList<std::pair<QString, QString>> &variables = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : variables)
        env.insert(name, value);
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PARALLAX_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

} // namespace Parallax::Test
