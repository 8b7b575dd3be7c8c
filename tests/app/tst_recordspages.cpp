// The locations and productions pages of the desktop window, offscreen, as a person uses them:
// a new location typed in with coordinates copied from AMap (GCJ-02), a mistake shown before
// saving, a photo shot nearby suggested and linked, searches in pinyin and by distance, undo and
// redo, an import previewed and committed, and a production whose scout package is written.

#include "assetgridview.h"
#include "assetlistmodel.h"
#include "backends.h"
#include "catalog.h"
#include "catalogbackend.h"
#include "catalogeditor.h"
#include "catalogfixtures.h"
#include "dialogs.h"
#include "mainwindow.h"
#include "mapview.h"
#include "productionspage.h"
#include "productionstore.h"
#include "recordeditor.h"
#include "recordlistmodel.h"
#include "recordreader.h"
#include "recordspage.h"
#include "recordstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;

class TestRecordsPages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir; // files written: CSV, PDF
    const QString m_catalog = Backends::newCatalog(); // a folder, or a database on the run's server
    const QString &catalog() const { return m_catalog; }
    qint64 m_photo = 0;
    qint64 m_other = 0; // no GPS

    QVariant scalar(const QString &sql)
    {
        CatalogSession session(catalog(), true);
        QSqlQuery query(session.db());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private Q_SLOTS:
    // A search that finds many is answered twice: its first page at once, in the order asked,
    // then the whole with the facets. On a server the first page comes from the name order
    // walked (the words in enough names); else once the matches are known, before they are read
    // and counted. A search that finds few is answered once.
    void aSearchThatFindsManyShowsItsFirstPageFirst()
    {
        const QString catalog = Backends::newCatalog();
        QString error;
        QVERIFY2(Catalog::prepare(catalog, Catalog::OpenMode::Create, error), qPrintable(error));
        constexpr int kMany = 2100;
        {
            CatalogSession session(catalog);
            RecordStore store(session.db());
            const CatalogBackend &backend = CatalogBackend::of(session.db());
            QVERIFY2(backend.beginWrite(session.db(), error), qPrintable(error));
            // The first by name (北, bei) on the coast, the last hundred (西, xi) in Kunming.
            for (int i = 0; i < kMany; ++i) {
                const bool west = i >= kMany - 100;
                QList<RecordProblem> problems;
                QVERIFY2(store.save(RecordKind::Location,
                                    { { u"name_zh"_s, (west ? u"西灯塔%1"_s : u"北灯塔%1"_s).arg(i) },
                                      { u"city"_s, i % 3 ? u"威海市"_s : u"烟台市"_s },
                                      { u"lat"_s, west ? 25.04 : 37.5 },
                                      { u"lon"_s, west ? 102.71 : 122.1 } },
                                    problems, error),
                         qPrintable(error));
            }
            QVERIFY2(backend.commit(session.db(), error), qPrintable(error));
        }
        RecordReader reader(catalog);
        QList<RecordSearchResult> answers;
        connect(&reader, &RecordReader::searched, this,
                [&](const RecordSearchResult &result) { answers.append(result); });
        const auto ids = [](const QList<RecordStore::Summary> &rows) {
            QList<qint64> out;
            for (const RecordStore::Summary &row : rows)
                out.append(row.id);
            return out;
        };
        for (const RecordSort sort : { RecordSort::Relevance, RecordSort::Name }) {
            answers.clear();
            const quint64 ticket = reader.search(RecordKind::Location, u"灯塔"_s, sort);
            QTRY_VERIFY_WITH_TIMEOUT(!answers.isEmpty() && answers.last().complete, 30'000);
            QCOMPARE(answers.size(), 2);
            const RecordSearchResult &first = answers.first();
            const RecordSearchResult &whole = answers.last();
            QCOMPARE(first.ticket, ticket);
            QVERIFY(!first.complete);
            QVERIFY(first.facets.isEmpty());
            QCOMPARE(first.rows.size(), RecordReader::kFirstPage);
            QCOMPARE(whole.ticket, ticket);
            QCOMPARE(whole.rows.size(), kMany);
            QCOMPARE(ids(first.rows), ids(whole.rows).first(RecordReader::kFirstPage));
            const auto city = std::find_if(whole.facets.cbegin(), whole.facets.cend(),
                                           [](const Facet &facet) { return facet.id == u"city"_s; });
            QVERIFY(city != whole.facets.cend());
            QCOMPARE(city->values.size(), 2);
            QCOMPARE(city->values.at(0).count, kMany - kMany / 3);
            QCOMPARE(city->values.at(1).count, kMany / 3);
        }
        answers.clear();
        reader.search(RecordKind::Location, u"灯塔1999"_s, RecordSort::Relevance);
        QTRY_VERIFY_WITH_TIMEOUT(!answers.isEmpty() && answers.last().complete, 30'000);
        QTest::qWait(100);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().rows.size(), 1);

        // The page opened on them: every location listed and pinned, and the map fitted to all
        // of them, not to the first page (the coast alone).
        CatalogEditor editor(catalog);
        QUndoStack undo;
        RecordsPage shown(RecordKind::Location, catalog, &editor, &undo); // searches at once
        RecordsPage *page = &shown;
        page->resize(1200, 800);
        page->showMap(true); // shown as the answers come
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page));
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), kMany, 30'000);
        MapView *map = page->mapView();
        QTRY_COMPARE(map->pins().size(), kMany);
        QTRY_VERIFY(map->isVisible());
        QCoreApplication::processEvents();
        MapViewport view = map->viewport();
        view.size = map->size();
        for (const Geo::LatLon where : { Geo::LatLon { 37.5, 122.1 }, Geo::LatLon { 25.04, 102.71 } }) {
            const QPointF at = view.toPixel(where);
            QVERIFY2(QRectF(QPointF(0, 0), QSizeF(view.size)).contains(at),
                     qPrintable(u"%1,%2 at %3,%4"_s.arg(where.lat).arg(where.lon).arg(at.x()).arg(at.y())));
        }
    }

    // A filter typed after words ("灯塔 city:" then "灯塔 city:威海市"): the words' matches are
    // known from the keystroke before, and only the filter is asked of them; the answer is the
    // one a whole search gives, and a change to the catalog meanwhile is seen.
    void aFilterAfterWordsAsksOnlyTheFilter()
    {
        const QString catalog = Backends::newCatalog();
        QString error;
        QVERIFY2(Catalog::prepare(catalog, Catalog::OpenMode::Create, error), qPrintable(error));
        QList<qint64> saved;
        {
            CatalogSession session(catalog);
            RecordStore store(session.db());
            for (int i = 0; i < 60; ++i) {
                QList<RecordProblem> problems;
                const auto id = store.save(RecordKind::Location,
                                           { { u"name_zh"_s, (i % 4 ? u"北灯塔%1"_s : u"南山%1"_s).arg(i) },
                                             { u"city"_s, i % 3 ? u"威海市"_s : u"烟台市"_s } },
                                           problems, error);
                QVERIFY2(id, qPrintable(error));
                saved.append(*id);
            }
        }
        RecordReader reader(catalog);
        const auto answer = [&](const QString &text) {
            QList<RecordSearchResult> answers;
            QObject context;
            connect(&reader, &RecordReader::searched, &context,
                    [&](const RecordSearchResult &result) { answers.append(result); });
            const quint64 ticket = reader.search(RecordKind::Location, text, RecordSort::Relevance);
            if (!QTest::qWaitFor([&] { return !answers.isEmpty() && answers.last().complete; }, 30'000))
                return RecordSearchResult {};
            return answers.last().ticket == ticket ? answers.last() : RecordSearchResult {};
        };
        const auto expected = [&](const QString &text) {
            CatalogSession session(catalog, true);
            QString failure;
            const auto hits = RecordStore(session.db())
                                  .search(RecordQueryParser::parse(RecordKind::Location, text, true),
                                          RecordSort::Relevance, 0, failure);
            QList<qint64> out;
            for (const RecordStore::Hit &hit : hits.value_or(QList<RecordStore::Hit>()))
                out.append(hit.id);
            return out;
        };
        const auto ids = [](const RecordSearchResult &result) {
            QList<qint64> out;
            for (const RecordStore::Summary &row : result.rows)
                out.append(row.id);
            return out;
        };
        const RecordSearchResult words = answer(u"灯塔 city:"_s);
        QCOMPARE(words.rows.size(), 45);
        QVERIFY(!words.amongKnown);
        RecordSearchResult filtered = answer(u"灯塔 city:威海市"_s);
        QVERIFY(filtered.amongKnown);
        QCOMPARE(ids(filtered), expected(u"灯塔 city:威海市"_s));
        QCOMPARE(filtered.rows.size(), 30);
        filtered = answer(u"灯塔 -city:威海市"_s); // negated: a condition too
        QVERIFY(filtered.amongKnown);
        QCOMPARE(ids(filtered), expected(u"灯塔 -city:威海市"_s));
        // Changed meanwhile (a location of 烟台 moved to 威海): the words are asked again.
        {
            CatalogSession session(catalog);
            QSqlQuery move(session.db());
            QVERIFY(move.exec(u"UPDATE locations SET city = '威海市' WHERE id = %1"_s.arg(saved.at(3))));
        }
        filtered = answer(u"灯塔 city:威海市"_s);
        QVERIFY(!filtered.amongKnown);
        QCOMPARE(filtered.rows.size(), 31);
        QCOMPARE(ids(filtered), expected(u"灯塔 city:威海市"_s));
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QString error;
        QVERIFY(Catalog::prepare(catalog(), Catalog::OpenMode::Create, error));
        CatalogSession session(catalog());
        CatalogFixtures::Asset photo;
        photo.path = "/lib/八大关街景.jpg";
        photo.kind = u"photo"_s;
        photo.durationS = -1;
        const auto id = CatalogFixtures::add(session, photo, &error);
        QVERIFY2(id, qPrintable(error));
        m_photo = *id;
        CatalogFixtures::Asset other;
        other.path = "/lib/老街夜景.mp4";
        const auto otherId = CatalogFixtures::add(session, other, &error);
        QVERIFY2(otherId, qPrintable(error));
        m_other = *otherId;
        // Shot 300 m from where the location will be.
        QSqlQuery gps(session.db());
        QVERIFY(gps.exec(
            u"UPDATE assets SET gps_lat = 36.0570, gps_lon = 120.3532 WHERE id = %1"_s.arg(m_photo)));
    }

    void locationsPage()
    {
        MainWindow window(catalog());
        window.resize(1500, 950);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showCollection(u"locations"_s);
        QCOMPARE(window.currentCollection(), u"locations"_s);
        RecordsPage *page = window.recordsPage(u"locations"_s);
        QVERIFY(page && page->isVisible());
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        RecordEditor *editor = page->editor();

        // A new location, its coordinates copied from AMap (GCJ-02).
        page->newRecord();
        auto *name = editor->findChild<QLineEdit *>(u"name_zh"_s);
        auto *code = editor->findChild<QLineEdit *>(u"code"_s);
        auto *coordinates = editor->findChild<QLineEdit *>(u"coordinates"_s);
        auto *datum = editor->findChild<QComboBox *>(u"datum"_s);
        auto *category = editor->findChild<QComboBox *>(u"category"_s);
        QVERIFY(name && code && coordinates && datum && category);
        QTRY_VERIFY(category->count() > 5); // the categories came from the catalog
        name->setFocus();
        name->insert(u"八大关历史风貌区"_s); // what an input method commits
        QTest::keyClicks(code, u"QD-0001"_s);
        category->setCurrentIndex(category->findData(u"period"_s));
        datum->setCurrentIndex(datum->findData(int(Geo::Datum::Gcj02)));
        const Geo::LatLon wgs { 36.0543, 120.3532 };
        const Geo::LatLon gcj = Geo::wgs84ToGcj02(wgs);
        QTest::keyClicks(coordinates, u"%1,%2"_s.arg(gcj.lat, 0, 'f', 7).arg(gcj.lon, 0, 'f', 7));
        auto *echo = editor->findChild<QLabel *>(u"coordinateEcho"_s);
        QVERIFY(echo->text().contains(u"WGS-84: 36.054300, 120.353200"_s));
        QVERIFY(editor->isDirty());
        QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QTRY_VERIFY(!editor->isDirty());
        QCOMPARE(qRound64(scalar(u"SELECT lat FROM locations"_s).toDouble() * 1e6), 36'054'300);
        QCOMPARE(qRound64(scalar(u"SELECT lon FROM locations"_s).toDouble() * 1e6), 120'353'200);
        const qint64 location = scalar(u"SELECT id FROM locations"_s).toLongLong();
        QTRY_COMPARE(page->currentId(), location);

        // The photo shot 300 m away is suggested; linking it is one click.
        auto *nearby = editor->findChild<QListWidget *>(u"nearbyAssets"_s);
        QTRY_COMPARE(nearby->count(), 1);
        editor->findChild<QPushButton *>(u"linkNearby"_s)->click();
        QTRY_COMPARE(scalar(u"SELECT location_id FROM assets WHERE id = %1"_s.arg(m_photo)).toLongLong(),
                     location);
        QTRY_COMPARE(editor->findChild<QListWidget *>(u"linkedAssets"_s)->count(), 1);
        QTRY_COMPARE(nearby->count(), 0);

        // A mistake is shown and nothing is written.
        coordinates->clear();
        QTest::keyClicks(coordinates, u"north of the sea"_s);
        QVERIFY(!editor->save());
        const auto problems = editor->findChildren<QLabel *>();
        QVERIFY(std::any_of(problems.cbegin(), problems.cend(), [](QLabel *l) {
            return l->isVisible() && l->text().contains(u"north of the sea"_s);
        }));
        QCOMPARE(qRound64(scalar(u"SELECT lat FROM locations"_s).toDouble() * 1e4), 360'543);
        editor->revert();
        QVERIFY(!editor->isDirty());

        // Search: initials, and a near search shown on the map. The page held the one location
        // before: each search's own result is waited for.
        QStringList searched; // the searches whose results the page has shown
        connect(page, &RecordsPage::searchShown, page, [&](const RecordSearchResult &result) {
            if (result.complete)
                searched.append(result.text);
        });
        page->search(u"bdg"_s);
        QTRY_COMPARE(page->searchText(), u"bdg"_s);
        QTRY_COMPARE(searched.value(searched.size() - 1), u"bdg"_s);
        QCOMPARE(page->model()->rowCount(), 1);
        QVERIFY(page->model()->indexForId(location).isValid());
        page->search(u"xyz"_s);
        QTRY_COMPARE(searched.value(searched.size() - 1), u"xyz"_s);
        QCOMPARE(page->model()->rowCount(), 0);
        page->search(u"near:36.0671,120.3826 radius:5"_s);
        QTRY_COMPARE(searched.value(searched.size() - 1), u"near:36.0671,120.3826 radius:5"_s);
        QCOMPARE(page->model()->rowCount(), 1);
        QVERIFY(page->model()->indexForId(location).isValid());
        QVERIFY(page->model()
                    ->data(page->model()->index(0, RecordListModel::DistanceColumn))
                    .toString()
                    .contains(u"km"_s));
        page->showMap(true);
        QVERIFY(page->isMapShown());
        // The map shows the one location found, pinned where it is, in its status's colour.
        MapView *mapView = page->mapView();
        QVERIFY(mapView->isVisible());
        QCOMPARE(mapView->pins().size(), 1);
        const QImage map = mapView->render();
        QCOMPARE(map.size(), mapView->size() * mapView->devicePixelRatio());
        MapViewport view = mapView->viewport();
        view.size = mapView->size();
        const QPointF at = view.toPixel(wgs);
        QVERIFY(QRectF(QPointF(0, 0), view.size).contains(at));
        const QColor body = map.pixelColor(((at + QPointF(0, -7)) * map.devicePixelRatio()).toPoint());
        QVERIFY2(body == QColor(0xd9, 0x48, 0x2b) || body == QColor(0x9c, 0x6b, 0x30),
                 qPrintable(body.name()));
        page->showMap(false);
        page->search(u"setting:attic"_s);
        auto *message = page->findChild<QLabel *>(u"recordSearchMessage"_s);
        QTRY_VERIFY(message->isVisible() && message->text().contains(u"attic"_s));
        page->search(QString());
        QTRY_VERIFY(!message->isVisible());

        // Undo takes the new location's link and then the location away; redo brings them back.
        QUndoStack *undo = window.undoStack();
        undo->undo(); // the link
        QTRY_VERIFY(scalar(u"SELECT location_id FROM assets WHERE id = %1"_s.arg(m_photo)).isNull());
        undo->undo(); // the location
        QTRY_COMPARE(page->model()->rowCount(), 0);
        undo->redo();
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QCOMPARE(scalar(u"SELECT id FROM locations"_s).toLongLong(), location); // the same id
        undo->redo();
        QTRY_COMPARE(scalar(u"SELECT location_id FROM assets WHERE id = %1"_s.arg(m_photo)).toLongLong(),
                     location);

        // A clip dragged from the library onto the location's list is linked to it (once the
        // editor shows the location again: it is read back in the background after the redo).
        QTRY_COMPARE(editor->recordId(), location);
        {
            QMimeData mime;
            QByteArray bytes;
            QDataStream stream(&bytes, QIODevice::WriteOnly);
            stream << QList<qint64> { m_other };
            mime.setData(QString::fromLatin1(AssetListModel::kAssetIdsMime), bytes);
            QCOMPARE(AssetListModel::assetIdsFrom(&mime), QList<qint64> { m_other });
            QWidget *target = editor->findChild<QListWidget *>(u"linkedAssets"_s)->viewport();
            QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(target, &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(target, &drop);
            QTRY_COMPARE(scalar(u"SELECT location_id FROM assets WHERE id = %1"_s.arg(m_other)).toLongLong(),
                         location);
            QTRY_COMPARE(editor->findChild<QListWidget *>(u"linkedAssets"_s)->count(), 2);
        }
        // Clips with GPS on the map, as squares with negated ids.
        page->findChild<QToolButton *>(u"assetPins"_s)->setChecked(true);
        QTRY_VERIFY(std::any_of(page->mapView()->pins().cbegin(), page->mapView()->pins().cend(),
                                [this](const MapPin &pin) { return pin.id == -m_photo && pin.square; }));

        // An import, previewed, then committed.
        const QString csv = m_dir.filePath(u"locations.csv"_s);
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(u"编号,名称,类别,纬度,经度\r\nQD-0002,石老人海水浴场,海岸风光,36.0975,120.4664\r\n"
                       "QD-0003,崂山太清宫,地标景区,36.1386,120.6758\r\n"_s.toUtf8());
        }
        RecordsPage::fileChooser().open = [csv](QWidget *, const QString &, const QString &) { return csv; };
        page->importFile();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QDialog *>()) && dialog->isVisible());
        auto *rows = dialog->findChild<QTableWidget *>(u"importRows"_s);
        QCOMPARE(rows->rowCount(), 2);
        auto *importButton = dialog->findChild<QPushButton *>(u"importButton"_s);
        QVERIFY(importButton->isEnabled());
        importButton->click();
        QTRY_COMPARE(page->model()->rowCount(), 3);
        QTRY_COMPARE(scalar(u"SELECT count(*) FROM locations"_s).toInt(), 3);

        // A code already taken: the write fails, the form keeps the edits and says why.
        page->newRecord();
        name->setFocus();
        name->insert(u"重复编号"_s);
        QTest::keyClicks(code, u"QD-0002"_s);
        QVERIFY(editor->save());
        QTRY_VERIFY(editor->isDirty());
        const auto saysWhy = [editor] {
            const QList<QLabel *> labels = editor->findChildren<QLabel *>();
            return std::any_of(labels.cbegin(), labels.cend(),
                               [](QLabel *l) { return l->isVisible() && l->text().contains(u"QD-0002"_s); });
        };
        QTRY_VERIFY(saysWhy());
        QCOMPARE(scalar(u"SELECT count(*) FROM locations"_s).toInt(), 3);
        // Corrected and saved twice: one new record, not two.
        code->clear();
        QTest::keyClicks(code, u"QD-0009"_s);
        QVERIFY(editor->save());
        QTRY_VERIFY(editor->original().value(u"id"_s).toInteger() > 0);
        auto *english = editor->findChild<QLineEdit *>(u"name_en"_s);
        QTest::keyClicks(english, u"Duplicate"_s);
        QVERIFY(editor->save());
        QTRY_COMPARE(scalar(u"SELECT name_en FROM locations WHERE code = 'QD-0009'"_s).toString(),
                     u"Duplicate"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM locations"_s).toInt(), 4);

        // A production: the base, two candidates, the package.
        window.showCollection(u"productions"_s);
        ProductionsPage *productions = window.productionsPage();
        QVERIFY(productions && productions->isVisible());
        productions->newProduction();
        productions->findChild<QLineEdit *>(u"productionTitle"_s)->insert(u"海风往事"_s);
        QTest::keyClicks(productions->findChild<QLineEdit *>(u"productionBase"_s), u"36.0671, 120.3826"_s);
        QVERIFY(productions->saveEditor());
        QTRY_VERIFY(productions->currentId() > 0);
        const qint64 second = scalar(u"SELECT id FROM locations WHERE code = 'QD-0002'"_s).toLongLong();
        productions->addCandidates({ location, second });
        auto *candidates = productions->findChild<QTableWidget *>(u"candidates"_s);
        QTRY_COMPARE(candidates->rowCount(), 2);
        QTRY_COMPARE(scalar(u"SELECT count(*) FROM production_candidates"_s).toInt(), 2);
        QVERIFY(candidates->item(1, 4)->text().contains(u"km"_s)); // from the base
        const QString pdf = m_dir.filePath(u"package.pdf"_s);
        QSignalSpy written(productions, &ProductionsPage::packageWritten);
        productions->exportPackage(pdf, true);
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, 30'000);
        QCOMPARE(written.first().at(2).toString(), QString());
        QVERIFY(written.first().at(1).toInt() >= 3); // cover and two candidates
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
        // Back to the library: its own page again.
        window.showCollection(u"assets"_s);
        QCOMPARE(window.currentCollection(), u"assets"_s);
    }

    // Someone else saved the location being edited here: the save says so, with both versions
    // side by side; "Save Yours over Theirs" then saves these edits over theirs.
    void aConflictingSaveShowsBothVersions()
    {
        MainWindow window(catalog());
        window.resize(1500, 950);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showCollection(u"locations"_s);
        RecordsPage *page = window.recordsPage(u"locations"_s);
        RecordEditor *editor = page->editor();
        page->newRecord();
        editor->findChild<QLineEdit *>(u"name_zh"_s)->insert(u"冲突测试"_s);
        QTest::keyClicks(editor->findChild<QLineEdit *>(u"code"_s), u"CONF-9"_s);
        QVERIFY(editor->save());
        QTRY_VERIFY(editor->original().value(u"id"_s).toInteger() > 0);
        const qint64 id = editor->original().value(u"id"_s).toInteger();
        QTRY_VERIFY(!editor->isDirty());

        // A colleague saves the same location (another workstation).
        {
            CatalogSession session(catalog());
            QJsonObject theirs = *RecordStore(session.db()).get(RecordKind::Location, id);
            theirs.insert(u"name_en"_s, u"Their Name"_s);
            QList<RecordProblem> problems;
            QString error;
            QVERIFY2(RecordStore(session.db()).save(RecordKind::Location, theirs, problems, error),
                     qPrintable(error));
        }
        auto *english = editor->findChild<QLineEdit *>(u"name_en"_s);
        english->clear();
        QTest::keyClicks(english, u"My Name"_s);
        QVERIFY(editor->save());
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = page->findChild<QMessageBox *>(u"conflictBox"_s)), 10'000);
        QVERIFY2(box->text().contains(u"Their Name"_s) && box->text().contains(u"My Name"_s),
                 qPrintable(box->text()));
        QCOMPARE(scalar(u"SELECT name_en FROM locations WHERE id = %1"_s.arg(id)).toString(),
                 u"Their Name"_s);
        QVERIFY(editor->isDirty()); // these edits are still here
        box->findChild<QPushButton *>(u"saveMine"_s)->click();
        QTRY_COMPARE(scalar(u"SELECT name_en FROM locations WHERE id = %1"_s.arg(id)).toString(),
                     u"My Name"_s);
    }

    // Someone else saved the production being edited here: the page says what differs and asks;
    // yours is saved over theirs, or theirs is kept and shown.
    void aConflictingProductionSaveAsks()
    {
        MainWindow window(catalog());
        window.resize(1500, 950);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showCollection(u"productions"_s);
        ProductionsPage *page = window.productionsPage();
        QSignalSpy shown(page, &ProductionsPage::productionShown);
        page->newProduction();
        auto *title = page->findChild<QLineEdit *>(u"productionTitle"_s);
        title->insert(u"冲突片"_s);
        QVERIFY(page->saveEditor());
        QTRY_VERIFY(page->currentId() > 0);
        const qint64 id = page->currentId();
        const auto titleInCatalog = [&] {
            return scalar(u"SELECT title FROM productions WHERE id = %1"_s.arg(id)).toString();
        };
        // The page shows the production as saved last (read again after its own save): what a
        // colleague saves after this is someone else's.
        const auto settled = [&] {
            return !shown.isEmpty()
                && shown.last()
                       .first()
                       .value<ProductionDetails>()
                       .production.value(u"updated_at"_s)
                       .toString()
                == scalar(u"SELECT updated_at FROM productions WHERE id = %1"_s.arg(id)).toString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(settled(), 10'000);
        const auto theySave = [&](const QString &company) { // another workstation
            CatalogSession session(catalog());
            QJsonObject theirs = *ProductionStore(session.db()).get(id);
            theirs.insert(u"company"_s, company);
            QString error;
            QVERIFY2(ProductionStore(session.db()).save(theirs, error), qPrintable(error));
        };
        const auto edit = [&](const QString &text) {
            title->setFocus();
            title->selectAll();
            title->insert(text); // typed over it
            QVERIFY(page->saveEditor());
        };
        QTest::qWait(5);
        theySave(u"他们的公司"_s);
        Dialogs::setNextAnswer(QMessageBox::Save);
        edit(u"我的片名"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!Dialogs::pending(), 10'000); // asked, once the write failed
        QTRY_COMPARE_WITH_TIMEOUT(titleInCatalog(), u"我的片名"_s, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(settled(), 10'000);
        // Yours went over theirs whole (the form did not have their company).
        QCOMPARE(scalar(u"SELECT company FROM productions WHERE id = %1"_s.arg(id)).toString(), QString());
        QTest::qWait(5);
        theySave(u"又一家公司"_s);
        Dialogs::setNextAnswer(QMessageBox::Discard);
        edit(u"不要的片名"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!Dialogs::pending(), 10'000);
        // Theirs, shown (their company: not an older reading of the production).
        auto *company = page->findChild<QLineEdit *>(u"productionCompany"_s);
        QVERIFY(company);
        QTRY_COMPARE_WITH_TIMEOUT(company->text(), u"又一家公司"_s, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(title->text(), u"我的片名"_s, 10'000);
        QCOMPARE(titleInCatalog(), u"我的片名"_s);
        QCOMPARE(scalar(u"SELECT company FROM productions WHERE id = %1"_s.arg(id)).toString(),
                 u"又一家公司"_s);
        // Theirs shown: the next edit saves without asking.
        edit(u"最终片名"_s);
        QTRY_COMPARE_WITH_TIMEOUT(titleInCatalog(), u"最终片名"_s, 10'000);
        QCOMPARE(scalar(u"SELECT company FROM productions WHERE id = %1"_s.arg(id)).toString(),
                 u"又一家公司"_s);
    }

    void expertPhotoFromTheLibrary()
    {
        {
            CatalogSession session(catalog());
            QList<RecordProblem> problems;
            QString error;
            QVERIFY(RecordStore(session.db())
                        .save(RecordKind::Expert, { { u"name_zh"_s, u"张伟"_s } }, problems, error));
        }
        MainWindow window(catalog());
        window.resize(1500, 950);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The photo selected in the library…
        auto *grid = window.findChild<AssetGridView *>();
        auto *model = static_cast<AssetListModel *>(grid->model());
        QTRY_VERIFY(model->indexForId(m_photo).isValid());
        grid->selectionModel()->setCurrentIndex(
            model->indexForId(m_photo), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        // …becomes the expert's photo.
        window.showCollection(u"experts"_s);
        RecordsPage *page = window.recordsPage(u"experts"_s);
        QTRY_COMPARE(page->model()->rowCount(), 1);
        page->selectRecord(page->model()->idAt(0));
        QTRY_COMPARE(page->editor()->recordId(), page->model()->idAt(0));
        page->editor()->findChild<QPushButton *>(u"usePhoto"_s)->click();
        QVERIFY(page->editor()->isDirty());
        QVERIFY(page->editor()->save());
        QTRY_COMPARE(scalar(u"SELECT photo_asset_id FROM experts"_s).toLongLong(), m_photo);
    }
};

REELATLAS_TEST_MAIN_BOTH_BACKENDS(TestRecordsPages)
#include "tst_recordspages.moc"
