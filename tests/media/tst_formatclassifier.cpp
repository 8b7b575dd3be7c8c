#include "formatclassifier.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestFormatClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInRulesLoad()
    {
        const FormatClassifier &classifier = FormatClassifier::builtIn();
        QVERIFY(classifier.rules().size() >= 5);
        for (const auto &rule : classifier.rules()) {
            QVERIFY(!rule.name.zh.isEmpty());
            QVERIFY(!rule.name.en.isEmpty());
        }
    }

    void classify_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<double>("fps");
        QTest::addColumn<int>("bits");
        QTest::addColumn<QString>("primaries");
        QTest::addColumn<QString>("transfer");
        QTest::addColumn<QString>("expected"); // id, or "" for none

        QTest::newRow("1080p25") << 1920 << 1080 << 25.0 << 8 << ""
                                 << ""
                                 << "full-hd";
        QTest::newRow("1080p23.976 counts as 24") << 1920 << 1080 << 23.976 << 8 << ""
                                                  << ""
                                                  << "full-hd";
        QTest::newRow("portrait phone") << 1080 << 1920 << 30.0 << 8 << ""
                                        << ""
                                        << "full-hd";
        QTest::newRow("4K HDR10 50p") << 3840 << 2160 << 50.0 << 10 << "bt2020"
                                      << "smpte2084"
                                      << "4k-uhd";
        QTest::newRow("4K HLG 59.94") << 3840 << 2160 << 59.94 << 10 << "bt2020"
                                      << "arib-std-b67"
                                      << "4k-uhd";
        QTest::newRow("4K HDR10 25p is plain 4K") << 3840 << 2160 << 25.0 << 10 << "bt2020"
                                                  << "smpte2084"
                                                  << "4k";
        QTest::newRow("4K SDR 8-bit 50p") << 3840 << 2160 << 50.0 << 8 << "bt709"
                                          << "bt709"
                                          << "4k";
        QTest::newRow("DCI 4K") << 4096 << 2160 << 24.0 << 10 << ""
                                << ""
                                << "4k";
        QTest::newRow("portrait 4K") << 2160 << 3840 << 30.0 << 8 << ""
                                     << ""
                                     << "4k";
        QTest::newRow("8K") << 7680 << 4320 << 25.0 << 10 << ""
                            << ""
                            << "8k";
        QTest::newRow("DCI 2K") << 2048 << 1080 << 24.0 << 8 << ""
                                << ""
                                << "2k";
        QTest::newRow("720p") << 1280 << 720 << 50.0 << 8 << ""
                              << ""
                              << "hd";
        QTest::newRow("HDV anamorphic") << 1440 << 1080 << 25.0 << 8 << ""
                                        << ""
                                        << "hd";
        QTest::newRow("PAL SD") << 720 << 576 << 25.0 << 8 << ""
                                << ""
                                << "sd";
        QTest::newRow("1080p at 15 fps") << 1920 << 1080 << 15.0 << 8 << ""
                                         << ""
                                         << "hd";
    }

    void classify()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(double, fps);
        QFETCH(int, bits);
        QFETCH(QString, primaries);
        QFETCH(QString, transfer);
        QFETCH(QString, expected);
        MediaFacts facts;
        facts.kind = MediaKind::Video;
        facts.width = width;
        facts.height = height;
        facts.fps = fps;
        facts.bitDepth = bits;
        facts.colorPrimaries = primaries;
        facts.colorTransfer = transfer;
        const auto result = FormatClassifier::builtIn().classify(facts);
        QVERIFY(result.has_value());
        QCOMPARE(result->id, expected);
    }

    void photosAndUnknownSizesHaveNoClass()
    {
        MediaFacts photo;
        photo.kind = MediaKind::Photo;
        photo.width = 4000;
        photo.height = 3000;
        QVERIFY(!FormatClassifier::builtIn().classify(photo));
        MediaFacts sizeless;
        QVERIFY(!FormatClassifier::builtIn().classify(sizeless));
    }

    void rulesFileErrors()
    {
        QString error;
        QVERIFY(!FormatClassifier::fromJson("{ not json", error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!FormatClassifier::fromJson(R"({"classes": []})", error));
        QVERIFY(!FormatClassifier::fromJson(R"({"classes": [{"id": "x", "zh": "", "en": "X"}]})", error));
        const auto custom = FormatClassifier::fromJson(
            R"({"classes": [{"id": "big", "zh": "大", "en": "Big", "min_long": 1000}]})", error);
        QVERIFY(custom);
        MediaFacts facts;
        facts.width = 1200;
        facts.height = 800;
        QCOMPARE(custom->classify(facts)->zh, u"大"_s);
        facts.width = 900;
        QVERIFY(!custom->classify(facts));
    }
};

QTEST_GUILESS_MAIN(TestFormatClassifier)
#include "tst_formatclassifier.moc"
