#include "mainwindow.h"

#include "appsettings.h"
#include "assetgridview.h"
#include "assetlistmodel.h"
#include "assettiledelegate.h"
#include "backgroundanalysis.h"
#include "catalog.h"
#include "catalogeditor.h"
#include "countdelegate.h"
#include "dialogs.h"
#include "dragpayload.h"
#include "duplicatesdialog.h"
#include "editcommands.h"
#include "facetmodel.h"
#include "importpanel.h"
#include "ingestcontroller.h"
#include "inspector.h"
#include "librarysidebar.h"
#include "postermaker.h"
#include "previewdialog.h"
#include "productionspage.h"
#include "recordspage.h"
#include "searchfield.h"
#include "searchtext.h"
#include "settingsdialog.h"
#include "sidebarmodel.h"
#include "workerclient.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCborArray>
#include <QCborMap>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSlider>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum Page { EmptyPage, GridPage, TablePage, NoResultsPage };

// The background analysis starts this long after the window shows the library.
constexpr int kAnalysisDelayMs = 1500;

// The sort choices of the search, in the order of the combo box.
constexpr AssetSort kSorts[] = { AssetSort::Relevance, AssetSort::Newest,   AssetSort::Oldest,
                                 AssetSort::Longest,   AssetSort::Shortest, AssetSort::Name };
const char *sortName(AssetSort sort)
{
    switch (sort) {
    case AssetSort::Relevance:
        return "relevance";
    case AssetSort::Newest:
        return "newest";
    case AssetSort::Oldest:
        return "oldest";
    case AssetSort::Longest:
        return "longest";
    case AssetSort::Shortest:
        return "shortest";
    case AssetSort::Name:
        return "name";
    }
    return "relevance";
}

} // namespace

