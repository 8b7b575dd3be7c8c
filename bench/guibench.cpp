// reelatlas-guibench: what a person feels in the desktop app on a large catalog (make one with
// reelatlas-gencatalog): how soon the window is usable, how fast search-as-you-type and facet
// counts answer, the longest stall of the GUI thread while scrolling the whole grid and table,
// and resident memory. It drives the real MainWindow; run it under xvfb-run (or with
// QT_QPA_PLATFORM=offscreen).
//
//   reelatlas-guibench --catalog DIR [--json FILE] [--search-only]   (bench/gui.sh runs it)

#include "appsettings.h"
#include "assetgridview.h"
#include "assetlistmodel.h"
#include "catalogreader.h"
#include "mainwindow.h"
#include "translations.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Milliseconds since this process started (the kernel's start time, so dynamic loading counts).
double msSinceProcessStart()
{
    QFile stat(u"/proc/self/stat"_s), uptime(u"/proc/uptime"_s);
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double started = fields.value(19).toDouble() / double(sysconf(_SC_CLK_TCK)); // field 22
    const double now = uptime.readAll().split(' ').value(0).toDouble();
    return (now - started) * 1000.0;
}

qint64 statusKb(const char *key)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool waitFor(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

// Measures the longest gap between turns of the event loop while `work` runs.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return double(m_longest) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

// Scrolls `view` from top to bottom a little at a time, at 60 steps a second, as a person
// dragging or flinging would; returns the longest stall and how long it took.
std::pair<double, double> scrollThrough(QAbstractItemView *view)
{
    QScrollBar *bar = view->verticalScrollBar();
    bar->setValue(0);
    QCoreApplication::processEvents();
    StallProbe probe;
    QElapsedTimer clock;
    clock.start();
    probe.start();
    QTimer step;
    step.setInterval(16);
    // REELATLAS_BENCH_SCROLL_PAGES: at most that many pages (a million assets are 80,000 pages of
    // tiles; the longest stall is what is measured, the random jumps reach the far end).
    const int pages = qEnvironmentVariableIntValue("REELATLAS_BENCH_SCROLL_PAGES");
    int stepped = 0;
    QObject::connect(&step, &QTimer::timeout, view, [&] {
        bar->setValue(bar->value() + bar->pageStep());
        ++stepped;
    });
    step.start();
    waitFor([&] { return bar->value() >= bar->maximum() || (pages > 0 && stepped >= pages); }, 600'000);
    step.stop();
    QCoreApplication::processEvents();
    return { probe.stop(), double(clock.elapsed()) / 1000.0 };
}

// Jumps to random places (dragging the scroll bar's handle).
double jumpAround(QAbstractItemView *view, int jumps)
{
    QScrollBar *bar = view->verticalScrollBar();
    StallProbe probe;
    probe.start();
    for (int i = 0; i < jumps; ++i) {
        bar->setValue(int(qint64(bar->maximum()) * ((i * 7919) % jumps) / jumps));
        QDeadlineTimer frame(16);
        while (!frame.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
    }
    return probe.stop();
}

} // namespace

int main(int argc, char *argv[])
{
    const double beforeApp = msSinceProcessStart();
    QApplication app(argc, argv);
    // A server's whole answer asked on a connection of its own while the first answer is
    // looked for (CatalogReader::setPrefetching), unless told not to: to measure both ways.
    if (qEnvironmentVariableIsSet("REELATLAS_BENCH_NO_PREFETCH"))
        CatalogReader::setPrefetching(false);
    QApplication::setOrganizationName(u"ReelAtlas-bench"_s);
    QApplication::setApplicationName(u"ReelAtlas"_s);
    QCommandLineParser parser;
    const QCommandLineOption catalogOption(u"catalog"_s, u"Catalog folder."_s, u"DIR"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Also write the figures as JSON to FILE."_s, u"FILE"_s);
    const QCommandLineOption searchOnlyOption(u"search-only"_s,
                                              u"Measure start-up, search and facets; skip scrolling."_s);
    const QCommandLineOption sortOnlyOption(
        u"sort-only"_s, u"Measure start-up and sorting the table (each sort three times); skip the rest."_s);
    parser.addOptions({ catalogOption, jsonOption, searchOnlyOption, sortOnlyOption });
    parser.addHelpOption();
    parser.process(app);
    QLocale::setDefault(QLocale(QLocale::English));
    Translations::install(QLocale(QLocale::English));
    QJsonObject out;

    // ---- start-up: window on screen, then the grid filled with the catalog's assets
    AppSettings().setAnalyzeInBackground(false); // nothing but what is measured
    MainWindow window(parser.value(catalogOption));
    window.resize(1600, 1000);
    window.setViewMode(0);
    auto *grid = window.findChild<AssetGridView *>();
    auto *table = window.findChild<QTableView *>();
    auto *model = qobject_cast<AssetListModel *>(grid->model());
    // What is measured of each answer, not its ids: hundreds of answers of up to a million ids
    // each would be the benchmark's own memory, counted as the window's.
    struct Answer
    {
        QString text;
        bool complete = true;
        double milliseconds = 0;
        qsizetype count = 0;
        bool amongWider = false; // SearchResult::amongWider
    };
    QList<Answer> results;
    QList<std::pair<FacetCounts, qint64>> facetResults; // with when they were shown
    QElapsedTimer facetClock;
    facetClock.start();
    QObject::connect(&window, &MainWindow::searchShown, &window, [&](const SearchResult &r) {
        results.append({ r.text, r.complete, r.milliseconds, r.ids.size(), r.amongWider });
    });
    QObject::connect(&window, &MainWindow::facetsShown, &window, [&](const FacetCounts &c) {
        facetResults.append({ c, facetClock.nsecsElapsed() });
    });
    window.show();
    waitFor([&] { return window.isVisible(); }, 10'000);
    QCoreApplication::processEvents();
    const double shown = msSinceProcessStart();
    double rowsRead = -1, firstResult = -1, firstFacets = -1;
    QObject::connect(&window, &MainWindow::facetsShown, &window, [&] {
        if (firstFacets < 0)
            firstFacets = msSinceProcessStart();
    });
    QObject::connect(model, &AssetListModel::loaded, model, [&] {
        if (rowsRead < 0)
            rowsRead = msSinceProcessStart();
    });
    QObject::connect(&window, &MainWindow::searchShown, &window, [&] {
        if (firstResult < 0)
            firstResult = msSinceProcessStart();
    });
    waitFor([&] { return model->totalCount() > 0 && !results.isEmpty() && model->rowCount() > 0; }, 60'000);
    grid->viewport()->repaint();
    const double usable = msSinceProcessStart();
    // The posters of the first screen.
    const auto postersShown = [&] {
        const int rows = std::min(12, model->rowCount());
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(AssetListModel::StatusRole).toString() != "failed"_L1
                && index.data(AssetListModel::PosterRole).value<QImage>().isNull())
                return false;
        }
        return true;
    };
    waitFor(postersShown, 30'000);
    const double posters = msSinceProcessStart();
    out.insert(u"assets"_s, model->totalCount());
    out.insert(u"startup_before_qapplication_ms"_s, beforeApp);
    out.insert(u"startup_window_shown_ms"_s, shown);
    out.insert(u"startup_rows_read_ms"_s, rowsRead);
    out.insert(u"startup_first_result_ms"_s, firstResult);
    out.insert(u"startup_usable_ms"_s, usable);
    out.insert(u"startup_first_posters_ms"_s, posters);
    waitFor([&] { return !facetResults.isEmpty(); }, 30'000);
    out.insert(u"facets_cold_ms"_s, facetResults.isEmpty() ? -1 : facetResults.first().first.milliseconds);
    out.insert(u"startup_first_facets_ms"_s, firstFacets); // since the process started
    out.insert(u"search_cold_ms"_s, results.isEmpty() ? -1 : results.first().milliseconds);

    // Sorting the table by a column (typed keys; names by collation): the longest stall of
    // `rounds` sorts by name and by duration.
    const auto measureSorts = [&](int rounds) {
        double byName = 0, byDuration = 0;
        for (int round = 0; round < rounds; ++round) {
            StallProbe probe;
            probe.start();
            table->sortByColumn(AssetListModel::NameColumn,
                                round % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
            QCoreApplication::processEvents();
            byName = std::max(byName, probe.stop());
            probe.start();
            table->sortByColumn(AssetListModel::DurationColumn, Qt::DescendingOrder);
            QCoreApplication::processEvents();
            byDuration = std::max(byDuration, probe.stop());
        }
        out.insert(u"table_sort_by_name_stall_ms"_s, byName);
        out.insert(u"table_sort_by_duration_stall_ms"_s, byDuration);
    };
    if (parser.isSet(sortOnlyOption)) {
        window.setViewMode(1);
        for (QDeadlineTimer settle(3000); !settle.hasExpired();) // the names are ranked in the background
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        measureSorts(3);
    }

    if (!parser.isSet(sortOnlyOption)) {
        // ---- search as you type: words plus two filters, every prefix as it is typed
        const QStringList queries {
            u"海边 dur:<30 hdr:no"_s,          u"guzhen orient:landscape year:>=2020"_s,
            u"gz fps:>=50 codec:hevc"_s,       u"老街 tag:天气/晴 kind:video"_s,
            u"qingdao status:ok format:4K"_s,  u"dengta dur:>=10 orient:landscape"_s,
            u"黄昏 camera:dji hdr:yes"_s,      u"harbour fps:25 kind:video"_s,
            u"xm tag:时段/黄昏 dur:<60"_s,     u"雪山 year:2024 codec:h264"_s,
            u"栈桥 tag:景别/远景 status:ok"_s, u"cq orient:portrait fps:>=24"_s,
        };
        QList<double> roundTrips, completeTrips, readerMs, facetMs, facetTrips;
        int typed = 0, missedResults = 0, missedFacets = 0;
        for (const QString &query : queries) {
            for (qsizetype length = 1; length <= query.size(); ++length) {
                const QString prefix = query.left(length);
                if (prefix.endsWith(u' '))
                    continue;
                const qsizetype before = results.size();
                const qsizetype facetsBefore = facetResults.size();
                QElapsedTimer clock;
                clock.start();
                const qint64 asked = facetClock.nsecsElapsed();
                window.search(prefix);
                // An answer that does not come in time counts as that long, and is counted as
                // missed; nothing of it is read (an empty list has no last()).
                const bool answered =
                    waitFor([&] { return results.size() > before && results.last().text == prefix; }, 10'000);
                roundTrips.append(double(clock.nsecsElapsed()) / 1e6);
                if (!answered) {
                    qWarning("no result for %s within 10 s", qPrintable(prefix));
                    ++missedResults;
                    ++typed;
                    continue;
                }
                readerMs.append(results.last().milliseconds);
                // A search that matches many shows a first page, then the whole answer.
                const bool complete =
                    waitFor([&] { return results.last().text == prefix && results.last().complete; }, 10'000);
                completeTrips.append(double(clock.nsecsElapsed()) / 1e6);
                if (!complete) {
                    qWarning("no whole answer for %s within 10 s", qPrintable(prefix));
                    ++missedResults;
                }
                // The facets follow the results; measured from the keystroke too.
                const bool counted = waitFor(
                    [&] {
                        return facetResults.size() > facetsBefore && facetResults.last().first.text == prefix;
                    },
                    10'000);
                if (counted) {
                    facetMs.append(facetResults.last().first.milliseconds);
                    facetTrips.append(double(facetResults.last().second - asked) / 1e6);
                } else {
                    qWarning("no facets for %s within 10 s", qPrintable(prefix));
                    ++missedFacets;
                    facetTrips.append(double(facetClock.nsecsElapsed() - asked) / 1e6);
                }
                if (qEnvironmentVariableIsSet("REELATLAS_BENCH_VERBOSE"))
                    fprintf(
                        stderr,
                        "%8.1f ms  reader %6.1f  whole %6.1f (reader %6.1f)  facets %5.1f (%6.1f shown)  "
                        "%6lld results%s  %s\n",
                        roundTrips.last(), readerMs.last(), completeTrips.last(), results.last().milliseconds,
                        counted ? facetMs.last() : -1.0, facetTrips.last(), qint64(results.last().count),
                        results.at(before).amongWider ? " (first among the wider)" : "", qPrintable(prefix));
                ++typed;
            }
        }
        out.insert(u"search_keystrokes"_s, typed);
        out.insert(u"search_missed"_s, missedResults);
        out.insert(u"facets_missed"_s, missedFacets);
        out.insert(u"search_roundtrip_p50_ms"_s, percentile(roundTrips, 0.5));
        out.insert(u"search_roundtrip_p95_ms"_s, percentile(roundTrips, 0.95));
        out.insert(u"search_roundtrip_max_ms"_s, percentile(roundTrips, 1.0));
        out.insert(u"search_reader_p95_ms"_s, percentile(readerMs, 0.95));
        // Keystroke -> the whole answer (the count), where a first page came before it.
        out.insert(u"search_whole_p50_ms"_s, percentile(completeTrips, 0.5));
        out.insert(u"search_whole_p95_ms"_s, percentile(completeTrips, 0.95));
        out.insert(u"facets_p50_ms"_s, percentile(facetMs, 0.5));
        out.insert(u"facets_p95_ms"_s, percentile(facetMs, 0.95));
        out.insert(u"facets_max_ms"_s, percentile(facetMs, 1.0));
        out.insert(u"facets_shown_p95_ms"_s, percentile(facetTrips, 0.95));
        out.insert(u"facets_shown_max_ms"_s, percentile(facetTrips, 1.0));
        // Facets over everything (the empty search), warm.
        {
            const qsizetype before = facetResults.size();
            window.search(QString());
            const bool counted = waitFor(
                [&] { return facetResults.size() > before && facetResults.last().first.text.isEmpty(); },
                10'000);
            out.insert(u"facets_all_warm_ms"_s, counted ? facetResults.last().first.milliseconds : -1);
            out.insert(u"search_all_reader_ms"_s,
                       !results.isEmpty() && results.last().text.isEmpty() ? results.last().milliseconds
                                                                           : -1);
        }

        // ---- select all (Ctrl+A) over everything: the GUI thread's longest stall, and how soon
        // the inspector has the selection's summary
        {
            QAction *selectAll = nullptr;
            for (QAction *action : window.findChildren<QAction *>())
                if (action->shortcut() == QKeySequence(QKeySequence::SelectAll))
                    selectAll = action;
            auto *reader = window.findChild<CatalogReader *>();
            qsizetype summarised = -1;
            const auto connection = QObject::connect(
                reader, &CatalogReader::assetsLoaded, &window,
                [&](const QList<qint64> &ids, const QList<QJsonObject> &, const SelectionSummary &summary) {
                    if (ids.size() == model->rowCount())
                        summarised = summary.count;
                });
            window.setViewMode(0);
            grid->setFocus();
            const qint64 before = statusKb("VmRSS:");
            StallProbe probe;
            QElapsedTimer clock;
            clock.start();
            probe.start();
            if (selectAll)
                selectAll->trigger();
            const bool summaryShown = waitFor([&] { return summarised >= 0; }, 60'000);
            out.insert(u"select_all_stall_ms"_s, probe.stop());
            out.insert(u"select_all_summary_ms"_s, summaryShown ? double(clock.nsecsElapsed()) / 1e6 : -1);
            out.insert(u"select_all_summary_count"_s, double(summarised));
            out.insert(u"select_all_rss_growth_mb"_s, double(statusKb("VmRSS:") - before) / 1024.0);
            QObject::disconnect(connection);
            grid->selectionModel()->clear();
        }

        // ---- find similar (similar:ID) on analysed assets, the first time (signatures read) and after
        {
            QList<double> trips;
            double first = -1;
            qint64 found = 0;
            for (int i = 0; i < 21; ++i) {
                const qint64 id = 1 + qint64(i) * std::max(1, model->totalCount() / 21);
                const QString text = u"similar:%1"_s.arg(id);
                const qsizetype before = results.size();
                QElapsedTimer clock;
                clock.start();
                window.search(text);
                const bool answered =
                    waitFor([&] { return results.size() > before && results.last().text == text; }, 30'000);
                (i == 0 ? first : trips.emplace_back()) = double(clock.nsecsElapsed()) / 1e6;
                if (!answered) {
                    qWarning("no result for %s within 30 s", qPrintable(text));
                    continue;
                }
                found += results.last().count;
            }
            out.insert(u"similar_first_ms"_s, first);
            out.insert(u"similar_p50_ms"_s, percentile(trips, 0.5));
            out.insert(u"similar_p95_ms"_s, percentile(trips, 0.95));
            out.insert(u"similar_results_mean"_s, double(found) / 21);
            window.search(QString());
            waitFor([&] { return !results.isEmpty() && results.last().text.isEmpty(); }, 10'000);
        }

        // ---- scrolling the whole grid and the whole table
        if (!parser.isSet(searchOnlyOption)) {
            window.setViewMode(0);
            QCoreApplication::processEvents();
            const auto [gridStall, gridSeconds] = scrollThrough(grid);
            out.insert(u"grid_rows"_s, model->rowCount());
            out.insert(u"grid_scroll_longest_stall_ms"_s, gridStall);
            out.insert(u"grid_scroll_seconds"_s, gridSeconds);
            out.insert(u"grid_jump_longest_stall_ms"_s, jumpAround(grid, 200));
            window.setViewMode(1);
            QCoreApplication::processEvents();
            const auto [tableStall, tableSeconds] = scrollThrough(table);
            out.insert(u"table_scroll_longest_stall_ms"_s, tableStall);
            out.insert(u"table_scroll_seconds"_s, tableSeconds);
            measureSorts(1);
            window.setViewMode(0);
        }
    }

    out.insert(u"rss_mb"_s, double(statusKb("VmRSS:")) / 1024.0);
    out.insert(u"peak_rss_mb"_s, double(statusKb("VmHWM:")) / 1024.0);

    for (auto it = out.constBegin(); it != out.constEnd(); ++it)
        printf("%-36s %s\n", qPrintable(it.key()),
               qPrintable(QString::number(it.value().toDouble(), 'f', 1)));
    if (parser.isSet(jsonOption)) {
        QFile file(parser.value(jsonOption));
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(out).toJson());
    }
    window.close();
    return 0;
}
