// The search language of the location, facility and expert lists (RecordQueryParser), for each
// kind, and the SQL and FTS5 expressions it makes, run on a small catalog: a query the parser
// accepts must run (near: a location that does not exist is the one error a search may give).

#include "fuzzcatalog.h"
#include "fuzzsupport.h"
#include "recordquery.h"
#include "recordstore.h"

#include <QSqlError>
#include <QSqlQuery>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

namespace {

void check(const RecordQuery &query, const QString &text)
{
    qsizetype placeholders = 0;
    for (const QString &condition : query.conditions)
        placeholders += Fuzz::bindsOf(condition);
    Fuzz::require(placeholders == query.binds.size(), "the conditions' placeholders and binds differ", text);
    Fuzz::require(query.radiusKm > 0, "radius: not positive", text);
    if (!query.errors.isEmpty())
        return;

    QSqlDatabase db = Fuzz::catalog();
    qsizetype bind = 0;
    for (const QString &condition : query.conditions) {
        const qsizetype count = Fuzz::bindsOf(condition);
        QString error;
        Fuzz::require(Fuzz::runs(db, u"SELECT count(*) FROM %1 r"_s.arg(RecordSchema::table(query.kind)),
                                 condition, query.binds.mid(bind, count), error),
                      "a condition does not run", text + u"\n"_s + error);
        bind += count;
    }
    const RecordStore store(db);
    // near:CODE names a location that may not exist; the sample one has coordinates.
    const bool centreKnown =
        query.nearReference.isEmpty() || store.idFor(RecordKind::Location, query.nearReference).has_value();
    QString error;
    for (const RecordSort sort :
         { RecordSort::Relevance, RecordSort::Name, RecordSort::Distance, RecordSort::Updated }) {
        const bool ran = store.search(query, sort, 20, error).has_value();
        Fuzz::require(ran || !centreKnown, "the query does not run", text + u"\n"_s + error);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialize(argc, argv);
    Fuzz::catalog();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const RecordKind kind : { RecordKind::Location, RecordKind::Facility, RecordKind::Expert }) {
        const RecordQuery typed = RecordQueryParser::parse(kind, text);
        check(typed, text);
        // As you type, most texts give the same query: it is run only when it is another.
        const RecordQuery typing = RecordQueryParser::parse(kind, text, true);
        if (typing.words != typed.words || typing.conditions != typed.conditions
            || typing.binds != typed.binds || typing.errors != typed.errors)
            check(typing, text);
    }
    return 0;
}
