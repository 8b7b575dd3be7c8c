#include "productionspage.h"

#include "catalog.h"
#include "catalogeditor.h"
#include "dialogs.h"
#include "editcommands.h"
#include "mapview.h"
#include "readonly.h"
#include "recordlistmodel.h"
#include "scoutpackage.h"
#include "searchfield.h"

#include <QComboBox>
#include <QDate>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

enum CandidateColumn {
    NumberColumn,
    NameColumn,
    KindColumn,
    CityColumn,
    DistanceColumn,
    StatusColumn,
    NotesColumn
};

// Chooses locations or experts with the same search as their pages.
class RecordPicker final : public QDialog
{
    // Without Q_OBJECT, tr() would be QDialog's: the translations are in this class's context.
    Q_DECLARE_TR_FUNCTIONS(RecordPicker)

public:
    RecordPicker(RecordKind kind, const QString &folder, QWidget *parent)
        : QDialog(parent)
        , m_reader(new RecordReader(folder, this))
        , m_model(new RecordListModel(this))
    {
        setWindowTitle(kind == RecordKind::Location ? tr("Add Candidate Locations") : tr("Add Experts"));
        resize(720, 480);
        auto *layout = new QVBoxLayout(this);
        auto *search = new SearchField(this);
        search->setPlaceholderText(
            tr("Search by name, pinyin or initials, with filters (city:青岛 near:QD-0001 radius:20)"));
        layout->addWidget(search);
        auto *table = new QTableView(this);
        table->setModel(m_model);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::ExtendedSelection);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setSectionResizeMode(RecordListModel::NameColumn, QHeaderView::Stretch);
        layout->addWidget(table, 1);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::accepted, this, [this, table] {
            for (const QModelIndex &index : table->selectionModel()->selectedRows())
                m_chosen.append(m_model->idAt(index.row()));
            accept();
        });
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(table, &QAbstractItemView::doubleClicked, buttons, &QDialogButtonBox::accepted);
        connect(search, &SearchField::searchRequested, this, [this, kind](const QString &text) {
            m_ticket = m_reader->search(kind, text, RecordSort::Relevance);
        });
        connect(m_reader, &RecordReader::searched, this, [this](const RecordSearchResult &result) {
            if (result.ticket == m_ticket && result.errors.isEmpty() && result.failure.isEmpty())
                m_model->setResult(result);
        });
        m_ticket = m_reader->search(kind, QString(), RecordSort::Name);
    }
    QList<qint64> chosen() const { return m_chosen; }

private:
    RecordReader *m_reader;
    RecordListModel *m_model;
    quint64 m_ticket = 0;
    QList<qint64> m_chosen;
};

QList<qint64> pickRecords(QWidget *parent, RecordKind kind, const QString &folder)
{
    RecordPicker picker(kind, folder, parent);
    return picker.exec() == QDialog::Accepted ? picker.chosen() : QList<qint64>();
}

QString choosePackagePath(QWidget *parent, const QString &name)
{
    return QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("ProductionsPage", "Export Scout Package"), name,
        QCoreApplication::translate("ProductionsPage", "PDF (*.pdf)"));
}

QString candidateStatusName(const QString &code)
{
    return ProductionStore::candidateStatusName(code);
}

} // namespace

std::function<QString(QWidget *, const QString &)> &ProductionsPage::packagePathChooser()
{
    static std::function<QString(QWidget *, const QString &)> chooser = choosePackagePath;
    return chooser;
}

std::function<QList<qint64>(QWidget *, RecordKind, const QString &)> &ProductionsPage::recordPicker()
{
    static std::function<QList<qint64>(QWidget *, RecordKind, const QString &)> picker = pickRecords;
    return picker;
}

