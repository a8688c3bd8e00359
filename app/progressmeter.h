#pragma once

#include <QElapsedTimer>
#include <QString>

#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>

namespace Parallax {

// Progress of a long headless run on standard error, as command-line tools show it: one line
// rewritten in place ("parallax: aligning 3 of 5 sources (12 s)"), shown only when standard
// error is a terminal and the work has taken more than a second; silent otherwise (pipes, logs,
// CI). The line names the stage (reading, aligning, comparing, writing) and its seconds go on
// counting while a stage reports nothing (a thread redraws it every half second), so a long
// stage never looks like a hang. finish() clears the line.
class ProgressMeter
{
public:
    // stream: where the line goes; shown only when it is a terminal (isatty). quietMs: how long
    // the work runs before the line appears (milliseconds).
    explicit ProgressMeter(std::FILE *stream = stderr, qint64 quietMs = kQuietMilliseconds);
    ~ProgressMeter();
    ProgressMeter(const ProgressMeter &) = delete;
    ProgressMeter &operator=(const ProgressMeter &) = delete;

    // Files read so far, as a share from 0 to 1 of `files` files (ArticleLoader::loadAll).
    void reading(double share, qsizetype files);
    // Sources aligned so far out of total (CompareOptions::progress); once all are, the rest of
    // the comparison (clustering, additions) shows as "comparing". Cheap to call often.
    void update(qsizetype done, qsizetype total);
    // Writing an output: what is written ("JSON", "the PDF report") and where.
    void writing(const QString &what, const QString &path);
    void finish();

    static constexpr qint64 kQuietMilliseconds = 1000; // nothing is shown before this
    static constexpr int kRedrawMilliseconds = 500;

private:
    void setLabel(const QString &label); // and draws it
    void draw();                         // m_mutex held

    std::FILE *m_stream;
    qint64 m_quietMs;
    bool m_terminal = false;
    bool m_shown = false;
    bool m_stopped = false;
    QString m_label; // the line without its seconds
    QElapsedTimer m_clock;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::thread m_ticker; // only on a terminal
};

} // namespace Parallax
