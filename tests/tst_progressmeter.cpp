#include "progressmeter.h"
#include "translations.h"

#include <QTest>
#include <QThread>

#include <cstdio>
#include <fcntl.h>
#include <pty.h>
#include <unistd.h>

using namespace Parallax;

// The command line's progress line: shown on a terminal once the work has run a while, never
// in a pipe or a log.
class TestProgressMeter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void quietInAPipe();
    void shownOnATerminalThenCleared();
    void quietOnATerminalWhileShort();
    void stagesAndSecondsGoOn();
};

namespace {

// Everything readable on fd now (non-blocking).
QByteArray drain(int fd)
{
    QByteArray out;
    const int flags = ::fcntl(fd, F_GETFL);
    ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        out.append(buffer, n);
    }
    return out;
}

// A pseudo-terminal: its writing end as a stream (nullptr when none can be opened), its reading
// end in *master.
std::FILE *openTerminal(int *master)
{
    int slave = -1;
    if (::openpty(master, &slave, nullptr, nullptr, nullptr) != 0)
        return nullptr;
    return ::fdopen(slave, "w");
}

} // namespace

void TestProgressMeter::initTestCase()
{
    Translations::install(QStringLiteral("en")); // "10 files", as the command line says it
}

void TestProgressMeter::quietInAPipe()
{
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    std::FILE *writer = ::fdopen(fds[1], "w");
    QVERIFY(writer);
    {
        ProgressMeter meter(writer, 0);
        meter.update(1, 5);
        meter.update(5, 5);
    }
    std::fclose(writer);
    QCOMPARE(drain(fds[0]), QByteArray());
    ::close(fds[0]);
}

void TestProgressMeter::shownOnATerminalThenCleared()
{
    int master = -1;
    std::FILE *terminal = openTerminal(&master);
    if (!terminal)
        QSKIP("no pseudo-terminal here");
    {
        ProgressMeter meter(terminal, 0);
        meter.update(3, 5);
        const QByteArray shown = drain(master);
        QVERIFY2(shown.contains("3") && shown.contains("5"), shown.constData());
        QVERIFY(shown.startsWith('\r'));
        meter.finish();
        QVERIFY(drain(master).startsWith('\r')); // the line is erased
    }
    std::fclose(terminal);
    ::close(master);
}

void TestProgressMeter::quietOnATerminalWhileShort()
{
    int master = -1;
    std::FILE *terminal = openTerminal(&master);
    if (!terminal)
        QSKIP("no pseudo-terminal here");
    {
        ProgressMeter meter(terminal, 3600 * 1000); // an hour: this run is short
        meter.update(3, 5);
    }
    QCOMPARE(drain(master), QByteArray());
    std::fclose(terminal);
    ::close(master);
}

// The line names the stage, and its seconds go on while a long stage reports nothing (the
// clustering after every source was read, the JSON being built): no stage looks like a hang.
void TestProgressMeter::stagesAndSecondsGoOn()
{
    int master = -1;
    std::FILE *terminal = openTerminal(&master);
    if (!terminal)
        QSKIP("no pseudo-terminal here");
    {
        ProgressMeter meter(terminal, 0);
        meter.reading(0.5, 10);
        const QByteArray read = drain(master);
        QVERIFY2(read.contains("reading 10 files, 50 %"), read.constData());
        meter.update(2, 5);
        QVERIFY(drain(master).contains("aligning 2 of 5 sources (0 s)"));
        meter.update(5, 5);
        QVERIFY(drain(master).contains("comparing 5 sources (0 s)"));
        QThread::msleep(1600); // no update meanwhile
        const QByteArray later = drain(master);
        QVERIFY2(later.contains("comparing 5 sources (1 s)"), later.constData());
        meter.writing(QStringLiteral("JSON"), QStringLiteral("out.json"));
        QVERIFY(drain(master).contains("writing JSON to out.json (1 s)"));
        meter.finish();
        drain(master);
        QThread::msleep(700);
        QCOMPARE(drain(master), QByteArray()); // finished: nothing is drawn again
    }
    std::fclose(terminal);
    ::close(master);
}

QTEST_GUILESS_MAIN(TestProgressMeter)
#include "tst_progressmeter.moc"