ProductionsPage::ProductionsPage(const QString &catalogFolder, CatalogEditor *editor, QUndoStack *undo,
                                 QWidget *parent)
    : QWidget(parent)
    , m_folder(catalogFolder)
    , m_catalogEditor(editor)
    , m_undo(undo)
    , m_reader(new RecordReader(catalogFolder, this))
    , m_list(new QListWidget(this))
    , m_form(new QWidget(this))
    , m_empty(new QLabel(this))
    , m_title(new QLineEdit(m_form))
    , m_titleEn(new QLineEdit(m_form))
    , m_producer(new QLineEdit(m_form))
    , m_company(new QLineEdit(m_form))
    , m_start(new QLineEdit(m_form))
    , m_end(new QLineEdit(m_form))
    , m_needs(new QPlainTextEdit(m_form))
    , m_baseAddress(new QLineEdit(m_form))
    , m_base(new QLineEdit(m_form))
    , m_status(new QComboBox(m_form))
    , m_notes(new QPlainTextEdit(m_form))
    , m_candidates(new QTableWidget(0, 7, m_form))
    , m_experts(new QTableWidget(0, 3, m_form))
    , m_clips(new QLabel(m_form))
    , m_map(new MapView(m_form))
    , m_problem(new QLabel(m_form))
    , m_save(new QPushButton(tr("Save"), m_form))
    , m_revert(new QPushButton(tr("Revert"), m_form))
    , m_packageLanguage(new QComboBox(m_form))
    , m_packageButton(new QPushButton(tr("Export Scout Package…"), m_form))
{
    setObjectName(u"productionsPage"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    auto *splitter = new QSplitter(this);
    layout->addWidget(splitter);

    // Left: the productions.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *newButton = new QPushButton(tr("New Production"), left);
    newButton->setObjectName(u"newProduction"_s);
    connect(newButton, &QPushButton::clicked, this, &ProductionsPage::newProduction);
    m_list->setObjectName(u"productionList"_s);
    m_list->setAlternatingRowColors(true);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item || m_filling)
            return;
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        if (id == m_shownId)
            return;
        if (!saveEditor()) {
            Q_EMIT message(tr("Correct or revert the changes first."));
            return;
        }
        m_reader->loadProduction(id);
    });
    leftLayout->addWidget(newButton);
    leftLayout->addWidget(m_list, 1);
    splitter->addWidget(left);

    // Right: the production.
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *right = new QWidget(scroll);
    auto *rightLayout = new QVBoxLayout(right);
    m_empty->setText(tr("Choose a production, or make a new one for a producer's request."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    rightLayout->addWidget(m_empty, 1);
    rightLayout->addWidget(m_form);
    scroll->setWidget(right);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({ 260, 1000 });

    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    m_save->setToolTip(tr("Save the changes (Ctrl+S)"));
    auto *remove = new QPushButton(tr("Delete…"), m_form);
    m_packageLanguage->addItem(u"中文"_s, true);
    m_packageLanguage->addItem(u"English"_s, false);
    m_packageLanguage->setToolTip(tr("The language of the package, whatever the program's"));
    m_packageButton->setObjectName(u"exportPackage"_s);
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addWidget(remove);
    buttons->addStretch();
    buttons->addWidget(m_packageLanguage);
    buttons->addWidget(m_packageButton);
    formLayout->addLayout(buttons);
    m_problem->setStyleSheet(
        u"QLabel { color: #b03a2e; background: #fdecea; padding: 6px; border-radius: 4px; }"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    formLayout->addWidget(m_problem);
    auto *top = new QHBoxLayout;
    auto *fields = new QFormLayout;
    m_title->setObjectName(u"productionTitle"_s);
    m_base->setObjectName(u"productionBase"_s);
    m_company->setObjectName(u"productionCompany"_s);
    m_start->setPlaceholderText(tr("YYYY-MM-DD"));
    m_end->setPlaceholderText(tr("YYYY-MM-DD"));
    m_base->setPlaceholderText(tr("36.0671, 120.3826 (WGS-84)"));
    m_needs->setFixedHeight(m_needs->fontMetrics().lineSpacing() * 4 + 12);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_needs->setPlaceholderText(
        tr("What the production is looking for: a 1930s street near the sea, night scenes possible…"));
    m_status->addItem(tr("Open"), u"open"_s);
    m_status->addItem(tr("Closed"), u"closed"_s);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(u"–"_s, m_form));
    dates->addWidget(m_end);
    fields->addRow(tr("Title"), m_title);
    fields->addRow(tr("English title"), m_titleEn);
    fields->addRow(tr("Producer"), m_producer);
    fields->addRow(tr("Company"), m_company);
    fields->addRow(tr("Shooting dates"), dates);
    fields->addRow(tr("What is needed"), m_needs);
    fields->addRow(tr("Base address"), m_baseAddress);
    fields->addRow(tr("Base coordinates"), m_base);
    fields->addRow(tr("Status"), m_status);
    fields->addRow(tr("Notes"), m_notes);
    top->addLayout(fields, 3);
    m_map->setMinimumSize(320, 260);
    top->addWidget(m_map, 2);
    formLayout->addLayout(top);

    const auto heading = [&](const QString &text) {
        auto *label = new QLabel(text, m_form);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        label->setStyleSheet(u"QLabel { color: #1f4e79; margin-top: 10px; }"_s);
        formLayout->addWidget(label);
    };
    heading(tr("Candidate locations"));
    m_candidates->setObjectName(u"candidates"_s);
    m_candidates->setHorizontalHeaderLabels({ tr("No."), tr("Name"), tr("Category"), tr("City"),
                                              tr("From base"), tr("Status"),
                                              tr("Notes for this production") });
    m_candidates->verticalHeader()->hide();
    m_candidates->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_candidates->horizontalHeader()->setSectionResizeMode(NotesColumn, QHeaderView::Stretch);
    m_candidates->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_candidates->setMinimumHeight(200);
    connect(m_candidates, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            setDirty(true);
    });
    formLayout->addWidget(m_candidates);
    auto *candidateButtons = new QHBoxLayout;
    auto *addLocationsButton = new QPushButton(tr("Add Locations…"), m_form);
    auto *removeCandidate = new QPushButton(tr("Remove"), m_form);
    auto *up = new QPushButton(tr("Move Up"), m_form);
    auto *down = new QPushButton(tr("Move Down"), m_form);
    candidateButtons->addWidget(addLocationsButton);
    candidateButtons->addWidget(removeCandidate);
    candidateButtons->addWidget(up);
    candidateButtons->addWidget(down);
    candidateButtons->addStretch();
    formLayout->addLayout(candidateButtons);
    connect(addLocationsButton, &QPushButton::clicked, this,
            [this] { addCandidates(recordPicker()(this, RecordKind::Location, m_folder)); });
    connect(removeCandidate, &QPushButton::clicked, this, [this] {
        const int row = m_candidates->currentRow();
        if (row < 0)
            return;
        m_candidateRows.removeAt(row);
        m_candidates->removeRow(row);
        fillCandidates();
        setDirty(true);
    });
    const auto move = [this](int delta) {
        const int row = m_candidates->currentRow();
        const int to = row + delta;
        if (row < 0 || to < 0 || to >= m_candidates->rowCount())
            return;
        m_candidateRows.move(row, to); // the table is drawn again in this order, edits kept
        fillCandidates();
        m_candidates->setCurrentCell(to, NameColumn);
        setDirty(true);
    };
    connect(up, &QPushButton::clicked, this, [move] { move(-1); });
    connect(down, &QPushButton::clicked, this, [move] { move(1); });

    heading(tr("Experts suggested"));
    m_experts->setObjectName(u"productionExperts"_s);
    m_experts->setHorizontalHeaderLabels({ tr("Name"), tr("Organisation"), tr("Role for this production") });
    m_experts->verticalHeader()->hide();
    m_experts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_experts->setMaximumHeight(150);
    connect(m_experts, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            setDirty(true);
    });
    formLayout->addWidget(m_experts);
    auto *expertButtons = new QHBoxLayout;
    auto *addExperts = new QPushButton(tr("Add Experts…"), m_form);
    auto *removeExpert = new QPushButton(tr("Remove"), m_form);
    expertButtons->addWidget(addExperts);
    expertButtons->addWidget(removeExpert);
    expertButtons->addStretch();
    formLayout->addLayout(expertButtons);
    connect(addExperts, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = recordPicker()(this, RecordKind::Expert, m_folder);
        if (ids.isEmpty())
            return;
        QJsonObject current = production();
        QJsonArray experts = current.value("experts"_L1).toArray();
        for (const qint64 id : ids) {
            if (!std::any_of(m_expertRows.cbegin(), m_expertRows.cend(),
                             [id](const auto &e) { return e.id == id; }))
                experts.append(QJsonObject { { u"expert_id"_s, id } });
        }
        current.insert(u"experts"_s, experts);
        saveWhole(m_original, current); // saved at once: the new rows need their names
    });
    connect(removeExpert, &QPushButton::clicked, this, [this] {
        const int row = m_experts->currentRow();
        if (row < 0)
            return;
        m_expertRows.removeAt(row);
        m_experts->removeRow(row);
        setDirty(true);
    });
    heading(tr("Reference clips and photos"));
    auto *clipRow = new QHBoxLayout;
    clipRow->addWidget(m_clips, 1);
    auto *linkClips = new QPushButton(tr("Add the Clips and Photos Selected in the Library"), m_form);
    clipRow->addWidget(linkClips);
    auto *clearClips = new QPushButton(tr("Remove All"), m_form);
    clipRow->addWidget(clearClips);
    formLayout->addLayout(clipRow);
    connect(linkClips, &QPushButton::clicked, this, &ProductionsPage::linkSelectionRequested);
    connect(clearClips, &QPushButton::clicked, this, [this] {
        m_assetIds.clear();
        m_clips->setText(tr("None"));
        setDirty(true);
    });
    formLayout->addStretch();

    for (QLineEdit *edit :
         { m_title, m_titleEn, m_producer, m_company, m_start, m_end, m_baseAddress, m_base }) {
        connect(edit, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    }
    connect(m_base, &QLineEdit::textEdited, this, [this] {
        fillCandidates();
        updateMap();
    });
    for (QPlainTextEdit *edit : { m_needs, m_notes }) {
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_filling)
                setDirty(true);
        });
    }
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            setDirty(true);
    });
    connect(m_save, &QPushButton::clicked, this, &ProductionsPage::saveEditor);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (m_adding) {
            m_adding = false;
            m_form->hide();
            m_empty->show();
            setDirty(false);
            return;
        }
        if (m_shownId)
            m_reader->loadProduction(m_shownId);
        setDirty(false);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (!m_shownId)
            return;
        const QString title = m_title->text();
        if (QMessageBox::question(
                this, tr("Delete"),
                tr("Delete the production %1? Its locations, experts and clips stay. You can undo this.")
                    .arg(title))
            == QMessageBox::Yes)
            m_undo->push(EditCommands::removeProduction(m_catalogEditor, m_shownId, title));
    });
    connect(m_packageButton, &QPushButton::clicked, this,
            [this] { exportPackage(QString(), m_packageLanguage->currentData().toBool()); });
    connect(new QShortcut(QKeySequence::Save, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut),
            &QShortcut::activated, this, &ProductionsPage::saveEditor);

    connect(m_reader, &RecordReader::productionsLoaded, this, &ProductionsPage::onProductionsLoaded);
    connect(m_reader, &RecordReader::productionLoaded, this, &ProductionsPage::onProductionLoaded);
    m_form->hide();
    refresh();
}

