#pragma once

// What the commands of reelatlas-cli share: messages, usage errors, a parser for each command's
// (or subcommand's) own arguments, commands made of subcommands, opening the catalog, naming a
// record or an asset, and writing data to stdout or a file.

#include "commands.h"
#include "recordschema.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonValue>
#include <QSaveFile>

#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

class CatalogSession;

// Prints a message for people to stderr.
void printInfo(const QString &message);
// Prints `message` to stderr; returns ExitCode::Fatal.
int fatalError(const QString &message);
bool writeAll(FILE *out, const QByteArray &bytes);
// A JSON array or object as reelatlas-cli prints it: indented.
QByteArray jsonText(const QJsonValue &value);
// --json: "Print JSON on stdout."
QCommandLineOption jsonOption();

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

// One subcommand of a command (the "list" of "locations list"): its name and what runs it with
// the arguments after the name.
struct Subcommand
{
    QString name;
    std::function<int(const QStringList &arguments)> run;
};
// Runs the subcommand that `arguments` start with. With none, prints `missing` and `help` to
// stderr (ExitCode::Usage); with --help or -h, `help` to stdout (ExitCode::Ok); with an unknown
// one, says so and prints `help` to stderr (ExitCode::Usage).
int runSubcommand(const QString &command, const QList<Subcommand> &subcommands, const QStringList &arguments,
                  const QString &missing, const QString &help);

// What the subcommands of one command share: the context, and the catalog once one of them has
// opened it.
class CatalogCommand
{
public:
    explicit CatalogCommand(const CliContext &context)
        : m_context(context)
    {
    }

protected:
    // Opens the catalog of `line` (its --catalog, else the one before the command); prints the
    // reason and returns false otherwise.
    bool open(const CommandLine &line, bool create = false)
    {
        return openCatalog(line.catalogFolder(m_context), m_session, create);
    }

    const CliContext &m_context;
    std::unique_ptr<CatalogSession> m_session;
};

// An id as written on the command line: "12" or "#12".
std::optional<qint64> idNumber(const QString &text);
// A record of `kind` named by id or code ("12", "#12", "QD-0001"); prints why not.
std::optional<qint64> recordNamed(CatalogSession &session, RecordKind kind, const QString &text);
// A clip or photo of the catalog named by id ("12", "#12"); prints why not.
std::optional<qint64> assetNamed(CatalogSession &session, const QString &text);

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
