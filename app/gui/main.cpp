// reelatlas: the ReelAtlas desktop app.
//
//   reelatlas [--catalog PATH] [--lang zh_CN|en] [FOLDER...]
//
// Opens the catalog (--catalog, else $REELATLAS_CATALOG, else the default catalog) and imports
// the folders given.

#include "catalog.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

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
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(locale, u"reelatlas"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);

    MainWindow window(Catalog::resolveFolder(parser.value(catalogOption)));
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.importPaths(parser.positionalArguments());
    return QApplication::exec();
}
