#include "recordspage.h"

#include "catalog.h"
#include "catalogeditor.h"
#include "countdelegate.h"
#include "editcommands.h"
#include "facetmodel.h"
#include "mapview.h"
#include "recordeditor.h"
#include "recordexchange.h"
#include "recordlistmodel.h"
#include "searchfield.h"
#include "searchtext.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

QString defaultOpen(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString defaultSave(QWidget *parent, const QString &title, const QString &name, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, name, filter);
}

// Reads a file and checks it against the catalog, on a thread of its own.
RecordExchange::Preview previewFile(const QString &folder, RecordKind kind, const QString &path)
{
    RecordExchange::Preview preview;
    preview.kind = kind;
    const auto format = RecordExchange::formatFor(path);
    if (!format) {
        preview.error = QCoreApplication::translate("RecordsPage", "%1 is neither CSV nor JSON").arg(path);
        return preview;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.error = file.errorString();
        return preview;
    }
    QString error;
    if (!Catalog::prepare(folder, Catalog::OpenMode::Create, error)) {
        preview.error = error;
        return preview;
    }
    CatalogSession session(folder, true);
    if (!session.isOpen()) {
        preview.error = session.error();
        return preview;
    }
    return RecordExchange::preview(session.db(), kind, file.readAll(), *format);
}

// What an import will do, row by row; Import is offered only when nothing is wrong, and, when
// rows would make confidential fields or contacts public, only once the person agrees to it.
class ImportDialog final : public QDialog
{
    // Without Q_OBJECT, tr() would be QDialog's: the translations are in this class's context.
    Q_DECLARE_TR_FUNCTIONS(ImportDialog)

public:
    bool allowPublic() const { return m_allowPublic && m_allowPublic->isChecked(); }

    ImportDialog(const RecordExchange::Preview &preview, const QString &path, QWidget *parent)
        : QDialog(parent)
    {
        setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
        resize(820, 520);
        auto *layout = new QVBoxLayout(this);
        auto *summary = new QLabel(this);
        summary->setObjectName(u"importSummary"_s);
        summary->setWordWrap(true);
        QString text = tr("%1 new, %2 updates, %3 with problems")
                           .arg(preview.inserts())
                           .arg(preview.updates())
                           .arg(preview.invalid());
        if (!preview.encoding.isEmpty())
            text += u"  ·  "_s + tr("read as %1").arg(preview.encoding);
        if (!preview.ignoredColumns.isEmpty())
            text += u"<br>"_s
                + tr("Columns that match no field, left out: %1")
                      .arg(preview.ignoredColumns.join(u", "_s).toHtmlEscaped());
        if (preview.invalid() > 0)
            text +=
                u"<br><b>"_s
                + tr(
                    "Nothing can be imported until every row is right: correct the file and import it again.")
                + u"</b>"_s;
        summary->setText(text);
        layout->addWidget(summary);
        auto *table = new QTableWidget(int(preview.rows.size()), 5, this);
        table->setObjectName(u"importRows"_s);
        table->setHorizontalHeaderLabels(
            { tr("Line"), tr("Name"), tr("Becomes"), tr("Problems"), tr("Made public") });
        table->verticalHeader()->hide();
        table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        for (int row = 0; row < preview.rows.size(); ++row) {
            const RecordExchange::Row &r = preview.rows.at(row);
            table->setItem(row, 0, new QTableWidgetItem(QString::number(r.line)));
            table->setItem(row, 1, new QTableWidgetItem(r.name()));
            const QString action = r.action == RecordExchange::Row::Action::Insert ? tr("new")
                : r.action == RecordExchange::Row::Action::Update ? tr("update of #%1").arg(r.existingId)
                                                                  : tr("not imported");
            table->setItem(row, 2, new QTableWidgetItem(action));
            auto *problems = new QTableWidgetItem(r.problems.join(u"; "_s));
            if (!r.problems.isEmpty())
                problems->setForeground(QColor(0xb0, 0x3a, 0x2e));
            table->setItem(row, 3, problems);
            auto *exposed = new QTableWidgetItem(r.madePublic.join(u", "_s));
            if (!r.madePublic.isEmpty())
                exposed->setForeground(QColor(0xb0, 0x3a, 0x2e));
            table->setItem(row, 4, exposed);
        }
        table->resizeColumnsToContents();
        layout->addWidget(table, 1);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
        auto *import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
        import->setObjectName(u"importButton"_s);
        import->setEnabled(preview.canCommit());
        if (preview.madePublic() > 0) {
            m_allowPublic = new QCheckBox(
                tr("Make public what %n row(s) would take out of confidence (see \"Made public\")", nullptr,
                   preview.madePublic()),
                this);
            m_allowPublic->setObjectName(u"importAllowPublic"_s);
            layout->addWidget(m_allowPublic);
            RecordExchange::Preview consented = preview;
            consented.allowPublic = true;
            connect(m_allowPublic, &QCheckBox::toggled, import,
                    [import, ok = consented.canCommit()](bool on) { import->setEnabled(on && ok); });
        }
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(buttons);
    }

private:
    QCheckBox *m_allowPublic = nullptr;
};