ProductionsPage::~ProductionsPage() = default;

void ProductionsPage::refresh()
{
    m_reader->loadProductions();
    if (m_shownId && !m_dirty)
        m_reader->loadProduction(m_shownId);
}

void ProductionsPage::onProductionsLoaded(const QList<ProductionStore::Summary> &productions)
{
    m_filling = true;
    const qint64 keep = m_wantedId ? m_wantedId : m_shownId;
    m_list->clear();
    for (const ProductionStore::Summary &p : productions) {
        QStringList second;
        if (!p.producer.isEmpty())
            second.append(p.producer);
        if (!p.startDate.isEmpty())
            second.append(p.startDate);
        second.append(tr("%1 candidates, %2 chosen").arg(p.candidates).arg(p.chosen));
        auto *item = new QListWidgetItem(p.title + u'\n' + second.join(u"  ·  "_s), m_list);
        item->setData(Qt::UserRole, p.id);
        if (p.status == "closed"_L1)
            item->setForeground(QColor(0x6b, 0x72, 0x80));
        if (p.id == keep)
            m_list->setCurrentItem(item);
    }
    m_filling = false;
    if (m_wantedId) {
        m_reader->loadProduction(m_wantedId);
        m_wantedId = 0;
    }
}

void ProductionsPage::selectProduction(qint64 id)
{
    if (!saveEditor())
        return;
    m_wantedId = id;
    m_reader->loadProductions();
}

