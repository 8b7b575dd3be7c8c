#include "duplicatesdialog.h"

#include "durationtext.h"
#include "posterloader.h"
#include "thumbnailstore.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonValue>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int kCardWidth = 260;
constexpr int kPosterHeight = 150;

qint64 idOf(const QJsonObject &asset)
{
    return qint64(asset.value("id"_L1).toDouble());
}

// The facts that tell copies apart: size of the picture, codec, length, file size, date.
QString factsOf(const QJsonObject &asset)
{
    const QLocale locale;
    QStringList lines;
    QStringList picture;
    if (asset.value("width"_L1).isDouble())
        picture.append(
            u"%1 × %2"_s.arg(asset.value("width"_L1).toInt()).arg(asset.value("height"_L1).toInt()));
    if (asset.value("fps"_L1).isDouble())
        picture.append(
            DuplicatesDialog::tr("%1 fps").arg(locale.toString(asset.value("fps"_L1).toDouble(), 'g', 4)));
    const QString codec = asset.value("video_codec"_L1).toString();
    picture.append(codec.isEmpty() ? asset.value("container"_L1).toString() : codec);
    lines.append(picture.join(u"  ·  "_s));
    QStringList file;
    if (asset.value("duration_s"_L1).isDouble())
        file.append(DurationText::clock(asset.value("duration_s"_L1).toDouble()));
    if (asset.value("size_bytes"_L1).isDouble())
        file.append(locale.formattedDataSize(qint64(asset.value("size_bytes"_L1).toDouble())));
    const QString created = asset.value("created_at"_L1).toString();
    if (!created.isEmpty())
        file.append(created.left(10));
    lines.append(file.join(u"  ·  "_s));
    if (asset.value("status"_L1).toString() == "offline"_L1)
        lines.append(DuplicatesDialog::tr("offline"));
    return lines.join(u'\n');
}

void showPoster(QLabel *label, const QImage &poster)
{
    if (!poster.isNull())
        label->setPixmap(QPixmap::fromImage(
            poster.scaled(kCardWidth - 16, kPosterHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

} // namespace

DuplicatesDialog::DuplicatesDialog(const QString &catalogFolder, CatalogReader *reader, QWidget *parent)
    : QDialog(parent)
    , m_reader(reader)
    , m_posters(PosterLoader::forCatalog(catalogFolder))
    , m_summary(new QLabel(this))
    , m_groups(new QListWidget(this))
    , m_members(new QScrollArea(this))
    , m_remove(new QPushButton(tr("Keep the Chosen One, Remove the Others from the Catalog"), this))
    , m_show(new QPushButton(tr("Show in Library"), this))
{
    setWindowTitle(tr("Duplicates"));
    setObjectName(u"duplicatesDialog"_s);
    resize(1100, 560);
    m_groups->setObjectName(u"duplicateGroups"_s);
    m_remove->setObjectName(u"duplicatesRemoveOthers"_s);
    m_remove->setToolTip(
        tr("The files stay where they are; Undo in the main window brings the entries back"));
    m_show->setObjectName(u"duplicatesShow"_s);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Looking for copies…"));
    m_members->setWidgetResizable(true);
    m_members->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_groups);
    splitter->addWidget(m_members);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 260, 840 });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_show, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_groups, &QListWidget::currentRowChanged, this, &DuplicatesDialog::showGroup);
    connect(m_remove, &QPushButton::clicked, this, &DuplicatesDialog::removeOthers);
    connect(m_show, &QPushButton::clicked, this, [this] {
        const int row = m_groups->currentRow();
        if (row < 0 || row >= m_data.size())
            return;
        QList<qint64> ids;
        for (const QJsonObject &asset : std::as_const(m_data[row]))
            ids.append(idOf(asset));
        Q_EMIT showRequested(ids);
    });
    connect(m_reader, &CatalogReader::duplicatesLoaded, this, &DuplicatesDialog::onLoaded);
    connect(m_posters.get(), &PosterLoader::loaded, this,
            [this](const QString &hash, PosterLoader::Kind kind, const QImage &image) {
                if (kind != ThumbnailStore::Poster)
                    return;
                for (QLabel *label : m_posterLabels.value(hash))
                    showPoster(label, image);
            });
    reload();
}

DuplicatesDialog::~DuplicatesDialog() = default;

void DuplicatesDialog::reload()
{
    m_remove->setEnabled(false);
    m_reader->loadDuplicates();
}

int DuplicatesDialog::groupCount() const
{
    return int(m_data.size());
}

int DuplicatesDialog::currentGroup() const
{
    return m_groups->currentRow();
}

qint64 DuplicatesDialog::keptId() const
{
    return m_keep && m_keep->checkedButton() ? m_keepIds.value(m_keep->checkedButton()) : 0;
}

void DuplicatesDialog::keep(qint64 id)
{
    if (QAbstractButton *button = m_keepIds.key(id))
        button->setChecked(true);
}

