#include "inspector.h"

#include "durationtext.h"
#include "flowlayout.h"
#include "posterloader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStringListModel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 10, 0, 2);
    return label;
}

// The controlled vocabulary: tag roots and their fields, in the order they are shown.
struct VocabularyRoot
{
    const char *root;
    const char *label;
};
constexpr VocabularyRoot kVocabulary[] = {
    { "景别", QT_TRANSLATE_NOOP("Inspector", "Shot size") },
    { "时段", QT_TRANSLATE_NOOP("Inspector", "Time of day") },
    { "季节", QT_TRANSLATE_NOOP("Inspector", "Season") },
    { "天气", QT_TRANSLATE_NOOP("Inspector", "Weather") },
    { "运镜", QT_TRANSLATE_NOOP("Inspector", "Camera movement") },
    { "速度", QT_TRANSLATE_NOOP("Inspector", "Speed") },
};

bool chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

QString text(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d == std::floor(d) && std::abs(d) < 1e15 ? QString::number(qint64(d))
                                                        : QLocale().toString(d, 'g', 6);
    }
    if (value.isBool())
        return value.toBool() ? Inspector::tr("yes") : Inspector::tr("no");
    return value.toString();
}

} // namespace

Inspector::Inspector(const QString &catalogFolder, QWidget *parent)
    : QWidget(parent)
    , m_loader(PosterLoader::forCatalog(catalogFolder))
    , m_autosave(new QTimer(this))
{
    connect(m_loader.get(), &PosterLoader::loaded, this, &Inspector::onPosterLoaded);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(1500);
    connect(m_autosave, &QTimer::timeout, this, &Inspector::commitPending);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    m_picture = new QLabel(this);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setMinimumHeight(120);
    m_picture->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_picture->setStyleSheet(u"background: #18181c; color: #9a9aa6; border-radius: 4px;"_s);
    layout->addWidget(m_picture);
    m_name = new QLabel(this);
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    m_name->setFont(nameFont);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_name);
    m_path = new QLabel(this);
    m_path->setWordWrap(true);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_path);
    m_selection = new QLabel(this);
    m_selection->setWordWrap(true);
    layout->addWidget(m_selection);

    // The user facts.
    m_editors = new QWidget(this);
    auto *editors = new QVBoxLayout(m_editors);
    editors->setContentsMargins(0, 0, 0, 0);
    editors->addWidget(heading(tr("Title"), m_editors));
    m_title = new QLineEdit(m_editors);
    m_title->setObjectName(u"title"_s);
    m_title->setClearButtonEnabled(true);
    editors->addWidget(m_title);
    editors->addWidget(heading(tr("Description"), m_editors));
    m_description = new QPlainTextEdit(m_editors);
    m_description->setObjectName(u"description"_s);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().height() * 5);
    m_description->setPlaceholderText(tr("What the shot shows: place, light, what makes it useful"));
    editors->addWidget(m_description);

    editors->addWidget(heading(tr("Tags"), m_editors));
    m_tagBox = new QWidget(m_editors);
    m_tagChips = new FlowLayout(m_tagBox);
    editors->addWidget(m_tagBox);
    m_tagEditor = new QLineEdit(m_editors);
    m_tagEditor->setObjectName(u"tagEditor"_s);
    m_tagEditor->setPlaceholderText(tr("Add a tag, e.g. 海岸 or 场景/老街 (Enter)"));
    m_tagPaths = new QStringListModel(this);
    m_tagCompleter = new QCompleter(m_tagPaths, this);
    m_tagCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_tagCompleter->setFilterMode(Qt::MatchContains);
    m_tagEditor->setCompleter(m_tagCompleter);
    connect(m_tagEditor, &QLineEdit::returnPressed, this, &Inspector::addTagFromEditor);
    editors->addWidget(m_tagEditor);

    m_vocabularyBox = new QWidget(m_editors);
    m_vocabulary = new QFormLayout(m_vocabularyBox);
    m_vocabulary->setContentsMargins(0, 6, 0, 0);
    m_vocabulary->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_vocabulary->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    editors->addWidget(m_vocabularyBox);

    editors->addWidget(heading(tr("Rights"), m_editors));
    auto *rights = new QFormLayout;
    rights->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_rightsHolder = new QLineEdit(m_editors);
    rights->addRow(tr("Rights holder"), m_rightsHolder);
    m_licence = new QComboBox(m_editors);
    m_licence->setEditable(true);
    m_licence->setInsertPolicy(QComboBox::NoInsert);
    m_licence->addItems({ QString(), tr("All rights reserved"), tr("Licensed for promotion"),
                          tr("Licensed for broadcast"), u"CC BY 4.0"_s, u"CC BY-NC 4.0"_s,
                          tr("Public domain") });
    rights->addRow(tr("Licence"), m_licence);
    auto *expiryRow = new QHBoxLayout;
    m_expires = new QCheckBox(tr("Expires"), m_editors);
    m_expiry = new QDateEdit(m_editors);
    m_expiry->setCalendarPopup(true);
    m_expiry->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_expiry->setDate(QDate::currentDate().addYears(1));
    expiryRow->addWidget(m_expires);
    expiryRow->addWidget(m_expiry, 1);
    rights->addRow(tr("Licence expiry"), expiryRow);
    m_expired = new QLabel(m_editors);
    m_expired->setStyleSheet(u"color: #c0392b; font-weight: bold;"_s);
    rights->addRow(QString(), m_expired);
    editors->addLayout(rights);

    editors->addWidget(heading(tr("Location"), m_editors));
    m_location = new QComboBox(m_editors);
    m_location->setToolTip(tr("The location (外景地) this clip or photo shows"));
    editors->addWidget(m_location);
    layout->addWidget(m_editors);

    m_factsBox = new QWidget(this);
    auto *factsLayout = new QVBoxLayout(m_factsBox);
    factsLayout->setContentsMargins(0, 0, 0, 0);
    factsLayout->addWidget(heading(tr("Technical facts"), m_factsBox));
    m_facts = new QFormLayout;
    m_facts->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_facts->setLabelAlignment(Qt::AlignRight);
    m_facts->setVerticalSpacing(2);
    factsLayout->addLayout(m_facts);
    layout->addWidget(m_factsBox);
    layout->addStretch();

    // Saving.
    connect(m_title, &QLineEdit::editingFinished, this, &Inspector::commitPending);
    connect(m_title, &QLineEdit::textEdited, m_autosave, qOverload<>(&QTimer::start));
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            m_autosave->start();
    });
    m_description->installEventFilter(this);
    connect(m_rightsHolder, &QLineEdit::editingFinished, this,
            [this] { editText(u"rights_holder"_s, m_rightsHolder->text()); });
    connect(m_licence->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { editText(u"licence"_s, m_licence->currentText()); });
    connect(m_licence, &QComboBox::activated, this,
            [this] { editText(u"licence"_s, m_licence->currentText()); });
    connect(m_expires, &QCheckBox::toggled, this, [this](bool on) {
        m_expiry->setEnabled(on);
        if (!m_updating)
            editText(u"licence_expiry"_s, on ? m_expiry->date().toString(Qt::ISODate) : QString());
    });
    connect(m_expiry, &QDateEdit::editingFinished, this, [this] {
        if (!m_updating && m_expires->isChecked())
            editText(u"licence_expiry"_s, m_expiry->date().toString(Qt::ISODate));
    });
    connect(m_location, &QComboBox::activated, this, [this](int row) {
        if (m_updating || m_ids.isEmpty())
            return;
        const QVariant choice = m_location->itemData(row);
        if (choice.toString() == "new"_L1) {
            bool ok = false;
            const QString name = QInputDialog::getText(this, tr("New Location"),
                                                       tr("Name of the location (it is added to the location "
                                                          "base to review):"),
                                                       QLineEdit::Normal, QString(), &ok);
            if (ok && !name.trimmed().isEmpty())
                Q_EMIT newLocationRequested(m_ids, name.trimmed());
            rebuildLocations();
            return;
        }
        Q_EMIT fieldEdited(m_ids, u"location_id"_s,
                           choice.isValid() ? choice : QVariant(QMetaType(QMetaType::LongLong)),
                           shownValue(u"location_id"_s));
    });

    setAssets({}, {});
}

