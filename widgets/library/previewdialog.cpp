#include "previewdialog.h"

#include "assetlistmodel.h"
#include "assetstore.h"
#include "dragpayload.h"
#include "durationtext.h"
#include "posterloader.h"
#include "shotlist.h"
#include "thumbnailstore.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// A time in a clip to a tenth of a second, as m:ss.s ("0:04.5"): a frame, not a duration.
QString frameTime(double seconds)
{
    const double tenths = std::round(std::max(0.0, seconds) * 10) / 10;
    const int minutes = int(tenths / 60);
    return u"%1:%2"_s.arg(minutes).arg(
        QLocale().toString(tenths - minutes * 60, 'f', 1).rightJustified(4, u'0'));
}

} // namespace

struct PeopleBox
{
    QRectF rect;
    bool face = false;
};

// The picture and, below it, the filmstrip. The pointer over the picture scrubs; a click on the
// strip holds that frame.
class PreviewPicture final : public QWidget
{
public:
    explicit PreviewPicture(QWidget *parent)
        : QWidget(parent)
    {
        setMouseTracking(true);
        setMinimumSize(480, 320);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }

    void setPictures(const QImage &poster, const QImage &strip, int frames)
    {
        m_heldPicture = QImage();
        m_poster = poster;
        m_strip = strip;
        m_frames = frames;
        m_frame = -1;
        m_boxes.clear();
        update();
    }
    // Where people are in the poster, in parts of its width and height; drawn while it is shown.
    void setBoxes(const QList<PeopleBox> &boxes)
    {
        m_boxes = boxes;
        update();
    }
    bool showsBoxes() const { return !m_boxes.isEmpty() && m_frame < 0; }
    void setPoster(const QImage &poster)
    {
        m_poster = poster;
        update();
    }
    void setStrip(const QImage &strip, int frames)
    {
        m_strip = strip;
        m_frames = frames;
        update();
    }
    int frame() const { return m_frame; }
    int frames() const { return m_frames; }
    // Shows `picture` (a shot's frame) until the pointer scrubs the strip again.
    void hold(const QImage &picture)
    {
        m_heldPicture = picture;
        m_frame = -1;
        m_held = false;
        update();
    }
    bool holdsPicture() const { return !m_heldPicture.isNull(); }

protected:
    QRect stripRect() const
    {
        if (m_strip.isNull() || m_frames <= 0)
            return {};
        const int stripHeight = std::min(96, height() / 5);
        return QRect(0, height() - stripHeight, width(), stripHeight);
    }
    QRect pictureRect() const
    {
        const QRect strip = stripRect();
        return QRect(0, 0, width(), strip.isNull() ? height() : strip.top() - 8);
    }

    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        const QRect area = pictureRect();
        painter.fillRect(area, QColor(16, 16, 18));
        QImage picture = m_heldPicture.isNull() ? m_poster : m_heldPicture;
        QRect source = picture.rect();
        if (m_frame >= 0 && !m_strip.isNull()) {
            const int frameWidth = m_strip.width() / m_frames;
            picture = m_strip;
            source = QRect(m_frame * frameWidth, 0, frameWidth, m_strip.height());
        }
        if (!picture.isNull()) {
            const QSize fitted = source.size().scaled(area.size(), Qt::KeepAspectRatio);
            const QRect placed(area.center() - QPoint(fitted.width() / 2, fitted.height() / 2), fitted);
            painter.drawImage(placed, picture, source);
            if (showsBoxes()) {
                painter.setRenderHint(QPainter::Antialiasing);
                for (const PeopleBox &box : std::as_const(m_boxes)) {
                    const QRectF r(placed.left() + box.rect.x() * placed.width(),
                                   placed.top() + box.rect.y() * placed.height(),
                                   box.rect.width() * placed.width(), box.rect.height() * placed.height());
                    const QColor colour = box.face ? QColor(0, 200, 255) : QColor(255, 196, 0);
                    painter.setPen(QPen(QColor(0, 0, 0, 160), 4));
                    painter.drawRect(r);
                    painter.setPen(QPen(colour, 2));
                    painter.drawRect(r);
                }
            }
        } else {
            painter.setPen(QColor(150, 150, 160));
            painter.drawText(area, Qt::AlignCenter, PreviewDialog::tr("No picture"));
        }
        const QRect strip = stripRect();
        if (strip.isNull())
            return;
        const int frameWidth = m_strip.width() / m_frames;
        const int cell = strip.width() / m_frames;
        for (int i = 0; i < m_frames; ++i) {
            const QRect target(strip.left() + i * cell + 1, strip.top(), cell - 2, strip.height());
            const QRect from(i * frameWidth, 0, frameWidth, m_strip.height());
            const QSize fitted = from.size().scaled(target.size(), Qt::KeepAspectRatio);
            const QRect placed(target.center() - QPoint(fitted.width() / 2, fitted.height() / 2), fitted);
            painter.drawImage(placed, m_strip, from);
            if (i == m_frame) {
                painter.setPen(QPen(QColor(255, 196, 0), 2));
                painter.drawRect(placed.adjusted(1, 1, -1, -1));
            }
        }
    }

    int frameAt(const QPoint &pos) const
    {
        if (m_frames <= 0 || m_strip.isNull())
            return -1;
        const QRect picture = pictureRect();
        const QRect strip = stripRect();
        const QRect area = strip.contains(pos) ? strip : picture;
        if (!area.contains(pos))
            return -1;
        return std::clamp(int(double(pos.x() - area.left()) / std::max(1, area.width()) * m_frames), 0,
                          m_frames - 1);
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        if (m_held || (!m_heldPicture.isNull() && !stripRect().contains(event->position().toPoint())))
            return;
        m_heldPicture = QImage();
        const int frame = frameAt(event->position().toPoint());
        if (frame != m_frame) {
            m_frame = frame;
            update();
        }
    }
    void mousePressEvent(QMouseEvent *event) override
    {
        m_heldPicture = QImage();
        const int frame = frameAt(event->position().toPoint());
        m_held = stripRect().contains(event->position().toPoint()) && !(m_held && frame == m_frame);
        m_frame = frame;
        update();
    }
    void leaveEvent(QEvent *) override
    {
        if (!m_held) {
            m_frame = -1;
            update();
        }
    }

