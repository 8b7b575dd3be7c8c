#include "cliutil.h"

#include "assetstore.h"
#include "catalog.h"
#include "recordstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstring>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const CliCommand &commandNamed(const char *name)
{
    for (const CliCommand &command : cliCommands()) {
        if (qstrcmp(command.name, name) == 0)
            return command;
    }
    Q_UNREACHABLE();
}

void printUsageLine(FILE *out, const QString &name, const QString &synopsis)
{
    std::fprintf(out, "%s\n",
                 qUtf8Printable(Cli::tr("usage: reelatlas-cli [--catalog PATH] %1 %2").arg(name, synopsis)));
}

} // namespace

void printInfo(const QString &message)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(message));
}

int fatalError(const QString &message)
{
    printError(message);
    return ExitCode::Fatal;
}

bool writeAll(FILE *out, const QByteArray &bytes)
{
    return std::fwrite(bytes.constData(), 1, size_t(bytes.size()), out) == size_t(bytes.size());
}

QByteArray jsonText(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return document.toJson(QJsonDocument::Indented);
}

QCommandLineOption jsonOption()
{
    return { u"json"_s, Cli::tr("Print JSON on stdout.") };
}

int usageError(const char *command, const QString &reason)
{
    const CliCommand &cmd = commandNamed(command);
    printError(reason);
    printUsageLine(stderr, QLatin1StringView(cmd.name), QLatin1StringView(cmd.arguments));
    return ExitCode::Usage;
}

CommandLine::CommandLine(const char *command, const QList<QCommandLineOption> &options)
    : CommandLine(QLatin1StringView(commandNamed(command).name),
                  QLatin1StringView(commandNamed(command).arguments), Cli::tr(commandNamed(command).summary),
                  options)
{
}

CommandLine::CommandLine(QString name, QString synopsis, QString summary,
                         const QList<QCommandLineOption> &options)
    : m_name(std::move(name))
    , m_synopsis(std::move(synopsis))
    , m_summary(std::move(summary))
    , m_catalog(u"catalog"_s, Cli::tr("The catalog folder."), u"PATH"_s)
    , m_help({ u"h"_s, u"help"_s }, Cli::tr("Show this help."))
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions(options);
    m_parser.addOption(m_catalog);
    m_parser.addOption(m_help);
    m_options = options + QList<QCommandLineOption> { m_catalog, m_help };
}