Inspector::~Inspector() = default;

void Inspector::setAssets(const QList<qint64> &ids, const QList<QJsonObject> &assets,
                          const SelectionSummary &summary)
{
    commitPending(); // what is typed belongs to the assets shown until now
    m_ids = ids;
    m_assets = assets;
    m_summary = summary;
    rebuild();
}

void Inspector::setCatalogData(const SidebarData &catalog)
{
    m_data = catalog;
    QStringList paths;
    m_englishPaths.clear();
    for (const SidebarData::Tag &tag : catalog.tags) {
        paths.append(tag.path);
        const QString parent = tag.path.section(u'/', 0, -2);
        const QString name = tag.nameEn.isEmpty() ? tag.name : tag.nameEn;
        const QString path = parent.isEmpty() ? name : m_englishPaths.value(parent, parent) + u'/' + name;
        m_englishPaths.insert(tag.path, path);
    }
    m_tagPaths->setStringList(paths);
    m_updating = true;
    rebuildVocabulary();
    rebuildTags();
    rebuildLocations();
    m_updating = false;
}

QString Inspector::displayPath(const QString &path) const
{
    return chineseUi() ? path : m_englishPaths.value(path, path);
}

std::optional<QJsonValue> Inspector::common(const QString &key) const
{
    if (m_summary.count > 0 && SelectionSummary::sharedFields().contains(key)) {
        const auto it = m_summary.common.constFind(key);
        return it == m_summary.common.constEnd() ? std::nullopt : std::optional<QJsonValue>(*it);
    }
    if (m_assets.isEmpty())
        return std::nullopt;
    const QJsonValue first = m_assets.first().value(key);
    for (const QJsonObject &asset : m_assets) {
        if (asset.value(key) != first)
            return std::nullopt;
    }
    return first;
}

