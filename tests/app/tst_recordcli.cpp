// The command line of the locations, facilities and experts collections, productions and scout
// packages, as a night job or a script uses it.

#include "backends.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::cli;

class TestRecordCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QString m_catalog = Backends::newCatalog(); // a folder, or a database on a server
    QString catalog() const { return m_catalog; }

    TestSupport::Result run(const QStringList &args)
    {
        return cli(QStringList { u"--catalog"_s, catalog() } + args);
    }

    QJsonDocument json(const QStringList &args)
    {
        const auto result = run(args);
        if (result.exitCode != 0)
            qWarning("%s", result.err.constData());
        return QJsonDocument::fromJson(result.out);
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return file.fileName();
    }

private Q_SLOTS:
    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no subcommand") << QStringList { u"locations"_s };
        QTest::newRow("unknown subcommand") << QStringList { u"locations"_s, u"frob"_s };
        QTest::newRow("experts have no map")
            << QStringList { u"experts"_s, u"near"_s, u"30,110"_s, u"--radius"_s, u"5"_s };
        QTest::newRow("near without radius") << QStringList { u"locations"_s, u"near"_s, u"30,110"_s };
        QTest::newRow("near bad radius")
            << QStringList { u"locations"_s, u"near"_s, u"30,110"_s, u"--radius"_s, u"far"_s };
        QTest::newRow("near bad datum")
            << QStringList { u"locations"_s, u"near"_s,    u"30,110"_s, u"--radius"_s,
                             u"5"_s,         u"--datum"_s, u"tokyo"_s };
        QTest::newRow("bad query") << QStringList { u"locations"_s, u"list"_s, u"--query"_s,
                                                    u"setting:attic"_s };
        QTest::newRow("add nothing") << QStringList { u"locations"_s, u"add"_s };
        QTest::newRow("add unknown field") << QStringList { u"locations"_s, u"add"_s, u"colour=red"_s };
        QTest::newRow("import two files")
            << QStringList { u"locations"_s, u"import"_s, u"a.csv"_s, u"b.csv"_s };
        QTest::newRow("export bad format")
            << QStringList { u"experts"_s, u"export"_s, u"--format"_s, u"xml"_s };
        QTest::newRow("package without out")
            << QStringList { u"package"_s, u"export"_s, u"--production"_s, u"1"_s };
        QTest::newRow("package bad lang")
            << QStringList { u"package"_s, u"export"_s, u"--production"_s, u"1"_s,
                             u"--out"_s,   u"x.pdf"_s,  u"--lang"_s,       u"fr"_s };
        QTest::newRow("production without title")
            << QStringList { u"productions"_s, u"add"_s, u"--producer"_s, u"x"_s };
    }
    void usage()
    {
        QFETCH(QStringList, args);
        const auto result = run(args);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("usage: reelatlas-cli"), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void addShowAndConfidentialFields()
    {
        auto result =
            run({ u"locations"_s, u"add"_s, u"name_zh=八大关"_s, u"code=QD-1"_s, u"category=年代场景"_s,
                  u"coordinates=36.0543, 120.3532"_s, u"fee=2000元/天"_s, u"contact.name=王经理"_s,
                  u"contact.phone=13800138000"_s, u"contact.confidential=no"_s, u"city=青岛市"_s });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), "1");
        // A mistake names the field and changes nothing.
        result = run({ u"locations"_s, u"add"_s, u"name_zh=坏"_s, u"contact.phone=12345678901234567"_s });
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains("12345678901234567"));
        QCOMPARE(json({ u"locations"_s, u"list"_s, u"--json"_s }).array().size(), 1);

        const QJsonObject shared = json({ u"locations"_s, u"show"_s, u"QD-1"_s, u"--json"_s }).object();
        QCOMPARE(shared.value("category"_L1).toString(), u"period"_s);
        QVERIFY(!shared.contains("fee"_L1));
        const QJsonObject everything =
            json({ u"locations"_s, u"show"_s, u"1"_s, u"--json"_s, u"--include-confidential"_s }).object();
        QCOMPARE(everything.value("fee"_L1).toString(), u"2000元/天"_s);
        // set changes only what it names.
        QCOMPARE(run({ u"locations"_s, u"set"_s, u"QD-1"_s, u"name_en=Badaguan"_s, u"fee="_s }).exitCode, 0);
        const QJsonObject changed =
            json({ u"locations"_s, u"show"_s, u"QD-1"_s, u"--json"_s, u"--include-confidential"_s }).object();
        QCOMPARE(changed.value("name_en"_L1).toString(), u"Badaguan"_s);
        QCOMPARE(changed.value("city"_L1).toString(), u"青岛市"_s);
        QVERIFY(!changed.contains("fee"_L1));
        QCOMPARE(run({ u"locations"_s, u"show"_s, u"QD-404"_s }).exitCode, 1);
    }

    void importPreviewsAndIsAllOrNothing()
    {
        // As Excel saves it in China: GB18030, Chinese headings.
        QStringEncoder gbk("GB18030");
        const QString good =
            write(u"good.csv"_s,
                  gbk.encode(u"编号,名称,类别,城市,纬度,经度,坐标系,电话\r\n"
                             "QD-2,石老人海水浴场,海岸风光,青岛,36.0975,120.4664,,\r\n"
                             "QD-3,崂山太清宫,地标景区,青岛,36.1421,120.6815,GCJ-02,0532-88886666\r\n"_s));
        const QString bad = write(
            u"bad.csv"_s, u"code,name_zh,lat,lon\r\nQD-4,好的,30,110\r\nQD-5,坏的,300,110\r\n"_s.toUtf8());
        auto result = run({ u"locations"_s, u"import"_s, bad });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("line 3") && result.err.contains("nothing was imported"),
                 result.err.constData());
        QCOMPARE(json({ u"locations"_s, u"list"_s, u"--json"_s }).array().size(), 1);

        result = run({ u"locations"_s, u"import"_s, good, u"--dry-run"_s, u"--json"_s });
        QCOMPARE(result.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(report.value("inserts"_L1).toInt(), 2);
        QCOMPARE(report.value("imported"_L1).toBool(), false);
        QCOMPARE(json({ u"locations"_s, u"list"_s, u"--json"_s }).array().size(), 1);

        QCOMPARE(run({ u"locations"_s, u"import"_s, good }).exitCode, 0);
        QCOMPARE(json({ u"locations"_s, u"list"_s, u"--json"_s }).array().size(), 3);
        // GCJ-02 coordinates were stored as WGS-84 (a few hundred metres away).
        const QJsonObject temple = json({ u"locations"_s, u"show"_s, u"QD-3"_s, u"--json"_s }).object();
        QVERIFY(std::abs(temple.value("lon"_L1).toDouble() - 120.6815) > 0.003);
        QVERIFY(std::abs(temple.value("lon"_L1).toDouble() - 120.6815) < 0.01);
        // Importing again updates by code.
        result = run({ u"locations"_s, u"import"_s, good });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.err.contains("0 new, 2 updated"));
    }

    void exportRoundTrips()
    {
        const QString csvPath = m_dir.filePath(u"export.csv"_s);
        QCOMPARE(
            run({ u"locations"_s, u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, csvPath, u"--bom"_s })
                .exitCode,
            0);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFid,code,name_zh"));
        QVERIFY(bytes.contains("石老人海水浴场"));
        QVERIFY(!bytes.contains("2000元")); // confidential
        // Into another catalog: the same records. Their public contacts are public there only
        // with consent (a new record's contacts are confidential).
        const QString other = Backends::newCatalog();
        auto imported = cli({ u"--catalog"_s, other, u"locations"_s, u"import"_s, csvPath });
        QCOMPARE(imported.exitCode, 1);
        QVERIFY2(imported.err.contains("would make public: the contact")
                     && imported.err.contains("--allow-public"),
                 imported.err.constData());
        QVERIFY(QJsonDocument::fromJson(
                    cli({ u"--catalog"_s, other, u"locations"_s, u"list"_s, u"--json"_s }).out)
                    .array()
                    .isEmpty());
        imported = cli({ u"--catalog"_s, other, u"locations"_s, u"import"_s, csvPath, u"--allow-public"_s });
        QCOMPARE(imported.exitCode, 0);
        const auto listed = cli({ u"--catalog"_s, other, u"locations"_s, u"list"_s, u"--json"_s });
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 3);
        const auto json = run({ u"locations"_s, u"export"_s, u"--query"_s, u"city:青岛 category:coast"_s });
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out).array().size(), 1);
    }

    void nearSearch()
    {
        // From Qingdao's film base: 八大关 3 km, 石老人 8 km, 太清宫 27 km.
        auto result =
            run({ u"locations"_s, u"near"_s, u"36.0671,120.3826"_s, u"--radius"_s, u"10"_s, u"--json"_s });
        QCOMPARE(result.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(result.out).array();
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0)[u"code"_s].toString(), u"QD-1"_s);
        QVERIFY(hits.at(0)[u"distance_km"_s].toDouble() < hits.at(1)[u"distance_km"_s].toDouble());
        QVERIFY(std::abs(hits.at(1)[u"distance_km"_s].toDouble() - 8.3) < 0.3);
        // Around another location, and with words.
        for (const auto &[words, count] : { std::pair { u"qqqq"_s, 0 }, std::pair { u"海水"_s, 1 },
                                            std::pair { u"tqg"_s, 1 }, std::pair { u"city:青岛"_s, 3 } }) {
            result = run({ u"locations"_s, u"near"_s, u"QD-1"_s, u"--radius"_s, u"40"_s, u"--query"_s, words,
                           u"--json"_s });
            QCOMPARE(result.exitCode, 0);
            QCOMPARE(QJsonDocument::fromJson(result.out).array().size(), count);
        }
        // A point copied from Baidu maps.
        result = run({ u"locations"_s, u"near"_s, u"36.0610,120.3647"_s, u"--datum"_s, u"bd09"_s,
                       u"--radius"_s, u"0.5"_s, u"--json"_s });
        QCOMPARE(QJsonDocument::fromJson(result.out).array().size(), 1);
    }

    void productionsAndPackage()
    {
        QCOMPARE(run({ u"experts"_s, u"add"_s, u"name_zh=张伟"_s, u"expertise=地方史"_s,
                       u"consent_to_publish=yes"_s, u"fee_range=保密费用"_s })
                     .exitCode,
                 0);
        QCOMPARE(run({ u"experts"_s, u"add"_s, u"name_en=Private Person"_s }).exitCode, 0);
        auto result = run({ u"productions"_s, u"add"_s, u"--title"_s, u"海风往事"_s, u"--producer"_s,
                            u"李制片"_s, u"--start"_s, u"2025/4/1"_s, u"--end"_s, u"2025-06-30"_s,
                            u"--base"_s, u"36.0671,120.3826"_s });
        QCOMPARE(result.exitCode, 0);
        const QString production = QString::fromUtf8(result.out.trimmed());
        QCOMPARE(run({ u"productions"_s, u"add"_s, u"--title"_s, u"x"_s, u"--start"_s, u"2025-05-01"_s,
                       u"--end"_s, u"2025-04-01"_s })
                     .exitCode,
                 1);
        QCOMPARE(
            run({ u"productions"_s, u"candidate"_s, u"add"_s, production, u"QD-1"_s, u"QD-2"_s, u"QD-3"_s })
                .exitCode,
            0);
        QCOMPARE(run({ u"productions"_s, u"candidate"_s, u"set"_s, production, u"QD-1"_s, u"--status"_s,
                       u"选定"_s, u"--notes"_s, u"夜戏需提前两周申请"_s })
                     .exitCode,
                 0);
        QCOMPARE(run({ u"productions"_s, u"candidate"_s, u"set"_s, production, u"QD-3"_s, u"--status"_s,
                       u"rejected"_s })
                     .exitCode,
                 0);
        QCOMPARE(run({ u"productions"_s, u"candidate"_s, u"set"_s, production, u"QD-2"_s, u"--status"_s,
                       u"maybe"_s })
                     .exitCode,
                 1);
        const auto experts = run({ u"productions"_s, u"expert"_s, u"add"_s, production, u"1"_s, u"2"_s,
                                   u"--role"_s, u"历史顾问"_s });
        QVERIFY2(experts.exitCode == 0, experts.err.constData());
        const QJsonObject shown = json({ u"productions"_s, u"show"_s, production, u"--json"_s }).object();
        QCOMPARE(shown.value("start_date"_L1).toString(), u"2025-04-01"_s);
        QCOMPARE(shown.value("candidates"_L1).toArray().size(), 3);
        QCOMPARE(shown.value("candidates"_L1).toArray().at(0)[u"status"_s].toString(), u"chosen"_s);

        for (const QString &lang : { u"zh"_s, u"en"_s }) {
            const QString pdf = m_dir.filePath(u"package-%1.pdf"_s.arg(lang));
            result = run({ u"package"_s, u"export"_s, u"--production"_s, production, u"--out"_s, pdf,
                           u"--lang"_s, lang });
            QCOMPARE(result.exitCode, 0);
            QVERIFY2(result.err.contains("Private Person"), result.err.constData()); // left out: no consent
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.read(5) == "%PDF-");
            // The text a producer reads (pdftotext, from poppler-utils).
            const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
            QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed to read the package");
            QProcess text;
            text.start(pdftotext, { u"-layout"_s, pdf, u"-"_s });
            QVERIFY(text.waitForFinished(30'000));
            const QString content = QString::fromUtf8(text.readAllStandardOutput());
            QVERIFY(content.contains(u"海风往事"_s));
            QVERIFY(content.contains(u"八大关"_s));
            QVERIFY(content.contains(u"石老人海水浴场"_s));
            QVERIFY(!content.contains(u"崂山太清宫"_s)); // rejected
            QVERIFY(content.contains(u"夜戏需提前两周申请"_s));
            QVERIFY(content.contains(u"13800138000"_s)); // not confidential
            QVERIFY(!content.contains(u"0532-88886666"_s)); // confidential by default
            QVERIFY(!content.contains(u"保密费用"_s));
            QVERIFY(!content.contains(u"Private Person"_s));
            QVERIFY(content.contains(u"张伟"_s));
            QVERIFY(content.contains(lang == "zh"_L1 ? u"勘景资料包"_s : u"Location Scout Package"_s));
            QVERIFY(content.contains(lang == "zh"_L1 ? u"距剧组基地"_s : u"from the production base"_s));
            QVERIFY(!content.contains(lang == "zh"_L1 ? u"Location Scout Package"_s : u"勘景资料包"_s));
        }
        QCOMPARE(run({ u"package"_s, u"export"_s, u"--production"_s, u"99"_s, u"--out"_s,
                       m_dir.filePath(u"x.pdf"_s) })
                     .exitCode,
                 1);

        // A package that cannot be written whole (here: no file may grow past 64 KiB, as on a
        // full disk) leaves the one that was there.
        const QString pdf = m_dir.filePath(u"package-zh.pdf"_s);
        const QByteArray before = TestSupport::readFile(pdf);
        QVERIFY(before.size() > 64 * 1024);
        result = cli({ u"--catalog"_s, catalog(), u"package"_s, u"export"_s, u"--production"_s, production,
                       u"--out"_s, pdf, u"--lang"_s, u"en"_s },
                     {}, 120'000, 64 * 1024);
        QVERIFY(result.exitCode != 0);
        QCOMPARE(TestSupport::readFile(pdf), before);
    }

    // Exports are written beside their place and put there whole: a failure part of the way
    // (a full disk, a crash) leaves the file that was there before, not half of a new one.
    void exportsAreWrittenWholeOrNotAtAll()
    {
        QByteArray csv = "code,name_zh,description\r\n";
        for (int i = 0; i < 400; ++i)
            csv += "BIG-" + QByteArray::number(i) + ",大外景" + QByteArray::number(i) + ","
                + QByteArray("很长的描述").repeated(20) + "\r\n";
        QCOMPARE(run({ u"locations"_s, u"import"_s, write(u"big.csv"_s, csv) }).exitCode, 0);
        const QString out = m_dir.filePath(u"whole.json"_s);
        QVERIFY(TestSupport::writeFile(QFile::encodeName(out), "the export of yesterday"));
        for (const QString &format : { u"json"_s, u"csv"_s }) {
            const auto result = cli({ u"--catalog"_s, catalog(), u"locations"_s, u"export"_s, u"--format"_s,
                                      format, u"--out"_s, out },
                                    {}, 120'000, 64 * 1024);
            QVERIFY(result.exitCode != 0);
            QCOMPARE(TestSupport::readFile(out), QByteArray("the export of yesterday"));
        }
        // Without the limit it is replaced.
        QCOMPARE(run({ u"locations"_s, u"export"_s, u"--out"_s, out }).exitCode, 0);
        QVERIFY(TestSupport::readFile(out).size() > 64 * 1024);
        QVERIFY(QJsonDocument::fromJson(TestSupport::readFile(out)).isArray());
    }
};

REELATLAS_TEST_GUILESS_MAIN_BOTH_BACKENDS(TestRecordCli)
#include "tst_recordcli.moc"