MainWindow::MainWindow(const QString &catalogFolder, QWidget *parent)
    : QMainWindow(parent)
    , m_catalogFolder(catalogFolder)
    , m_model(new AssetListModel(this))
    , m_reader(new CatalogReader(catalogFolder, this))
    , m_editor(new CatalogEditor(catalogFolder, this))
    , m_undo(new QUndoStack(this))
    , m_import(new IngestController(u"Import"_s, this))
    , m_facetModel(new FacetModel(this))
    , m_selectionTimer(new QTimer(this))
    , m_importRefresh(new QTimer(this))
{
    setWindowTitle(tr("ReelAtlas — %1").arg(QDir::toNativeSeparators(catalogFolder)));
    setWindowIcon(QIcon(u":/icons/reelatlas.svg"_s));
    setAcceptDrops(true);
    resize(1440, 900);
    AppSettings().addRecentCatalog(catalogFolder);

    createLayout();
    createActions();

    m_selectionTimer->setSingleShot(true);
    m_selectionTimer->setInterval(60);
    connect(m_selectionTimer, &QTimer::timeout, this, &MainWindow::loadInspector);
    m_import->setObjectName(u"importController"_s);
    m_importRefresh->setInterval(4000); // new assets appear while an import runs
    connect(m_importRefresh, &QTimer::timeout, this, &MainWindow::refreshLibrary);

    connect(m_model, &AssetListModel::loaded, this, &MainWindow::onLoaded);
    connect(m_model, &AssetListModel::loadFailed, this, [this](const QString &error) {
        m_emptyLabel->setText(
            tr("<h2>The catalog cannot be opened</h2><p>%1</p><p>%2</p>")
                .arg(QDir::toNativeSeparators(m_catalogFolder).toHtmlEscaped(), error.toHtmlEscaped()));
        m_pages->setCurrentIndex(EmptyPage);
        m_addFolderAction->setEnabled(false);
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &MainWindow::rememberSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::restoreSelection);
    connect(m_reader, &CatalogReader::searched, this, &MainWindow::onSearched);
    connect(m_reader, &CatalogReader::facetsCounted, this, [this](const FacetCounts &counts) {
        if (counts.ticket != m_ticket)
            return;
        m_facetModel->setFacets(counts.facets, counts.text);
        Q_EMIT facetsShown(counts);
    });
    connect(m_reader, &CatalogReader::sidebarLoaded, this, &MainWindow::onSidebarLoaded);
    connect(
        m_reader, &CatalogReader::assetsLoaded, this,
        [this](const QList<qint64> &ids, const QList<QJsonObject> &assets, const SelectionSummary &summary) {
            if (ids != m_inspected)
                return;
            m_inspector->setAssets(ids, assets, summary);
            m_currentAsset = ids.size() == 1 ? assets.value(0) : QJsonObject();
            if (m_preview)
                m_preview->setDetails(m_currentAsset);
        });
    connect(m_editor, &CatalogEditor::changed, this,
            [this](CatalogEditor::Change what) { onCatalogChanged(int(what)); });
    connect(m_editor, &CatalogEditor::fieldsChanged, this,
            [this](const QString &column, const QHash<qint64, QVariant> &values) {
                if (column == "poster"_L1) { // asset id -> content hash, whose pictures are new
                    for (const QVariant &hash : values) {
                        m_model->posterChanged(hash.toString());
                        m_inspector->posterChanged(hash.toString());
                        if (m_preview)
                            m_preview->posterChanged(hash.toString());
                    }
                    loadInspector(); // who chose it
                    return;
                }
                if (column == "title"_L1) {
                    for (auto it = values.cbegin(); it != values.cend(); ++it)
                        m_model->setTitle(it.key(), it.value().toString());
                }
                // Clips and photos linked to a location: its page shows them and counts them.
                if (column == "location_id"_L1) {
                    if (RecordsPage *locations = m_recordPages.value(u"locations"_s))
                        locations->refresh();
                }
                m_inspector->applyFields(column, values);
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
        loadInspector();
    });
    connect(m_import, &IngestController::progressed, this, &MainWindow::onImportProgress);
    connect(m_import, &IngestController::fileFailed, m_importPanel, &ImportPanel::fileFailed);
    connect(m_import, &IngestController::finished, this, &MainWindow::onImportFinished);

    const AppSettings settings;
    restoreGeometry(settings.windowGeometry());
    restoreState(settings.windowState());
    setViewMode(settings.viewMode());
    m_importDock->hide();

    m_model->setCatalog(catalogFolder);
    runSearch(); // the results before the sidebar's counts: the reader answers in order
    m_reader->loadSidebar();
}

MainWindow::~MainWindow()
{
    m_inspector->commitPending();
    delete m_preview;
}

// ------------------------------------------------------------------ layout

void MainWindow::createLayout()
{
    // Centre: search row, message, pages.
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(6, 6, 6, 0);
    centreLayout->setSpacing(4);
    auto *searchRow = new QHBoxLayout;
    m_search = new SearchField(centre);
    m_search->setObjectName(u"search"_s);
    connect(m_search, &SearchField::searchRequested, this, &MainWindow::runSearch);
    m_search->setAcceptDrops(true);
    m_search->installEventFilter(this);
    m_search->setToolTip(m_search->toolTip().isEmpty()
                             ? tr("Drop a picture or clip here to find what looks like it")
                             : m_search->toolTip());
    m_sort = new QComboBox(centre);
    m_sort->setObjectName(u"sort"_s);
    m_sort->addItem(tr("Best match"));
    m_sort->addItem(tr("Newest first"));
    m_sort->addItem(tr("Oldest first"));
    m_sort->addItem(tr("Longest first"));
    m_sort->addItem(tr("Shortest first"));
    m_sort->addItem(tr("Name"));
    m_sort->setToolTip(tr("Order of the results"));
    connect(m_sort, &QComboBox::currentIndexChanged, this, &MainWindow::runSearch);
    auto *saveButton = new QToolButton(centre);
    saveButton->setText(tr("Save Search…"));
    saveButton->setToolTip(tr("Keep this search in the sidebar as a smart collection that stays up to date"));
    connect(saveButton, &QToolButton::clicked, this, &MainWindow::saveSearch);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_sort);
    searchRow->addWidget(saveButton);
    centreLayout->addLayout(searchRow);
    m_searchMessage = new QLabel(centre);
    m_searchMessage->setObjectName(u"searchMessage"_s);
    m_searchMessage->setWordWrap(true);
    m_searchMessage->setStyleSheet(u"QLabel { color: #b03a2e; padding: 2px 4px; }"_s);
    m_searchMessage->hide();
    centreLayout->addWidget(m_searchMessage);

    m_grid = new AssetGridView(centre);
    m_grid->setModel(m_model);
    m_grid->setModelColumn(0);
    m_grid->setPosterWidth(AppSettings().thumbnailSize());
    connect(m_grid, &AssetGridView::previewRequested, this, &MainWindow::previewCurrent);
    connect(m_grid, &QAbstractItemView::activated, this, &MainWindow::previewCurrent);

    m_table = new QTableView(centre);
    m_table->setModel(m_model);
    m_selection = m_grid->selectionModel();
    m_table->setSelectionModel(m_selection); // one selection, two views
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() * 2 + 4);
    m_table->setItemDelegateForColumn(AssetListModel::NameColumn, new AssetRowDelegate(m_table));
    m_table->setColumnWidth(AssetListModel::NameColumn, 380);
    m_table->setColumnWidth(AssetListModel::FormatColumn, 140);
    m_table->setColumnWidth(AssetListModel::DateColumn, 150);
    m_table->setWordWrap(false);
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_table->setAlternatingRowColors(true);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setShowGrid(false);
    connect(m_table, &QAbstractItemView::activated, this, &MainWindow::previewCurrent);
    // Space previews in the table as in the grid (not a window-wide key: the search box types it).
    connect(new QShortcut(QKeySequence(Qt::Key_Space), m_table, nullptr, nullptr, Qt::WidgetShortcut),
            &QShortcut::activated, this, &MainWindow::previewCurrent);
    connect(m_selection, &QItemSelectionModel::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_selection, &QItemSelectionModel::currentChanged, this, &MainWindow::onSelectionChanged);

    auto *emptyPage = new QWidget(centre);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    m_emptyLabel = new QLabel(emptyPage);
    m_emptyLabel->setObjectName(u"emptyLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setText(tr("Opening the catalog…"));
    auto *emptyButton = new QPushButton(tr("Add Folder…"), emptyPage);
    emptyButton->setDefault(true);
    connect(emptyButton, &QPushButton::clicked, this, &MainWindow::addFolder);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addSpacing(12);
    emptyLayout->addWidget(emptyButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();
    m_noResultsLabel = new QLabel(centre);
    m_noResultsLabel->setAlignment(Qt::AlignCenter);
    m_noResultsLabel->setWordWrap(true);

    m_pages = new QStackedWidget(centre);
    m_pages->setObjectName(u"libraryPages"_s);
    m_pages->addWidget(emptyPage);
    m_pages->addWidget(m_grid);
    m_pages->addWidget(m_table);
    m_pages->addWidget(m_noResultsLabel);
    centreLayout->addWidget(m_pages, 1);
    // The library is the first of the collections; the others' pages are made when first shown.
    m_libraryCentre = centre;
    m_collections = new QStackedWidget(this);
    m_collections->setObjectName(u"collections"_s);
    m_collections->addWidget(centre);
    setCentralWidget(m_collections);

    // Left: sidebar over facets.
    m_sidebar = new LibrarySidebar(m_editor, m_undo, this);
    m_sidebarModel = m_sidebar->sidebarModel();
    m_sidebar->setSelection([this] { return selectedIds(); });
    m_sidebar->setCurrentSearch([this] {
        return std::pair { m_search->text(), QString::fromLatin1(sortName(kSorts[m_sort->currentIndex()])) };
    });
    connect(m_sidebar, &LibrarySidebar::collectionChosen, this, [this](const QString &name) {
        if (name == "assets"_L1 && currentCollection() == "assets"_L1)
            m_search->setQuery(QString());
        showCollection(name);
    });
    connect(m_sidebar, &LibrarySidebar::savedSearchChosen, this,
            [this](const QString &query, const QString &sort) {
                showCollection(u"assets"_s);
                for (int i = 0; i < int(std::size(kSorts)); ++i) {
                    if (QLatin1StringView(sortName(kSorts[i])) == sort) {
                        const QSignalBlocker block(m_sort);
                        m_sort->setCurrentIndex(i);
                    }
                }
                m_search->setQuery(query);
            });
    connect(m_sidebar, &LibrarySidebar::filterChosen, this, [this](const QString &query, bool addToSearch) {
        showCollection(u"assets"_s);
        // Ctrl-click adds to the search; a plain click starts a new one.
        m_search->setQuery(addToSearch ? SearchText::toggleFilter(m_search->text(), query) : query);
    });
    connect(m_sidebar, &LibrarySidebar::messageShown, this, [this](const QString &text) {
        statusBar()->showMessage(text, 6000);
        m_search->setFocus();
    });

    m_facets = new QTreeView(this);
    m_facets->setObjectName(u"facets"_s);
    m_facets->setModel(m_facetModel);
    m_facets->setItemDelegate(new CountDelegate(m_facets));
    m_facets->setHeaderHidden(true);
    m_facets->setUniformRowHeights(true);
    m_facets->setFrameShape(QFrame::NoFrame);
    m_facets->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_facets, &QTreeView::clicked, this, &MainWindow::onFacetClicked);
    connect(m_facets, &QTreeView::activated, this, &MainWindow::onFacetClicked);
    connect(m_facetModel, &QAbstractItemModel::modelReset, m_facets, [this] {
        // Open the facets a person looks at first; tags and years can be long.
        for (int row = 0; row < m_facetModel->rowCount(); ++row) {
            const QModelIndex facet = m_facetModel->index(row, 0);
            const QString id = facet.data(FacetModel::FacetIdRole).toString();
            m_facets->setExpanded(facet, m_facetModel->rowCount(facet) <= 6 || id == "tag"_L1);
        }
    });

    auto *left = new QSplitter(Qt::Vertical, this);
    auto *facetsBox = new QWidget(left);
    auto *facetsLayout = new QVBoxLayout(facetsBox);
    facetsLayout->setContentsMargins(0, 0, 0, 0);
    auto *facetsTitle = new QLabel(tr("Narrow the results"), facetsBox);
    facetsTitle->setContentsMargins(6, 6, 6, 2);
    QFont titleFont = facetsTitle->font();
    titleFont.setBold(true);
    facetsTitle->setFont(titleFont);
    facetsLayout->addWidget(facetsTitle);
    facetsLayout->addWidget(m_facets);
    m_facetsBox = facetsBox;
    left->addWidget(m_sidebar);
    left->addWidget(facetsBox);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    m_sidebarDock = new QDockWidget(tr("Library"), this);
    m_sidebarDock->setObjectName(u"sidebarDock"_s);
    m_sidebarDock->setWidget(left);
    m_sidebarDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_sidebarDock);

    // Right: the inspector.
    m_inspector = new Inspector(m_catalogFolder, this);
    m_inspector->setObjectName(u"inspector"_s);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_inspector);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_inspectorDock = new QDockWidget(tr("Inspector"), this);
    m_inspectorDock->setObjectName(u"inspectorDock"_s);
    m_inspectorDock->setWidget(scroll);
    m_inspectorDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    m_inspectorDock->setMinimumWidth(320);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);
    resizeDocks({ m_sidebarDock, m_inspectorDock }, { 260, 360 }, Qt::Horizontal);
    connect(m_inspector, &Inspector::fieldEdited, this,
            [this](const QList<qint64> &ids, const QString &column, const QVariant &value) {
                m_undo->push(EditCommands::setField(m_editor, ids, column, value, QString()));
            });
    connect(m_inspector, &Inspector::tagToggled, this,
            [this](const QList<qint64> &ids, const QString &path, bool add) {
                m_undo->push(EditCommands::tagAssets(m_editor, ids, path, add));
            });
    connect(m_inspector, &Inspector::newLocationRequested, this,
            [this](const QList<qint64> &ids, const QString &name) {
                m_undo->push(EditCommands::linkNewLocation(m_editor, ids, name));
            });

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

    // Status bar.
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"countLabel"_s);
    statusBar()->addWidget(m_countLabel, 1);
    m_analysis = new BackgroundAnalysis(m_catalogFolder, this);
    statusBar()->addPermanentWidget(m_analysis);
    connect(m_analysis, &BackgroundAnalysis::analysed, this, &MainWindow::refreshLibrary);
    connect(m_analysis, &BackgroundAnalysis::finished, this, [this] {
        if (m_duplicates)
            m_duplicates->reload(); // copies the pass found
    });
    m_sizeLabel = new QLabel(tr("Size"), this);
    statusBar()->addPermanentWidget(m_sizeLabel);
    m_sizeSlider = new QSlider(Qt::Horizontal, this);
    m_sizeSlider->setRange(128, 384);
    m_sizeSlider->setSingleStep(16);
    m_sizeSlider->setValue(m_grid->tileDelegate()->posterWidth());
    m_sizeSlider->setFixedWidth(140);
    m_sizeSlider->setToolTip(tr("Thumbnail size (Ctrl+Plus / Ctrl+Minus)"));
    statusBar()->addPermanentWidget(m_sizeSlider);
    connect(m_sizeSlider, &QSlider::valueChanged, this, [this](int width) {
        m_grid->setPosterWidth(width);
        AppSettings().setThumbnailSize(width);
    });
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

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(tr("&New Catalog…"), QKeySequence::New, &MainWindow::newCatalog));
    file->addAction(action(tr("&Open Catalog…"), QKeySequence::Open, &MainWindow::openCatalog));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    m_addFolderAction =
        action(tr("&Add Folder…"), QKeySequence(Qt::CTRL | Qt::Key_I), &MainWindow::addFolder);
    m_addFolderAction->setToolTip(
        tr("Find the clips and photos in a folder and add them to the library (Ctrl+I)"));
    file->addAction(m_addFolderAction);
    file->addAction(action(tr("Re&fresh"), QKeySequence::Refresh, &MainWindow::refreshLibrary));
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
    m_undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts({ QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) });
    addAction(m_undoAction);
    addAction(m_redoAction);
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(action(tr("Select &All"), QKeySequence::SelectAll, [this] {
        if (m_pages->currentWidget() == m_grid)
            m_grid->selectAll();
        else if (m_pages->currentWidget() == m_table)
            m_table->selectAll();
    }));
    QAction *find = action(tr("&Find"), QKeySequence::Find, [this] {
        if (RecordsPage *page = recordsPage(currentCollection())) {
            QLineEdit *box = page->findChild<QLineEdit *>(u"recordSearch"_s);
            box->setFocus(Qt::ShortcutFocusReason);
            box->selectAll();
            return;
        }
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    edit->addAction(find);
    edit->addAction(
        action(tr("&Save Search…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), &MainWindow::saveSearch));
    edit->addSeparator();
    m_tagAction = action(tr("&Tag Selected…"), QKeySequence(Qt::CTRL | Qt::Key_T), &MainWindow::tagSelection);
    edit->addAction(m_tagAction);
    edit->addAction(
        action(tr("Add Tag in the &Inspector"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), [this] {
            m_inspectorDock->show();
            m_inspector->focusTagEditor();
        }));
    m_removeAction = new QAction(tr("&Remove from Catalog…"), this);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_removeAction->setToolTip(tr("Forget the selected items; their files stay where they are"));
    connect(m_removeAction, &QAction::triggered, this, &MainWindow::removeSelection);
    m_grid->addAction(m_removeAction); // Delete only in the grid and table, never while typing
    m_table->addAction(m_removeAction);
    edit->addAction(m_removeAction);

    // Right-click in the grid or the table: what can be done with the items under the pointer.
    for (QAbstractItemView *view :
         { static_cast<QAbstractItemView *>(m_grid), static_cast<QAbstractItemView *>(m_table) }) {
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
            const QModelIndex index = view->indexAt(pos);
            if (!index.isValid())
                return;
            if (!m_selection->isSelected(index))
                m_selection->setCurrentIndex(index,
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            else
                m_selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
            QMenu menu(this);
            menu.addAction(m_previewAction);
            menu.addAction(m_similarAction);
            menu.addSeparator();
            menu.addAction(m_tagAction);
            menu.addAction(m_removeAction);
            menu.exec(view->viewport()->mapToGlobal(pos));
        });
    }

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *modes = new QActionGroup(this);
    m_gridAction = action(tr("&Thumbnails"), QKeySequence(Qt::CTRL | Qt::Key_1), [this] { setViewMode(0); });
    m_tableAction = action(tr("&Details"), QKeySequence(Qt::CTRL | Qt::Key_2), [this] { setViewMode(1); });
    for (QAction *mode : { m_gridAction, m_tableAction }) {
        mode->setCheckable(true);
        modes->addAction(mode);
        view->addAction(mode);
    }
    view->addSeparator();
    m_previewAction = action(tr("&Preview"), QKeySequence(), &MainWindow::previewCurrent);
    m_previewAction->setToolTip(tr("Large preview with the filmstrip (Space)"));
    view->addAction(m_previewAction);
    view->addAction(action(tr("&Next Item"), QKeySequence(Qt::ALT | Qt::Key_Right), [this] { step(1); }));
    view->addAction(action(tr("P&revious Item"), QKeySequence(Qt::ALT | Qt::Key_Left), [this] { step(-1); }));
    view->addSeparator();
    view->addAction(action(tr("&Larger Thumbnails"), QKeySequence::ZoomIn,
                           [this] { m_sizeSlider->setValue(m_sizeSlider->value() + 32); }));
    view->addAction(action(tr("&Smaller Thumbnails"), QKeySequence::ZoomOut,
                           [this] { m_sizeSlider->setValue(m_sizeSlider->value() - 32); }));
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

    QMenu *library = menuBar()->addMenu(tr("&Library"));
    m_similarAction =
        action(tr("Find &Similar"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), &MainWindow::findSimilar);
    m_similarAction->setObjectName(u"similarAction"_s);
    m_similarAction->setToolTip(
        tr("The clips and photos that look most like the current one, nearest first"));
    library->addAction(m_similarAction);
    QAction *duplicates = action(tr("Find &Duplicates…"), QKeySequence(), &MainWindow::showDuplicates);
    duplicates->setObjectName(u"duplicatesAction"_s);
    duplicates->setToolTip(tr("Groups of copies: the same photo or clip resized, re-encoded or trimmed"));
    library->addAction(duplicates);
    library->addSeparator();
    QAction *analyse = action(tr("&Analyse Pictures"), QKeySequence(), [this] { m_analysis->start(true); });
    analyse->setObjectName(u"analyseAction"_s);
    analyse->setToolTip(tr("Find shots, people and copies in the pictures not analysed yet"));
    library->addAction(analyse);

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
    toolBar->addAction(m_undoAction);
    toolBar->addAction(m_redoAction);
    toolBar->addSeparator();
    toolBar->addAction(m_tagAction);
    toolBar->addAction(m_previewAction);
    toolBar->addSeparator();
    toolBar->addAction(m_gridAction);
    toolBar->addAction(m_tableAction);
}

void MainWindow::setViewMode(int mode)
{
    AppSettings().setViewMode(mode);
    (mode == 1 ? m_tableAction : m_gridAction)->setChecked(true);
    updatePage();
    QWidget *view = mode == 1 ? static_cast<QWidget *>(m_table) : m_grid;
    if (m_pages->currentWidget() == view && isVisible())
        view->setFocus();
    // Keep what was current in sight.
    const QModelIndex current = m_selection->currentIndex();
    if (current.isValid())
        (mode == 1 ? static_cast<QAbstractItemView *>(m_table) : m_grid)->scrollTo(current);
}

void MainWindow::updatePage()
{
    if (!m_loaded)
        return;
    if (m_model->totalCount() == 0) {
        m_emptyLabel->setText(
            tr("<h2>The library is empty</h2><p>Add a folder of clips and photos, or drop "
               "folders on this window. ReelAtlas finds every clip and photo inside, reads its "
               "technical facts and makes posters and filmstrips.</p>"));
        m_pages->setCurrentIndex(EmptyPage);
    } else if (m_model->rowCount() == 0 && m_resultCount == 0) {
        m_noResultsLabel->setText(tr("<h3>Nothing matches “%1”</h3><p>Try fewer words or filters, or press "
                                     "Esc to see everything.</p>")
                                      .arg(m_shownText.toHtmlEscaped()));
        m_pages->setCurrentIndex(NoResultsPage);
    } else {
        m_pages->setCurrentIndex(m_tableAction->isChecked() ? TablePage : GridPage);
    }
}

void MainWindow::onLoaded(int)
{
    if (!m_loaded) {
        // What earlier sessions left unanalysed (stopped, closed, killed) is taken up again, once
        // the window is up.
        QTimer::singleShot(kAnalysisDelayMs, m_analysis, [this] { m_analysis->start(); });
    }
    m_loaded = true;
    m_addFolderAction->setEnabled(true);
    updatePage();
    updateCount();
}

void MainWindow::updateCount()
{
    const int total = m_model->totalCount();
    const int shown = m_model->rowCount();
    QString text = m_shownText.trimmed().isEmpty()
        ? tr("%n clip(s) and photo(s)", nullptr, total)
        : tr("%1 of %2 match", nullptr, shown).arg(QLocale().toString(shown), QLocale().toString(total));
    const int selected = int(m_selection->selectedRows().size());
    if (selected > 1)
        text += u"  ·  "_s + tr("%n selected", nullptr, selected);
    if (m_searchMs > 0)
        text += u"  ·  "_s + tr("%1 ms").arg(QLocale().toString(m_searchMs, 'f', 0));
    m_countLabel->setText(text);
}

// ------------------------------------------------------------------ search

void MainWindow::search(const QString &text)
{
    m_search->setQuery(text);
}

void MainWindow::runSearch()
{
    m_ticket = m_reader->search(m_search->text(), kSorts[std::max(0, m_sort->currentIndex())]);
}

void MainWindow::onSearched(const SearchResult &result)
{
    if (result.ticket != m_ticket)
        return; // an older search; a newer one is on its way
    if (!result.failure.isEmpty()) {
        m_searchMessage->setText(tr("The search could not run: %1").arg(result.failure));
        m_searchMessage->show();
        return;
    }
    m_shownText = result.text;
    m_resultCount = int(result.ids.size());
    m_searchMs = result.milliseconds;
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // in the search's order
    m_model->setVisibleIds(result.ids);
    if (!result.errors.isEmpty()) {
        m_searchMessage->setText(tr("Not understood: %1").arg(result.errors.join(u"; "_s)));
        m_searchMessage->show();
    } else if (!result.notes.isEmpty()) {
        m_searchMessage->setText(result.notes.join(u' '));
        m_searchMessage->show();
    } else {
        m_searchMessage->hide();
    }
    updatePage();
    updateCount();
    Q_EMIT searchShown(result);
}

void MainWindow::onFacetClicked(const QModelIndex &index)
{
    if (!index.parent().isValid()) {
        m_facets->setExpanded(index, !m_facets->isExpanded(index));
        return;
    }
    m_search->setQuery(m_facetModel->toggled(index));
}

QList<qint64> MainWindow::visibleIds() const
{
    QList<qint64> ids;
    ids.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.append(m_model->index(row, 0).data(AssetListModel::IdRole).toLongLong());
    return ids;
}

// ------------------------------------------------------------------ sidebar

void MainWindow::onSidebarLoaded(const SidebarData &sidebar)
{
    m_sidebar->setData(sidebar);
    m_search->setTagPaths(m_sidebarModel->tagPaths());
    m_inspector->setCatalogData(sidebar);
    if (!sidebar.failure.isEmpty())
        statusBar()->showMessage(tr("The catalog could not be read: %1").arg(sidebar.failure), 10'000);
}

void MainWindow::saveSearch()
{
    m_sidebar->saveSearch();
}

// ------------------------------------------------------------------ selection, inspector, preview

QList<qint64> MainWindow::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_selection->selectedRows(0);
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows)
        ids.append(index.data(AssetListModel::IdRole).toLongLong());
    if (ids.isEmpty() && m_selection->currentIndex().isValid()
        && m_selection->isSelected(m_selection->currentIndex()))
        ids.append(m_selection->currentIndex().data(AssetListModel::IdRole).toLongLong());
    return ids;
}

void MainWindow::showDuplicates()
{
    if (m_duplicates) {
        m_duplicates->reload();
        m_duplicates->show();
        m_duplicates->raise();
        m_duplicates->activateWindow();
        return;
    }
    m_duplicates = new DuplicatesDialog(m_catalogFolder, m_reader, this);
    m_duplicates->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_duplicates, &DuplicatesDialog::removeRequested, this, [this](const QList<qint64> &ids) {
        m_model->removeIds(ids); // at once; the catalog follows a moment later
        m_undo->push(EditCommands::removeAssets(m_editor, ids));
        statusBar()->showMessage(tr("%n copy(ies) removed from the catalog; the files are untouched (Ctrl+Z "
                                    "brings them back)",
                                    nullptr, int(ids.size())),
                                 10'000);
    });
    connect(m_duplicates, &DuplicatesDialog::showRequested, this, [this](const QList<qint64> &ids) {
        QStringList list;
        for (const qint64 id : ids)
            list.append(QString::number(id));
        showCollection(u"assets"_s);
        search(u"id:"_s + list.join(u','));
    });
    m_duplicates->show();
}

void MainWindow::findSimilar()
{
    const QModelIndex current = m_selection->currentIndex();
    if (!current.isValid())
        return;
    m_sort->setCurrentIndex(0); // best match: the nearest first
    search(u"similar:%1"_s.arg(current.data(AssetListModel::IdRole).toLongLong()));
}

void MainWindow::onSelectionChanged()
{
    m_selectionTimer->start();
    updateCount();
}

void MainWindow::loadInspector()
{
    QList<qint64> ids = selectedIds();
    // The current item first: its facts and poster are what the inspector shows in detail.
    const qint64 current = m_selection->currentIndex().data(AssetListModel::IdRole).toLongLong();
    if (ids.removeOne(current))
        ids.prepend(current);
    m_inspected = ids;
    if (ids.isEmpty()) {
        m_inspector->setAssets({}, {});
        return;
    }
    m_reader->loadAssets(ids);
}

void MainWindow::makePoster(qint64 id, std::optional<double> atS)
{
    const QModelIndex index = m_model->indexForId(id);
    if (!index.isValid())
        return;
    if (!m_posterMaker) {
        // In a worker, as ingest reads files: a file that hangs or crashes the decoder costs nothing.
        m_posterMaker = new PosterMaker(this);
        connect(m_posterMaker, &PosterMaker::made, this, [this](qint64 madeId, const PosterRecord &poster) {
            const QString hash = m_model->indexForId(madeId).data(AssetListModel::ContentHashRole).toString();
            if (!hash.isEmpty())
                m_undo->push(EditCommands::setPoster(m_editor, madeId, hash, poster));
        });
        connect(m_posterMaker, &PosterMaker::failed, this, [this](qint64 failedId, const QString &error) {
            statusBar()->showMessage(tr("The poster could not be made: %1").arg(error), 10'000);
            if (m_preview)
                m_preview->posterFailed(failedId, error);
        });
    }
    m_posterMaker->make(id, index.data(AssetListModel::RawPathRole).toByteArray(), atS);
}

void MainWindow::previewCurrent()
{
    const QModelIndex current = m_selection->currentIndex();
    if (!current.isValid())
        return;
    if (!m_preview) {
        m_preview = new PreviewDialog(m_catalogFolder, this);
        connect(m_preview, &PreviewDialog::posterRequested, this, &MainWindow::makePoster);
        connect(m_preview, &PreviewDialog::similarToShotRequested, this, [this](const QString &signature) {
            m_sort->setCurrentIndex(0); // best match: the nearest first
            search(u"similar:#"_s + signature); // photos and clips with a frame like it
            activateWindow();
        });
        connect(m_preview, &PreviewDialog::currentChanged, this, [this](const QModelIndex &index) {
            m_selection->setCurrentIndex(index,
                                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            (m_tableAction->isChecked() ? static_cast<QAbstractItemView *>(m_table) : m_grid)
                ->scrollTo(index);
        });
    }
    m_preview->showIndex(current);
    m_preview->setDetails(m_currentAsset); // what is in the picture, when it is of this asset
    m_preview->show();
    m_preview->raise();
    m_preview->activateWindow();
}

void MainWindow::step(int delta)
{
    const QModelIndex current = m_selection->currentIndex();
    const int row = std::clamp(current.isValid() ? current.row() + delta : 0, 0, m_model->rowCount() - 1);
    if (row < 0)
        return;
    const QModelIndex next = m_model->index(row, 0);
    m_selection->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    (m_tableAction->isChecked() ? static_cast<QAbstractItemView *>(m_table) : m_grid)->scrollTo(next);
}

void MainWindow::rememberSelection()
{
    m_keptSelection = selectedIds();
    m_keptCurrent = m_selection->currentIndex().data(AssetListModel::IdRole).toLongLong();
}

void MainWindow::restoreSelection()
{
    QItemSelection selection;
    for (const qint64 id : std::as_const(m_keptSelection)) {
        const QModelIndex index = m_model->indexForId(id);
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(AssetListModel::ColumnCount - 1));
    }
    const QModelIndex current = m_model->indexForId(m_keptCurrent);
    if (current.isValid())
        m_selection->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    if (!selection.isEmpty())
        m_selection->select(selection, QItemSelectionModel::ClearAndSelect);
    if (current.isValid())
        (m_tableAction->isChecked() ? static_cast<QAbstractItemView *>(m_table) : m_grid)->scrollTo(current);
    onSelectionChanged(); // a reset says nothing about the selection: the inspector follows here
}

// ------------------------------------------------------------------ editing

void MainWindow::tagSelection()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("Select clips or photos to tag first."), 5000);
        return;
    }
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Tag Selected"));
    dialog.setLabelText(
        tr("Tag %n selected item(s) with (e.g. 天气/晴, 场景/老街):", nullptr, int(ids.size())));
    dialog.setComboBoxEditable(true);
    dialog.setComboBoxItems(QStringList { QString() } + m_sidebarModel->tagPaths());
    if (auto *combo = dialog.findChild<QComboBox *>()) {
        combo->completer()->setFilterMode(Qt::MatchContains);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    }
    if (dialog.exec() != QDialog::Accepted || dialog.textValue().trimmed().isEmpty())
        return;
    m_undo->push(EditCommands::tagAssets(m_editor, ids, dialog.textValue().trimmed(), true));
}