private:
    QImage m_poster;
    QImage m_heldPicture;
    QImage m_strip;
    QList<PeopleBox> m_boxes;
    int m_frames = 0;
    int m_frame = -1;
    bool m_held = false;
};

PreviewDialog::PreviewDialog(const QString &catalogFolder, QWidget *parent)
    : QDialog(parent)
    , m_loader(PosterLoader::forCatalog(catalogFolder))
    , m_picture(new PreviewPicture(this))
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_status(new QLabel(this))
    , m_shots(new QListWidget(this))
{
    setWindowTitle(tr("Preview"));
    resize(1100, 760);
    connect(m_loader.get(), &PosterLoader::loaded, this, &PreviewDialog::onLoaded);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setObjectName(u"previewStatus"_s);
    m_status->setStyleSheet(u"color: #c0392b"_s);

    auto *previous = new QPushButton(tr("◀ Previous"), this);
    previous->setToolTip(tr("The previous item in the grid (Left)"));
    auto *next = new QPushButton(tr("Next ▶"), this);
    next->setToolTip(tr("The next item in the grid (Right)"));
    m_open = new QPushButton(tr("Open in Player"), this);
    m_open->setToolTip(tr("Open the file in the system's player or viewer (Enter)"));
    m_reveal = new QPushButton(tr("Show in Folder"), this);
    m_open->setObjectName(u"previewOpen"_s);
    m_reveal->setObjectName(u"previewReveal"_s);
    auto *close = new QPushButton(tr("Close"), this);
    close->setToolTip(tr("Close the preview (Space or Esc)"));
    connect(previous, &QPushButton::clicked, this, [this] { step(-1); });
    connect(next, &QPushButton::clicked, this, [this] { step(1); });
    connect(m_open, &QPushButton::clicked, this, &PreviewDialog::openInPlayer);
    connect(m_reveal, &QPushButton::clicked, this, &PreviewDialog::showInFolder);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    m_exportShots = new QPushButton(tr("Export Shots…"), this);
    m_exportShots->setObjectName(u"previewExportShots"_s);
    m_exportShots->setToolTip(
        tr("Save the shot list as an EDL for editing programs, or as CSV for spreadsheets"));
    m_exportShots->hide();
    connect(m_exportShots, &QPushButton::clicked, this, [this] {
        QString filter;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Shots"),
            QFileInfo(m_details.value("path"_L1).toString()).completeBaseName() + u".edl"_s,
            tr("EDL for editing programs (*.edl);;CSV for spreadsheets (*.csv)"), &filter);
        if (!path.isEmpty())
            exportShots(path);
    });
    m_people = new QPushButton(tr("People"), this);
    m_people->setObjectName(u"previewPeople"_s);
    m_people->setCheckable(true);
    m_people->setToolTip(tr("Show where the analysis saw people in the picture (P)"));
    m_people->hide();
    connect(m_people, &QPushButton::toggled, this, [this] { setDetails(m_details); });
    // The poster: the frame shown, one at a time of the user's choice, or ReelAtlas's pick again.
    m_poster = new QPushButton(tr("Poster"), this);
    m_poster->setObjectName(u"previewPoster"_s);
    m_poster->setToolTip(tr("Make a frame of the clip its poster, the picture the library shows for it"));
    m_poster->hide();
    auto *posterMenu = new QMenu(m_poster);
    QAction *useShown = posterMenu->addAction(tr("Use the Frame Shown"));
    useShown->setObjectName(u"previewUseFrame"_s);
    QAction *atTime = posterMenu->addAction(tr("Use the Frame at a Time…"));
    posterMenu->addSeparator();
    QAction *automatic = posterMenu->addAction(tr("Let ReelAtlas Pick It"));
    connect(posterMenu, &QMenu::aboutToShow, this, [this, useShown, automatic] {
        useShown->setEnabled(shownFrameTime().has_value());
        useShown->setText(shownFrameTime()
                              ? tr("Use the Frame Shown (%1)").arg(frameTime(*shownFrameTime()))
                              : tr("Use the Frame Shown (click a frame of the strip or a shot first)"));
        automatic->setEnabled(m_details.value("poster_chosen_s"_L1).isDouble());
    });
    connect(useShown, &QAction::triggered, this, [this] {
        if (const auto time = shownFrameTime())
            choosePoster(*time);
    });
    connect(atTime, &QAction::triggered, this, [this] {
        const double duration = m_details.value("duration_s"_L1).toDouble(0);
        bool ok = false;
        const double at = QInputDialog::getDouble(
            this, tr("Poster"), tr("Make the frame at this time the poster (seconds from the start):"),
            shownFrameTime().value_or(m_details.value("poster_time_s"_L1).toDouble(0)), 0,
            duration > 0 ? duration : 1e7, 2, &ok);
        if (ok)
            choosePoster(at);
    });
    connect(automatic, &QAction::triggered, this, [this] { choosePoster(std::nullopt); });
    m_poster->setMenu(posterMenu);
    for (QPushButton *button : { previous, next, m_open, m_reveal, close, m_people, m_exportShots, m_poster })
        button->setAutoDefault(false);

    // The shots, each with its frame: a click shows it large.
    m_shots->setObjectName(u"previewShots"_s);
    m_shots->setViewMode(QListView::IconMode);
    m_shots->setFlow(QListView::LeftToRight);
    m_shots->setWrapping(false);
    m_shots->setMovement(QListView::Static);
    m_shots->setIconSize(QSize(128, 72));
    m_shots->setGridSize(QSize(150, 110));
    m_shots->setFixedHeight(128);
    m_shots->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_shots->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_shots->setToolTip(tr("The shots the analysis found; click one to see its frame"));
    m_shots->hide();
    m_shots->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_shots, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const int row = m_shots->indexAt(at).row();
        if (row < 0)
            return;
        QMenu menu(this);
        QAction *similar = menu.addAction(tr("Find Similar to This Shot"));
        similar->setEnabled(!m_shotList.at(row).toObject().value("signature"_L1).toString().isEmpty());
        QAction *poster = menu.addAction(tr("Use This Shot's Frame as the Poster"));
        poster->setEnabled(m_poster->isVisible());
        QAction *chosen = menu.exec(m_shots->viewport()->mapToGlobal(at));
        if (chosen == similar) {
            findSimilarToShot(row);
        } else if (chosen == poster) {
            const QJsonObject shot = m_shotList.at(row).toObject();
            choosePoster((shot.value("start_s"_L1).toDouble() + shot.value("end_s"_L1).toDouble()) / 2);
        }
    });
    connect(m_shots, &QListWidget::currentRowChanged, this, [this](int row) {
        const QImage frame = shotFrame(row);
        if (!frame.isNull())
            m_picture->hold(frame);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_picture, 1);
    layout->addWidget(m_shots);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(previous);
    buttons->addWidget(next);
    buttons->addStretch();
    buttons->addWidget(m_poster);
    buttons->addWidget(m_exportShots);
    buttons->addWidget(m_people);
    buttons->addWidget(m_reveal);
    buttons->addWidget(m_open);
    buttons->addWidget(close);
    layout->addLayout(buttons);
}

