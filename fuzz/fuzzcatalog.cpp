#include "fuzzcatalog.h"

#include "catalog.h"
#include "catalogbackend.h"
#include "recordschema.h"
#include "recordstore.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Fuzz {

namespace {

[[noreturn]] void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz catalog: %s: %s\n", what, qPrintable(detail));
    std::exit(2);
}

QJsonValue sampleValue(RecordKind kind, const RecordField &field,
                       const QHash<QString, QList<RecordChoice>> &choices)
{
    using Type = RecordField::Type;
    const QString &key = field.key;
    switch (field.type) {
    case Type::Text:
        if (key == "code"_L1)
            return kind == RecordKind::Location ? u"QD-0001"_s : u"FS-0001"_s;
        if (key == "name_zh"_L1)
            return u"八大关，\"老别墅\""_s; // a comma and quotes: CSV quotes the cell
        if (key == "name_en"_L1)
            return u"Badaguan villas"_s;
        if (key == "website"_L1)
            return u"https://example.org/studio"_s;
        if (key == "province"_L1)
            return u"山东"_s;
        if (key == "city"_L1)
            return u"青岛"_s;
        return u"样例 %1"_s.arg(key);
    case Type::LongText:
        // A line break inside a cell, and a would-be formula (written with a leading ').
        return key == "notes"_L1 ? u"=1+1 不是公式"_s : u"第一行\n第二行 “引号”"_s;
    case Type::Number:
        if (key == "lat"_L1)
            return 36.0671;
        if (key == "lon"_L1)
            return 120.3826;
        return 12.5;
    case Type::Date:
        return u"2024-07-10"_s;
    case Type::Bool:
        return true;
    case Type::Choice:
        if (key == "setting"_L1)
            return u"both"_s;
        if (key == "status"_L1)
            return u"public"_s;
        if (const QList<RecordChoice> list = choices.value(key); !list.isEmpty())
            return list.first().code;
        return QJsonValue();
    case Type::List:
        return key == "tags"_L1 ? QJsonArray { u"天气/晴"_s, u"海边"_s }
                                : QJsonArray { u"民国"_s, u"1930s"_s };
    case Type::Contacts:
        return QJsonArray {
            QJsonObject { { u"name"_s, u"张伟"_s },
                          { u"role"_s, u"管理员"_s },
                          { u"phone"_s, u"+86 532 8888 0000"_s },
                          { u"email"_s, u"zhang@example.org"_s },
                          { u"confidential"_s, true } },
            QJsonObject {
                { u"name"_s, u"Li Na"_s }, { u"phone"_s, u"13800138000"_s }, { u"confidential"_s, false } },
        };
    }
    return QJsonValue();
}

void addRecord(QSqlDatabase db, RecordKind kind)
{
    RecordStore store(db);
    const auto choices = store.choices(kind);
    QJsonObject record;
    QJsonArray confidential; // the fee, as people mark it
    for (const RecordField &field : RecordSchema::fields(kind)) {
        const QJsonValue value = sampleValue(kind, field, choices);
        if (!value.isNull())
            record.insert(field.key, value);
        if (field.confidential)
            confidential.append(field.key);
    }
    record.insert(u"confidential"_s, confidential);
    QList<RecordProblem> problems;
    QString error;
    db.transaction();
    if (!store.save(kind, record, problems, error))
        fail("a sample record is not valid", error);
    db.commit();
}

QSqlDatabase make()
{
    static QTemporaryDir folder;
    QString error;
    if (!folder.isValid() || !Catalog::prepare(folder.path(), Catalog::OpenMode::Create, error))
        fail("cannot make a catalog", error);
    // Never closed: the targets use it until they exit (held here, it is no leak).
    static CatalogSession *const session = new CatalogSession(folder.path());
    if (!session->isOpen())
        fail("cannot open the catalog", session->error());
    QSqlDatabase db = session->db();
    for (const RecordKind kind : { RecordKind::Location, RecordKind::Facility, RecordKind::Expert })
        addRecord(db, kind);
    QSqlQuery asset(db);
    if (!asset.exec(
            u"INSERT INTO assets (kind, path, path_raw, file_name, size_bytes, mtime_ns, added_at, "
            "updated_at, title, description, created_at, duration_s, fps, width, height, video_codec, "
            "camera_make, camera_model, hdr, people, color_temp_k, light, exposure, format_class, "
            "format_class_zh, format_class_en) VALUES ('video', '/media/drive/2024/海边.mp4', "
            "CAST('/media/drive/2024/海边.mp4' AS BLOB), '海边.mp4', 1000000, 0, "
            "'2024-07-10T10:00:00Z', '2024-07-10T10:00:00Z', '海边古镇 old street', '晴天', "
            "'2024-07-10T18:30:00Z', 12.5, 25, 1920, 1080, 'h264', 'DJI', 'Mini 4 Pro', 'none', 2, "
            "5600, 'golden', 'normal', '1080p', '全高清', 'Full HD')"_s))
        fail("cannot add a clip", asset.lastError().text());
    return db;
}

} // namespace

QSqlDatabase catalog()
{
    static const QSqlDatabase db = make();
    return db;
}

} // namespace Fuzz

namespace Fuzz {

qsizetype bindsOf(const QString &condition)
{
    return condition.count(u'?') + condition.count(QStringLiteral("{ids "))
        + condition.count(QStringLiteral("{matching "));
}

bool runs(const QSqlDatabase &db, const QString &select, const QString &condition, QVariantList binds,
          QString &error)
{
    QString sql = select + QStringLiteral(" WHERE ") + condition;
    CatalogBackend::of(db).adapt(sql, binds);
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &bind : std::as_const(binds))
        query.addBindValue(bind);
    if (query.exec())
        return true;
    error = sql + QStringLiteral("\n") + query.lastError().text();
    return false;
}

} // namespace Fuzz