QString sortTitle(int index)
{
    switch (index) {
    case 0:
        return QCoreApplication::translate("RecordsPage", "Best match");
    case 1:
        return QCoreApplication::translate("RecordsPage", "Name");
    case 2:
        return QCoreApplication::translate("RecordsPage", "Nearest first");
    default:
        return QCoreApplication::translate("RecordsPage", "Recently changed");
    }
}

constexpr RecordSort kSorts[] = { RecordSort::Relevance, RecordSort::Name, RecordSort::Distance,
                                  RecordSort::Updated };

} // namespace

RecordsPage::FileChooser &RecordsPage::fileChooser()
{
    static FileChooser chooser { defaultOpen, defaultSave };
    return chooser;
}

RecordsPage::RecordsPage(RecordKind kind, const QString &catalogFolder, CatalogEditor *editor,
                         QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_folder(catalogFolder)
    , m_catalogEditor(editor)
    , m_undo(undo)
    , m_reader(new RecordReader(catalogFolder, this))
    , m_model(new RecordListModel(this))
    , m_facetModel(new FacetModel(this))
    , m_search(new SearchField(this))
    , m_sort(new QComboBox(this))
    , m_listButton(new QToolButton(this))
    , m_mapButton(new QToolButton(this))
    , m_assetPinsButton(new QToolButton(this))
    , m_searchMessage(new QLabel(this))
    , m_count(new QLabel(this))
    , m_facets(new QTreeView(this))
    , m_views(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_map(new MapView(this))
    , m_editor(new RecordEditor(catalogFolder, this))
{
    setObjectName(RecordSchema::table(kind) + u"Page"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(4);

    // The search row.
    auto *row = new QHBoxLayout;
    m_search->setObjectName(u"recordSearch"_s);
    switch (kind) {
    case RecordKind::Location:
        m_search->setPlaceholderText(
            tr("Search locations: 古镇, guzhen or gz, plus category:海岸 setting:exterior "
               "era:民国 city:青岛 near:QD-0001 radius:20 (Ctrl+F)"));
        break;
    case RecordKind::Facility:
        m_search->setPlaceholderText(
            tr("Search facilities: words, type:影棚, city:青岛, near:36.07,120.38 radius:30 (Ctrl+F)"));
        break;
    case RecordKind::Expert:
        m_search->setPlaceholderText(
            tr("Search experts: words, expertise:历史, lang:英语, city:青岛, consent:yes (Ctrl+F)"));
        break;
    }
    m_search->setCompletionSource([this](const QString &word) {
        QStringList out;
        const qsizetype colon = word.indexOf(u':');
        if (colon < 0) {
            for (const RecordQueryParser::Filter &filter : RecordQueryParser::filters(m_kind)) {
                for (const QString &name : QStringList { filter.name } + filter.aliases) {
                    if (!word.isEmpty() && name.startsWith(word, Qt::CaseInsensitive) && name != word)
                        out.append(name + u':');
                }
            }
            return out;
        }
        const QString name = word.left(colon).toLower();
        const QString value = word.mid(colon + 1);
        QStringList values;
        if (name == "category"_L1 || name == u"类别"_s || name == "type"_L1 || name == u"类型"_s) {
            for (const RecordChoice &choice :
                 m_choices.value(m_kind == RecordKind::Facility ? u"service_type"_s : u"category"_s))
                values.append(choice.name());
        } else if (name == "setting"_L1 || name == u"内外景"_s) {
            for (const RecordChoice &choice : RecordSchema::settings())
                values.append(choice.name());
        } else if (name == "status"_L1 || name == u"状态"_s) {
            for (const RecordChoice &choice : RecordSchema::statuses())
                values.append(choice.name());
        } else if (name == "tag"_L1 || name == u"标签"_s) {
            values = m_tagPaths;
        }
        for (const QString &v : std::as_const(values)) {
            if (v.startsWith(value, Qt::CaseInsensitive))
                out.append(word.left(colon + 1) + SearchText::quoted(v));
        }
        return out.mid(0, 30);
    });
    connect(m_search, &SearchField::searchRequested, this, &RecordsPage::runSearch);
    for (int i = 0; i < 4; ++i) {
        if (kSorts[i] == RecordSort::Distance && !RecordSchema::hasCoordinates(kind))
            continue;
        m_sort->addItem(sortTitle(i), i);
    }
    m_sort->setToolTip(tr("Order of the results (nearest first needs near: in the search)"));
    connect(m_sort, &QComboBox::currentIndexChanged, this, &RecordsPage::runSearch);
    m_listButton->setText(tr("List"));
    m_mapButton->setText(tr("Map"));
    for (QToolButton *button : { m_listButton, m_mapButton }) {
        button->setCheckable(true);
        button->setAutoExclusive(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    m_listButton->setChecked(true);
    m_mapButton->setVisible(RecordSchema::hasCoordinates(kind));
    m_mapButton->setToolTip(tr("Show the results on a map (works offline)"));
    m_assetPinsButton->setObjectName(u"assetPins"_s);
    m_assetPinsButton->setText(tr("Clips on Map"));
    m_assetPinsButton->setCheckable(true);
    m_assetPinsButton->setToolTip(tr("Also show the clips and photos that have GPS, as small blue squares"));
    m_assetPinsButton->setVisible(kind == RecordKind::Location);
    connect(m_assetPinsButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            m_reader->loadAssetPins();
        updatePins();
    });
    connect(m_reader, &RecordReader::assetPinsLoaded, this, [this](const QList<MapPin> &pins) {
        m_assetPins = pins;
        updatePins();
    });
    connect(m_listButton, &QToolButton::clicked, this, [this] { showMap(false); });
    connect(m_mapButton, &QToolButton::clicked, this, [this] { showMap(true); });
    auto *newButton = new QToolButton(this);
    newButton->setObjectName(u"newRecord"_s);
    newButton->setText(kind == RecordKind::Location       ? tr("New Location")
                           : kind == RecordKind::Facility ? tr("New Facility")
                                                          : tr("New Expert"));
    connect(newButton, &QToolButton::clicked, this, &RecordsPage::newRecord);
    auto *more = new QToolButton(this);
    more->setText(tr("Import / Export"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(more);
    m_importAction = menu->addAction(tr("Import CSV or JSON…"), this, [this] { importFile(); });
    m_newButton = newButton;
    menu->addAction(tr("Export These as CSV or JSON…"), this, [this] { exportRecords(); });
    more->setMenu(menu);
    row->addWidget(m_search, 1);
    row->addWidget(m_sort);
    row->addWidget(m_listButton);
    row->addWidget(m_mapButton);
    row->addWidget(m_assetPinsButton);
    row->addSpacing(8);
    row->addWidget(newButton);
    row->addWidget(more);
    layout->addLayout(row);
    m_searchMessage->setObjectName(u"recordSearchMessage"_s);
    m_searchMessage->setWordWrap(true);
    m_searchMessage->setStyleSheet(u"QLabel { color: #b03a2e; padding: 2px 4px; }"_s);
    m_searchMessage->hide();
    layout->addWidget(m_searchMessage);

    // Facets | list or map | editor.
    m_facets->setModel(m_facetModel);
    m_facets->setItemDelegate(new CountDelegate(m_facets));
    m_facets->setHeaderHidden(true);
    m_facets->setUniformRowHeights(true);
    m_facets->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_facets->setFrameShape(QFrame::NoFrame);
    connect(m_facets, &QTreeView::clicked, this, &RecordsPage::onFacetClicked);
    connect(m_facetModel, &QAbstractItemModel::modelReset, m_facets, [this] {
        for (int i = 0; i < m_facetModel->rowCount(); ++i)
            m_facets->setExpanded(m_facetModel->index(i, 0),
                                  m_facetModel->rowCount(m_facetModel->index(i, 0)) <= 8);
    });
    m_table->setObjectName(u"recordTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(RecordListModel::NameColumn, QHeaderView::Stretch);
    for (const int column :
         { RecordListModel::StatusColumn, RecordListModel::DistanceColumn, RecordListModel::AssetsColumn })
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(RecordListModel::KindColumn, 110);
    m_table->setColumnWidth(RecordListModel::PlaceColumn, 150);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setWordWrap(false);
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    connect(m_table, &QWidget::customContextMenuRequested, this, &RecordsPage::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordsPage::onSelectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RecordsPage::onSelectionChanged);
    m_map->setObjectName(u"recordMap"_s);
    connect(m_map, &MapView::tilesFailed, this, [this](const QString &error) {
        Q_EMIT message(tr("The offline map tiles cannot be used: %1").arg(error));
    });
    m_map->setChineseLabels(QLocale().language() == QLocale::Chinese);
    connect(m_map, &MapView::pinClicked, this, [this](qint64 id, Qt::KeyboardModifiers modifiers) {
        if (id < 0) { // a clip or photo
            Q_EMIT assetActivated(-id);
            return;
        }
        const QModelIndex index = m_model->indexForId(id);
        if (!index.isValid())
            return;
        m_table->selectionModel()->setCurrentIndex(
            index,
            (modifiers & Qt::ControlModifier)
                ? QItemSelectionModel::Toggle | QItemSelectionModel::Rows
                : QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    });
    connect(m_map, &MapView::areaChosen, this, [this](double south, double west, double north, double east) {
        // The box replaces any box or near search in the text.
        QString text = m_search->text();
        static const QRegularExpression old(u"(^|\\s)-?(box|范围|near|附近|radius|半径|within):\\S+"_s);
        text.remove(old);
        m_search->setQuery((text.trimmed()
                            + u" box:%1,%2,%3,%4"_s.arg(south, 0, 'f', 4)
                                  .arg(west, 0, 'f', 4)
                                  .arg(north, 0, 'f', 4)
                                  .arg(east, 0, 'f', 4))
                               .trimmed());
    });
    m_views->addWidget(m_table);
    m_views->addWidget(m_map);
    auto *editorScroll = new QScrollArea(this);
    editorScroll->setWidget(m_editor);
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);
    editorScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    editorScroll->setMinimumWidth(360);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_facets);
    splitter->addWidget(m_views);
    splitter->addWidget(editorScroll);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({ 180, 600, 440 });
    splitter->setCollapsible(2, false);
    layout->addWidget(splitter, 1);
    m_count->setObjectName(u"recordCount"_s);
    layout->addWidget(m_count);

    // The editor's requests become commands.
    connect(m_editor, &RecordEditor::saveRequested, this,
            [this](RecordKind recordKind, const QJsonObject &before, const QJsonObject &after) {
                if (!m_catalogEditor || !m_undo)
                    return;
                QPointer<RecordsPage> self(this);
                m_undo->push(EditCommands::saveRecord(
                    m_catalogEditor, recordKind, before, after,
                    [self](qint64 id, const QString &savedAt) {
                        if (!self)
                            return;
                        self->m_editor->saved(id, savedAt);
                        self->m_wantedId = id;
                        self->m_shownId =
                            0; // read it again: a new record learns its id, computed fields change
                    },
                    [self](const QString &error) {
                        if (self)
                            self->m_editor->saveFailed(error);
                    },
                    [self, recordKind, after](const QJsonObject &theirs) {
                        if (self)
                            self->resolveConflict(recordKind, theirs, after);
                    }));
            });
    connect(m_editor, &RecordEditor::removeRequested, this,
            [this](RecordKind recordKind, qint64 id, const QString &name) {
                const auto answer =
                    QMessageBox::question(this, tr("Delete"),
                                          tr("Delete %1 from the catalog? Its clips and photos stay in the "
                                             "library. You can undo this.")
                                              .arg(name));
                if (answer == QMessageBox::Yes && m_undo)
                    m_undo->push(EditCommands::removeRecord(m_catalogEditor, recordKind, id, name));
            });
    connect(m_editor, &RecordEditor::assetsLinkRequested, this,
            [this](qint64 location, const QList<qint64> &ids, bool link) {
                if (m_undo && !ids.isEmpty())
                    m_undo->push(EditCommands::setField(
                        m_catalogEditor, ids, u"location_id"_s, link ? QVariant(location) : QVariant(),
                        link ? tr("Link to location") : tr("Unlink from location")));
                m_shownId = 0;
            });
    connect(m_editor, &RecordEditor::coverRequested, this, [this](qint64 location, qint64 asset) {
        // From the record as stored, not the form (its edits are the user's to save or revert).
        const QJsonObject before = m_editor->original();
        QJsonObject after = before;
        after.insert(u"cover_asset_id"_s, asset);
        if (m_undo)
            m_undo->push(EditCommands::saveRecord(m_catalogEditor, RecordKind::Location, before, after));
        Q_UNUSED(location);
        m_shownId = 0;
    });
    connect(m_editor, &RecordEditor::linkSelectionRequested, this, &RecordsPage::linkSelectionRequested);
    connect(m_editor, &RecordEditor::filesDropped, this, &RecordsPage::filesDroppedOnLocation);
    connect(m_editor, &RecordEditor::photoSelectionRequested, this, [this] {
        const QList<qint64> ids = m_librarySelection ? m_librarySelection() : QList<qint64>();
        if (ids.isEmpty()) {
            Q_EMIT message(tr("Select the photo in the Empty-lens library first."));
            return;
        }
        m_editor->setPhoto(ids.first());
    });
    connect(m_editor, &RecordEditor::nearbyRadiusChanged, this, [this](double km) {
        m_nearbyKm = km;
        if (m_editor->recordId() > 0 && !m_editor->isDirty())
            m_reader->load(m_kind, m_editor->recordId(), km);
    });
    connect(m_editor, &RecordEditor::assetActivated, this, &RecordsPage::assetActivated);

    connect(m_reader, &RecordReader::searched, this, &RecordsPage::onSearched);
    connect(m_reader, &RecordReader::loaded, this, [this](const RecordDetails &details) {
        if (details.kind != m_kind || details.id != currentId() || m_editor->isDirty()
            || m_editor->isSaving())
            return;
        if (!details.failure.isEmpty()) {
            m_editor->clear(m_kind);
            return;
        }
        m_shownId = details.id;
        m_editor->setDetails(details);
        Q_EMIT recordShown(details);
    });
    connect(m_reader, &RecordReader::choicesLoaded, this,
            [this](RecordKind recordKind, const QHash<QString, QList<RecordChoice>> &choices) {
                if (recordKind != m_kind)
                    return;
                m_choices = choices;
                m_editor->setChoices(m_kind, choices);
            });
    m_editor->clear(kind);
    m_reader->loadChoices(kind);
    runSearch();
}

RecordsPage::~RecordsPage() = default;

void RecordsPage::search(const QString &text)
{
    m_search->setQuery(text);
}

QString RecordsPage::searchText() const
{
    return m_search->text();
}

void RecordsPage::refresh()
{
    m_shownId = 0;
    if (m_assetPinsButton->isChecked())
        m_reader->loadAssetPins();
    m_reader->loadChoices(m_kind);
    runSearch();
}

void RecordsPage::runSearch()
{
    const int sortIndex = m_sort->currentData().toInt();
    m_ticket = m_reader->search(m_kind, m_search->text(), kSorts[std::clamp(sortIndex, 0, 3)]);
}

void RecordsPage::onSearched(const RecordSearchResult &result)
{
    if (result.ticket != m_ticket)
        return;
    m_result = result;
    if (!result.errors.isEmpty() || !result.failure.isEmpty()) {
        // What was not understood, with an example; the last good result stays.
        m_searchMessage->setText(result.failure.isEmpty()
                                     ? tr("Not understood: %1").arg(result.errors.join(u"; "_s))
                                     : tr("The search could not run: %1").arg(result.failure));
        m_searchMessage->show();
        return;
    }
    m_searchMessage->hide();
    const qint64 keep = m_wantedId ? m_wantedId : currentId();
    m_wantedId = 0;
    {
        const QSignalBlocker block(m_table->selectionModel());
        m_model->setResult(result);
    }
    if (result.complete)
        m_facetModel->setFacets(result.facets, result.text); // a first page has none: the last stay
    updatePins();
    m_map->setCircle(result.centre, result.radiusKm);
    if (m_fitMap || result.centre) {
        m_map->fitToPins();
        m_fitMap = m_fitMap && !result.complete; // fitted again to the whole
    }
    const QModelIndex index = m_model->indexForId(keep);
    if (index.isValid()) {
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
    if (!index.isValid() && keep && !result.complete)
        m_wantedId = keep; // perhaps in the whole: the editor keeps it meanwhile
    else
        onSelectionChanged();
    updateCount();
    Q_EMIT searchShown(result);
}

void RecordsPage::updatePins()
{
    QList<MapPin> pins;
    if (m_assetPinsButton->isChecked())
        pins = m_assetPins; // under the records
    for (const RecordStore::Summary &summary : std::as_const(m_result.rows)) {
        if (!summary.position)
            continue;
        MapPin pin;
        pin.position = *summary.position;
        pin.id = summary.id;
        pin.label = summary.name();
        pin.color = summary.status == "public"_L1 ? QColor(0xd9, 0x48, 0x2b) : QColor(0x9c, 0x6b, 0x30);
        pins.append(pin);
    }
    m_map->setPins(pins);
}

void RecordsPage::updateCount()
{
    QString text = m_result.complete
        ? tr("%n record(s)", nullptr, int(m_result.rows.size()))
        : tr("The first %n record(s); counting…", nullptr, int(m_result.rows.size()));
    if (m_result.centre)
        text +=
            u"  ·  "_s + tr("within %1 km of %2").arg(m_result.radiusKm).arg(Geo::format(*m_result.centre));
    text += u"  ·  "_s + tr("%1 ms").arg(qRound(m_result.milliseconds));
    m_count->setText(text);
}

qint64 RecordsPage::currentId() const
{
    return m_model->idAt(m_table->selectionModel()->currentIndex().row());
}

QList<qint64> RecordsPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(m_model->idAt(index.row()));
    return ids;
}

void RecordsPage::selectRecord(qint64 id)
{
    const QModelIndex index = m_model->indexForId(id);
    if (index.isValid()) {
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    } else {
        m_wantedId = id; // when it is found
    }
}

bool RecordsPage::saveEditor()
{
    return !m_editor->isDirty() || m_editor->save();
}

void RecordsPage::onSelectionChanged()
{
    const qint64 id = currentId();
    QSet<qint64> selected;
    for (const qint64 s : selectedIds())
        selected.insert(s);
    m_map->setSelectedIds(selected);
    if (id == m_shownId && !m_editor->isEmpty())
        return;
    // Unsaved changes are saved when they are valid; when they are not, the record stays.
    if (m_editor->isDirty() && !m_editor->save()) {
        const QModelIndex back = m_model->indexForId(m_editor->recordId());
        if (back.isValid()) {
            const QSignalBlocker block(m_table->selectionModel());
            m_table->selectionModel()->setCurrentIndex(
                back, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        Q_EMIT message(tr("Correct or revert the changes first."));
        return;
    }
    if (id == 0) {
        m_shownId = 0;
        m_editor->clear(m_kind);
        return;
    }
    m_reader->load(m_kind, id, m_nearbyKm);
}

void RecordsPage::onFacetClicked(const QModelIndex &index)
{
    if (index.parent().isValid())
        m_search->setQuery(m_facetModel->toggled(index));
}

void RecordsPage::resolveConflict(RecordKind kind, const QJsonObject &theirs, const QJsonObject &mine)
{
    const auto text = [](const QJsonValue &value) -> QString {
        if (value.isArray()) {
            QStringList items;
            for (const QJsonValue &item : value.toArray())
                items.append(item.isObject() ? item.toObject().value("name"_L1).toString()
                                             : item.toVariant().toString());
            return items.join(u", "_s);
        }
        if (value.isBool())
            return value.toBool() ? tr("yes") : tr("no");
        return value.toVariant().toString();
    };
    QString rows;
    for (const RecordField &field : RecordSchema::fields(kind)) {
        const QString theirText = text(theirs.value(field.key));
        const QString myText = text(mine.value(field.key));
        if (theirText == myText)
            continue;
        rows += u"<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>"_s.arg(
            QCoreApplication::translate("RecordField", field.label).toHtmlEscaped(),
            theirText.toHtmlEscaped(), myText.toHtmlEscaped());
    }
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Changed by Someone Else"),
                        tr("<p><b>%1</b> was saved by someone else while you were editing it. Nothing was "
                           "overwritten.</p>")
                                .arg(RecordSchema::displayName(theirs).toHtmlEscaped())
                            + (rows.isEmpty() ? tr("<p>Their version and yours are the same.</p>")
                                              : tr("<table cellpadding=4><tr><th></th><th>Theirs</th>"
                                                   "<th>Yours</th></tr>%1</table>")
                                                    .arg(rows)),
                        QMessageBox::NoButton, this);
    box->setObjectName(u"conflictBox"_s);
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *overwrite = box->addButton(tr("Save Yours over Theirs"), QMessageBox::AcceptRole);
    overwrite->setObjectName(u"saveMine"_s);
    QPushButton *keepTheirs = box->addButton(tr("Keep Theirs"), QMessageBox::DestructiveRole);
    keepTheirs->setObjectName(u"keepTheirs"_s);
    QPushButton *keepEditing = box->addButton(tr("Keep Editing"), QMessageBox::RejectRole);
    keepEditing->setObjectName(u"keepEditing"_s);
    box->setDefaultButton(keepEditing);
    QPointer<RecordsPage> self(this);
    connect(box, &QMessageBox::buttonClicked, this,
            [self, theirs, overwrite, keepTheirs](QAbstractButton *clicked) {
                if (!self)
                    return;
                self->m_editor->rebase(theirs); // what is saved next is saved over their version
                if (clicked == overwrite) {
                    self->m_editor->save(); // the form still holds these edits
                } else if (clicked == keepTheirs) {
                    self->m_editor->revert(); // the form shows their version
                }
            });
    box->open();
}

void RecordsPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_newButton->setVisible(!readOnly);
    m_importAction->setVisible(!readOnly);
    m_editor->setReadOnly(readOnly);
}

void RecordsPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    const qint64 id = m_model->idAt(index.row());
    const RecordStore::Summary summary = m_model->rows().at(index.row());
    QMenu menu;
    if (m_kind != RecordKind::Expert && summary.position) {
        // Codes name locations in near:, so other records go by their coordinates.
        const QString reference = summary.code.isEmpty() || m_kind != RecordKind::Location
            ? u"%1,%2"_s.arg(summary.position->lat, 0, 'f', 5).arg(summary.position->lon, 0, 'f', 5)
            : summary.code;
        for (const int km : { 5, 20, 50 }) {
            menu.addAction(tr("Find Near This (%1 km)").arg(km), this, [this, reference, km] {
                m_search->setQuery(u"near:%1 radius:%2"_s.arg(SearchText::quoted(reference)).arg(km));
            });
        }
        menu.addAction(tr("Show on the Map"), this, [this, summary] {
            showMap(true);
            m_map->centreOn(*summary.position, 3);
        });
        menu.addSeparator();
    }
    if (m_readOnly) {
        if (!menu.isEmpty())
            menu.exec(m_table->viewport()->mapToGlobal(pos));
        return;
    }
    if (m_kind == RecordKind::Location)
        menu.addAction(tr("Add to a Production…"), this,
                       [this] { Q_EMIT addToProductionRequested(selectedIds()); });
    menu.addAction(tr("Delete…"), this, [this, id, summary] {
        if (m_table->selectionModel()->selectedRows().size() <= 1) {
            Q_EMIT m_editor->removeRequested(m_kind, id, summary.name());
            return;
        }
        const QList<qint64> ids = selectedIds();
        if (QMessageBox::question(
                this, tr("Delete"),
                tr("Delete %n record(s) from the catalog? You can undo this.", nullptr, int(ids.size())))
            != QMessageBox::Yes)
            return;
        m_undo->beginMacro(tr("Delete %n record(s)", nullptr, int(ids.size())));
        for (const qint64 each : ids)
            m_undo->push(EditCommands::removeRecord(m_catalogEditor, m_kind, each, QString::number(each)));
        m_undo->endMacro();
    });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void RecordsPage::showMap(bool map)
{
    if (map && !RecordSchema::hasCoordinates(m_kind))
        return;
    m_views->setCurrentIndex(map ? 1 : 0);
    m_mapButton->setChecked(map);
    m_listButton->setChecked(!map);
    if (map)
        m_map->setFocus();
}

bool RecordsPage::isMapShown() const
{
    return m_views->currentIndex() == 1;
}

void RecordsPage::newRecord()
{
    if (!saveEditor())
        return;
    {
        const QSignalBlocker block(m_table->selectionModel());
        m_table->selectionModel()->clearSelection();
        m_table->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    }
    m_shownId = 0;
    m_editor->startNew(m_kind);
}

void RecordsPage::setMapTiles(const QString &mbtilesPath)
{
    m_map->setTileFile(mbtilesPath);
}

void RecordsPage::setTagPaths(const QStringList &paths)
{
    m_tagPaths = paths;
}

void RecordsPage::importFile(const QString &given)
{
    const QString path = given.isEmpty()
        ? fileChooser().open(this, tr("Import %1").arg(RecordSchema::kindName(m_kind)),
                             tr("Spreadsheets and data (*.csv *.json *.txt)"))
        : given;
    if (path.isEmpty())
        return;
    auto *watcher = new QFutureWatcher<RecordExchange::Preview>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const RecordExchange::Preview preview = watcher->result();
        if (!preview.error.isEmpty()) {
            QMessageBox::warning(this, tr("Cannot Import"),
                                 tr("%1 cannot be imported: %2").arg(path, preview.error));
            return;
        }
        auto *dialog = new ImportDialog(preview, path, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, preview, path] {
            RecordExchange::Preview consented = preview;
            consented.allowPublic = dialog->allowPublic();
            QPointer<RecordsPage> self(this);
            m_undo->push(EditCommands::importRecords(m_catalogEditor, consented, QFileInfo(path).fileName(),
                                                     [self, path](bool ok, const QString &error) {
                                                         if (!self)
                                                             return;
                                                         Q_EMIT self->message(
                                                             ok ? tr("Imported %1").arg(path)
                                                                : tr("Nothing was imported: %1").arg(error));
                                                     }));
        });
        dialog->open();
    });
    watcher->setFuture(QtConcurrent::run(previewFile, m_folder, m_kind, path));
}

void RecordsPage::exportRecords(const QString &given)
{
    const QString path = given.isEmpty()
        ? fileChooser().save(this, tr("Export %1").arg(RecordSchema::kindName(m_kind)),
                             RecordSchema::table(m_kind) + u".csv"_s,
                             tr("CSV for spreadsheets (*.csv);;JSON (*.json)"))
        : given;
    if (path.isEmpty())
        return;
    const auto format = RecordExchange::formatFor(path).value_or(RecordExchange::Format::Csv);
    const RecordQuery query =
        RecordQueryParser::parse(m_kind, m_search->text(), true); // as the list reads it
    const QString folder = m_folder;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Cannot Export"),
                                 tr("%1 could not be written: %2").arg(path, error));
        else
            Q_EMIT message(tr("Exported to %1 (confidential fields and contacts left out)").arg(path));
    });
    watcher->setFuture(QtConcurrent::run([folder, query, format, path]() -> QString {
        CatalogSession session(folder, true);
        if (!session.isOpen())
            return session.error();
        QString error;
        // Excel needs the byte order mark to read UTF-8.
        const auto bytes = RecordExchange::exportRecords(session.db(), query, format, false,
                                                         format == RecordExchange::Format::Csv, error);
        if (!bytes)
            return error;
        // Written beside its place and moved there whole: a failure leaves the old file.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
            return file.errorString();
        return {};
    }));
}
