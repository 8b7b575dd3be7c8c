#include "progress.h"

#include "durationtext.h"

#include <QCoreApplication>

#include <cstdio>
#include <sys/ioctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int terminalWidth()
{
    winsize size = {};
    if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 20)
        return size.ws_col;
    return 80;
}

} // namespace

ProgressPrinter::Mode ProgressPrinter::modeFor(bool quiet)
{
    if (quiet)
        return Mode::Quiet;
    return ::isatty(STDERR_FILENO) && qEnvironmentVariable("TERM") != "dumb"_L1 ? Mode::Terminal
                                                                                : Mode::Lines;
}

ProgressPrinter::ProgressPrinter(Mode mode)
    : m_mode(mode)
{
    m_sinceLine.start();
}

QString ProgressPrinter::describe(const IngestProgress &p) const
{
    QString text = p.scanning ? tr("%1 done, %2 found so far").arg(p.done).arg(p.found)
                              : tr("%1/%2 files").arg(p.done).arg(p.found);
    if (p.filesPerSecond > 0)
        text += tr(", %1 files/s").arg(p.filesPerSecond, 0, 'f', 1);
    if (p.etaSeconds >= 0 && p.done < p.found)
        text += tr(", ETA %1").arg(DurationText::clock(p.etaSeconds));
    if (p.failed > 0)
        text += tr(", %n failed", nullptr, p.failed);
    return text;
}

void ProgressPrinter::update(const IngestProgress &p)
{
    if (m_mode == Mode::Quiet)
        return;
    if (m_mode == Mode::Lines) {
        if (m_sinceLine.elapsed() < 5000)
            return;
        m_sinceLine.restart();
        std::fprintf(stderr, "%s\n", qUtf8Printable(tr("ingest: %1").arg(describe(p))));
        std::fflush(stderr);
        return;
    }
    const int width = terminalWidth();
    const int barWidth = std::clamp(width / 4, 10, 30);
    const double fraction = p.found > 0 && !p.scanning ? double(p.done) / p.found : 0;
    const int filled = int(fraction * barWidth);
    QString line = u"["_s + QString(filled, u'#') + QString(barWidth - filled, u'.') + u"] "_s + describe(p);
    if (!p.currentPath.isEmpty())
        line += u"  "_s + p.currentPath.section(u'/', -1);
    if (line.size() > width - 1)
        line.truncate(width - 1);
    std::fprintf(stderr, "\r%s\x1b[K", qUtf8Printable(line));
    std::fflush(stderr);
    m_lineOpen = true;
}

void ProgressPrinter::finish()
{
    if (m_lineOpen) {
        std::fprintf(stderr, "\r\x1b[K");
        std::fflush(stderr);
        m_lineOpen = false;
    }
}
