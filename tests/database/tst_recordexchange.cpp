// Import and export of locations, facilities and experts: what spreadsheets from real offices
// hold (Chinese headings, GB18030 from Excel, BOMs, quotes and line breaks in cells), a preview
// that says what each row becomes, and all-or-nothing commits.

#include "backends.h"
#include "catalog.h"
#include "csvfile.h"
#include "recordexchange.h"
#include "recordstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

class TestRecordExchange : public QObject
{
    Q_OBJECT

    const QString m_catalog = Backends::newCatalog(); // a folder, or a database on a server
    std::unique_ptr<CatalogSession> m_session;

    RecordExchange::Preview preview(const QByteArray &data,
                                    RecordExchange::Format format = RecordExchange::Format::Csv,
                                    RecordKind kind = RecordKind::Location)
    {
        return RecordExchange::preview(m_session->db(), kind, data, format);
    }
    int count(RecordKind kind = RecordKind::Location) { return RecordStore(m_session->db()).count(kind); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY(Catalog::prepare(m_catalog, Catalog::OpenMode::Create, error));
        m_session = std::make_unique<CatalogSession>(m_catalog);
        QVERIFY(m_session->isOpen());
    }
    void cleanupTestCase() { m_session.reset(); }

    void csvReading()
    {
        QString error;
        // BOM, quotes, a doubled quote, a line break in a cell, CRLF, a blank line, a formula guard.
        const QByteArray data = "\xEF\xBB\xBFname,notes\r\n\"A, B\",\"say \"\"hi\"\"\nthen go\"\r\n\r\n"
                                "'=SUM(1),plain\r\n";
        const auto table = Csv::read(data, error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->header, (QStringList { u"name"_s, u"notes"_s }));
        QCOMPARE(table->rows.size(), 2);
        QCOMPARE(table->rows.at(0), (QStringList { u"A, B"_s, u"say \"hi\"\nthen go"_s }));
        QCOMPARE(table->rows.at(1).at(0), u"=SUM(1)"_s);
        QCOMPARE(table->lines, (QList<int> { 2, 5 }));
        // A line of only a byte-order mark (after a lone CR) is as blank as an empty one.
        const auto marked = Csv::read("name_zh,lat,lon\nA,36.1,120.4\r\xEF\xBB\xBF\nB,3,4\n", error);
        QVERIFY2(marked, qPrintable(error));
        QCOMPARE(marked->rows,
                 (QList<QStringList> { { u"A"_s, u"36.1"_s, u"120.4"_s }, { u"B"_s, u"3"_s, u"4"_s } }));
        // What we write reads back the same.
        const QStringList cells { u"=HYPERLINK(\"x\")"_s, u"a,b"_s,  u"line\nbreak"_s,
                                  u"+86 138"_s,           u"普通"_s, u"padded "_s,
                                  u"\tindented"_s };
        const auto back = Csv::read(
            Csv::line({ u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s, u"h7"_s }) + Csv::line(cells),
            error);
        QVERIFY(back);
        QCOMPARE(back->rows.first(), cells);
        // Excel in China saves GB18030.
        QStringEncoder gbk("GB18030");
        const QByteArray chinese = gbk.encode(u"名称,城市\r\n石老人,青岛\r\n"_s);
        const auto decoded = Csv::read(chinese, error);
        QVERIFY(decoded);
        QCOMPARE(decoded->encoding, u"GB18030"_s);
        QCOMPARE(decoded->rows.first(), (QStringList { u"石老人"_s, u"青岛"_s }));
        // A quote left open is an error naming its line, not one long cell.
        QVERIFY(!Csv::read("name_zh,lat\r\nok,1\r\n\"unclosed,1\r\nmore,2\r\n", error));
        QVERIFY2(error.contains(u"line 3"_s), qPrintable(error));
        // UTF-16 with its byte order mark.
        QStringEncoder utf16(QStringEncoder::Utf16LE);
        const auto wide =
            Csv::read(QByteArray("\xFF\xFE") + QByteArray(utf16.encode(u"名称\r\n石老人\r\n"_s)), error);
        QVERIFY2(wide, qPrintable(error));
        QCOMPARE(wide->rows.first().first(), u"石老人"_s);
        // Not text at all.
        QVERIFY(!Csv::read(QByteArray("\x00\x01\x02PK", 5), error));
        QVERIFY(!Csv::read(QByteArray(), error));
    }

