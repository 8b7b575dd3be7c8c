#include "mainwindow.h"

#include "appsettings.h"
#include "assetlistmodel.h"
#include "backgroundanalysis.h"
#include "catalog.h"
#include "catalogeditor.h"
#include "changefeed.h"
#include "connectdialog.h"
#include "dialogs.h"
#include "dragpayload.h"
#include "editcommands.h"
#include "importpanel.h"
#include "ingestcontroller.h"
#include "inspector.h"
#include "librarypage.h"
#include "librarysidebar.h"
#include "productionspage.h"
#include "queuepanel.h"
#include "queueworker.h"
#include "recordspage.h"
#include "settingsdialog.h"
#include "sidebarmodel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDropEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressDialog>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

// The background analysis starts this long after the window shows the library.
constexpr int kAnalysisDelayMs = 1500;

} // namespace

MainWindow::MainWindow(const QString &catalogFolder, QWidget *parent)
    : QMainWindow(parent)
    , m_catalogFolder(catalogFolder)
    , m_reader(new CatalogReader(catalogFolder, this))
    , m_editor(new CatalogEditor(catalogFolder, this))
    , m_undo(new QUndoStack(this))
    , m_import(new IngestController(u"Import"_s, this))
    , m_importRefresh(new QTimer(this))
{
    setWindowTitle(tr("ReelAtlas — %1")
                       .arg(Catalog::isServerAddress(catalogFolder)
                                ? Catalog::displayName(catalogFolder)
                                : QDir::toNativeSeparators(catalogFolder)));
    setWindowIcon(QIcon(u":/icons/reelatlas.svg"_s));
    setAcceptDrops(true);
    // At first (no geometry kept yet), 1440 x 900 or what the screen has room for: a laptop's
    // 1366 x 768 would otherwise cut off the inspector.
    const QSize wanted(1440, 900);
    const QRect room = screen() ? screen()->availableGeometry() : QRect();
    resize(room.isValid() ? wanted.boundedTo(room.size() * 0.95) : wanted);
    AppSettings().addRecentCatalog(catalogFolder);

    createLayout(); // the library page first: it reads the catalog's changes before the window does
    createActions();
    connectLibrary();

    m_import->setObjectName(u"importController"_s);
    m_importRefresh->setInterval(4000); // new assets appear while an import runs
    connect(m_importRefresh, &QTimer::timeout, this, &MainWindow::refreshLibrary);

    connect(m_reader, &CatalogReader::sidebarLoaded, this, &MainWindow::onSidebarLoaded);
    // A catalog on a server: what colleagues change shows here within a moment.
    m_feed = new ChangeFeed(catalogFolder, this);
    connect(m_feed, &ChangeFeed::changed, this, [this](const QStringList &tables) {
        QList<CatalogEditor::Change> changes;
        for (const QString &table : tables) {
            if (table == "jobs"_L1) { // the work queue: its panel, when shown, and nothing else
                if (m_queueDock->isVisible())
                    m_queuePanel->refresh();
                continue;
            }
            if (table == "path_mappings"_L1) {
                // Where this computer finds the files, read again (a session that opens reads
                // them for every connection to the catalog here; a viewer's too), then the rest.
                auto *watcher = new QFutureWatcher<QString>(this);
                connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
                    watcher->deleteLater();
                    if (!watcher->result().isEmpty())
                        statusBar()->showMessage(watcher->result(), 10'000);
                    m_editor->changedElsewhere(CatalogEditor::Change::Membership);
                });
                watcher->setFuture(QtConcurrent::run([folder = m_catalogFolder] {
                    const CatalogSession session(folder, true);
                    return session.error();
                }));
                continue;
            }
            const CatalogEditor::Change change = CatalogEditor::changeOf(table);
            if (!changes.contains(change))
                changes.append(change);
        }
        for (const CatalogEditor::Change change : std::as_const(changes))
            m_editor->changedElsewhere(change);
    });
    // Assets changed in place (an edit, a worker's analysis): only what shows them is read again.
    connect(m_feed, &ChangeFeed::rowsChanged, this, [this](const QString &table, const QList<qint64> &ids) {
        if (table == "assets"_L1) {
            m_library->assetsChangedElsewhere(ids);
            m_reader->loadSidebar(); // a location's count of its clips
        } else {
            m_editor->changedElsewhere(CatalogEditor::changeOf(table));
        }
    });
    connect(m_editor, &CatalogEditor::changed, this,
            [this](CatalogEditor::Change what) { onCatalogChanged(int(what)); });
    connect(m_editor, &CatalogEditor::fieldsChanged, this,
            [this](const QString &column, const QHash<qint64, QVariant> &) {
                // Clips and photos linked to a location: its page shows them and counts them.
                if (column == "location_id"_L1) {
                    if (RecordsPage *locations = m_recordPages.value(u"locations"_s))
                        locations->refresh();
                }
            });
    connect(m_editor, &CatalogEditor::failed, this, [this](const QString &error) {
        qWarning("could not save: %s", qPrintable(error));
        statusBar()->showMessage(tr("Could not save: %1").arg(error), 10'000);
        // Not a blocking exec(): the window goes on while the message is read.
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Could Not Save"),
                            tr("The change could not be saved:\n%1").arg(error), QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        m_reader->loadSidebar();
    });
    connect(m_import, &IngestController::progressed, this, &MainWindow::onImportProgress);
    connect(m_import, &IngestController::fileFailed, m_importPanel, &ImportPanel::fileFailed);
    connect(m_import, &IngestController::finished, this, &MainWindow::onImportFinished);

    const AppSettings settings;
    restoreGeometry(settings.windowGeometry());
    restoreState(settings.windowState());
    setViewMode(settings.viewMode());
    m_importDock->hide();

    m_reader->loadSidebar(); // after the library page's first search: the reader answers in order
}