void MainWindow::removeSelection()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const auto answer = Dialogs::question(
        this, tr("Remove from Catalog"),
        tr("Remove %n item(s) from the catalog? Their tags and descriptions go too. The files themselves are "
           "not touched, and you can undo this.",
           nullptr, int(ids.size())));
    if (answer != QMessageBox::Yes)
        return;
    m_model->removeIds(ids); // at once; the catalog follows a moment later
    m_undo->push(EditCommands::removeAssets(m_editor, ids));
}

void MainWindow::onCatalogChanged(int what)
{
    switch (CatalogEditor::Change(what)) {
    case CatalogEditor::Change::Fields:
        m_reader->invalidate(CatalogReader::Changed::Words);
        return; // fieldsChanged showed it
    case CatalogEditor::Change::Membership:
        m_model->reload();
        m_reader->invalidate(CatalogReader::Changed::Assets);
        if (m_duplicates)
            m_duplicates->reload(); // the reader has forgotten the signatures it had
        m_reader->loadSidebar();
        runSearch();
        loadInspector();
        return;
    case CatalogEditor::Change::Tags:
        m_reader->invalidate(CatalogReader::Changed::Tags);
        m_reader->loadSidebar();
        runSearch();
        loadInspector();
        return;
    case CatalogEditor::Change::SavedSearches:
        m_reader->loadSidebar();
        return;
    case CatalogEditor::Change::Locations:
        m_reader->loadSidebar();
        loadInspector();
        if (RecordsPage *locations = m_recordPages.value(u"locations"_s))
            locations->refresh();
        return;
    case CatalogEditor::Change::Records:
        m_reader->loadSidebar();
        loadInspector(); // a location's name may show there
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
    if (m_collections->currentWidget() == m_libraryCentre)
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
    page->setTagPaths(m_sidebarModel->tagPaths());
    page->setLibrarySelection([this] { return selectedIds(); });
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
    connect(m_productions, &ProductionsPage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10'000); });
    connect(m_productions, &ProductionsPage::linkSelectionRequested, this, [this] {
        const QList<qint64> ids = selectedIds();
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
        page = m_libraryCentre;
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
    const bool library = page == m_libraryCentre;
    if (m_collections->currentWidget() == m_libraryCentre)
        m_inspectorWasVisible = m_inspectorDock->isVisible();
    m_collections->setCurrentWidget(page);
    // The library's inspector and facets belong to it; the other pages have their own.
    m_inspectorDock->setVisible(library && m_inspectorWasVisible);
    m_facetsBox->setVisible(library);
    // What acts on clips and photos waits for the library.
    for (QAction *action : { m_tagAction, m_previewAction, m_gridAction, m_tableAction, m_removeAction })
        action->setEnabled(library);
    for (QWidget *part : std::initializer_list<QWidget *> { m_countLabel, m_sizeLabel, m_sizeSlider })
        part->setVisible(library); // the other pages count their own
    m_sidebar->showCurrent(u"collection:"_s + name);
    updateCount();
}

void MainWindow::linkSelectionToLocation(qint64 locationId)
{
    const QList<qint64> ids = selectedIds();
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
    if (!m_model->indexForId(assetId).isValid())
        m_search->setQuery(QString());
    m_keptSelection = { assetId };
    m_keptCurrent = assetId;
    restoreSelection();
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
            if (!m_import->isRunning())
                m_importDock->hide();
        });
    refreshLibrary();
}

void MainWindow::refreshLibrary()
{
    m_model->reload();
    m_reader->invalidate();
    m_reader->loadSidebar();
    runSearch();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // One picture or clip dropped on the search box: find what looks like it.
    if (watched == m_search && (event->type() == QEvent::DragEnter || event->type() == QEvent::Drop)) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QList<QUrl> urls = drop->mimeData()->urls();
        const QByteArray path = urls.size() == 1 ? DragPayload::rawPath(urls.first()) : QByteArray();
        if (path.isEmpty() || drop->mimeData()->hasFormat(QString::fromLatin1(AssetListModel::kAssetIdsMime)))
            return QMainWindow::eventFilter(watched, event);
        drop->acceptProposedAction();
        if (event->type() == QEvent::Drop)
            findSimilarToFile(path);
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::findSimilarToFile(const QByteArray &path)
{
    const QString name = IngestJob::displayPath(path);
    statusBar()->showMessage(tr("Looking at %1…").arg(QDir::toNativeSeparators(name)));
    // The file is opened by a worker, as at import: a hostile one costs that process only. The
    // request carries the path's bytes, so a name that is not UTF-8 is opened as it is on disk.
    auto *worker = new WorkerClient(WorkerClient::defaultProgram(), 60'000, this);
    const auto finish = [this, worker, name](const QStringList &hashes, const QString &why) {
        worker->stop();
        worker->deleteLater();
        if (hashes.isEmpty()) {
            statusBar()->showMessage(
                tr("Nothing to compare %1 by: %2").arg(QDir::toNativeSeparators(name), why), 10'000);
            return;
        }
        statusBar()->clearMessage();
        showCollection(u"assets"_s);
        m_sort->setCurrentIndex(0); // best match: the nearest first
        search(u"similar:#"_s + hashes.join(u','));
    };
    connect(worker, &WorkerClient::replied, this, [this, finish](const QCborMap &, const QCborMap &reply) {
        QStringList hashes;
        for (const QCborValue &hash : reply.value("signature"_L1).toArray())
            hashes.append(hash.toString());
        finish(hashes, reply.value("error"_L1).toString(tr("it could not be read")));
    });
    connect(worker, &WorkerClient::failed, this,
            [finish](const QCborMap &, const QString &reason) { finish({}, reason); });
    worker->send(QCborMap { { u"op"_s, u"analyze"_s }, { u"path"_s, path } });
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
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

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings().recentCatalogs();
    for (const QString &folder : recent) {
        QAction *open = m_recentMenu->addAction(QDir::toNativeSeparators(folder), this,
                                                [this, folder] { Q_EMIT catalogRequested(folder); });
        open->setEnabled(folder != m_catalogFolder && Catalog::exists(folder));
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
    m_sizeSlider->setValue(AppSettings().thumbnailSize());
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
                 QDir::toNativeSeparators(m_catalogFolder).toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_inspector->commitPending();
    AppSettings().setWindow(saveGeometry(), saveState());
    m_import->cancel(); // what is done is committed; the next import resumes
    m_editor->flush(); // every edit is on disk before the window goes
    event->accept();
}

PreviewDialog *MainWindow::previewDialog() const
{
    return m_preview;
}
