// Simplified Chinese and English ship together: every string the code marks for translation has
// its Chinese translation, every string with plural forms (%n) its two English forms, the
// compiled catalogs load, and they translate.
//
// The .ts files are the only source of the translations (edited with Qt Linguist or by hand);
// scripts/update-translations.sh only adds and removes entries. These tests read the .ts files
// and compare them with what lupdate extracts from the code now.

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QMap>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete", or empty when translated
    QStringList forms; // the numerus forms, or the one translation
};

struct Catalog
{
    QMap<QString, Message> messages; // by "context | source" (and " | comment" when disambiguated)
    int locations = 0; // <location> elements: file names and line numbers
    QString error;
};

Catalog read(const QString &path)
{
    Catalog catalog;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalog.error = path + u": "_s + file.errorString();
        return catalog;
    }
    QXmlStreamReader xml(&file);
    QString context, source, comment;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == "name"_L1) {
                context = xml.readElementText();
            } else if (name == "message"_L1) {
                message = Message();
                message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
                source.clear();
                comment.clear();
            } else if (name == "location"_L1) {
                ++catalog.locations;
            } else if (name == "source"_L1) {
                source = xml.readElementText();
            } else if (name == "comment"_L1) {
                comment = xml.readElementText();
            } else if (name == "translation"_L1) {
                message.type = xml.attributes().value("type"_L1).toString();
                if (!message.numerus)
                    message.forms = { xml.readElementText(QXmlStreamReader::IncludeChildElements) };
            } else if (name == "numerusform"_L1) {
                message.forms.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            catalog.messages.insert(
                context + u" | "_s + source + (comment.isEmpty() ? QString() : u" | "_s + comment), message);
        }
    }
    if (xml.hasError())
        catalog.error = path + u": "_s + xml.errorString();
    return catalog;
}

// What lupdate finds in the code now, with the options scripts/update-translations.sh gives it.
Catalog extract(const QStringList &options = {})
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"code.ts"_s);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(REELATLAS_SOURCE_DIR));
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(REELATLAS_LUPDATE),
                  QStringList { u"-no-obsolete"_s, u"-locations"_s, u"none"_s } + options
                      + QStringList { u"-extensions"_s, u"cpp,h"_s, u"app"_s, u"media"_s, u"database"_s,
                                      u"core"_s, u"widgets"_s, u"-ts"_s, path });
    if (!lupdate.waitForFinished(120'000) || lupdate.exitStatus() != QProcess::NormalExit
        || lupdate.exitCode() != 0) {
        Catalog failed;
        failed.error = u"lupdate failed: "_s + QString::fromLocal8Bit(lupdate.readAll());
        return failed;
    }
    return read(path);
}

const QString kChinese = QStringLiteral(REELATLAS_TS_DIR "/reelatlas_zh_CN.ts");
const QString kEnglish = QStringLiteral(REELATLAS_TS_DIR "/reelatlas_en.ts");

