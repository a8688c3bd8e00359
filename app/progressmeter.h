#pragma once

#include <QElapsedTimer>
#include <QString>

#include <cstdio>

namespace Parallax {

// Progress of a long headless run on standard error, as command-line tools show it: one line
// rewritten in place ("parallax: aligning 3 of 5 sources (12 s)"), shown only when standard
// error is a terminal and the work has taken more than a second; silent otherwise (pipes, logs,
// CI). finish() clears the line.
class ProgressMeter
{
public:
    // stream: where the line goes; shown only when it is a terminal (isatty). quietMs: how long
    // the work runs before the line appears (milliseconds).
    explicit ProgressMeter(std::FILE *stream = stderr, qint64 quietMs = kQuietMilliseconds);
    ~ProgressMeter();
    ProgressMeter(const ProgressMeter &) = delete;
    ProgressMeter &operator=(const ProgressMeter &) = delete;

    // Sources aligned so far out of total; cheap to call often.
    void update(qsizetype done, qsizetype total);
    void finish();

    static constexpr qint64 kQuietMilliseconds = 1000; // nothing is shown before this

private:
    std::FILE *m_stream;
    qint64 m_quietMs;
    bool m_terminal = false;
    bool m_shown = false;
    QElapsedTimer m_clock;
};

} // namespace Parallax