QString Inspector::valueText(const QString &column, const QVariant &value) const
{
    if (!value.isValid() || value.isNull() || value.toString().isEmpty())
        return tr("(empty)");
    if (column == "location_id"_L1) {
        for (int i = 0; i < m_location->count(); ++i) {
            if (m_location->itemData(i).toLongLong() == value.toLongLong() && value.toLongLong() > 0)
                return m_location->itemText(i);
        }
    }
    return value.toString();
}

QVariant Inspector::shownValue(const QString &key) const
{
    const bool whole = (m_summary.count > 0 && SelectionSummary::sharedFields().contains(key))
        || m_assets.size() == m_ids.size();
    const auto value = whole ? common(key) : std::nullopt;
    if (!value)
        return {};
    return value->isNull() ? QVariant(QMetaType(QMetaType::QString)) : value->toVariant();
}

QMap<QString, int> Inspector::tagCounts(int &total) const
{
    if (m_summary.count > 0) {
        total = int(m_summary.count);
        return m_summary.tagCounts;
    }
    QMap<QString, int> counts;
    for (const QJsonObject &asset : m_assets) {
        const QJsonArray tags = asset.value(u"tags"_s).toArray();
        for (const QJsonValue &tag : tags)
            ++counts[tag.toString()];
    }
    total = int(m_assets.size());
    return counts;
}

void Inspector::rebuild()
{
    m_updating = true;
    const bool none = m_ids.isEmpty();
    const bool several = m_ids.size() > 1;
    m_editors->setVisible(!none);
    m_picture->setVisible(!none);
    m_factsBox->setVisible(m_ids.size() == 1 && !m_assets.isEmpty());
    m_path->setVisible(m_ids.size() == 1);
    if (none) {
        m_name->setText(tr("Nothing selected"));
        m_selection->setText(tr("Select clips or photos to see their facts and to describe and tag them. "
                                "With several selected, what you change here applies to all of them."));
    } else if (several) {
        m_name->setText(tr("%n items selected", nullptr, int(m_ids.size())));
        m_selection->setText(m_assets.size() < m_ids.size()
                                 ? tr("Changes apply to all %n selected items.", nullptr, int(m_ids.size()))
                                 : tr("Changes apply to all of them."));
    } else if (!m_assets.isEmpty()) {
        const QJsonObject &asset = m_assets.first();
        const QString title = asset.value(u"title"_s).toString();
        m_name->setText(title.isEmpty() ? asset.value(u"file_name"_s).toString() : title);
        m_path->setText(QDir::toNativeSeparators(asset.value(u"path"_s).toString()));
        m_selection->clear();
    }
    m_selection->setVisible(!m_selection->text().isEmpty());

    const auto setLine = [&](QLineEdit *edit, const QString &key) {
        const auto value = common(key);
        edit->setText(value ? value->toString() : QString());
        edit->setPlaceholderText(value || m_assets.size() <= 1 ? QString() : tr("(different values)"));
    };
    setLine(m_title, u"title"_s);
    if (m_assets.size() == 1)
        m_title->setPlaceholderText(m_assets.first().value(u"file_name"_s).toString());
    const auto description = common(u"description"_s);
    m_description->setPlainText(description ? description->toString() : QString());
    setLine(m_rightsHolder, u"rights_holder"_s);
    const auto licence = common(u"licence"_s);
    m_licence->setEditText(licence ? licence->toString() : QString());
    const auto expiry = common(u"licence_expiry"_s);
    const QDate date = expiry ? QDate::fromString(expiry->toString(), Qt::ISODate) : QDate();
    m_expires->setChecked(date.isValid());
    m_expiry->setEnabled(date.isValid());
    if (date.isValid())
        m_expiry->setDate(date);
    m_expired->setText(
        date.isValid() && date < QDate::currentDate()
            ? tr("The licence expired on %1.").arg(QLocale().toString(date, QLocale::ShortFormat))
            : QString());
    m_expired->setVisible(!m_expired->text().isEmpty());
    rebuildTags();
    rebuildVocabulary();
    rebuildLocations();
    rebuildFacts();
    m_updating = false;
    showPoster();
}

