#include "catalogbackend.h"

#include "postgresbackend.h"
#include "sqlitebackend.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

const CatalogBackend &CatalogBackend::sqlite()
{
    static const SqliteBackend backend;
    return backend;
}

const CatalogBackend &CatalogBackend::postgres()
{
    static const PostgresBackend backend;
    return backend;
}

const CatalogBackend &CatalogBackend::of(const QSqlDatabase &db)
{
    return db.driverName() == "QPSQL"_L1 ? postgres() : sqlite();
}

bool CatalogBackend::forEachRow(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                                const std::function<void(const Row &)> &onRow, QString &error) const
{
    return forEachRowWhile(
        db, sql, binds,
        [&onRow](const Row &row) {
            onRow(row);
            return true;
        },
        error);
}

std::optional<QList<qint64>> CatalogBackend::integerColumn(const QSqlDatabase &db, const QString &sql,
                                                           const QVariantList &binds, QString &error) const
{
    QList<qint64> out;
    if (!forEachRow(
            db, sql, binds, [&out](const Row &row) { out.append(row.integer(0)); }, error))
        return std::nullopt;
    return out;
}

void CatalogBackend::adapt(QString &sql, QVariantList &binds) const
{
    if (sql.contains(u'{')) {
        static const QRegularExpression placeholder(
            uR"(\{(ids|matching|elements) ([A-Za-z_][A-Za-z0-9_.]*)\})"_s);
        QString out;
        qsizetype last = 0;
        for (auto it = placeholder.globalMatch(sql); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const QString what = match.captured(1), name = match.captured(2);
            out += QStringView(sql).mid(last, match.capturedStart() - last);
            out += what == "ids"_L1     ? idIn(name)
                : what == "matching"_L1 ? matchingIds(name)
                                        : elementsOf(name);
            last = match.capturedEnd();
        }
        sql = out + sql.mid(last);
    }
    for (QVariant &bind : binds) {
        if (bind.metaType() == QMetaType::fromType<QList<qint64>>())
            bind = idList(bind.value<QList<qint64>>());
        else if (bind.metaType() == QMetaType::fromType<QueryText::WordsMatch>())
            bind = wordsBind(bind.value<QueryText::WordsMatch>());
    }
}

QString CatalogBackend::firstByNameIn(const QString &index, const QString &, const QString &table,
                                      const QString &conditions, int count) const
{
    return u"SELECT r.id"_s + fromMatching(index, table, u"r"_s) + u" WHERE "_s + matches(index) + conditions
        + u" ORDER BY r.name_pinyin, r.id LIMIT %1"_s.arg(count);
}
