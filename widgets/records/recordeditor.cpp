#include "recordeditor.h"

#include "assetlistmodel.h"
#include "dragpayload.h"
#include "posterloader.h"
#include "readonly.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

using Type = RecordField::Type;

const QStringList kContactColumns { u"name"_s,  u"role"_s,   u"phone"_s,
                                    u"email"_s, u"wechat"_s, u"confidential"_s };

QString listText(const QJsonValue &value)
{
    QStringList items;
    for (const QJsonValue &item : value.toArray())
        items.append(item.toString());
    return items.join(u"; "_s);
}

QString numberText(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toDouble(), 'g', 12) : value.toString();
}

const char *const kProblemStyle = "border: 1px solid #c0392b;";

} // namespace

RecordEditor::RecordEditor(const QString &catalogFolder, QWidget *parent)
    : QWidget(parent)
    , m_folder(catalogFolder)
    , m_layout(new QVBoxLayout(this))
    , m_title(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
    , m_remove(new QPushButton(tr("Delete…"), this))
{
    m_layout->setContentsMargins(10, 8, 10, 8);
    setMinimumWidth(340);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(
        u"QLabel { color: #b03a2e; background: #fdecea; padding: 6px; border-radius: 4px; }"_s);
    m_problems->hide();
    auto *buttons = new QHBoxLayout;
    m_save->setDefault(true);
    m_save->setToolTip(tr("Save the changes (Ctrl+S)"));
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch();
    buttons->addWidget(m_remove);
    m_layout->addWidget(m_title);
    m_layout->addLayout(buttons);
    m_layout->addWidget(m_problems);
    connect(m_save, &QPushButton::clicked, this, &RecordEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &RecordEditor::revert);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (recordId() > 0)
            Q_EMIT removeRequested(m_kind, recordId(), RecordSchema::displayName(m_original));
    });
    connect(new QShortcut(QKeySequence::Save, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut),
            &QShortcut::activated, this, &RecordEditor::save);
    if (!m_folder.isEmpty()) {
        m_posters = PosterLoader::forCatalog(m_folder);
        connect(m_posters.get(), &PosterLoader::loaded, this, &RecordEditor::onPosterLoaded);
    }
    clear(RecordKind::Location);
}

RecordEditor::~RecordEditor() = default;

void RecordEditor::setChoices(RecordKind kind, const QHash<QString, QList<RecordChoice>> &choices)
{
    if (kind != m_kind)
        return;
    m_choices = choices;
    // Choice boxes fill from the catalog's tables.
    for (const RecordField &field : RecordSchema::fields(kind)) {
        auto *box = qobject_cast<QComboBox *>(m_inputs.value(field.key));
        if (!box || field.key == "setting"_L1 || field.key == "status"_L1)
            continue;
        const QString current = box->currentData().toString();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(QString(), QString());
        for (const RecordChoice &choice : choices.value(field.key))
            box->addItem(choice.name(), choice.code);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    }
}

void RecordEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    applyReadOnly();
}

void RecordEditor::applyReadOnly()
{
    if (!m_readOnly)
        return;
    if (m_form)
        ReadOnly::apply(m_form);
    for (QWidget *button : std::initializer_list<QWidget *> { m_save, m_revert, m_remove })
        button->hide();
}