void ProductionsPage::onProductionLoaded(const ProductionDetails &details)
{
    if (m_dirty && details.id == m_shownId)
        return; // changes under way stay
    if (!details.failure.isEmpty()) {
        m_shownId = 0;
        m_form->hide();
        m_empty->show();
        return;
    }
    fill(details);
    Q_EMIT productionShown(details);
    // Locations waiting for this production (a new one has learnt its id by now).
    if (!m_pendingCandidates.isEmpty() && (m_pendingProduction == details.id || m_pendingProduction == 0)) {
        const QList<qint64> pending = std::exchange(m_pendingCandidates, {});
        m_pendingProduction = -1;
        addCandidates(pending);
    }
}

void ProductionsPage::fill(const ProductionDetails &details)
{
    m_filling = true;
    m_adding = false;
    m_shownId = details.id;
    m_original = details.production;
    const QJsonObject &p = details.production;
    m_title->setText(p.value("title"_L1).toString());
    m_titleEn->setText(p.value("title_en"_L1).toString());
    m_producer->setText(p.value("producer"_L1).toString());
    m_company->setText(p.value("company"_L1).toString());
    m_start->setText(p.value("start_date"_L1).toString());
    m_end->setText(p.value("end_date"_L1).toString());
    m_needs->setPlainText(p.value("needs"_L1).toString());
    m_baseAddress->setText(p.value("base_address"_L1).toString());
    const auto base = ProductionStore::base(p);
    m_base->setText(base ? Geo::format(*base) : QString());
    m_status->setCurrentIndex(std::max(0, m_status->findData(p.value("status"_L1).toString(u"open"_s))));
    m_notes->setPlainText(p.value("notes"_L1).toString());
    m_candidateRows = details.candidates;
    m_expertRows = details.experts;
    m_experts->setRowCount(0);
    const QJsonArray expertLinks = p.value("experts"_L1).toArray();
    for (const RecordStore::Summary &expert : details.experts) {
        const int row = m_experts->rowCount();
        m_experts->insertRow(row);
        auto *name = new QTableWidgetItem(expert.name());
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        auto *org = new QTableWidgetItem(expert.kindText);
        org->setFlags(org->flags() & ~Qt::ItemIsEditable);
        QString role;
        for (const QJsonValue &link : expertLinks) {
            if (link.toObject().value("expert_id"_L1).toInteger() == expert.id)
                role = link.toObject().value("role"_L1).toString();
        }
        m_experts->setItem(row, 0, name);
        m_experts->setItem(row, 1, org);
        m_experts->setItem(row, 2, new QTableWidgetItem(role));
    }
    m_assetIds.clear();
    for (const QJsonValue &id : p.value("asset_ids"_L1).toArray())
        m_assetIds.append(id.toInteger());
    QStringList names;
    for (const LinkedAsset &asset : details.assets)
        names.append(asset.name);
    m_clips->setText(names.isEmpty()
                         ? tr("None")
                         : tr("%n: %1", nullptr, int(names.size())).arg(names.mid(0, 8).join(u", "_s)));
    m_filling = false;
    fillCandidates();
    updateMap();
    m_empty->hide();
    m_form->show();
    m_problem->hide();
    setDirty(false);
}

