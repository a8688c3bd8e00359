#include "progressmeter.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>

#include <unistd.h>

namespace Parallax {

namespace {

// User-visible text, translated in the context lupdate gives it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parallax::ProgressMeter)
};

} // namespace

ProgressMeter::ProgressMeter(std::FILE *stream, qint64 quietMs)
    : m_stream(stream)
    , m_quietMs(quietMs)
    , m_terminal(stream && ::isatty(::fileno(stream)) == 1)
{
    m_clock.start();
    if (!m_terminal)
        return;
    m_ticker = std::thread([this] {
        std::unique_lock lock(m_mutex);
        while (!m_stopped) {
            m_wake.wait_for(lock, std::chrono::milliseconds(kRedrawMilliseconds));
            if (!m_stopped && !m_label.isEmpty())
                draw();
        }
    });
}

ProgressMeter::~ProgressMeter()
{
    finish();
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
    }
    m_wake.notify_all();
    if (m_ticker.joinable())
        m_ticker.join();
}

void ProgressMeter::reading(double share, qsizetype files)
{
    if (!m_terminal)
        return; // no text to build in a pipe or a log
    setLabel(Tr::tr("parallax: reading %n file(s), %1 %", nullptr, int(files))
                 .arg(qRound(std::clamp(share, 0.0, 1.0) * 100)));
}

void ProgressMeter::update(qsizetype done, qsizetype total)
{
    if (!m_terminal)
        return; // no text to build in a pipe or a log
    setLabel(done < total ? Tr::tr("parallax: aligning %1 of %2 sources").arg(done).arg(total)
                          : Tr::tr("parallax: comparing %n source(s)", nullptr, int(total)));
}

void ProgressMeter::writing(const QString &what, const QString &path)
{
    if (!m_terminal)
        return; // no text to build in a pipe or a log
    setLabel(Tr::tr("parallax: writing %1 to %2").arg(what, path));
}

void ProgressMeter::setLabel(const QString &label)
{
    if (!m_terminal)
        return;
    const std::lock_guard lock(m_mutex);
    if (label == m_label && m_shown)
        return; // the ticker keeps the seconds going
    m_label = label;
    draw();
}

void ProgressMeter::draw()
{
    if (m_stopped || m_clock.elapsed() < m_quietMs)
        return;
    const QString line = Tr::tr("%1 (%2 s)").arg(m_label).arg(m_clock.elapsed() / 1000);
    // \r and an erase to the end of the line: the line is rewritten in place.
    std::fputs(qPrintable(QLatin1Char('\r') + line + QStringLiteral("\x1b[K")), m_stream);
    std::fflush(m_stream);
    m_shown = true;
}

void ProgressMeter::finish()
{
    if (!m_terminal)
        return;
    const std::lock_guard lock(m_mutex);
    m_label.clear();
    if (!m_shown)
        return;
    std::fputs("\r\x1b[K", m_stream);
    std::fflush(m_stream);
    m_shown = false;
}

} // namespace Parallax