PreviewDialog::~PreviewDialog() = default;

void PreviewDialog::showIndex(const QModelIndex &index)
{
    m_index = index.siblingAtColumn(0);
    if (!m_index.isValid())
        return;
    if (m_model != m_index.model()) {
        // The grid is read again now and then (imports, the analysis): the asset is found again.
        if (m_model)
            disconnect(m_model, nullptr, this, nullptr);
        m_model = qobject_cast<const AssetListModel *>(m_index.model());
        if (m_model) {
            connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
                if (!m_index.isValid() && m_id > 0)
                    m_index = m_model->indexForId(m_id);
            });
            // The model reads rows when they are looked at: one shown before it was read is shown
            // again when it is.
            connect(m_model, &QAbstractItemModel::dataChanged, this,
                    [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                        if (!m_rowRead && m_index.isValid() && topLeft.row() <= m_index.row()
                            && m_index.row() <= bottomRight.row()
                            && m_index.data(AssetListModel::LoadedRole).toBool())
                            showIndex(m_index);
                    });
        }
    }
    m_id = m_index.data(AssetListModel::IdRole).toLongLong();
    m_rowRead = m_index.data(AssetListModel::LoadedRole).toBool();
    const QModelIndex i = m_index;
    m_hash = i.data(AssetListModel::ContentHashRole).toString();
    // The grid's poster at once, the large one and the filmstrip when they are read.
    m_picture->setPictures(i.data(AssetListModel::PosterRole).value<QImage>(), QImage(), 0);
    m_shotStrip = QImage();
    m_shotFrames = 0;
    m_shotList = QJsonArray();
    m_shots->clear();
    m_shots->hide();
    if (!m_hash.isEmpty()) {
        if (i.data(AssetListModel::KindRole).toString() == "video"_L1)
            ask(ThumbnailStore::ShotFrames);
        ask(ThumbnailStore::Filmstrip);
        ask(ThumbnailStore::PosterLarge); // newest first: the picture before the strips
    }
    const auto column = [&](int c) { return i.siblingAtColumn(c).data().toString(); };
    m_title->setText(i.data().toString());
    QStringList facts;
    for (const int c : { int(AssetListModel::DurationColumn), int(AssetListModel::ResolutionColumn),
                         int(AssetListModel::CodecColumn), int(AssetListModel::FormatColumn),
                         int(AssetListModel::DateColumn), int(AssetListModel::SizeColumn) }) {
        if (!column(c).isEmpty())
            facts.append(column(c));
    }
    const double fps = i.siblingAtColumn(AssetListModel::FpsColumn).data(AssetListModel::SortRole).toDouble();
    if (fps > 0)
        facts.insert(std::min<qsizetype>(2, facts.size()), tr("%1 fps").arg(QLocale().toString(fps, 'g', 5)));
    const QString hdr = i.data(AssetListModel::HdrRole).toString();
    if (!hdr.isEmpty())
        facts.append(hdr.toUpper().replace(u'_', u' '));
    m_factsText = facts.join(u"  ·  "_s) + u"\n"_s + i.data(AssetListModel::PathRole).toString();
    m_facts->setText(m_factsText);
    m_details = QJsonObject();
    m_people->hide();
    m_poster->hide();
    const QString status = i.data(AssetListModel::StatusRole).toString();
    // By the file system's bytes: a name that is not UTF-8 is not the name shown.
    const bool present = ::access(i.data(AssetListModel::RawPathRole).toByteArray().constData(), F_OK) == 0;
    m_status->setStyleSheet(u"color: #c0392b"_s);
    m_status->setText(
        status == "failed"_L1 ? tr("Could not be read: %1").arg(i.data(AssetListModel::ErrorRole).toString())
            : !present        ? tr("Offline: the file is not at hand (drive unplugged, moved or deleted).")
                              : QString());
    m_status->setVisible(!m_status->text().isEmpty());
    m_open->setEnabled(present);
    m_reveal->setEnabled(present);
    setWindowTitle(tr("Preview — %1").arg(i.data().toString()));
}