void Inspector::rebuildTags()
{
    m_tagChips->clear();
    if (m_assets.isEmpty())
        return;
    int total = 0;
    const QMap<QString, int> counts = tagCounts(total); // by path
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const QString path = it.key();
        auto *chip = new QToolButton(m_tagBox);
        const QString label = displayPath(path);
        chip->setText(it.value() < total ? u"%1 (%2/%3)  ✕"_s.arg(label).arg(it.value()).arg(total)
                                         : label + u"  ✕"_s);
        chip->setToolTip(it.value() < total ? tr(
                             "Only some of the selected items have this tag. Click to remove it from all.")
                                            : tr("Click to remove the tag %1").arg(path));
        chip->setAutoRaise(false);
        chip->setStyleSheet(
            u"QToolButton { border: 1px solid palette(mid); border-radius: 9px; padding: 1px 8px; "
            "background: palette(alternate-base); }"
            "QToolButton:hover { border-color: #c0392b; }"_s);
        connect(chip, &QToolButton::clicked, this, [this, path] { Q_EMIT tagToggled(m_ids, path, false); });
        if (m_readOnly) { // shown, not taken away
            chip->setText(it.value() < total ? u"%1 (%2/%3)"_s.arg(label).arg(it.value()).arg(total) : label);
            chip->setToolTip(path);
            chip->setAttribute(Qt::WA_TransparentForMouseEvents);
            chip->setFocusPolicy(Qt::NoFocus);
        }
        m_tagChips->addWidget(chip);
    }
    m_tagBox->setVisible(!counts.isEmpty());
    m_tagBox->updateGeometry();
}

void Inspector::rebuildVocabulary()
{
    while (m_vocabulary->rowCount() > 0)
        m_vocabulary->removeRow(0);
    int total = 0;
    const QMap<QString, int> counts = tagCounts(total);
    const bool chinese = chineseUi();
    // Suggestions from what the analysis knows, for the assets without a time of day or a
    // weather of their own, beside that vocabulary's own choices: a person accepts them (one
    // click for all of the selection it suggests, undone with Ctrl+Z).
    QMap<QString, QList<qint64>> suggested; // tag path -> assets
    for (const QJsonObject &asset : std::as_const(m_assets)) {
        for (const QString &path : { suggestedTimeOfDay(asset), suggestedWeather(asset) }) {
            if (!path.isEmpty())
                suggested[path].append(asset.value("id"_L1).toInteger());
        }
    }
    const auto addSuggestions = [&](const QString &rootPath, QWidget *row, FlowLayout *flow) {
        for (auto it = suggested.cbegin(); it != suggested.cend(); ++it) {
            if (!it.key().startsWith(rootPath + u'/'))
                continue;
            const QString path = it.key();
            const QList<qint64> ids = it.value();
            QString name = path.section(u'/', 1);
            for (const SidebarData::Tag &tag : std::as_const(m_data.tags)) {
                if (tag.path == path && !chinese && !tag.nameEn.isEmpty())
                    name = tag.nameEn;
            }
            auto *button = new QToolButton(row);
            button->setObjectName(u"suggestion"_s);
            button->setText(ids.size() == m_ids.size()
                                ? tr("＋ %1").arg(name)
                                : tr("＋ %1 (%n)", nullptr, int(ids.size())).arg(name));
            button->setToolTip(
                (rootPath == u"时段"_s
                     ? tr("The light where and when it was filmed says %1: click to tag %n of them", nullptr,
                          int(ids.size()))
                     : tr("The picture looks like %1: click to tag %n of them", nullptr, int(ids.size())))
                    .arg(path));
            button->setStyleSheet(
                u"QToolButton { border: 1px dashed #1e5aa0; border-radius: 8px; padding: 1px "
                "6px; color: #1e5aa0; }"_s);
            connect(button, &QToolButton::clicked, this,
                    [this, ids, path] { Q_EMIT tagToggled(ids, path, true); });
            flow->addWidget(button);
        }
    };
    for (const VocabularyRoot &root : kVocabulary) {
        const QString rootPath = QString::fromUtf8(root.root);
        auto *row = new QWidget(m_vocabularyBox);
        auto *flow = new FlowLayout(row, 3);
        QList<SidebarData::Tag> choices;
        for (const SidebarData::Tag &tag : std::as_const(m_data.tags)) {
            if (tag.path.startsWith(rootPath + u'/') && tag.path.count(u'/') == 1)
                choices.append(tag);
        }
        std::stable_sort(choices.begin(), choices.end(), [](const auto &a, const auto &b) {
            return (a.sortOrder > 0 ? a.sortOrder : 1000) < (b.sortOrder > 0 ? b.sortOrder : 1000);
        });
        for (const SidebarData::Tag &tag : std::as_const(choices)) {

            auto *button = new QToolButton(row);
            button->setText(chinese || tag.nameEn.isEmpty() ? tag.name : tag.nameEn);
            button->setToolTip(tag.nameEn.isEmpty() ? tag.path : u"%1 · %2"_s.arg(tag.path, tag.nameEn));
            button->setCheckable(true);
            const int have = counts.value(tag.path);
            button->setChecked(total > 0 && have == total);
            if (have > 0 && have < total)
                button->setText(button->text() + u" ·"_s); // some of the selection
            button->setStyleSheet(
                u"QToolButton { border: 1px solid palette(mid); border-radius: 8px; padding: 1px 6px; }"
                "QToolButton:checked { background: #1e5aa0; color: white; border-color: #1e5aa0; }"_s);
            const QString path = tag.path;
            connect(button, &QToolButton::clicked, this, [this, path, have, total] {
                Q_EMIT tagToggled(m_ids, path, have < total); // everyone has it: take it away
            });
            if (m_readOnly) { // shows what is chosen
                button->setAttribute(Qt::WA_TransparentForMouseEvents);
                button->setFocusPolicy(Qt::NoFocus);
            }
            flow->addWidget(button);
        }
        if (!m_readOnly)
            addSuggestions(rootPath, row, flow);
        m_vocabulary->addRow(QCoreApplication::translate("Inspector", root.label), row);
    }
}