QString listed(QStringList keys)
{
    keys.sort();
    return keys.join(u'\n');
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Translated, not left unfinished or empty (Chinese has one plural form).
    void everyStringIsTranslated()
    {
        const Catalog chinese = read(kChinese);
        QVERIFY2(chinese.error.isEmpty(), qPrintable(chinese.error));
        QVERIFY(chinese.messages.size() > 100);
        QStringList untranslated;
        for (auto it = chinese.messages.cbegin(); it != chinese.messages.cend(); ++it) {
            const Message &message = it.value();
            const bool filled = message.forms.size() == 1 && !message.forms.constFirst().trimmed().isEmpty();
            if (!message.type.isEmpty() || !filled)
                untranslated.append(it.key()
                                    + (message.type.isEmpty() ? QString() : u" ("_s + message.type + u')'));
        }
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(u"untranslated in reelatlas_zh_CN.ts (translate with Qt Linguist):\n"_s
                            + listed(untranslated)));
    }

    // A string added to the code without running scripts/update-translations.sh would pass the test
    // above unseen: extract the code's strings afresh and compare.
    void everyStringOfTheCodeIsInTheCatalog()
    {
        const Catalog code = extract();
        QVERIFY2(code.error.isEmpty(), qPrintable(code.error));
        QVERIFY(code.messages.size() > 100);
        const Catalog chinese = read(kChinese);
        QVERIFY2(chinese.error.isEmpty(), qPrintable(chinese.error));
        QStringList missing, pluralChanged;
        for (auto it = code.messages.cbegin(); it != code.messages.cend(); ++it) {
            const auto found = chinese.messages.constFind(it.key());
            if (found == chinese.messages.cend())
                missing.append(it.key());
            else if (found->numerus != it->numerus)
                pluralChanged.append(it.key());
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"not in the translations (run scripts/update-translations.sh):\n"_s
                            + listed(missing)));
        QVERIFY2(pluralChanged.isEmpty(),
                 qPrintable(u"plural forms (%n) gained or lost since the translation "
                            "(run scripts/update-translations.sh):\n"_s
                            + listed(pluralChanged)));
    }

    // English is the source language: its catalog holds exactly the code's messages with plural
    // forms, each with its singular and plural filled in ("%n file", "%n files").
    void englishCatalogHoldsThePluralFormsOfTheCode()
    {
        const Catalog code = extract({ u"-pluralonly"_s });
        QVERIFY2(code.error.isEmpty(), qPrintable(code.error));
        QVERIFY(code.messages.size() > 10);
        const Catalog english = read(kEnglish);
        QVERIFY2(english.error.isEmpty(), qPrintable(english.error));
        const QSet<QString> inCode(code.messages.keyBegin(), code.messages.keyEnd());
        const QSet<QString> inCatalog(english.messages.keyBegin(), english.messages.keyEnd());
        QVERIFY2((inCode - inCatalog).isEmpty(),
                 qPrintable(u"plural forms not in reelatlas_en.ts (run scripts/update-translations.sh):\n"_s
                            + listed((inCode - inCatalog).values())));
        QVERIFY2((inCatalog - inCode).isEmpty(),
                 qPrintable(u"in reelatlas_en.ts but not a plural message of the code "
                            "(run scripts/update-translations.sh):\n"_s
                            + listed((inCatalog - inCode).values())));
        QStringList unfilled;
        for (auto it = english.messages.cbegin(); it != english.messages.cend(); ++it) {
            const Message &message = it.value();
            const bool filled = message.numerus && message.forms.size() == 2
                && !message.forms.at(0).trimmed().isEmpty() && !message.forms.at(1).trimmed().isEmpty();
            if (!message.type.isEmpty() || !filled)
                unfilled.append(it.key());
        }
        QVERIFY2(unfilled.isEmpty(),
                 qPrintable(u"English plural forms not filled in (translate with Qt Linguist):\n"_s
                            + listed(unfilled)));
    }

    // No file names and line numbers: a line moved in the code changes nothing in the .ts files,
    // and the diff of a translation edit shows only that edit.
    void catalogsCarryNoLocations()
    {
        for (const QString &path : { kChinese, kEnglish }) {
            const Catalog catalog = read(path);
            QVERIFY2(catalog.error.isEmpty(), qPrintable(catalog.error));
            QVERIFY2(catalog.locations == 0,
                     qPrintable(path
                                + u" has %1 source locations (run scripts/update-translations.sh, "
                                  "which gives lupdate -locations none)"_s.arg(catalog.locations)));
        }
    }

    void compiledCatalogsTranslate()
    {
        QTranslator chinese;
        QVERIFY(chinese.load(QLocale(QLocale::Chinese, QLocale::China), u"reelatlas"_s, u"_"_s, u":/i18n"_s));
        QCOMPARE(chinese.translate("VideoAnalyzer", "no video stream in the file"), u"文件中没有视频流"_s);
        QCOMPARE(chinese.translate("LibraryPage", "%n clip(s) and photo(s)", nullptr, 3),
                 u"%Ln 个片段和照片"_s);
        QTranslator english;
        QVERIFY(english.load(QLocale(QLocale::English, QLocale::UnitedStates), u"reelatlas"_s, u"_"_s,
                             u":/i18n"_s));
        QCOMPARE(english.translate("LibraryPage", "%n clip(s) and photo(s)", nullptr, 1),
                 u"%Ln clip or photo"_s);
        QCOMPARE(english.translate("LibraryPage", "%n clip(s) and photo(s)", nullptr, 5),
                 u"%Ln clips and photos"_s);
        // The library's count in the locale's digits: a million has its separators.
        const QLocale before;
        const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QCoreApplication::installTranslator(&chinese);
        QCOMPARE(QCoreApplication::translate("LibraryPage", "%n clip(s) and photo(s)", nullptr, 1'000'001),
                 u"1,000,001 个片段和照片"_s);
        QCoreApplication::removeTranslator(&chinese);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCoreApplication::installTranslator(&english);
        QCOMPARE(QCoreApplication::translate("LibraryPage", "%n clip(s) and photo(s)", nullptr, 100'000),
                 u"100,000 clips and photos"_s);
        QCoreApplication::removeTranslator(&english);
        // Everything else in English is the source text itself.
        QVERIFY(english.translate("VideoAnalyzer", "no video stream in the file").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
