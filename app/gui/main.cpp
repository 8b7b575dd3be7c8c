// reelatlas: the ReelAtlas desktop app.
//
//   reelatlas [--catalog PATH] [--lang zh_CN|en] [FOLDER...]
//
// Opens the catalog (--catalog, else $REELATLAS_CATALOG, else the default catalog of the
// settings) and imports the folders given.

#include "appsettings.h"
#include "catalog.h"
#include "mainwindow.h"
#include "passwordkeeper.h"
#include "scanner.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QProcess>
#include <QStatusBar>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

void openWindow(std::unique_ptr<MainWindow> &window, const QString &folder);

// Opens `folder` in a new main window that replaces `window` (File > New / Open / Recent); a
// server's address without a password first takes the one the desktop keyring keeps for it, when
// the server asks for one (a login it trusts never hears of the keyring).
void openCatalog(std::unique_ptr<MainWindow> &window, const QString &folder,
                 const QByteArrayList &imports = {})
{
    PasswordKeeper::recall(folder, qApp, [&window, imports](const QString &address, const QString &note) {
        openWindow(window, address);
        if (!note.isEmpty())
            window->statusBar()->showMessage(
                QApplication::translate("main",
                                        "The desktop keyring could not be asked for this catalog's "
                                        "password: %1")
                    .arg(note),
                15'000);
        if (!imports.isEmpty())
            window->importPaths(imports);
    });
}

void openWindow(std::unique_ptr<MainWindow> &window, const QString &folder)
{
    auto next = std::make_unique<MainWindow>(folder);
    QObject::connect(next.get(), &MainWindow::catalogRequested, next.get(), [&window](const QString &other) {
        // Replace the window once the event that asked for it is over.
        QMetaObject::invokeMethod(
            qApp, [&window, other] { openCatalog(window, other); }, Qt::QueuedConnection);
    });
    if (window) {
        next->show(); // first, or closing the last window would end the app
        window->close();
        window = std::move(next);
    } else {
        window = std::move(next);
        window->show();
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"ReelAtlas"_s);
    QApplication::setApplicationName(u"ReelAtlas"_s);
    QApplication::setApplicationDisplayName(u"ReelAtlas"_s);
    QApplication::setApplicationVersion(QStringLiteral(REELATLAS_VERSION));
    QApplication::setDesktopFileName(u"reelatlas"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/reelatlas.svg"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "ReelAtlas media-asset library"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption catalogOption(u"catalog"_s,
                                           QApplication::translate("main", "The catalog folder."), u"PATH"_s);
    const QCommandLineOption langOption(
        u"lang"_s, QApplication::translate("main", "Interface language (zh_CN or en)."), u"LANG"_s);
    parser.addOptions({ catalogOption, langOption });
    parser.addPositionalArgument(u"FOLDER"_s, QApplication::translate("main", "Folders to import."),
                                 u"[FOLDER...]"_s);
    parser.process(app);

    // Simplified Chinese and English ship together: --lang, else the settings, else the system.
    const AppSettings settings;
    const QString language = parser.isSet(langOption) ? parser.value(langOption) : settings.language();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    Translations::install(locale);

    QString folder = parser.value(catalogOption);
    if (folder.isEmpty() && qEnvironmentVariableIsEmpty("REELATLAS_CATALOG"))
        folder = settings.defaultCatalog();
    std::unique_ptr<MainWindow> window;
    // The folders' own bytes: Qt decodes argv lossily where a name is not UTF-8.
    const QByteArrayList argvBytes(argv + 1, argv + argc);
    QByteArrayList paths;
    for (const QString &argument : parser.positionalArguments())
        paths.append(Scanner::rawArgument(argument, argvBytes));
    openCatalog(window, Catalog::resolveFolder(folder), paths);
    const int code = QApplication::exec();
    // (A server's address without its password: not on a command line others can read.)
    const QString shown = window ? Catalog::displayName(window->catalogFolder()) : QString();
    window.reset();
    if (code == 42) { // the language changed in the settings: start again, on the same catalog
        QStringList args { u"--catalog"_s, shown };
        QProcess::startDetached(QApplication::applicationFilePath(), args);
        return 0;
    }
    return code;
}