void RecordEditor::build(RecordKind kind)
{
    if (m_built && kind == m_kind)
        return;
    m_kind = kind;
    m_built = true;
    delete m_form;
    m_inputs.clear();
    m_locks.clear();
    m_rowLabels.clear();
    m_coordinates = nullptr;
    m_datum = nullptr;
    m_coordinateEcho = nullptr;
    m_useGps = nullptr;
    m_contacts = nullptr;
    m_assetsBox = nullptr;
    m_assets = nullptr;
    m_nearby = nullptr;
    m_form = new QWidget(this);
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_form, 1);

    const auto changed = [this] {
        if (!m_filling)
            setDirty(true);
    };
    QString section;
    QFormLayout *rows = nullptr;
    const auto sectionHeader = [&](const QString &text) {
        auto *header = new QLabel(text, m_form);
        QFont font = header->font();
        font.setBold(true);
        header->setFont(font);
        header->setStyleSheet(u"QLabel { color: #1f4e79; margin-top: 10px; }"_s);
        formLayout->addWidget(header);
        rows = new QFormLayout;
        rows->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        rows->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
        formLayout->addLayout(rows);
    };
    for (const RecordField &field : RecordSchema::fields(kind)) {
        if (field.sectionText() != section) {
            section = field.sectionText();
            sectionHeader(section);
        }
        if (field.key == "lon"_L1)
            continue; // one coordinates row for both
        QWidget *input = nullptr;
        QWidget *row = nullptr;
        if (field.key == "lat"_L1) {
            auto *box = new QWidget(m_form);
            auto *layout = new QGridLayout(box);
            layout->setContentsMargins(0, 0, 0, 0);
            m_coordinates = new QLineEdit(box);
            m_coordinates->setObjectName(u"coordinates"_s);
            m_coordinates->setPlaceholderText(tr("36.0671, 120.3826 — or paste from a map app"));
            m_datum = new QComboBox(box);
            m_datum->setObjectName(u"datum"_s);
            m_datum->addItem(u"WGS-84"_s, int(Geo::Datum::Wgs84));
            m_datum->addItem(tr("GCJ-02 (AMap, Tencent)"), int(Geo::Datum::Gcj02));
            m_datum->addItem(tr("BD-09 (Baidu)"), int(Geo::Datum::Bd09));
            m_datum->setToolTip(
                tr("The coordinates as this kind of map shows them; they are stored as WGS-84 (GPS)"));
            auto *copy = new QToolButton(box);
            copy->setText(tr("Copy"));
            copy->setPopupMode(QToolButton::InstantPopup);
            auto *menu = new QMenu(copy);
            for (const Geo::Datum datum : { Geo::Datum::Wgs84, Geo::Datum::Gcj02, Geo::Datum::Bd09 }) {
                menu->addAction(tr("Copy as %1").arg(Geo::datumName(datum)), this, [this, datum] {
                    if (m_position)
                        QApplication::clipboard()->setText(
                            Geo::format(Geo::convert(*m_position, Geo::Datum::Wgs84, datum)));
                });
                menu->addAction(tr("Copy for map apps as %1 (longitude first)").arg(Geo::datumName(datum)),
                                this, [this, datum] {
                                    if (!m_position)
                                        return;
                                    const Geo::LatLon p = Geo::convert(*m_position, Geo::Datum::Wgs84, datum);
                                    QApplication::clipboard()->setText(
                                        u"%1,%2"_s.arg(p.lon, 0, 'f', 6).arg(p.lat, 0, 'f', 6));
                                });
            }
            copy->setMenu(menu);
            m_coordinateEcho = new QLabel(box);
            m_coordinateEcho->setObjectName(u"coordinateEcho"_s);
            m_coordinateEcho->setStyleSheet(u"QLabel { color: #6b7280; }"_s);
            m_coordinateEcho->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_useGps = new QPushButton(box);
            m_useGps->hide();
            // Two lines: the coordinates, then in which datum they are written and Copy; the editor
            // is narrow.
            layout->addWidget(m_coordinates, 0, 0, 1, 2);
            layout->addWidget(m_datum, 1, 0);
            layout->addWidget(copy, 1, 1);
            layout->setColumnStretch(0, 1);
            layout->addWidget(m_coordinateEcho, 2, 0, 1, 2);
            layout->addWidget(m_useGps, 3, 0, 1, 2);
            m_coordinateEcho->setWordWrap(true);
            const auto readTyped = [this] {
                const QString text = m_coordinates->text().trimmed();
                const auto datum = Geo::Datum(m_datum->currentData().toInt());
                const auto parsed = datum == Geo::Datum::Wgs84 ? Geo::parse(text) : Geo::parseInChina(text);
                m_position =
                    parsed ? std::optional(Geo::convert(*parsed, datum, Geo::Datum::Wgs84)) : std::nullopt;
                updateCoordinateEcho();
            };
            connect(m_coordinates, &QLineEdit::textEdited, this, [this, changed, readTyped] {
                m_typedSinceDatum = true;
                readTyped();
                changed();
            });
            connect(m_datum, &QComboBox::currentIndexChanged, this, [this, readTyped] {
                // Numbers typed or pasted just now are in the datum chosen after them (paste from
                // AMap, then say "GCJ-02"); otherwise the same place is shown in the new datum.
                if (m_typedSinceDatum) {
                    readTyped();
                    return;
                }
                if (m_position) {
                    const QSignalBlocker block(m_coordinates);
                    m_coordinates->setText(Geo::format(Geo::convert(
                        *m_position, Geo::Datum::Wgs84, Geo::Datum(m_datum->currentData().toInt()))));
                }
                updateCoordinateEcho();
            });
            connect(m_useGps, &QPushButton::clicked, this, [this, changed] {
                if (!m_suggestedPosition)
                    return;
                m_position = m_suggestedPosition;
                m_typedSinceDatum = false;
                m_datum->setCurrentIndex(0);
                m_coordinates->setText(Geo::format(*m_position));
                updateCoordinateEcho();
                changed();
            });
            input = m_coordinates;
            row = box;
            auto *label = new QLabel(tr("Coordinates"), m_form);
            m_rowLabels.insert(field.key, label);
            rows->addRow(label, row);
            m_inputs.insert(field.key, input);
            continue;
        }
        switch (field.type) {
        case Type::Text:
        case Type::Number:
        case Type::Date:
        case Type::List: {
            auto *edit = new QLineEdit(m_form);
            edit->setMinimumWidth(80);
            if (field.type == Type::Date)
                edit->setPlaceholderText(tr("YYYY-MM-DD"));
            else if (field.type == Type::List)
                edit->setPlaceholderText(tr("several, separated by ; or ,"));
            else if (field.type == Type::Number && !field.unit.isEmpty())
                edit->setPlaceholderText(field.unit);
            connect(edit, &QLineEdit::textEdited, this, changed);
            input = edit;
            break;
        }
        case Type::LongText: {
            auto *edit = new QPlainTextEdit(m_form);
            edit->setTabChangesFocus(true);
            edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
            connect(edit, &QPlainTextEdit::textChanged, this, changed);
            input = edit;
            break;
        }
        case Type::Bool: {
            auto *check = new QCheckBox(m_form);
            connect(check, &QCheckBox::toggled, this, changed);
            input = check;
            break;
        }
        case Type::Choice: {
            auto *box = new QComboBox(m_form);
            box->addItem(QString(), QString());
            const QList<RecordChoice> fixed = field.key == "setting"_L1 ? RecordSchema::settings()
                : field.key == "status"_L1                              ? RecordSchema::statuses()
                                                                        : m_choices.value(field.key);
            for (const RecordChoice &choice : fixed)
                box->addItem(choice.name(), choice.code);
            if (field.key == "status"_L1)
                box->removeItem(0); // always one
            connect(box, &QComboBox::currentIndexChanged, this, changed);
            input = box;
            break;
        }
        case Type::Contacts: {
            auto *box = new QWidget(m_form);
            auto *layout = new QVBoxLayout(box);
            layout->setContentsMargins(0, 0, 0, 0);
            m_contacts = new QTableWidget(0, int(kContactColumns.size()), box);
            m_contacts->setObjectName(u"contacts"_s);
            m_contacts->setHorizontalHeaderLabels(
                { tr("Name"), tr("Role"), tr("Phone"), tr("E-mail"), tr("WeChat"), tr("Confidential") });
            m_contacts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
            m_contacts->horizontalHeader()->setSectionResizeMode(5, QHeaderView::ResizeToContents);
            m_contacts->verticalHeader()->hide();
            m_contacts->setMinimumHeight(110);
            m_contacts->setToolTip(
                tr("Confidential contacts stay in the catalog: exports and scout packages leave them out"));
            connect(m_contacts, &QTableWidget::itemChanged, this, changed);
            auto *add = new QPushButton(tr("Add Contact"), box);
            auto *remove = new QPushButton(tr("Remove Contact"), box);
            connect(add, &QPushButton::clicked, this, [this, changed] {
                const int added = m_contacts->rowCount();
                m_contacts->insertRow(added);
                auto *secret = new QTableWidgetItem;
                secret->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                secret->setCheckState(Qt::Checked);
                m_contacts->setItem(added, 5, secret);
                auto *name = new QTableWidgetItem;
                m_contacts->setItem(added, 0, name);
                m_contacts->setCurrentCell(added, 0);
                m_contacts->editItem(name);
                changed();
            });
            connect(remove, &QPushButton::clicked, this, [this, changed] {
                if (m_contacts->currentRow() >= 0) {
                    m_contacts->removeRow(m_contacts->currentRow());
                    changed();
                }
            });
            auto *buttons = new QHBoxLayout;
            buttons->addWidget(add);
            buttons->addWidget(remove);
            buttons->addStretch();
            layout->addWidget(m_contacts);
            layout->addLayout(buttons);
            formLayout->addWidget(box);
            m_inputs.insert(field.key, m_contacts);
            continue;
        }
        }
        input->setObjectName(field.key);
        row = input;
        if (field.confidential || (field.type == Type::Number && !field.unit.isEmpty())) {
            auto *box = new QWidget(m_form);
            auto *layout = new QHBoxLayout(box);
            layout->setContentsMargins(0, 0, 0, 0);
            layout->addWidget(input, 1);
            if (field.type == Type::Number && !field.unit.isEmpty())
                layout->addWidget(new QLabel(field.unit, box));
            if (field.confidential) {
                auto *lock = new QToolButton(box);
                lock->setObjectName(field.key + u"Confidential"_s);
                lock->setCheckable(true);
                lock->setText(tr("Confidential"));
                lock->setToolTip(tr("Kept out of exports and scout packages"));
                lock->setStyleSheet(u"QToolButton:checked { background: #fdecea; color: #b03a2e; }"_s);
                connect(lock, &QToolButton::toggled, this, changed);
                layout->addWidget(lock);
                m_locks.insert(field.key, lock);
            }
            row = box;
        }
        auto *label = new QLabel(field.labelText(), m_form);
        m_rowLabels.insert(field.key, label);
        rows->addRow(label, row);
        m_inputs.insert(field.key, input);
    }

    if (kind == RecordKind::Location) {
        // The clips and photos of the place, and those shot near it.
        m_assetsBox = new QWidget(m_form);
        auto *layout = new QVBoxLayout(m_assetsBox);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *header = new QLabel(tr("Clips and photos"), m_assetsBox);
        QFont font = header->font();
        font.setBold(true);
        header->setFont(font);
        header->setStyleSheet(u"QLabel { color: #1f4e79; margin-top: 10px; }"_s);
        layout->addWidget(header);
        m_assets = new QListWidget(m_assetsBox);
        m_assets->setObjectName(u"linkedAssets"_s);
        m_assets->setViewMode(QListView::IconMode);
        m_assets->setIconSize(QSize(128, 72));
        m_assets->setGridSize(QSize(140, 100));
        m_assets->setFixedHeight(118);
        m_assets->setFlow(QListView::LeftToRight);
        m_assets->setWrapping(false);
        m_assets->setSelectionMode(QAbstractItemView::ExtendedSelection);
        m_assets->setContextMenuPolicy(Qt::CustomContextMenu);
        // Clips and photos dragged from the library onto the list are linked to the location.
        m_assets->setAcceptDrops(true);
        m_assets->viewport()->setAcceptDrops(true);
        m_assetsViewport = m_assets->viewport();
        m_assetsViewport->installEventFilter(this);
        m_assets->setToolTip(
            tr("Drag clips and photos here from the library, or files and folders from the file "
               "manager (they are imported), to link them"));
        connect(m_assets, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            Q_EMIT assetActivated(item->data(Qt::UserRole).toLongLong());
        });
        connect(m_assets, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
            QListWidgetItem *item = m_assets->itemAt(pos);
            if (!item || recordId() <= 0)
                return;
            QMenu menu;
            const qint64 asset = item->data(Qt::UserRole).toLongLong();
            menu.addAction(tr("Use as Cover"), this,
                           [this, asset] { Q_EMIT coverRequested(recordId(), asset); });
            menu.addAction(tr("Show in the Library"), this, [this, asset] { Q_EMIT assetActivated(asset); });
            menu.addAction(tr("Unlink from This Location"), this, [this] {
                QList<qint64> ids;
                for (QListWidgetItem *selected : m_assets->selectedItems())
                    ids.append(selected->data(Qt::UserRole).toLongLong());
                Q_EMIT assetsLinkRequested(recordId(), ids, false);
            });
            menu.exec(m_assets->viewport()->mapToGlobal(pos));
        });
        layout->addWidget(m_assets);
        auto *linkSelection =
            new QPushButton(tr("Link the Clips and Photos Selected in the Library"), m_assetsBox);
        linkSelection->setObjectName(u"linkSelection"_s);
        connect(linkSelection, &QPushButton::clicked, this, [this] {
            if (recordId() > 0)
                Q_EMIT linkSelectionRequested(recordId());
        });
        layout->addWidget(linkSelection, 0, Qt::AlignLeft);
        auto *nearbyRow = new QHBoxLayout;
        m_nearbyLabel = new QLabel(tr("Shot within (by GPS), not linked yet:"), m_assetsBox);
        m_nearbyLabel->setStyleSheet(u"QLabel { color: #6b7280; }"_s);
        auto *radius = new QDoubleSpinBox(m_assetsBox);
        radius->setObjectName(u"nearbyRadius"_s);
        radius->setRange(0.1, 50);
        radius->setDecimals(1);
        radius->setSingleStep(0.5);
        radius->setValue(1.0);
        radius->setSuffix(tr(" km"));
        connect(radius, &QDoubleSpinBox::valueChanged, this, &RecordEditor::nearbyRadiusChanged);
        nearbyRow->addWidget(m_nearbyLabel);
        nearbyRow->addWidget(radius);
        nearbyRow->addStretch();
        layout->addLayout(nearbyRow);
        m_nearby = new QListWidget(m_assetsBox);
        m_nearby->setObjectName(u"nearbyAssets"_s);
        m_nearby->setViewMode(QListView::IconMode);
        m_nearby->setIconSize(QSize(96, 54));
        m_nearby->setGridSize(QSize(112, 84));
        m_nearby->setFixedHeight(100);
        m_nearby->setFlow(QListView::LeftToRight);
        m_nearby->setWrapping(false);
        m_nearby->setSelectionMode(QAbstractItemView::ExtendedSelection);
        layout->addWidget(m_nearby);
        auto *linkNearby = new QPushButton(tr("Link These"), m_assetsBox);
        linkNearby->setObjectName(u"linkNearby"_s);
        linkNearby->setToolTip(tr("Link the selected suggestions (or all of them) to this location"));
        connect(linkNearby, &QPushButton::clicked, this, [this] {
            QList<qint64> ids;
            const QList<QListWidgetItem *> chosen = m_nearby->selectedItems();
            for (int i = 0; i < m_nearby->count(); ++i) {
                if (chosen.isEmpty() || chosen.contains(m_nearby->item(i)))
                    ids.append(m_nearby->item(i)->data(Qt::UserRole).toLongLong());
            }
            if (!ids.isEmpty() && recordId() > 0)
                Q_EMIT assetsLinkRequested(recordId(), ids, true);
        });
        layout->addWidget(linkNearby, 0, Qt::AlignLeft);
        formLayout->addWidget(m_assetsBox);
    }
    if (kind == RecordKind::Expert) {
        auto *header = new QLabel(tr("Photo"), m_form);
        QFont font = header->font();
        font.setBold(true);
        header->setFont(font);
        header->setStyleSheet(u"QLabel { color: #1f4e79; margin-top: 10px; }"_s);
        formLayout->addWidget(header);
        auto *row = new QHBoxLayout;
        m_photo = new QLabel(m_form);
        m_photo->setObjectName(u"expertPhoto"_s);
        m_photo->setFixedSize(160, 120);
        m_photo->setAlignment(Qt::AlignCenter);
        m_photo->setStyleSheet(u"QLabel { background: #f3f4f6; color: #6b7280; }"_s);
        auto *buttons = new QVBoxLayout;
        auto *use = new QPushButton(tr("Use the Photo Selected in the Library"), m_form);
        use->setObjectName(u"usePhoto"_s);
        connect(use, &QPushButton::clicked, this, [this] {
            if (recordId() > 0)
                Q_EMIT photoSelectionRequested(recordId());
        });
        auto *none = new QPushButton(tr("No Photo"), m_form);
        connect(none, &QPushButton::clicked, this, [this] { setPhoto(0); });
        buttons->addWidget(use);
        buttons->addWidget(none);
        buttons->addStretch();
        row->addWidget(m_photo);
        row->addLayout(buttons);
        row->addStretch();
        formLayout->addLayout(row);
    }
    formLayout->addStretch();
    // One label column for every section.
    int widest = 0;
    for (QLabel *label : std::as_const(m_rowLabels))
        widest = std::max(widest, label->sizeHint().width());
    for (QLabel *label : std::as_const(m_rowLabels)) {
        label->setMinimumWidth(widest);
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
}