qint64 DuplicatesDialog::bestOf(const QList<QJsonObject> &group)
{
    const QJsonObject *best = nullptr;
    const auto key = [](const QJsonObject &asset) {
        return std::tuple(asset.value("status"_L1).toString() != "offline"_L1,
                          asset.value("width"_L1).toDouble() * asset.value("height"_L1).toDouble(),
                          asset.value("size_bytes"_L1).toDouble(), -idOf(asset));
    };
    for (const QJsonObject &asset : group) {
        if (!best || key(asset) > key(*best))
            best = &asset;
    }
    return best ? idOf(*best) : 0;
}

void DuplicatesDialog::onLoaded(const DuplicateGroups &duplicates)
{
    const int previous = std::max(0, m_groups->currentRow());
    m_data = duplicates.groups;
    m_groups->clear();
    if (!duplicates.failure.isEmpty()) {
        m_summary->setText(tr("The copies could not be looked for: %1").arg(duplicates.failure));
        showGroup(-1);
        Q_EMIT loaded();
        return;
    }
    qsizetype copies = 0;
    for (const QList<QJsonObject> &group : std::as_const(m_data)) {
        copies += group.size() - 1;
        const QJsonObject &first = group.first();
        auto *item = new QListWidgetItem(tr("%n copies", nullptr, int(group.size())) + u"  ·  "_s
                                         + first.value("file_name"_L1).toString());
        item->setToolTip(QDir::toNativeSeparators(first.value("path"_L1).toString()));
        m_groups->addItem(item);
    }
    m_summary->setText(m_data.isEmpty() ? tr("No copies among %n analysed clip(s) and photo(s).", nullptr,
                                             int(duplicates.analysed))
                                        : tr("%n group(s) of copies among %1 analysed clips and photos: %2 "
                                             "could be removed. Choose the one "
                                             "to keep in each group.",
                                             nullptr, int(m_data.size()))
                                              .arg(duplicates.analysed)
                                              .arg(copies));
    if (!m_data.isEmpty())
        m_groups->setCurrentRow(std::min(previous, int(m_data.size()) - 1));
    else
        showGroup(-1);
    Q_EMIT loaded();
}

void DuplicatesDialog::showGroup(int row)
{
    m_posterLabels.clear();
    auto *strip = new QWidget;
    auto *layout = new QHBoxLayout(strip);
    layout->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    delete m_keep;
    m_keep = new QButtonGroup(this);
    m_keepIds.clear();
    const bool valid = row >= 0 && row < m_data.size();
    m_remove->setEnabled(valid);
    m_show->setEnabled(valid);
    if (valid) {
        const QList<QJsonObject> &group = m_data[row];
        const qint64 best = bestOf(group);
        for (const QJsonObject &asset : group) {
            auto *card = new QFrame(strip);
            card->setFrameShape(QFrame::StyledPanel);
            card->setFixedWidth(kCardWidth);
            auto *cardLayout = new QVBoxLayout(card);
            auto *poster = new QLabel(card);
            poster->setFixedHeight(kPosterHeight);
            poster->setAlignment(Qt::AlignCenter);
            const QString hash = asset.value("content_hash"_L1).toString();
            m_posterLabels[hash].append(poster);
            if (const auto cached = m_posters->fetch(hash, ThumbnailStore::Poster))
                showPoster(poster, cached->image);
            const QString path = asset.value("path"_L1).toString();
            auto *name =
                new QLabel(u"<b>%1</b>"_s.arg(asset.value("file_name"_L1).toString().toHtmlEscaped()), card);
            name->setToolTip(QDir::toNativeSeparators(path));
            auto *folder = new QLabel(card);
            folder->setText(folder->fontMetrics().elidedText(QDir::toNativeSeparators(QFileInfo(path).path()),
                                                             Qt::ElideMiddle, kCardWidth - 20));
            folder->setToolTip(QDir::toNativeSeparators(path));
            folder->setForegroundRole(QPalette::PlaceholderText);
            auto *facts = new QLabel(factsOf(asset), card);
            auto *choice = new QRadioButton(tr("Keep this one"), card);
            choice->setObjectName(u"keep%1"_s.arg(idOf(asset)));
            m_keep->addButton(choice);
            m_keepIds.insert(choice, idOf(asset));
            choice->setChecked(idOf(asset) == best);
            cardLayout->addWidget(poster);
            cardLayout->addWidget(name);
            cardLayout->addWidget(folder);
            cardLayout->addWidget(facts);
            cardLayout->addSpacing(6);
            cardLayout->addWidget(choice);
            layout->addWidget(card, 0, Qt::AlignTop);
        }
    }
    m_members->setWidget(strip); // the previous strip is deleted
}

QList<qint64> DuplicatesDialog::othersThanKept() const
{
    const int row = m_groups->currentRow();
    QList<qint64> ids;
    if (row < 0 || row >= m_data.size() || keptId() == 0)
        return ids;
    for (const QJsonObject &asset : m_data[row]) {
        if (idOf(asset) != keptId())
            ids.append(idOf(asset));
    }
    return ids;
}

void DuplicatesDialog::removeOthers()
{
    const QList<qint64> ids = othersThanKept();
    if (ids.isEmpty())
        return;
    m_remove->setEnabled(false);
    Q_EMIT removeRequested(ids); // the window's catalog change reloads the groups
}
