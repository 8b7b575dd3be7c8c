// Simplified Chinese and English ship together: every string the code marks for translation has
// its Chinese translation, the compiled catalogs load, and they translate.

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStringIsTranslated()
    {
        QFile file(QStringLiteral(REELATLAS_TS_DIR "/reelatlas_zh_CN.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString source;
        int messages = 0;
        QStringList unfinished;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == "source"_L1) {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == "translation"_L1) {
                const bool finished = xml.attributes().value("type"_L1).isEmpty();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!finished || text.trimmed().isEmpty())
                    unfinished.append(source);
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 100);
        QVERIFY2(unfinished.isEmpty(), qPrintable(u"untranslated:\n"_s + unfinished.join(u'\n')));
    }

    // A string added to the code without running scripts/update-translations.sh and the
    // translation table would pass the test above unseen: extract the code's strings afresh and
    // compare.
    void everyStringOfTheCodeIsInTheCatalog()
    {
        const auto messages = [](const QString &path) {
            QSet<QString> out;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return out;
            QXmlStreamReader xml(&file);
            QString context;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == "name"_L1)
                    context = xml.readElementText();
                else if (xml.isStartElement() && xml.name() == "source"_L1)
                    out.insert(context + u" | "_s + xml.readElementText());
            }
            return out;
        };
        QTemporaryDir dir;
        const QString fresh = dir.filePath(u"fresh_zh_CN.ts"_s);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(REELATLAS_SOURCE_DIR));
        lupdate.start(QStringLiteral(REELATLAS_LUPDATE),
                      { u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-extensions"_s, u"cpp,h"_s, u"app"_s,
                        u"media"_s, u"database"_s, u"widgets"_s, u"-ts"_s, fresh });
        QVERIFY(lupdate.waitForFinished(120'000));
        QCOMPARE(lupdate.exitCode(), 0);
        const QSet<QString> inCode = messages(fresh);
        const QSet<QString> inCatalog = messages(QStringLiteral(REELATLAS_TS_DIR "/reelatlas_zh_CN.ts"));
        QVERIFY(inCode.size() > 100);
        QStringList missing = (inCode - inCatalog).values();
        missing.sort();
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"not in the translations (run scripts/update-translations.sh):\n"_s
                            + missing.join(u'\n')));
    }

    void compiledCatalogsTranslate()
    {
        QTranslator chinese;
        QVERIFY(chinese.load(QLocale(QLocale::Chinese, QLocale::China), u"reelatlas"_s, u"_"_s, u":/i18n"_s));
        QCOMPARE(chinese.translate("VideoAnalyzer", "no video stream in the file"), u"文件中没有视频流"_s);
        QCOMPARE(chinese.translate("MainWindow", "%n clip(s) and photo(s)", nullptr, 3),
                 u"%n 个片段和照片"_s);
        QTranslator english;
        QVERIFY(english.load(QLocale(QLocale::English, QLocale::UnitedStates), u"reelatlas"_s, u"_"_s,
                             u":/i18n"_s));
        QCOMPARE(english.translate("MainWindow", "%n clip(s) and photo(s)", nullptr, 1),
                 u"%n clip or photo"_s);
        QCOMPARE(english.translate("MainWindow", "%n clip(s) and photo(s)", nullptr, 5),
                 u"%n clips and photos"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
