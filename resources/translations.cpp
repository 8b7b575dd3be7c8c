#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Translations {

void install(const QLocale &locale)
{
    // Owned by the application: they must live as long as it does.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(QCoreApplication::instance());
    // English for every language without its own translation (and the C locale of servers):
    // the English catalog holds the plural forms ("1 clip", "3 clips").
    if (own->load(locale, u"reelatlas"_s, u"_"_s, u":/i18n"_s) || own->load(u":/i18n/reelatlas_en.qm"_s))
        QCoreApplication::installTranslator(own);
}

} // namespace Translations