void RecordEditor::clear(RecordKind kind)
{
    build(kind);
    m_empty = true;
    m_original = {};
    m_title->setText(tr("Nothing selected"));
    m_form->hide();
    m_save->hide();
    m_revert->hide();
    m_remove->hide();
    m_problems->hide();
    setDirty(false);
}

void RecordEditor::startNew(RecordKind kind, const QJsonObject &initial)
{
    build(kind);
    m_empty = false;
    m_original = {};
    m_title->setText(tr("New %1").arg(RecordSchema::kindName(kind)));
    fill(initial);
    if (m_assetsBox)
        m_assetsBox->hide();
    m_remove->hide();
    setDirty(true);
    if (auto *name = m_inputs.value(u"name_zh"_s))
        name->setFocus();
}

void RecordEditor::setDetails(const RecordDetails &details)
{
    build(details.kind);
    if (!details.choices.isEmpty())
        setChoices(details.kind, details.choices);
    m_empty = false;
    m_original = details.record;
    m_title->setText(RecordSchema::displayName(details.record));
    fill(details.record);
    m_remove->show();
    fillAssets(details);
    setDirty(false);
    applyReadOnly();
}

void RecordEditor::fill(const QJsonObject &record)
{
    m_filling = true;
    m_form->show();
    m_save->show();
    m_revert->show();
    m_problems->hide();
    for (QWidget *input : std::as_const(m_inputs))
        input->setStyleSheet(QString());
    const QStringList confidential = [&] {
        if (!record.contains("confidential"_L1))
            return RecordSchema::defaultConfidential(m_kind);
        QStringList keys;
        for (const QJsonValue &key : record.value("confidential"_L1).toArray())
            keys.append(key.toString());
        return keys;
    }();
    for (const RecordField &field : RecordSchema::fields(m_kind)) {
        QWidget *input = m_inputs.value(field.key);
        const QJsonValue value = record.value(field.key);
        if (auto *edit = qobject_cast<QLineEdit *>(input); edit && edit != m_coordinates) {
            edit->setText(field.type == Type::List         ? listText(value)
                              : field.type == Type::Number ? numberText(value)
                                                           : value.toString());
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(input)) {
            text->setPlainText(value.toString());
        } else if (auto *check = qobject_cast<QCheckBox *>(input)) {
            check->setChecked(value.toBool());
        } else if (auto *box = qobject_cast<QComboBox *>(input)) {
            const int at = box->findData(value.toString());
            box->setCurrentIndex(at >= 0 ? at : (field.key == "status"_L1 ? box->findData(u"review"_s) : 0));
        }
        if (QToolButton *lock = m_locks.value(field.key))
            lock->setChecked(confidential.contains(field.key));
    }
    if (m_coordinates) {
        m_typedSinceDatum = false;
        m_position.reset();
        if (record.value("lat"_L1).isDouble() && record.value("lon"_L1).isDouble())
            m_position = Geo::LatLon { record.value("lat"_L1).toDouble(), record.value("lon"_L1).toDouble() };
        const QSignalBlocker block(m_datum);
        m_datum->setCurrentIndex(0);
        m_coordinates->setText(m_position ? Geo::format(*m_position) : QString());
        m_suggestedPosition.reset();
        updateCoordinateEcho();
    }
    if (m_contacts) {
        m_contacts->setRowCount(0);
        for (const QJsonValue &item : record.value("contacts"_L1).toArray()) {
            const QJsonObject contact = item.toObject();
            const int row = m_contacts->rowCount();
            m_contacts->insertRow(row);
            for (int column = 0; column < kContactColumns.size() - 1; ++column)
                m_contacts->setItem(
                    row, column, new QTableWidgetItem(contact.value(kContactColumns.at(column)).toString()));
            auto *secret = new QTableWidgetItem;
            secret->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            secret->setCheckState(contact.value("confidential"_L1).toBool(true) ? Qt::Checked
                                                                                : Qt::Unchecked);
            m_contacts->setItem(row, 5, secret);
            // What the table has no column for (address, notes) rides along with the row.
            m_contacts->item(row, 0)->setData(Qt::UserRole, contact);
        }
    }
    m_filling = false;
}