int CommandLine::parse(const QStringList &given)
{
    QStringList arguments = given;
    if (m_dashedWordsPositional) {
        // Options (and their values) first, then "--" and every other argument in its order.
        const auto optionNamed = [this](const QString &name) -> const QCommandLineOption * {
            for (const QCommandLineOption &option : m_options) {
                if (option.names().contains(name))
                    return &option;
            }
            return nullptr;
        };
        QStringList options, positional;
        for (qsizetype i = 0; i < given.size(); ++i) {
            const QString &argument = given[i];
            if (argument == "--"_L1) {
                positional += given.mid(i + 1);
                break;
            }
            const QString name = argument.mid(argument.startsWith("--"_L1) ? 2 : 1).section(u'=', 0, 0);
            const QCommandLineOption *option =
                argument.startsWith(u'-') && argument.size() > 1 ? optionNamed(name) : nullptr;
            if (!option && argument.startsWith("--"_L1)) {
                options.append(argument); // a mistyped option is named as one
                continue;
            }
            if (!option) {
                positional.append(argument);
                continue;
            }
            options.append(argument);
            if (!option->valueName().isEmpty() && !argument.contains(u'=') && i + 1 < given.size())
                options.append(given[++i]);
        }
        arguments = options + QStringList { u"--"_s } + positional;
    }
    if (!m_parser.parse(QStringList { m_name } + arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(m_help)) {
        printUsageLine(stdout, m_name, m_synopsis);
        std::printf("\n%s\n", qUtf8Printable(m_summary));
        // Qt's own help, without its first "Usage:" line.
        const QString options = m_parser.helpText();
        const qsizetype start = options.indexOf("\n\n"_L1);
        if (start >= 0)
            std::printf("%s", qUtf8Printable(options.mid(start)));
        return ExitCode::Ok;
    }
    return -1;
}

int CommandLine::usageError(const QString &reason) const
{
    printError(reason);
    printUsageLine(stderr, m_name, m_synopsis);
    return ExitCode::Usage;
}

QString CommandLine::catalogFolder(const CliContext &context) const
{
    return Catalog::resolveFolder(m_parser.isSet(m_catalog) ? m_parser.value(m_catalog)
                                                            : context.catalogOption);
}

bool openCatalog(const QString &folder, std::unique_ptr<CatalogSession> &session, bool create)
{
    QString error;
    if (!Catalog::prepare(folder, create ? Catalog::OpenMode::Create : Catalog::OpenMode::MustExist, error)) {
        printError(error);
        return false;
    }
    session = std::make_unique<CatalogSession>(folder);
    if (!session->isOpen()) {
        printError(session->error());
        return false;
    }
    return true;
}

int runSubcommand(const QString &command, const QList<Subcommand> &subcommands, const QStringList &arguments,
                  const QString &missing, const QString &help)
{
    if (arguments.isEmpty() || arguments.first() == "--help"_L1 || arguments.first() == "-h"_L1) {
        if (arguments.isEmpty())
            printError(missing);
        std::fprintf(arguments.isEmpty() ? stderr : stdout, "%s\n", qUtf8Printable(help));
        return arguments.isEmpty() ? ExitCode::Usage : ExitCode::Ok;
    }
    const QString &name = arguments.first();
    for (const Subcommand &subcommand : subcommands) {
        if (subcommand.name == name)
            return subcommand.run(arguments.mid(1));
    }
    printError(Cli::tr("%1: unknown subcommand \"%2\"").arg(command, name));
    std::fprintf(stderr, "%s\n", qUtf8Printable(help));
    return ExitCode::Usage;
}

std::optional<qint64> idNumber(const QString &text)
{
    bool ok = false;
    const qint64 id = QString(text).remove(u'#').toLongLong(&ok);
    return ok ? std::optional(id) : std::nullopt;
}

std::optional<qint64> recordNamed(CatalogSession &session, RecordKind kind, const QString &text)
{
    const RecordStore store(session.db());
    auto id = store.idFor(kind, text);
    if (!id && !text.startsWith(u'#'))
        id = store.idFor(kind, u"#"_s + text);
    if (!id)
        printError(Cli::tr("there is no %1 \"%2\" in the catalog").arg(RecordSchema::kindName(kind), text));
    return id;
}

std::optional<qint64> assetNamed(CatalogSession &session, const QString &text)
{
    const auto id = idNumber(text);
    if (id && AssetStore(session.db()).contains(*id))
        return id;
    printError(Cli::tr("there is no asset with id %1 in the catalog").arg(text));
    return std::nullopt;
}

bool Output::open(const QString &path)
{
    if (path.isEmpty())
        return true;
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        printError(Cli::tr("cannot write %1: %2").arg(path, m_file->errorString()));
        m_file.reset();
        return false;
    }
    return true;
}

bool Output::write(const QByteArray &bytes)
{
    if (m_file)
        m_ok = m_ok && m_file->write(bytes) == bytes.size();
    else
        m_ok = m_ok && writeAll(stdout, bytes);
    return m_ok;
}

bool Output::finish()
{
    if (!m_file) {
        m_ok = std::fflush(stdout) == 0 && m_ok;
        if (!m_ok)
            printError(
                Cli::tr("cannot write the output: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        return m_ok;
    }
    if (!m_ok)
        m_file->cancelWriting();
    const bool committed = m_file->commit() && m_ok;
    if (!committed)
        printError(Cli::tr("cannot write %1: %2 (the file there before is unchanged)")
                       .arg(m_file->fileName(), m_file->errorString()));
    m_file.reset();
    return committed;
}

void Output::abandon()
{
    if (m_file)
        m_file->cancelWriting();
    m_file.reset(); // QSaveFile removes what it wrote
}