void PreviewDialog::setDetails(const QJsonObject &asset)
{
    if (!m_index.isValid() || asset.value("id"_L1).toInteger(-1) != m_id)
        return;
    m_details = asset;
    if (asset.value("kind"_L1).toString() == "video"_L1
        && asset.value("shot_list"_L1).toArray() != m_shotList) {
        m_shotList = asset.value("shot_list"_L1).toArray();
        showShots();
    }
    QString people;
    if (asset.value("people"_L1).isDouble()) {
        const int count = asset.value("people"_L1).toInt();
        people = count == 0 ? tr("Nobody seen: an empty shot") : tr("Up to %n people seen", nullptr, count);
    }
    QString text = people.isEmpty() ? m_factsText : m_factsText + u"\n"_s + people;
    const bool clip = asset.value("kind"_L1).toString() == "video"_L1 && asset.value("poster"_L1).toBool();
    m_poster->setVisible(clip);
    if (clip && asset.value("poster_chosen_s"_L1).isDouble())
        text += u"\n"_s
            + tr("Poster: the frame at %1, chosen by hand")
                  .arg(frameTime(asset.value("poster_chosen_s"_L1).toDouble()));
    m_facts->setText(text);
    // Boxes over a photo's picture; a clip's were seen in a still of one of its shots, not in the poster.
    QList<PeopleBox> boxes;
    if (asset.value("kind"_L1).toString() == "photo"_L1) {
        for (const QJsonValue &value : asset.value("people_boxes"_L1).toArray()) {
            const QJsonArray box = value.toArray();
            const QRectF rect =
                QRectF(box.at(1).toDouble(), box.at(2).toDouble(), box.at(3).toDouble(), box.at(4).toDouble())
                    .intersected(QRectF(0, 0, 1, 1));
            if (!rect.isEmpty())
                boxes.append({ rect, box.at(0).toString() == "face"_L1 });
        }
    }
    m_people->setVisible(!boxes.isEmpty());
    m_picture->setBoxes(m_people->isChecked() ? boxes : QList<PeopleBox>());
}

