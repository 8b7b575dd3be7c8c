#pragma once

// The large preview (Space in the grid): the inspector-size poster, the clip's filmstrip (move
// the pointer across the picture or click a frame to see it), the key facts, and actions to open
// the file in the system's player or show it in its folder. Left and Right go through the
// assets in the order the grid shows them.
//
// Threading: GUI thread.

#include "posterloader.h"

#include <QDialog>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QPersistentModelIndex>
#include <QPointer>

#include <optional>

class AssetListModel;
class QLabel;
class QListWidget;
class QPushButton;
class PreviewPicture;

class PreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    PreviewDialog(const QString &catalogFolder, QWidget *parent = nullptr);
    ~PreviewDialog() override;

    // Shows the asset at `index` of an AssetListModel.
    void showIndex(const QModelIndex &index);
    QModelIndex currentIndex() const { return m_index; }
    // The shown asset's details (AssetStore::assetJson); others' are passed over. With them: the
    // people the analysis pass saw, and in a photo where they are (People, P).
    void setDetails(const QJsonObject &asset);
    bool showsPeople() const;
    // The clip's shots listed with their frames (tests): how many, choosing one, and whether its
    // frame is what the picture shows.
    int shotCount() const;
    void showShot(int row);
    // Looks for what is like shot `row` (similarToShotRequested); false when it has no signature.
    bool findSimilarToShot(int row);
    bool showsShotFrame() const;
    // Writes the shot list to `path`: CSV when it ends in .csv, else an EDL (CMX 3600), in the
    // background; shotsExported() follows.
    void exportShots(const QString &path);
    // The time in the clip of the frame the picture shows (a clicked filmstrip frame or a chosen
    // shot), if it shows one.
    std::optional<double> shownFrameTime() const;
    // Asks for the poster (posterRequested): the frame at `atS`, or ReelAtlas's pick when empty.
    void choosePoster(std::optional<double> atS);
    // Says how making the poster went (the main window makes it): the pictures of `contentHash`
    // are new, or it failed.
    void posterChanged(const QString &contentHash);
    void posterFailed(qint64 id, const QString &error);

Q_SIGNALS:
    // The user went to another asset (for the grid to follow).
    void currentChanged(const QModelIndex &index);
    void shotsExported(const QString &path, bool ok);
    // The user chose a poster for clip `id`: the frame at `atS` seconds, or (empty) ReelAtlas's pick.
    void posterRequested(qint64 id, std::optional<double> atS);
    // Find what looks like one of the shots (its frame's signature, for similar:#…).
    void similarToShotRequested(const QString &signature);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void step(int delta);
    void openInPlayer();
    void showInFolder();
    // The asset's picture of that kind, from the cache or the catalog: onLoaded() follows.
    void ask(PosterLoader::Kind kind);
    void onLoaded(const QString &hash, PosterLoader::Kind kind, const QImage &image, int frames);
    void showShots();
    QImage shotFrame(int row) const;

    std::shared_ptr<PosterLoader> m_loader; // the catalog's, shared with the grid
    QPersistentModelIndex m_index;
    QPointer<const AssetListModel> m_model;
    qint64 m_id = 0; // of the asset shown
    bool m_rowRead = false; // its row had been read by the model when shown (else: shown when it is)
    QString m_hash;
    PreviewPicture *m_picture;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_status;
    QPushButton *m_open;
    QPushButton *m_reveal;
    QPushButton *m_people;
    QPushButton *m_exportShots;
    QPushButton *m_poster;
    QString m_factsText;
    QJsonObject m_details;
    QListWidget *m_shots;
    QJsonArray m_shotList;
    QImage m_shotStrip;
    int m_shotFrames = 0; // in m_shotStrip: the first shots'
};
