// reelatlas-cli: the command line of ReelAtlas (spec/cli.md).

#include "commands.h"
#include "translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>

#include <cerrno>
#include <cstdio>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

void printUsage(FILE *out)
{
    std::fprintf(out, "%s\n\n%s\n",
                 qUtf8Printable(Cli::tr("usage: reelatlas-cli [--catalog PATH] COMMAND [ARGS]")),
                 qUtf8Printable(Cli::tr("commands:")));
    for (const CliCommand &command : cliCommands())
        std::fprintf(out, "  %-12s %s\n", command.name, qUtf8Printable(Cli::tr(command.summary)));
    std::fprintf(out, "\n%s\n",
                 qUtf8Printable(Cli::tr(
                     "The catalog is --catalog PATH, else $REELATLAS_CATALOG, else the default catalog "
                     "in your data folder. \"reelatlas-cli COMMAND --help\" tells more.")));
}

} // namespace

int main(int argc, char *argv[])
{
    QByteArrayList rawArguments;
    for (int i = 1; i < argc; ++i)
        rawArguments.append(QByteArray(argv[i]));

    // The scout package draws text and maps: it needs a GUI application, without a display.
    bool drawing = false;
    for (int i = 1; i < argc && !drawing; ++i)
        drawing = qstrcmp(argv[i], "package") == 0;
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (drawing && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // What Qt would fall back to, without its warning on a server or in a night job.
        // Only a folder that is ours alone: another user could have made it first.
        const QByteArray runtime = "/tmp/runtime-" + QByteArray::number(::getuid());
        struct stat info
        {
        };
        if ((::mkdir(runtime.constData(), 0700) == 0 || errno == EEXIST)
            && ::lstat(runtime.constData(), &info) == 0 && S_ISDIR(info.st_mode) && info.st_uid == ::getuid()
            && (info.st_mode & 0777) == 0700)
            qputenv("XDG_RUNTIME_DIR", runtime);
    }
    std::unique_ptr<QCoreApplication> application = drawing ? std::make_unique<QGuiApplication>(argc, argv)
                                                            : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(u"ReelAtlas"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(REELATLAS_VERSION));
    Translations::install(QLocale());

    // Global options come before the command: [--catalog PATH] COMMAND [ARGS].
    CliContext context;
    context.rawArguments = rawArguments;
    QStringList arguments = app.arguments().mid(1);
    while (!arguments.isEmpty() && arguments.first().startsWith(u'-')) {
        const QString option = arguments.takeFirst();
        if (option == "--help"_L1 || option == "-h"_L1) {
            printUsage(stdout);
            return ExitCode::Ok;
        }
        if (option == "--version"_L1) {
            std::printf("reelatlas-cli %s\n", REELATLAS_VERSION);
            return ExitCode::Ok;
        }
        if (option == "--catalog"_L1 && !arguments.isEmpty()) {
            context.catalogOption = arguments.takeFirst();
        } else if (option.startsWith("--catalog="_L1)) {
            context.catalogOption = option.mid(10);
        } else {
            printError(Cli::tr("unknown option %1").arg(option));
            printUsage(stderr);
            return ExitCode::Usage;
        }
    }
    if (arguments.isEmpty()) {
        printError(Cli::tr("no command given"));
        printUsage(stderr);
        return ExitCode::Usage;
    }
    const QString name = arguments.takeFirst();
    for (const CliCommand &command : cliCommands()) {
        if (name == QLatin1StringView(command.name))
            return command.run(context, arguments);
    }
    printError(Cli::tr("unknown command \"%1\"").arg(name));
    printUsage(stderr);
    return ExitCode::Usage;
}
