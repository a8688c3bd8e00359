#include "progressmeter.h"

#include <QCoreApplication>

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
}

ProgressMeter::~ProgressMeter()
{
    finish();
}

void ProgressMeter::update(qsizetype done, qsizetype total)
{
    if (!m_terminal || m_clock.elapsed() < m_quietMs)
        return;
    const QString line = Tr::tr("parallax: aligning %1 of %2 sources (%3 s)")
                             .arg(done)
                             .arg(total)
                             .arg(m_clock.elapsed() / 1000);
    // \r and an erase to the end of the line: the line is rewritten in place.
    std::fputs(qPrintable(QLatin1Char('\r') + line + QStringLiteral("\x1b[K")), m_stream);
    std::fflush(m_stream);
    m_shown = true;
}

void ProgressMeter::finish()
{
    if (!m_shown)
        return;
    std::fputs("\r\x1b[K", m_stream);
    std::fflush(m_stream);
    m_shown = false;
}

} // namespace Parallax
