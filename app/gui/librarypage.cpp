#include "librarypage.h"

#include "assetgridview.h"
#include "assetlistmodel.h"
#include "assettiledelegate.h"
#include "catalog.h"
#include "catalogeditor.h"
#include "countdelegate.h"
#include "dialogs.h"
#include "dragpayload.h"
#include "duplicatesdialog.h"
#include "editcommands.h"
#include "facetmodel.h"
#include "ingestjob.h"
#include "inspector.h"
#include "postermaker.h"
#include "previewdialog.h"
#include "searchfield.h"
#include "searchtext.h"
#include "workerclient.h"

#include <QAction>
#include <QActionGroup>
#include <QCborArray>
#include <QCborMap>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSlider>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

enum Page { EmptyPage, GridPage, TablePage, NoResultsPage };

// The sort choices of the search, in the order of the combo box, with the names saved searches keep.
struct SortChoice
{
    AssetSort sort;
    QLatin1StringView name;
};
constexpr SortChoice kSorts[] = {
    { AssetSort::Relevance, "relevance"_L1 }, { AssetSort::Newest, "newest"_L1 },
    { AssetSort::Oldest, "oldest"_L1 },       { AssetSort::Longest, "longest"_L1 },
    { AssetSort::Shortest, "shortest"_L1 },   { AssetSort::Name, "name"_L1 },
};

} // namespace