MainWindow::~MainWindow()
{
    m_library->commitPending(); // while the editor and the undo stack are still here
}

// ------------------------------------------------------------------ layout

void MainWindow::createLayout()
{
    // Centre: the collections, the library first; the others' pages are made when first shown.
    m_collections = new QStackedWidget(this);
    m_collections->setObjectName(u"collections"_s);
    m_library = new LibraryPage(m_catalogFolder, m_reader, m_editor, m_undo, m_collections);
    m_library->setPosterWidth(AppSettings().thumbnailSize());
    m_collections->addWidget(m_library);
    setCentralWidget(m_collections);

    // Left: sidebar over the library's facets.
    m_sidebar = new LibrarySidebar(m_editor, m_undo, this);
    m_sidebar->setSelection([this] { return m_library->selectedIds(); });
    m_sidebar->setCurrentSearch([this] { return m_library->currentSearch(); });
    connect(m_sidebar, &LibrarySidebar::collectionChosen, this, [this](const QString &name) {
        if (name == "assets"_L1 && currentCollection() == "assets"_L1)
            m_library->clearSearch();
        showCollection(name);
    });
    connect(m_sidebar, &LibrarySidebar::savedSearchChosen, this,
            [this](const QString &query, const QString &sort) {
                showCollection(u"assets"_s);
                m_library->showSavedSearch(query, sort);
            });
    connect(m_sidebar, &LibrarySidebar::filterChosen, this, [this](const QString &query, bool addToSearch) {
        showCollection(u"assets"_s);
        m_library->applyFilter(query, addToSearch);
    });
    connect(m_sidebar, &LibrarySidebar::messageShown, this, [this](const QString &text) {
        statusBar()->showMessage(text, 6000);
        m_library->focusSearch();
    });

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_sidebar);
    left->addWidget(m_library->facetsPanel());
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    m_sidebarDock = new QDockWidget(tr("Library"), this);
    m_sidebarDock->setObjectName(u"sidebarDock"_s);
    m_sidebarDock->setWidget(left);
    m_sidebarDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_sidebarDock);

    // Right: the library's inspector.
    m_inspectorDock = new QDockWidget(tr("Inspector"), this);
    m_inspectorDock->setObjectName(u"inspectorDock"_s);
    m_inspectorDock->setWidget(m_library->inspectorPanel());
    m_inspectorDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    m_inspectorDock->setMinimumWidth(320);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);
    resizeDocks({ m_sidebarDock, m_inspectorDock }, { 260, 360 }, Qt::Horizontal);

    // Bottom: the import panel.
    m_importPanel = new ImportPanel(this);
    m_importPanel->setObjectName(u"importPanel"_s);
    m_importDock = new QDockWidget(tr("Import"), this);
    m_importDock->setObjectName(u"importDock"_s);
    m_importDock->setWidget(m_importPanel);
    m_importDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, m_importDock);
    connect(m_importPanel, &ImportPanel::cancelRequested, m_import, &IngestController::cancel);
    connect(m_importPanel, &ImportPanel::closeRequested, m_importDock, &QWidget::hide);

    m_queuePanel = new QueuePanel(m_catalogFolder, this);
    m_queuePanel->setObjectName(u"queuePanel"_s);
    m_queueDock = new QDockWidget(tr("Work Queue"), this);
    m_queueDock->setObjectName(u"queueDock"_s);
    m_queueDock->setWidget(m_queuePanel);
    m_queueDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, m_queueDock);
    m_queueDock->hide();

    // Status bar: the library's count, the analysis, the library's thumbnail size.
    // The count sits in a box of its own: the status bar hides the box while it shows a message,
    // and showing the label again (back on the library page) cannot draw it over the message.
    auto *countBox = new QWidget;
    auto *countLayout = new QHBoxLayout(countBox);
    countLayout->setContentsMargins(0, 0, 0, 0);
    countLayout->addWidget(m_library->countLabel());
    statusBar()->addWidget(countBox, 1);
    m_analysis = new BackgroundAnalysis(m_catalogFolder, this);
    m_signedIn = new QLabel(this);
    m_signedIn->setObjectName(u"signedInLabel"_s);
    m_signedIn->hide(); // a catalog on a server only
    statusBar()->addPermanentWidget(m_signedIn);
    statusBar()->addPermanentWidget(m_analysis);
    statusBar()->addPermanentWidget(m_library->sizeControl());
    connect(m_analysis, &BackgroundAnalysis::analysed, this, &MainWindow::refreshLibrary);
    connect(m_analysis, &BackgroundAnalysis::finished, m_library, &LibraryPage::reloadDuplicates);
}

