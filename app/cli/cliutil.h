#pragma once

// What the commands of reelatlas-cli share: messages, usage errors, a parser for each command's
// (or subcommand's) own arguments, opening the catalog, and writing data to stdout or a file.

#include "commands.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>

#include <cstdio>
#include <memory>

class CatalogSession;

// Prints a message for people to stderr.
void printInfo(const QString &message);
bool writeAll(FILE *out, const QByteArray &bytes);

// Prints the reason and the usage of `command` (a name of cliCommands()); returns ExitCode::Usage.
int usageError(const char *command, const QString &reason);

// Parses a command's own arguments. Every command also accepts --catalog and --help after its
// name. A subcommand ("locations near") gives its own synopsis and summary.
class CommandLine
{
public:
    CommandLine(const char *command, const QList<QCommandLineOption> &options);
    CommandLine(QString name, QString synopsis, QString summary, const QList<QCommandLineOption> &options);

    // Returns -1 when parsed, else an exit status to return (help printed: 0; bad options: 2).
    int parse(const QStringList &arguments);
    // Arguments that begin with one "-" but name none of the options are positional: a query's
    // excluded words and filters (search 海边 -雨 -tag:夜), without a "--" before them.
    void setDashedWordsPositional() { m_dashedWordsPositional = true; }
    // Prints the reason and this command's usage; returns ExitCode::Usage.
    int usageError(const QString &reason) const;

    const QCommandLineParser &parser() const { return m_parser; }
    QStringList positional() const { return m_parser.positionalArguments(); }
    QString catalogFolder(const CliContext &context) const;

private:
    QString m_name;
    QString m_synopsis;
    QString m_summary;
    QCommandLineParser m_parser;
    QCommandLineOption m_catalog;
    QCommandLineOption m_help;
    QList<QCommandLineOption> m_options;
    bool m_dashedWordsPositional = false;
};

// Opens an existing catalog (a writing command with `create` makes it); prints the reason and
// returns false otherwise.
bool openCatalog(const QString &folder, std::unique_ptr<CatalogSession> &session, bool create = false);
inline bool openExisting(const QString &folder, std::unique_ptr<CatalogSession> &session)
{
    return openCatalog(folder, session, false);
}

// Where data goes: stdout, or the file of --out.
// Where a command's data goes: stdout, or a file (--out) that is written beside its place and
// put there only when everything was written, so that a failure (disk full, a catalog that
// cannot be read, Ctrl-C) leaves the file that was there before, never half of a new one.
class Output
{
public:
    // False with the reason printed when the file cannot be written.
    bool open(const QString &path);
    bool write(const QByteArray &bytes);
    // Puts the file in place (or flushes stdout); false with the reason printed when anything
    // could not be written.
    bool finish();
    // Leaves the old file as it was (a command that failed after open()).
    void abandon();

private:
    std::unique_ptr<QSaveFile> m_file;
    bool m_ok = true;
};
