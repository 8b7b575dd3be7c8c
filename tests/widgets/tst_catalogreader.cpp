// The desktop app's reader thread: searches with facet counts, dropping superseded searches, the
// sidebar's contents, and the inspector's facts.

#include "assetstore.h"
#include "backends.h"
#include "catalog.h"
#include "catalogbackend.h"
#include "catalogfixtures.h"
#include "catalogreader.h"
#include "inspector.h"
#include "savedsearchstore.h"
#include "tagstore.h"

#include <QDir>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestCatalogReader : public QObject
{
    Q_OBJECT

    const QString m_catalog = Backends::newCatalog(); // a folder, or a database on a server
    QList<qint64> m_ids;

    struct Answer : SearchResult
    {
        QList<Facet> facets;
    };

    static const Facet *facet(const Answer &result, const QString &id)
    {
        for (const Facet &f : result.facets) {
            if (f.id == id)
                return &f;
        }
        return nullptr;
    }
    // First answers of `assets`, until what it returns goes.
    [[nodiscard]] static auto firstAnswersOf(int assets, int milliseconds = CatalogReader::kFirstAnswerMs)
    {
        CatalogReader::setFirstAnswer(assets, milliseconds);
        return qScopeGuard([] { CatalogReader::setFirstAnswer(int(CatalogReader::kFirstAnswer)); });
    }

    // The whole answer's matches not asked for while the first answer is looked for, until what
    // it returns goes: the first answer then always comes first (CatalogReader::setPrefetching).
    [[nodiscard]] static auto withoutPrefetch()
    {
        CatalogReader::setPrefetching(false);
        return qScopeGuard([] { CatalogReader::setPrefetching(true); });
    }

    static QList<qint64> sorted(QList<qint64> ids)
    {
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    static int count(const Answer &result, const QString &id, const QString &filter)
    {
        const Facet *f = facet(result, id);
        if (!f)
            return 0;
        for (const FacetValue &value : f->values) {
            if (value.filter == filter)
                return value.count;
        }
        return 0;
    }
    // Every answer to a search, the first and the whole, once its facets are counted.
    static QList<SearchResult> answersOf(CatalogReader &reader, const QString &text, AssetSort sort)
    {
        QSignalSpy answers(&reader, &CatalogReader::searched);
        QSignalSpy facets(&reader, &CatalogReader::facetsCounted);
        reader.search(text, sort);
        QList<SearchResult> got;
        // (Best match over many counts the facets before the whole answer is in order.)
        const auto whole = [&] {
            return !answers.isEmpty() && answers.last().first().value<SearchResult>().complete;
        };
        if (!QTest::qWaitFor([&] { return !facets.isEmpty() && whole(); }, 10'000))
            return got;
        for (const QList<QVariant> &signal : std::as_const(answers))
            got.append(signal.first().value<SearchResult>());
        return got;
    }

    // The search's ids, then its facet counts.
    static Answer searched(CatalogReader &reader, const QString &text, AssetSort sort = AssetSort::Newest)
    {
        QSignalSpy spy(&reader, &CatalogReader::searched);
        QSignalSpy facets(&reader, &CatalogReader::facetsCounted);
        const quint64 ticket = reader.search(text, sort);
        if (!spy.wait(10'000))
            return {};
        Answer answer;
        static_cast<SearchResult &>(answer) = spy.last().first().value<SearchResult>();
        if (answer.ticket != ticket)
            return {};
        if (answer.failure.isEmpty()) {
            if (facets.isEmpty() && !facets.wait(10'000))
                return {};
            const auto counts = facets.last().first().value<FacetCounts>();
            if (counts.ticket != ticket)
                return {};
            answer.facets = counts.facets;
        }
        return answer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY(Catalog::prepare(m_catalog, Catalog::OpenMode::Create, error));
        CatalogSession session(m_catalog);
        using Asset = CatalogFixtures::Asset;
        const auto add = [&](Asset asset) {
            const auto id = CatalogFixtures::add(session, asset, &error);
            QVERIFY2(id, qPrintable(error));
            m_ids.append(*id);
        };
        Asset a;
        a.path = "/media/drive/山东古镇老街.mp4";
        a.title = u"古镇老街清晨"_s;
        a.tags = { u"天气/晴"_s, u"场景/老街"_s };
        a.createdAt = u"2024-05-01T06:00:00Z"_s;
        add(a);
        Asset b;
        b.path = "/media/drive/beach_sunset.mov";
        b.codec = u"hevc"_s;
        b.hdr = u"hlg"_s;
        b.fps = 50;
        b.durationS = 8;
        b.formatId = u"4k"_s;
        b.formatZh = u"4K"_s;
        b.formatEn = u"4K"_s;
        b.width = 3840;
        b.height = 2160;
        b.tags = { u"天气/晴"_s, u"时段/黄昏"_s };
        b.createdAt = u"2023-08-01T18:00:00Z"_s;
        add(b);
        Asset c;
        c.path = "/media/drive/phone_vertical.mp4";
        c.width = 1080;
        c.height = 1920;
        c.durationS = 45;
        c.fps = 30;
        c.status = u"offline"_s;
        c.createdAt = u"2024-01-01T12:00:00Z"_s;
        add(c);
        Asset d;
        d.path = "/media/drive/DSC_0001.jpg";
        d.kind = u"photo"_s;
        d.codec = u"mjpeg"_s;
        d.width = 4000;
        d.height = 3000;
        d.formatId.clear();
        d.formatZh.clear();
        d.formatEn.clear();
        d.createdAt = u"2022-03-01T09:00:00Z"_s;
        add(d);
        SavedSearchStore saved(session.db());
        QVERIFY(saved.add(u"晴天"_s, u"tag:天气/晴"_s, u"newest"_s, error));
        QVERIFY(saved.add(u"竖屏"_s, u"orient:portrait"_s, u"newest"_s, error));
    }

    void searchWithFacets()
    {
        CatalogReader reader(m_catalog);
        const Answer all = searched(reader, QString());
        QVERIFY2(all.failure.isEmpty(), qPrintable(all.failure));
        QCOMPARE(all.ids.size(), 4);
        QCOMPARE(all.ids.first(), m_ids[0]); // newest first
        QCOMPARE(count(all, u"kind"_s, u"kind:video"_s), 3);
        QCOMPARE(count(all, u"kind"_s, u"kind:photo"_s), 1);
        QCOMPARE(count(all, u"orient"_s, u"orient:portrait"_s), 1);
        QCOMPARE(count(all, u"orient"_s, u"orient:landscape"_s), 3);
        QCOMPARE(count(all, u"hdr"_s, u"hdr:hlg"_s), 1);
        QCOMPARE(count(all, u"status"_s, u"status:offline"_s), 1);
        QCOMPARE(count(all, u"codec"_s, u"codec:h264"_s), 2);
        QCOMPARE(count(all, u"fps"_s, u"fps:50"_s), 1);
        QCOMPARE(count(all, u"duration"_s, u"dur:<10"_s), 1);
        QCOMPARE(count(all, u"duration"_s, u"dur:>=30 dur:<60"_s), 1);
        QCOMPARE(count(all, u"year"_s, u"year:2024"_s), 2);
        QCOMPARE(count(all, u"tag"_s, u"tag:天气/晴"_s), 2);
        QVERIFY(count(all, u"format"_s, u"format:\"Full HD\""_s) == 2
                || count(all, u"format"_s, u"format:全高清"_s) == 2);
        // Durations keep their own order, not largest first.
        const Facet *durations = facet(all, u"duration"_s);
        QVERIFY(durations && durations->values.first().filter == "dur:<10"_L1);

        // Facets narrow as the search does; pinyin and initials find the Chinese title.
        const Answer sunny = searched(reader, u"tag:天气/晴 hdr:yes"_s);
        QCOMPARE(sunny.ids, QList<qint64> { m_ids[1] });
        QCOMPARE(count(sunny, u"tag"_s, u"tag:时段/黄昏"_s), 1);
        QCOMPARE(count(sunny, u"kind"_s, u"kind:photo"_s), 0);
        QCOMPARE(searched(reader, u"guzhen"_s).ids, QList<qint64> { m_ids[0] });
        QCOMPARE(searched(reader, u"gz"_s).ids, QList<qint64> { m_ids[0] });
        QCOMPARE(searched(reader, u"古"_s).ids, QList<qint64> { m_ids[0] }); // one character
        QCOMPARE(searched(reader, u"gu"_s).ids, QList<qint64> { m_ids[0] }); // typed so far: a prefix

        // A query with mistakes says what it did not understand.
        const Answer wrong = searched(reader, u"dur:<<5 fps:fast"_s);
        QCOMPARE(wrong.errors.size(), 2);
        QVERIFY(wrong.errors.join(u' ').contains(u"<<5"_s));
        // Hostile text is text.
        const Answer hostile = searched(reader, u"\"; DROP TABLE assets; -- NEAR(a b) *"_s);
        QVERIFY(hostile.failure.isEmpty());
        QCOMPARE(searched(reader, QString()).ids.size(), 4);
    }

    // Typing: six searches asked for while the first is under way. Only the newest is answered
    // (its ids, then its facet counts); the five it superseded give nothing.
    void olderSearchesAreDropped()
    {
        CatalogReader reader(m_catalog);
        QSignalSpy spy(&reader, &CatalogReader::searched);
        QSignalSpy facets(&reader, &CatalogReader::facetsCounted);
        QList<quint64> tickets;
        {
            // The catalog locked: the reader's first search waits for it (SQLite's busy handler)
            // while the others are asked for, however the threads are scheduled.
            // On a server: the table locked against reading, in a transaction of another session.
            const QString connection = u"lock"_s;
            const auto unlock = qScopeGuard([&] { QSqlDatabase::removeDatabase(connection); });
            QString error;
            QSqlDatabase db = Backends::onPostgres()
                ? CatalogBackend::postgres().open(m_catalog, connection, false, error)
                : QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            if (!Backends::onPostgres()) {
                db.setDatabaseName(QDir(m_catalog).filePath(QLatin1StringView(Catalog::kDatabaseFile)));
                QVERIFY(db.open());
            }
            QVERIFY2(db.isOpen(), qPrintable(error));
            QSqlQuery lock(db);
            if (Backends::onPostgres()) {
                QVERIFY(lock.exec(u"BEGIN"_s));
                QVERIFY2(lock.exec(u"LOCK TABLE assets IN ACCESS EXCLUSIVE MODE"_s),
                         qPrintable(lock.lastError().text()));
            } else {
                QVERIFY(lock.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
                QVERIFY2(lock.exec(u"BEGIN EXCLUSIVE"_s), qPrintable(lock.lastError().text()));
                QVERIFY(lock.exec(u"SELECT count(*) FROM assets"_s) && lock.next());
            }
            lock.finish();
            for (const char *typed : { "g", "gu", "guz", "guzh", "guzhe", "guzhen" })
                tickets.append(reader.search(QString::fromUtf8(typed), AssetSort::Relevance));
            QVERIFY(lock.exec(u"ROLLBACK"_s));
        } // unlocked, failing or not
        // The reader answers in the order asked, so once the newest is here, any older answer
        // would be here before it.
        QTRY_VERIFY_WITH_TIMEOUT(
            !facets.isEmpty() && facets.last().first().value<FacetCounts>().ticket == tickets.last(), 10'000);
        QCOMPARE(spy.size(), 1);
        const auto result = spy.first().first().value<SearchResult>();
        QCOMPARE(result.ticket, tickets.last());
        QCOMPARE(result.text, u"guzhen"_s);
        QVERIFY2(result.failure.isEmpty(), qPrintable(result.failure));
        QCOMPARE(result.ids, QList<qint64> { m_ids[0] });
        QCOMPARE(facets.size(), 1);
        QCOMPARE(facets.first().first().value<FacetCounts>().ticket, tickets.last());
    }

    // The facet counts' table is read in pieces; a newer search interrupts the read between
    // pieces and the next count goes on from there. Counted so, the facets are those of a read in
    // one go.
    // 400 assets of both kinds, two codecs, durations, years and seven scene tags.
    static void fill(const QString &folder)
    {
        QString error;
        QVERIFY(Catalog::prepare(folder, Catalog::OpenMode::Create, error));
        CatalogSession session(folder);
        for (int i = 0; i < 400; ++i) {
            CatalogFixtures::Asset asset;
            asset.path = "/p/" + QByteArray::number(i) + ".mp4";
            asset.posterColor = QColor();
            asset.kind = i % 3 ? u"video"_s : u"photo"_s;
            asset.codec = i % 2 ? u"hevc"_s : u"h264"_s;
            asset.durationS = i % 100;
            asset.createdAt = u"20%1-01-01T00:00:00Z"_s.arg(10 + i % 12);
            asset.tags = { u"场景/%1"_s.arg(i % 7) };
            if (i % 5 == 0)
                asset.title = u"古镇 %1"_s.arg(i);
            QVERIFY2(CatalogFixtures::add(session, asset, &error), qPrintable(error));
        }
    }

    // The assets of fill() with 古镇 in their titles (80), newest first; none when the catalog fails.
    static QList<qint64> townOf(const QString &folder)
    {
        CatalogSession session(folder, true);
        QString error;
        const auto ids = AssetStore(session.db())
                             .idsMatching(AssetQueryParser::parse(u"古镇"_s), AssetSort::Newest, 0, error);
        if (!ids)
            qWarning("%s", qPrintable(error));
        return ids.value_or(QList<qint64>());
    }

    void facetTableReadInPiecesAndResumed()
    {
        const QString dir = Backends::newCatalog();
        fill(dir);
        const auto flat = [](const QList<Facet> &facets) {
            QStringList out;
            for (const Facet &f : facets) {
                for (const FacetValue &v : f.values)
                    out.append(u"%1 %2 %3"_s.arg(f.id, v.filter).arg(v.count));
            }
            return out;
        };
        QStringList whole;
        {
            CatalogReader reader(dir);
            whole = flat(searched(reader, QString()).facets);
        }
        QVERIFY(whole.contains(u"kind kind:photo 134"_s));
        CatalogReader::setFacetPiece(1); // 400 reads of one asset
        const auto restore = qScopeGuard([] { CatalogReader::setFacetPiece(50'000); });
        CatalogReader reader(dir);
        QSignalSpy facets(&reader, &CatalogReader::facetsCounted);
        // Each answer asks for the next search while the previous one's facets are being read.
        int asked = 0;
        quint64 last = 0;
        connect(&reader, &CatalogReader::searched, this, [&] {
            if (++asked < 6)
                last = reader.search(asked % 2 ? QString() : u"kind:video"_s, AssetSort::Newest);
        });
        last = reader.search(QString(), AssetSort::Newest);
        QTRY_VERIFY_WITH_TIMEOUT(asked == 6, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(
            !facets.isEmpty() && facets.last().first().value<FacetCounts>().ticket == last, 10'000);
        const auto counts = facets.last().first().value<FacetCounts>();
        QCOMPARE(counts.text, QString()); // the sixth search: everything
        QCOMPARE(flat(counts.facets), whole);
    }

    // A search that matches many is answered at once with a first page, then whole: the first
    // answer is the matches among the last catalogued (or, without words, the first of the whole
    // order), in the order asked; the facets count the whole.
    void firstAnswerThenWhole()
    {
        const QString dir = Backends::newCatalog();
        fill(dir);
        const auto restore = firstAnswersOf(30);
        const auto prefetch = withoutPrefetch();
        CatalogReader reader(dir);
        CatalogSession session(dir, true);
        const AssetStore store(session.db());
        for (const bool inMemory : { false, true }) { // ordered in SQL (no facets' table yet), in memory
            for (const AssetSort sort : { AssetSort::Relevance, AssetSort::Newest, AssetSort::Oldest,
                                          AssetSort::Longest, AssetSort::Shortest, AssetSort::Name }) {
                for (const char *text : { "", "mp4", "p hevc", "gz kind:video", "mp4 tag:场景/3",
                                          "kind:photo", "hevc dur:<10" }) {
                    const QString what = u"%1, sort %2%3"_s.arg(QString::fromUtf8(text))
                                             .arg(int(sort))
                                             .arg(inMemory ? u", in memory"_s : QString());
                    QString error;
                    const AssetQuery query = AssetQueryParser::parse(QString::fromUtf8(text), true);
                    const auto expected = store.idsMatching(query, sort, 0, error);
                    QVERIFY2(expected, qPrintable(error));
                    // The table is read again after the answers; words are looked up again (not
                    // what the last search with the same words found).
                    reader.invalidate(inMemory ? CatalogReader::Changed::Words
                                               : CatalogReader::Changed::Assets);
                    QSignalSpy answers(&reader, &CatalogReader::searched);
                    QSignalSpy facets(&reader, &CatalogReader::facetsCounted);
                    const quint64 ticket = reader.search(QString::fromUtf8(text), sort);
                    // (Best match over many counts the facets before the whole answer is in order.)
                    QTRY_VERIFY_WITH_TIMEOUT(
                        !facets.isEmpty() && answers.last().first().value<SearchResult>().complete, 10'000);
                    QList<SearchResult> got;
                    for (const QList<QVariant> &signal : std::as_const(answers))
                        got.append(signal.first().value<SearchResult>());
                    const SearchResult &whole = got.last();
                    QVERIFY2(whole.complete && whole.ticket == ticket, qPrintable(what));
                    QVERIFY2(whole.ids == *expected, qPrintable(what));
                    QCOMPARE(facets.last().first().value<FacetCounts>().ticket, ticket);
                    if (expected->size() < 30) {
                        QVERIFY2(got.size() == 1, qPrintable(what)); // a few: answered once
                        continue;
                    }
                    QVERIFY2(got.size() == 2, qPrintable(what));
                    const SearchResult &first = got.first();
                    QVERIFY2(!first.complete && first.ticket == ticket, qPrintable(what));
                    if (!query.hasWords()) { // the first page of the whole
                        QVERIFY2(first.ids == expected->mid(0, 30), qPrintable(what));
                        continue;
                    }
                    // With the table read, filters after words are tested on it, in the first
                    // answer too.
                    const bool testable = inMemory && !query.conditions.isEmpty();
                    QVERIFY2(first.filteredInMemory == testable, qPrintable(what));
                    QVERIFY2(whole.filteredInMemory == (testable && sort != AssetSort::Name),
                             qPrintable(what));
                    // Every match from the oldest of them up, no other, in the whole's order.
                    const qint64 from = *std::min_element(first.ids.cbegin(), first.ids.cend());
                    QList<qint64> upFrom;
                    for (const qint64 id : *expected) {
                        if (id >= from)
                            upFrom.append(id);
                    }
                    QVERIFY2(first.ids.size() == 30, qPrintable(what));
                    QVERIFY2(first.ids == upFrom, qPrintable(what));
                }
            }
        }
    }

    // Words matching many in best-match order: their facets and count come before the whole
    // answer, counted over the same matches as after it; other orders, and words whose first
    // answer found few, count after the whole answer as before.
    void facetsOfManyComeBeforeTheirOrder()
    {
        const QString dir = Backends::newCatalog();
        fill(dir);
        const auto restore = firstAnswersOf(30);
        const auto prefetch = withoutPrefetch();
        CatalogReader reader(dir);
        QVERIFY(!searched(reader, QString()).facets.isEmpty()); // the table is read
        const auto facetText = [](const QList<Facet> &facets) {
            QStringList out;
            for (const Facet &f : facets) {
                for (const FacetValue &value : f.values)
                    out.append(u"%1 %2 %3"_s.arg(f.id, value.filter).arg(value.count));
            }
            return out;
        };
        for (const char *text : { "mp4", "p hevc", "mp4 tag:场景/3", "p kind:video", "mp4 xyzzy" }) {
            for (const AssetSort sort : { AssetSort::Relevance, AssetSort::Newest }) {
                const QString what = u"%1, sort %2"_s.arg(QString::fromUtf8(text)).arg(int(sort));
                reader.invalidate(CatalogReader::Changed::Words); // the words looked up again
                QStringList order; // what came, in turn
                QList<SearchResult> answers;
                QList<FacetCounts> counted;
                QObject context;
                connect(&reader, &CatalogReader::searched, &context, [&](const SearchResult &r) {
                    order.append(r.complete ? u"whole"_s : u"first"_s);
                    answers.append(r);
                });
                connect(&reader, &CatalogReader::facetsCounted, &context, [&](const FacetCounts &c) {
                    order.append(u"facets"_s);
                    counted.append(c);
                });
                reader.search(QString::fromUtf8(text), sort);
                QTRY_VERIFY_WITH_TIMEOUT(counted.size() == 1 && !answers.isEmpty() && answers.last().complete,
                                         10'000);
                QTest::qWait(50); // nothing more comes
                QVERIFY2(counted.size() == 1, qPrintable(what));
                const SearchResult &whole = answers.last();
                QCOMPARE(counted.first().matched, whole.ids.size());
                const bool many = answers.size() == 2 && answers.first().ids.size() == 30;
                if (std::string_view(text) == "mp4 xyzzy") { // none: answered once, then counted
                    QVERIFY2(whole.ids.isEmpty() && order.last() == u"facets"_s, qPrintable(what));
                    continue;
                }
                QVERIFY2(many, qPrintable(what + u": "_s + order.join(u", "_s)));
                const QStringList expected = sort == AssetSort::Relevance
                    ? QStringList { u"first"_s, u"facets"_s, u"whole"_s }
                    : QStringList { u"first"_s, u"whole"_s, u"facets"_s };
                QVERIFY2(order == expected, qPrintable(what + u": "_s + order.join(u", "_s)));
            }
        }
        // The facets said before the order are those of the whole answer in that order too.
        reader.invalidate(CatalogReader::Changed::Words);
        QList<FacetCounts> counted;
        QObject context;
        connect(&reader, &CatalogReader::facetsCounted, &context,
                [&](const FacetCounts &c) { counted.append(c); });
        const auto relevant = answersOf(reader, u"p hevc"_s, AssetSort::Relevance);
        QVERIFY(relevant.size() == 2 && !counted.isEmpty());
        const Answer newest = searched(reader, u"p hevc"_s, AssetSort::Newest);
        QCOMPARE(sorted(relevant.last().ids), sorted(newest.ids));
        QCOMPARE(facetText(counted.first().facets), facetText(newest.facets));
    }

    // Typing a filter after words: what the words match is known from the keystroke before, so
    // the whole answer comes at once, without a first; until the catalog changes.
    void filtersTypedAfterWordsAreAnsweredWhole()
    {
        const QString dir = Backends::newCatalog();
        fill(dir);
        const auto restore = firstAnswersOf(30);
        CatalogReader reader(dir);
        QVERIFY(!searched(reader, QString()).facets.isEmpty()); // the in-memory table is read
        const auto answersTo = [&reader](const QString &text, AssetSort sort) {
            return answersOf(reader, text, sort);
        };
        for (const AssetSort sort : { AssetSort::Relevance, AssetSort::Newest, AssetSort::Longest }) {
            reader.invalidate(CatalogReader::Changed::Words);
            const QList<SearchResult> words = answersTo(u"mp4 kind:video"_s, sort);
            // 400 matches: a first answer, then the whole; or the whole alone, when its matches,
            // asked at the same time on another connection, came first.
            QVERIFY(words.size() == 2 || (words.size() == 1 && words.first().complete));
            // (The last word is a prefix as it is typed: "mp4" alone is other words.)
            for (const QString &typed :
                 { u"mp4 kind:video dur:<50"_s, u"mp4 dur:>=10 kind:photo"_s, u"mp4 kind:video"_s }) {
                const QList<SearchResult> got = answersTo(typed, sort);
                QVERIFY2(got.size() == 1 && got.first().complete, qPrintable(typed));
                CatalogSession session(dir, true);
                QString error;
                const auto expected = AssetStore(session.db())
                                          .idsMatching(AssetQueryParser::parse(typed, true), sort, 0, error);
                QVERIFY2(expected, qPrintable(error));
                QCOMPARE(got.first().ids, *expected);
            }
        }
        // A change, whether the reader is told of it or not: the words are looked up again, and
        // find the new asset.
        qint64 added = 0;
        {
            CatalogSession session(dir);
            CatalogFixtures::Asset asset;
            asset.path = "/p/new.mp4";
            asset.kind = u"video"_s;
            asset.durationS = 5;
            const auto id = CatalogFixtures::add(session, asset);
            QVERIFY(id);
            added = *id;
        }
        const QList<SearchResult> untold = answersTo(u"mp4 kind:video dur:<50"_s, AssetSort::Newest);
        QVERIFY(!untold.isEmpty() && untold.last().complete);
        QVERIFY(untold.last().ids.contains(added));
        reader.invalidate(CatalogReader::Changed::Words);
        const QList<SearchResult> told = answersTo(u"mp4 kind:video"_s, AssetSort::Newest);
        QVERIFY(!told.isEmpty() && told.last().complete);
        QVERIFY(told.last().ids.contains(added));
    }

    // Typing on narrows a search: on a server the first answer is looked for among what the words
    // typed before matched (a few rows tested, not every match of a one-letter word in the
    // index), and is the top of the whole as a walk of the index gives it.
    void typingOnLooksAmongTheWordsBefore()
    {
        const QString dir = Backends::newCatalog();
        fill(dir);
        {
            CatalogSession session(dir);
            for (int i = 0; i < 30; ++i) { // more than a first answer: their whole answer is kept
                CatalogFixtures::Asset asset;
                asset.path = "/d/" + QByteArray::number(i) + ".mp4";
                asset.title = u"durable %1"_s.arg(i);
                QVERIFY(CatalogFixtures::add(session, asset));
            }
        }
        const auto restore = firstAnswersOf(20);
        const auto prefetch = withoutPrefetch();
        CatalogReader reader(dir);
        QVERIFY(!searched(reader, QString()).facets.isEmpty()); // the in-memory table is read
        CatalogSession session(dir, true);
        const AssetStore store(session.db());
        struct Step
        {
            const char *text;
            bool amongWider; // on a server
        };
        for (const AssetSort sort : { AssetSort::Relevance, AssetSort::Newest }) {
            reader.invalidate(CatalogReader::Changed::Words);
            for (const Step &step :
                 { Step { "mp4", false }, Step { "mp4 h", true }, Step { "mp4 he", true },
                   Step { "mp4 hevc", true }, Step { "mp4 hevc c", true },
                   Step { "mp4 hevc kind:video", true }, Step { "mp4 hevc kind:video 古", true },
                   // Not wider: "dur" is a word there, a filter's name here.
                   Step { "mp4 dur", false }, Step { "mp4 dur:", false } }) {
                const QString text = QString::fromUtf8(step.text);
                const QString what = u"%1, sort %2"_s.arg(text).arg(int(sort));
                if (text == "mp4 dur"_L1)
                    reader.invalidate(CatalogReader::Changed::Words); // only "mp4 h…" known
                QString error;
                const auto expected = store.idsMatching(AssetQueryParser::parse(text, true), sort, 0, error);
                QVERIFY2(expected, qPrintable(error));
                const QList<SearchResult> got = answersOf(reader, text, sort);
                QVERIFY2(!got.isEmpty() && got.last().complete, qPrintable(what));
                QVERIFY2(got.last().ids == *expected, qPrintable(what));
                const SearchResult &first = got.first();
                const bool amongWider = step.amongWider && Backends::onPostgres();
                QVERIFY2(first.amongWider == amongWider, qPrintable(what));
                if (!amongWider)
                    continue;
                QVERIFY2(got.size() == 2 && !first.complete && !first.ids.isEmpty(),
                         qPrintable(what)); // the whole follows
                // Every match from the oldest of them up, no other, in the whole's order.
                const qint64 from = *std::min_element(first.ids.cbegin(), first.ids.cend());
                QList<qint64> upFrom;
                for (const qint64 id : *expected) {
                    if (id >= from)
                        upFrom.append(id);
                }
                QVERIFY2(first.ids == upFrom, qPrintable(what));
                QVERIFY2(first.ids.size() == std::min<qsizetype>(20, expected->size()), qPrintable(what));
            }
        }
    }

    // Words that take longer than the first answer may look: a first answer with what was found
    // in time (some, or none), then the whole.
    void firstAnswerOutOfTime()
    {
        const QString dir = Backends::newCatalog();
        fill(dir);
        const auto restore = firstAnswersOf(300, 0); // out of time at once
        const auto prefetch = withoutPrefetch();
        CatalogReader reader(dir);
        for (const auto &[text, matches] :
             { std::pair { "mp4 kind:photo", 134 }, std::pair { "mp4 dur:>1000", 0 } }) {
            reader.invalidate(CatalogReader::Changed::Words); // the same words: looked up again
            QSignalSpy answers(&reader, &CatalogReader::searched);
            QSignalSpy facets(&reader, &CatalogReader::facetsCounted);
            reader.search(QString::fromUtf8(text), AssetSort::Newest);
            QTRY_VERIFY_WITH_TIMEOUT(!facets.isEmpty(), 10'000);
            const auto whole = answers.last().first().value<SearchResult>();
            QVERIFY(whole.complete);
            QCOMPARE(whole.ids.size(), matches);
            QCOMPARE(answers.size(), 2);
            const auto first = answers.first().first().value<SearchResult>();
            QVERIFY(!first.complete);
            QVERIFY(first.failure.isEmpty());
            QVERIFY(first.ids.size() < matches || matches == 0);
            QVERIFY(whole.complete);
            QCOMPARE(whole.ids.size(), matches);
            for (const qint64 id : first.ids)
                QVERIFY(whole.ids.contains(id));
        }
    }

    // Words with filters: the words in the search index, the filters tested on the reader's
    // table (AssetQuery::Test). For every field, and the catalog's odd values (NULLs, a zero
    // side, upper-case codecs, unknown HDR kinds, a duration a hair below a bound), the same
    // answer as SQL.
    void filtersInMemoryAsInSql()
    {
        const QString dir = Backends::newCatalog();
        QString error;
        QVERIFY(Catalog::prepare(dir, Catalog::OpenMode::Create, error));
        {
            CatalogSession session(dir);
            const QStringList tags { u"天气/晴"_s, u"天气/雨"_s, u"时段/黄昏"_s, u"景别/远景"_s };
            const QVariantList widths { 1920, 1080, 1000, QVariant(), 0 };
            const QVariantList heights { 1080, 1920, 1000, 720, QVariant() };
            const QVariantList durations { 29.9999999, 30.0, 30.0000001, QVariant(), 5, 600, 10.5 };
            const QVariantList fpses { 25, 29.97002997, 23.976, 50, 59.94, QVariant(), 30.05, 120 };
            const QVariantList hdrs {
                u"none"_s, u"hlg"_s, u"hdr10"_s, QVariant(), u"dolby_vision"_s, u"odd"_s
            };
            const QVariantList codecs { u"h264"_s, u"HEVC"_s, u"hevc"_s, QVariant(), QString(), u"ProRes"_s };
            const QVariantList people { QVariant(), 0, 1, 2, 3, 40 };
            const QVariantList created { u"2024-05-01T06:00:00Z"_s, u"2023-12-31T23:59:59Z"_s, QVariant(),
                                         u"2020-01-01"_s, u"2019"_s };
            const QVariantList makes { u"DJI"_s, u"SONY"_s, QVariant(), u"Apple"_s };
            const QVariantList models { u"Mavic 3"_s, u"ILCE-7SM3"_s, u"iPhone 15 Pro"_s, QVariant() };
            const QVariantList lights { u"day"_s, u"night"_s, QVariant(), u"golden"_s, u"blue"_s };
            const QStringList colours { u"red"_s, u"blue"_s, u"green"_s };
            for (int i = 0; i < 90; ++i) {
                CatalogFixtures::Asset asset;
                asset.path = "/f/" + QByteArray::number(i) + ".mp4";
                asset.posterColor = QColor();
                asset.kind = i % 4 == 3 ? u"photo"_s : u"video"_s;
                asset.status = std::array { u"ok"_s, u"failed"_s, u"offline"_s }[size_t(i % 7 % 3)];
                asset.title = i % 3 ? u"海边镜头 %1"_s.arg(i) : u"镜头 %1"_s.arg(i);
                asset.tags = { tags[i % tags.size()] };
                if (i % 5 == 0)
                    asset.tags.append(tags[(i / 5) % tags.size()]);
                if (i % 6 == 1) {
                    asset.formatId = u"4k"_s;
                    asset.formatZh = u"4K"_s;
                    asset.formatEn = u"4K"_s;
                } else if (i % 6 == 0) {
                    asset.formatId.clear();
                    asset.formatZh.clear();
                    asset.formatEn.clear();
                }
                const auto id = CatalogFixtures::add(session, asset, &error);
                QVERIFY2(id, qPrintable(error));
                QSqlQuery update(session.db());
                QVERIFY(update.prepare(
                    u"UPDATE assets SET width = ?, height = ?, duration_s = ?, fps = ?, hdr = ?, video_codec "
                    u"= ?, "
                    "people = ?, created_at = ?, camera_make = ?, camera_model = ?, light = ?, colors = ? "
                    "WHERE id = ?"_s));
                const auto pick = [i](const QVariantList &values, int step) {
                    return values.at((i * step + i / values.size()) % values.size());
                };
                QStringList mine;
                for (qsizetype c = 0; c < colours.size(); ++c) {
                    if ((i >> c) & 1)
                        mine.append(colours[c]);
                }
                for (const QVariant &value :
                     { pick(widths, 1), pick(heights, 1), pick(durations, 1), pick(fpses, 3), pick(hdrs, 1),
                       pick(codecs, 5), pick(people, 1), pick(created, 2), pick(makes, 1), pick(models, 3),
                       pick(lights, 1),
                       mine.isEmpty() ? QVariant() : QVariant(u"[\"%1\"]"_s.arg(mine.join(u"\",\""_s))),
                       QVariant(*id) })
                    update.addBindValue(value);
                QVERIFY2(update.exec(), qPrintable(update.lastError().text()));
                for (const QString &colour : std::as_const(mine)) {
                    QSqlQuery insert(session.db());
                    insert.prepare(u"INSERT INTO asset_colors (color, asset_id) VALUES (?, ?)"_s);
                    insert.addBindValue(colour);
                    insert.addBindValue(*id);
                    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
                }
            }
        }
        const auto restore = firstAnswersOf(1, 0); // every search answered whole, in memory
        CatalogReader reader(dir);
        QVERIFY(searched(reader, QString()).failure.isEmpty()); // reads the table
        CatalogSession session(dir, true);
        const AssetStore store(session.db());
        const QStringList filters {
            u"dur:<30"_s,
            u"dur:>=30"_s,
            u"dur:30"_s,
            u"dur:!=30"_s,
            u"dur:10..30"_s,
            u"-dur:<30"_s,
            u"fps:25"_s,
            u"fps:30"_s,
            u"fps:24"_s,
            u"fps:>=50"_s,
            u"fps:!=25"_s,
            u"-fps:>=50"_s,
            u"people:none"_s,
            u"people:yes"_s,
            u"people:many"_s,
            u"people:2"_s,
            u"people:0..1"_s,
            u"-people:none"_s,
            u"year:2024"_s,
            u"year:>2023"_s,
            u"year:<=2023"_s,
            u"year:2020..2023"_s,
            u"year:!=2024"_s,
            u"-year:2024"_s,
            u"orient:portrait"_s,
            u"orient:landscape"_s,
            u"orient:square"_s,
            u"-orient:portrait"_s,
            u"hdr:yes"_s,
            u"hdr:no"_s,
            u"hdr:hlg"_s,
            u"hdr:dv"_s,
            u"-hdr:yes"_s,
            u"-hdr:no"_s,
            u"codec:hevc"_s,
            u"codec:prores"_s,
            u"-codec:hevc"_s,
            u"status:ok"_s,
            u"status:offline"_s,
            u"-status:ok"_s,
            u"kind:photo"_s,
            u"-kind:video"_s,
            u"light:day"_s,
            u"light:夜"_s,
            u"-light:day"_s,
            u"color:red"_s,
            u"color:蓝"_s,
            u"-color:red"_s,
            u"tag:天气"_s,
            u"tag:天气/晴"_s,
            u"tag:晴"_s,
            u"-tag:天气"_s,
            u"tag:时段/黄昏"_s,
            u"format:4K"_s,
            u"format:全高清"_s,
            u"format:full"_s,
            u"-format:4K"_s,
            u"camera:dji"_s,
            u"camera:sony ilce"_s,
            u"-camera:dji"_s,
            u"camera:\"apple \""_s,
            u"id:3,5,80"_s,
            u"-id:3"_s,
            // Values the catalog does not have (as while they are typed): nothing, or everything.
            u"codec:h"_s,
            u"-codec:h"_s,
            u"tag:天"_s,
            u"format:8K"_s,
            u"camera:nikon"_s,
            u"-tag:天"_s,
        };
        QStringList queries;
        for (const QString &filter : filters)
            queries << u"镜头 "_s + filter << u"海 "_s + filter;
        queries << u"镜头 dur:<30 hdr:no"_s << u"海 tag:天气/晴 kind:video fps:>=25"_s
                << u"jt year:2024 codec:h264 -people:none"_s << u"海 camera:dji orient:landscape color:red"_s;
        int inMemory = 0;
        for (const QString &text : std::as_const(queries)) {
            const AssetQuery query = AssetQueryParser::parse(text, true);
            QVERIFY2(query.isValid() && query.testsEveryFilter(), qPrintable(text));
            for (const AssetSort sort : { AssetSort::Relevance, AssetSort::Newest, AssetSort::Longest }) {
                const auto expected = store.idsMatching(query, sort, 0, error);
                QVERIFY2(expected, qPrintable(error));
                QSignalSpy answers(&reader, &CatalogReader::searched);
                const quint64 ticket = reader.search(text, sort);
                QTRY_VERIFY_WITH_TIMEOUT(
                    !answers.isEmpty() && answers.last().first().value<SearchResult>().complete, 10'000);
                const auto whole = answers.last().first().value<SearchResult>();
                QCOMPARE(whole.ticket, ticket);
                const QString what = u"%1, sort %2"_s.arg(text).arg(int(sort));
                // (Nothing found, and found at once: the first answer is the whole.)
                QVERIFY2(whole.filteredInMemory || (expected->isEmpty() && answers.size() == 1),
                         qPrintable(what));
                QVERIFY2(
                    whole.ids == *expected,
                    qPrintable(what + u": got %1, SQL %2"_s.arg(whole.ids.size()).arg(expected->size())));
                inMemory += whole.filteredInMemory;
            }
        }
        QVERIFY2(inMemory >= queries.size() * 3 * 9 / 10, qPrintable(QString::number(inMemory)));

        // A value no asset of the table has is found all the same on an asset catalogued since
        // the table was read.
        {
            CatalogSession writer(dir);
            CatalogFixtures::Asset asset;
            asset.path = "/f/new.mp4";
            asset.posterColor = QColor();
            asset.title = u"镜头 new"_s;
            asset.codec = u"h"_s;
            const auto id = CatalogFixtures::add(writer, asset, &error);
            QVERIFY2(id, qPrintable(error));
            QSignalSpy answers(&reader, &CatalogReader::searched);
            reader.search(u"镜头 codec:h"_s, AssetSort::Newest); // no invalidate(): the table is behind
            QTRY_VERIFY_WITH_TIMEOUT(
                !answers.isEmpty() && answers.last().first().value<SearchResult>().complete, 10'000);
            QCOMPARE(answers.last().first().value<SearchResult>().ids, QList<qint64> { *id });
        }

        // A created_at that is not four digits first compares as text in SQL: the table declines.
        {
            CatalogSession writer(dir);
            QSqlQuery odd(writer.db());
            QVERIFY(odd.exec(u"UPDATE assets SET created_at = 'garbage' WHERE id = 7"_s));
        }
        reader.invalidate();
        QVERIFY(searched(reader, QString()).failure.isEmpty());
        for (const QString &text : { u"镜头 year:>=2020"_s, u"镜头 -year:2024"_s }) {
            QSignalSpy answers(&reader, &CatalogReader::searched);
            reader.search(text, AssetSort::Newest);
            QTRY_VERIFY_WITH_TIMEOUT(
                !answers.isEmpty() && answers.last().first().value<SearchResult>().complete, 10'000);
            const auto whole = answers.last().first().value<SearchResult>();
            QVERIFY(!whole.filteredInMemory);
            const auto expected =
                store.idsMatching(AssetQueryParser::parse(text, true), AssetSort::Newest, 0, error);
            QVERIFY2(expected, qPrintable(error));
            QCOMPARE(whole.ids, *expected);
        }
    }

    // Each facet value counts what its filter finds within the search: for results with most of
    // the catalog (counted as everything less the rest) and with a few.
    void facetCountsAgreeWithTheirFilters()
    {
        const QString dir = Backends::newCatalog();
        fill(dir);
        CatalogReader reader(dir);
        CatalogSession session(dir, true);
        const AssetStore store(session.db());
        for (const char *text : { "", "mp4", "kind:video", "gz", "hevc dur:<10", "tag:场景/3" }) {
            const Answer answer = searched(reader, QString::fromUtf8(text));
            QVERIFY2(answer.failure.isEmpty() && !answer.facets.isEmpty(), text);
            int checked = 0;
            for (const Facet &facet : answer.facets) {
                for (const FacetValue &value : facet.values) {
                    QString error;
                    const QString narrowed = QString::fromUtf8(text) + u' ' + value.filter;
                    const auto ids = store.idsMatchingUnordered(AssetQueryParser::parse(narrowed), error);
                    QVERIFY2(ids, qPrintable(error));
                    QVERIFY2(
                        value.count == ids->size(),
                        qPrintable(
                            u"%1: %2 counted, %3 found"_s.arg(narrowed).arg(value.count).arg(ids->size())));
                    ++checked;
                }
            }
            QVERIFY(checked > 5);
        }
    }

    // A last word of one letter ("古镇 k" as it is typed) is tested on the table's letters, the
    // other words asked of the search index alone: the same answer as the index gives, and after
    // an edit the letters are read again.
    void aLastLetterIsTestedOnTheTable()
    {
        const QString dir = Backends::newCatalog();
        fill(dir);
        const auto retitle = [&](qint64 id, const QString &title) {
            CatalogSession session(dir);
            QString error;
            QVERIFY2(AssetStore(session.db()).setField({ id }, u"title"_s, title, error), qPrintable(error));
        };
        const QList<qint64> town = townOf(dir);
        QCOMPARE(town.size(), 80);
        for (int i = 0; i < 8; ++i)
            retitle(town[i], i == 5 ? u"古镇 Kayak club"_s : u"古镇 kayak"_s);
        retitle(town[9], u"古镇雨夜"_s); // yu: a y… word in pinyin
        const auto restore = firstAnswersOf(5); // best match counts its facets before its order
        CatalogReader reader(dir);
        QVERIFY(!searched(reader, QString()).facets.isEmpty()); // the table, then its letters
        // The whole answer and the facets of `text` in `sort` order, as the search index and SQL
        // give them.
        // `fresh`: words not searched before (else their matches are known, and not looked up).
        const auto expect = [&](const QString &text, AssetSort sort, qsizetype size, bool fresh = true) {
            const QString what = u"%1, sort %2"_s.arg(text).arg(int(sort));
            QSignalSpy answers(&reader, &CatalogReader::searched);
            QSignalSpy facets(&reader, &CatalogReader::facetsCounted);
            const quint64 ticket = reader.search(text, sort);
            std::optional<SearchResult> whole;
            std::optional<FacetCounts> counted;
            QVERIFY2(QTest::qWaitFor(
                         [&] {
                             for (const QList<QVariant> &signal : std::as_const(answers)) {
                                 const auto result = signal.first().value<SearchResult>();
                                 if (result.ticket == ticket && result.complete)
                                     whole = result;
                             }
                             for (const QList<QVariant> &signal : std::as_const(facets)) {
                                 if (signal.first().value<FacetCounts>().ticket == ticket)
                                     counted = signal.first().value<FacetCounts>();
                             }
                             return whole && counted;
                         },
                         10'000),
                     qPrintable(what));
            CatalogSession session(dir, true);
            const AssetStore store(session.db());
            QString error;
            const auto expected = store.idsMatching(AssetQueryParser::parse(text, true), sort, 0, error);
            QVERIFY2(expected, qPrintable(error));
            QVERIFY2(
                whole->ids == *expected && (size < 0 || expected->size() == size),
                qPrintable(
                    u"%1: %2 found, %3 expected"_s.arg(what).arg(whole->ids.size()).arg(expected->size())));
            // A whole answer after a first, newest first (the orders after it have its matches,
            // known); not on a server, whose letters would each be a pass over its search rows.
            const bool byLetter =
                fresh && expected->size() >= 5 && sort == AssetSort::Newest && !Backends::onPostgres();
            QVERIFY2(whole->byLetter == byLetter, qPrintable(what));
            Answer answer;
            answer.facets = counted->facets;
            const auto video =
                store.idsMatchingUnordered(AssetQueryParser::parse(u"kind:video "_s + text, true), error);
            QVERIFY2(video, qPrintable(error));
            QVERIFY2(count(answer, u"kind"_s, u"kind:video"_s) == video->size(), qPrintable(what));
        };
        for (const AssetSort sort :
             { AssetSort::Newest, AssetSort::Oldest, AssetSort::Longest, AssetSort::Relevance }) {
            expect(u"古镇 K"_s, sort, 8);
            expect(u"古镇 k"_s, sort, 8);
            expect(u"古镇 y"_s, sort, 1);
            expect(u"古镇 w"_s, sort, 0);
            expect(u"古镇 z"_s, sort, 80); // zhen
            expect(u"kind:video 古镇 k"_s, sort, -1, false); // a filter's test too
            expect(u"mp4 7"_s, sort, 11); // the paths' numbers: 7, 70…79
            expect(u"k"_s, sort, 8);
        }
        // After an edit each letter is read again when a search needs it.
        retitle(town[20], u"古镇 kite"_s);
        reader.invalidate(CatalogReader::Changed::Words);
        expect(u"古镇 k"_s, AssetSort::Newest, 9);
        retitle(town[0], u"古镇"_s);
        reader.assetsChanged({ town[0] });
        expect(u"古镇 k"_s, AssetSort::Newest, 8);
        expect(u"k"_s, AssetSort::Newest, 8);
    }

    void orderedInMemoryAsInSql()
    {
        // The first search of a reader orders in SQL; once the in-memory table is read, in memory.
        // Both must give the same order for every sort.
        CatalogReader reader(m_catalog);
        searched(reader, QString()); // reads the table
        CatalogSession session(m_catalog, true);
        const AssetStore store(session.db());
        for (const AssetSort sort : { AssetSort::Relevance, AssetSort::Newest, AssetSort::Oldest,
                                      AssetSort::Longest, AssetSort::Shortest }) {
            for (const char *text : { "", "jie", "kind:video", "gz", "mp4 dur:<60", "tag:天气/晴" }) {
                QString error;
                const AssetQuery query = AssetQueryParser::parse(QString::fromUtf8(text), true);
                const auto expected = store.idsMatching(query, sort, 0, error);
                QVERIFY2(expected, qPrintable(error));
                QCOMPARE(searched(reader, QString::fromUtf8(text), sort).ids, *expected);
            }
        }
    }

    void sidebarAndFacts()
    {
        CatalogReader reader(m_catalog);
        QSignalSpy sidebar(&reader, &CatalogReader::sidebarLoaded);
        reader.loadSidebar();
        QVERIFY(sidebar.wait(10'000));
        const auto data = sidebar.first().first().value<SidebarData>();
        QVERIFY(data.failure.isEmpty());
        QCOMPARE(data.assets, 4);
        int weather = -1, sunny = -1;
        for (const SidebarData::Tag &tag : data.tags) {
            if (tag.path == u"天气"_s)
                weather = tag.total;
            if (tag.path == u"天气/晴"_s)
                sunny = tag.count;
        }
        QCOMPARE(sunny, 2);
        QCOMPARE(weather, 2); // counted once per asset under it
        QCOMPARE(data.savedSearches.size(), 2);
        for (const SidebarData::SavedSearch &saved : data.savedSearches)
            QCOMPARE(saved.count, saved.name == u"晴天"_s ? 2 : 1);
        QCOMPARE(data.volumes.size(), 0); // these assets came with no volume

        QSignalSpy facts(&reader, &CatalogReader::assetsLoaded);
        reader.loadAssets({ m_ids[1], 424242, m_ids[0] });
        QVERIFY(facts.wait(10'000));
        const auto assets = facts.first().at(1).value<QList<QJsonObject>>();
        QCOMPARE(assets.size(), 2); // the missing one left out
        QCOMPARE(assets.first().value(u"video_codec"_s).toString(), u"hevc"_s);
        QCOMPARE(assets.last().value(u"title"_s).toString(), u"古镇老街清晨"_s);
        QVERIFY(assets.last().value(u"tags"_s).toArray().contains(u"场景/老街"_s));
        // What the two share: both sunny, one each of the rest; no common title, no description.
        const auto summary = facts.first().at(2).value<SelectionSummary>();
        QCOMPARE(summary.count, 2);
        QCOMPARE(summary.tagCounts,
                 (QMap<QString, int> { { u"天气/晴"_s, 2 }, { u"场景/老街"_s, 1 }, { u"时段/黄昏"_s, 1 } }));
        QVERIFY(!summary.common.contains(u"title"_s));
        QVERIFY(summary.common.contains(u"description"_s));
        QVERIFY(summary.common.value(u"description"_s).isNull());
        QVERIFY(summary.common.value(u"location_id"_s).isNull());
    }

    // The inspector gets full records of the first assets of a large selection only; what the
    // selection shares is counted over all of it.
    void largeSelectionIsSummarisedWhole()
    {
        const QString dir = Backends::newCatalog();
        QString error;
        QVERIFY(Catalog::prepare(dir, Catalog::OpenMode::Create, error));
        QList<qint64> ids;
        {
            CatalogSession session(dir);
            const qsizetype total = CatalogReader::kDetailedAssets + 50;
            for (qsizetype i = 0; i < total; ++i) {
                CatalogFixtures::Asset asset;
                asset.path = "/media/card/C" + QByteArray::number(i) + ".MP4";
                asset.title = u"海边日落"_s;
                asset.tags = { u"天气/晴"_s };
                if (i >= CatalogReader::kDetailedAssets) // only beyond the detailed ones
                    asset.tags.append(u"时段/黄昏"_s);
                asset.description = i == total - 1 ? u"最后一个"_s : QString();
                const auto id = CatalogFixtures::add(session, asset, &error);
                QVERIFY2(id, qPrintable(error));
                ids.append(*id);
            }
        }
        CatalogReader reader(dir);
        QSignalSpy facts(&reader, &CatalogReader::assetsLoaded);
        reader.loadAssets(ids);
        QVERIFY(facts.wait(10'000));
        QCOMPARE(facts.first().at(0).value<QList<qint64>>(), ids);
        QCOMPARE(facts.first().at(1).value<QList<QJsonObject>>().size(), CatalogReader::kDetailedAssets);
        const auto summary = facts.first().at(2).value<SelectionSummary>();
        QCOMPARE(summary.count, ids.size());
        QCOMPARE(summary.tagCounts.value(u"天气/晴"_s), int(ids.size()));
        QCOMPARE(summary.tagCounts.value(u"时段/黄昏"_s), 50);
        QCOMPARE(summary.common.value(u"title"_s).toString(), u"海边日落"_s);
        QVERIFY(!summary.common.contains(u"description"_s)); // the last one differs

        // Selections made faster than they are summarised: the older ones give up unanswered
        // (at most the first, if it was done before the next came), the newest is answered.
        facts.clear();
        for (int i = 0; i < 5; ++i)
            reader.loadAssets(ids);
        reader.loadAssets(ids.mid(0, 2));
        QTRY_VERIFY_WITH_TIMEOUT(!facts.isEmpty() && facts.last().at(0).value<QList<qint64>>().size() == 2,
                                 10'000);
        QTest::qWait(100);
        QVERIFY2(facts.size() <= 2, qPrintable(QString::number(facts.size())));
        QCOMPARE(facts.last().at(2).value<SelectionSummary>().count, 2);

        // The inspector shows the whole selection's counts, not those of the detailed ones.
        Inspector inspector(dir);
        inspector.setAssets(ids, facts.first().at(1).value<QList<QJsonObject>>(), summary);
        QStringList chips;
        for (const QToolButton *chip : inspector.findChildren<QToolButton *>())
            chips.append(chip->text());
        QVERIFY2(chips.contains(u"时段/黄昏 (50/%1)  ✕"_s.arg(ids.size())), qPrintable(chips.join(u" | "_s)));
        QVERIFY2(chips.contains(u"天气/晴  ✕"_s), qPrintable(chips.join(u" | "_s)));
        QCOMPARE(inspector.findChild<QLineEdit *>(u"title"_s)->text(), u"海边日落"_s);
        QVERIFY(inspector.findChild<QPlainTextEdit *>(u"description"_s)->toPlainText().isEmpty());
    }

    void invalidateSeesNewAssets()
    {
        CatalogReader reader(m_catalog);
        QCOMPARE(count(searched(reader, QString()), u"kind"_s, u"kind:photo"_s), 1);
        {
            CatalogSession session(m_catalog);
            CatalogFixtures::Asset photo;
            photo.path = "/media/drive/DSC_0002.jpg";
            photo.kind = u"photo"_s;
            QVERIFY(CatalogFixtures::add(session, photo));
        }
        reader.invalidate();
        const Answer after = searched(reader, QString());
        QCOMPARE(after.ids.size(), 5);
        QCOMPARE(count(after, u"kind"_s, u"kind:photo"_s), 2);
    }

    // Assets changed elsewhere, by id: their rows of the table are read again, the rest kept; a
    // change it cannot follow row by row reads the table whole.
    void assetsChangedAreReadAgainByRow()
    {
        const QString dir = Backends::newCatalog();
        fill(dir);
        CatalogReader reader(dir);
        QVERIFY(!searched(reader, QString()).facets.isEmpty()); // the table is read
        const QList<qint64> someIds = townOf(dir).mid(0, 3);
        QCOMPARE(someIds.size(), 3);
        const auto offline = [&](const QList<qint64> &ids, const QString &status, const QString &createdAt) {
            CatalogSession session(dir);
            QString error;
            for (const qint64 id : ids) {
                QSqlQuery query(session.db());
                query.prepare(
                    u"UPDATE assets SET status = ?, created_at = COALESCE(?, created_at) WHERE id = ?"_s);
                query.addBindValue(status);
                query.addBindValue(createdAt.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                       : QVariant(createdAt));
                query.addBindValue(id);
                QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            }
        };
        // Words and a filter the table answers: found once the rows are read again, not before.
        offline(someIds, u"offline"_s, QString());
        QCOMPARE(searched(reader, u"古镇 status:offline"_s).ids.size(), 0); // the table is behind
        reader.assetsChanged(someIds);
        Answer after = searched(reader, u"古镇 status:offline"_s);
        QVERIFY(after.filteredInMemory);
        QCOMPARE(sorted(after.ids), sorted(someIds));
        QCOMPARE(count(searched(reader, QString()), u"status"_s, u"status:offline"_s), 3);
        // Later the same year: its row and its place in the newest-first order are read again.
        const QList<qint64> newest = searched(reader, u"古镇"_s, AssetSort::Newest).ids;
        QCOMPARE(newest.mid(0, 3), someIds);
        offline({ someIds.last() }, u"offline"_s, u"2021-12-31T23:00:00Z"_s);
        reader.assetsChanged({ someIds.last() });
        QCOMPARE(searched(reader, u"古镇"_s, AssetSort::Newest).ids,
                 QList<qint64> { someIds.last() } + newest.mid(0, 2) + newest.mid(3));
        QCOMPARE(searched(reader, u"古镇"_s, AssetSort::Oldest).ids.constLast(), someIds.last());
        // Another year: its row and its place again, the facet's count of years too.
        offline({ someIds.first() }, u"ok"_s, u"1999-01-01T00:00:00Z"_s);
        reader.assetsChanged({ someIds.first() });
        after = searched(reader, u"古镇 status:offline"_s);
        QCOMPARE(sorted(after.ids), sorted(someIds.mid(1)));
        const Answer oldest = searched(reader, u"古镇"_s, AssetSort::Oldest);
        QCOMPARE(oldest.ids.value(0), someIds.first());
        QCOMPARE(searched(reader, u"古镇"_s, AssetSort::Newest).ids.constLast(), someIds.first());
        QCOMPARE(count(searched(reader, QString()), u"year"_s, u"year:1999"_s), 1);
    }

    // After an edit the reader reads again only what the edit can change, but all of that.
    void invalidateWhatChanged()
    {
        CatalogReader reader(m_catalog);
        searched(reader, QString()); // the in-memory table is loaded: ranking is kept there
        const Answer before = searched(reader, u"古镇"_s, AssetSort::Relevance);
        QCOMPARE(before.ids.value(0), m_ids[0]); // 古镇 in its title
        QCOMPARE(count(before, u"tag"_s, u"tag:时段/黄昏"_s), 0);
        // Put back what the other tests expect, whether this one passes or not.
        const auto putBack = qScopeGuard([this] {
            QString failure;
            CatalogSession session(m_catalog);
            AssetStore store(session.db());
            TagStore tags(session.db());
            const auto dusk = tags.ensurePath(u"时段/黄昏"_s, failure);
            if (!store.setField({ m_ids[0] }, u"title"_s, u"古镇老街清晨"_s, failure)
                || !store.setField({ m_ids[1] }, u"title"_s, QVariant(QMetaType(QMetaType::QString)), failure)
                || !dusk || tags.removeFromAssets(*dusk, { m_ids[0] }, failure) < 0)
                qWarning("The catalog was not put back: %s", qPrintable(failure));
        });
        QString error;
        {
            CatalogSession session(m_catalog);
            AssetStore store(session.db());
            // The words move: 古镇 leaves the first asset's title (it stays in its path) and comes
            // into the second's.
            QVERIFY(store.setField({ m_ids[0] }, u"title"_s, u"清晨"_s, error));
            QVERIFY(store.setField({ m_ids[1] }, u"title"_s, u"古镇黄昏"_s, error));
            TagStore tags(session.db());
            QCOMPARE(tags.addToAssets(*tags.ensurePath(u"时段/黄昏"_s, error), { m_ids[0] }, error), 1);
        }
        reader.invalidate(CatalogReader::Changed::Words);
        const Answer words = searched(reader, u"古镇"_s, AssetSort::Relevance);
        QCOMPARE(words.ids, (QList<qint64> { m_ids[1], m_ids[0] })); // the title first again
        reader.invalidate(CatalogReader::Changed::Tags);
        const Answer tagged = searched(reader, u"古镇"_s, AssetSort::Relevance);
        QCOMPARE(count(tagged, u"tag"_s, u"tag:时段/黄昏"_s), 2);
    }

    void unusableCatalogSaysWhy()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"file"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        CatalogReader reader(file.fileName());
        const Answer result = searched(reader, u"x"_s);
        QVERIFY(!result.failure.isEmpty());
    }
};

REELATLAS_TEST_MAIN_BOTH_BACKENDS(TestCatalogReader)
#include "tst_catalogreader.moc"