LibraryPage::LibraryPage(const QString &catalogFolder, CatalogReader *reader, CatalogEditor *editor,
                         QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_catalogFolder(catalogFolder)
    , m_reader(reader)
    , m_editor(editor)
    , m_undo(undo)
    , m_model(new AssetListModel(this))
    , m_facetModel(new FacetModel(this))
    , m_selectionTimer(new QTimer(this))
{
    setObjectName(u"libraryPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(4);
    createSearchRow(layout);
    createViews(layout);
    createFacets();
    createInspector();
    createActions();

    m_selectionTimer->setSingleShot(true);
    m_selectionTimer->setInterval(60);
    connect(m_selectionTimer, &QTimer::timeout, this, &LibraryPage::loadInspector);
    connectCatalog();

    m_model->setCatalog(catalogFolder);
    runSearch(); // the results before the sidebar's counts: the reader answers in order
}

LibraryPage::~LibraryPage()
{
    delete m_preview; // before the model it shows
}

QAction *LibraryPage::action(Action which) const
{
    return m_actions.value(which);
}

// ------------------------------------------------------------------ layout

void LibraryPage::createSearchRow(QVBoxLayout *layout)
{
    auto *row = new QHBoxLayout;
    m_search = new SearchField(this);
    m_search->setObjectName(u"search"_s);
    connect(m_search, &SearchField::searchRequested, this, &LibraryPage::runSearch);
    m_search->setAcceptDrops(true);
    m_search->installEventFilter(this);
    m_search->setToolTip(m_search->toolTip().isEmpty()
                             ? tr("Drop a picture or clip here to find what looks like it")
                             : m_search->toolTip());
    m_sort = new QComboBox(this);
    m_sort->setObjectName(u"sort"_s);
    m_sort->addItem(tr("Best match"));
    m_sort->addItem(tr("Newest first"));
    m_sort->addItem(tr("Oldest first"));
    m_sort->addItem(tr("Longest first"));
    m_sort->addItem(tr("Shortest first"));
    m_sort->addItem(tr("Name"));
    m_sort->setToolTip(tr("Order of the results"));
    connect(m_sort, &QComboBox::currentIndexChanged, this, &LibraryPage::runSearch);
    auto *saveButton = new QToolButton(this);
    saveButton->setObjectName(u"saveSearchButton"_s);
    saveButton->setText(tr("Save Search…"));
    saveButton->setToolTip(tr("Keep this search in the sidebar as a smart collection that stays up to date"));
    connect(saveButton, &QToolButton::clicked, this, &LibraryPage::saveSearchRequested);
    row->addWidget(m_search, 1);
    row->addWidget(m_sort);
    row->addWidget(saveButton);
    layout->addLayout(row);

    m_searchMessage = new QLabel(this);
    m_searchMessage->setObjectName(u"searchMessage"_s);
    m_searchMessage->setWordWrap(true);
    m_searchMessage->setStyleSheet(u"QLabel { color: #b03a2e; padding: 2px 4px; }"_s);
    m_searchMessage->hide();
    layout->addWidget(m_searchMessage);
}

void LibraryPage::createViews(QVBoxLayout *layout)
{
    m_grid = new AssetGridView(this);
    m_grid->setModel(m_model);
    m_grid->setModelColumn(0);
    connect(m_grid, &AssetGridView::previewRequested, this, &LibraryPage::previewCurrent);
    connect(m_grid, &QAbstractItemView::activated, this, &LibraryPage::previewCurrent);

    m_table = new QTableView(this);
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
    connect(m_table, &QAbstractItemView::activated, this, &LibraryPage::previewCurrent);
    // Space previews in the table as in the grid (not a window-wide key: the search box types it).
    connect(new QShortcut(QKeySequence(Qt::Key_Space), m_table, nullptr, nullptr, Qt::WidgetShortcut),
            &QShortcut::activated, this, &LibraryPage::previewCurrent);
    connect(m_selection, &QItemSelectionModel::selectionChanged, this, &LibraryPage::onSelectionChanged);
    connect(m_selection, &QItemSelectionModel::currentChanged, this, &LibraryPage::onSelectionChanged);

    auto *emptyPage = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    m_emptyLabel = new QLabel(emptyPage);
    m_emptyLabel->setObjectName(u"emptyLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setText(tr("Opening the catalog…"));
    m_emptyButton = new QPushButton(tr("Add Folder…"), emptyPage);
    m_emptyButton->setObjectName(u"emptyAddFolder"_s);
    m_emptyButton->setDefault(true);
    connect(m_emptyButton, &QPushButton::clicked, this, [this] {
        if (!m_loadFailed)
            Q_EMIT addFolderRequested();
        else if (Catalog::isServerAddress(m_catalogFolder))
            Q_EMIT connectRequested();
        else
            Q_EMIT openCatalogRequested();
    });
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addSpacing(12);
    emptyLayout->addWidget(m_emptyButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();
    m_noResultsLabel = new QLabel(this);
    m_noResultsLabel->setAlignment(Qt::AlignCenter);
    m_noResultsLabel->setWordWrap(true);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"libraryPages"_s);
    m_pages->addWidget(emptyPage);
    m_pages->addWidget(m_grid);
    m_pages->addWidget(m_table);
    m_pages->addWidget(m_noResultsLabel);
    layout->addWidget(m_pages, 1);

    // For the status bar: the count, and the size of the thumbnails.
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"countLabel"_s);
    m_sizeControl = new QWidget(this);
    auto *sizeLayout = new QHBoxLayout(m_sizeControl);
    sizeLayout->setContentsMargins(0, 0, 0, 0);
    sizeLayout->addWidget(new QLabel(tr("Size"), m_sizeControl));
    m_sizeSlider = new QSlider(Qt::Horizontal, m_sizeControl);
    m_sizeSlider->setRange(128, 384);
    m_sizeSlider->setSingleStep(16);
    m_sizeSlider->setValue(m_grid->tileDelegate()->posterWidth());
    m_sizeSlider->setFixedWidth(140);
    m_sizeSlider->setToolTip(tr("Thumbnail size (Ctrl+Plus / Ctrl+Minus)"));
    sizeLayout->addWidget(m_sizeSlider);
    connect(m_sizeSlider, &QSlider::valueChanged, this, [this](int width) {
        m_grid->setPosterWidth(width);
        Q_EMIT posterWidthChanged(width);
    });
}

void LibraryPage::createFacets()
{
    m_facets = new QTreeView(this);
    m_facets->setObjectName(u"facets"_s);
    m_facets->setModel(m_facetModel);
    m_facets->setItemDelegate(new CountDelegate(m_facets));
    m_facets->setHeaderHidden(true);
    m_facets->setUniformRowHeights(true);
    m_facets->setFrameShape(QFrame::NoFrame);
    m_facets->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_facets, &QTreeView::clicked, this, &LibraryPage::onFacetClicked);
    connect(m_facets, &QTreeView::activated, this, &LibraryPage::onFacetClicked);
    connect(m_facetModel, &QAbstractItemModel::modelReset, m_facets, [this] {
        // Open the facets a person looks at first; tags and years can be long.
        for (int row = 0; row < m_facetModel->rowCount(); ++row) {
            const QModelIndex facet = m_facetModel->index(row, 0);
            const QString id = facet.data(FacetModel::FacetIdRole).toString();
            m_facets->setExpanded(facet, m_facetModel->rowCount(facet) <= 6 || id == "tag"_L1);
        }
    });

    m_facetsPanel = new QWidget(this);
    auto *layout = new QVBoxLayout(m_facetsPanel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Narrow the results"), m_facetsPanel);
    title->setContentsMargins(6, 6, 6, 2);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    layout->addWidget(m_facets);
}

void LibraryPage::createInspector()
{
    m_inspector = new Inspector(m_catalogFolder, this);
    m_inspector->setObjectName(u"inspector"_s);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_inspector);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_inspectorPanel = scroll;
    connect(m_inspector, &Inspector::fieldEdited, this, &LibraryPage::saveField);
    connect(m_inspector, &Inspector::tagToggled, this,
            [this](const QList<qint64> &ids, const QString &path, bool add) {
                m_undo->push(EditCommands::tagAssets(m_editor, ids, path, add));
            });
    connect(m_inspector, &Inspector::newLocationRequested, this,
            [this](const QList<qint64> &ids, const QString &name) {
                m_undo->push(EditCommands::linkNewLocation(m_editor, ids, name));
            });
}

void LibraryPage::saveField(const QList<qint64> &ids, const QString &column, const QVariant &value,
                            const QVariant &shown)
{
    QPointer<LibraryPage> self(this);
    m_undo->push(EditCommands::setField(
        m_editor, ids, column, value, QString(), shown,
        [self, ids, column, value](const QHash<qint64, QVariant> &theirs, const QString &error) {
            if (self)
                self->onFieldChangedMeanwhile(ids, column, value, theirs, error);
        }));
}

void LibraryPage::onFieldChangedMeanwhile(const QList<qint64> &ids, const QString &column,
                                          const QVariant &value, const QHash<qint64, QVariant> &theirs,
                                          const QString &error)
{
    // Theirs is one value, or several (then saving over them checks nothing more).
    std::optional<QVariant> their;
    bool several = false;
    for (const QVariant &each : theirs) {
        if (their && !EditCommands::sameFieldValue(*their, each))
            several = true;
        their = their.value_or(each);
    }
    const QString theirsText =
        several ? tr("(different values)") : m_inspector->valueText(column, their.value_or(QVariant()));
    if (Dialogs::saveYoursOverTheirs(
            this, error,
            tr("Theirs: %1\nYours: %2").arg(theirsText, m_inspector->valueText(column, value)))) {
        saveField(ids, column, value, several ? QVariant() : their.value_or(QVariant()));
        return;
    }
    m_inspector->applyFields(column, theirs); // theirs, shown again
}

void LibraryPage::createActions()
{
    // Added to the page: their shortcuts work while it is shown, wherever the focus is in it.
    const auto make = [this](Action which, const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        m_actions.insert(which, a);
        return a;
    };
    make(Action::Tag, tr("&Tag Selected…"), QKeySequence(Qt::CTRL | Qt::Key_T), &LibraryPage::tagSelection);
    make(Action::SaveSearch, tr("&Save Search…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
         &LibraryPage::saveSearchRequested);
    QAction *preview = make(Action::Preview, tr("&Preview"), QKeySequence(), &LibraryPage::previewCurrent);
    preview->setToolTip(tr("Large preview with the filmstrip (Space)"));
    make(Action::Next, tr("&Next Item"), QKeySequence(Qt::ALT | Qt::Key_Right), [this] { step(1); });
    make(Action::Previous, tr("P&revious Item"), QKeySequence(Qt::ALT | Qt::Key_Left), [this] { step(-1); });
    make(Action::Larger, tr("&Larger Thumbnails"), QKeySequence::ZoomIn,
         [this] { m_sizeSlider->setValue(m_sizeSlider->value() + 32); });
    make(Action::Smaller, tr("&Smaller Thumbnails"), QKeySequence::ZoomOut,
         [this] { m_sizeSlider->setValue(m_sizeSlider->value() - 32); });
    QAction *similar = make(Action::Similar, tr("Find &Similar"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), &LibraryPage::findSimilar);
    similar->setObjectName(u"similarAction"_s);
    similar->setToolTip(tr("The clips and photos that look most like the current one, nearest first"));
    QAction *duplicates =
        make(Action::Duplicates, tr("Find &Duplicates…"), QKeySequence(), &LibraryPage::showDuplicates);
    duplicates->setObjectName(u"duplicatesAction"_s);
    duplicates->setToolTip(tr("Groups of copies: the same photo or clip resized, re-encoded or trimmed"));

    auto *modes = new QActionGroup(this);
    QAction *grid = make(Action::Thumbnails, tr("&Thumbnails"), QKeySequence(Qt::CTRL | Qt::Key_1),
                         [this] { setViewMode(0); });
    QAction *table =
        make(Action::Details, tr("&Details"), QKeySequence(Qt::CTRL | Qt::Key_2), [this] { setViewMode(1); });
    for (QAction *mode : { grid, table }) {
        mode->setCheckable(true);
        modes->addAction(mode);
    }

    // Delete only in the grid and table, never while typing.
    auto *remove = new QAction(tr("&Remove from Catalog…"), this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    remove->setToolTip(tr("Forget the selected items; their files stay where they are"));
    connect(remove, &QAction::triggered, this, &LibraryPage::removeSelection);
    m_grid->addAction(remove);
    m_table->addAction(remove);
    m_actions.insert(Action::Remove, remove);

    // Right-click in the grid or the table: what can be done with the items under the pointer.
    for (QAbstractItemView *view :
         { static_cast<QAbstractItemView *>(m_grid), static_cast<QAbstractItemView *>(m_table) }) {
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this,
                [this, view](const QPoint &pos) { showContextMenu(view, pos); });
    }
}

void LibraryPage::showContextMenu(QAbstractItemView *view, const QPoint &pos)
{
    const QModelIndex index = view->indexAt(pos);
    if (!index.isValid())
        return;
    if (!m_selection->isSelected(index))
        m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        m_selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    QMenu menu(this);
    menu.addAction(action(Action::Preview));
    menu.addAction(action(Action::Similar));
    menu.addSeparator();
    menu.addAction(action(Action::Tag));
    menu.addAction(action(Action::Remove));
    menu.exec(view->viewport()->mapToGlobal(pos));
}

// ------------------------------------------------------------------ the catalog's answers and changes

void LibraryPage::connectCatalog()
{
    connect(m_model, &AssetListModel::loaded, this, &LibraryPage::onLoaded);
    // The newest page first, the count when the whole list is read.
    connect(m_model, &AssetListModel::firstPageLoaded, this, [this] {
        m_loaded = true;
        updatePage();
        updateCount();
    });
    connect(m_model, &AssetListModel::loadFailed, this, [this](const QString &error) {
        const bool server = Catalog::isServerAddress(m_catalogFolder);
        // (A server's address without its password, which may be in it for this session.)
        m_emptyLabel->setText(tr("<h2>The catalog cannot be opened</h2><p>%1</p><p>%2</p>")
                                  .arg((server ? Catalog::displayName(m_catalogFolder)
                                               : QDir::toNativeSeparators(m_catalogFolder))
                                           .toHtmlEscaped(),
                                       error.toHtmlEscaped()));
        m_loadFailed = true;
        m_emptyButton->setText(server ? tr("Connect to Server…") : tr("Open Another Catalog…"));
        m_pages->setCurrentIndex(EmptyPage);
        Q_EMIT loadFailed();
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &LibraryPage::rememberSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LibraryPage::restoreSelection);
    connect(m_reader, &CatalogReader::searched, this, &LibraryPage::onSearched);
    connect(m_reader, &CatalogReader::facetsCounted, this, [this](const FacetCounts &counts) {
        if (counts.ticket != m_ticket)
            return;
        m_facetModel->setFacets(counts.facets, counts.text);
        if (!m_resultComplete) { // counted before the whole answer was put in order
            m_countedMatches = counts.matched;
            updateCount();
        }
        Q_EMIT facetsShown(counts);
    });
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
    connect(m_editor, &CatalogEditor::fieldsChanged, this, &LibraryPage::onFieldsChanged);
    connect(m_editor, &CatalogEditor::failed, this, &LibraryPage::loadInspector); // what is saved
}

void LibraryPage::onCatalogChanged(int what)
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
        runSearch();
        loadInspector();
        return;
    case CatalogEditor::Change::Tags:
        m_reader->invalidate(CatalogReader::Changed::Tags);
        runSearch();
        loadInspector();
        return;
    case CatalogEditor::Change::Locations:
    case CatalogEditor::Change::Records: // a location's name may show in the inspector
        loadInspector();
        return;
    case CatalogEditor::Change::SavedSearches:
    case CatalogEditor::Change::Productions:
        return;
    }
}

void LibraryPage::onFieldsChanged(const QString &column, const QHash<qint64, QVariant> &values)
{
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
    m_inspector->applyFields(column, values);
}

void LibraryPage::assetsChangedElsewhere(const QList<qint64> &ids)
{
    m_model->rowsChanged(ids);
    m_reader->assetsChanged(ids);
    runSearch(); // they may match otherwise now
    const QSet<qint64> changed(ids.cbegin(), ids.cend());
    if (std::any_of(m_inspected.cbegin(), m_inspected.cend(),
                    [&](qint64 id) { return changed.contains(id); }))
        loadInspector();
}

void LibraryPage::refresh()
{
    m_model->reload();
    m_reader->invalidate();
    runSearch();
}

void LibraryPage::reloadDuplicates()
{
    if (m_duplicates)
        m_duplicates->reload();
}

void LibraryPage::setCatalogData(const SidebarData &sidebar, const QStringList &tagPaths)
{
    m_tagPaths = tagPaths;
    m_search->setTagPaths(tagPaths);
    m_inspector->setCatalogData(sidebar);
}

void LibraryPage::commitPending()
{
    m_inspector->commitPending();
}

// ------------------------------------------------------------------ what is shown

void LibraryPage::setViewMode(int mode)
{
    (mode == 1 ? action(Action::Details) : action(Action::Thumbnails))->setChecked(true);
    updatePage();
    QAbstractItemView *view = currentView();
    if (m_pages->currentWidget() == view && isVisible())
        view->setFocus();
    // Keep what was current in sight.
    if (const QModelIndex current = m_selection->currentIndex(); current.isValid())
        view->scrollTo(current);
}

QAbstractItemView *LibraryPage::currentView() const
{
    if (action(Action::Details)->isChecked())
        return m_table;
    return m_grid;
}

void LibraryPage::setPosterWidth(int width)
{
    const QSignalBlocker block(m_sizeSlider); // not a choice of the user's
    m_sizeSlider->setValue(width);
    m_grid->setPosterWidth(width);
}

void LibraryPage::updatePage()
{
    // A search's first rows show as soon as they come, before the model has the whole list.
    if (!m_loaded && m_resultCount <= 0)
        return;
    if (m_loaded && m_model->totalCount() == 0) {
        m_loadFailed = false;
        m_emptyButton->setText(tr("Add Folder…"));
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
        m_pages->setCurrentIndex(action(Action::Details)->isChecked() ? TablePage : GridPage);
    }
}

void LibraryPage::onLoaded()
{
    m_loaded = true;
    updatePage();
    updateCount();
    Q_EMIT loaded();
}

void LibraryPage::updateCount()
{
    const int total = m_model->totalCount();
    const int shown = m_model->rowCount();
    // A first answer shows before the whole is counted (SearchResult::complete).
    QString text = m_shownText.trimmed().isEmpty()
        ? (m_model->isLoading() && total > 0
               ? tr("at least %1 clips and photos, counting…").arg(QLocale().toString(total))
               : tr("%n clip(s) and photo(s)", nullptr, total))
        : m_resultComplete
        ? tr("%1 of %2 match", nullptr, shown).arg(QLocale().toString(shown), QLocale().toString(total))
        : m_countedMatches >= 0
        ? tr("%1 of %2 match, putting them in order…")
              .arg(QLocale().toString(m_countedMatches), QLocale().toString(total))
        : tr("at least %1 of %2 match, counting…").arg(QLocale().toString(shown), QLocale().toString(total));
    const qsizetype selected = selectedCount();
    if (selected > 1)
        text += u"  ·  "_s + tr("%n selected", nullptr, int(selected));
    if (m_searchMs > 0)
        text += u"  ·  "_s + tr("%1 ms").arg(QLocale().toString(m_searchMs, 'f', 0));
    m_countLabel->setText(text);
}

QList<qint64> LibraryPage::visibleIds() const
{
    QList<qint64> ids;
    ids.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.append(m_model->index(row, 0).data(AssetListModel::IdRole).toLongLong());
    return ids;
}

// ------------------------------------------------------------------ search

void LibraryPage::search(const QString &text)
{
    m_search->setQuery(text);
}

void LibraryPage::showSavedSearch(const QString &query, const QString &sort)
{
    for (int i = 0; i < int(std::size(kSorts)); ++i) {
        if (kSorts[i].name == sort) {
            const QSignalBlocker block(m_sort);
            m_sort->setCurrentIndex(i);
        }
    }
    m_search->setQuery(query);
}

void LibraryPage::applyFilter(const QString &query, bool addToSearch)
{
    // Ctrl-click adds to the search; a plain click starts a new one.
    m_search->setQuery(addToSearch ? SearchText::toggleFilter(m_search->text(), query) : query);
}

void LibraryPage::clearSearch()
{
    m_search->setQuery(QString());
}

std::pair<QString, QString> LibraryPage::currentSearch() const
{
    return { m_search->text(), QString(kSorts[std::max(0, m_sort->currentIndex())].name) };
}

void LibraryPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void LibraryPage::setReadOnly(bool readOnly)
{
    m_inspector->setReadOnly(readOnly);
    for (const char *name : { "saveSearchButton", "emptyAddFolder" }) {
        if (auto *button = findChild<QWidget *>(QLatin1StringView(name)))
            button->setVisible(!readOnly);
    }
}

void LibraryPage::selectAll()
{
    if (m_pages->currentWidget() == m_grid || m_pages->currentWidget() == m_table)
        currentView()->selectAll();
}

void LibraryPage::runSearch()
{
    m_ticket = m_reader->search(m_search->text(), kSorts[std::max(0, m_sort->currentIndex())].sort);
}

void LibraryPage::onSearched(const SearchResult &result)
{
    if (result.ticket != m_ticket)
        return; // an older search; a newer one is on its way
    if (!result.failure.isEmpty()) {
        m_searchMessage->setText(tr("The search could not run: %1").arg(result.failure));
        m_searchMessage->show();
        return;
    }
    if (!result.complete && result.ids.isEmpty()) {
        // Nothing found yet in the time a first answer has: what was shown stays until the whole
        // answer comes.
        m_countLabel->setText(tr("Searching…"));
        return;
    }
    m_shownText = result.text;
    m_resultCount = int(result.ids.size());
    m_resultComplete = result.complete;
    m_countedMatches = -1;
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

void LibraryPage::onFacetClicked(const QModelIndex &index)
{
    if (!index.parent().isValid()) {
        m_facets->setExpanded(index, !m_facets->isExpanded(index));
        return;
    }
    m_search->setQuery(m_facetModel->toggled(index));
}

bool LibraryPage::eventFilter(QObject *watched, QEvent *event)
{
    // One picture or clip dropped on the search box: find what looks like it.
    if (watched == m_search && (event->type() == QEvent::DragEnter || event->type() == QEvent::Drop)) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QList<QUrl> urls = drop->mimeData()->urls();
        const QByteArray path = urls.size() == 1 ? DragPayload::rawPath(urls.first()) : QByteArray();
        if (path.isEmpty() || drop->mimeData()->hasFormat(QString::fromLatin1(AssetListModel::kAssetIdsMime)))
            return QWidget::eventFilter(watched, event);
        drop->acceptProposedAction();
        if (event->type() == QEvent::Drop)
            findSimilarToFile(path);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void LibraryPage::findSimilarToFile(const QByteArray &path)
{
    const QString name = IngestJob::displayPath(path);
    Q_EMIT message(tr("Looking at %1…").arg(QDir::toNativeSeparators(name)), 0);
    // The file is opened by a worker, as at import: a hostile one costs that process only. The
    // request carries the path's bytes, so a name that is not UTF-8 is opened as it is on disk.
    auto *worker = new WorkerClient(WorkerClient::defaultProgram(), 60'000, this);
    const auto finish = [this, worker, name](const QStringList &hashes, const QString &why) {
        worker->stop();
        worker->deleteLater();
        if (hashes.isEmpty()) {
            Q_EMIT message(tr("Nothing to compare %1 by: %2").arg(QDir::toNativeSeparators(name), why),
                           10'000);
            return;
        }
        Q_EMIT message(QString(), 0);
        Q_EMIT showRequested();
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

void LibraryPage::findSimilar()
{
    const QModelIndex current = m_selection->currentIndex();
    if (!current.isValid())
        return;
    m_sort->setCurrentIndex(0); // best match: the nearest first
    search(u"similar:%1"_s.arg(current.data(AssetListModel::IdRole).toLongLong()));
}

void LibraryPage::reveal(qint64 assetId)
{
    if (!m_model->indexForId(assetId).isValid())
        clearSearch();
    m_keptSelection = { assetId };
    m_keptCurrent = assetId;
    restoreSelection();
}

// ------------------------------------------------------------------ selection, inspector, preview

// The selection is read by its ranges, never an index per row: "select all" over a million
// assets is one range (QItemSelectionModel::selectedRows() makes a million indexes and hashes
// them, half a second on the GUI thread).
template<typename Visit>
static void forEachSelectedRow(const QItemSelection &selection, int rowCount, Visit &&visit)
{
    // Ranges of one selection may overlap (a row chosen twice, by columns): each row once.
    std::vector<bool> seen;
    if (selection.size() > 1)
        seen.resize(size_t(std::max(rowCount, 0)));
    for (const QItemSelectionRange &range : selection) {
        const int last = std::min(range.bottom(), rowCount - 1);
        for (int row = std::max(range.top(), 0); row <= last; ++row) {
            if (!seen.empty()) {
                if (seen[size_t(row)])
                    continue;
                seen[size_t(row)] = true;
            }
            visit(row);
        }
    }
}

qsizetype LibraryPage::selectedCount() const
{
    const QItemSelection selection = m_selection->selection();
    if (selection.size() == 1) // select all, a drag, a shift-click
        return std::min<qsizetype>(selection.first().height(), m_model->rowCount());
    qsizetype count = 0;
    forEachSelectedRow(selection, m_model->rowCount(), [&count](int) { ++count; });
    return count;
}

QList<qint64> LibraryPage::selectedIds() const
{
    QList<qint64> ids;
    const QItemSelection selection = m_selection->selection();
    if (selection.size() == 1)
        ids.reserve(selection.first().height());
    forEachSelectedRow(selection, m_model->rowCount(), [&](int row) { ids.append(m_model->idAt(row)); });
    if (ids.isEmpty() && m_selection->currentIndex().isValid()
        && m_selection->isSelected(m_selection->currentIndex()))
        ids.append(m_model->idAt(m_selection->currentIndex().row()));
    return ids;
}

void LibraryPage::onSelectionChanged()
{
    m_selectionTimer->start();
    updateCount();
}

void LibraryPage::loadInspector()
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

void LibraryPage::showDuplicates()
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
        Q_EMIT message(tr("%n copy(ies) removed from the catalog; the files are untouched (Ctrl+Z "
                          "brings them back)",
                          nullptr, int(ids.size())),
                       10'000);
    });
    connect(m_duplicates, &DuplicatesDialog::showRequested, this, [this](const QList<qint64> &ids) {
        QStringList list;
        for (const qint64 id : ids)
            list.append(QString::number(id));
        Q_EMIT showRequested();
        search(u"id:"_s + list.join(u','));
    });
    m_duplicates->show();
}

PreviewDialog *LibraryPage::previewDialog() const
{
    return m_preview;
}

void LibraryPage::makePoster(qint64 id, std::optional<double> atS)
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
            Q_EMIT message(tr("The poster could not be made: %1").arg(error), 10'000);
            if (m_preview)
                m_preview->posterFailed(failedId, error);
        });
    }
    m_posterMaker->make(id, index.data(AssetListModel::RawPathRole).toByteArray(), atS);
}

void LibraryPage::previewCurrent()
{
    const QModelIndex current = m_selection->currentIndex();
    if (!current.isValid())
        return;
    if (!m_preview) {
        m_preview = new PreviewDialog(m_catalogFolder, this);
        connect(m_preview, &PreviewDialog::posterRequested, this, &LibraryPage::makePoster);
        connect(m_preview, &PreviewDialog::similarToShotRequested, this, [this](const QString &signature) {
            m_sort->setCurrentIndex(0); // best match: the nearest first
            search(u"similar:#"_s + signature); // photos and clips with a frame like it
            window()->activateWindow();
        });
        connect(m_preview, &PreviewDialog::currentChanged, this, [this](const QModelIndex &index) {
            m_selection->setCurrentIndex(index,
                                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            currentView()->scrollTo(index);
        });
    }
    m_preview->showIndex(current);
    m_preview->setDetails(m_currentAsset); // what is in the picture, when it is of this asset
    m_preview->show();
    m_preview->raise();
    m_preview->activateWindow();
}

void LibraryPage::step(int delta)
{
    const QModelIndex current = m_selection->currentIndex();
    const int row = std::clamp(current.isValid() ? current.row() + delta : 0, 0, m_model->rowCount() - 1);
    if (row < 0)
        return;
    const QModelIndex next = m_model->index(row, 0);
    m_selection->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    currentView()->scrollTo(next);
}

void LibraryPage::rememberSelection()
{
    m_keptSelection = selectedIds();
    m_keptCurrent = m_selection->currentIndex().data(AssetListModel::IdRole).toLongLong();
}

void LibraryPage::restoreSelection()
{
    // The rows in order, then a range per run of neighbours: a selection of a million assets
    // comes back as a few ranges, not a million.
    std::vector<int> rows;
    rows.reserve(size_t(m_keptSelection.size()));
    for (const qint64 id : std::as_const(m_keptSelection)) {
        const QModelIndex index = m_model->indexForId(id);
        if (index.isValid())
            rows.push_back(index.row());
    }
    std::sort(rows.begin(), rows.end());
    QItemSelection selection;
    for (size_t first = 0; first < rows.size();) {
        size_t last = first;
        while (last + 1 < rows.size() && rows[last + 1] <= rows[last] + 1)
            ++last;
        selection.append(QItemSelectionRange(m_model->index(rows[first], 0),
                                             m_model->index(rows[last], AssetListModel::ColumnCount - 1)));
        first = last + 1;
    }
    const QModelIndex current = m_model->indexForId(m_keptCurrent);
    if (current.isValid())
        m_selection->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    if (!selection.isEmpty())
        m_selection->select(selection, QItemSelectionModel::ClearAndSelect);
    if (current.isValid())
        currentView()->scrollTo(current);
    onSelectionChanged(); // a reset says nothing about the selection: the inspector follows here
}

// ------------------------------------------------------------------ editing

void LibraryPage::tagSelection()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        Q_EMIT message(tr("Select clips or photos to tag first."), 5000);
        return;
    }
    const auto path =
        Dialogs::item(this, tr("Tag Selected"),
                      tr("Tag %n selected item(s) with (e.g. 天气/晴, 场景/老街):", nullptr, int(ids.size())),
                      QStringList { QString() } + m_tagPaths, true);
    if (!path || path->trimmed().isEmpty())
        return;
    m_undo->push(EditCommands::tagAssets(m_editor, ids, path->trimmed(), true));
}

void LibraryPage::removeSelection()
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