void MainWindow::connectLibrary()
{
    connect(m_library, &LibraryPage::message, this, &MainWindow::showMessage);
    connect(m_library, &LibraryPage::showRequested, this, [this] { showCollection(u"assets"_s); });
    connect(m_library, &LibraryPage::addFolderRequested, this, &MainWindow::addFolder);
    connect(m_library, &LibraryPage::openCatalogRequested, this, &MainWindow::openCatalog);
    connect(m_library, &LibraryPage::connectRequested, this, &MainWindow::connectToServer);
    connect(m_library, &LibraryPage::saveSearchRequested, m_sidebar, &LibrarySidebar::saveSearch);
    connect(m_library, &LibraryPage::posterWidthChanged, this,
            [](int width) { AppSettings().setThumbnailSize(width); });
    connect(m_library, &LibraryPage::searchShown, this, &MainWindow::searchShown);
    connect(m_library, &LibraryPage::facetsShown, this, &MainWindow::facetsShown);
    connect(m_library, &LibraryPage::loadFailed, this, [this] { m_addFolderAction->setEnabled(false); });
    connect(m_library, &LibraryPage::loaded, this, [this] {
        if (!m_import->isRunning())
            m_addFolderAction->setEnabled(true);
        if (!m_analysisStarted) {
            // What earlier sessions left unanalysed (stopped, closed, killed) is taken up again,
            // once the window is up.
            m_analysisStarted = true;
            QTimer::singleShot(kAnalysisDelayMs, m_analysis, [this] {
                if (!m_readOnly) // a viewer writes no analysis
                    m_analysis->start();
            });
        }
    });
}