void ProductionsPage::fillCandidates()
{
    // The rows keep their status and notes as edited; the table is drawn again from them.
    QHash<qint64, std::pair<QString, QString>> edited;
    for (int row = 0; row < m_candidates->rowCount() && row < m_candidateRows.size(); ++row) {
        const QTableWidgetItem *notes = m_candidates->item(row, NotesColumn);
        const auto *status = qobject_cast<QComboBox *>(m_candidates->cellWidget(row, StatusColumn));
        if (status)
            edited.insert(m_candidates->item(row, NameColumn)->data(Qt::UserRole).toLongLong(),
                          { status->currentData().toString(), notes ? notes->text() : QString() });
    }
    QHash<qint64, std::pair<QString, QString>> stored;
    for (const QJsonValue &item : m_original.value("candidates"_L1).toArray()) {
        const QJsonObject c = item.toObject();
        stored.insert(c.value("location_id"_L1).toInteger(),
                      { c.value("status"_L1).toString(u"proposed"_s), c.value("notes"_L1).toString() });
    }
    const bool filling = m_filling;
    m_filling = true;
    m_candidates->setRowCount(0);
    const auto base = Geo::parse(m_base->text());
    for (int row = 0; row < m_candidateRows.size(); ++row) {
        const RecordStore::Summary &summary = m_candidateRows.at(row);
        const auto values = edited.value(summary.id, stored.value(summary.id, { u"proposed"_s, QString() }));
        m_candidates->insertRow(row);
        const auto cell = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_candidates->setItem(row, column, item);
            return item;
        };
        cell(NumberColumn, QString::number(row + 1));
        cell(NameColumn, summary.name())->setData(Qt::UserRole, summary.id);
        cell(KindColumn, summary.kindText);
        cell(CityColumn, summary.city);
        cell(DistanceColumn,
             base && summary.position ? tr("%1 km").arg(Geo::distanceKm(*base, *summary.position), 0, 'f', 1)
                                      : QString());
        auto *status = new QComboBox(m_candidates);
        for (const QString &code : ProductionStore::candidateStatuses())
            status->addItem(candidateStatusName(code), code);
        status->setCurrentIndex(std::max(0, status->findData(values.first)));
        connect(status, &QComboBox::currentIndexChanged, this, [this] {
            setDirty(true);
            updateMap();
        });
        m_candidates->setCellWidget(row, StatusColumn, status);
        m_candidates->setItem(row, NotesColumn, new QTableWidgetItem(values.second));
    }
    m_filling = filling;
}

