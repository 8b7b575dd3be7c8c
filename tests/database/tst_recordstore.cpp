// On both engines (a catalog folder, a PostgreSQL database). Locations, facilities and experts: saving with
// validation, reading back, confidential fields, the search language (Chinese, pinyin, initials, filters) and
// "near" searches.

#include "backends.h"
#include "catalog.h"
#include "catalogbackend.h"
#include "catalogfixtures.h"
#include "recordquery.h"
#include "recordstore.h"
#include "sortkey.h"
#include "tagstore.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

class TestRecordStore : public QObject
{
    Q_OBJECT

    const QString m_catalog = Backends::newCatalog(); // a folder, or a database on a server
    std::unique_ptr<CatalogSession> m_session;

    RecordStore store() { return RecordStore(m_session->db()); }

    qint64 saved(RecordKind kind, const QJsonObject &record)
    {
        QList<RecordProblem> problems;
        QString error;
        const auto id = store().save(kind, record, problems, error);
        if (!id)
            qWarning("save failed: %s", qPrintable(error));
        return id.value_or(-1);
    }

    QList<qint64> ids(RecordKind kind, const QString &text, RecordSort sort = RecordSort::Relevance)
    {
        QString error;
        const auto hits = store().search(RecordQueryParser::parse(kind, text), sort, 0, error);
        if (!hits) {
            qWarning("search %s failed: %s", qPrintable(text), qPrintable(error));
            return { -1 };
        }
        QList<qint64> out;
        for (const RecordStore::Hit &hit : *hits)
            out.append(hit.id);
        return out;
    }

    // The point `km` kilometres due north of (lat, lon).
    static QJsonObject northOf(double lat, double lon, double km)
    {
        return { { u"lat"_s, lat + km / 111.19492664 }, { u"lon"_s, lon } };
    }

