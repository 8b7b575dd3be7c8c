#pragma once

// The editor of one location, facility or expert: a form made from RecordSchema (every field,
// in its section), with a confidential switch on the fields that may be kept out of exports,
// contacts in a table, coordinates that can be typed or pasted in WGS-84, GCJ-02 or BD-09 and
// are shown in all three, and for locations the clips and photos linked to it and those shot
// nearby. Problems are shown on the form before anything is saved; Save (Ctrl+S) hands the
// record to the caller, which saves it as an undoable command.
//
// Threading: GUI thread.

#include "posterloader.h"
#include "recordreader.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QToolButton;
class QVBoxLayout;

class RecordEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit RecordEditor(const QString &catalogFolder, QWidget *parent = nullptr);
    ~RecordEditor() override;

    void setChoices(RecordKind kind, const QHash<QString, QList<RecordChoice>> &choices);
    // For someone who may only read (a viewer): records are shown, never changed or removed.
    void setReadOnly(bool readOnly);
    // Shows a record from the catalog (not changed yet).
    void setDetails(const RecordDetails &details);
    // A new record of `kind`, with these fields filled in.
    void startNew(RecordKind kind, const QJsonObject &initial = {});
    // Nothing to edit.
    void clear(RecordKind kind);

    RecordKind kind() const { return m_kind; }
    qint64 recordId() const { return m_original.value(QLatin1StringView("id")).toInteger(); }
    bool isDirty() const { return m_dirty; }
    // A save asked for and not answered yet (saved() or saveFailed()): the form holds what is
    // being written, which a record read meanwhile must not replace.
    bool isSaving() const { return !m_saving.isEmpty(); }
    bool isEmpty() const { return m_empty; }
    // What the form holds, as a record (normalized) and what is wrong with it.
    QJsonObject record() const;
    QList<RecordProblem> problems() const;
    // Saves when it is valid (asks the caller through saveRequested); false, with the problems
    // shown, when it is not.
    bool save();
    void revert();
    // The outcome of the save the editor asked for: committed with this id, or not written.
    // The save asked for is committed, with the updated_at it was saved with.
    void saved(qint64 id, const QString &savedAt = {});
    // Someone else saved the record meanwhile: what is typed stays, and the next save is over
    // their version (`theirs`, as read now).
    void rebase(const QJsonObject &theirs);
    void saveFailed(const QString &error);
    // The record as it was read (or last saved), not the form.
    QJsonObject original() const;
    // Experts: the photo (an asset of the library), saved with the record's next save.
    void setPhoto(qint64 assetId);

Q_SIGNALS:
    void saveRequested(RecordKind kind, const QJsonObject &before, const QJsonObject &after);
    void removeRequested(RecordKind kind, qint64 id, const QString &name);
    void dirtyChanged(bool dirty);
    // Locations: link or unlink clips and photos, choose the cover, link the selection.
    void assetsLinkRequested(qint64 locationId, const QList<qint64> &assetIds, bool link);
    void linkSelectionRequested(qint64 locationId);
    // Files dropped from the file manager on a location: to import, then link to it.
    void filesDropped(qint64 locationId, const QByteArrayList &paths); // the file system's bytes
    // Experts: use the photo selected in the library as the expert's photo (0: none).
    void photoSelectionRequested(qint64 expertId);
    void coverRequested(qint64 locationId, qint64 assetId);
    void assetActivated(qint64 assetId);
    // The distance within which clips and photos shot nearby are suggested changed.
    void nearbyRadiusChanged(double km);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyReadOnly();
    bool m_readOnly = false;
    void build(RecordKind kind);
    void fill(const QJsonObject &record);
    void setDirty(bool dirty);
    void showProblems(const QList<RecordProblem> &problems);
    void updateCoordinateEcho();
    void fillAssets(const RecordDetails &details);
    // Shows the grid poster of that content where it belongs, from the cache or once read.
    void askForPoster(const QString &hash);
    void onPosterLoaded(const QString &hash, PosterLoader::Kind kind, const QImage &image);

    QString m_folder;
    RecordKind m_kind = RecordKind::Location;
    bool m_built = false;
    bool m_empty = true;
    bool m_dirty = false;
    bool m_filling = false;
    QJsonObject m_original;
    QJsonObject m_saving; // asked to be saved, not confirmed yet
    QHash<QString, QList<RecordChoice>> m_choices;
    std::optional<Geo::LatLon> m_position; // WGS-84, as typed
    std::optional<Geo::LatLon> m_suggestedPosition; // from a linked photo's GPS
    bool m_typedSinceDatum = false; // the coordinates were typed after the datum was chosen

    QVBoxLayout *m_layout;
    QLabel *m_title;
    QLabel *m_problems;
    QWidget *m_form = nullptr;
    QHash<QString, QWidget *> m_inputs; // field key -> its input
    QHash<QString, QToolButton *> m_locks; // confidential switches
    QHash<QString, QLabel *> m_rowLabels;
    QLineEdit *m_coordinates = nullptr;
    QComboBox *m_datum = nullptr;
    QLabel *m_coordinateEcho = nullptr;
    QPushButton *m_useGps = nullptr;
    QTableWidget *m_contacts = nullptr;
    QWidget *m_assetsBox = nullptr;
    QListWidget *m_assets = nullptr;
    QWidget *m_assetsViewport = nullptr; // watched for drops
    QListWidget *m_nearby = nullptr;
    QLabel *m_photo = nullptr; // experts
    QString m_photoHash;
    qint64 m_photoAsset = 0;
    QLabel *m_nearbyLabel = nullptr;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_remove;
    std::shared_ptr<PosterLoader> m_posters; // the catalog's, shared with the library
};