void ProductionsPage::updateMap()
{
    QList<MapPin> pins;
    for (int row = 0; row < m_candidateRows.size(); ++row) {
        const RecordStore::Summary &summary = m_candidateRows.at(row);
        if (!summary.position)
            continue;
        MapPin pin;
        pin.position = *summary.position;
        pin.id = summary.id;
        pin.label = QString::number(row + 1);
        const auto *status = qobject_cast<QComboBox *>(m_candidates->cellWidget(row, StatusColumn));
        const QString code = status ? status->currentData().toString() : QString();
        pin.color = code == "chosen"_L1 ? QColor(0x16, 0xa3, 0x4a)
            : code == "rejected"_L1     ? QColor(0x9c, 0xa3, 0xaf)
                                        : QColor(0xd9, 0x48, 0x2b);
        pins.append(pin);
    }
    if (const auto base = Geo::parse(m_base->text())) {
        MapPin pin;
        pin.position = *base;
        pin.label = tr("Base");
        pin.color = QColor(0x1f, 0x4e, 0x79);
        pin.square = true;
        pins.append(pin);
    }
    m_map->setPins(pins);
    m_map->fitToPins();
}

QJsonObject ProductionsPage::production() const
{
    QJsonObject p = m_original;
    const auto put = [&](const char *key, const QString &value) {
        if (value.trimmed().isEmpty())
            p.remove(QLatin1StringView(key));
        else
            p.insert(QLatin1StringView(key), value.trimmed());
    };
    put("title", m_title->text());
    put("title_en", m_titleEn->text());
    put("producer", m_producer->text());
    put("company", m_company->text());
    for (const auto &[key, edit] : { std::pair { "start_date", m_start }, std::pair { "end_date", m_end } }) {
        // Dates as people write them (2025/4/1, 2025年4月1日) become ISO dates.
        const QJsonObject normal =
            RecordSchema::normalized(RecordKind::Location, { { u"last_verified_at"_s, edit->text() } }, {});
        put(key, normal.value("last_verified_at"_L1).toString(edit->text()));
    }
    put("needs", m_needs->toPlainText());
    put("base_address", m_baseAddress->text());
    put("notes", m_notes->toPlainText());
    p.insert(u"status"_s, m_status->currentData().toString());
    p.remove(u"base_lat"_s);
    p.remove(u"base_lon"_s);
    if (const auto base = Geo::parse(m_base->text())) {
        p.insert(u"base_lat"_s, base->lat);
        p.insert(u"base_lon"_s, base->lon);
    } else if (!m_base->text().trimmed().isEmpty()) {
        p.insert(u"base_lat"_s, u"?"_s); // refused by validation, with its message
    }
    QJsonArray candidates;
    for (int row = 0; row < m_candidates->rowCount(); ++row) {
        const auto *status = qobject_cast<QComboBox *>(m_candidates->cellWidget(row, StatusColumn));
        QJsonObject c { { u"location_id"_s,
                          m_candidates->item(row, NameColumn)->data(Qt::UserRole).toLongLong() },
                        { u"status"_s, status ? status->currentData().toString() : u"proposed"_s } };
        if (const QTableWidgetItem *notes = m_candidates->item(row, NotesColumn);
            notes && !notes->text().trimmed().isEmpty())
            c.insert(u"notes"_s, notes->text().trimmed());
        candidates.append(c);
    }
    p.insert(u"candidates"_s, candidates);
    QJsonArray experts;
    for (int row = 0; row < m_experts->rowCount() && row < m_expertRows.size(); ++row) {
        QJsonObject e { { u"expert_id"_s, m_expertRows.at(row).id } };
        if (const QTableWidgetItem *role = m_experts->item(row, 2); role && !role->text().trimmed().isEmpty())
            e.insert(u"role"_s, role->text().trimmed());
        experts.append(e);
    }
    p.insert(u"experts"_s, experts);
    QJsonArray assets;
    for (const qint64 id : m_assetIds)
        assets.append(id);
    p.insert(u"asset_ids"_s, assets);
    return p;
}