void RecordEditor::setPhoto(qint64 assetId)
{
    if (!m_photo)
        return;
    m_photoAsset = assetId;
    m_photoHash.clear();
    m_photo->setPixmap(QPixmap());
    m_photo->setText(assetId > 0 ? tr("Photo chosen: save to keep it") : tr("No photo"));
    setDirty(true);
}

void RecordEditor::fillAssets(const RecordDetails &details)
{
    if (m_photo) {
        m_photoAsset = details.record.value("photo_asset_id"_L1).toInteger(0);
        m_photo->setPixmap(QPixmap());
        m_photo->setText(tr("No photo"));
        m_photoHash = details.assets.isEmpty() ? QString() : details.assets.first().contentHash;
        if (!m_photoHash.isEmpty())
            askForPoster(m_photoHash);
    }
    if (!m_assets)
        return;
    m_assetsBox->setVisible(details.kind == RecordKind::Location);
    m_assets->clear();
    m_nearby->clear();
    const auto add = [this](QListWidget *list, const LinkedAsset &asset) {
        auto *item = new QListWidgetItem(asset.name, list);
        item->setData(Qt::UserRole, asset.id);
        item->setData(Qt::UserRole + 1, asset.contentHash);
        item->setToolTip(asset.distanceKm >= 0
                             ? tr("%1\n%2 m away").arg(asset.name).arg(qRound(asset.distanceKm * 1000))
                             : asset.name);
        if (!asset.contentHash.isEmpty())
            askForPoster(asset.contentHash);
    };
    for (const LinkedAsset &asset : details.assets)
        add(m_assets, asset);
    for (const LinkedAsset &asset : details.nearby)
        add(m_nearby, asset);
    if (m_assets->count() > 0
        && m_assets->item(0)->data(Qt::UserRole).toLongLong()
            == details.record.value("cover_asset_id"_L1).toInteger(-2))
        m_assets->item(0)->setText(tr("Cover: %1").arg(m_assets->item(0)->text()));
    // A location without coordinates can take them from a linked photo's GPS.
    m_suggestedPosition.reset();
    if (!m_position) {
        for (const LinkedAsset &asset : details.assets) {
            if (asset.gps) {
                m_suggestedPosition = asset.gps;
                m_useGps->setText(tr("Use the GPS of \"%1\": %2").arg(asset.name, Geo::format(*asset.gps)));
                break;
            }
        }
    }
    m_useGps->setVisible(m_suggestedPosition.has_value());
}