    qint64 m_oldStreet = 0, m_beach = 0, m_hall = 0, m_factory = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(Catalog::prepare(m_catalog, Catalog::OpenMode::Create, error), qPrintable(error));
        m_session = std::make_unique<CatalogSession>(m_catalog);
        QVERIFY(m_session->isOpen());
    }

    void cleanupTestCase() { m_session.reset(); }

    // Each kind's table, contacts owner, names and fields, from the one description of the kinds.
    void kinds_data()
    {
        QTest::addColumn<RecordKind>("kind");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<bool>("located");
        QTest::addColumn<QString>("firstField");
        QTest::newRow("locations") << RecordKind::Location << u"locations"_s << u"location"_s << u"location"_s
                                   << QStringList { u"location"_s, u" Locations "_s, u"外景地"_s,
                                                    u"外景地库"_s }
                                   << true << u"code"_s;
        QTest::newRow("facilities") << RecordKind::Facility << u"facilities"_s << u"facility"_s
                                    << u"facility"_s
                                    << QStringList { u"FACILITY"_s, u"facilities"_s, u"拍摄资源"_s,
                                                     u"拍摄资源库"_s }
                                    << true << u"code"_s;
        QTest::newRow("experts") << RecordKind::Expert << u"experts"_s << u"expert"_s << u"expert"_s
                                 << QStringList { u"expert"_s, u"Experts"_s, u"专家"_s, u"专家库"_s } << false
                                 << u"name_zh"_s;
    }

    void kinds()
    {
        QFETCH(RecordKind, kind);
        QFETCH(QString, table);
        QFETCH(QString, owner);
        QFETCH(QString, name);
        QFETCH(QStringList, names);
        QFETCH(bool, located);
        QFETCH(QString, firstField);
        QCOMPARE(RecordSchema::table(kind), table);
        QCOMPARE(RecordSchema::ownerKind(kind), owner);
        QCOMPARE(RecordSchema::kindName(kind), name);
        for (const QString &other : names)
            QCOMPARE(RecordSchema::kindNamed(other), std::optional(kind));
        QCOMPARE(RecordSchema::hasCoordinates(kind), located);
        QCOMPARE(RecordSchema::fields(kind).first().key, firstField);
        QVERIFY(RecordSchema::field(kind, u"contacts"_s));
        QCOMPARE(RecordSchema::field(kind, u"lat"_s) != nullptr, located);
        QVERIFY(!RecordSchema::kindNamed(u"people"_s));
    }

    void savesAndReadsBackEveryKindOfField()
    {
        const QJsonObject input {
            { u"code"_s, u"QD-0001"_s },
            { u"name_zh"_s, u"  山东古镇老街 "_s },
            { u"name_en"_s, u"Old Street of Shandong"_s },
            { u"aliases"_s, u"老街；古街、Old Town, 老城"_s },
            { u"category"_s, u"年代场景"_s }, // by its Chinese name
            { u"setting"_s, u"外景"_s },
            { u"eras"_s, QJsonArray { u"民国"_s, u"1930s"_s } },
            { u"tags"_s, QJsonArray { u"海边"_s, u"天气 / 晴"_s } },
            { u"province"_s, u"山东省"_s },
            { u"city"_s, u"青岛市"_s },
            { u"coordinates"_s, u"36.0671, 120.3826"_s },
            { u"area_m2"_s, u"1,200 m²"_s },
            { u"last_verified_at"_s, u"2024年7月1日"_s },
            { u"fee"_s, u"5000元/天"_s },
            { u"status"_s, u"公开"_s },
            { u"filmed"_s, u"觉醒年代 (2021)；Skyfall 2012、无年份的片子；Blade Runner 2049"_s },
            { u"contacts"_s,
              QJsonArray { QJsonObject { { u"name"_s, u"王经理"_s },
                                         { u"phone"_s, u"138 0013 8000"_s },
                                         { u"confidential"_s, u"否"_s } },
                           QJsonObject { { u"name"_s, u"李主任"_s }, { u"email"_s, u"li@example.cn"_s } } } },
        };
        m_oldStreet = saved(RecordKind::Location, input);
        QVERIFY(m_oldStreet > 0);
        const auto record = store().get(RecordKind::Location, m_oldStreet);
        QVERIFY(record);
        QCOMPARE(record->value("name_zh"_L1).toString(), u"山东古镇老街"_s);
        QCOMPARE(record->value("aliases"_L1).toArray(),
                 (QJsonArray { u"老街"_s, u"古街"_s, u"Old Town"_s, u"老城"_s }));
        QCOMPARE(record->value("category"_L1).toString(), u"period"_s);
        QCOMPARE(record->value("setting"_L1).toString(), u"exterior"_s);
        QCOMPARE(record->value("tags"_L1).toArray(), (QJsonArray { u"天气/晴"_s, u"海边"_s }));
        QCOMPARE(record->value("lat"_L1).toDouble(), 36.0671);
        QCOMPARE(record->value("lon"_L1).toDouble(), 120.3826);
        QCOMPARE(record->value("area_m2"_L1).toDouble(), 1200.0);
        QCOMPARE(record->value("last_verified_at"_L1).toString(), u"2024-07-01"_s);
        QCOMPARE(record->value("status"_L1).toString(), u"public"_s);
        QCOMPARE(record->value("name_pinyin"_L1).toString(), u"shan dong gu zhen lao jie"_s);
        QCOMPARE(record->value("filmed"_L1).toArray(),
                 (QJsonArray { u"觉醒年代 (2021)"_s, u"Skyfall (2012)"_s, u"无年份的片子"_s,
                               u"Blade Runner 2049"_s }));
        QCOMPARE(record->value("confidential"_L1).toArray(), QJsonArray { u"fee"_s }); // by default
        const QJsonArray contacts = record->value("contacts"_L1).toArray();
        QCOMPARE(contacts.size(), 2);
        QCOMPARE(contacts.at(0)[u"phone"_s].toString(), u"138 0013 8000"_s);
        QCOMPARE(contacts.at(0)[u"confidential"_s].toBool(), false);
        QCOMPARE(contacts.at(1)[u"confidential"_s].toBool(), true); // unless said otherwise

        // What may leave the catalog: no fee, no confidential contact.
        const QJsonObject shared = RecordSchema::redacted(RecordKind::Location, *record);
        QVERIFY(!shared.contains("fee"_L1));
        QCOMPARE(shared.value("contacts"_L1).toArray().size(), 1);
        QCOMPARE(shared.value("contacts"_L1).toArray().at(0)[u"name"_s].toString(), u"王经理"_s);
        QVERIFY(!shared.contains("confidential"_L1));

        // An update replaces the record as a form does; the id stays.
        QJsonObject edited = *record;
        edited.insert(u"fee"_s, QJsonValue());
        edited.insert(u"confidential"_s, QJsonArray {});
        edited.insert(u"tags"_s, QJsonArray { u"海边"_s });
        QCOMPARE(saved(RecordKind::Location, edited), m_oldStreet);
        const auto after = store().get(RecordKind::Location, m_oldStreet);
        QVERIFY(!after->contains("fee"_L1));
        QCOMPARE(after->value("tags"_L1).toArray(), QJsonArray { u"海边"_s });
        QCOMPARE(after->value("confidential"_L1).toArray(), QJsonArray {});

        // Every save replaces the tags, the productions and the contacts kept apart from the
        // row: nothing doubles, and one tag written two ways is tagged once.
        edited = *after;
        edited.insert(u"tags"_s, QJsonArray { u"天气 / 晴"_s, u"天气/晴"_s });
        QCOMPARE(saved(RecordKind::Location, edited), m_oldStreet);
        const auto again = store().get(RecordKind::Location, m_oldStreet);
        QCOMPARE(again->value("tags"_L1).toArray(), QJsonArray { u"天气/晴"_s });
        QCOMPARE(again->value("filmed"_L1).toArray(), record->value("filmed"_L1).toArray());
        QCOMPARE(again->value("contacts"_L1).toArray(), record->value("contacts"_L1).toArray());
        edited.insert(u"tags"_s, QJsonArray { u"海边"_s }); // as the tests below expect
        QCOMPARE(saved(RecordKind::Location, edited), m_oldStreet);
    }

    void refusesWhatIsNotValid_data()
    {
        QTest::addColumn<QJsonObject>("record");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const QJsonObject named { { u"name_zh"_s, u"某地"_s } };
        const auto with = [&](const char *key, const QJsonValue &value) {
            QJsonObject r = named;
            r.insert(QLatin1StringView(key), value);
            return r;
        };
        QTest::newRow("no name") << QJsonObject { { u"city"_s, u"青岛"_s } } << u"name_zh"_s
                                 << u"a name is needed"_s;
        QTest::newRow("only latitude") << with("lat", 36.0) << u"lon"_s << u"both latitude and longitude"_s;
        QTest::newRow("latitude range")
            << QJsonObject { { u"name_zh"_s, u"某地"_s }, { u"lat"_s, 95.0 }, { u"lon"_s, 120.0 } }
            << u"lat"_s << u"outside -90"_s;
        QTest::newRow("zero fix") << QJsonObject {
            { u"name_zh"_s, u"某地"_s }, { u"lat"_s, 0.0 }, { u"lon"_s, 0.0 }
        } << u"lat"_s << u"0, 0"_s;
        QTest::newRow("bad coordinates text")
            << with("coordinates", u"青岛"_s) << u"lat"_s << u"are not coordinates"_s;
        QTest::newRow("unknown category")
            << with("category", u"月球"_s) << u"category"_s << u"is not one of"_s;
        QTest::newRow("negative area") << with("area_m2", -5.0) << u"area_m2"_s << u"cannot be negative"_s;
        QTest::newRow("not a number") << with("area_m2", u"很大"_s) << u"area_m2"_s << u"is not a number"_s;
        QTest::newRow("not a date") << with("last_verified_at", u"去年"_s) << u"last_verified_at"_s
                                    << u"is not a date"_s;
        QTest::newRow("bad phone") << with(
            "contacts", QJsonArray { QJsonObject { { u"name"_s, u"王"_s }, { u"phone"_s, u"abc"_s } } })
                                   << u"contacts[0].phone"_s << u"is not a phone number"_s;
        QTest::newRow("short mobile")
            << with("contacts", QJsonArray { QJsonObject { { u"phone"_s, u"1380013800"_s } } })
            << u"contacts[0].phone"_s << u"is not a phone number"_s;
        QTest::newRow("bad e-mail") << with(
            "contacts", QJsonArray { QJsonObject { { u"name"_s, u"王"_s }, { u"email"_s, u"wang@"_s } } })
                                    << u"contacts[0].email"_s << u"is not an e-mail"_s;
        QTest::newRow("empty contact")
            << with("contacts", QJsonArray { QJsonObject { { u"role"_s, u"司机"_s } } }) << u"contacts[0]"_s
            << u"needs a name, phone"_s;
        QTest::newRow("not confidential-able") << with("confidential", QJsonArray { u"name_zh"_s })
                                               << u"confidential"_s << u"cannot be marked confidential"_s;
        QTest::newRow("unknown datum") << QJsonObject {
            { u"name_zh"_s, u"某地"_s }, { u"lat"_s, 36.0 }, { u"lon"_s, 120.0 }, { u"datum"_s, u"tokyo"_s }
        } << u"lat"_s << u"is not WGS-84"_s;
    }
    void refusesWhatIsNotValid()
    {
        QFETCH(QJsonObject, record);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const int before = store().count(RecordKind::Location);
        QList<RecordProblem> problems;
        QString error;
        QVERIFY(!store().save(RecordKind::Location, record, problems, error));
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().field, field);
        QVERIFY2(problems.first().message.contains(message), qPrintable(problems.first().message));
        QVERIFY(error.contains(message));
        QCOMPARE(store().count(RecordKind::Location), before);
    }

    void phonesAndEmails_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("phone");
        for (const char *ok :
             { "13800138000", "138-0013-8000", "+86 138 0013 8000", "0532-8888 6666", "(0532) 88886666",
               "0532-88886666转123", "+86 10 1234 5678", "+1 415 555 0100", "400-820-8820", "95588",
               "（0532）88888888", "０５３２－８８８８８８８８", "0532-88888888 / 13800138000",
               "13800138000、13900139000" })
            QTest::newRow(ok) << QString::fromUtf8(ok) << true;
        for (const char *bad : { "abc", "123", "12800138000", "1380013800", "+86 1380013800", "call me", "",
                                 "0532-88888888 / abc" })
            QTest::newRow(bad) << QString::fromUtf8(bad) << false;
    }
    void phonesAndEmails()
    {
        QFETCH(QString, text);
        QFETCH(bool, phone);
        QCOMPARE(RecordSchema::isPhone(text), phone);
        QVERIFY(RecordSchema::isEmail(u"li.ming@film.qingdao.gov.cn"_s));
        QVERIFY(RecordSchema::isEmail(u"王@例子.中国"_s));
        QVERIFY(!RecordSchema::isEmail(u"li@ming"_s));
        QVERIFY(!RecordSchema::isEmail(u"li ming@x.cn"_s));
    }

    void codesAreUniqueAndNamed()
    {
        QList<RecordProblem> problems;
        QString error;
        QVERIFY(!store().save(RecordKind::Location,
                              { { u"name_zh"_s, u"另一处"_s }, { u"code"_s, u"QD-0001"_s } }, problems,
                              error));
        QVERIFY2(error.contains(u"QD-0001"_s)
                     && (error.contains(u"山东古镇老街"_s) || error.contains(u"Old Street"_s)),
                 qPrintable(error));
        QCOMPARE(store().idFor(RecordKind::Location, u"qd-0001"_s), m_oldStreet);
        QCOMPARE(store().idFor(RecordKind::Location, u"#%1"_s.arg(m_oldStreet)), m_oldStreet);
        QVERIFY(!store().idFor(RecordKind::Location, u"QD-9999"_s));

        // Codes that differ only in case are two codes: each finds its own record, whichever
        // the table has first, and a spelling of neither finds the first saved.
        const qint64 lower =
            saved(RecordKind::Location, { { u"name_zh"_s, u"小写编号"_s }, { u"code"_s, u"qd-0001"_s } });
        QVERIFY(lower > m_oldStreet);
        QCOMPARE(store().idFor(RecordKind::Location, u"qd-0001"_s), lower);
        QCOMPARE(store().idFor(RecordKind::Location, u"QD-0001"_s), m_oldStreet);
        QCOMPARE(store().idFor(RecordKind::Location, u"Qd-0001"_s), m_oldStreet);
        QVERIFY(store().remove(RecordKind::Location, lower, error));
    }

    void coordinatesFromMapApps()
    {
        // AMap shows GCJ-02: entered as such, stored as WGS-84.
        const Geo::LatLon wgs { 36.0671, 120.3826 };
        const Geo::LatLon gcj = Geo::wgs84ToGcj02(wgs);
        const qint64 id =
            saved(RecordKind::Location,
                  { { u"name_zh"_s, u"高德坐标"_s },
                    { u"coordinates"_s, u"%1,%2"_s.arg(gcj.lon, 0, 'f', 8).arg(gcj.lat, 0, 'f', 8) },
                    { u"datum"_s, u"GCJ-02"_s } });
        QVERIFY(id > 0);
        const auto record = store().get(RecordKind::Location, id);
        QVERIFY(std::abs(record->value("lat"_L1).toDouble() - wgs.lat) < 1e-6);
        QVERIFY(std::abs(record->value("lon"_L1).toDouble() - wgs.lon) < 1e-6);
        QString error;
        QVERIFY(store().remove(RecordKind::Location, id, error));
    }

    void searchesInChinesePinyinAndInitials()
    {
        m_beach = saved(RecordKind::Location,
                        { { u"name_zh"_s, u"石老人海水浴场"_s },
                          { u"category"_s, u"coast"_s },
                          { u"setting"_s, u"exterior"_s },
                          { u"city"_s, u"青岛市"_s },
                          { u"district"_s, u"𠀀崂山区"_s }, // characters outside the BMP, below too
                          { u"tags"_s, QJsonArray { u"🌊海景/沙滩"_s } },
                          { u"description"_s, u"金色沙滩，日出时分适合拍摄"_s },
                          { u"best_season"_s, u"夏、秋"_s } });
        m_hall = saved(RecordKind::Location,
                       { { u"name_zh"_s, u"市政府礼堂"_s },
                         { u"name_en"_s, u"City Hall"_s },
                         { u"category"_s, u"government"_s },
                         { u"setting"_s, u"both"_s },
                         { u"city"_s, u"济南市"_s },
                         { u"eras"_s, u"1950s"_s },
                         { u"description"_s, u"古镇风格的内饰"_s },
                         { u"status"_s, u"private"_s } });
        QVERIFY(m_beach > 0 && m_hall > 0);
        for (const QString &text : { u"古镇"_s, u"guzhen"_s, u"gz"_s, u"GuZhen"_s })
            QCOMPARE(ids(RecordKind::Location, text), (QList<qint64> { m_oldStreet, m_hall })); // names first
        QCOMPARE(ids(RecordKind::Location, u"镇"_s), (QList<qint64> { m_oldStreet, m_hall }));
        QCOMPARE(ids(RecordKind::Location, u"沙滩"_s), QList<qint64> { m_beach });
        QCOMPARE(ids(RecordKind::Location, u"old town"_s), QList<qint64> { m_oldStreet }); // an alias
        QCOMPARE(ids(RecordKind::Location, u"QD-0001"_s), QList<qint64> { m_oldStreet }); // a code as a word
        QCOMPARE(ids(RecordKind::Location, u"海边"_s), QList<qint64> { m_oldStreet }); // a tag
        QCOMPARE(ids(RecordKind::Location, u"年代场景"_s),
                 QList<qint64> { m_oldStreet }); // the category's name
        // As you type: the last word is a prefix.
        QString error;
        const auto typed = store().search(RecordQueryParser::parse(RecordKind::Location, u"shilao"_s, true),
                                          RecordSort::Relevance, 0, error);
        QVERIFY(typed && typed->size() == 1 && typed->first().id == m_beach);

        // Names first, whatever the name order says: 安澜码头 comes before 樟木灯塔 by name, but
        // holds 灯塔 only in its description. With a filter too (the words and the filter in one
        // query).
        const qint64 described = saved(RecordKind::Location,
                                       { { u"name_zh"_s, u"安澜码头"_s },
                                         { u"city"_s, u"烟台市"_s },
                                         { u"description"_s, u"远处有一座灯塔"_s } });
        const qint64 named =
            saved(RecordKind::Location, { { u"name_zh"_s, u"樟木灯塔"_s }, { u"city"_s, u"烟台市"_s } });
        QVERIFY(described > 0 && named > 0);
        for (const QString &text : { u"灯塔"_s, u"dengta"_s, u"灯塔 city:烟台"_s })
            QCOMPARE(ids(RecordKind::Location, text), (QList<qint64> { named, described }));
        QCOMPARE(ids(RecordKind::Location, u"灯塔"_s, RecordSort::Name),
                 (QList<qint64> { described, named }));
        for (const qint64 id : { described, named })
            QVERIFY(store().remove(RecordKind::Location, id, error));
    }

    // The name order kept is read again when its records change: a record saved moves its
    // table's stamp; a write elsewhere in the catalog (a tag) moves it only where the engine
    // keeps no stamp of the table's own (SQLite's is the file's). On a server, a worker's batch
    // of assets made every records search read the whole name order again.
    void recordsStampMovesWithItsRecords()
    {
        const QSqlDatabase db = m_session->db();
        const CatalogBackend &backend = CatalogBackend::of(db);
        const quint64 before = backend.recordsStamp(db, u"locations"_s);
        QCOMPARE(backend.recordsStamp(db, u"locations"_s), before); // reading moves nothing
        QString error;
        const auto tag = TagStore(db).ensurePath(u"印章/公章"_s, error);
        QVERIFY2(tag, qPrintable(error));
        const quint64 afterTag = backend.recordsStamp(db, u"locations"_s);
        QCOMPARE(afterTag == before, Backends::onPostgres());
        const quint64 experts = backend.recordsStamp(db, u"experts"_s);
        const qint64 id = saved(RecordKind::Location, { { u"name_zh"_s, u"印章博物馆"_s } });
        QVERIFY(id > 0);
        QVERIFY(backend.recordsStamp(db, u"locations"_s) != afterTag);
        QCOMPARE(backend.recordsStamp(db, u"experts"_s) == experts, Backends::onPostgres());
        QVERIFY(store().remove(RecordKind::Location, id, error));
        QVERIFY(TagStore(db).remove(*tag, error));
    }

    // A first page found apart is the whole search's first page: best match (those with the words
    // in their names, in name order, then the rest in name order), name order, with a filter;
    // none when there are fewer than a page.
    void firstPageByNameIsTheSearchsTop()
    {
        QList<qint64> made;
        const QStringList named {
            u"东灯塔"_s, u"北灯塔"_s, u"西灯塔"_s, u"南灯塔"_s, u"老灯塔"_s, u"新灯塔"_s
        };
        for (qsizetype i = 0; i < named.size(); ++i)
            made.append(
                saved(RecordKind::Location,
                      { { u"name_zh"_s, named.at(i) }, { u"city"_s, i % 2 ? u"威海市"_s : u"大连市"_s } }));
        // Before all of them by name, with the words only in their descriptions.
        for (const QString &name : { u"阿岛码头"_s, u"安岛码头"_s, u"奥岛码头"_s })
            made.append(saved(
                RecordKind::Location,
                { { u"name_zh"_s, name }, { u"city"_s, u"威海市"_s }, { u"description"_s, u"望见灯塔"_s } }));
        QVERIFY(!made.contains(-1));
        const auto ids = [](const std::optional<QList<RecordStore::Hit>> &hits) {
            QList<qint64> out;
            for (const RecordStore::Hit &hit : hits.value_or(QList<RecordStore::Hit>()))
                out.append(hit.id);
            return out;
        };
        RecordStore records = store();
        QString error;
        for (const auto &[text, sort, count] : { std::tuple { u"灯塔"_s, RecordSort::Relevance, 4 },
                                                 std::tuple { u"dengt"_s, RecordSort::Relevance, 6 },
                                                 std::tuple { u"灯塔"_s, RecordSort::Name, 5 },
                                                 std::tuple { u"灯塔 city:威海"_s, RecordSort::Relevance, 3 },
                                                 std::tuple { u"灯塔 city:威海"_s, RecordSort::Name, 4 } }) {
            const RecordQuery query = RecordQueryParser::parse(RecordKind::Location, text, true);
            const auto whole = records.search(query, sort, count, error);
            QVERIFY2(whole && whole->size() == count, qPrintable(text + u": "_s + error));
            const auto first = records.firstByName(query, sort, count, 60'000, error);
            QVERIFY2(first, qPrintable(text + u": "_s + error));
            QCOMPARE(ids(first), ids(whole));
        }
        // The names hold the words six times (three in 威海): best match goes on with the first
        // by name of those with the words elsewhere, before all of them by name.
        for (const auto &[text, count] :
             { std::pair { u"灯塔"_s, 8 }, std::pair { u"灯塔 city:威海"_s, 5 } }) {
            const RecordQuery query = RecordQueryParser::parse(RecordKind::Location, text, true);
            const auto whole = records.search(query, RecordSort::Relevance, count, error);
            QVERIFY2(whole && whole->size() == count, qPrintable(text + u": "_s + error));
            const auto first = records.firstByName(query, RecordSort::Relevance, count, 60'000, error);
            QVERIFY2(first, qPrintable(text + u": "_s + error));
            QCOMPARE(ids(first), ids(whole));
            QCOMPARE(ids(first).mid(count - 2), made.mid(6, 2)); // 阿岛, 安岛 (a, an)
        }
        // More than there are: not known without the whole.
        const RecordQuery all = RecordQueryParser::parse(RecordKind::Location, u"灯塔"_s, true);
        QVERIFY(!records.firstByName(all, RecordSort::Relevance, 10, 60'000, error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // A record renamed takes its new name's place and loses its old words at once (a server
        // keeps the names and their order's key beside the documents).
        QVERIFY(saved(RecordKind::Location, { { u"id"_s, made.at(4) }, { u"name_zh"_s, u"阿灯塔"_s } })
                == made.at(4));
        QVERIFY(saved(RecordKind::Location, { { u"id"_s, made.at(5) }, { u"name_zh"_s, u"新栈桥"_s } })
                == made.at(5));
        for (const auto &[text, top] :
             { std::pair { u"灯塔"_s, made.at(4) }, std::pair { u"栈桥"_s, made.at(5) } }) {
            const RecordQuery query = RecordQueryParser::parse(RecordKind::Location, text, true);
            const auto whole = records.search(query, RecordSort::Relevance, 1, error);
            const auto first = records.firstByName(query, RecordSort::Relevance, 1, 60'000, error);
            QVERIFY2(whole && first, qPrintable(text + u": "_s + error));
            QCOMPARE(ids(first), ids(whole));
            QCOMPARE(ids(first), QList<qint64> { top });
        }
        const RecordQuery lighthouses = RecordQueryParser::parse(RecordKind::Location, u"灯塔"_s, true);
        QVERIFY(!ids(records.firstByName(lighthouses, RecordSort::Relevance, 8, 60'000, error))
                     .contains(made.at(5)));
        for (const qint64 id : std::as_const(made))
            QVERIFY(records.remove(RecordKind::Location, id, error));
    }

    // A list's summaries and facets in one reading: each value counted once per record (a list
    // too), labelled in the language asked, most first, at most as many as asked; the same for a
    // few ids and for thousands (a location's clips and photos are then counted in one pass).
    void listingCountsFacetsWithTheSummaries()
    {
        QList<qint64> made;
        const auto add = [&](const QString &name, const QString &category, const QString &setting,
                             const QJsonArray &eras, const QString &city, const QString &status) {
            made.append(saved(RecordKind::Location,
                              { { u"name_zh"_s, name },
                                { u"category"_s, category },
                                { u"setting"_s, setting },
                                { u"eras"_s, eras },
                                { u"city"_s, city },
                                { u"status"_s, status } }));
        };
        add(u"甲楼"_s, u"period"_s, u"interior"_s, { u"民国"_s, u"1930s"_s }, u"青岛市"_s, u"public"_s);
        add(u"乙楼"_s, u"period"_s, u"exterior"_s, { u"民国"_s }, u"青岛市"_s, u"review"_s);
        add(u"丙楼"_s, u"coast"_s, u"exterior"_s, {}, u"烟台市"_s, u"public"_s);
        add(u"丁楼"_s, u"coast"_s, u"both"_s, { u"当代"_s }, u"青岛市"_s, u"public"_s);
        QVERIFY(!made.contains(-1));
        // As an older version or an import may have written it: a value twice in one list.
        QSqlQuery twice(m_session->db());
        twice.prepare(u"UPDATE locations SET eras = ? WHERE id = ?"_s);
        twice.addBindValue(u"[\"民国\", \"1930s\", \"民国\"]"_s);
        twice.addBindValue(made.at(0));
        QVERIFY(twice.exec());
        QString error;
        for (int n = 0; n < 3; ++n) {
            CatalogFixtures::Asset asset;
            asset.path = "/clips/listing-" + QByteArray::number(n) + ".mp4";
            const auto id = CatalogFixtures::add(*m_session, asset, &error);
            QVERIFY2(id, qPrintable(error));
            QSqlQuery link(m_session->db());
            link.prepare(u"UPDATE assets SET location_id = ? WHERE id = ?"_s);
            link.addBindValue(n < 2 ? made.at(0) : made.at(3));
            link.addBindValue(*id);
            QVERIFY(link.exec());
        }
        const QList<std::pair<QString, int>> facets { { u"category"_s, 20 },
                                                      { u"setting"_s, 2 },
                                                      { u"era"_s, 12 },
                                                      { u"city"_s, 15 },
                                                      { u"status"_s, 3 } };
        using Values = QList<std::tuple<QString, QString, int>>;
        const auto values = [](const QList<RecordStore::FacetValue> &facet) {
            Values out;
            for (const RecordStore::FacetValue &value : facet)
                out.append({ value.value, value.label, value.count });
            return out;
        };
        // In an order of their own, with an id that is gone; then with thousands more.
        QList<qint64> asked { made.at(3), made.at(1), 999'999'999, made.at(0), made.at(2) };
        for (const bool many : { false, true }) {
            if (many) {
                for (qint64 absent = 1'000'000'000; asked.size() < 5000; ++absent)
                    asked.append(absent);
            }
            const auto listing = store().listing(RecordKind::Location, asked, facets, true, error);
            QVERIFY2(listing, qPrintable(error));
            QList<qint64> order;
            QList<int> assets;
            for (const RecordStore::Summary &summary : listing->rows) {
                order.append(summary.id);
                assets.append(summary.assetCount);
            }
            QCOMPARE(order, (QList<qint64> { made.at(3), made.at(1), made.at(0), made.at(2) }));
            QCOMPARE(assets, (QList<int> { 1, 0, 2, 0 }));
            QCOMPARE(listing->rows.at(0).kindText, u"海岸风光"_s);
            QCOMPARE(listing->facets.size(), facets.size());
            QCOMPARE(values(listing->facets.at(0)),
                     (Values { { u"coast"_s, u"海岸风光"_s, 2 }, { u"period"_s, u"年代场景"_s, 2 } }));
            QCOMPARE(values(listing->facets.at(1)),
                     (Values { { u"exterior"_s, u"外景"_s, 2 }, { u"both"_s, u"内外景"_s, 1 } }));
            QCOMPARE(values(listing->facets.at(2)),
                     (Values { { u"民国"_s, u"民国"_s, 2 },
                               { u"1930s"_s, u"1930s"_s, 1 },
                               { u"当代"_s, u"当代"_s, 1 } }));
            QCOMPARE(values(listing->facets.at(3)),
                     (Values { { u"青岛市"_s, u"青岛市"_s, 3 }, { u"烟台市"_s, u"烟台市"_s, 1 } }));
            QCOMPARE(values(listing->facets.at(4)),
                     (Values { { u"public"_s, u"公开"_s, 3 }, { u"review"_s, u"待审核"_s, 1 } }));
        }
        const auto english =
            store().listing(RecordKind::Location, made, { { u"category"_s, 1 } }, false, error);
        QVERIFY2(english, qPrintable(error));
        QCOMPARE(values(english->facets.value(0)), (Values { { u"coast"_s, u"Coast"_s, 2 } }));
        QVERIFY(!store().listing(RecordKind::Expert, made, { { u"category"_s, 1 } }, false, error));
        QVERIFY(error.contains(u"category"_s));

        QSqlQuery unlink(m_session->db());
        QVERIFY(unlink.exec(u"DELETE FROM assets"_s));
        for (const qint64 id : std::as_const(made))
            QVERIFY(store().remove(RecordKind::Location, id, error));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // names
        QTest::newRow("category zh") << u"category:海岸"_s << QStringList { u"石老人海水浴场"_s };
        QTest::newRow("category en") << u"类别:government"_s << QStringList { u"市政府礼堂"_s };
        QTest::newRow("exterior includes both")
            << u"setting:外景"_s << QStringList { u"山东古镇老街"_s, u"石老人海水浴场"_s, u"市政府礼堂"_s };
        QTest::newRow("interior") << u"setting:interior"_s << QStringList { u"市政府礼堂"_s };
        QTest::newRow("city prefix") << u"city:青岛"_s
                                     << QStringList { u"山东古镇老街"_s, u"石老人海水浴场"_s };
        QTest::newRow("not city") << u"-city:青岛"_s << QStringList { u"市政府礼堂"_s };
        QTest::newRow("era") << u"年代:民国"_s << QStringList { u"山东古镇老街"_s };
        QTest::newRow("season") << u"season:秋"_s << QStringList { u"石老人海水浴场"_s };
        QTest::newRow("status") << u"status:内部"_s << QStringList { u"市政府礼堂"_s };
        QTest::newRow("tag") << u"tag:海边"_s << QStringList { u"山东古镇老街"_s };
        QTest::newRow("tag outside the BMP") << u"tag:🌊海景"_s << QStringList { u"石老人海水浴场"_s };
        QTest::newRow("region outside the BMP") << u"region:𠀀崂山"_s << QStringList { u"石老人海水浴场"_s };
        QTest::newRow("has coordinates") << u"has:coordinates"_s << QStringList { u"山东古镇老街"_s };
        QTest::newRow("has contacts") << u"has:联系人"_s << QStringList { u"山东古镇老街"_s };
        QTest::newRow("words and filters") << u"gz city:济南"_s << QStringList { u"市政府礼堂"_s };
        QTest::newRow("excluded word") << u"-古镇"_s << QStringList { u"石老人海水浴场"_s };
        QTest::newRow("filmed title") << u"filmed:觉醒"_s << QStringList { u"山东古镇老街"_s };
        QTest::newRow("filmed year") << u"作品:2012"_s << QStringList { u"山东古镇老街"_s };
        QTest::newRow("filmed as a word") << u"skyfall"_s << QStringList { u"山东古镇老街"_s };
        // Hostile text is only text.
        QTest::newRow("sql") << u"'; DROP TABLE locations; --"_s << QStringList {};
        QTest::newRow("fts syntax") << u"NEAR(古 镇) OR * \"AND\""_s << QStringList {};
        QTest::newRow("sql in a filter") << u"city:青岛' OR '1'='1"_s << QStringList {};
        // A NUL (found by fuzz_recordquery) separates terms; in a word, FTS5 read it as the end of
        // the query ("unterminated string").
        QTest::newRow("a NUL between terms") << u"gz\0city:济南"_s << QStringList { u"市政府礼堂"_s };
        QTest::newRow("a NUL in a word") << u"古\0镇"_s << QStringList { u"山东古镇老街"_s, u"市政府礼堂"_s };
    }
    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QStringList names;
        const QList<qint64> found = ids(RecordKind::Location, text, RecordSort::Name);
        for (const RecordStore::Summary &s : store().summaries(RecordKind::Location, found))
            names.append(s.nameZh);
        std::sort(names.begin(), names.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(names, expected);
        QSqlQuery check(m_session->db());
        QVERIFY(check.exec(u"SELECT count(*) FROM locations"_s) && check.next()
                && check.value(0).toInt() >= 3);
    }

    void malformedQueriesSayWhy()
    {
        const RecordQuery query =
            RecordQueryParser::parse(RecordKind::Location, u"setting:attic radius:far"_s);
        QCOMPARE(query.errors.size(), 2);
        QVERIFY(query.errors.at(0).contains(u"setting"_s));
        QString error;
        QVERIFY(!store().search(query, RecordSort::Relevance, 0, error));
        QVERIFY(error.contains(u"attic"_s));
        QVERIFY(!RecordQueryParser::parse(RecordKind::Location, u"radius:5"_s).errors.isEmpty()); // no near:
        QVERIFY(!RecordQueryParser::parse(RecordKind::Location, u"\"古镇"_s).errors.isEmpty());
        QVERIFY(RecordQueryParser::parse(RecordKind::Location, u"\"古镇"_s, true)
                    .errors.isEmpty()); // still typing
    }

    void nearSearchesByDistance()
    {
        const double lat = 30.0, lon = 110.0;
        QList<qint64> byDistance;
        for (const double km : { 39.0, 5.0, 20.0, 41.0, 0.0, 100.0 }) {
            QJsonObject record = northOf(lat, lon, km);
            record.insert(u"name_zh"_s, u"点%1公里"_s.arg(km));
            record.insert(u"code"_s, u"N-%1"_s.arg(km));
            const qint64 id = saved(RecordKind::Location, record);
            QVERIFY(id > 0);
            if (km <= 40)
                byDistance.append(id);
        }
        // East and west of the centre: the longitude side of the box.
        QJsonObject east { { u"name_zh"_s, u"东边"_s },
                           { u"lat"_s, lat },
                           { u"lon"_s, lon + 30.0 / (111.19492664 * std::cos(lat * M_PI / 180)) } };
        const qint64 eastId = saved(RecordKind::Location, east);
        QString error;
        const auto hits =
            store().search(RecordQueryParser::parse(RecordKind::Location, u"near:30,110 radius:40"_s),
                           RecordSort::Distance, 0, error);
        QVERIFY2(hits, qPrintable(error));
        QList<qint64> found;
        QList<double> distances;
        for (const RecordStore::Hit &hit : *hits) {
            found.append(hit.id);
            distances.append(hit.distanceKm);
        }
        // 0, 5, 20, 30 (east), 39 km; not 41 or 100.
        QCOMPARE(found.size(), 5);
        QCOMPARE(found.at(0), byDistance.at(3)); // 0 km
        QCOMPARE(found.at(3), eastId);
        QVERIFY(std::is_sorted(distances.cbegin(), distances.cend()));
        QVERIFY(std::abs(distances.at(4) - 39.0) < 0.05);
        // Around another location, by its code; with words.
        const auto aroundCode =
            store().search(RecordQueryParser::parse(RecordKind::Location, u"near:N-20 radius:16"_s),
                           RecordSort::Distance, 0, error);
        QVERIFY2(aroundCode, qPrintable(error));
        QCOMPARE(aroundCode->size(), 2); // itself, and the one at 5 km (15 km away); 39 km is 19 km away
        const auto withWords =
            store().search(RecordQueryParser::parse(RecordKind::Location, u"39 near:30,110"_s),
                           RecordSort::Distance, 0, error);
        QVERIFY(withWords && withWords->size() == 1);
        QVERIFY(!store().search(RecordQueryParser::parse(RecordKind::Location, u"near:NOPE"_s),
                                RecordSort::Distance, 0, error));
        QVERIFY(error.contains(u"NOPE"_s));
        // Across the antimeridian.
        const qint64 fijiEast =
            saved(RecordKind::Location,
                  { { u"name_en"_s, u"Taveuni"_s }, { u"lat"_s, -16.8 }, { u"lon"_s, 179.95 } });
        const qint64 fijiWest =
            saved(RecordKind::Location,
                  { { u"name_en"_s, u"Across"_s }, { u"lat"_s, -16.8 }, { u"lon"_s, -179.95 } });
        const auto dateLine =
            store().search(RecordQueryParser::parse(RecordKind::Location, u"near:-16.8,179.99 radius:20"_s),
                           RecordSort::Distance, 0, error);
        QVERIFY(dateLine);
        QCOMPARE(dateLine->size(), 2);
        QVERIFY((QList<qint64> { dateLine->at(0).id, dateLine->at(1).id }).contains(fijiWest));
        QVERIFY((QList<qint64> { dateLine->at(0).id, dateLine->at(1).id }).contains(fijiEast));
        // As maps copy it: "lat, lon" with a space.
        const auto spaced =
            store().search(RecordQueryParser::parse(RecordKind::Location, u"near:30, 110 radius:40"_s),
                           RecordSort::Distance, 0, error);
        QVERIFY2(spaced, qPrintable(error));
        QCOMPARE(spaced->size(), 5);
        // A negated filter leaves out only what the filter finds: the records where the field is
        // empty (these have no city) stay.
        const qint64 inTheCity =
            saved(RecordKind::Location, { { u"name_zh"_s, u"城里"_s }, { u"city"_s, u"青岛市"_s } });
        QVERIFY(inTheCity > 0);
        const QList<qint64> all = ids(RecordKind::Location, QString());
        const QList<qint64> inQingdao = ids(RecordKind::Location, u"city:青岛"_s);
        QVERIFY(inQingdao.contains(inTheCity));
        QSet<qint64> notInQingdao(all.cbegin(), all.cend());
        for (const qint64 id : inQingdao)
            notInQingdao.remove(id);
        for (const qint64 id : QList<qint64> { byDistance + QList<qint64> { eastId, fijiEast, fijiWest } })
            QVERIFY(notInQingdao.contains(id));
        const QList<qint64> negated = ids(RecordKind::Location, u"-city:青岛"_s);
        QCOMPARE(negated.size(), notInQingdao.size());
        QCOMPARE(QSet<qint64>(negated.cbegin(), negated.cend()), notInQingdao);
        // Moving a location moves it in the index.
        auto record = store().get(RecordKind::Location, byDistance.at(3));
        record->insert(u"lat"_s, 31.0);
        saved(RecordKind::Location, *record);
        const auto moved =
            store().search(RecordQueryParser::parse(RecordKind::Location, u"near:30,110 radius:40"_s),
                           RecordSort::Distance, 0, error);
        QCOMPARE(moved->size(), 4);
    }

    void removeAndRestoreKeepsTheId()
    {
        const auto record = store().get(RecordKind::Location, m_beach);
        QString error;
        QVERIFY(store().remove(RecordKind::Location, m_beach, error));
        QVERIFY(!store().get(RecordKind::Location, m_beach));
        QVERIFY(ids(RecordKind::Location, u"沙滩"_s).isEmpty());
        QCOMPARE(saved(RecordKind::Location, *record), m_beach);
        QCOMPARE(ids(RecordKind::Location, u"沙滩"_s), QList<qint64> { m_beach });
    }

    void facilitiesAndExperts()
    {
        const qint64 studio = saved(RecordKind::Facility,
                                    { { u"name_zh"_s, u"东方影都1号棚"_s },
                                      { u"service_type"_s, u"影棚"_s },
                                      { u"stage_area_m2"_s, 10000 },
                                      { u"city"_s, u"青岛"_s },
                                      { u"rates"_s, u"面议"_s } });
        const qint64 hotel =
            saved(RecordKind::Facility,
                  { { u"name_en"_s, u"Seaview Hotel"_s }, { u"service_type"_s, u"accommodation"_s } });
        QVERIFY(studio > 0 && hotel > 0);
        QCOMPARE(ids(RecordKind::Facility, u"type:影棚"_s), QList<qint64> { studio });
        QCOMPARE(ids(RecordKind::Facility, u"dfyd"_s), QList<qint64> { studio });
        QCOMPARE(ids(RecordKind::Facility, u"住宿"_s),
                 QList<qint64> { hotel }); // the type's name is searchable
        QVERIFY(!RecordSchema::redacted(RecordKind::Facility, *store().get(RecordKind::Facility, studio))
                     .contains("rates"_L1));

        const qint64 historian = saved(RecordKind::Expert,
                                       { { u"name_zh"_s, u"张伟"_s },
                                         { u"expertise"_s, u"地方史；民国建筑"_s },
                                         { u"languages"_s, u"中文、英语"_s },
                                         { u"consent_to_publish"_s, u"是"_s } });
        const qint64 pilot = saved(RecordKind::Expert,
                                   { { u"name_en"_s, u"Anna Berg"_s },
                                     { u"expertise"_s, QJsonArray { u"drone"_s } },
                                     { u"languages"_s, u"English; Deutsch"_s } });
        QVERIFY(historian > 0 && pilot > 0);
        QCOMPARE(ids(RecordKind::Expert, u"expertise:民国"_s), QList<qint64> { historian });
        QCOMPARE(ids(RecordKind::Expert, u"lang:english"_s), QList<qint64> { pilot });
        QCOMPARE(ids(RecordKind::Expert, u"consent:yes"_s), QList<qint64> { historian });
        QCOMPARE(ids(RecordKind::Expert, u"zw"_s), QList<qint64> { historian });
        QCOMPARE(store().get(RecordKind::Expert, historian)->value("consent_to_publish"_L1).toBool(), true);
        // Experts have no place on the map.
        QVERIFY(!RecordQueryParser::parse(RecordKind::Expert, u"near:30,110"_s).errors.isEmpty()
                || RecordQueryParser::parse(RecordKind::Expert, u"near:30,110"_s)
                       .terms.contains(u"text(near:30,110)"_s));
    }

    void sortKeys()
    {
        QCOMPARE(SortKey::of(u"山东古镇老街"_s), u"shan dong gu zhen lao jie"_s);
        QCOMPARE(SortKey::of(u"Old Street No.5"_s), u"old street no 5"_s);
        QCOMPARE(SortKey::of(u"798艺术区"_s), u"798 yi shu qu"_s);
        // Asset names sort numbers by value.
        using SortKey::Numbers;
        QCOMPARE(SortKey::of(u"DJI_0042.MP4"_s, Numbers::ByValue), u"dji 0000000042 mp0000000004"_s);
        QVERIFY(SortKey::of(u"clip 2"_s, Numbers::ByValue) < SortKey::of(u"clip 10"_s, Numbers::ByValue));
        QCOMPARE(SortKey::of(u"v007b"_s, Numbers::ByValue), u"v0000000007b"_s);
        QCOMPARE(SortKey::of(u"12345678901234"_s, Numbers::ByValue), u"12345678901234"_s);
        // As SQLite compares text: by code point, beyond U+FFFF too.
        QVERIFY(SortKey::less(u"\uFF21"_s, u"\U0001F30A"_s));
        QVERIFY(!SortKey::less(u"\U0001F30A"_s, u"\uFF21"_s));
        QVERIFY(u"\U0001F30A"_s < u"\uFF21"_s); // what QString alone would say
        QVERIFY(SortKey::less(u"ab"_s, u"abc"_s));
        QVERIFY(!SortKey::less(u"abc"_s, u"abc"_s));
    }
};

REELATLAS_TEST_GUILESS_MAIN_BOTH_BACKENDS(TestRecordStore)
#include "tst_recordstore.moc"
