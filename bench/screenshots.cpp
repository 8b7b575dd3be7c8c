// reelatlas-screenshots: the main screens of the desktop app as PNG files, in one language, for
// reviewing how the app looks (run it under xvfb-run or with QT_QPA_PLATFORM=offscreen).
//
//   reelatlas-screenshots --catalog DIR --out DIR [--lang zh_CN|en] [--import FOLDER]
//
// It drives the real window: selects items, searches with filters (the first answer of a search
// that matches many, and a mistake, to show the inline message), switches to the details table, opens the
// preview and the settings, and, with --import, imports a folder and shows the import panel.

#include "assetgridview.h"
#include "assetlistmodel.h"
#include "assetstore.h"
#include "assettiledelegate.h"
#include "catalog.h"
#include "catalogreader.h"
#include "duplicatesdialog.h"
#include "importpanel.h"
#include "mainwindow.h"
#include "previewdialog.h"
#include "productionspage.h"
#include "recordlistmodel.h"
#include "recordspage.h"
#include "settingsdialog.h"
#include "translations.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

void wait(int ms)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool waitFor(const std::function<bool()> &done, int ms = 20'000)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

void save(QWidget *widget, const QString &path)
{
    widget->grab().save(path);
    qInfo("%s", qPrintable(path));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"ReelAtlas-screenshots"_s);
    QApplication::setApplicationName(u"ReelAtlas"_s);
    QCommandLineParser parser;
    const QCommandLineOption catalogOption(u"catalog"_s, u"Catalog folder."_s, u"DIR"_s);
    const QCommandLineOption outOption(u"out"_s, u"Where the PNG files go."_s, u"DIR"_s);
    const QCommandLineOption langOption(u"lang"_s, u"zh_CN or en."_s, u"LANG"_s, u"en"_s);
    const QCommandLineOption importOption(u"import"_s, u"A folder to import at the end."_s, u"FOLDER"_s);
    const QCommandLineOption queueOption(u"queue"_s, u"A folder to queue for the workers at the end."_s,
                                         u"FOLDER"_s);
    parser.addOptions({ catalogOption, outOption, langOption, importOption, queueOption });
    parser.addHelpOption();
    parser.process(app);
    const QLocale locale(parser.value(langOption));
    QLocale::setDefault(locale);
    Translations::install(locale);
    const QString lang = parser.value(langOption);
    const QDir out(parser.value(outOption));
    QDir().mkpath(out.path());
    const auto file = [&](const QString &name) { return out.filePath(name + u'-' + lang + u".png"_s); };

    MainWindow window(parser.value(catalogOption));
    window.resize(1600, 1000);
    window.show();
    auto *grid = window.findChild<AssetGridView *>();
    auto *table = window.findChild<QTableView *>();
    if (!waitFor([&] { return grid->model()->rowCount() > 0; }))
        qWarning("the catalog shows nothing");
    wait(1500); // posters

    // One clip selected: the inspector with every fact.
    int clipRow = 0;
    for (int row = 0; row < grid->model()->rowCount(); ++row) {
        if (grid->model()->index(row, 0).data(Qt::UserRole + 3).toString() == "video"_L1) { // KindRole
            clipRow = row;
            break;
        }
    }
    grid->selectionModel()->setCurrentIndex(grid->model()->index(clipRow, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    grid->setFocus();
    wait(1500);
    save(&window, file(u"01-main"_s));

    // Its title renamed on another workstation while it is shown here, then edited here: the
    // window shows both and asks (theirs is kept, and the title put back afterwards).
    if (auto *title = window.findChild<QLineEdit *>(u"title"_s); title && grid->model()->rowCount() > 0) {
        const qint64 id = grid->model()->index(clipRow, 0).data(AssetListModel::IdRole).toLongLong();
        const QString before = title->text();
        const auto rename = [&](const QVariant &name) {
            CatalogSession session(parser.value(catalogOption));
            QString error;
            AssetStore(session.db()).setField({ id }, u"title"_s, name, error);
        };
        rename(u"栈桥日落（另一台电脑）"_s);
        QTimer::singleShot(1000, &window, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                box->grab().save(file(u"30-changed-meanwhile"_s));
                qInfo("%s", qPrintable(file(u"30-changed-meanwhile"_s)));
                box->done(QMessageBox::Discard);
            }
        });
        title->setFocus();
        title->setText(u"栈桥黄昏"_s);
        Q_EMIT title->editingFinished();
        wait(2500);
        rename(before.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(before));
        wait(1500);
    }

    // The pointer over a clip of several shots: the tile steps shot by shot.
    if (auto *tiles = qobject_cast<AssetTileDelegate *>(grid->itemDelegate())) {
        for (int row = 0; row < grid->model()->rowCount(); ++row) {
            const QModelIndex index = grid->model()->index(row, 0);
            if (index.data(AssetListModel::ShotCountRole).toInt() < 2)
                continue;
            tiles->setScrub(index, 0.5);
            waitFor([&] { return tiles->scrubFrame(index).byShot; }, 5000);
            grid->viewport()->update();
            wait(500);
            save(&window, file(u"24-scrub-by-shot"_s));
            tiles->setScrub({}, 0);
            break;
        }
    }

    // A search with filters, several selected: the facets narrow, the inspector edits all.
    window.search(u"tag:天气/晴 dur:<30"_s);
    wait(1200);
    grid->selectAll();
    wait(1200);
    save(&window, file(u"02-search-multi"_s));

    // A search that matches many: its first answer, grabbed as it is shown, before the whole
    // (a small first answer, so that a catalog of any size has one).
    {
        CatalogReader::setFirstAnswer(24);
        QMetaObject::Connection grab =
            QObject::connect(&window, &MainWindow::searchShown, &window, [&](const SearchResult &result) {
                if (!result.complete) {
                    QObject::disconnect(grab);
                    save(&window, file(u"02b-first-answer"_s));
                }
            });
        window.search(u"mp4"_s);
        wait(1500);
        QObject::disconnect(grab);
        CatalogReader::setFirstAnswer(int(CatalogReader::kFirstAnswer));
    }

    // A mistake in the query: said inline, never an empty result without a reason.
    window.search(u"海边 dur:<<5 fps:fast"_s);
    wait(800);
    save(&window, file(u"03-search-error"_s));

    // The details table, sorted by the search.
    window.search(QString());
    wait(800);
    window.setViewMode(1);
    table->selectionModel()->setCurrentIndex(table->model()->index(2, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    wait(1500);
    save(&window, file(u"04-details"_s));
    window.setViewMode(0);

    // The preview.
    grid->selectionModel()->setCurrentIndex(grid->model()->index(clipRow, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    window.previewCurrent();
    wait(1500);
    if (PreviewDialog *preview = window.previewDialog()) {
        save(preview, file(u"05-preview"_s));
        // A shot's frame made the poster (then undone: the catalog is left as it was).
        if (waitFor([&] { return preview->shotCount() > 1; }, 3000)) {
            preview->showShot(1);
            // Its Poster menu, open: the screen is grabbed while the menu runs.
            if (auto *poster = preview->findChild<QPushButton *>(u"previewPoster"_s);
                poster && poster->menu()) {
                QTimer::singleShot(1000, poster, [&, poster] {
                    preview->screen()->grabWindow(0).save(file(u"23-poster-menu"_s));
                    qInfo("%s", qPrintable(file(u"23-poster-menu"_s)));
                    poster->menu()->close();
                });
                poster->showMenu();
            }
            const int steps = window.undoStack()->count();
            preview->choosePoster(preview->shownFrameTime());
            if (waitFor([&] { return window.undoStack()->count() > steps; }, 20'000)) {
                wait(1500);
                save(preview, file(u"21-poster-chosen"_s));
                window.undoStack()->undo();
                wait(1000);
            }
        }
        preview->close();
    }

    // A photo with people in it, where the analysis saw them (a catalog made with ingest --analyze).
    window.search(u"people:yes kind:photo"_s);
    wait(1200);
    if (grid->model()->rowCount() > 0) {
        save(&window, file(u"15-people-search"_s));
        grid->selectionModel()->setCurrentIndex(
            grid->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        wait(800);
        window.previewCurrent();
        wait(1500);
        if (PreviewDialog *preview = window.previewDialog()) {
            if (auto *people = preview->findChild<QPushButton *>(u"previewPeople"_s);
                people && people->isVisible())
                people->setChecked(true);
            wait(500);
            save(preview, file(u"16-preview-people"_s));
            preview->close();
        }
    }
    // A photo that looks like a weather: the inspector suggests it. Among the first 40 (a large
    // catalog has tens of thousands of photos, 600 ms each).
    window.search(u"kind:photo"_s);
    wait(1200);
    for (int row = 0; row < std::min(grid->model()->rowCount(), 40); ++row) {
        grid->selectionModel()->setCurrentIndex(grid->model()->index(row, 0),
                                                QItemSelectionModel::ClearAndSelect);
        wait(600);
        const auto suggestions = window.findChildren<QToolButton *>(u"suggestion"_s);
        if (std::any_of(suggestions.cbegin(), suggestions.cend(),
                        [](const QToolButton *button) {
                            return button->isVisible() && button->text().contains(u'＋');
                        })
            && std::any_of(suggestions.cbegin(), suggestions.cend(), [](const QToolButton *button) {
                   return button->toolTip().contains(u"天气/"_s);
               })) {
            save(&window, file(u"22-suggested-weather"_s));
            break;
        }
    }
    // The light where and when a clip was filmed, and its look: the facets and the inspector's facts.
    window.search(u"kind:video"_s);
    wait(1200);
    for (int row = 0; row < grid->model()->rowCount(); ++row) {
        const QModelIndex index = grid->model()->index(row, 0);
        if (index.data(Qt::DisplayRole).toString().contains(u"golden"_s))
            grid->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    }
    wait(1500);
    save(&window, file(u"19-suggested-time-of-day"_s));
    // The inspector's facts and the facets are at the bottom of their panels.
    for (QAbstractScrollArea *area : window.findChildren<QAbstractScrollArea *>()) {
        const QPoint at = area->mapTo(&window, QPoint());
        const bool inspector = at.x() > window.width() * 2 / 3;
        const bool facets = at.x() < window.width() / 4 && at.y() > window.height() / 2;
        if (area->isVisible() && (inspector || facets))
            area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum());
    }
    wait(500);
    save(&window, file(u"20-light-and-colour"_s));

    // Look-alikes of the first analysed photo with copies, and the Duplicates window.
    window.findChild<QAction *>(u"duplicatesAction"_s)->trigger();
    if (auto *duplicates = window.findChild<DuplicatesDialog *>()) {
        waitFor([&] { return duplicates->groupCount() > 0; }, 5000);
        wait(1200);
        save(duplicates, file(u"17-duplicates"_s));
        const qint64 kept = duplicates->keptId();
        duplicates->close();
        if (kept > 0) {
            window.search(u"similar:%1"_s.arg(kept));
            wait(1500);
            save(&window, file(u"18-similar"_s));
        }
    }
    window.search(QString());
    wait(800);

    // Settings.
    {
        SettingsDialog settings(&window);
        settings.show();
        wait(300);
        save(&settings, file(u"06-settings"_s));
    }

    // The other collections: locations as a list with the editor, on the map, a near search,
    // experts, and a production with its candidates.
    window.showCollection(u"locations"_s);
    if (RecordsPage *locations = window.recordsPage(u"locations"_s)) {
        waitFor([&] { return locations->model()->rowCount() > 0; }, 5000);
        auto *list = locations->findChild<QTableView *>(u"recordTable"_s);
        list->selectionModel()->setCurrentIndex(
            list->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        wait(1500);
        save(&window, file(u"09-locations"_s));
        locations->search(u"near:36.0671,120.3826 radius:30"_s);
        wait(1200);
        locations->showMap(true);
        wait(1200);
        save(&window, file(u"10-locations-map"_s));
        locations->showMap(false);
        locations->search(u"setting:夜景"_s); // a mistake, said inline
        wait(800);
        save(&window, file(u"11-locations-error"_s));
        locations->search(QString());

        // An import preview in which a row would make a confidential fee public: said row by
        // row, and Import waits for the tick. Cancelled: nothing is imported.
        const QString csv = QDir(parser.value(outOption)).filePath(u"import-preview.csv"_s);
        QFile sheet(csv);
        if (sheet.open(QIODevice::WriteOnly)) {
            sheet.write(u"编号,名称,费用,confidential\r\nSHOT-1,栈桥,2000元/天,none\r\nSHOT-2,小青岛,,\r\n"_s
                            .toUtf8());
            sheet.close();
            RecordsPage::fileChooser().open = [csv](QWidget *, const QString &, const QString &) {
                return csv;
            };
            locations->importFile();
            QDialog *dialog = nullptr;
            waitFor(
                [&] {
                    const QList<QDialog *> dialogs = window.findChildren<QDialog *>();
                    for (QDialog *candidate : dialogs) {
                        if (candidate->isVisible() && candidate->findChild<QWidget *>(u"importRows"_s))
                            dialog = candidate;
                    }
                    return dialog != nullptr;
                },
                5000);
            if (dialog) {
                wait(300);
                save(dialog, file(u"14-import-made-public"_s));
                dialog->reject();
            }
            QFile::remove(csv);
        }
    }
    window.showCollection(u"experts"_s);
    if (RecordsPage *experts = window.recordsPage(u"experts"_s)) {
        waitFor([&] { return experts->model()->rowCount() > 0; }, 5000);
        auto *list = experts->findChild<QTableView *>(u"recordTable"_s);
        list->selectionModel()->setCurrentIndex(
            list->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        wait(1200);
        save(&window, file(u"12-experts"_s));
    }
    window.showCollection(u"productions"_s);
    if (ProductionsPage *productions = window.productionsPage()) {
        auto *list = productions->findChild<QListWidget *>(u"productionList"_s);
        waitFor([&] { return list->count() > 0; }, 5000);
        if (list->count() > 0)
            list->setCurrentRow(0);
        wait(1500);
        save(&window, file(u"13-production"_s));
    }
    window.showCollection(u"assets"_s);

    // File > Optimize Catalog while it runs: the whole screen, the dialog being a window of its own.
    if (auto *optimize = window.findChild<QAction *>(u"optimizeAction"_s)) {
        optimize->trigger();
        waitFor(
            [&] {
                const auto *dialog = window.findChild<QProgressDialog *>();
                return dialog && dialog->isVisible()
                    && (dialog->labelText().contains(u'(') || dialog->labelText().contains(u'（'));
            },
            10'000);
        wait(300);
        window.screen()->grabWindow(0).save(file(u"25-optimizing"_s));
        waitFor([&] { return optimize->isEnabled(); }, 600'000);
        wait(300);
        save(&window, file(u"26-optimized"_s));
    }

    if (parser.isSet(queueOption)) {
        window.queuePaths({ QFile::encodeName(parser.value(queueOption)) });
        auto *queue = window.findChild<QWidget *>(u"queueDock"_s);
        waitFor([&] { return queue && queue->isVisible(); }, 20'000);
        wait(1500);
        save(&window, file(u"28-work-queue"_s));
    }

    // File > Connect to Server…, filled in as a colleague would.
    if (auto *connectAction = window.findChild<QAction *>(u"connectAction"_s)) {
        connectAction->trigger();
        if (auto *dialog = window.findChild<QDialog *>(u"connectDialog"_s)) {
            if (auto *host = dialog->findChild<QLineEdit *>(u"host"_s))
                host->setText(u"nas.office.lan"_s);
            if (auto *database = dialog->findChild<QLineEdit *>(u"database"_s))
                database->setText(u"qingdao"_s);
            if (auto *user = dialog->findChild<QLineEdit *>(u"user"_s))
                user->setText(u"li.wei"_s);
            if (auto *password = dialog->findChild<QLineEdit *>(u"password"_s))
                password->setText(u"secret"_s);
            if (auto *remember = dialog->findChild<QComboBox *>(u"remember"_s))
                remember->setCurrentIndex(1); // the desktop keyring
            wait(300);
            dialog->grab().save(file(u"29-connect-to-server"_s));
            dialog->reject();
        }
    }

    if (parser.isSet(importOption)) {
        window.importPaths({ QFile::encodeName(parser.value(importOption)) });
        wait(2500);
        save(&window, file(u"07-importing"_s));
        auto *panel = window.findChild<QWidget *>(u"importPanel"_s);
        waitFor(
            [&] {
                return panel && panel->findChild<QWidget *>()
                    && !window.findChild<QWidget *>(u"importPanel"_s)->isHidden()
                    && window.visibleIds().size() > 0;
            },
            1000);
        QElapsedTimer clock;
        clock.start();
        wait(20'000);
        save(&window, file(u"08-imported"_s));
        // After an import into a large catalog grown since it was optimized (the rule is
        // tst_mainwindow's): the suggestion in the import panel.
        if (auto *imports = qobject_cast<ImportPanel *>(panel)) {
            imports->suggestOptimizing(window.findChild<QAction *>(u"optimizeAction"_s));
            for (QWidget *up = imports; up; up = up->parentWidget()) // the dock hid after the import
                up->show();
            wait(300);
            save(&window, file(u"27-optimize-suggested"_s));
        }
    }
    return 0;
}