QString Inspector::suggestedTimeOfDay(const QJsonObject &asset)
{
    if (!asset.value("time_of_day"_L1).isNull() && !asset.value("time_of_day"_L1).isUndefined())
        return {}; // a person's choice is never overwritten
    const QString light = asset.value("light"_L1).toString();
    if (light == "golden"_L1)
        return u"时段/黄金时刻"_s;
    if (light == "blue"_L1)
        return u"时段/蓝调时刻"_s;
    if (light == "night"_L1)
        return u"时段/夜晚"_s;
    if (light != "day"_L1)
        return {};
    const QDateTime when = QDateTime::fromString(asset.value("created_at"_L1).toString(), Qt::ISODate);
    const QJsonValue lon = asset.value("gps"_L1).toObject().value("lon"_L1);
    if (!when.isValid() || !lon.isDouble())
        return {};
    const QTime utc = when.toUTC().time();
    const double solarHour = std::fmod(utc.hour() + utc.minute() / 60.0 + lon.toDouble() / 15.0 + 48.0, 24.0);
    return solarHour < 8 ? u"时段/清晨"_s
        : solarHour < 11 ? u"时段/上午"_s
        : solarHour < 13 ? u"时段/正午"_s
                         : u"时段/下午"_s;
}

QString Inspector::suggestedWeather(const QJsonObject &asset)
{
    if (!asset.value("weather"_L1).isNull() && !asset.value("weather"_L1).isUndefined())
        return {}; // a person's choice is never overwritten
    static const QHash<QString, QString> tags {
        { u"sunny"_s, u"天气/晴"_s },
        { u"overcast"_s, u"天气/阴"_s },
        { u"fog"_s, u"天气/雾"_s },
        { u"snow"_s, u"天气/雪"_s },
    };
    return tags.value(asset.value("weather_look"_L1).toString());
}

void Inspector::rebuildLocations()
{
    const bool updating = m_updating;
    m_updating = true;
    m_location->clear();
    m_location->addItem(tr("— none —"));
    for (const LocationStore::Summary &location : std::as_const(m_data.locations)) {
        QString name = chineseUi() ? (location.nameZh.isEmpty() ? location.nameEn : location.nameZh)
                                   : (location.nameEn.isEmpty() ? location.nameZh : location.nameEn);
        if (!location.city.isEmpty())
            name += u" · "_s + location.city;
        m_location->addItem(name, location.id);
    }
    m_location->insertSeparator(m_location->count());
    m_location->addItem(tr("New location…"), u"new"_s);
    const auto current = common(u"location_id"_s);
    if (!current)
        m_location->setCurrentIndex(-1), m_location->setPlaceholderText(tr("(different locations)"));
    else if (current->isNull())
        m_location->setCurrentIndex(0);
    else
        m_location->setCurrentIndex(std::max(0, m_location->findData(qint64(current->toDouble()))));
    m_updating = updating;
}

