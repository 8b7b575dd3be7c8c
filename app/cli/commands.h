#pragma once

// The commands of reelatlas-cli (see spec/cli.md). Each returns the process exit status:
// 0 success, 1 fatal error, 2 usage error, 3 finished but some files failed.

#include <QByteArrayList>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The translation context of the command line's messages: Cli::tr("...").
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

namespace ExitCode {
inline constexpr int Ok = 0;
inline constexpr int Fatal = 1;
inline constexpr int Usage = 2;
inline constexpr int SomeFailed = 3;
} // namespace ExitCode

struct CliContext
{
    QString catalogOption; // --catalog, possibly empty
    QByteArrayList rawArguments; // argv as the system gave it (file names need not be UTF-8)
};

struct CliCommand
{
    const char *name;
    const char *arguments; // usage synopsis after the name
    const char *summary;
    int (*run)(const CliContext &context, const QStringList &arguments);
};

const QList<CliCommand> &cliCommands();

// Prints "reelatlas-cli: <message>" to stderr.
void printError(const QString &message);