bool ProductionsPage::saveWhole(const QJsonObject &before, const QJsonObject &after)
{
    // Checked here first, so that a mistake is shown on the form, not after the write.
    QString problem;
    if (after.value("title"_L1).toString().trimmed().isEmpty())
        problem = tr("A production needs a title.");
    else if (after.contains("base_lat"_L1) && !after.value("base_lat"_L1).isDouble())
        problem = tr("The base coordinates are not coordinates (for example 36.0671, 120.3826).");
    for (const char *key : { "start_date", "end_date" }) {
        const QString date = after.value(QLatin1StringView(key)).toString();
        if (!date.isEmpty() && !QDate::fromString(date, Qt::ISODate).isValid())
            problem = tr("\"%1\" is not a date (for example 2025-04-01).").arg(date);
    }
    if (problem.isEmpty() && !after.value("start_date"_L1).toString().isEmpty()
        && !after.value("end_date"_L1).toString().isEmpty()
        && after.value("end_date"_L1).toString() < after.value("start_date"_L1).toString())
        problem = tr("The shoot ends before it starts.");
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return false;
    }
    m_problem->hide();
    QPointer<ProductionsPage> self(this);
    const bool adding = m_adding;
    m_undo->push(EditCommands::saveProduction(
        m_catalogEditor, adding ? QJsonObject() : before, after,
        [self](qint64 id, const QString &savedAt) {
            if (!self)
                return;
            self->m_shownId = id;
            self->m_wantedId = id;
            self->m_original.insert(u"id"_s, id);
            self->m_original.insert(u"updated_at"_s, savedAt); // the next save's check
            self->m_reader->loadProductions();
        },
        [self, before, adding](const QString &error) {
            if (!self)
                return;
            // Back to what is stored; the form keeps what was typed, to correct and save again.
            self->m_original = adding ? QJsonObject() : before;
            self->m_adding = adding;
            self->setDirty(true);
            self->m_problem->setText(tr("Not saved: %1").arg(error));
            self->m_problem->show();
        },
        [self, after](const QJsonObject &theirs) {
            if (self)
                self->onChangedMeanwhile(after, theirs);
        }));
    m_original = after;
    m_adding = false;
    setDirty(false);
    return true;
}

void ProductionsPage::onChangedMeanwhile(const QJsonObject &mine, const QJsonObject &theirs)
{
    // What differs, in the form's words: theirs, then yours.
    static const std::pair<const char *, const char *> kFields[] = {
        { "title", QT_TR_NOOP("Title") },
        { "title_en", QT_TR_NOOP("English title") },
        { "producer", QT_TR_NOOP("Producer") },
        { "company", QT_TR_NOOP("Company") },
        { "start_date", QT_TR_NOOP("Shooting dates") },
        { "end_date", QT_TR_NOOP("Shooting dates") },
        { "needs", QT_TR_NOOP("What is needed") },
        { "base_address", QT_TR_NOOP("Base address") },
        { "base_lat", QT_TR_NOOP("Base coordinates") },
        { "base_lon", QT_TR_NOOP("Base coordinates") },
        { "status", QT_TR_NOOP("Status") },
        { "notes", QT_TR_NOOP("Notes") },
        { "candidates", QT_TR_NOOP("Candidate locations") },
        { "experts", QT_TR_NOOP("Experts suggested") },
        { "asset_ids", QT_TR_NOOP("Reference clips and photos") },
    };
    const auto shown = [this](const QJsonValue &value) {
        if (value.isArray())
            return tr("%n item(s)", nullptr, int(value.toArray().size()));
        const QString text = value.isDouble() ? QString::number(value.toDouble(), 'g', 10) : value.toString();
        return text.isEmpty() ? tr("(empty)") : u"“"_s + text.left(80) + u"”"_s;
    };
    QStringList differences;
    for (const auto &[key, label] : kFields) {
        const QLatin1StringView field(key);
        if (mine.value(field) == theirs.value(field))
            continue;
        differences.append(tr("%1: theirs %2, yours %3")
                               .arg(tr(label), shown(theirs.value(field)), shown(mine.value(field))));
    }
    differences.removeDuplicates();
    const bool yours = Dialogs::saveYoursOverTheirs(
        this, m_problem->text(), differences.isEmpty() ? tr("The same as yours.") : differences.join(u'\n'));
    m_problem->hide();
    if (yours) {
        saveWhole(theirs, mine); // checked against theirs now
        return;
    }
    setDirty(false); // theirs, shown
    m_reader->loadProduction(theirs.value("id"_L1).toInteger());
}

bool ProductionsPage::saveEditor()
{
    if (!m_dirty)
        return true;
    return saveWhole(m_original, production());
}

void ProductionsPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (!readOnly)
        return;
    QList<QWidget *> keep { m_packageButton };
    for (MapView *map : m_form->findChildren<MapView *>())
        keep.append(map); // its own zoom and layer buttons
    ReadOnly::apply(m_form, keep);
    if (auto *newButton = findChild<QWidget *>(u"newProduction"_s))
        newButton->hide();
}

void ProductionsPage::newProduction()
{
    if (m_readOnly)
        return;
    if (!saveEditor())
        return;
    ProductionDetails blank;
    fill(blank);
    m_shownId = 0;
    m_adding = true;
    m_original = {};
    m_list->setCurrentItem(nullptr);
    m_title->setFocus();
    setDirty(true);
}

