// reelatlas: the ReelAtlas desktop app.
//
//   reelatlas [--catalog PATH] [--lang zh_CN|en] [FOLDER...]
//
// Opens the catalog (--catalog, else $REELATLAS_CATALOG, else the default catalog) and imports
// the folders given.

#include "catalog.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"ReelAtlas"_s);
    QApplication::setApplicationDisplayName(u"ReelAtlas"_s);
    QApplication::setApplicationVersion(QStringLiteral(REELATLAS_VERSION));
    QApplication::setDesktopFileName(u"reelatlas"_s);

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

    // Simplified Chinese and English ship together; the system language chooses unless --lang.
    const QLocale locale = parser.isSet(langOption) ? QLocale(parser.value(langOption)) : QLocale::system();
    QLocale::setDefault(locale);
    Translations::install(locale);

    MainWindow window(Catalog::resolveFolder(parser.value(catalogOption)));
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.importPaths(parser.positionalArguments());
    return QApplication::exec();
}