    // Found by fuzz_csv: a cell that starts with ' before a formula sign ('=1+1 in a note) lost
    // that ' when written and read back, so a record exported and imported again changed.
    void aLeadingQuoteSurvivesWritingAndReading()
    {
        const QStringList cells {
            u"'=1+1 is text"_s, u"''@home"_s, u"'-x"_s, u"=x"_s, u"'-5"_s, u"'plain"_s
        };
        QStringList header;
        for (qsizetype i = 0; i < cells.size(); ++i)
            header.append(u"h%1"_s.arg(i));
        QString error;
        const auto back = Csv::read(Csv::line(header) + Csv::line(cells), error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->rows.first(), cells);
        const RecordExchange::Preview p =
            preview(Csv::line({ u"name_zh"_s, u"notes"_s }) + Csv::line({ u"引号"_s, u"'=1+1 is text"_s }));
        QCOMPARE(p.rows.size(), 1);
        QCOMPARE(p.rows.first().record.value("notes"_L1).toString(), u"'=1+1 is text"_s);
    }

    void previewSaysWhatEachRowBecomes()
    {
        // Headings the way an office's spreadsheet has them.
        const QByteArray data = u"编号,名称,类别,城市,纬度,经度,联系人,电话,备注栏\r\n"
                                "QD-1,八大关,年代场景,青岛,36.0543,120.3532,王经理,13800138000,x\r\n"
                                "QD-2,石老人,海岸风光,青岛,36.0975,120.4664,,,y\r\n"
                                ",无编号,地标景区,青岛,,,,,z\r\n"_s.toUtf8();
        const RecordExchange::Preview p = preview(data);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.rows.size(), 3);
        QCOMPARE(p.inserts(), 3);
        QCOMPARE(p.ignoredColumns, QStringList { u"备注栏"_s });
        QCOMPARE(p.rows.at(0).record.value("category"_L1).toString(), u"period"_s);
        QCOMPARE(p.rows.at(0).record.value("contacts"_L1).toArray().at(0)[u"phone"_s].toString(),
                 u"13800138000"_s);
        QVERIFY(p.canCommit());
        QString error;
        QList<qint64> ids;
        QVERIFY2(RecordExchange::commit(m_session->db(), p, error, &ids), qPrintable(error));
        QCOMPARE(ids.size(), 3);
        QCOMPARE(count(), 3);