void MainWindow::showMessage(const QString &text, int timeoutMs)
{
    if (text.isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::createActions()
{
    const auto action = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        addAction(a); // shortcuts work wherever the focus is
        return a;
    };
    using Library = LibraryPage::Action;
    const auto library = [this](Library which) { return m_library->action(which); };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(tr("&New Catalog…"), QKeySequence::New, &MainWindow::newCatalog));
    file->addAction(action(tr("&Open Catalog…"), QKeySequence::Open, &MainWindow::openCatalog));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    QAction *server = action(tr("Connect to &Server…"), QKeySequence(), &MainWindow::connectToServer);
    server->setObjectName(u"connectAction"_s);
    server->setToolTip(tr("Open a catalog on a PostgreSQL server, shared by the whole office"));
    file->addAction(server);
    file->addSeparator();
    m_addFolderAction =
        action(tr("&Add Folder…"), QKeySequence(Qt::CTRL | Qt::Key_I), &MainWindow::addFolder);
    m_addFolderAction->setToolTip(
        tr("Find the clips and photos in a folder and add them to the library (Ctrl+I)"));
    file->addAction(m_addFolderAction);
    QAction *queueFolder = action(tr("&Queue Folder for Workers…"), QKeySequence(), &MainWindow::queueFolder);
    queueFolder->setObjectName(u"queueFolderAction"_s);
    queueFolder->setToolTip(
        tr("Queue the clips and photos of a folder in the catalog, for \"reelatlas-cli "
           "worker\" on any machine to catalogue (a night's batch over several machines)"));
    file->addAction(queueFolder);
    m_writeActions.append(queueFolder);
    file->addAction(action(tr("Re&fresh"), QKeySequence::Refresh, &MainWindow::refreshLibrary));
    m_optimizeAction = action(tr("O&ptimize Catalog…"), QKeySequence(), &MainWindow::optimizeCatalog);
    m_optimizeAction->setObjectName(u"optimizeAction"_s);
    m_optimizeAction->setToolTip(
        tr("Merge the search index and rewrite the catalog file in order, so that searches read fast "
           "after a restart"));
    file->addAction(m_optimizeAction);
    file->addSeparator();
    QAction *settings =
        action(tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), &MainWindow::showSettings);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addAction(settings);
    file->addSeparator();
    QAction *quit = action(tr("&Quit"), QKeySequence::Quit, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);
    file->addAction(quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    m_writeActions.append(undo);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    m_writeActions.append(redo);
    redo->setShortcuts({ QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) });
    addAction(undo);
    addAction(redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(action(tr("Select &All"), QKeySequence::SelectAll, [this] {
        if (m_collections->currentWidget() == m_library)
            m_library->selectAll();
    }));
    QAction *find = action(tr("&Find"), QKeySequence::Find, [this] {
        if (RecordsPage *page = recordsPage(currentCollection())) {
            QLineEdit *box = page->findChild<QLineEdit *>(u"recordSearch"_s);
            box->setFocus(Qt::ShortcutFocusReason);
            box->selectAll();
            return;
        }
        showCollection(u"assets"_s);
        m_library->focusSearch();
    });
    edit->addAction(find);
    edit->addAction(library(Library::SaveSearch));
    edit->addSeparator();
    edit->addAction(library(Library::Tag));
    edit->addAction(
        action(tr("Add Tag in the &Inspector"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), [this] {
            m_inspectorDock->show();
            m_library->inspector()->focusTagEditor();
        }));
    edit->addAction(library(Library::Remove));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(library(Library::Thumbnails));
    view->addAction(library(Library::Details));
    view->addSeparator();
    view->addAction(library(Library::Preview));
    view->addAction(library(Library::Next));
    view->addAction(library(Library::Previous));
    view->addSeparator();
    view->addAction(library(Library::Larger));
    view->addAction(library(Library::Smaller));
    view->addSeparator();
    QAction *sidebar = m_sidebarDock->toggleViewAction();
    sidebar->setText(tr("&Library and Filters"));
    view->addAction(sidebar);
    QAction *inspector = m_inspectorDock->toggleViewAction();
    inspector->setText(tr("&Inspector"));
    inspector->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I));
    view->addAction(inspector);
    QAction *imports = m_importDock->toggleViewAction();
    imports->setText(tr("I&mport Panel"));
    view->addAction(imports);
    QAction *queue = m_queueDock->toggleViewAction();
    queue->setText(tr("&Work Queue"));
    queue->setObjectName(u"queueViewAction"_s);
    view->addAction(queue);

    QMenu *libraryMenu = menuBar()->addMenu(tr("&Library"));
    libraryMenu->addAction(library(Library::Similar));
    libraryMenu->addAction(library(Library::Duplicates));
    libraryMenu->addSeparator();
    QAction *analyse = action(tr("&Analyse Pictures"), QKeySequence(), [this] { m_analysis->start(true); });
    analyse->setObjectName(u"analyseAction"_s);
    m_writeActions.append(analyse);
    analyse->setToolTip(tr("Find shots, people and copies in the pictures not analysed yet"));
    libraryMenu->addAction(analyse);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(tr("&Search Syntax"), QKeySequence::HelpContents, &MainWindow::showSearchHelp));
    QAction *about = action(tr("&About ReelAtlas"), QKeySequence(), &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(about);

    QToolBar *toolBar = addToolBar(tr("Library"));
    toolBar->setObjectName(u"libraryToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_addFolderAction);
    toolBar->addSeparator();
    toolBar->addAction(undo);
    toolBar->addAction(redo);
    toolBar->addSeparator();
    toolBar->addAction(library(Library::Tag));
    toolBar->addAction(library(Library::Preview));
    toolBar->addSeparator();
    toolBar->addAction(library(Library::Thumbnails));
    toolBar->addAction(library(Library::Details));
}

// ------------------------------------------------------------------ the library, through its page

void MainWindow::setViewMode(int mode)
{
    AppSettings().setViewMode(mode);
    m_library->setViewMode(mode);
}

void MainWindow::search(const QString &text)
{
    m_library->search(text);
}

QList<qint64> MainWindow::visibleIds() const
{
    return m_library->visibleIds();
}

void MainWindow::previewCurrent()
{
    m_library->previewCurrent();
}

void MainWindow::makePoster(qint64 id, std::optional<double> atS)
{
    m_library->makePoster(id, atS);
}

PreviewDialog *MainWindow::previewDialog() const
{
    return m_library->previewDialog();
}

void MainWindow::findSimilarToFile(const QByteArray &path)
{
    m_library->findSimilarToFile(path);
}

void MainWindow::onSidebarLoaded(const SidebarData &sidebar)
{
    m_sidebar->setData(sidebar);
    m_library->setCatalogData(sidebar, m_sidebar->sidebarModel()->tagPaths());
    // On a shared catalog, who this is and what they may do.
    if (!sidebar.signedInAs.isEmpty()) {
        const QString role = sidebar.role == "viewer"_L1 ? tr("viewer: searches and browses")
            : sidebar.role == "editor"_L1                ? tr("editor")
            : sidebar.role == "admin"_L1                 ? tr("admin")
            : sidebar.role == "owner"_L1                 ? tr("owner")
                                                         : QString();
        m_signedIn->setText(role.isEmpty() ? tr("Signed in as %1").arg(sidebar.signedInAs)
                                           : tr("Signed in as %1 (%2)").arg(sidebar.signedInAs, role));
        m_signedIn->show();
        if (sidebar.role == "viewer"_L1 && !m_readOnly)
            setReadOnly();
    }
    if (!sidebar.failure.isEmpty())
        statusBar()->showMessage(tr("The catalog could not be read: %1").arg(sidebar.failure), 10'000);
}

void MainWindow::onCatalogChanged(int what)
{
    // The library page follows the changes itself; the sidebar and the other pages are the window's.
    switch (CatalogEditor::Change(what)) {
    case CatalogEditor::Change::Fields:
        return;
    case CatalogEditor::Change::Membership:
    case CatalogEditor::Change::Tags:
    case CatalogEditor::Change::SavedSearches:
        m_reader->loadSidebar();
        return;
    case CatalogEditor::Change::Locations:
        m_reader->loadSidebar();
        if (RecordsPage *locations = m_recordPages.value(u"locations"_s))
            locations->refresh();
        return;
    case CatalogEditor::Change::Records:
        m_reader->loadSidebar();
        for (RecordsPage *page : std::as_const(m_recordPages))
            page->refresh();
        if (m_productions)
            m_productions->refresh();
        return;
    case CatalogEditor::Change::Productions:
        m_reader->loadSidebar();
        if (m_productions)
            m_productions->refresh();
        return;
    }
}

QString MainWindow::currentCollection() const
{
    if (m_collections->currentWidget() == m_library)
        return u"assets"_s;
    if (m_collections->currentWidget() == m_productions)
        return u"productions"_s;
    for (auto it = m_recordPages.cbegin(); it != m_recordPages.cend(); ++it) {
        if (m_collections->currentWidget() == it.value())
            return it.key();
    }
    return u"assets"_s;
}

RecordsPage *MainWindow::recordsPage(const QString &name) const
{
    return m_recordPages.value(name);
}

RecordsPage *MainWindow::ensureRecordsPage(const QString &name)
{
    if (RecordsPage *page = m_recordPages.value(name))
        return page;
    const auto kind = RecordSchema::kindNamed(name);
    if (!kind)
        return nullptr;
    auto *page = new RecordsPage(*kind, m_catalogFolder, m_editor, m_undo, m_collections);
    page->setTagPaths(m_sidebar->sidebarModel()->tagPaths());
    page->setLibrarySelection([this] { return m_library->selectedIds(); });
    if (const QString tiles = AppSettings().mapTiles(); !tiles.isEmpty())
        page->setMapTiles(tiles);
    connect(page, &RecordsPage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(page, &RecordsPage::linkSelectionRequested, this, &MainWindow::linkSelectionToLocation);
    connect(page, &RecordsPage::filesDroppedOnLocation, this,
            [this](qint64 location, const QByteArrayList &paths) {
                if (m_import->isRunning()) {
                    statusBar()->showMessage(
                        tr("An import is running; drop the files again when it is done."), 8000);
                    return;
                }
                m_dropLocation = location;
                m_dropPaths = paths;
                importPaths(paths);
            });
    connect(page, &RecordsPage::assetActivated, this, &MainWindow::revealAsset);
    connect(page, &RecordsPage::addToProductionRequested, this, &MainWindow::addLocationsToProduction);
    page->setReadOnly(m_readOnly);
    m_collections->addWidget(page);
    m_recordPages.insert(name, page);
    return page;
}

ProductionsPage *MainWindow::ensureProductionsPage()
{
    if (m_productions)
        return m_productions;
    m_productions = new ProductionsPage(m_catalogFolder, m_editor, m_undo, m_collections);
    m_productions->setOfficeName(AppSettings().officeName());
    m_productions->setReadOnly(m_readOnly);
    connect(m_productions, &ProductionsPage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10'000); });
    connect(m_productions, &ProductionsPage::linkSelectionRequested, this, [this] {
        const QList<qint64> ids = m_library->selectedIds();
        if (ids.isEmpty())
            statusBar()->showMessage(tr("Select clips and photos in the Empty-lens library first."), 8000);
        else
            m_productions->addClips(ids);
    });
    m_collections->addWidget(m_productions);
    return m_productions;
}

void MainWindow::showCollection(const QString &name)
{
    QWidget *page = nullptr;
    if (name == "assets"_L1)
        page = m_library;
    else if (name == "productions"_L1)
        page = ensureProductionsPage();
    else
        page = ensureRecordsPage(name);
    if (!page || page == m_collections->currentWidget())
        return;
    // Unsaved, invalid edits keep the page that has them.
    if (RecordsPage *current = recordsPage(currentCollection()); current && !current->saveEditor()) {
        statusBar()->showMessage(tr("Correct or revert the changes first."), 8000);
        return;
    }
    if (m_productions && m_collections->currentWidget() == m_productions && !m_productions->saveEditor()) {
        statusBar()->showMessage(tr("Correct or revert the changes first."), 8000);
        return;
    }
    const bool library = page == m_library;
    if (m_collections->currentWidget() == m_library)
        m_inspectorWasVisible = m_inspectorDock->isVisible();
    m_collections->setCurrentWidget(page);
    // The library's inspector and facets belong to it; the other pages have their own.
    m_inspectorDock->setVisible(library && m_inspectorWasVisible);
    m_library->facetsPanel()->setVisible(library);
    // What acts on clips and photos waits for the library.
    using Library = LibraryPage::Action;
    for (const Library which : { Library::Tag, Library::Preview, Library::Thumbnails, Library::Details,
                                 Library::Remove, Library::Next, Library::Previous, Library::Similar })
        m_library->action(which)->setEnabled(library);
    // The other pages count their own.
    m_library->countLabel()->setVisible(library);
    m_library->sizeControl()->setVisible(library);
    m_sidebar->showCurrent(u"collection:"_s + name);
}

void MainWindow::linkSelectionToLocation(qint64 locationId)
{
    const QList<qint64> ids = m_library->selectedIds();
    if (ids.isEmpty()) {
        statusBar()->showMessage(
            tr("Select clips and photos in the Empty-lens library first, then link them."), 8000);
        return;
    }
    m_undo->push(EditCommands::setField(m_editor, ids, u"location_id"_s, locationId, tr("Link to location")));
}

void MainWindow::revealAsset(qint64 assetId)
{
    showCollection(u"assets"_s);
    m_library->reveal(assetId);
}

void MainWindow::addLocationsToProduction(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    ProductionsPage *page = ensureProductionsPage();
    showCollection(u"productions"_s);
    page->addCandidatesAsking(ids);
}

// ------------------------------------------------------------------ import

void MainWindow::addFolder()
{
    const QString folder = Dialogs::existingFolder(this, tr("Add Folder to the Library"), QDir::homePath());
    if (!folder.isEmpty())
        importPaths({ QFile::encodeName(folder) });
}

void MainWindow::queueFolder()
{
    const QString folder = Dialogs::existingFolder(this, tr("Queue Folder for Workers"), QDir::homePath());
    if (!folder.isEmpty())
        queuePaths({ QFile::encodeName(folder) });
}

void MainWindow::queuePaths(const QByteArrayList &paths)
{
    if (paths.isEmpty())
        return;
    showMessage(tr("Looking for the files to queue…"), 0);
    const QString catalog = m_catalogFolder;
    auto watcher = new QFutureWatcher<std::pair<std::optional<QueueWorker::Queued>, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto &[queued, error] = watcher->result();
        if (!queued) {
            showMessage(tr("Could not queue: %1").arg(error), 10'000);
            return;
        }
        showMessage(tr("%n file(s) queued for the workers", nullptr, queued->queued)
                        + (queued->alreadyQueued + queued->unchanged > 0
                               ? tr(" (%1 already queued, %2 unchanged)")
                                     .arg(queued->alreadyQueued)
                                     .arg(queued->unchanged)
                               : QString()),
                    10'000);
        m_queueDock->show();
        m_queuePanel->refresh();
    });
    watcher->setFuture(QtConcurrent::run([catalog, paths] {
        QString error;
        auto queued = QueueWorker::queueFiles(catalog, paths, false, error);
        return std::pair(std::move(queued), error);
    }));
}

void MainWindow::importPaths(const QByteArrayList &paths)
{
    if (paths.isEmpty())
        return;
    if (m_import->isRunning()) {
        statusBar()->showMessage(tr("An import is running; add more when it is done."), 6000);
        return;
    }
    m_importPanel->started(paths);
    m_importDock->show();
    m_addFolderAction->setEnabled(false);
    m_analysis->hold(); // the import has the workers; what it brings is analysed after it
    m_import->start(IngestController::importOptions(m_catalogFolder, paths, AppSettings().workerCount()));
    m_importRefresh->start();
}

void MainWindow::optimizeCatalog()
{
    if (m_import->isRunning()) {
        statusBar()->showMessage(tr("An import is running; optimize the catalog when it is done."), 6000);
        return;
    }
    m_optimizeAction->setEnabled(false);
    m_analysis->hold(); // it writes; the rewrite waits for no one
    if (m_stopMerging)
        m_stopMerging->store(true); // optimizing merges the search index too
    auto stop = std::make_shared<std::atomic<bool>>(false);
    m_stopOptimizing = stop;
    auto *dialog = new QProgressDialog(tr("Optimizing the catalog…"), tr("Cancel"), 0, 0, this);
    dialog->setWindowTitle(tr("Optimize Catalog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMinimumDuration(0);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QProgressDialog::canceled, this, [stop] { stop->store(true); });
    QPointer<QProgressDialog> shown(dialog);
    // A busy bar with the step's name: the rewrite, the last step, takes most of the time.
    const auto onStep = [shown](const QString &what, int, int) {
        QMetaObject::invokeMethod(qApp, [shown, what] {
            if (shown && !shown->wasCanceled())
                shown->setLabelText(what + u"…"_s);
        });
    };
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, shown, stop] {
        watcher->deleteLater();
        const bool cancelled = stop->load();
        if (shown) {
            shown->disconnect(this); // closing it says "canceled" too
            shown->close();
        }
        m_optimizeAction->setEnabled(true);
        m_analysis->release();
        if (m_stopOptimizing == stop)
            m_stopOptimizing.reset();
        const QString error = watcher->result();
        if (cancelled)
            statusBar()->showMessage(tr("Optimizing was cancelled; the catalog is as it was."), 8000);
        else if (!error.isEmpty())
            QMessageBox::warning(this, tr("Optimize Catalog"), error);
        else
            statusBar()->showMessage(tr("The catalog is optimized."), 8000);
    });
    dialog->show();
    watcher->setFuture(QtConcurrent::run([folder = m_catalogFolder, stop, onStep] {
        QString error;
        return Catalog::optimize(folder, stop.get(), onStep, error) ? QString() : error;
    }));
}

void MainWindow::onImportProgress(const IngestProgress &progress)
{
    m_importPanel->progressed(progress);
}

void MainWindow::onImportFinished(const IngestSummary &summary)
{
    m_importRefresh->stop();
    m_importPanel->finished(summary);
    m_addFolderAction->setEnabled(true);
    m_analysis->release();
    if (m_dropLocation > 0) {
        // Files dropped on a location: theirs now, failed ones included (they are catalogued).
        m_undo->push(EditCommands::linkPathsToLocation(m_editor, m_dropPaths, m_dropLocation));
        m_dropLocation = 0;
        m_dropPaths.clear();
    }
    statusBar()->showMessage(m_importPanel->statusText(), 15'000);
    if (m_importPanel->failureCount() == 0 && summary.fatalError.isEmpty())
        QTimer::singleShot(8000, m_importDock, [this] {
            if (!m_import->isRunning() && !m_importPanel->isSuggestingOptimizing())
                m_importDock->hide();
        });
    refreshLibrary();
    if (summary.added > 0)
        keepSearchIndex();
}

void MainWindow::keepSearchIndex()
{
    if (m_stopMerging)
        return; // merging already; what this import added is merged with it or next time
    auto stop = std::make_shared<std::atomic<bool>>(false);
    m_stopMerging = stop;
    // Not due: nullopt; merged: empty; else why not.
    using Merged = std::optional<QString>;
    auto *watcher = new QFutureWatcher<Merged>(this);
    connect(watcher, &QFutureWatcher<Merged>::finished, this, [this, watcher, stop] {
        watcher->deleteLater();
        if (m_stopMerging == stop)
            m_stopMerging.reset();
        const Merged merged = watcher->result();
        if (merged && merged->isEmpty())
            statusBar()->showMessage(tr("The search index is merged into one piece."), 8000);
        else if (merged && !stop->load())
            statusBar()->showMessage(*merged, 15'000);
        adviseOptimizing();
    });
    const QPointer<MainWindow> window(this);
    watcher->setFuture(
        QtConcurrent::run([folder = m_catalogFolder, from = m_optimizeAdviceFrom, stop, window]() -> Merged {
            QString error;
            if (!Catalog::mergeAdvised(folder, error, from).value_or(false))
                return std::nullopt;
            QMetaObject::invokeMethod(qApp, [window] {
                if (window)
                    window->statusBar()->showMessage(
                        tr("Merging the search index in the background; searches stay usable…"));
            });
            return Catalog::mergeSearchIndexes(folder, stop.get(), error) ? QString() : error;
        }));
}

void MainWindow::adviseOptimizing()
{
    // Counting a million assets takes a moment: off the GUI thread.
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher->result() && !m_import->isRunning() && m_optimizeAction->isEnabled()) {
            m_importPanel->suggestOptimizing(m_optimizeAction);
            m_importDock->show();
        }
    });
    watcher->setFuture(QtConcurrent::run([folder = m_catalogFolder, from = m_optimizeAdviceFrom] {
        QString error;
        return Catalog::optimizeAdvised(folder, error, from).value_or(false);
    }));
}

void MainWindow::refreshLibrary()
{
    m_library->refresh();
    m_reader->loadSidebar();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_readOnly)
        return;
    // Files from outside; not the grid's own items dragged about (they carry asset ids).
    if (event->mimeData()->hasUrls()
        && !event->mimeData()->hasFormat(QString::fromLatin1(AssetListModel::kAssetIdsMime)))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QByteArrayList paths;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (const QByteArray path = DragPayload::rawPath(url); !path.isEmpty())
            paths.append(path);
    }
    importPaths(paths);
    event->acceptProposedAction();
}

// ------------------------------------------------------------------ catalogs, settings, help

void MainWindow::newCatalog()
{
    const QString folder = Dialogs::existingFolder(this, tr("New Catalog: Choose an Empty Folder"),
                                                   QFileInfo(m_catalogFolder).absolutePath());
    if (folder.isEmpty())
        return;
    if (!QDir(folder).isEmpty() && !Catalog::exists(folder)) {
        QMessageBox::warning(this, tr("New Catalog"),
                             tr("%1 is not empty. Choose an empty folder for a new catalog.")
                                 .arg(QDir::toNativeSeparators(folder)));
        return;
    }
    Q_EMIT catalogRequested(folder);
}

void MainWindow::openCatalog()
{
    const QString folder =
        Dialogs::existingFolder(this, tr("Open Catalog"), QFileInfo(m_catalogFolder).absolutePath());
    if (folder.isEmpty())
        return;
    if (!Catalog::exists(folder)) {
        QMessageBox::warning(
            this, tr("Open Catalog"),
            tr("%1 is not a ReelAtlas catalog (it has no %2). Use New Catalog to start one.")
                .arg(QDir::toNativeSeparators(folder), QString::fromLatin1(Catalog::kDatabaseFile)));
        return;
    }
    Q_EMIT catalogRequested(folder);
}

void MainWindow::setReadOnly()
{
    m_readOnly = true;
    // Nothing that writes: the server would refuse it anyway (the viewer's session is read-only
    // there), but the window does not offer it.
    m_writeActions += { m_addFolderAction, m_optimizeAction, m_library->action(LibraryPage::Action::Tag),
                        m_library->action(LibraryPage::Action::Remove),
                        m_library->action(LibraryPage::Action::SaveSearch) };
    for (QAction *action : std::as_const(m_writeActions)) {
        action->setEnabled(false);
        action->setVisible(false);
    }
    m_library->setReadOnly(true);
    m_sidebar->setReadOnly(true);
    for (RecordsPage *page : std::as_const(m_recordPages))
        page->setReadOnly(true);
    if (m_productions)
        m_productions->setReadOnly(true);
    m_analysis->cancel();
    m_analysis->hide();
    setAcceptDrops(false);
    for (QAbstractItemView *view : m_sidebarDock->findChildren<QAbstractItemView *>())
        view->viewport()->setAcceptDrops(false); // dropping clips on a tag tags them
}

void MainWindow::connectToServer()
{
    auto *dialog = new ConnectDialog(this);
    dialog->setObjectName(u"connectDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (Catalog::isServerAddress(m_catalogFolder))
        dialog->setAddress(m_catalogFolder);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { Q_EMIT catalogRequested(dialog->address()); });
    dialog->open();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings().recentCatalogs();
    for (const QString &folder : recent) {
        QAction *open = m_recentMenu->addAction(QDir::toNativeSeparators(folder), this,
                                                [this, folder] { Q_EMIT catalogRequested(folder); });
        // A server is not asked here (the menu would wait for it); opening says if it is gone.
        open->setEnabled(folder != m_catalogFolder
                         && (Catalog::isServerAddress(folder) || Catalog::exists(folder)));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent catalogs"))->setEnabled(false);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool languageChanged = dialog.save();
    m_library->setPosterWidth(AppSettings().thumbnailSize());
    for (RecordsPage *page : std::as_const(m_recordPages))
        page->setMapTiles(AppSettings().mapTiles());
    if (m_productions)
        m_productions->setOfficeName(AppSettings().officeName());
    if (languageChanged) {
        const auto answer = Dialogs::question(this, tr("Language"),
                                              tr("The new language applies when ReelAtlas starts again. "
                                                 "Restart now?"));
        if (answer == QMessageBox::Yes) {
            close();
            QApplication::exit(42); // main() starts the app again
        }
    }
}

void MainWindow::showSearchHelp()
{
    QString html = tr("<h3>Searching</h3><p>Type words in Chinese, English, full pinyin or pinyin initials: "
                      "<b>古镇</b>, <b>guzhen</b> and <b>gz</b> all find 古镇. Every word must match (title, "
                      "description, tags, file name, camera, codec, format class). A leading <b>-</b> "
                      "excludes: <b>-雨</b>. Quotes keep words together: <b>\"old street\"</b>.</p>"
                      "<p>Add filters in the same box:</p>");
    html += u"<table cellspacing=4>"_s;
    for (const AssetQueryParser::Field &field : AssetQueryParser::fields()) {
        html += u"<tr><td><b>%1:</b></td><td>%2</td><td style='color:gray'>%3</td></tr>"_s.arg(
            field.name, QCoreApplication::translate("AssetQueryParser", field.help).toHtmlEscaped(),
            field.aliases.join(u", "_s).toHtmlEscaped());
    }
    html += u"</table>"_s;
    html += tr("<p>Numbers take &lt;, &lt;=, &gt;, &gt;=, = or a range a..b. Click a value in “Narrow the "
               "results” to add or remove its filter; save a search to keep it in the sidebar.</p>");
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Search Syntax"));
    auto *text = new QTextBrowser(&dialog);
    text->setHtml(html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(720, 560);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About ReelAtlas"),
        tr("<h3>ReelAtlas %1</h3><p>A media-asset library for film-location resource centres: "
           "the empty-lens library of clips and photos, with locations, facilities and experts "
           "to come.</p><p>Catalog: %2</p>")
            .arg(QApplication::applicationVersion(),
                 (Catalog::isServerAddress(m_catalogFolder) ? Catalog::displayName(m_catalogFolder)
                                                            : QDir::toNativeSeparators(m_catalogFolder))
                     .toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_library->commitPending();
    AppSettings().setWindow(saveGeometry(), saveState());
    m_import->cancel(); // what is done is committed; the next import resumes
    if (m_stopOptimizing)
        m_stopOptimizing->store(true); // undone; the catalog stays as it was
    if (m_stopMerging)
        m_stopMerging->store(true); // what is merged stays; the rest after the next import
    m_editor->flush(); // every edit is on disk before the window goes
    event->accept();
}