void ProductionsPage::addCandidates(const QList<qint64> &locationIds)
{
    if (locationIds.isEmpty())
        return;
    if (!m_shownId && !m_adding) {
        Q_EMIT message(tr("Choose or make a production first."));
        return;
    }
    QJsonObject current = production();
    QJsonArray candidates = current.value("candidates"_L1).toArray();
    for (const qint64 id : locationIds) {
        if (std::none_of(candidates.cbegin(), candidates.cend(), [id](const QJsonValue &c) {
                return c.toObject().value("location_id"_L1).toInteger() == id;
            }))
            candidates.append(QJsonObject { { u"location_id"_s, id }, { u"status"_s, u"proposed"_s } });
    }
    current.insert(u"candidates"_s, candidates);
    // Saved at once: the new rows need their names from the catalog.
    saveWhole(m_original, current);
}

void ProductionsPage::addCandidatesAsking(const QList<qint64> &locationIds)
{
    if (m_list->count() == 0) {
        newProduction();
        m_pendingProduction = 0;
        m_pendingCandidates = locationIds;
        Q_EMIT message(tr("Give the new production a title and save it; the locations are added then."));
        return;
    }
    QStringList titles;
    int current = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        // With the id: two productions may have the same title.
        titles.append(u"%1  #%2"_s.arg(m_list->item(i)->text().section(u'\n', 0, 0))
                          .arg(m_list->item(i)->data(Qt::UserRole).toLongLong()));
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == m_shownId)
            current = i;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Add to a Production"), tr("Add %n location(s) to:", nullptr, int(locationIds.size())),
        titles, current, false, &ok);
    if (!ok)
        return;
    const qint64 id =
        m_list->item(int(std::max<qsizetype>(0, titles.indexOf(chosen))))->data(Qt::UserRole).toLongLong();
    if (id == m_shownId && !m_dirty) {
        addCandidates(locationIds);
        return;
    }
    if (!saveEditor()) {
        Q_EMIT message(tr("Correct or revert the changes first."));
        return;
    }
    m_pendingProduction = id;
    m_pendingCandidates = locationIds;
    selectProduction(id);
}

void ProductionsPage::addClips(const QList<qint64> &assetIds)
{
    if (!m_shownId || assetIds.isEmpty())
        return;
    for (const qint64 id : assetIds) {
        if (!m_assetIds.contains(id))
            m_assetIds.append(id);
    }
    saveWhole(m_original, production());
}

void ProductionsPage::exportPackage(const QString &given, bool chinese)
{
    if (!m_shownId || !saveEditor())
        return;
    const QString path = given.isEmpty() ? packagePathChooser()(this, m_title->text() + u".pdf"_s) : given;
    if (path.isEmpty())
        return;
    m_packageButton->setEnabled(false);
    m_packageButton->setText(tr("Writing the package…"));
    const QString folder = m_folder;
    const qint64 id = m_shownId;
    const QString office = m_office;
    struct Outcome
    {
        int pages = 0;
        QString error;
        QStringList notes;
    };
    auto *watcher = new QFutureWatcher<Outcome>(this);
    const bool open = given.isEmpty(); // chosen by the user just now: show it
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, open] {
        watcher->deleteLater();
        const Outcome outcome = watcher->result();
        m_packageButton->setEnabled(true);
        m_packageButton->setText(tr("Export Scout Package…"));
        Q_EMIT packageWritten(path, outcome.pages, outcome.error);
        if (!outcome.error.isEmpty()) {
            QMessageBox::warning(this, tr("Cannot Write the Package"), outcome.error);
            return;
        }
        Q_EMIT message(tr("Wrote %1 (%n page(s))", nullptr, outcome.pages).arg(path)
                       + (outcome.notes.isEmpty() ? QString() : u"  ·  "_s + outcome.notes.join(u"; "_s)));
        if (open)
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    });
    // Written after the writer has committed what was just saved.
    m_catalogEditor->write(
        [](CatalogSession &, QString &) { return true; }, CatalogEditor::Change::Productions,
        [watcher, folder, id, chinese, path, office] {
            watcher->setFuture(QtConcurrent::run([folder, id, chinese, path, office] {
                Outcome outcome;
                CatalogSession session(folder, true);
                if (!session.isOpen()) {
                    outcome.error = session.error();
                    return outcome;
                }
                ScoutPackage::Options options;
                options.productionId = id;
                options.chinese = chinese;
                options.office = office;
                outcome.pages =
                    ScoutPackage::write(session, options, path, outcome.error, &outcome.notes).value_or(0);
                return outcome;
            }));
        });
}

void ProductionsPage::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
}
