#include "fuzzsupport.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Fuzz {

namespace {

void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // Warnings are what damaged input makes; only the fatal ones are worth a line.
    if (type == QtFatalMsg)
        std::fprintf(stderr, "Qt fatal: %s\n", qPrintable(message));
}

} // namespace

void initialize(int *argc, char ***argv)
{
    qInstallMessageHandler(quietMessages);
    // English messages whatever the machine's locale, as in the tests.
    qputenv("LANGUAGE", "");
    // Held for the process's life: libFuzzer exits from its own code.
    static QCoreApplication app(*argc, *argv);
}

void require(bool ok, const char *what, const QString &detail)
{
    if (ok)
        return;
    // Control characters shown as \xNN: a NUL would end the line.
    QString shown;
    for (const QChar c : detail) {
        if (c.category() == QChar::Other_Control && c != u'\n')
            shown += u"\\x%1"_s.arg(int(c.unicode()), 2, 16, QChar(u'0'));
        else
            shown += c;
    }
    std::fprintf(stderr, "fuzz check failed: %s\n%s\n", what, qPrintable(shown));
    std::abort();
}

} // namespace Fuzz