bool PreviewDialog::showsPeople() const
{
    return m_picture->showsBoxes();
}

void PreviewDialog::ask(PosterLoader::Kind kind)
{
    if (const auto cached = m_loader->fetch(m_hash, kind)) {
        // Shown once the rest of the asset is (as a picture read from the catalog would be).
        QMetaObject::invokeMethod(
            this,
            [this, hash = m_hash, kind, picture = *cached] {
                onLoaded(hash, kind, picture.image, picture.frames);
            },
            Qt::QueuedConnection);
    }
}

void PreviewDialog::onLoaded(const QString &hash, PosterLoader::Kind kind, const QImage &image, int frames)
{
    if (hash != m_hash || image.isNull())
        return;
    if (kind == ThumbnailStore::PosterLarge) {
        m_picture->setPoster(image);
    } else if (kind == ThumbnailStore::Filmstrip) {
        m_picture->setStrip(image, m_index.data(AssetListModel::FilmstripFramesRole).toInt());
    } else if (kind == ThumbnailStore::ShotFrames) {
        m_shotStrip = image;
        m_shotFrames = frames;
        showShots();
    }
}

int PreviewDialog::shotCount() const
{
    return m_shots->count();
}

void PreviewDialog::showShot(int row)
{
    m_shots->setCurrentRow(row);
}