bool RecordEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Compared with the viewport remembered when the filter was installed: while the list is
    // being destroyed it is no longer a scroll area, and asking it for its viewport is undefined.
    if (!m_assets || watched != m_assetsViewport)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDropEvent *>(event);
        if (recordId() > 0
            && drag->mimeData()->hasFormat(QString::fromLatin1(AssetListModel::kAssetIdsMime))) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QList<qint64> ids = AssetListModel::assetIdsFrom(drop->mimeData());
        if (recordId() > 0 && !ids.isEmpty()) {
            Q_EMIT assetsLinkRequested(recordId(), ids, true);
            drop->acceptProposedAction();
            return true;
        }
        QByteArrayList paths;
        for (const QUrl &url : drop->mimeData()->urls()) {
            if (const QByteArray path = DragPayload::rawPath(url); !path.isEmpty())
                paths.append(path);
        }
        if (recordId() > 0 && !paths.isEmpty()) {
            Q_EMIT filesDropped(recordId(), paths);
            drop->acceptProposedAction();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RecordEditor::askForPoster(const QString &hash)
{
    if (!m_posters)
        return;
    if (const auto cached = m_posters->fetch(hash, ThumbnailStore::Poster))
        onPosterLoaded(hash, ThumbnailStore::Poster, cached->image);
}

void RecordEditor::onPosterLoaded(const QString &hash, PosterLoader::Kind kind, const QImage &image)
{
    if (kind != ThumbnailStore::Poster || image.isNull())
        return;
    if (m_photo && hash == m_photoHash)
        m_photo->setPixmap(
            QPixmap::fromImage(image.scaled(m_photo->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    for (QListWidget *list : { m_assets, m_nearby }) {
        if (!list)
            continue;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole + 1).toString() == hash)
                list->item(i)->setIcon(QIcon(QPixmap::fromImage(image)));
        }
    }
}

void RecordEditor::updateCoordinateEcho()
{
    if (!m_coordinateEcho)
        return;
    if (!m_coordinates->text().trimmed().isEmpty() && !m_position) {
        m_coordinateEcho->setText(tr("Not coordinates yet: write latitude, longitude (36.0671, 120.3826)"));
        return;
    }
    if (!m_position) {
        m_coordinateEcho->clear();
        return;
    }
    QStringList others;
    for (const Geo::Datum datum : { Geo::Datum::Wgs84, Geo::Datum::Gcj02, Geo::Datum::Bd09 }) {
        if (int(datum) != m_datum->currentData().toInt())
            others.append(Geo::datumName(datum) + u": "_s
                          + Geo::format(Geo::convert(*m_position, Geo::Datum::Wgs84, datum)));
    }
    m_coordinateEcho->setText(others.join(u"   "_s));
}

QJsonObject RecordEditor::record() const
{
    QJsonObject out;
    if (recordId() > 0)
        out.insert(u"id"_s, recordId());
    QJsonArray confidential;
    for (const RecordField &field : RecordSchema::fields(m_kind)) {
        QWidget *input = m_inputs.value(field.key);
        if (field.key == "lat"_L1 || field.key == "lon"_L1) {
            if (m_position) {
                out.insert(u"lat"_s, m_position->lat);
                out.insert(u"lon"_s, m_position->lon);
            } else if (m_coordinates && !m_coordinates->text().trimmed().isEmpty()) {
                out.insert(u"coordinates"_s, m_coordinates->text().trimmed()); // for validation to name
            }
            continue;
        }
        if (auto *edit = qobject_cast<QLineEdit *>(input)) {
            out.insert(field.key, edit->text());
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(input)) {
            out.insert(field.key, text->toPlainText());
        } else if (auto *check = qobject_cast<QCheckBox *>(input)) {
            out.insert(field.key, check->isChecked());
        } else if (auto *box = qobject_cast<QComboBox *>(input)) {
            out.insert(field.key, box->currentData().toString());
        }
        if (QToolButton *lock = m_locks.value(field.key); lock && lock->isChecked())
            confidential.append(field.key);
    }
    out.insert(u"confidential"_s, confidential);
    if (m_contacts) {
        QJsonArray contacts;
        for (int row = 0; row < m_contacts->rowCount(); ++row) {
            const QTableWidgetItem *first = m_contacts->item(row, 0);
            QJsonObject contact = first ? first->data(Qt::UserRole).toJsonObject() : QJsonObject();
            for (int column = 0; column < kContactColumns.size() - 1; ++column) {
                const QTableWidgetItem *item = m_contacts->item(row, column);
                if (item && !item->text().trimmed().isEmpty())
                    contact.insert(kContactColumns.at(column), item->text());
                else
                    contact.remove(kContactColumns.at(column));
            }
            const QTableWidgetItem *secret = m_contacts->item(row, 5);
            contact.insert(u"confidential"_s, !secret || secret->checkState() == Qt::Checked);
            if (contact.size() > 1)
                contacts.append(contact);
        }
        out.insert(u"contacts"_s, contacts);
    }
    if (m_photo) {
        if (m_photoAsset > 0)
            out.insert(u"photo_asset_id"_s, m_photoAsset);
        else
            out.insert(u"photo_asset_id"_s, QJsonValue()); // taken away
    }
    // What the form does not show goes along unchanged.
    for (const char *kept : { "cover_asset_id", "photo_asset_id", "created_at" }) {
        if (m_photo && qstrcmp(kept, "photo_asset_id") == 0)
            continue;
        if (m_original.contains(QLatin1StringView(kept)))
            out.insert(QLatin1StringView(kept), m_original.value(QLatin1StringView(kept)));
    }
    return RecordSchema::normalized(m_kind, out, m_choices);
}

QList<RecordProblem> RecordEditor::problems() const
{
    return RecordSchema::validate(m_kind, record(), m_choices);
}

void RecordEditor::showProblems(const QList<RecordProblem> &problems)
{
    for (QWidget *input : std::as_const(m_inputs))
        input->setStyleSheet(QString());
    if (problems.isEmpty()) {
        m_problems->hide();
        return;
    }
    QStringList lines;
    for (const RecordProblem &problem : problems) {
        lines.append(problem.message.toHtmlEscaped());
        QString key = problem.field;
        if (key.startsWith("contacts"_L1))
            key = u"contacts"_s;
        if (key == "lon"_L1)
            key = u"lat"_s;
        if (QWidget *input = m_inputs.value(key))
            input->setStyleSheet(QString::fromLatin1(kProblemStyle));
    }
    m_problems->setText(tr("Not saved yet:") + u"<br>"_s + lines.join(u"<br>"_s));
    m_problems->show();
}

bool RecordEditor::save()
{
    if (m_empty || !m_dirty)
        return true;
    const QList<RecordProblem> found = problems();
    showProblems(found);
    if (!found.isEmpty())
        return false;
    const QJsonObject after = record();
    m_saving = after;
    Q_EMIT saveRequested(m_kind, m_original, after);
    m_title->setText(RecordSchema::displayName(after));
    setDirty(false); // until the write says otherwise
    return true;
}

void RecordEditor::rebase(const QJsonObject &theirs)
{
    if (!m_empty && theirs.value("id"_L1).toInteger() == recordId())
        m_original = theirs;
}

void RecordEditor::saved(qint64 id, const QString &savedAt)
{
    if (m_saving.isEmpty())
        return;
    // Still this record on screen (a new one has no id yet): it is now the saved one.
    const qint64 savingId = m_saving.value("id"_L1).toInteger(0);
    if (!m_empty && (savingId == id || (savingId == 0 && recordId() == 0))) {
        m_original = m_saving;
        m_original.insert(u"id"_s, id);
        if (!savedAt.isEmpty())
            m_original.insert(u"updated_at"_s, savedAt); // the next save is over this one
        m_remove->show();
    }
    m_saving = {};
}

void RecordEditor::saveFailed(const QString &error)
{
    if (m_saving.isEmpty())
        return;
    const qint64 savingId = m_saving.value("id"_L1).toInteger(0);
    m_saving = {};
    if (m_empty || savingId != recordId())
        return; // another record is shown by now; the window said why it failed
    setDirty(true);
    m_problems->setText(tr("Not saved: %1").arg(error.toHtmlEscaped()));
    m_problems->show();
}

QJsonObject RecordEditor::original() const
{
    return m_original;
}

void RecordEditor::revert()
{
    if (m_original.isEmpty()) {
        clear(m_kind);
        return;
    }
    fill(m_original);
    setDirty(false);
}

void RecordEditor::setDirty(bool dirty)
{
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
    if (dirty == m_dirty)
        return;
    m_dirty = dirty;
    Q_EMIT dirtyChanged(dirty);
}
