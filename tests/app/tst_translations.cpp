// Simplified Chinese and English ship together: every string the code marks for translation has
// its Chinese translation, the compiled catalogs load, and they translate.

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
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