bool PreviewDialog::findSimilarToShot(int row)
{
    const QString signature = m_shotList.at(row).toObject().value("signature"_L1).toString();
    if (signature.isEmpty())
        return false;
    Q_EMIT similarToShotRequested(signature);
    return true;
}

bool PreviewDialog::showsShotFrame() const
{
    return m_picture->holdsPicture();
}

QImage PreviewDialog::shotFrame(int row) const
{
    // The strip has a frame for each of the first shots, in order.
    const int frames = m_shotFrames;
    if (m_shotStrip.isNull() || frames <= 0 || row < 0 || row >= frames || m_shotStrip.width() % frames != 0)
        return {};
    const int width = m_shotStrip.width() / frames;
    return m_shotStrip.copy(row * width, 0, width, m_shotStrip.height());
}

void PreviewDialog::exportShots(const QString &path)
{
    const ShotList::Clip clip { m_details.value("file_name"_L1).toString(),
                                m_details.value("fps"_L1).toDouble(25),
                                m_details.value("timecode"_L1).toString() };
    const QList<ShotRecord> shots = AssetStore::shotsFromJson(m_shotList);
    const bool csv = path.endsWith(u".csv"_s, Qt::CaseInsensitive);
    // Written on a thread of the pool: the window never waits for a disk.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_status->setText(
            error.isEmpty()
                ? tr("Shots saved to %1").arg(QDir::toNativeSeparators(path))
                : tr("The shots could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), error));
        m_status->show();
        Q_EMIT shotsExported(path, error.isEmpty());
    });
    watcher->setFuture(QtConcurrent::run([clip, shots, csv, path] {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return file.errorString();
        file.write(csv ? ShotList::csv(clip, shots) : ShotList::edl(clip, shots));
        return file.commit() ? QString() : file.errorString();
    }));
}

std::optional<double> PreviewDialog::shownFrameTime() const
{
    if (m_details.value("kind"_L1).toString() != "video"_L1)
        return std::nullopt;
    const double duration = m_details.value("duration_s"_L1).toDouble(0);
    const int row = m_shots->currentRow();
    if (m_picture->holdsPicture() && row >= 0 && row < m_shotList.size()) {
        // A shot's frame is the still nearest its middle.
        const QJsonObject shot = m_shotList.at(row).toObject();
        return (shot.value("start_s"_L1).toDouble() + shot.value("end_s"_L1).toDouble()) / 2;
    }
    if (m_picture->frame() >= 0 && m_picture->frames() > 0 && duration > 0) // evenly spaced
        return duration * (m_picture->frame() + 0.5) / m_picture->frames();
    return std::nullopt;
}

void PreviewDialog::choosePoster(std::optional<double> atS)
{
    if (m_id <= 0)
        return;
    m_status->setText(tr("Making the poster…"));
    m_status->setStyleSheet(QString());
    m_status->show();
    Q_EMIT posterRequested(m_id, atS);
}