void Inspector::rebuildFacts()
{
    while (m_facts->rowCount() > 0)
        m_facts->removeRow(0);
    if (m_assets.size() != 1 || m_ids.size() != 1)
        return;
    const QJsonObject &a = m_assets.first();
    const auto row = [&](const QString &label, const QString &value) {
        if (value.trimmed().isEmpty())
            return;
        auto *field = new QLabel(value, m_factsBox);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setWordWrap(true);
        auto *name = new QLabel(label, m_factsBox);
        name->setForegroundRole(QPalette::PlaceholderText);
        m_facts->addRow(name, field);
    };
    const auto str = [&](const char *key) { return text(a.value(QLatin1StringView(key))); };
    const bool video = a.value(u"kind"_s).toString() == "video"_L1;
    const QString status = a.value(u"status"_s).toString();
    row(tr("Status"),
        status == "failed"_L1        ? tr("Failed: %1").arg(str("error"))
            : status == "offline"_L1 ? tr("Offline — the file is not at hand")
                                     : tr("OK"));
    row(tr("Kind"), video ? tr("Clip") : tr("Photo"));
    row(tr("Size"), QLocale().formattedDataSize(qint64(a.value(u"size_bytes"_s).toDouble())));
    const QJsonObject format = a.value(u"format_class"_s).toObject();
    row(tr("Format class"),
        chineseUi() ? format.value(u"zh"_s).toString() : format.value(u"en"_s).toString());
    if (a.value(u"width"_s).toInt() > 0) {
        QString resolution = u"%1 × %2"_s.arg(a.value(u"width"_s).toInt()).arg(a.value(u"height"_s).toInt());
        if (!str("display_aspect").isEmpty())
            resolution += u"  (%1)"_s.arg(str("display_aspect"));
        row(tr("Resolution"), resolution);
    }
    if (a.value(u"rotation"_s).toInt() != 0)
        row(tr("Rotation"), tr("%1°").arg(a.value(u"rotation"_s).toInt()));
    if (a.value(u"duration_s"_s).isDouble())
        row(tr("Duration"), DurationText::clock(a.value(u"duration_s"_s).toDouble()));
    if (a.value(u"fps"_s).isDouble())
        row(tr("Frame rate"), tr("%1 fps").arg(QLocale().toString(a.value(u"fps"_s).toDouble(), 'g', 5)));
    row(tr("Container"), str("container"));
    QString codec = str("video_codec");
    if (!str("video_profile").isEmpty())
        codec += u" (%1)"_s.arg(str("video_profile"));
    row(video ? tr("Video codec") : tr("Encoding"), codec);
    if (a.value(u"bit_depth"_s).isDouble())
        row(tr("Bit depth"), tr("%1-bit").arg(a.value(u"bit_depth"_s).toInt()));
    row(tr("Pixel format"), str("pixel_format"));
    QStringList colour;
    for (const char *key : { "color_primaries", "color_transfer", "color_space", "color_range" }) {
        if (!str(key).isEmpty())
            colour.append(str(key));
    }
    row(tr("Colour"), colour.join(u" / "_s));
    const QString hdr = str("hdr");
    if (!hdr.isEmpty())
        row(tr("HDR"), hdr == "none"_L1 ? tr("none (SDR)") : hdr.toUpper().replace(u'_', u' '));
    if (a.value(u"bitrate_bps"_s).isDouble())
        row(tr("Bit rate"),
            tr("%1 Mbit/s").arg(QLocale().toString(a.value(u"bitrate_bps"_s).toDouble() / 1e6, 'f', 1)));
    if (video) {
        row(tr("Audio"),
            str("audio_codec").isEmpty()
                ? tr("none")
                : tr("%1, %2 ch, %3 Hz")
                      .arg(str("audio_codec"), str("audio_channels"), str("audio_sample_rate")));
    }
    row(tr("Timecode"), str("timecode"));
    const QDateTime created = QDateTime::fromString(str("created_at"), Qt::ISODate);
    row(tr("Created"),
        created.isValid() ? QLocale().toString(created.toLocalTime(), QLocale::LongFormat)
                          : str("created_at"));
    row(tr("Camera"), (str("camera_make") + u' ' + str("camera_model")).trimmed());
    const QJsonObject gps = a.value(u"gps"_s).toObject();
    if (!gps.isEmpty()) {
        QString where = u"%1, %2"_s.arg(gps.value(u"lat"_s).toDouble(), 0, 'f', 6)
                            .arg(gps.value(u"lon"_s).toDouble(), 0, 'f', 6);
        if (gps.value(u"alt_m"_s).isDouble())
            where += tr(", %1 m").arg(gps.value(u"alt_m"_s).toDouble(), 0, 'f', 0);
        row(tr("GPS"), where);
    }
    if (a.value(u"sharpness"_s).isDouble())
        row(tr("Sharpness"), QLocale().toString(a.value(u"sharpness"_s).toDouble(), 'f', 1));
    if (a.value(u"brightness"_s).isDouble())
        row(tr("Brightness"), QLocale().toString(a.value(u"brightness"_s).toDouble(), 'f', 2));
    // What the analysis pass saw: shots, and the most people in one of their stills.
    if (a.value(u"shots"_s).isDouble() && video)
        row(tr("Shots"), QLocale().toString(a.value(u"shots"_s).toInt()));
    if (a.value(u"people"_s).isDouble()) {
        const int people = a.value(u"people"_s).toInt();
        row(tr("People"),
            people == 0 ? tr("nobody seen (an empty shot)") : tr("up to %n seen", nullptr, people));
    } else if (a.value(u"analysis"_s).isNull()) {
        row(tr("People"), tr("not analysed yet"));
    }
    // The light where and when it was filmed, and how the picture looks.
    if (a.value(u"light"_s).isString()) {
        static const QHash<QString, const char *> lights {
            { u"day"_s, QT_TR_NOOP("Day") },
            { u"golden"_s, QT_TR_NOOP("Golden hour") },
            { u"blue"_s, QT_TR_NOOP("Blue hour") },
            { u"night"_s, QT_TR_NOOP("Night") },
        };
        const double elevation = a.value(u"sun_elevation"_s).toDouble();
        const QString degrees = QLocale().toString(std::abs(elevation), 'f', 0);
        const QString light = tr(lights.value(a.value(u"light"_s).toString(), ""));
        row(tr("Light"),
            elevation >= 0 ? tr("%1 (the sun %2° above the horizon)").arg(light, degrees)
                           : tr("%1 (the sun %2° below the horizon)").arg(light, degrees));
    }
    if (const QJsonArray names = a.value(u"colors"_s).toArray(); !names.isEmpty()) {
        static const QHash<QString, const char *> colours {
            { u"red"_s, QT_TR_NOOP("red") },       { u"orange"_s, QT_TR_NOOP("orange") },
            { u"yellow"_s, QT_TR_NOOP("yellow") }, { u"green"_s, QT_TR_NOOP("green") },
            { u"cyan"_s, QT_TR_NOOP("cyan") },     { u"blue"_s, QT_TR_NOOP("blue") },
            { u"purple"_s, QT_TR_NOOP("purple") }, { u"pink"_s, QT_TR_NOOP("pink") },
            { u"brown"_s, QT_TR_NOOP("brown") },   { u"white"_s, QT_TR_NOOP("white") },
            { u"grey"_s, QT_TR_NOOP("grey") },     { u"black"_s, QT_TR_NOOP("black") },
        };
        QStringList parts;
        for (const QJsonValue &name : names)
            parts.append(tr(colours.value(name.toString(), "")));
        const QString exposure = a.value(u"exposure"_s).toString();
        if (exposure == "dark"_L1)
            parts.append(tr("dark"));
        else if (exposure == "bright"_L1)
            parts.append(tr("bright"));
        if (const int kelvin = a.value(u"color_temp_k"_s).toInt(); kelvin > 0)
            parts.append(tr("%1 K").arg(kelvin));
        row(tr("Look"), parts.join(tr(", ")));
    }
    if (const QString failure = a.value(u"analysis"_s).toObject().value(u"error"_s).toString();
        !failure.isEmpty())
        row(tr("Analysis"), tr("could not be done: %1").arg(failure));
    const QJsonArray colours = a.value(u"dominant_colors"_s).toArray();
    if (!colours.isEmpty()) {
        QString swatches;
        for (const QJsonValue &c : colours)
            swatches += u"<span style=\"background:%1; color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span> "_s.arg(
                c.toString().toHtmlEscaped());
        row(tr("Colours"), swatches);
    }
    const QJsonArray warnings = a.value(u"warnings"_s).toArray();
    if (!warnings.isEmpty()) {
        QStringList lines;
        for (const QJsonValue &w : warnings)
            lines.append(w.toString());
        row(tr("Warnings"), lines.join(u'\n'));
    }
    const QDateTime added = QDateTime::fromString(str("added_at"), Qt::ISODate);
    row(tr("Added"), QLocale().toString(added.toLocalTime(), QLocale::ShortFormat));
    row(tr("Content hash"), str("content_hash").left(16));
}

