// The search box's query language (AssetQueryParser), as typed and as typed so far, and the SQL
// and FTS5 expressions it makes, run on a small catalog: whatever is typed, a query the parser
// accepts must run (what people type is only ever data).

#include "assetquery.h"
#include "assetstore.h"
#include "fuzzcatalog.h"
#include "fuzzsupport.h"

#include <QSqlError>
#include <QSqlQuery>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

namespace {

void check(const AssetQuery &query, const QString &text)
{
    qsizetype placeholders = 0;
    for (const QString &condition : query.conditions)
        placeholders += Fuzz::bindsOf(condition);
    Fuzz::require(placeholders == query.binds.size(), "the conditions' placeholders and binds differ", text);
    Fuzz::require(query.tests.size() == query.conditions.size(), "a condition without its test", text);
    for (const AssetQuery::Test &test : query.tests) {
        const qsizetype lookupPlaceholders = Fuzz::bindsOf(test.lookup);
        Fuzz::require(lookupPlaceholders == test.lookupBinds.size(),
                      "a lookup's placeholders and binds differ", text);
    }
    if (query.asksForLookAlikes())
        Fuzz::require(query.similarBind >= 0 && query.similarBind < query.binds.size(),
                      "similar: binds nothing", text);
    if (!query.isValid())
        return;

    QSqlDatabase db = Fuzz::catalog();
    // Each condition on its own, on the catalog's clip: in the whole query, SQLite stops at the
    // first condition that fails.
    qsizetype bind = 0;
    for (const QString &condition : query.conditions) {
        const qsizetype count = Fuzz::bindsOf(condition);
        QString error;
        Fuzz::require(Fuzz::runs(db, u"SELECT count(*) FROM assets a"_s, condition,
                                 query.binds.mid(bind, count), error),
                      "a condition does not run", text + u"\n"_s + error);
        bind += count;
    }
    // The whole query, as the search runs it.
    const AssetStore store(db);
    QString error;
    for (const AssetSort sort : { AssetSort::Relevance, AssetSort::Name })
        Fuzz::require(store.idsMatching(query, sort, 20, error).has_value(), "the query does not run",
                      text + u"\n"_s + error);
    Fuzz::require(store.idsMatchingIn(query, u"title"_s, error).has_value(), "the words do not run",
                  text + u"\n"_s + query.words.fts5 + u"\n"_s + error);
    // The desktop's first answer and its whole one, with where the words are.
    bool finished = true;
    Fuzz::require(store.idsLastCatalogued(query, 20, 1000, finished, error).has_value(),
                  "the first answer does not run", text + u"\n"_s + error);
    Fuzz::require(store.idsWithTiers(query, error).has_value(), "the tiers do not run",
                  text + u"\n"_s + query.words.fts5 + u"\n"_s + error);
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
    const AssetQuery typed = AssetQueryParser::parse(text);
    check(typed, text);
    // As you type, most texts give the same query: it is run only when it is another.
    const AssetQuery typing = AssetQueryParser::parse(text, true);
    if (typing.words != typed.words || typing.conditions != typed.conditions || typing.binds != typed.binds
        || typing.errors != typed.errors)
        check(typing, text);
    return 0;
}