void PreviewDialog::posterChanged(const QString &contentHash)
{
    if (contentHash != m_hash)
        return;
    m_loader->forget(m_hash, { ThumbnailStore::Poster, ThumbnailStore::PosterLarge });
    m_loader->request(m_hash, ThumbnailStore::PosterLarge);
    if (m_status->styleSheet().isEmpty()) { // "Making the poster…"
        m_status->setStyleSheet(u"color: #c0392b"_s);
        m_status->clear();
        m_status->hide();
    }
}

void PreviewDialog::posterFailed(qint64 id, const QString &error)
{
    if (id != m_id)
        return;
    m_status->setStyleSheet(u"color: #c0392b"_s);
    m_status->setText(tr("The poster could not be made: %1").arg(error));
    m_status->show();
}

void PreviewDialog::showShots()
{
    const QSignalBlocker quiet(m_shots); // the picture stays the poster until a shot is chosen
    m_shots->clear();
    m_shots->setVisible(!m_shotList.isEmpty());
    m_exportShots->setVisible(!m_shotList.isEmpty());
    for (qsizetype i = 0; i < m_shotList.size(); ++i) {
        const QJsonObject shot = m_shotList.at(i).toObject();
        const double start = shot.value("start_s"_L1).toDouble();
        const double end = shot.value("end_s"_L1).toDouble();
        QString people;
        if (shot.value("people"_L1).isDouble())
            people = shot.value("people"_L1).toInt() == 0
                ? tr("empty")
                : tr("%n people", nullptr, shot.value("people"_L1).toInt());
        auto *item =
            new QListWidgetItem(tr("%1 – %2").arg(DurationText::clock(start), DurationText::clock(end))
                                + (people.isEmpty() ? QString() : u"\n"_s + people));
        const QImage frame = shotFrame(int(i));
        if (!frame.isNull())
            item->setIcon(QIcon(QPixmap::fromImage(frame)));
        const QString begins = shot.value("begins_with"_L1).toString();
        item->setToolTip(tr("Shot %1 of %2, %3 s")
                             .arg(i + 1)
                             .arg(m_shotList.size())
                             .arg(QLocale().toString(end - start, 'f', 1))
                         + (begins == "dissolve"_L1   ? u"\n"_s + tr("begins with a dissolve")
                                : begins == "fade"_L1 ? u"\n"_s + tr("begins with a fade")
                                                      : QString()));
        m_shots->addItem(item);
    }
    m_shots->setCurrentRow(-1);
}

void PreviewDialog::step(int delta)
{
    if (!m_index.isValid())
        return;
    const int row = m_index.row() + delta;
    if (row < 0 || row >= m_index.model()->rowCount())
        return;
    const QModelIndex next = m_index.model()->index(row, 0);
    showIndex(next);
    Q_EMIT currentChanged(next);
}

void PreviewDialog::openInPlayer()
{
    const QByteArray path = m_index.data(AssetListModel::RawPathRole).toByteArray();
    if (!QDesktopServices::openUrl(DragPayload::fileUrl(path))) {
        m_status->setText(
            tr("No program to open %1 was found.").arg(m_index.data(AssetListModel::PathRole).toString()));
        m_status->show();
    }
}

void PreviewDialog::showInFolder()
{
    const QByteArray path = m_index.data(AssetListModel::RawPathRole).toByteArray();
    QDesktopServices::openUrl(DragPayload::fileUrl(path.left(std::max<qsizetype>(1, path.lastIndexOf('/')))));
}

void PreviewDialog::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        step(-1);
        return;
    case Qt::Key_Right:
        step(1);
        return;
    case Qt::Key_Space:
        accept();
        return;
    case Qt::Key_P:
        if (m_people->isVisible())
            m_people->toggle();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_open->isEnabled())
            openInPlayer();
        return;
    default:
        QDialog::keyPressEvent(event);
    }
}