void Inspector::showPoster()
{
    const QString hash =
        m_assets.isEmpty() ? QString() : m_assets.first().value(u"content_hash"_s).toString();
    const bool hasPoster = !m_assets.isEmpty() && m_assets.first().value(u"poster"_s).toBool();
    if (hash != m_posterHash) {
        m_posterHash = hash;
        m_poster = QImage();
        m_posterMissing = false;
        if (hasPoster && !hash.isEmpty())
            askForPoster(hash, ThumbnailStore::PosterLarge);
    }
    const int width = std::max(160, m_picture->width());
    const int height = width * 9 / 16;
    m_picture->setFixedHeight(height);
    if (m_poster.isNull()) {
        m_picture->setPixmap(QPixmap());
        m_picture->setText(m_assets.isEmpty()                  ? QString()
                               : hasPoster && !m_posterMissing ? tr("Loading…")
                                                               : tr("No picture"));
        return;
    }
    m_picture->setPixmap(QPixmap::fromImage(m_poster.scaled(QSize(width, height) * devicePixelRatioF(),
                                                            Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

bool Inspector::askForPoster(const QString &hash, PosterLoader::Kind kind)
{
    const auto cached = m_loader->fetch(hash, kind);
    return cached && takePoster(hash, kind, cached->image);
}

bool Inspector::takePoster(const QString &hash, PosterLoader::Kind kind, const QImage &image)
{
    if (kind == ThumbnailStore::PosterLarge && image.isNull()) // an older catalog: the grid's will do
        return askForPoster(hash, ThumbnailStore::Poster);
    if (kind != ThumbnailStore::PosterLarge && (kind != ThumbnailStore::Poster || !m_poster.isNull()))
        return false;
    m_poster = image;
    m_posterMissing = image.isNull();
    return true;
}

void Inspector::onPosterLoaded(const QString &hash, PosterLoader::Kind kind, const QImage &image)
{
    if (hash == m_posterHash && takePoster(hash, kind, image))
        showPoster();
}

void Inspector::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    showPoster();
}

void Inspector::editText(const QString &column, const QString &value)
{
    if (m_updating || m_ids.isEmpty())
        return;
    const auto current = common(column);
    const QString now = value.trimmed();
    if (current && current->toString() == now)
        return; // nothing changed
    if (!current && now.isEmpty() && m_assets.size() > 1)
        return; // "(different values)" left alone
    Q_EMIT fieldEdited(m_ids, column, now.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(now),
                       shownValue(column));
    // Shown as saved at once (the window confirms through applyFields).
    const QJsonValue saved = now.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(now);
    for (QJsonObject &asset : m_assets)
        asset.insert(column, saved);
    if (m_summary.count > 0)
        m_summary.common.insert(column, saved);
}

void Inspector::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_title->setReadOnly(readOnly);
    m_title->setClearButtonEnabled(!readOnly);
    m_description->setReadOnly(readOnly);
    m_tagEditor->setVisible(!readOnly);
    m_rightsHolder->setReadOnly(readOnly);
    for (QWidget *choice : std::initializer_list<QWidget *> { m_licence, m_expires, m_expiry, m_location })
        choice->setEnabled(!readOnly);
    if (!m_ids.isEmpty())
        rebuild(); // the tags and the vocabulary, shown as they may now be used
}

void Inspector::commitPending()
{
    m_autosave->stop();
    if (m_ids.isEmpty() || m_readOnly)
        return;
    editText(u"title"_s, m_title->text());
    editText(u"description"_s, m_description->toPlainText());
}

void Inspector::posterChanged(const QString &hash)
{
    if (hash != m_posterHash)
        return;
    m_loader->forget(hash, { ThumbnailStore::Poster, ThumbnailStore::PosterLarge });
    m_posterHash.clear(); // showPoster() asks for it again
    showPoster();
}

void Inspector::applyFields(const QString &column, const QHash<qint64, QVariant> &values)
{
    const auto json = [](const QVariant &value) {
        return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(value);
    };
    bool touched = false;
    for (QJsonObject &asset : m_assets) {
        const qint64 id = qint64(asset.value(u"id"_s).toDouble());
        if (!values.contains(id))
            continue;
        asset.insert(column, json(values.value(id)));
        touched = true;
    }
    if (m_summary.count > 0 && SelectionSummary::sharedFields().contains(column)) {
        // What the whole selection shares now: the new values, if they are one value and cover
        // it or equal what the rest share; otherwise they differ.
        qsizetype covered = 0;
        std::optional<QJsonValue> same;
        bool uniform = true;
        for (const qint64 id : std::as_const(m_ids)) {
            const auto it = values.constFind(id);
            if (it == values.cend())
                continue;
            const QJsonValue value = json(*it);
            uniform = uniform && (!same || *same == value);
            same = value;
            ++covered;
        }
        if (covered > 0) {
            touched = true;
            const bool all = covered >= m_summary.count;
            if (uniform && (all || m_summary.common.value(column) == *same))
                m_summary.common.insert(column, *same);
            else
                m_summary.common.remove(column);
        }
    }
    if (!touched)
        return;
    // Keep what the user is typing now; show the rest.
    const bool typingTitle = m_title->hasFocus() && column == "title"_L1;
    const bool typingDescription = m_description->hasFocus() && column == "description"_L1;
    if (typingTitle || typingDescription)
        return;
    m_autosave->stop();
    rebuild();
}

void Inspector::addTagFromEditor()
{
    const QString path = m_tagEditor->text().trimmed();
    if (path.isEmpty() || m_ids.isEmpty())
        return;
    Q_EMIT tagToggled(m_ids, path, true);
    m_tagEditor->clear();
}

void Inspector::focusTagEditor()
{
    m_tagEditor->setFocus(Qt::ShortcutFocusReason);
}

bool Inspector::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_description) {
        if (event->type() == QEvent::FocusOut)
            commitPending();
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                && key->modifiers() & Qt::ControlModifier) {
                commitPending();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}
