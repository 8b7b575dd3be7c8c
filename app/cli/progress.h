#pragma once

// Progress for people on stderr: a live bar on a terminal, a plain line every few seconds
// otherwise (logs, CI, night jobs), nothing with --quiet.

#include "ingestjob.h"

#include <QCoreApplication>
#include <QElapsedTimer>

class ProgressPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressPrinter)

public:
    enum class Mode { Terminal, Lines, Quiet };
    static Mode modeFor(bool quiet);

    explicit ProgressPrinter(Mode mode);
    void update(const IngestProgress &progress);
    void finish(); // ends the live line

private:
    QString describe(const IngestProgress &progress) const;

    Mode m_mode;
    QElapsedTimer m_sinceLine;
    bool m_lineOpen = false;
};