        // The same file again: updates by code, an insert for the row without one.
        const RecordExchange::Preview again = preview(data);
        QCOMPARE(again.updates(), 2);
        QCOMPARE(again.inserts(), 1);
        QCOMPARE(again.rows.at(0).existingId, ids.at(0));
    }

    void aBadRowChangesNothing()
    {
        const int before = count();
        const QByteArray data = u"code,name_zh,lat,lon,contact1_phone\r\n"
                                "NEW-1,新地点,30,110,\r\n"
                                "NEW-2,坏坐标,95,110,\r\n"
                                "NEW-3,坏电话,30,110,abc\r\n"
                                "NEW-1,重复编号,30,110,\r\n"
                                ",,30,110,\r\n"_s.toUtf8();
        const RecordExchange::Preview p = preview(data);
        QCOMPARE(p.rows.size(), 5);
        QCOMPARE(p.invalid(), 4);
        QVERIFY(p.rows.at(0).problems.isEmpty());
        QVERIFY(p.rows.at(1).problems.join(u' ').contains(u"latitude"_s));
        QVERIFY(p.rows.at(2).problems.join(u' ').contains(u"abc"_s));
        QVERIFY(p.rows.at(3).problems.join(u' ').contains(u"line 2"_s)); // the code seen before
        QVERIFY(p.rows.at(4).problems.join(u' ').contains(u"name"_s));
        QCOMPARE(p.rows.at(2).line, 4);
        QVERIFY(!p.canCommit());
        QString error;
        QVERIFY(!RecordExchange::commit(m_session->db(), p, error));
        QVERIFY(error.contains(u"nothing was imported"_s));
        QCOMPARE(count(), before);
    }

    void aFailingWriteRollsBackTheRest()
    {
        // Valid rows whose write fails late (the second takes the code of an existing record
        // under a different id): the first row must not stay.
        const int before = count();
        RecordExchange::Preview p = preview(u"name_zh,code\r\n第一,LATE-1\r\n第二,LATE-2\r\n"_s.toUtf8());
        QVERIFY(p.canCommit());
        p.rows[1].record.insert(u"code"_s, u"QD-1"_s); // taken since the preview
        QString error;
        QVERIFY(!RecordExchange::commit(m_session->db(), p, error));
        QVERIFY2(error.contains(u"QD-1"_s), qPrintable(error));
        QCOMPARE(count(), before);
        QVERIFY(!RecordStore(m_session->db()).idFor(RecordKind::Location, u"LATE-1"_s));
    }

    void jsonAndRoundTrip()
    {
        const QByteArray json = R"({"experts": [
            {"name_zh": "张伟", "expertise": ["地方史"], "languages": "中文、英语", "consent_to_publish": "是",
             "contacts": [{"name": "张伟", "email": "zhang@example.cn", "confidential": false}]},
            {"name_en": "Anna Berg", "fee_range": "500-800 EUR/day"},
            42
        ]})";
        RecordExchange::Preview p = preview(json, RecordExchange::Format::Json, RecordKind::Expert);
        QCOMPARE(p.rows.size(), 3);
        QCOMPARE(p.invalid(), 1); // 42 is not an object
        p.rows.removeIf([](const RecordExchange::Row &row) {
            return row.action == RecordExchange::Row::Action::Invalid;
        });
        // The file says 张伟's contact is public, where a new record's contacts are confidential:
        // that takes the person's consent.
        QCOMPARE(p.madePublic(), 1);
        QCOMPARE(p.rows.at(0).madePublic, QStringList { u"the contact 张伟"_s });
        QVERIFY(!p.canCommit());
        QString error;
        QVERIFY(!RecordExchange::commit(m_session->db(), p, error));
        QVERIFY2(error.contains(u"consent"_s), qPrintable(error));
        QCOMPARE(count(RecordKind::Expert), 0);
        p.allowPublic = true;
        QVERIFY(RecordExchange::commit(m_session->db(), p, error));
        QCOMPARE(count(RecordKind::Expert), 2);

        // Export as CSV and read it back: the same facts, confidential ones left out.
        const RecordStore store(m_session->db());
        QList<QJsonObject> exported;
        for (const qint64 id : { qint64(1), qint64(2) })
            exported.append(
                RecordExchange::exported(RecordKind::Expert, *store.get(RecordKind::Expert, id), false));
        QVERIFY(!exported.at(1).contains("fee_range"_L1));
        QByteArray csv = Csv::line(RecordExchange::csvHeader(RecordKind::Expert, 1));
        for (const QJsonObject &record : exported)
            csv += Csv::line(RecordExchange::csvRow(RecordKind::Expert, record, 1));
        const QString other = Backends::newCatalog();
        QVERIFY(Catalog::prepare(other, Catalog::OpenMode::Create, error));
        CatalogSession session(other);
        RecordExchange::Preview back =
            RecordExchange::preview(session.db(), RecordKind::Expert, csv, RecordExchange::Format::Csv);
        QCOMPARE(back.madePublic(), 1); // the contact again, in this catalog
        back.allowPublic = true;
        QVERIFY2(back.canCommit(), qPrintable(back.error + back.rows.value(0).problems.join(u';')));
        QCOMPARE(back.inserts(), 2); // ids of another catalog are not kept
        QVERIFY(RecordExchange::commit(session.db(), back, error));
        const auto zhang = RecordStore(session.db()).get(RecordKind::Expert, 1);
        QCOMPARE(zhang->value("languages"_L1).toArray(), (QJsonArray { u"中文"_s, u"英语"_s }));
        QCOMPARE(zhang->value("consent_to_publish"_L1).toBool(), true);
        QCOMPARE(zhang->value("contacts"_L1).toArray().at(0)[u"email"_s].toString(), u"zhang@example.cn"_s);
        QCOMPARE(zhang->value("contacts"_L1).toArray().at(0)[u"confidential"_s].toBool(), false);
    }

    void unreadableFiles()
    {
        QVERIFY(!preview("{not json", RecordExchange::Format::Json).error.isEmpty());
        QVERIFY(!preview("a,b,c\r\n1,2,3\r\n").error.isEmpty()); // no name column
        QVERIFY(!preview("name_zh\r\n").error.isEmpty()); // no records
        QVERIFY(!preview(QByteArray("\x89PNG\r\n\x1a\n\0\0", 10)).error.isEmpty());
        QCOMPARE(RecordExchange::formatFor(u"/x/地点.CSV"_s), RecordExchange::Format::Csv);
        QCOMPARE(RecordExchange::formatFor(u"json"_s), RecordExchange::Format::Json);
        QVERIFY(!RecordExchange::formatFor(u"x.xlsx"_s));
    }

    void aRedactedExportImportedBackKeepsWhatItLeftOut()
    {
        QList<RecordProblem> problems;
        QString error;
        RecordStore store(m_session->db());
        const auto id = store.save(
            RecordKind::Location,
            { { u"name_zh"_s, u"保密测试"_s },
              { u"code"_s, u"SECRET-1"_s },
              { u"fee"_s, u"3000元/天"_s },
              { u"lat"_s, 36.0 },
              { u"lon"_s, 120.0 },
              { u"contacts"_s,
                QJsonArray { QJsonObject { { u"name"_s, u"公开"_s },
                                           { u"phone"_s, u"13800138000"_s },
                                           { u"confidential"_s, false } },
                             QJsonObject { { u"name"_s, u"保密"_s }, { u"phone"_s, u"13900139000"_s } } } } },
            problems, error);
        QVERIFY2(id, qPrintable(error));
        const RecordQuery query = RecordQueryParser::parse(RecordKind::Location, u"code:SECRET-1"_s);
        for (const auto format : { RecordExchange::Format::Csv, RecordExchange::Format::Json }) {
            const auto bytes =
                RecordExchange::exportRecords(m_session->db(), query, format, false, false, error);
            QVERIFY(bytes);
            QVERIFY(!bytes->contains("3000"));
            QVERIFY(!bytes->contains("13900139000"));
            QByteArray edited = *bytes;
            edited.replace("保密测试", "保密测试（改）");
            const RecordExchange::Preview p = preview(edited, format);
            QVERIFY2(p.canCommit(), qPrintable(p.error + p.rows.value(0).problems.join(u';')));
            QCOMPARE(p.updates(), 1);
            QVERIFY(RecordExchange::commit(m_session->db(), p, error));
            const auto after = store.get(RecordKind::Location, *id);
            QCOMPARE(after->value("name_zh"_L1).toString(), u"保密测试（改）"_s);
            QCOMPARE(after->value("fee"_L1).toString(), u"3000元/天"_s); // kept
            QCOMPARE(after->value("contacts"_L1).toArray().size(), 2); // both, once each
            QCOMPARE(after->value("lat"_L1).toDouble(), 36.0);
            QVERIFY(store.save(RecordKind::Location,
                               { { u"id"_s, *id },
                                 { u"name_zh"_s, u"保密测试"_s },
                                 { u"code"_s, u"SECRET-1"_s },
                                 { u"fee"_s, u"3000元/天"_s },
                                 { u"lat"_s, 36.0 },
                                 { u"lon"_s, 120.0 },
                                 { u"contacts"_s, after->value("contacts"_L1) } },
                               problems, error));
        }
    }

    void confidentialityFailsClosed()
    {
        RecordStore store(m_session->db());
        const qint64 id = *store.idFor(RecordKind::Location, u"SECRET-1"_s);
        const auto fee = [&] { return store.get(RecordKind::Location, id)->value("fee"_L1).toString(); };
        const auto exported = [&] {
            QString error;
            return *RecordExchange::exportRecords(
                m_session->db(), RecordQueryParser::parse(RecordKind::Location, u"code:SECRET-1"_s),
                RecordExchange::Format::Json, false, false, error);
        };
        QString error;
        // An empty "confidential" cell (a spreadsheet column left blank) keeps the marks.
        RecordExchange::Preview p = preview("code,name_zh,confidential\r\nSECRET-1,保密测试,\r\n"
                                            "NEW-1,新外景,\r\n");
        QVERIFY2(p.canCommit(), qPrintable(p.error));
        QCOMPARE(p.madePublic(), 0);
        QVERIFY(RecordExchange::commit(m_session->db(), p, error));
        QCOMPARE(store.get(RecordKind::Location, id)->value("confidential"_L1).toArray(),
                 QJsonArray { u"fee"_s });
        const qint64 fresh = *store.idFor(RecordKind::Location, u"NEW-1"_s);
        QCOMPARE(store.get(RecordKind::Location, fresh)->value("confidential"_L1).toArray(),
                 QJsonArray { u"fee"_s }); // a new record: the defaults
        QVERIFY(!exported().contains("3000"));

        // A row that takes the mark away says so, row by row, and needs consent: "none" (无),
        // an explicit empty list, or a list without the fee.
        for (const QByteArray &data :
             { QByteArray("code,name_zh,confidential\r\nSECRET-1,保密测试,none\r\n"),
               u"code,name_zh,confidential\r\nSECRET-1,保密测试,无\r\n"_s.toUtf8(),
               QByteArray(R"([{"code": "SECRET-1", "name_zh": "保密测试", "confidential": []}])") }) {
            p = preview(data,
                        data.startsWith('[') ? RecordExchange::Format::Json : RecordExchange::Format::Csv);
            QCOMPARE(p.invalid(), 0);
            QCOMPARE(p.madePublic(), 1);
            QCOMPARE(p.rows.at(0).madePublic, QStringList { u"Fee"_s });
            QVERIFY(!p.canCommit());
            QVERIFY(!RecordExchange::commit(m_session->db(), p, error));
            QVERIFY(!exported().contains("3000"));
        }
        // With consent it is done; a list by label (Fee) marks it again without asking.
        p.allowPublic = true;
        QVERIFY(RecordExchange::commit(m_session->db(), p, error));
        QVERIFY(exported().contains("3000"));
        p = preview(u"code,name_zh,confidential\r\nSECRET-1,保密测试,Fee\r\n"_s.toUtf8());
        QCOMPARE(p.madePublic(), 0);
        QVERIFY2(RecordExchange::commit(m_session->db(), p, error),
                 qPrintable(error + p.rows.at(0).problems.join(u';')));
        QVERIFY(!exported().contains("3000"));
        QCOMPARE(fee(), u"3000元/天"_s);

        // A confidential contact made public in the file is named.
        p = preview(QByteArray("code,name_zh,contact1_name,contact1_phone,contact1_confidential\r\n"
                               "SECRET-1,保密测试,保密,13900139000,no\r\n"));
        QCOMPARE(p.rows.at(0).madePublic, QStringList { u"the contact 保密"_s });
        QVERIFY(!p.canCommit());

        // Marks that cannot be read (damaged, edited by hand) read as the defaults, and so do
        // contact flags that are not 0.
        QSqlQuery damage(m_session->db());
        QVERIFY(
            damage.exec(u"UPDATE locations SET confidential_fields = '{not json' WHERE code = 'SECRET-1'"_s));
        QCOMPARE(store.get(RecordKind::Location, id)->value("confidential"_L1).toArray(),
                 QJsonArray { u"fee"_s });
        QVERIFY(!exported().contains("3000"));
        QVERIFY(
            damage.exec(u"UPDATE locations SET confidential_fields = '[1, 2]' WHERE code = 'SECRET-1'"_s));
        QVERIFY(!exported().contains("3000"));
        // (A PostgreSQL integer column cannot hold text: another flag that is not 0 there.)
        QVERIFY(damage.exec(Backends::onPostgres()
                                ? u"UPDATE contacts SET confidential = 2 WHERE phone = '13800138000'"_s
                                : u"UPDATE contacts SET confidential = 'x' WHERE phone = '13800138000'"_s));
        QVERIFY(!exported().contains("13800138000"));
        QVERIFY(damage.exec(u"UPDATE contacts SET confidential = 0 WHERE phone = '13800138000'"_s));
        QVERIFY(exported().contains("13800138000"));
        QVERIFY(
            damage.exec(u"UPDATE locations SET confidential_fields = '[\"fee\"]' WHERE code = 'SECRET-1'"_s));
    }

    void fullBackupKeepsTheMarks()
    {
        // A full CSV backup carries what is confidential ("none" for nothing), so that it reads
        // back the same into another catalog.
        RecordStore store(m_session->db());
        QList<RecordProblem> problems;
        QString error;
        const auto open = store.save(RecordKind::Location,
                                     { { u"name_zh"_s, u"公开费用"_s },
                                       { u"code"_s, u"OPEN-1"_s },
                                       { u"fee"_s, u"免费"_s },
                                       { u"confidential"_s, QJsonArray() } },
                                     problems, error);
        QVERIFY2(open, qPrintable(error));
        const auto bytes = RecordExchange::exportRecords(
            m_session->db(), RecordQueryParser::parse(RecordKind::Location, QString()),
            RecordExchange::Format::Csv, true, false, error);
        QVERIFY(bytes);
        const QString other = Backends::newCatalog();
        QVERIFY(Catalog::prepare(other, Catalog::OpenMode::Create, error));
        CatalogSession session(other);
        RecordExchange::Preview p =
            RecordExchange::preview(session.db(), RecordKind::Location, *bytes, RecordExchange::Format::Csv);
        QCOMPARE(p.invalid(), 0);
        // The open fee is public there only with consent; the secret one stays secret.
        QStringList seen;
        for (const RecordExchange::Row &row : std::as_const(p.rows)) {
            const QString code = row.record.value("code"_L1).toString();
            if (code == u"OPEN-1"_s)
                QCOMPARE(row.madePublic, QStringList { u"Fee"_s });
            if (code == u"SECRET-1"_s)
                QVERIFY(!row.madePublic.contains(u"Fee"_s));
            seen.append(code);
        }
        QVERIFY2(seen.contains(u"OPEN-1"_s) && seen.contains(u"SECRET-1"_s), qPrintable(seen.join(u' ')));
        p.allowPublic = true;
        QVERIFY2(RecordExchange::commit(session.db(), p, error), qPrintable(error));
        RecordStore copy(session.db());
        QCOMPARE(copy.get(RecordKind::Location, *copy.idFor(RecordKind::Location, u"OPEN-1"_s))
                     ->value("confidential"_L1)
                     .toArray(),
                 QJsonArray());
        QCOMPARE(copy.get(RecordKind::Location, *copy.idFor(RecordKind::Location, u"SECRET-1"_s))
                     ->value("confidential"_L1)
                     .toArray(),
                 QJsonArray { u"fee"_s });
    }

    void gb18030ErrorsNameTheirLine()
    {
        QString error;
        QStringEncoder gbk("GB18030");
        // Bytes no GB18030 text has (0x80, 0xFF, a lead byte followed by a control byte), in the
        // second row: an error naming line 3, not garbled text.
        for (const QByteArray &bad : { QByteArray("\x80"), QByteArray("\xFF\xFF"), QByteArray("\x81\x0a") }) {
            QByteArray data = gbk.encode(u"名称,城市\r\n石老人,青岛\r\n"_s);
            data += QByteArray(gbk.encode(u"太清宫"_s)) + bad.left(1) + ","
                + QByteArray(gbk.encode(u"青岛"_s)) + "\r\n";
            QVERIFY(!Csv::read(data, error));
            QVERIFY2(error.contains(u"line 3"_s) && error.contains(u"GB18030"_s), qPrintable(error));
        }
        // A character cut in half at the end of a cell does not carry into the next one.
        QByteArray cut = gbk.encode(u"名称,城市\r\n"_s);
        cut += QByteArray(gbk.encode(u"石"_s)).left(1) + "," + QByteArray(gbk.encode(u"青岛"_s)) + "\r\n";
        QVERIFY(!Csv::read(cut, error));
        QVERIFY2(error.contains(u"line 2, column 1"_s), qPrintable(error));
    }

    void coordinatesInUpdates()
    {
        RecordStore store(m_session->db());
        const qint64 id = *store.idFor(RecordKind::Location, u"SECRET-1"_s);
        QString error;
        // A datum with no coordinates in the row changes nothing.
        RecordExchange::Preview p =
            preview(u"code,名称,坐标,坐标系\r\nSECRET-1,保密测试,,GCJ-02\r\n"_s.toUtf8());
        QVERIFY(p.canCommit());
        QVERIFY(RecordExchange::commit(m_session->db(), p, error));
        QCOMPARE(store.get(RecordKind::Location, id)->value("lat"_L1).toDouble(), 36.0);
        QCOMPARE(store.get(RecordKind::Location, id)->value("lon"_L1).toDouble(), 120.0);
        // New coordinates in the file, as AMap shows them: converted, and they replace the old.
        const Geo::LatLon gcj = Geo::wgs84ToGcj02({ 36.5, 120.5 });
        p = preview(
            u"code,名称,坐标,坐标系\r\nSECRET-1,保密测试,\"%1,%2\",GCJ-02\r\n"_s.arg(gcj.lat, 0, 'f', 8)
                .arg(gcj.lon, 0, 'f', 8)
                .toUtf8());
        QVERIFY2(p.canCommit(), qPrintable(p.rows.value(0).problems.join(u';')));
        QVERIFY(RecordExchange::commit(m_session->db(), p, error));
        QVERIFY(std::abs(store.get(RecordKind::Location, id)->value("lat"_L1).toDouble() - 36.5) < 1e-6);
    }

    void assetIdsOfAnotherCatalogAreDropped()
    {
        const RecordExchange::Preview p =
            preview(R"([{"name_zh": "外来", "cover_asset_id": 999999, "asset_count": 7}])",
                    RecordExchange::Format::Json);
        QVERIFY(p.canCommit());
        QVERIFY(!p.rows.first().record.contains("cover_asset_id"_L1));
        QString error;
        QVERIFY2(RecordExchange::commit(m_session->db(), p, error), qPrintable(error));
    }
};

REELATLAS_TEST_GUILESS_MAIN_BOTH_BACKENDS(TestRecordExchange)
#include "tst_recordexchange.moc"
